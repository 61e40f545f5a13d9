"""Cross-impact balance core: the solver against ScenarioWizard's solution lists and brute force."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core import cib
from desktop_app.io.scw import read_scw, read_sl

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cib"


def load(name: str) -> cib.CrossImpactMatrix:
    scw = read_scw(FIXTURES / name)
    return cib.CrossImpactMatrix.create(
        [d.name for d in scw.descriptors], [d.variants for d in scw.descriptors], scw.matrix
    )


def brute_force(matrix: cib.CrossImpactMatrix, max_ic: float = 0) -> dict[tuple, tuple]:
    """Every combination scored one by one (the definition, no pruning)."""
    out = {}
    for z in itertools.product(*(range(s) for s in matrix.sizes)):
        bal = cib.impact_balances(matrix, z)
        ic = max(float(b.max() - b[v]) for b, v in zip(bal, z, strict=True))
        if ic <= max_ic + 1e-9:  # values in thirds are not exact in binary
            out[z] = (sum(float(b[v]) for b, v in zip(bal, z, strict=True)), ic)
    return out


def as_dict(result: cib.SolveResult) -> dict[tuple, tuple]:
    return {
        tuple(int(v) for v in z): (float(t), float(i))
        for z, t, i in zip(result.scenarios, result.tis, result.ic, strict=True)
    }


# Reference: the ScenarioWizard solution lists (.sl) published with the samples
# (github.com/sei-international/cibsa, commit bb18325), read with io.scw.read_sl.
@pytest.mark.parametrize(
    "scw, sl",
    [
        ("CIB_global.scw", "CIB_global.sl"),
        ("CIB_natl_regional.scw", "CIB_natl_regional.sl"),
        ("CIB_nested_simplified_standardized.scw", "CIB_nested_simplified_standardized.sl"),
        ("CIB_nested.scw", "CIB_nested.sl"),
    ],
)
def test_consistent_scenarios_and_tis_match_the_solution_lists(scw, sl):
    matrix = load(scw)
    result = cib.solve(matrix)
    reference = {e.scenario: e.tis for e in read_sl(FIXTURES / sl).entries}
    assert {
        tuple(int(v) for v in z): int(t) for z, t in zip(result.scenarios, result.tis, strict=True)
    } == reference
    assert result.exhaustive and result.coverage == 1.0
    assert np.all(result.ic == 0)
    assert list(result.tis) == sorted(result.tis, reverse=True)


def test_natl_regional_counts_and_self_impact_policy():
    matrix = load("CIB_natl_regional.scw")
    assert matrix.n_combinations == 22_674_816
    assert matrix.self_impact_descriptors() == ["WSCEN"]
    result = cib.solve(matrix)
    assert len(result) == 16
    assert (result.tis[0], result.tis[-1]) == (184, 70)
    # SCW_FORMAT.md: with the diagonal treated as zero the file gives 10 scenarios, TIS 169..61.
    values = matrix.values.copy()
    o = matrix.offsets
    values[o[-2] :, o[-2] :] = 0
    zeroed = cib.solve(matrix.with_values(values))
    assert len(zeroed) == 10
    assert (zeroed.tis[0], zeroed.tis[-1]) == (169, 61)


def test_global_sample_by_brute_force_including_near_consistent():
    matrix = load("CIB_global.scw")
    for k in (0, 1, 2, 5):
        assert as_dict(cib.solve(matrix, max_ic=k)) == brute_force(matrix, k)


@pytest.mark.parametrize("seed", range(6))
def test_random_matrices_equal_brute_force(seed):
    rng = np.random.default_rng(seed)
    sizes = rng.integers(2, 5, size=rng.integers(3, 6))
    n = int(sizes.sum())
    values = rng.integers(-3, 4, size=(n, n)).astype(float)
    if seed % 2:
        values = values / 3.0  # non-integer values (an aggregated mean) take the float path
    matrix = cib.CrossImpactMatrix.create(
        [f"D{j}" for j in range(len(sizes))],
        [[f"v{k}" for k in range(s)] for s in sizes],
        values,
    )
    for k in (0, 1):
        ours = as_dict(cib.solve(matrix, max_ic=k))
        ref = brute_force(matrix, k)
        assert ours.keys() == ref.keys()
        for z, (tis, ic) in ref.items():
            assert ours[z] == pytest.approx((tis, ic))


def test_fixed_descriptors_restrict_the_search():
    matrix = load("CIB_natl_regional.scw")
    everything = cib.solve(matrix)
    held = cib.solve(matrix, fixed={0: 1})
    expected = everything.scenarios[everything.scenarios[:, 0] == 1]
    assert sorted(map(tuple, held.scenarios)) == sorted(map(tuple, expected))


def test_progress_callback_reaches_one_and_can_stop_the_search():
    matrix = load("CIB_nested.scw")
    seen = []
    cib.solve(matrix, callback=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)

    class Stop(Exception):
        pass

    def stop(fraction):
        if fraction > 0.1:
            raise Stop

    with pytest.raises(Stop):
        cib.solve(matrix, callback=stop)


def test_succession_reaches_a_consistent_scenario_or_reports_a_cycle():
    matrix = load("CIB_global.scw")
    consistent = {tuple(int(v) for v in z) for z in cib.solve(matrix).scenarios}
    for start in itertools.product(range(3), range(3), range(4)):
        for rule in ("global", "adjusted"):
            path = cib.succession(matrix, start, rule)
            assert path.path[0] == start
            if path.consistent:
                assert path.end in consistent
            else:
                assert path.cycle and path.end in path.cycle
    # two descriptors that each want the other to differ: a cycle
    flip = cib.CrossImpactMatrix.create(
        ["A", "B"],
        [["a1", "a2"], ["b1", "b2"]],
        [[0, 0, -1, 1], [0, 0, 1, -1], [1, -1, 0, 0], [-1, 1, 0, 0]],
    )
    run = cib.succession(flip, (0, 0))
    assert not run.consistent and len(run.cycle) == 4


def test_sampling_states_its_coverage():
    matrix = load("CIB_natl_regional.scw")
    result = cib.sample(matrix, n_starts=2000, seed=1)
    exact = {tuple(map(int, z)) for z in cib.solve(matrix).scenarios}
    found = {tuple(map(int, z)) for z in result.scenarios}
    assert found <= exact and found
    assert not result.exhaustive
    assert 0 < result.coverage <= 2000 / matrix.n_combinations
    assert "distinct random starts" in result.note
    assert result.hits.sum() >= len(found)
    again = cib.sample(matrix, n_starts=2000, seed=1)
    assert np.array_equal(again.scenarios, result.scenarios)


def test_sampling_counts_each_distinct_start_once():
    """The count behind ``coverage``: drawn often enough, every combination of a small study
    is counted once; on a study of 2**64 combinations (beyond 64-bit indices, the starts are
    compared as bytes) 3,000 draws are all distinct."""
    small = load("CIB_global.scw")
    assert cib.sample(small, n_starts=5000, seed=2).coverage == 1.0
    big = cib.CrossImpactMatrix.create(
        [f"D{i}" for i in range(64)], [["low", "high"]] * 64, np.zeros((128, 128))
    )
    assert big.n_combinations == 2**64
    assert cib.sample(big, n_starts=3000, seed=2).coverage == 3000 / 2**64


def test_solve_within_is_exact_when_the_search_finishes():
    result = cib.solve_within(load("CIB_natl_regional.scw"), seconds=20)
    assert result.exhaustive and len(result) == 16


def test_aggregation_disagreement_and_ensemble():
    base = load("CIB_global.scw")
    rng = np.random.default_rng(3)
    experts = [base.values + rng.integers(-1, 2, size=base.values.shape) for _ in range(3)]
    owner = np.repeat(np.arange(3), base.sizes)
    for e in experts:
        e[owner[:, None] == owner[None, :]] = 0
    stack = np.array(experts)
    assert np.array_equal(cib.aggregate(experts, "sum"), stack.sum(axis=0))
    assert np.allclose(cib.aggregate(experts, "mean"), stack.mean(axis=0))
    assert np.array_equal(cib.aggregate(experts, "median"), np.median(stack, axis=0))
    with pytest.raises(cib.CIBError, match="unknown aggregation"):
        cib.aggregate(experts, "mode")

    study = base.with_values(cib.aggregate(experts, "mean"))
    solved = cib.solve(study)
    spread = cib.disagreement(study, experts, solved.scenarios)
    assert np.array_equal(spread.spread, stack.max(axis=0) - stack.min(axis=0))
    for cell in spread.critical:
        assert cell.spread > 0 and cell.scenarios_at_risk >= 1

    ens = cib.ensemble(base, experts)
    assert ens.consistent_for.shape == (len(ens.scenarios), 3)
    assert np.array_equal(ens.robustness, ens.consistent_for.sum(axis=1))
    for e, values in enumerate(experts):
        own = {tuple(map(int, z)) for z in cib.solve(base.with_values(values)).scenarios}
        marked = {
            tuple(map(int, z))
            for z, ok in zip(ens.scenarios, ens.consistent_for[:, e], strict=True)
            if ok
        }
        assert own == marked


def test_explanation_adds_up_and_reads_well():
    matrix = load("CIB_global.scw")
    z = (1, 2, 1)  # "Ntl / Alrt / Stag", TIS 15 in CIB_global.sl
    items = cib.explain(matrix, z)
    balances = cib.impact_balances(matrix, z)
    for item, bal in zip(items, balances, strict=True):
        assert np.array_equal(item.contributions.sum(axis=0), bal)
        assert item.margin >= 0
    assert sum(item.balances[item.chosen] for item in items) == 15
    text = cib.explanation_text(matrix, items[0])
    assert text.startswith("WTRD is at 'Ntl'") and "Pushed there by" in text


def test_bad_input_is_named():
    with pytest.raises(cib.CIBError, match="used twice"):
        cib.CrossImpactMatrix.create(["A", "A"], [["x", "y"], ["x", "y"]])
    with pytest.raises(cib.CIBError, match="at least two variants"):
        cib.CrossImpactMatrix.create(["A", "B"], [["x"], ["x", "y"]])
    values = np.zeros((4, 4))
    values[1, 2] = np.nan
    with pytest.raises(cib.CIBError, match="row 'A: y', column 'B: x'"):
        cib.CrossImpactMatrix.create(["A", "B"], [["x", "y"], ["x", "y"]], values)
    matrix = load("CIB_global.scw")
    with pytest.raises(cib.CIBError, match="no variant number 5"):
        cib.impact_balances(matrix, (0, 0, 4))


def test_sampling_a_100_by_5_study_keeps_memory_to_the_balances():
    """A 100 x 5 study's random starts once gathered 4,096 x 100 x 500 values per step (1.7 GB
    for ``anticipa cib``); the balances are now summed a descriptor at a time."""
    import tracemalloc

    rng = np.random.default_rng(11)
    n = 100 * 5
    values = rng.integers(-3, 4, size=(n, n))
    owner = np.repeat(np.arange(100), 5)
    values[owner[:, None] == owner[None, :]] = 0
    matrix = cib.CrossImpactMatrix.create(
        [f"D{i}" for i in range(100)], [[f"v{k}" for k in range(5)]] * 100, values
    )
    tracemalloc.start()
    try:
        result = cib.sample(matrix, n_starts=1024, seed=1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2**20, f"peak {peak / 2**20:.0f} MB"
    _, ic = cib.scenario_scores(matrix, result.scenarios)
    assert np.all(ic <= result.max_ic)


def test_a_descriptor_weight_scales_its_judgements_of_the_others():
    scw = read_scw(FIXTURES / "CIB_global.scw")
    names = [d.short.strip() for d in scw.descriptors]
    variants = [[v.strip() for v in d.variant_short] for d in scw.descriptors]
    matrix = cib.CrossImpactMatrix.create(names, variants, scw.matrix)
    heavy = matrix.weighted([2.0, 1.0, 0.5])
    o = matrix.offsets
    scenario = [1, 2, 1]
    rows = [o[i] + v for i, v in enumerate(scenario)]
    by_hand = 2 * matrix.values[rows[0]] + matrix.values[rows[1]] + 0.5 * matrix.values[rows[2]]
    for j in range(3):  # a descriptor's own block is not weighted
        own = slice(o[j], o[j + 1])
        by_hand[own] += (1 - (2.0, 1.0, 0.5)[j]) * matrix.values[rows[j], own]
    assert np.allclose(np.concatenate(cib.impact_balances(heavy, scenario)), by_hand)
    same = matrix.weighted([3, 3, 3])  # equal weights: the same scenarios, TIS three times
    plain, tripled = cib.solve(matrix), cib.solve(same)
    assert np.array_equal(plain.scenarios, tripled.scenarios)
    assert np.array_equal(tripled.tis, 3 * plain.tis)
    with pytest.raises(cib.CIBError, match="numbers above 0"):
        matrix.weighted([1, 0, 1])
