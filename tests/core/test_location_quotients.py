"""Location quotients on the German Länder, checked against REAT locq and EconGeo."""

import numpy as np
import pytest
import reference_values as ref
from analysis_data import europe, germany
from numpy.testing import assert_allclose

from desktop_app.core.analysis_cube import AnalysisInputError, Reason
from desktop_app.core.location_quotients import location_quotients


def test_lq_matches_reat_locq_for_saxony_against_sum_of_laender():
    de = germany()
    result = location_quotients(de.values)
    saxony = de.regions.index("Freistaat Sachsen")
    assert_allclose(
        result.lq[saxony, :, de.years.index(2014)], ref.REAT_LOCQ_SACHSEN_2014, rtol=1e-12
    )


def test_lq_matches_econgeo_location_quotient_for_all_regions():
    de, eu = germany(), europe()
    assert_allclose(location_quotients(de.year(2014)).lq.ravel(), ref.ECONGEO_LQ_2014, rtol=1e-12)
    assert_allclose(
        location_quotients(eu.year(2016)).lq.ravel(), ref.ECONGEO_EU_LQ_2016, rtol=1e-12
    )


def test_reference_region_gives_lq_one_for_itself():
    de = germany().year(2014)
    result = location_quotients(de, reference=de[0])
    assert_allclose(result.lq[0], 1.0)
    assert result.left_out.count == 0


def test_missing_iceland_2007_is_left_out_with_its_reason():
    eu = europe()
    result = location_quotients(eu.values)
    iceland, first = eu.regions.index("IS"), eu.years.index(2007)
    assert np.isnan(result.lq[iceland, :, first]).all()
    assert (result.left_out.reason[iceland, :, first] == Reason.MISSING_VALUE).all()
    assert result.left_out.summary() == {"value missing or suppressed": 10}
    assert not np.isnan(np.delete(result.lq, iceland, axis=0)).any()


def test_zero_industry_in_reference_is_left_out():
    values = np.array([[5.0, 0.0], [3.0, 0.0]])
    result = location_quotients(values)
    assert (result.left_out.reason[:, 1] == Reason.ABSENT_IN_REFERENCE).all()
    assert_allclose(result.lq[:, 0], 1.0)


def test_negative_value_is_refused_with_its_index():
    with pytest.raises(AnalysisInputError, match=r"index \(1, 0\)"):
        location_quotients([[1.0, 2.0], [-1.0, 3.0]])
