"""S-curve fits checked against REAT's curvefit, R's nls and scipy's curve_fit on real series."""

import numpy as np
import pytest
from scipy.optimize import curve_fit

from desktop_app.core import lifecycle_fit as lf
from tests.core.lifecycle_series import series

# Reference values: REAT 3.0.3 curvefit() (cran/REAT@602f988, R/curvefit.R) and base R nls()
# with SSlogis / SSgompertz, computed on 2026-11-23 with
#   Rscript bench/reference/lifecycle_reat.R /tmp/reat/R/curvefit.R
# on tests/fixtures/demo (R 4.2, REAT sourced from its R files).
REAT_LOGISTIC = [
    # data, region, industry, y.max (None = REAT default 1.001 * max), a, b, R squared
    ("de", "Bayern", "J", None, 1485.35558483, -0.740018506513, 0.69548212647),
    ("de", "Bayern", "J", 356452, 134.593904417, -0.0668265616878, 0.974535457231),
    ("de", "Freistaat Sachsen", "M-N", 396966, 141.037336548, -0.070031296768, 0.891268855565),
    ("eu", "PL", "M_N", 1543.4, 105.621382456, -0.0524138754365, 0.906153432537),
    ("eu", "ES", "K", None, -900.606083945, 0.446193334039, 0.678696586401),
    ("eu", "ES", "K", 774, -78.8603012471, 0.0392819182498, 0.932758537993),
]
REAT_EXPONENTIAL = [
    # data, region, industry, b, R squared
    ("de", "Bayern", "J", 0.0367082193588, 0.975200759653),
    ("de", "Freistaat Sachsen", "M-N", 0.0388018406388, 0.880481165054),
    ("eu", "PL", "M_N", 0.0291500639761, 0.897137158836),
    ("eu", "ES", "K", -0.0212104882032, 0.932772029297),
]
NLS = [
    # data, region, industry, model, {parameter: value}
    (
        "de",
        "Freistaat Sachsen",
        "M-N",
        "logistic",
        {"K": 239632.932617, "t0": 2003.84693842, "r": 0.152619037623},
    ),
    (
        "de",
        "Freistaat Sachsen",
        "M-N",
        "gompertz",
        {"K": 254140.80799, "b": 0.484100474513, "c": 0.109535374677},
    ),
    ("eu", "PL", "M_N", "logistic", {"K": 791.655999246, "t0": 2003.19445664, "r": 0.269380553445}),
    ("eu", "PL", "M_N", "gompertz", {"K": 797.829857289, "b": 0.314734410876, "c": 0.234072561237}),
    ("eu", "ES", "K", "logistic", {"K": 469.665333867, "t0": 2024.63449432, "r": -0.0892076463617}),
]
NLS_RSS = {("Freistaat Sachsen", "logistic"): 149325313.596, ("PL", "logistic"): 907.502105283}


@pytest.mark.parametrize(("data", "region", "industry", "y_max", "a", "b", "r2"), REAT_LOGISTIC)
def test_linearised_logistic_matches_reat_curvefit(data, region, industry, y_max, a, b, r2):
    years, values = series(data, region, industry)
    fit = lf.linearised_logistic(years, values, y_max)
    assert fit.a == pytest.approx(a, rel=1e-9)
    assert fit.b == pytest.approx(b, rel=1e-9)
    assert fit.r2 == pytest.approx(r2, rel=1e-9)


@pytest.mark.parametrize(("data", "region", "industry", "b", "r2"), REAT_EXPONENTIAL)
def test_exponential_trend_matches_reat_curvefit(data, region, industry, b, r2):
    years, values = series(data, region, industry)
    trend = lf.exponential_trend(years, values)
    assert trend.b == pytest.approx(b, rel=1e-9)
    assert trend.r2 == pytest.approx(r2, rel=1e-9)
    assert trend.rate == pytest.approx(np.expm1(b), rel=1e-9)


@pytest.mark.parametrize(("data", "region", "industry", "model", "expected"), NLS)
def test_nonlinear_fits_match_r_nls(data, region, industry, model, expected):
    years, values = series(data, region, industry)
    result = lf.fit_series(years, values, models=(model,))
    fit = result.fits[model]
    assert fit.ok, fit.reason
    for name, value in expected.items():
        assert fit.parameters[name] == pytest.approx(value, rel=5e-5), name
    if (region, model) in NLS_RSS:
        assert fit.rss == pytest.approx(NLS_RSS[(region, model)], rel=1e-6)


def test_logistic_optimum_agrees_with_plain_curve_fit_on_raw_years():
    years, values = series("eu", "PL", "M_N")
    ours = lf.fit_series(years, values, models=("logistic",)).fits["logistic"]

    def logistic(t, k, r, t0):
        return k / (1 + np.exp(-r * (t - t0)))

    p0 = [ours.parameters["K"] * 1.1, ours.parameters["r"] * 0.8, ours.parameters["t0"] + 1]
    popt, pcov = curve_fit(logistic, years, values, p0=p0, maxfev=20000)
    assert popt == pytest.approx([ours.parameters[k] for k in ("K", "r", "t0")], rel=1e-4)
    errors = np.sqrt(np.diag(pcov))
    assert ours.standard_errors["K"] == pytest.approx(errors[0], rel=1e-2)


def test_known_logistic_is_recovered_and_band_covers_the_curve():
    rng = np.random.default_rng(7)
    years = np.arange(1990, 2015, dtype=float)
    truth = 5000 / (1 + np.exp(-0.35 * (years - 2002)))
    values = truth + rng.normal(0, 40, years.size)
    result = lf.fit_series(years, values, extend=5)
    logistic = result.fits["logistic"]
    assert logistic.parameters["K"] == pytest.approx(5000, rel=0.02)
    assert logistic.parameters["r"] == pytest.approx(0.35, rel=0.05)
    assert logistic.parameters["t0"] == pytest.approx(2002, abs=0.3)
    assert logistic.r2 > 0.99
    assert result.beats_line
    assert result.chosen in ("logistic", "gompertz", "bass")
    assert np.all(logistic.band_low <= logistic.curve) and np.all(
        logistic.curve <= logistic.band_high
    )
    assert logistic.curve_years[-1] == 2019
    # far on the plateau the band is the saturation's own interval: t(n-k) * SE(K)
    half = logistic.band_high[-1] - logistic.curve[-1]
    t_quantile = 2.0738730679040147  # scipy.stats.t.ppf(0.975, 22)
    assert half == pytest.approx(t_quantile * logistic.standard_errors["K"], rel=0.05)
    assert abs(logistic.parameters["K"] - 5000) < 3 * logistic.standard_errors["K"]


def test_known_bass_diffusion_is_recovered():
    years = np.arange(2000, 2016, dtype=float)
    u = years - 2000
    p, q, m, y0 = 0.03, 0.5, 800.0, 100.0
    decay = np.exp(-(p + q) * u)
    values = y0 + m * (1 - decay) / (1 + q / p * decay)
    values = values * (1 + 0.002 * np.sin(np.arange(years.size)))
    bass = lf.fit_series(years, values, models=("bass",)).fits["bass"]
    assert bass.ok, bass.reason
    assert bass.parameters["m"] == pytest.approx(m, rel=0.03)
    assert bass.derived["saturation"] == pytest.approx(y0 + m, rel=0.02)
    assert bass.derived["inflection_year"] == pytest.approx(2000 + np.log(q / p) / (p + q), abs=0.3)


def test_honest_no_fit_for_short_flat_or_non_positive_series():
    short = lf.fit_series([2010, 2011, 2012, 2013, 2014], [1, 2, 3, 4, 5.0])
    assert short.chosen is None and "only 5 years" in short.reason
    flat = lf.fit_series(np.arange(2007, 2017), 1000 + np.tile([1.0, -1.0], 5))
    assert flat.chosen is None and "flat" in flat.reason
    negative = lf.fit_series(np.arange(2007, 2017), np.linspace(-5, 5, 10))
    assert negative.chosen is None and "negative" in negative.reason


def test_a_straight_line_has_no_bend_to_fit():
    years = np.arange(2007, 2017, dtype=float)
    result = lf.fit_series(years, 1000 + 30 * (years - 2007) + np.tile([2.0, -2.0], 5))
    assert result.chosen is None or not result.beats_line
    assert "no S-curve is pinned down" in result.reason or "bend is not certain" in result.reason


def test_missing_years_are_left_out_and_listed():
    years, values = series("eu", "IS", "A")
    assert np.isnan(values[0])
    result = lf.fit_series(years, values)
    assert result.omitted_years == (2007,)
    assert result.years[0] == 2008


def test_bad_input_is_refused():
    with pytest.raises(lf.FitError, match="increasing"):
        lf.fit_series([2001, 2000, 2002], [1, 2, 3])
    with pytest.raises(lf.FitError, match="same length"):
        lf.fit_series([2001, 2002], [1.0])
    with pytest.raises(ValueError, match="criterion"):
        lf.fit_series([2001, 2002], [1.0, 2.0], criterion="r2")
    with pytest.raises(lf.FitError, match="0 < value"):
        lf.linearised_logistic([2001, 2002, 2003], [1.0, 2.0, 3.0], y_max=2.5)


def test_criterion_choice_is_reported():
    years, values = series("eu", "PL", "M_N")
    by_aicc = lf.fit_series(years, values, criterion="aicc")
    by_bic = lf.fit_series(years, values, criterion="bic")
    assert "AICC" in by_aicc.reason and "BIC" in by_bic.reason
    best = by_bic.best
    assert best.bic == min(f.bic for f in by_bic.fits.values() if f.ok)
