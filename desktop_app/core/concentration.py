"""Specialisation of regions and concentration of industries: one number per distribution.

Each index reduces one axis of ``values[r, i(, t)]``: ``axis=1`` describes a region's industry
structure (specialisation, diversification), ``axis=0`` an industry's spread over regions
(concentration). Missing-value policy: an index is not computed on part of a distribution, so a
distribution with a missing cell is left out (``MISSING_VALUE``), as is an empty one
(``EMPTY_REGION``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial.distance import pdist, squareform

from desktop_app.core.analysis_cube import (
    AnalysisInputError,
    LeftOut,
    Reason,
    as_cube,
    combine,
    safe_divide,
)
from desktop_app.texts import Text

__all__ = [
    "Index",
    "Variety",
    "ellison_glaeser",
    "equal_size_plant_herfindahl",
    "entropy_variety",
    "gini",
    "herfindahl",
    "hoover",
    "krugman_dissimilarity",
    "krugman_specialisation",
    "theil",
]


@dataclass(frozen=True)
class Index:
    """One index value per distribution (NaN where left out) and the reasons."""

    value: np.ndarray
    left_out: LeftOut


@dataclass(frozen=True)
class Variety:
    """Entropy decomposition (bits): total = related + unrelated."""

    total: np.ndarray
    related: np.ndarray
    unrelated: np.ndarray
    left_out: LeftOut


def _distribution(values, axis: int) -> tuple[np.ndarray, LeftOut]:
    """Shares along ``axis`` (missing cells as zero) and the reasons per reduced cell."""
    values = as_cube(values)
    missing = np.isnan(values)
    filled = np.where(missing, 0.0, values) if missing.any() else values
    total = filled.sum(axis=axis, keepdims=True)
    share = np.divide(filled, total, out=np.zeros_like(filled), where=total != 0)
    left_out = combine(
        tuple(np.delete(values.shape, axis)),
        (missing.any(axis=axis), Reason.MISSING_VALUE),
        (np.squeeze(total, axis=axis) == 0, Reason.EMPTY_REGION),
    )
    return share, left_out


def _index(value: np.ndarray, left_out: LeftOut) -> Index:
    value = np.array(value, dtype=float)
    value[left_out.mask] = np.nan
    return Index(value, left_out)


def _reference_shares(values: np.ndarray, reference, axis: int) -> np.ndarray:
    """Shares of the reference distribution, broadcastable against ``values`` shares."""
    if reference is None:
        reference = np.nansum(values, axis=1 - axis)
    reference = as_cube(reference, "reference", ndim=(values.ndim - 1,))
    expected = tuple(np.delete(values.shape, 1 - axis))
    if reference.shape != expected:
        raise AnalysisInputError(Text(
            "reference has shape {shape}; expected {expected}",
            shape=reference.shape,
            expected=expected,
        ))
    reference = np.expand_dims(reference, 1 - axis)
    return np.nan_to_num(safe_divide(reference, np.nansum(reference, axis=axis, keepdims=True)))


def herfindahl(values, axis: int = 1) -> Index:
    """Hirschman-Herfindahl index ``sum s^2`` of the shares along ``axis``.

    Notes
    -----
    1/n for an even spread over n cells, 1 for everything in one. REAT ``herf``; EconGeo
    ``herfindahl`` (regions in rows, ``axis=1``).
    """
    share, left_out = _distribution(values, axis)
    return _index(np.sum(share**2, axis=axis), left_out)


def krugman_specialisation(values, reference=None) -> Index:
    """Krugman specialisation index of each region against a reference structure.

    Parameters
    ----------
    values : array_like, shape (regions, industries[, years])
    reference : array_like, shape (industries[, years]), optional
        Default: the sum of the regions.

    Notes
    -----
    K_r = sum_i |s_ri - S_i| in [0, 2] (Krugman 1991; REAT ``krugman.spec`` with the reference
    as ``e_il``; EconGeo ``krugman_index``; EconGeo ``spec_coeff`` is K_r / 2).
    """
    share, left_out = _distribution(values, 1)
    reference_share = _reference_shares(np.asarray(values, float), reference, 1)
    return _index(np.sum(np.abs(share - reference_share), axis=1), left_out)


def krugman_dissimilarity(values) -> Index:
    """Krugman dissimilarity between every pair of regions: ``K[r, q] = sum_i |s_ri - s_qi|``.

    Returns an Index of shape (regions, regions[, years]); a pair is left out when either
    region's structure is. REAT ``krugman.spec(e_ij, e_il)`` for one pair.
    """
    share, left_out = _distribution(values, 1)
    stacked = share[..., np.newaxis] if share.ndim == 2 else share
    # one contiguous (regions, industries) block per year: pdist reads a strided slice
    # about seven times slower
    by_year = np.ascontiguousarray(np.moveaxis(stacked, -1, 0))
    value = np.stack([squareform(pdist(year, "cityblock")) for year in by_year], axis=-1)
    value = value[..., 0] if share.ndim == 2 else value
    reason = np.maximum(left_out.reason[:, np.newaxis], left_out.reason[np.newaxis, :])
    return _index(value, LeftOut(reason))


def theil(values, axis: int = 1) -> Index:
    """Theil inequality of the values along ``axis``: ``mean(ln(mean / x))``.

    Notes
    -----
    The mean logarithmic deviation (Theil's second measure, GE(0)), as REAT ``theil``
    computes it; 0 for an even spread. Left out when a value is zero (``NON_POSITIVE_VALUE``).
    """
    values = as_cube(values)
    _, left_out = _distribution(values, axis)
    positive = np.where(values > 0, values, np.nan)
    mean = np.nansum(values, axis=axis, keepdims=True) / values.shape[axis]
    value = np.mean(np.log(mean / positive), axis=axis)
    reason = left_out.reason.copy()
    reason[(reason == Reason.KEPT) & ~(values > 0).all(axis=axis)] = Reason.NON_POSITIVE_VALUE
    return _index(value, LeftOut(reason))


def gini(values, axis: int = 1) -> Index:
    """Gini coefficient of the values along ``axis`` (0 even, (n-1)/n all in one cell).

    Notes
    -----
    G = 1 - (1/n) sum_k (Y_{k-1} + Y_k), Y_k the cumulative share of the k smallest values
    (REAT ``gini`` without weighting; EconGeo ``gini`` per industry is the same with
    ``axis=0``, rounded to 3 digits).
    """
    share, left_out = _distribution(values, axis)
    n = share.shape[axis]
    cumulative = np.cumsum(np.sort(share, axis=axis), axis=axis)
    value = 1.0 - (2.0 * np.sum(cumulative, axis=axis) - 1.0) / n
    return _index(value, left_out)


def hoover(values, reference=None) -> Index:
    """Hoover concentration of each industry over the regions against a reference spread.

    Parameters
    ----------
    values : array_like, shape (regions, industries[, years])
    reference : array_like, shape (regions[, years]), optional
        Default: the regions' totals (so the index says how differently from all activity an
        industry is spread). Pass population or area for other comparisons.

    Notes
    -----
    H_i = 1/2 sum_r |e_ri / e_i - w_r / W| in [0, 1) (Hoover 1936; REAT ``hoover(x, ref)``;
    EconGeo ``hoover_index`` gives 100 H rounded to 2 digits).
    """
    share, left_out = _distribution(values, 0)
    reference_share = _reference_shares(np.asarray(values, float), reference, 0)
    return _index(0.5 * np.sum(np.abs(share - reference_share), axis=0), left_out)


def ellison_glaeser(values, plant_herfindahl) -> Index:
    """Ellison-Glaeser agglomeration index (gamma) of each industry.

    Parameters
    ----------
    values : array_like, shape (regions, industries[, years])
    plant_herfindahl : array_like, shape (industries[, years])
        Herfindahl of the plant sizes in each industry (from establishment data); NaN where it
        is not known: that industry is left out (``NEEDS_PLANT_DATA``).

    Notes
    -----
    G_i = sum_r (s_ri - x_r)^2 with s_ri = e_ri / e_i and x_r = e_r / e;
    gamma_i = (G_i - (1 - sum x_r^2) H_i) / ((1 - sum x_r^2)(1 - H_i))
    (Ellison and Glaeser 1997; REAT ``ellison.a``).
    """
    values = as_cube(values)
    share, left_out = _distribution(values, 0)
    region_share = _reference_shares(values, None, 0)
    h = np.asarray(plant_herfindahl, float)
    if h.shape != share.shape[1:]:
        raise AnalysisInputError(
            Text(
                "plant_herfindahl has shape {shape}; expected {shape2}",
                shape=h.shape,
                shape2=share.shape[1:],
            )
        )
    spread = np.sum((share - region_share) ** 2, axis=0)
    base = 1.0 - np.sum(region_share**2, axis=0)
    value = (spread - base * h) / (base * (1.0 - h))
    reason = left_out.reason.copy()
    reason[(reason == Reason.KEPT) & ~((h >= 0) & (h < 1))] = Reason.NEEDS_PLANT_DATA
    return _index(value, LeftOut(reason))


def equal_size_plant_herfindahl(establishments) -> np.ndarray:
    """Plant-size Herfindahl of each industry when only establishment counts are known.

    Parameters
    ----------
    establishments : array_like, shape (regions, industries[, years])
        Number of establishments per region and industry (NaN = unknown).

    Returns
    -------
    numpy.ndarray, shape (industries[, years])
        1 / N_i, the Herfindahl of N_i plants of equal size (its lower bound: real plant sizes
        are unequal, so this understates H and overstates gamma); NaN where the count is
        unknown in some region or zero in all of them, so ``ellison_glaeser`` leaves it out.
    """
    counts = as_cube(establishments, "establishments")
    total = np.nansum(counts, axis=0)
    h = safe_divide(np.ones_like(total), total)
    h[np.isnan(counts).any(axis=0)] = np.nan
    return h


def entropy_variety(values, groups) -> Variety:
    """Entropy of each region's industry structure, split into related and unrelated variety.

    Parameters
    ----------
    values : array_like, shape (regions, industries[, years])
    groups : array_like of int, shape (industries,)
        The parent of each industry in the classification hierarchy (any integer label).

    Notes
    -----
    Frenken, Van Oort and Verburg (2007), in bits: total E = sum_i s_i log2(1/s_i);
    unrelated variety UV = sum_g P_g log2(1/P_g) with P_g the share of group g; related variety
    RV = sum_g P_g H_g with H_g the entropy of the shares within g. E = UV + RV exactly.
    EconGeo ``entropy`` gives E rounded to 3 digits (with log2(s + 1e-9)).
    """
    share, left_out = _distribution(values, 1)
    groups = np.asarray(groups)
    if groups.shape != (share.shape[1],):
        raise AnalysisInputError(
            Text(
                "groups must give one parent per industry ({shape}); got {shape2}",
                shape=share.shape[1],
                shape2=groups.shape,
            )
        )
    labels, index = np.unique(groups, return_inverse=True)
    indicator = np.zeros((share.shape[1], len(labels)))
    indicator[np.arange(share.shape[1]), index] = 1.0
    # sum of the shares within each group, as a matrix product over the industries
    group_share = np.moveaxis(np.moveaxis(share, 1, -1) @ indicator, -1, 1)
    total = _entropy_bits(share, axis=1)
    unrelated = _entropy_bits(group_share, axis=1)
    related = total - unrelated
    out = [np.where(left_out.mask, np.nan, a) for a in (total, related, unrelated)]
    return Variety(*out, left_out)


def _entropy_bits(share: np.ndarray, axis: int) -> np.ndarray:
    logs = np.log2(share, out=np.zeros_like(share), where=share > 0)  # 0 log 0 = 0
    return -(share * logs).sum(axis=axis)
