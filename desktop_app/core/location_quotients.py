"""Location quotients: how much more (or less) of an industry a region holds than its reference.

Works on ``values[r, i]`` or ``values[r, i, t]``; the reference is the sum of the regions, the
country (a separate ``reference[i]`` or ``reference[i, t]`` array) or one of the regions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.analysis_cube import (
    AnalysisInputError,
    LeftOut,
    Reason,
    as_cube,
    combine,
    safe_divide,
)
from desktop_app.texts import Text

__all__ = ["LocationQuotients", "location_quotients", "shares"]


@dataclass(frozen=True)
class LocationQuotients:
    """Location quotients (NaN where left out) and why each left-out cell was left out."""

    lq: np.ndarray
    left_out: LeftOut


def shares(values: np.ndarray) -> np.ndarray:
    """Share of each industry in its region's total (axis 1); NaN where the total is zero.

    Missing cells count as zero in the total and are NaN in the result.
    """
    totals = np.nansum(values, axis=1, keepdims=True)
    return safe_divide(values, totals)


def location_quotients(values, reference=None) -> LocationQuotients:
    """Location quotient of every region and industry (and year).

    Parameters
    ----------
    values : array_like, shape (regions, industries[, years])
        Non-negative quantities such as employment; NaN marks a missing or suppressed cell.
    reference : array_like, shape (industries[, years]), optional
        The reference's quantities (the country, or one region's row). Default: the sum of the
        regions (then the LQ equals Balassa's revealed comparative advantage).

    Returns
    -------
    LocationQuotients
        ``lq`` with the shape of ``values``; ``left_out`` gives, per cell, missing value, empty
        region or industry absent from the reference.

    Notes
    -----
    LQ_ri = (e_ri / e_r) / (E_i / E), with e_r = sum_i e_ri and E = sum_i E_i (Isard 1960; REAT
    ``locq``, EconGeo ``location_quotient``). Missing cells count as zero in e_r and E_i.
    """
    values = as_cube(values)
    if reference is None:
        reference = np.nansum(values, axis=0)
    else:
        reference = as_cube(reference, "reference", ndim=(values.ndim - 1,))
        if reference.shape != values.shape[1:]:
            raise AnalysisInputError(
                Text(
                    "reference has shape {shape}; expected {shape2} (industries [x years]) to "
                    "match the regions' array",
                    shape=reference.shape,
                    shape2=values.shape[1:],
                )
            )
    region_share = shares(values)
    reference_share = shares(reference[np.newaxis])[0]
    lq = safe_divide(region_share, reference_share[np.newaxis])
    region_total = np.nansum(values, axis=1, keepdims=True)
    left_out = combine(
        values.shape,
        (np.isnan(values), Reason.MISSING_VALUE),
        (region_total == 0, Reason.EMPTY_REGION),
        (~(reference_share[np.newaxis] > 0), Reason.ABSENT_IN_REFERENCE),
    )
    lq[left_out.mask] = np.nan
    return LocationQuotients(lq, left_out)
