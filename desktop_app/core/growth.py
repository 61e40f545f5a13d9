"""Growth between two years, year by year, and compound annual growth (CAGR)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.analysis_cube import (
    AnalysisInputError,
    LeftOut,
    Reason,
    combine,
    safe_divide,
)
from desktop_app.texts import Text

__all__ = ["Growth", "annual_growth", "cagr", "growth_rate"]


@dataclass(frozen=True)
class Growth:
    """Growth rates (fractions, 0.05 = 5 %) and the cells left out."""

    rate: np.ndarray
    left_out: LeftOut


def growth_rate(start, end) -> Growth:
    """Relative change ``end / start - 1`` element-wise.

    Left out where ``start`` is zero or missing (``ZERO_BASE``) or ``end`` is missing
    (``MISSING_VALUE``). REAT ``growth(val1, val2, growth.type = "rate")``.
    """
    start, end = np.broadcast_arrays(np.asarray(start, float), np.asarray(end, float))
    rate = safe_divide(end, start) - 1.0
    left_out = combine(
        rate.shape,
        (np.isnan(end), Reason.MISSING_VALUE),
        (~(start > 0), Reason.ZERO_BASE),
    )
    rate[left_out.mask] = np.nan
    return Growth(rate, left_out)


def annual_growth(values) -> Growth:
    """Year-on-year growth along the last axis: result[..., k] is from year k to year k + 1."""
    values = np.asarray(values, float)
    if values.shape[-1] < 2:
        raise AnalysisInputError(Text("year-on-year growth needs at least two years"))
    return growth_rate(values[..., :-1], values[..., 1:])


def cagr(start, end, periods: float) -> Growth:
    """Compound annual growth rate ``(end / start) ** (1 / periods) - 1``.

    ``periods`` is the number of years between the two values (2014 vs 2008: 6).
    """
    if not periods > 0:
        raise AnalysisInputError(Text(
            "CAGR needs a positive number of years, got {periods}",
            periods=f"{periods!r}",
        ))
    total = growth_rate(start, end)
    rate = np.power(total.rate + 1.0, 1.0 / periods) - 1.0
    return Growth(rate, total.left_out)
