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


def test_potential_readings_of_a_hand_computed_matrix_with_a_p_mark():
    # a -> b 3, a -> c 1, b -> a 1, b -> c 1, c -> b 2, and c -> a marked P (potential).
    names = ["a", "b", "c"]
    direct = np.array([[0, 3, 1], [1, 0, 1], [0, 2, 0]])
    marks = np.zeros((3, 3), dtype=bool)
    marks[2, 0] = True
    analysis = micmac.micmac_analysis(direct, names, marks)
    assert analysis.potential_marks == 1
    # direct: P counts 0. Influence = row sums 4, 2, 2; dependence = column sums 1, 5, 2;
    # means 8/3: a (4, 1) determinant, b (2, 5) dependent, c (2, 2) autonomous
    d = analysis.points("direct")
    assert list(d.influence) == [4, 2, 2] and list(d.dependence) == [1, 5, 2]
    assert d.quadrant == ["determinant", "dependent", "autonomous"]
    assert list(d.rank) == [1, 2, 3] and d.shift is None
    # potential: P counts 3, so c -> a = 3. Influence 4, 2, 5; dependence 4, 5, 2; means 11/3:
    # a (4, 4) relay, b (2, 5) dependent, c (5, 2) determinant
    p = analysis.points("potential")
    assert list(p.influence) == [4, 2, 5] and list(p.dependence) == [4, 5, 2]
    assert p.quadrant == ["relay", "dependent", "determinant"]
    assert list(p.rank) == [2, 3, 1]
    # potential indirect, by hand: Mp^2 rows a = 3 b + c = [6, 2, 3], b = a + c = [3, 5, 1],
    # c = 3 a + 2 b = [2, 9, 5]; Mp^3 rows [11, 24, 8], [8, 11, 8], [24, 16, 11] (total 121).
    # Rankings by influence (c, a, b) and dependence (b, a, c) are the same at powers 1, 2
    # and 3, so power 3 is used, rescaled to the potential matrix's total 11.
    q = analysis.points("potential indirect")
    assert analysis.potential.power == 3
    assert q.influence == pytest.approx(np.array([43, 27, 51]) * 11 / 121)
    assert q.dependence == pytest.approx(np.array([43, 51, 27]) * 11 / 121)
    assert list(q.rank) == [2, 3, 1]
    assert q.quadrant == ["relay", "dependent", "determinant"]
    assert list(q.shift) == [0, 0, 0]  # against the potential direct ranking
    # the indirect reading of the actual matrix ignores the P mark: its total stays 8
    assert analysis.points("indirect").influence.sum() == pytest.approx(8)


def test_without_p_marks_the_potential_readings_are_the_direct_ones():
    direct = np.array([[0, 3, 1], [1, 0, 2], [2, 0, 0]])
    analysis = micmac.micmac_analysis(direct, ["a", "b", "c"])
    for plain, potential in (("direct", "potential"), ("indirect", "potential indirect")):
        a, b = analysis.points(plain), analysis.points(potential)
        assert np.array_equal(a.influence, b.influence) and a.quadrant == b.quadrant
    with pytest.raises(micmac.MicmacError, match="not one of"):
        analysis.points("sideways")
