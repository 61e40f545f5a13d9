"""Weighted priorities: parts that add up, normalisations, and exact stability within ±20 %."""

import itertools

import numpy as np
import pytest

from desktop_app.core.priorities import Criterion, PriorityError, normalise, rank_items
from tests.core.lifecycle_series import cube


def test_score_is_the_sum_of_its_parts_computed_by_hand():
    criteria = [Criterion("LQ", 2), Criterion("growth", 1), Criterion("emissions", 1, False)]
    values = [[2.0, 0.01, 10.0], [1.0, 0.05, 30.0], [0.5, 0.03, 20.0]]
    ranking = rank_items(["A", "B", "C"], criteria, values)
    # min-max: LQ (1, 1/3, 0); growth (0, 1, 0.5); emissions reversed (1, 0, 0.5)
    expected = np.array([[0.5, 0, 0.25], [1 / 6, 0.25, 0], [0, 0.125, 0.125]])
    assert ranking.parts == pytest.approx(expected)
    assert ranking.score == pytest.approx(expected.sum(axis=1))
    assert ranking.rank.tolist() == [1, 2, 3]
    assert ranking.weights == pytest.approx([0.5, 0.25, 0.25])


def test_normalisations():
    assert normalise([1, 2, 3, np.nan]) == pytest.approx([0, 0.5, 1, np.nan], nan_ok=True)
    assert normalise([10, 30, 20], "rank") == pytest.approx([0, 1, 0.5])
    assert normalise([1, 1, 2], "rank") == pytest.approx([0, 0, 1])  # ties share a rank
    assert normalise([5, 5, 5]) == pytest.approx([0.5, 0.5, 0.5])
    assert normalise([1, 2, 3], higher_is_better=False) == pytest.approx([1, 0.5, 0])
    z = normalise([1, 2, 4], "zscore")
    assert z[0] == 0 and z[2] == 1
    with pytest.raises(PriorityError, match="normalisation"):
        normalise([1, 2], "log")


def _corner_ranks(criteria, values, band):
    """Ranks at every corner of the weight box: the brute-force check of the exact method."""
    base = np.array([c.weight for c in criteria])
    for signs in itertools.product((-1, 1), repeat=len(criteria)):
        weights = base * (1 + band * np.array(signs))
        moved = [
            Criterion(c.name, w, c.higher_is_better) for c, w in zip(criteria, weights, strict=True)
        ]
        yield rank_items([f"i{k}" for k in range(len(values))], moved, values, band=0).rank


def test_stability_agrees_with_brute_force_on_the_demo_data():
    regions, industries, years, values = cube("de")
    r = regions.index("Bayern")
    employment = values[r]
    share = employment[:, -1] / np.nansum(employment[:, -1])
    reference = np.nansum(values, axis=0)
    lq = share / (reference[:, -1] / reference[:, -1].sum())
    growth = (employment[:, -1] / employment[:, 0]) ** (1 / 6) - 1
    table = np.column_stack([lq, growth, employment[:, -1]])
    criteria = [Criterion("LQ", 0.4), Criterion("growth", 0.35), Criterion("jobs", 0.25)]
    ranking = rank_items(industries, criteria, table)
    corners = np.array(list(_corner_ranks(criteria, table, 0.2)))
    for i in range(len(industries)):
        if ranking.holds[i]:
            assert set(corners[:, i]) == {ranking.rank[i]}, industries[i]
        assert corners[:, i].min() >= ranking.best_rank[i]
        assert corners[:, i].max() <= ranking.worst_rank[i]
    moved = [i for i in range(len(industries)) if len(set(corners[:, i])) > 1]
    assert moved and all(not ranking.holds[i] for i in moved)
    assert ranking.holds.any()


def test_rivals_name_who_can_swap_and_a_wide_gap_holds():
    criteria = [Criterion("a", 1), Criterion("b", 1)]
    ranking = rank_items(["X", "Y", "Z"], criteria, [[1.0, 0.1], [0.0, 1.0], [0.0, 0.0]])
    assert ranking.rank.tolist() == [1, 2, 3]
    assert ranking.rivals[0] == ("Y",) and ranking.rivals[1] == ("X",)
    assert ranking.holds.tolist() == [False, False, True]
    assert (ranking.best_rank.tolist(), ranking.worst_rank.tolist()) == ([1, 1, 3], [2, 2, 3])


def test_missing_values_score_worst_and_are_listed():
    ranking = rank_items(["A", "B"], [Criterion("jobs", 1)], [[np.nan], [5.0]])
    assert ranking.missing == (("A", "jobs"),)
    assert ranking.rank.tolist() == [2, 1]


def test_bad_input_is_refused():
    with pytest.raises(PriorityError, match="positive weight"):
        rank_items(["A"], [Criterion("jobs", 0)], [[1.0]])
    with pytest.raises(PriorityError, match="shape"):
        rank_items(["A", "B"], [Criterion("jobs", 1)], [[1.0]])
