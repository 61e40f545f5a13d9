"""Identities every regional indicator must keep on any non-negative input (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose

from desktop_app.core.complexity import complexity
from desktop_app.core.concentration import entropy_variety, herfindahl, krugman_specialisation
from desktop_app.core.location_quotients import location_quotients
from desktop_app.core.shift_share import dynamic_shift_share, shift_share

cells = st.one_of(st.just(0.0), st.floats(1.0, 1e6), st.just(np.nan))
cubes = st.tuples(st.integers(2, 6), st.integers(2, 7), st.integers(2, 4)).flatmap(
    lambda shape: arrays(float, shape, elements=cells)
)
SETTINGS = settings(max_examples=60, deadline=None)


@SETTINGS
@given(cubes)
def test_lq_left_out_exactly_where_nan_and_weighted_mean_is_one(values):
    result = location_quotients(values)
    assert (np.isnan(result.lq) == result.left_out.mask).all()
    known = np.nan_to_num(values)
    total = known.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        reference_share = known.sum(axis=0) / known.sum(axis=(0, 1))
    weighted = np.nansum(result.lq * reference_share[np.newaxis], axis=1)
    complete = (total > 0) & ~np.isnan(values).any(axis=1)
    assert_allclose(weighted[complete], 1.0, rtol=1e-9)


@SETTINGS
@given(cubes, st.sampled_from(["dunn", "esteban"]))
def test_shift_share_components_add_up(values, method):
    nation = np.nansum(values, axis=0) + 1.0
    result = dynamic_shift_share(values, nation, method)
    parts = result.national_share + result.industry_mix + result.regional_share
    if method == "esteban":
        classic = dynamic_shift_share(values, nation, "dunn")
        assert_allclose(classic.growth, result.growth, rtol=1e-9, atol=1e-6)
        parts = classic.national_share + classic.industry_mix + classic.regional_share
    assert_allclose(parts, result.growth, rtol=1e-9, atol=1e-6)
    one = shift_share(values[..., 0], values[..., 1], nation[:, 0], nation[:, 1], method)
    assert (np.isnan(one.by_industry["growth"]) == np.isnan(values[..., :2]).any(-1)).all()


@SETTINGS
@given(cubes)
def test_indices_stay_in_their_ranges_and_entropy_splits(values):
    n = values.shape[1]
    h = herfindahl(values).value
    kept = ~np.isnan(h)
    assert ((h[kept] >= 1 / n - 1e-12) & (h[kept] <= 1 + 1e-12)).all()
    k = krugman_specialisation(values).value
    assert ((k[~np.isnan(k)] >= 0) & (k[~np.isnan(k)] <= 2 + 1e-12)).all()
    variety = entropy_variety(values, np.arange(n) % 2)
    assert_allclose(variety.related + variety.unrelated, variety.total, atol=1e-12)


@SETTINGS
@given(cubes)
def test_complexity_has_a_reason_for_every_nan(values):
    result = complexity(values)
    assert (np.isnan(result.eci) == result.left_out["eci"].mask).all()
    assert (np.isnan(result.pci) == result.left_out["pci"].mask).all()
    assert (np.isnan(result.density) == result.left_out["density"].mask).all()
    assert not np.isnan(result.outlook).any() and not np.isnan(result.outlook_gain).any()
    assert set(np.unique(result.m)) <= {0.0, 1.0}
