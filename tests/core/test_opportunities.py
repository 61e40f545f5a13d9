"""Opportunity ranking of the industries a Land is not yet specialised in."""

import numpy as np
import pytest
from analysis_data import germany
from numpy.testing import assert_allclose

from desktop_app.core.analysis_cube import AnalysisInputError, Reason
from desktop_app.core.complexity import complexity
from desktop_app.core.growth import growth_rate
from desktop_app.core.opportunities import rank_opportunities


def _inputs():
    de = germany()
    result = complexity(de.year(2014))
    nation = de.values.sum(axis=0)
    growth = growth_rate(nation[:, 0], nation[:, -1]).rate
    return de, result, growth


def test_ranks_only_industries_the_region_lacks():
    de, result, growth = _inputs()
    ranked = rank_opportunities(result.m, result.density, result.pci, growth)
    candidates = result.m == 0
    assert (ranked.rank[candidates] > 0).all() and (ranked.rank[~candidates] == 0).all()
    assert (ranked.left_out.reason[~candidates] == Reason.ALREADY_SPECIALISED).all()
    for r in range(len(de.regions)):
        n = int(candidates[r].sum())
        assert sorted(ranked.rank[r][candidates[r]]) == list(range(1, n + 1))
        order = np.argsort(ranked.rank[r][candidates[r]])
        assert (np.diff(ranked.score[r][candidates[r]][order]) <= 1e-12).all()


def test_weights_select_a_single_criterion():
    _, result, growth = _inputs()
    only_density = rank_opportunities(
        result.m,
        result.density,
        result.pci,
        growth,
        weights={"density": 1.0, "complexity": 0.0, "reference_growth": 0.0},
    )
    r = 0
    candidates = np.flatnonzero(result.m[r] == 0)
    best = candidates[np.argmax(result.density[r, candidates])]
    assert only_density.rank[r, best] == 1
    assert_allclose(np.nanmean(only_density.score[r]), 0.0, atol=1e-12)


def test_unknown_criterion_is_refused():
    _, result, growth = _inputs()
    with pytest.raises(AnalysisInputError, match="unknown opportunity criteria"):
        rank_opportunities(result.m, result.density, result.pci, growth, weights={"jobs": 1})
