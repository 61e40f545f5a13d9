"""MICMAC structural analysis and the 2x2 scenario axes, on the sample studies."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.core import cib, micmac, scenario_axes
from tests.core.test_cib import load


def test_chain_driver_relay_and_outcome():
    # A drives B and C strongly, B and C feed each other, D is loosely attached, E is an outcome.
    names = ["A", "B", "C", "D", "E"]
    direct = np.array(
        [
            [0, 3, 3, 1, 0],
            [0, 0, 3, 0, 2],
            [0, 3, 0, 0, 2],
            [0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0],
        ]
    )
    res = micmac.micmac(micmac.validate_direct(direct, names), names)
    assert res.direct_quadrant == ["determinant", "relay", "relay", "autonomous", "dependent"]
    assert list(res.direct_influence) == [7, 5, 5, 0, 0]
    assert list(res.direct_dependence) == [0, 6, 6, 1, 4]
    # totals are rescaled to the direct totals so both maps share their axes
    assert res.indirect_influence.sum() == pytest.approx(direct.sum())
    assert res.power >= 3
    assert list(res.direct_rank) == [1, 2, 3, 4, 5]
    # D reaches nothing and E nothing: no indirect influence at all
    assert res.indirect_influence[3] == res.indirect_influence[4] == 0
    assert np.array_equal(res.rank_shift, res.direct_rank - res.indirect_rank)


def test_indirect_ranking_moves_a_descriptor_that_acts_through_a_hub():
    # P influences only the hub H; Q influences three leaves directly (3 in total vs 2).
    # H feeds all leaves strongly, the leaves feed H back and form a strong 3-cycle.
    names = ["P", "Q", "H", "L1", "L2", "L3", "L4"]
    direct = np.zeros((7, 7))
    direct[0, 2] = 2
    direct[1, 3:6] = 1
    direct[2, 3:7] = 3
    direct[3:7, 2] = 1
    direct[3, 4] = direct[4, 5] = direct[5, 3] = 3
    res = micmac.micmac(direct, names)
    assert (res.direct_rank[0], res.direct_rank[1]) == (6, 5)  # Q ahead of P directly
    assert (res.indirect_rank[0], res.indirect_rank[1]) == (5, 6)  # P ahead through the hub
    assert res.rank_shift[0] == 1 and res.rank_shift[1] == -1
    assert res.direct_quadrant[3] == "dependent" and res.indirect_quadrant[3] == "relay"


def test_matrix_powers_match_a_direct_computation():
    rng = np.random.default_rng(0)
    direct = rng.integers(0, 4, size=(6, 6)).astype(float)
    np.fill_diagonal(direct, 0)
    res = micmac.micmac(direct, list("abcdef"))
    power = np.linalg.matrix_power(direct, res.power)
    expected = power.sum(axis=1) * direct.sum() / power.sum()
    assert res.indirect_influence == pytest.approx(expected)


def test_direct_from_cib_is_the_mean_absolute_judgement():
    matrix = load("CIB_global.scw")
    direct = micmac.direct_from_cib(matrix)
    assert direct.shape == (3, 3) and np.all(np.diag(direct) == 0)
    # CIB_global: WTRD -> WSEC block [[1,2,-3],[-2,1,1],[2,1,-3]] -> mean |.| = 16/9
    assert direct[0, 1] == pytest.approx(16 / 9)
    res = micmac.micmac(direct, matrix.descriptors)
    assert set(res.direct_quadrant) <= set(micmac.QUADRANTS)


def test_entered_values_off_the_scale_are_named():
    with pytest.raises(micmac.MicmacError, match="influence of 'A' on 'B' is 4"):
        micmac.validate_direct([[0, 4], [1, 0]], ["A", "B"])
    with pytest.raises(micmac.MicmacError, match="2 x 2"):
        micmac.validate_direct([[0, 1, 2]], ["A", "B"])


def test_axes_quadrants_cover_every_pole_pair():
    matrix = load("CIB_natl_regional.scw")
    result = cib.solve(matrix)
    ranked = scenario_axes.suggest_axes(matrix, result)
    (a, ha), (b, hb) = ranked[:2]
    assert ha >= hb > 0
    quads = scenario_axes.quadrants(matrix, result, a, (0, 1), b, (0, 1))
    assert [(q.pole_a, q.pole_b) for q in quads] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    for q in quads:
        assert q.best[a] == q.pole_a and q.best[b] == q.pole_b
        tis, ic = cib.scenario_scores(matrix, q.best[None, :])
        assert (tis[0], ic[0]) == (q.tis, q.ic)
        assert (q.ic == 0) == (len(q.scenarios) > 0)
    with pytest.raises(cib.CIBError, match="two different descriptors"):
        scenario_axes.quadrants(matrix, result, a, (0, 1), a, (0, 1))
