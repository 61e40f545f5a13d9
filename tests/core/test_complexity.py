"""Capabilities (RCA, M, proximity, density, ECI, PCI, outlook) against ecomplexity and EconGeo."""

import numpy as np
import pytest
import reference_values as ref
from analysis_data import europe, germany
from numpy.testing import assert_allclose

from desktop_app.core.analysis_cube import Reason
from desktop_app.core.complexity import complexity, eci_pci, outlook, outlook_gain

CASES = [("DE", germany, 2014), ("EU", europe, 2016)]


def _reference(label, name, year):
    return np.asarray(getattr(ref, f"ECX_{label}_{name}_{year}"))


@pytest.mark.parametrize(("label", "load", "year"), CASES)
def test_matches_ecomplexity(label, load, year):
    cube = load()
    result = complexity(cube.values)
    t = cube.years.index(year)
    n_r, n_i = len(cube.regions), len(cube.industries)
    assert_allclose(result.rca[..., t].ravel(), _reference(label, "RCA", year), rtol=1e-12)
    assert_allclose(result.eci[:, t], _reference(label, "ECI", year), rtol=1e-6, atol=1e-9)
    assert_allclose(result.pci[:, t], _reference(label, "PCI", year), rtol=1e-6, atol=1e-9)
    assert_allclose(result.density[..., t].ravel(), _reference(label, "DENSITY", year), rtol=1e-12)
    proximity = _reference(label, "PROXIMITY", year).reshape(n_i, n_i)
    assert_allclose(result.proximity[..., t], proximity, rtol=1e-12)
    assert result.rca.shape == (n_r, n_i, len(cube.years))


@pytest.mark.parametrize(("label", "load", "year"), CASES)
def test_outlook_equals_ecomplexity_up_to_its_pci_offset(label, load, year):
    """ecomplexity weights outlook with the PCI before normalisation (docs/analysis.md).

    Its raw PCI is the eigenvector itself, which equals our PCI plus an offset c; the offset is
    found from the eigen-equation M~ (pci + c) = lambda (pci + c) of the row-stochastic M~.
    """
    cube = load()
    t = cube.years.index(year)
    result = complexity(cube.values[..., t])
    m, pci = result.m, result.pci
    u, d = m.sum(axis=0), m.sum(axis=1)
    transition = (m / u).T @ (m / d[:, None])
    (lam, shift), *_ = np.linalg.lstsq(np.c_[pci, np.ones_like(pci)], transition @ pci, rcond=None)
    raw = pci + shift / (lam - 1)
    assert_allclose(transition @ raw, lam * raw, atol=1e-9)
    assert_allclose(
        outlook_gain(m, result.proximity, raw).ravel(),
        _reference(label, "COG", year),
        rtol=1e-6,
        atol=1e-9,
    )
    coi = outlook(m, result.density, raw)
    assert_allclose(
        (coi - coi.mean()) / coi.std(), _reference(label, "COI", year), rtol=1e-6, atol=1e-9
    )


def test_diversity_and_ubiquity_match_econgeo():
    result = complexity(germany().year(2014))
    assert_allclose(result.diversity, ref.ECONGEO_DIVERSITY_2014)
    assert_allclose(result.ubiquity, ref.ECONGEO_UBIQUITY_2014)


def test_eci_and_pci_of_a_nested_matrix_worked_by_hand():
    """Region 1 is specialised in industries 1-3, region 2 in 1-2, region 3 in 1 only.

    By hand: M~_rr' = sum_p M_rp M_r'p / (k_r k_p) = [[11, 5, 2]/18, [5, 5, 2]/12, [1, 1, 1]/3];
    trace 49/36 and determinant 1/36 give the eigenvalues 1, 1/4 and 1/9; (M~ - I/4) v = 0 gives
    v = (2, -1, -4) (signed to rise with diversity), mean -1, population std sqrt(6), so
    ECI = (3, 0, -3) / sqrt(6). ECI is the mean PCI of a region's specialisations: region 3
    gives PCI_1 = ECI_3, region 2 then PCI_2, region 1 PCI_3 = 3 ECI_1 - PCI_1 - PCI_2.
    """
    m = np.array([[1, 1, 1], [1, 1, 0], [1, 0, 0]], dtype=float)
    eci, pci = eci_pci(m)
    a = 3 / np.sqrt(6)
    assert_allclose(eci, [a, 0, -a], atol=1e-12)
    assert_allclose(pci, [-a, a, 3 * a], atol=1e-12)


def test_missing_country_is_not_specialised_and_has_no_eci_that_year():
    eu = europe()
    result = complexity(eu.values)
    iceland = eu.regions.index("IS")
    assert result.diversity[iceland, 0] == 0
    assert np.isnan(result.eci[iceland, 0])
    assert result.left_out["eci"].reason[iceland, 0] == Reason.NO_SPECIALISATION
    assert result.left_out["rca"].reason[iceland, 0, 0] == Reason.MISSING_VALUE
    assert not np.isnan(result.eci[:, 1:]).any()
    assert not np.isnan(result.outlook).any() and not np.isnan(result.outlook_gain).any()
