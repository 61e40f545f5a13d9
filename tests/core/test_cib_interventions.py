"""Interventions and context scenarios against brute force: forced descriptors are held at their
variant and left out of the consistency check, TIS and IC."""

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


def brute_force(matrix: cib.CrossImpactMatrix, forced: dict[int, int], max_ic: float = 0):
    """{scenario: (TIS, IC)} from every combination with the forced variants, by the definition:
    the balance of each variant is the column sum of the chosen rows, and only the descriptors
    that are not forced are asked to pick their best variant."""
    ranges = [
        [forced[j]] if j in forced else range(len(vs)) for j, vs in enumerate(matrix.variants)
    ]
    z = np.array(list(itertools.product(*ranges)), dtype=np.int64)
    starts = np.cumsum([0] + [len(vs) for vs in matrix.variants])
    rows = starts[:-1] + z
    balances = matrix.values[rows].sum(axis=1)  # (combinations, variants)
    free = [j for j in range(len(matrix.descriptors)) if j not in forced]
    chosen = np.stack([balances[np.arange(len(z)), rows[:, j]] for j in free], axis=1)
    best = np.stack([balances[:, starts[j] : starts[j + 1]].max(axis=1) for j in free], axis=1)
    ic = (best - chosen).max(axis=1)
    keep = ic <= max_ic + 1e-9
    return {
        tuple(int(v) for v in s): (float(t), float(i))
        for s, t, i in zip(z[keep], chosen.sum(axis=1)[keep], ic[keep], strict=True)
    }


def as_dict(result: cib.SolveResult) -> dict[tuple, tuple]:
    return {
        tuple(int(v) for v in z): (float(t), float(i))
        for z, t, i in zip(result.scenarios, result.tis, result.ic, strict=True)
    }


def test_every_single_intervention_on_the_global_sample_equals_brute_force():
    matrix = load("CIB_global.scw")
    for j, variants in enumerate(matrix.variants):
        for v in range(len(variants)):
            for k in (0, 1):
                assert as_dict(cib.solve(matrix, max_ic=k, forced={j: v})) == brute_force(
                    matrix, {j: v}, k
                )


def test_a_forced_descriptor_is_not_checked_where_a_fixed_one_is():
    # CIB_global.scw by hand, scenario Mix/Alrt/ModGr: the rows 'WTRD: Mix', 'WSEC: Alrt' and
    # 'WECO: ModGr' add up to WTRD (0, -1, 1), WSEC (3, 1, -4), WECO (-1, 2, 3, -4). WTRD and
    # WECO choose their best variant, WSEC does not (Alrt -4 against Rlx 3). Forced to Alrt,
    # WSEC is not checked, so the scenario holds with TIS 1 + 3 = 4; merely fixed, it fails.
    matrix = load("CIB_global.scw")
    wsec, alrt = 1, 2
    forced = as_dict(cib.solve(matrix, forced={wsec: alrt}))
    fixed = as_dict(cib.solve(matrix, fixed={wsec: alrt}))
    assert forced[(2, 2, 2)] == (4.0, 0.0)
    assert (2, 2, 2) not in fixed
    # Ntl/Alrt/Stag is consistent in the free system (the .sl's TIS 15: WSEC gets -4, 2, 2,
    # a tie Alrt shares); without WSEC's balance 2 its TIS is 6 + 7.
    assert fixed[(1, 2, 1)] == (15.0, 0.0)
    assert forced[(1, 2, 1)] == (13.0, 0.0)
    assert cib.solve(matrix, forced={wsec: alrt}).forced == {wsec: alrt}


@pytest.mark.parametrize(
    "intervention",
    [
        {"NECO": "ModGr", "RECO": "RpdGr", "RCOOP": "Str"},
        {"NECO": "Decl", "RCOOP": "Antg", "WSCEN": "3_4"},
        {"RECO": "Stag", "RCOOP": "Mod", "NSEC": "Alrt"},
    ],
)
def test_interventions_on_the_national_regional_sample_equal_brute_force(intervention):
    # 15 descriptors with a non-zero self-impact block (WSCEN): each intervention leaves
    # 22,674,816 / 32 to / 48 combinations, few enough to score every one with numpy.
    matrix = load("CIB_natl_regional.scw")
    forced = cib.parse_intervention(matrix, [f"{d}={v}" for d, v in intervention.items()])
    ours = as_dict(cib.solve(matrix, forced=forced))
    assert ours == brute_force(matrix, forced)
    assert ours  # each of these holds at least one scenario


def test_comparison_with_the_free_system():
    matrix = load("CIB_global.scw")
    free = {e.scenario for e in read_sl(FIXTURES / "CIB_global.sl").entries}
    comparison = cib.compare_intervention(matrix, {1: 2})
    assert set(comparison.kept) == free & {(1, 2, 1), (2, 2, 2)}
    assert set(comparison.disappeared) == free - {(1, 2, 1), (2, 2, 2)}
    assert set(comparison.appeared) == {(1, 2, 1), (2, 2, 2)} - free
    # shifts: counts of each variant of the descriptors that are not forced, by hand from the
    # two scenario lists
    before = cib.variant_counts(matrix, np.array(sorted(free)))
    after = cib.variant_counts(matrix, np.array([(1, 2, 1), (2, 2, 2)]))
    expected = {
        (j, v): (int(before[j][v]), int(after[j][v]))
        for j in (0, 2)
        for v in range(len(matrix.variants[j]))
        if before[j][v] != after[j][v]
    }
    assert {(s.descriptor, s.variant): (s.free, s.intervened) for s in comparison.shifts} == (
        expected
    )
    assert expected  # the intervention moves something


def test_several_interventions_share_one_free_solve():
    matrix = load("CIB_global.scw")
    table = cib.compare_interventions(matrix, [{0: 0}, {0: 1}, {2: 3}])
    assert [len(c.intervened) for c in table] == [
        len(brute_force(matrix, f)) for f in ({0: 0}, {0: 1}, {2: 3})
    ]
    assert table[0].free is table[1].free is table[2].free


def test_context_scenarios_per_world_scenario():
    # WSCEN (the world scenario) is the context of the national-regional study: each of its two
    # variants is forced in turn. A scenario consistent in the full system stays consistent when
    # WSCEN is merely held, so every one of the 16 in the published solution list is among the
    # context scenarios of its WSCEN variant.
    matrix = load("CIB_natl_regional.scw")
    wscen = matrix.descriptors.index("WSCEN")
    results = cib.context_scenarios(matrix, [wscen])
    assert [r.context for r in results] == [{wscen: 0}, {wscen: 1}]
    published = {e.scenario for e in read_sl(FIXTURES / "CIB_natl_regional.sl").entries}
    for r in results:
        found = set(as_dict(r.result))
        assert all(z[wscen] == r.context[wscen] for z in found)
        assert {z for z in published if z[wscen] == r.context[wscen]} <= found
    assert sum(len(r.result) for r in results) >= len(published)


def test_bad_interventions_are_named():
    matrix = load("CIB_global.scw")
    with pytest.raises(cib.CIBError, match="no descriptor 'WXX'.*WTRD, WSEC, WECO"):
        cib.parse_intervention(matrix, ["WXX=FT"])
    with pytest.raises(cib.CIBError, match="no variant 'Up'.*FT, Ntl, Mix"):
        cib.parse_intervention(matrix, ["WTRD=Up"])
    with pytest.raises(cib.CIBError, match="Descriptor=Variant"):
        cib.parse_intervention(matrix, ["WTRD"])
    with pytest.raises(cib.CIBError, match="given twice"):
        cib.parse_intervention(matrix, ["WTRD=FT", "WTRD=Mix"])
    with pytest.raises(cib.CIBError, match="held at two variants"):
        cib.solve(matrix, fixed={0: 0}, forced={0: 1})
    with pytest.raises(cib.CIBError, match="at least one descriptor as context"):
        cib.context_scenarios(matrix, [])
