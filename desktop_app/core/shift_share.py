"""Shift-share: split a region's growth into national share, industry mix and regional share.

Three variants, each with the detail by industry: classic (Dunn 1960), Esteban-Marquillas
(1972, competitive effect on homothetic employment plus allocation effect) and dynamic
(year-by-year sums, Barff and Knight 1988). Regions may be stacked on leading axes so that all
regions are decomposed in one call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.analysis_cube import (
    AnalysisInputError,
    LeftOut,
    Reason,
    combine,
    safe_divide,
)
from desktop_app.texts import Text

__all__ = ["METHODS", "ShiftShare", "dynamic_shift_share", "shift_share"]

METHODS = ("dunn", "esteban")
COMPONENTS = ("growth", "national_share", "industry_mix", "regional_share")


@dataclass(frozen=True)
class ShiftShare:
    """Totals (over the industries kept) and the same components by industry.

    With ``method == "esteban"`` ``regional_share`` is the competitive effect on homothetic
    employment and ``allocation`` holds the allocation effect; the two add up to the classic
    regional share. Otherwise ``allocation`` is None.
    """

    method: str
    growth: np.ndarray
    national_share: np.ndarray
    industry_mix: np.ndarray
    regional_share: np.ndarray
    by_industry: dict[str, np.ndarray]
    left_out: LeftOut
    allocation: np.ndarray | None = None
    by_year: list[ShiftShare] = field(default_factory=list)


def shift_share(region0, region1, reference0, reference1, method: str = "dunn") -> ShiftShare:
    """Decompose the change of a region (or of stacked regions) between two years.

    Parameters
    ----------
    region0, region1 : array_like, shape (..., industries)
        The region's quantities in the first and last year (NaN = missing).
    reference0, reference1 : array_like, shape (industries,)
        The reference's quantities (the country or the sum of regions) in the same years.
    method : {"dunn", "esteban"}

    Returns
    -------
    ShiftShare
        Totals with the leading shape of ``region0``; ``by_industry`` arrays with its full shape.

    Notes
    -----
    With G = E_1 / E_0 and g_i = E_i1 / E_i0 (reference), per industry:
    NS_i = e_i0 (G - 1), IM_i = e_i0 (g_i - G), RS_i = e_i1 - e_i0 g_i (= e_i0 (r_i - g_i)),
    so NS + IM + RS = e_1 - e_0 exactly (REAT ``shift``, ``shift.method = "Dunn"``).
    Esteban-Marquillas: homothetic employment h_i = e_0 E_i0 / E_0; competitive effect
    C_i = h_i (r_i - g_i); allocation A_i = (e_i0 - h_i)(r_i - g_i) (REAT ``"Esteban"``).

    Missing-value policy: an industry whose value is missing in either year (region or
    reference) or absent from the reference in the first year is left out of every total;
    with ``"esteban"`` an industry the region did not have in the first year (r_i undefined)
    is also left out of the competitive and allocation effects.
    """
    if method not in METHODS:
        raise AnalysisInputError(Text(
            "unknown shift-share method {method}; use one of {methods}",
            method=f"{method!r}",
            methods=METHODS,
        ))
    e0, e1 = (np.asarray(a, float) for a in (region0, region1))
    big0, big1 = (np.asarray(a, float) for a in (reference0, reference1))
    if e0.shape != e1.shape or big0.shape != big1.shape or e0.shape[-1:] != big0.shape:
        raise AnalysisInputError(
            Text(
                "shift-share needs region arrays of equal shape ending in the reference's "
                "industries; got {shape}, {shape2} and reference {shape3}, {shape4}",
                shape=e0.shape,
                shape2=e1.shape,
                shape3=big0.shape,
                shape4=big1.shape,
            )
        )
    left_out = combine(
        e0.shape,
        (np.isnan(e0) | np.isnan(e1) | np.isnan(big0) | np.isnan(big1), Reason.MISSING_VALUE),
        (~(big0 > 0), Reason.ABSENT_IN_REFERENCE),
    )
    kept = ~left_out.mask
    ref_kept = ~(np.isnan(big0) | np.isnan(big1))
    total_growth = np.nansum(big1[ref_kept]) / np.nansum(big0[ref_kept])
    industry_growth = safe_divide(big1, big0)
    x0 = np.where(kept, e0, 0.0)
    x1 = np.where(kept, e1, 0.0)
    g = np.where(kept, industry_growth, 0.0)
    by_industry = {
        "growth": x1 - x0,
        "national_share": x0 * (total_growth - 1.0),
        "industry_mix": x0 * (g - total_growth),
        "regional_share": x1 - x0 * g,
    }
    allocation_total = None
    if method == "esteban":
        by_industry, allocation_total, left_out = _esteban(
            by_industry, x0, big0, ref_kept, left_out
        )
    for name, part in by_industry.items():
        part[left_out.mask if name in ("regional_share", "allocation") else ~kept] = np.nan
    totals = {name: np.nansum(by_industry[name], axis=-1) for name in COMPONENTS}
    return ShiftShare(
        method=method,
        by_industry=by_industry,
        left_out=left_out,
        allocation=allocation_total,
        **totals,
    )


def _esteban(by_industry, x0, big0, ref_kept, left_out):
    """Split the classic regional share into competitive and allocation effects."""
    no_base = ~(x0 > 0) & ~left_out.mask
    reason = left_out.reason.copy()
    reason[no_base] = Reason.ZERO_BASE
    split = reason == Reason.KEPT
    reference_share = big0 / np.nansum(big0[ref_kept])
    homothetic = np.nansum(x0, axis=-1, keepdims=True) * reference_share
    differential = np.where(split, safe_divide(by_industry["regional_share"], x0), 0.0)
    competitive = homothetic * differential
    allocation = (x0 - homothetic) * differential
    by_industry = {**by_industry, "regional_share": competitive, "allocation": allocation}
    return by_industry, np.nansum(np.where(split, allocation, np.nan), axis=-1), LeftOut(reason)


def dynamic_shift_share(region, reference, method: str = "dunn") -> ShiftShare:
    """Sum of the year-by-year decompositions from the first to the last year (last axis).

    Parameters
    ----------
    region : array_like, shape (..., industries, years)
    reference : array_like, shape (industries, years)

    Notes
    -----
    Barff and Knight (1988); REAT ``shiftd`` (components summed over the yearly periods).
    A cell is reported as left out with the reason of the first period that left it out.
    """
    region, reference = np.asarray(region, float), np.asarray(reference, float)
    if region.shape[-1] < 2 or region.shape[-1] != reference.shape[-1]:
        raise AnalysisInputError(
            Text(
                "dynamic shift-share needs at least two years, the same in region and reference; "
                "got {shape} and {shape2}",
                shape=region.shape,
                shape2=reference.shape,
            )
        )
    # one contiguous block per year: arithmetic on strided slices of the last axis is slow
    region_years = np.ascontiguousarray(np.moveaxis(region, -1, 0))
    reference_years = np.ascontiguousarray(np.moveaxis(reference, -1, 0))
    years = [
        shift_share(
            region_years[t], region_years[t + 1], reference_years[t], reference_years[t + 1], method
        )
        for t in range(region.shape[-1] - 1)
    ]
    reason = np.zeros(region.shape[:-1], dtype=np.int8)
    for step in reversed(years):
        reason = np.where(step.left_out.mask, step.left_out.reason, reason)
    by_industry = {
        name: np.nansum([step.by_industry[name] for step in years], axis=0)
        for name in years[0].by_industry
    }
    for name in by_industry:
        everywhere_out = np.all([np.isnan(step.by_industry[name]) for step in years], axis=0)
        by_industry[name][everywhere_out] = np.nan
    allocation = None if method == "dunn" else np.sum([s.allocation for s in years], axis=0)
    return ShiftShare(
        method=method,
        by_industry=by_industry,
        left_out=LeftOut(reason.astype(np.int8)),
        allocation=allocation,
        by_year=years,
        **{name: np.sum([getattr(s, name) for s in years], axis=0) for name in COMPONENTS},
    )
