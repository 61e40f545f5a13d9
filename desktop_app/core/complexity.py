"""Capabilities: revealed comparative advantage, relatedness, density and economic complexity.

All years are computed at once from ``values[r, i(, t)]``; products over regions use stacked
matrix products, and the eigenvector step works on the smaller of the two symmetric Gram
matrices. Conventions follow the Atlas of Economic Complexity (Hausmann, Hidalgo et al. 2014)
and its reference implementation, the Python package ``ecomplexity``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.linalg import eigh

from desktop_app.core.analysis_cube import LeftOut, Reason, as_cube, combine, safe_divide
from desktop_app.core.location_quotients import location_quotients

__all__ = [
    "Complexity",
    "complexity",
    "density",
    "eci_pci",
    "outlook",
    "outlook_gain",
    "proximity",
    "specialisation_matrix",
]


@dataclass(frozen=True)
class Complexity:
    """Every capability indicator for the regions, industries (and years) given.

    Arrays have the year axis last; ``proximity`` is (industries, industries[, years]).
    ``left_out`` maps an indicator name ("rca", "density", "eci", "pci") to its reasons;
    the others (M, diversity, ubiquity, proximity, outlook, outlook_gain) hold no NaN.
    """

    rca: np.ndarray
    m: np.ndarray
    diversity: np.ndarray
    ubiquity: np.ndarray
    proximity: np.ndarray
    density: np.ndarray
    eci: np.ndarray
    pci: np.ndarray
    outlook: np.ndarray
    outlook_gain: np.ndarray
    left_out: dict[str, LeftOut]


def specialisation_matrix(rca: np.ndarray, threshold: float = 1.0) -> np.ndarray:
    """Binary M: 1 where RCA >= threshold, 0 elsewhere (also where RCA was left out)."""
    return (np.nan_to_num(rca) >= threshold).astype(float)


def _years_first(a: np.ndarray) -> np.ndarray:
    """(r, i[, t]) -> (t, r, i) for stacked matrix products, each year one contiguous block."""
    return a[np.newaxis] if a.ndim == 2 else np.ascontiguousarray(np.moveaxis(a, -1, 0))


def _years_last(a: np.ndarray, ndim: int) -> np.ndarray:
    return a[0] if ndim == 2 else np.moveaxis(a, 0, -1)


def proximity(m: np.ndarray) -> np.ndarray:
    """Proximity of every pair of industries: how often regions are specialised in both.

    Notes
    -----
    phi_ij = sum_r M_ri M_rj / max(u_i, u_j) with u the ubiquity (Hidalgo et al. 2007);
    phi_ii = 1 for an industry somebody is specialised in, 0 for none (``ecomplexity``
    ``calc_discrete_proximity``). Shape (i, i[, t]). ``m`` is the binary M matrix: the
    co-occurrences are counted in single precision, exact for 0/1 entries.
    """
    stacked = _years_first(m)
    # counts of regions: exact in single precision (below 2**24), at twice the speed
    single = stacked.astype(np.float32)
    co_occurrence = np.matmul(np.swapaxes(single, 1, 2), single).astype(float)
    ubiquity = stacked.sum(axis=1)
    larger = np.maximum(ubiquity[:, :, np.newaxis], ubiquity[:, np.newaxis, :])
    phi = np.divide(co_occurrence, larger, out=np.zeros_like(co_occurrence), where=larger > 0)
    return phi[0] if m.ndim == 2 else np.moveaxis(phi, 0, -1)


def density(m: np.ndarray, phi: np.ndarray) -> np.ndarray:
    """Relatedness density: the share of an industry's relatedness the region already holds.

    Notes
    -----
    d_ri = sum_j M_rj phi_ij / sum_j phi_ij (Hidalgo et al. 2007; ``ecomplexity`` density;
    EconGeo ``relatedness_density`` gives 100 d rounded to 2 digits). NaN for an industry with
    no relatedness at all (nobody is specialised in it).
    """
    stacked_m = _years_first(m)
    stacked_phi = phi[np.newaxis] if phi.ndim == 2 else np.moveaxis(phi, -1, 0)
    weight = stacked_phi.sum(axis=1)[:, np.newaxis, :]
    d = safe_divide(np.matmul(stacked_m, stacked_phi), weight)
    return _years_last(d, m.ndim)


def eci_pci(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Economic complexity of regions (ECI) and of industries (PCI) by the eigenvector method.

    Notes
    -----
    PCI is the eigenvector of the second largest eigenvalue of M~_pp' = sum_r M_rp M_rp' /
    (k_r k_p); ECI_r = sum_p M_rp PCI_p / k_r. The sign makes ECI correlate positively with
    diversity; both are standardised with the mean and standard deviation of ECI (the
    ``ecomplexity`` and Stata ``ecomplexity`` convention, so ECI is the average PCI of a
    region's specialisations). Regions with diversity 0 and industries with ubiquity 0 are NaN.
    The eigenvector is taken from the symmetric matrix K_p^-1/2 M' K_r^-1 M K_p^-1/2 (or its
    region-side twin when there are fewer regions), which has the same eigenvalues. When
    regions and industries split into groups that share no specialisation, the second
    eigenvalue is 1 and ECI separates the groups rather than ranking complexity.
    """
    stacked = _years_first(m)
    eci = np.full(stacked.shape[:2], np.nan)
    pci = np.full((stacked.shape[0], stacked.shape[2]), np.nan)
    for t, mt in enumerate(stacked):
        div, ubi = mt.sum(axis=1), mt.sum(axis=0)
        rows, cols = div > 0, ubi > 0
        if rows.sum() < 2 or cols.sum() < 2:
            continue
        mv = mt[np.ix_(rows, cols)]
        a = mv / np.sqrt(div[rows])[:, np.newaxis] / np.sqrt(ubi[cols])[np.newaxis, :]
        if a.shape[1] <= a.shape[0]:
            w = _second_eigenvector(a.T @ a)
        else:
            w = a.T @ _second_eigenvector(a @ a.T)
        kp = w / np.sqrt(ubi[cols])
        kc = (mv / div[rows][:, np.newaxis]) @ kp
        if np.mean((div[rows] - div[rows].mean()) * (kc - kc.mean())) < 0:
            kp, kc = -kp, -kc
        mean, std = kc.mean(), kc.std()
        if not std > 0:
            continue
        eci[t, rows] = (kc - mean) / std
        pci[t, cols] = (kp - mean) / std
    return _years_last(eci, m.ndim), _years_last(pci, m.ndim)


def _second_eigenvector(gram: np.ndarray) -> np.ndarray:
    """Eigenvector of the second largest eigenvalue of a symmetric matrix (only that one)."""
    n = gram.shape[0]
    return eigh(gram, subset_by_index=(n - 2, n - 2), driver="evx")[1][:, 0]


def outlook(m: np.ndarray, d: np.ndarray, pci: np.ndarray) -> np.ndarray:
    """Complexity outlook: how much complexity lies close to a region's current capabilities.

    Notes
    -----
    COI_r = sum_p (1 - M_rp) d_rp PCI_p (Hausmann et al. 2014); industries without a PCI or
    density contribute nothing.
    """
    terms = (1.0 - m) * d * np.expand_dims(pci, 0)
    return np.nansum(terms, axis=1)


def outlook_gain(m: np.ndarray, phi: np.ndarray, pci: np.ndarray) -> np.ndarray:
    """Complexity outlook gain: how much entering an industry would raise a region's outlook.

    Notes
    -----
    COG_rp = (1 - M_rp) sum_p' phi_pp' / (sum_p'' phi_p''p') (1 - M_rp') PCI_p'
    (Hausmann et al. 2014; ``ecomplexity`` ``calc_coi_cog``).
    """
    stacked_m = _years_first(m)
    stacked_phi = phi[np.newaxis] if phi.ndim == 2 else np.moveaxis(phi, -1, 0)
    stacked_pci = pci[np.newaxis] if pci.ndim == 1 else np.moveaxis(pci, -1, 0)
    weight = safe_divide(np.nan_to_num(stacked_pci), stacked_phi.sum(axis=2))
    absent = 1.0 - stacked_m
    gain = absent * np.matmul(absent * np.nan_to_num(weight)[:, np.newaxis, :], stacked_phi)
    return _years_last(gain, m.ndim)


def complexity(values, threshold: float = 1.0) -> Complexity:
    """Compute every capability indicator from ``values[r, i(, t)]`` (reference: sum of regions).

    Missing cells count as zero (no specialisation); see the functions above for each formula.
    """
    values = as_cube(values)
    lq = location_quotients(values)
    m = specialisation_matrix(lq.lq, threshold)
    diversity, ubiquity = m.sum(axis=1), m.sum(axis=0)
    phi = proximity(m)
    d = density(m, phi)
    eci, pci = eci_pci(m)
    ubiquity_zero = np.broadcast_to(np.expand_dims(ubiquity, 0) == 0, values.shape)
    undefined = np.expand_dims(np.isnan(eci).all(axis=0), 0)
    left_out = {
        "rca": lq.left_out,
        "density": combine(values.shape, (ubiquity_zero, Reason.NOT_SPECIALISED_ANYWHERE)),
        "eci": combine(
            diversity.shape,
            (diversity == 0, Reason.NO_SPECIALISATION),
            (undefined, Reason.TOO_FEW_FOR_COMPLEXITY),
        ),
        "pci": combine(
            ubiquity.shape,
            (ubiquity == 0, Reason.NOT_SPECIALISED_ANYWHERE),
            (undefined, Reason.TOO_FEW_FOR_COMPLEXITY),
        ),
    }
    return Complexity(
        rca=lq.lq,
        m=m,
        diversity=diversity,
        ubiquity=ubiquity,
        proximity=phi,
        density=d,
        eci=eci,
        pci=pci,
        outlook=outlook(m, d, pci),
        outlook_gain=outlook_gain(m, phi, pci),
        left_out=left_out,
    )
