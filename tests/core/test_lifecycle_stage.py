"""Lifecycle stages on constructed series whose stage is unambiguous, and on the demo data."""

import numpy as np
import pytest

from desktop_app.core.lifecycle_fit import fit_series
from desktop_app.core.lifecycle_stage import StageRules, assess_stage, lq_series
from tests.core.lifecycle_series import cube

YEARS = np.arange(2006, 2017, dtype=float)  # eleven years


def _path(*rates):
    """A series starting at 1000 that grows by rates[k] in year k + 1."""
    return 1000 * np.cumprod(np.r_[1.0, 1 + np.asarray(rates)])


def test_steady_growth_is_growth_with_its_rate_in_words():
    result = assess_stage(YEARS, _path(*[0.05] * 10))
    assert result.stage == "growth"
    assert result.recent_growth == pytest.approx(0.05)
    assert "growth steady at 5.0 %/yr" in result.reason
    assert [(p.start, p.end, p.stage) for p in result.periods] == [(2006, 2016, "growth")]


def test_steady_decline_is_decline():
    result = assess_stage(YEARS, _path(*[-0.03] * 10))
    assert result.stage == "decline"
    assert "\u22123.0 %/yr" in result.reason


def test_growth_that_slowed_is_maturity_and_says_since_when():
    result = assess_stage(YEARS, _path(*[0.06] * 6, *[0.0] * 4))
    assert result.stage == "maturity"
    assert result.since == 2012
    assert result.reason.startswith("growth slowed from 6.0 %/yr to 0.0 %/yr since 2012")
    assert [(p.start, p.end, p.stage) for p in result.periods] == [
        (2006, 2012, "growth"),
        (2012, 2016, "maturity"),
    ]


def test_growth_after_a_decline_is_renewal():
    result = assess_stage(YEARS, _path(*[-0.04] * 5, *[0.03] * 5))
    assert result.stage == "renewal"
    assert "growth returned from \u22124.0 %/yr to 3.0 %/yr since 2011" in result.reason
    assert [p.stage for p in result.periods] == ["decline", "renewal"]


def test_fast_growth_from_a_small_rising_specialisation_is_emergence():
    values = _path(*[0.08] * 10)
    lq = 0.3 * 1.07 ** np.arange(11)
    result = assess_stage(YEARS, values, lq)
    assert result.stage == "emergence"
    assert "LQ 0.59 and rising (7.0 %/yr)" in result.reason


def test_early_on_a_fitted_s_curve_is_emergence_and_late_is_maturity():
    years = np.arange(1996, 2017, dtype=float)
    curve = 10000 / (1 + np.exp(-0.4 * (years - 2016)))  # ends at the midpoint: 50 %
    wiggle = 1 + 0.002 * np.sin(np.arange(years.size))
    early = curve * wiggle
    fit = fit_series(years, early)
    assert fit.beats_line
    result = assess_stage(years, early, fit=fit)
    assert result.saturation_share == pytest.approx(0.5, abs=0.05)
    # growth of ~20 %/yr at half of saturation: growth, not emergence (share above 30 %)
    assert result.stage == "growth"
    shifted = 10000 / (1 + np.exp(-0.4 * (years - 2021))) * wiggle  # ends at 12 %
    fit = fit_series(years, shifted)
    result = assess_stage(years, shifted, fit=fit)
    assert result.stage == "emergence" and "early on its S-curve" in result.reason
    late = 10000 / (1 + np.exp(-0.4 * (years - 2000))) * wiggle  # ends at 99.8 %
    fit = fit_series(years, late)
    result = assess_stage(years, late + np.linspace(0, 300, years.size), fit=fit)
    assert result.stage == "maturity"


def test_stagnation_while_losing_ground_is_decline():
    values = _path(*[0.002] * 10)
    lq = 1.4 * 0.96 ** np.arange(11)
    result = assess_stage(YEARS, values, lq)
    assert result.stage == "decline"
    assert "LQ 0.93 and falling (\u22124.0 %/yr)" in result.reason
    assert "loses ground" in result.reason
    relaxed = assess_stage(YEARS, values, lq, rules=StageRules(lq_losing=-0.05))
    assert relaxed.stage == "maturity"


def test_short_or_empty_series_get_no_stage_and_missing_years_are_listed():
    result = assess_stage([2014, 2015, 2016, 2017], [np.nan, 10.0, 0.0, 12.0])
    assert result.stage is None and "only 2 years" in result.reason
    assert result.left_out == ((2014, "no value"), (2016, "not positive"))
    with pytest.raises(ValueError, match="one value per year"):
        assess_stage(YEARS, _path(*[0.01] * 10), lq=[1.0, 2.0])


def test_lq_series_is_the_location_quotient_of_the_industry():
    lq = lq_series([10.0, 20.0], [100.0, 100.0], [50.0, 50.0], [1000.0, 500.0])
    assert lq == pytest.approx([(10 / 100) / (50 / 1000), (20 / 100) / (50 / 500)])


def test_demo_stages_follow_the_crisis_and_recovery():
    """EU demo (Eurostat via REAT): construction collapsed after 2007 in Spain and Ireland."""
    regions, industries, years, values = cube("eu")
    reference = np.nansum(values, axis=0)
    total_reference = reference.sum(axis=0)

    def stage(region, industry):
        r, i = regions.index(region), industries.index(industry)
        lq = lq_series(values[r, i], np.nansum(values[r], axis=0), reference[i], total_reference)
        return assess_stage(years, values[r, i], lq)

    spain_construction = stage("ES", "F")
    assert spain_construction.stage == "renewal"
    assert spain_construction.earlier_growth < -0.15  # -16.5 %/yr until 2013
    assert spain_construction.since == 2013
    assert stage("IE", "F").stage == "renewal"
    greece_industry = stage("EL", "B-E")
    assert greece_industry.stage == "maturity"
    assert greece_industry.reason.startswith(
        "decline eased from \u22124.9 %/yr to \u22120.6 %/yr since 2013"
    )
    assert stage("ES", "K").stage == "decline"  # Spanish banking shrank from 2009
    assert stage("PL", "F").stage == "decline"
    assert stage("DE", "M_N").stage == "growth"  # German business services grew throughout
