"""Shift-share for Freistaat Sachsen 2008-2014, checked against REAT shift and shiftd."""

import numpy as np
import pytest
import reference_values as ref
from analysis_data import germany
from numpy.testing import assert_allclose

from desktop_app.core.analysis_cube import AnalysisInputError, Reason
from desktop_app.core.shift_share import dynamic_shift_share, shift_share


def _saxony():
    de = germany()
    saxony = de.values[de.regions.index("Freistaat Sachsen")]
    return saxony, de.values.sum(axis=0)


def test_dunn_matches_reat_shift():
    region, nation = _saxony()
    result = shift_share(region[:, 0], region[:, -1], nation[:, 0], nation[:, -1])
    growth, national, mix, regional, net_shift = ref.REAT_SHIFT_DUNN
    got = [result.growth, result.national_share, result.industry_mix, result.regional_share]
    assert_allclose(got, [growth, national, mix, regional], rtol=1e-10)
    assert_allclose(result.industry_mix + result.regional_share, net_shift, rtol=1e-10)
    assert result.allocation is None


def test_esteban_matches_reat_and_splits_the_classic_regional_share():
    region, nation = _saxony()
    dunn = shift_share(region[:, 0], region[:, -1], nation[:, 0], nation[:, -1])
    result = shift_share(region[:, 0], region[:, -1], nation[:, 0], nation[:, -1], "esteban")
    got = [
        result.growth,
        result.national_share,
        result.industry_mix,
        result.regional_share,
        result.allocation,
    ]
    assert_allclose(got, ref.REAT_SHIFT_ESTEBAN, rtol=1e-10)
    assert_allclose(result.regional_share + result.allocation, dunn.regional_share, rtol=1e-12)
    by = result.by_industry
    assert_allclose(by["regional_share"] + by["allocation"], dunn.by_industry["regional_share"])


@pytest.mark.parametrize("method", ["dunn", "esteban"])
def test_dynamic_matches_reat_shiftd(method):
    region, nation = _saxony()
    result = dynamic_shift_share(region, nation, method)
    expected = ref.REAT_SHIFTD_DUNN if method == "dunn" else ref.REAT_SHIFTD_ESTEBAN
    last = result.allocation if method == "esteban" else result.industry_mix + result.regional_share
    got = [result.growth, result.national_share, result.industry_mix, result.regional_share, last]
    assert_allclose(got, expected, rtol=1e-10)
    assert len(result.by_year) == 6


def test_all_regions_at_once_and_components_add_up_by_industry():
    de = germany()
    nation = de.values.sum(axis=0)
    result = shift_share(de.values[..., 0], de.values[..., -1], nation[:, 0], nation[:, -1])
    assert result.growth.shape == (16,)
    by = result.by_industry
    assert_allclose(
        by["national_share"] + by["industry_mix"] + by["regional_share"], by["growth"], atol=1e-6
    )
    assert_allclose(result.growth, de.values[..., -1].sum(1) - de.values[..., 0].sum(1))


def test_industry_missing_in_a_year_is_left_out_of_every_total():
    region, nation = _saxony()
    start = region[:, 0].copy()
    start[3] = np.nan
    result = shift_share(start, region[:, -1], nation[:, 0], nation[:, -1])
    assert result.left_out.reason[3] == Reason.MISSING_VALUE
    assert np.isnan(result.by_industry["growth"][3])
    kept = np.delete(np.arange(10), 3)
    assert_allclose(result.growth, (region[kept, -1] - region[kept, 0]).sum())


def test_esteban_leaves_out_an_industry_new_to_the_region():
    region, nation = _saxony()
    start = region[:, 0].copy()
    start[0] = 0.0
    result = shift_share(start, region[:, -1], nation[:, 0], nation[:, -1], "esteban")
    assert result.left_out.reason[0] == Reason.ZERO_BASE
    assert np.isnan(result.by_industry["allocation"][0])
    assert not np.isnan(result.by_industry["national_share"][0])


def test_unknown_method_is_refused():
    with pytest.raises(AnalysisInputError, match="unknown shift-share method"):
        shift_share([1.0], [2.0], [1.0], [2.0], method="gerfin")
