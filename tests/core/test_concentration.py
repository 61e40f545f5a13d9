"""Specialisation and concentration indices on the German Länder 2014, against REAT and EconGeo."""

import numpy as np
import reference_values as ref
from analysis_data import europe, germany
from numpy.testing import assert_allclose

from desktop_app.core.analysis_cube import Reason
from desktop_app.core.concentration import (
    ellison_glaeser,
    entropy_variety,
    equal_size_plant_herfindahl,
    gini,
    herfindahl,
    hoover,
    krugman_dissimilarity,
    krugman_specialisation,
    theil,
)

# Eurostat's A*3 aggregation of the A*10 sections: agriculture; industry and construction;
# services. The demo industries appear in this order: A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U.
A3_GROUPS = [0, 1, 1, 2, 2, 2, 2, 2, 2, 2]


def _de2014():
    return germany().year(2014)


def test_herfindahl_matches_reat_herf_and_econgeo_herfindahl():
    value = herfindahl(_de2014()).value
    assert_allclose(value, ref.REAT_HERF_2014, rtol=1e-12)
    assert_allclose(value, ref.ECONGEO_HERFINDAHL_2014, rtol=1e-12)


def test_theil_and_gini_match_reat():
    assert_allclose(theil(_de2014()).value, ref.REAT_THEIL_2014, rtol=1e-12)
    assert_allclose(gini(_de2014()).value, ref.REAT_GINI_2014, rtol=1e-12)


def test_locational_gini_matches_econgeo_to_its_three_rounded_digits():
    # EconGeo gini rounds to 3 digits (docs/analysis.md); our value is unrounded.
    assert_allclose(gini(_de2014(), axis=0).value, ref.ECONGEO_GINI_2014, atol=5e-4)


def test_krugman_matches_reat_and_econgeo():
    value = krugman_specialisation(_de2014()).value
    assert_allclose(value, ref.REAT_KRUGMAN_2014, rtol=1e-12)
    assert_allclose(value, ref.ECONGEO_KRUGMAN_INDEX_2014, rtol=1e-12)
    assert_allclose(value / 2, ref.ECONGEO_SPEC_COEFF_2014, rtol=1e-12)
    eu = europe().year(2016)
    assert_allclose(krugman_specialisation(eu).value, ref.ECONGEO_EU_KRUGMAN_INDEX_2016, rtol=1e-12)


def test_krugman_dissimilarity_matches_reat_pairwise():
    de = germany()
    pairs = krugman_dissimilarity(de.values).value
    assert pairs.shape == (16, 16, 7)
    saxony = de.regions.index("Freistaat Sachsen")
    assert_allclose(pairs[saxony, :, -1], ref.REAT_KRUGMAN_SACHSEN_VS_2014, rtol=1e-12, atol=1e-15)
    assert_allclose(pairs[..., -1], pairs[..., -1].T)


def test_hoover_matches_reat_and_econgeo():
    value = hoover(_de2014()).value
    assert_allclose(value, ref.REAT_HOOVER_2014, rtol=1e-12)
    assert_allclose(100 * value, ref.ECONGEO_HOOVER_INDEX_2014, atol=5e-3)


def test_ellison_glaeser_matches_reat_ellison_a():
    values = _de2014()
    plants = herfindahl(values, axis=0).value  # each Land-industry cell taken as one plant
    assert_allclose(ellison_glaeser(values, plants).value, ref.REAT_ELLISON_2014, rtol=1e-10)


def test_ellison_glaeser_without_plant_data_is_left_out():
    result = ellison_glaeser(_de2014(), np.full(10, np.nan))
    assert np.isnan(result.value).all()
    assert result.left_out.summary() == {"needs the plant-size Herfindahl of the industry": 10}


def test_entropy_matches_econgeo_and_splits_into_related_and_unrelated_variety():
    result = entropy_variety(_de2014(), A3_GROUPS)
    assert_allclose(result.total, ref.ECONGEO_ENTROPY_2014, atol=5e-4)  # EconGeo rounds to 3
    assert_allclose(result.related + result.unrelated, result.total, rtol=1e-12)
    assert (result.related > result.unrelated).all()  # services dominate every Land


def test_missing_country_is_left_out_of_every_index_for_that_year():
    eu = europe()
    iceland, first = eu.regions.index("IS"), eu.years.index(2007)
    for index in (herfindahl(eu.values), theil(eu.values), gini(eu.values)):
        assert index.left_out.reason[iceland, first] == Reason.MISSING_VALUE
        assert np.isnan(index.value[iceland, first])
        assert index.left_out.count == 1
    industry = hoover(eu.values)
    assert (industry.left_out.reason[:, first] == Reason.MISSING_VALUE).all()
    assert not np.isnan(industry.value[:, 1:]).any()


def test_establishment_counts_give_the_equal_size_plant_herfindahl():
    counts = np.array([[3.0, 0.0, 1.0], [1.0, 0.0, np.nan]])
    h = equal_size_plant_herfindahl(counts)
    assert_allclose(h[0], 0.25)
    assert np.isnan(h[1]) and np.isnan(h[2])
    result = ellison_glaeser(np.array([[30.0, 1.0, 2.0], [10.0, 1.0, 2.0]]), h)
    assert result.left_out.summary() == {"needs the plant-size Herfindahl of the industry": 2}
