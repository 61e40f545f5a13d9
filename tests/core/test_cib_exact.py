"""The exact search on seeded studies against full enumeration, and its account of the space it
decided when its time runs out."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core import cib
from desktop_app.core.cib import search

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from cib_speed import structured_study  # noqa: E402


@pytest.fixture(autouse=True, params=["c", "numpy"])
def engine(request, monkeypatch):
    """Every test runs on the compiled search and on the numpy one it falls back to."""
    if request.param == "numpy":
        monkeypatch.setattr(search, "_search_c", None)
    elif search._search_c is None:
        pytest.skip("the compiled search is not built (pip install . builds it)")
    return request.param


def enumeration(matrix: cib.CrossImpactMatrix, checked=None):
    """Every combination with its TIS and IC, by the definition (no pruning), in chunks."""
    values = matrix.values
    o = matrix.offsets
    total = matrix.n_combinations
    checked = np.ones(len(matrix.sizes), dtype=bool) if checked is None else checked
    parts = []
    for start in range(0, total, 1 << 16):
        z = np.stack(
            np.unravel_index(np.arange(start, min(start + (1 << 16), total)), tuple(matrix.sizes)),
            axis=1,
        )
        rows = o[:-1] + z
        theta = values[rows].sum(axis=1)  # (k, N): every variant's impact balance
        own = np.take_along_axis(theta, rows, axis=1)
        best = np.stack([theta[:, o[j] : o[j + 1]].max(axis=1) for j in range(len(o) - 1)], 1)
        gap = (best - own)[:, checked]
        parts.append((z, own[:, checked].sum(axis=1), gap.max(axis=1, initial=0)))
    return tuple(np.concatenate(p) for p in zip(*parts, strict=True))


def expected(table, max_ic, held=None):
    z, tis, ic = table
    keep = ic <= max_ic + 1e-9
    for j, v in (held or {}).items():
        keep &= z[:, j] == v
    return {
        tuple(map(int, s)): (float(t), float(i))
        for s, t, i in zip(z[keep], tis[keep], ic[keep], strict=True)
    }


def as_dict(result: cib.SolveResult):
    return {
        tuple(map(int, z)): (float(t), float(i))
        for z, t, i in zip(result.scenarios, result.tis, result.ic, strict=True)
    }


def mixed_study(sizes, seed):
    """Uniform random judgements -3..+3 (diagonal blocks 0), descriptors of different sizes."""
    rng = np.random.default_rng(seed)
    n = sum(sizes)
    values = rng.integers(-3, 4, size=(n, n)).astype(float)
    owner = np.repeat(np.arange(len(sizes)), sizes)
    values[owner[:, None] == owner[None, :]] = 0
    return cib.CrossImpactMatrix.create(
        [f"D{j}" for j in range(len(sizes))], [[f"v{k}" for k in range(s)] for s in sizes], values
    )


STUDIES = [
    ("structured 10x4", lambda: structured_study(10, 4, 1)),
    ("structured 10x4 seed 2", lambda: structured_study(10, 4, 2)),
    ("structured 8x5", lambda: structured_study(8, 5, 3)),
    ("structured 11x4", lambda: structured_study(11, 4, 4)),
    ("mixed sizes", lambda: mixed_study([2, 5, 3, 4, 2, 5, 3, 4, 3], 5)),
    ("thirds", lambda: structured_study(9, 4, 6).with_values(structured_study(9, 4, 6).values / 3)),
]


@pytest.mark.parametrize("make", [m for _, m in STUDIES], ids=[name for name, _ in STUDIES])
def test_seeded_studies_equal_full_enumeration(make):
    matrix = make()
    table = enumeration(matrix)
    for k in (0, 1):
        ours = as_dict(cib.solve(matrix, max_ic=k))
        ref = expected(table, k)
        assert ours.keys() == ref.keys()
        for z, values in ref.items():
            assert ours[z] == pytest.approx(values)
    held = {2: 1, 5: 0}
    assert (
        as_dict(cib.solve(matrix, max_ic=1, fixed=held)).keys() == expected(table, 1, held).keys()
    )


def test_small_random_studies_equal_full_enumeration():
    """Uneven sizes, fractional judgements, IC limits between steps, fixed and forced
    descriptors: forty small studies, each against every combination scored by definition."""
    rng = np.random.default_rng(2026)
    for _ in range(40):
        sizes = rng.integers(2, 6, size=rng.integers(3, 7)).tolist()
        matrix = mixed_study(sizes, int(rng.integers(1 << 30)))
        if rng.random() < 0.3:
            matrix = matrix.with_values(matrix.values / 2)
        d = len(sizes)
        j, k = (int(x) for x in rng.choice(d, size=2, replace=False))
        forced = {j: int(rng.integers(sizes[j]))} if rng.random() < 0.5 else {}
        fixed = {k: int(rng.integers(sizes[k]))} if rng.random() < 0.5 else {}
        checked = np.ones(d, dtype=bool)
        checked[list(forced)] = False
        table = enumeration(matrix, checked)
        for max_ic in (0, 1, 1.5):
            ours = as_dict(cib.solve(matrix, max_ic=max_ic, fixed=fixed, forced=forced))
            ref = expected(table, max_ic, forced | fixed)
            assert ours.keys() == ref.keys(), (sizes, forced, fixed, max_ic)
            for z, values in ref.items():
                assert ours[z] == pytest.approx(values)


@pytest.mark.parametrize("seed", [11, 12])
def test_forced_descriptors_equal_full_enumeration_without_their_balance(seed):
    matrix = structured_study(9, 4, seed)
    forced = {0: 3, 4: 1}
    checked = np.ones(9, dtype=bool)
    checked[list(forced)] = False
    table = enumeration(matrix, checked)
    for k in (0, 1):
        ours = as_dict(cib.solve(matrix, max_ic=k, forced=forced))
        ref = expected(table, k, forced)
        assert ours.keys() == ref.keys() and ref
        for z, values in ref.items():
            assert ours[z] == pytest.approx(values)


class NodeClock:
    """A clock that moves one second per search node, so a deadline stops after that many."""

    def __init__(self):
        self.now = 0.0

    def monotonic(self):
        self.now += 1.0
        return self.now


def stopped_after(matrix, nodes, monkeypatch):
    clock = NodeClock()
    monkeypatch.setattr(search.time, "monotonic", clock.monotonic)
    with pytest.raises(cib.SearchTimeout) as stop:
        cib.solve(matrix, deadline=nodes + 0.5)
    return stop.value


def test_a_stopped_search_says_how_much_it_decided_and_what_it_found(monkeypatch):
    matrix = structured_study(10, 4, 1)
    truth = set(expected(enumeration(matrix), 0))
    finished = cib.solve(matrix)
    assert finished.decided == 1.0 and finished.nodes > 40
    shares = []
    for nodes in (1, 10, 20, 40):
        stop = stopped_after(matrix, nodes, monkeypatch)
        assert stop.nodes == nodes
        assert {tuple(map(int, z)) for z in stop.found} <= truth
        assert f"{stop.decided * 100:.3g} %" in str(stop)
        shares.append(stop.decided)
    assert shares[0] == 0 and 0 < shares[1] <= shares[2] <= shares[3] < 1


def test_progress_is_the_decided_share_and_reads_as_a_percentage():
    seen = []
    cib.solve(structured_study(10, 4, 1), fixed={3: 2}, callback=seen.append)
    assert seen == sorted(seen) and 0 < seen[len(seen) // 2] < 1 and seen[-1] == 1.0
    assert search.decided_text(0.9999999) == "99.99999 %" and search.decided_text(1) == "100 %"
    assert search.decided_text(2.5e-7) == "2.5e-05 %"


def test_solve_within_keeps_what_the_search_proved_and_says_how_much():
    matrix = structured_study(30, 4, 7)
    result = cib.solve_within(matrix, seconds=2.5, exact_share=0.4)
    assert not result.exhaustive and 0 <= result.decided < 1 and result.nodes > 0
    assert f"the exact search decided {search.decided_text(result.decided)}" in result.note
    assert "distinct random starts" in result.note
    _, ic = cib.scenario_scores(matrix, result.scenarios)
    assert len(result) and np.all(ic == 0)


def test_solve_within_merges_the_scenarios_the_stopped_search_proved(monkeypatch):
    """Stopped part way (one clock second per node), the search's finds stay in the sampled
    result even when no random start reaches them."""
    matrix = structured_study(10, 4, 1)
    truth = set(expected(enumeration(matrix), 0))
    clock = NodeClock()
    monkeypatch.setattr(search.time, "monotonic", clock.monotonic)
    result = cib.solve_within(matrix, seconds=40, exact_share=0.5)
    assert not result.exhaustive and 0 < result.decided < 1
    proved = {tuple(map(int, z)) for z in stopped_after(matrix, result.nodes, monkeypatch).found}
    listed = {tuple(map(int, z)) for z in result.scenarios}
    assert proved and proved <= listed <= truth
    assert all(h >= 0 for h in result.hits) and len(result.hits) == len(listed)


def test_a_callback_that_raises_stops_the_search_and_its_error_comes_through():
    calls = []

    def cancel(fraction):
        calls.append(fraction)
        if len(calls) == 5:
            raise KeyboardInterrupt("stop")

    with pytest.raises(KeyboardInterrupt, match="stop"):
        cib.solve(structured_study(12, 4, 1), callback=cancel)
    assert len(calls) == 5 and calls[-1] < 1


@pytest.mark.parametrize("n_descriptors, size", [(17, 3), (64, 2)])  # 2**64: rows sorted as rows
def test_scenarios_found_twice_are_kept_once_in_row_order(n_descriptors, size):
    from desktop_app.core.cib.search import _unique_rows

    rng = np.random.default_rng(7)
    z = rng.integers(0, size, (5_000, n_descriptors)).astype(np.int64)
    z = np.concatenate([z, z[::3]])  # some twice
    expected = sorted(set(map(tuple, z.tolist())))
    assert _unique_rows(z, [size] * n_descriptors).tolist() == [list(t) for t in expected]
