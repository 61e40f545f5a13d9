"""Signpost indicators, status and scenario counts against numbers worked out by hand."""

import numpy as np
import pytest

from desktop_app.core.analysis_cube import AnalysisInputError
from desktop_app.core.signposts import (
    Reading,
    change_sentence,
    indicator_values,
    latest_reading,
    plausibility,
    status_of,
)

YEARS = [2010, 2011, 2013, 2014]  # 2012 missing


def test_growth_compares_with_the_year_span_years_back_and_not_with_the_previous_row():
    values = [100.0, 110.0, 120.0, 90.0]
    got = indicator_values("growth", YEARS, values)
    # 2011: 110/100 - 1 = 10 %; 2013: no 2012; 2014: 90/120 - 1 = -25 %
    np.testing.assert_allclose(got, [np.nan, 10.0, np.nan, -25.0])
    two = indicator_values("growth", YEARS, values, span=3)
    # 2013 vs 2010: 120/100 - 1 = 20 %; 2014 vs 2011: 90/110 - 1 = -18.18 %
    np.testing.assert_allclose(two, [np.nan, np.nan, 20.0, -200 / 11])


def test_share_and_location_quotient():
    values, region = [20.0, 30.0, np.nan, 10.0], [100.0, 100.0, 100.0, 50.0]
    reference, reference_total = [200.0, 200.0, 200.0, 100.0], [2000.0, 1000.0, 1000.0, 1000.0]
    np.testing.assert_allclose(indicator_values("share", YEARS, values, region),
                               [20.0, 30.0, np.nan, 20.0])
    # (20/100) / (200/2000) = 2; (30/100) / (200/1000) = 1.5; (10/50) / (100/1000) = 2
    np.testing.assert_allclose(
        indicator_values("lq", YEARS, values, region, reference, reference_total),
        [2.0, 1.5, np.nan, 2.0])
    with pytest.raises(AnalysisInputError, match="region's total"):
        indicator_values("share", YEARS, values)


def test_status_at_the_threshold_counts_as_reached_and_nan_is_unknown():
    assert status_of(-2.0, "below", -2.0) == "reached"
    assert status_of(-1.9, "below", -2.0) == "not reached"
    assert status_of(5.0, "above", 5.0) == "reached"
    assert status_of(float("nan"), "above", 5.0) == "unknown"
    with pytest.raises(AnalysisInputError):
        status_of(1.0, "sideways", 0.0)


def test_latest_reading_takes_the_last_year_with_a_value():
    reading = latest_reading(YEARS, [1.0, 2.0, 7.0, np.nan], "above", 5.0)
    assert reading == Reading("reached", 2013, 7.0)
    assert latest_reading(YEARS, [1.0, 2.0, 7.0, np.nan], "above", 5.0, up_to=2012) == Reading(
        "not reached", 2011, 2.0)
    assert latest_reading(YEARS, [np.nan] * 4, "above", 5.0) == Reading("unknown")


def test_plausibility_counts_each_signpost_of_each_variant_in_the_scenario():
    statuses = {1: ["reached", "not reached"], 2: ["unknown"], 4: ["reached"]}
    a, b = plausibility([(1, 3), (2, 4)], statuses)
    assert (a.reached, a.not_reached, a.unknown) == (1, 1, 0)
    assert (b.reached, b.not_reached, b.unknown) == (1, 0, 1)


def test_change_sentences():
    assert change_sentence("Manufacturing jobs", "growth", "not reached",
                           Reading("reached", 2024, -4.1), "World economy: Decline") == (
        "Manufacturing jobs fell 4.1 % in 2024: signpost for World economy: Decline reached")
    assert change_sentence("ICT share", "share", "reached", Reading("not reached", 2020, 4.5),
                           "Economy: Growth") == (
        "ICT share was 4.5 % of the region in 2020: signpost for Economy: Growth no longer "
        "reached")
