"""Growth rates and CAGR of the German Länder, checked against REAT growth."""

import numpy as np
import reference_values as ref
from analysis_data import europe, germany
from numpy.testing import assert_allclose

from desktop_app.core.analysis_cube import Reason
from desktop_app.core.growth import annual_growth, cagr, growth_rate


def test_growth_rate_matches_reat_growth():
    totals = germany().values.sum(axis=1)
    result = growth_rate(totals[:, 0], totals[:, -1])
    assert_allclose(result.rate, ref.REAT_GROWTH_RATE, rtol=1e-12)
    assert result.left_out.count == 0


def test_cagr_compounds_back_to_the_total_change():
    totals = germany().values.sum(axis=1)
    rate = cagr(totals[:, 0], totals[:, -1], periods=6).rate
    assert_allclose((1 + rate) ** 6 - 1, ref.REAT_GROWTH_RATE, rtol=1e-12)


def test_annual_growth_leaves_out_growth_from_a_missing_year():
    eu = europe()
    result = annual_growth(eu.values)
    iceland = eu.regions.index("IS")
    assert result.rate.shape == (30, 10, 9)
    assert (result.left_out.reason[iceland, :, 0] == Reason.ZERO_BASE).all()
    assert not np.isnan(result.rate[iceland, :, 1:]).any()
    assert result.left_out.summary() == {
        "base value is zero or missing, so growth is undefined": 10
    }
