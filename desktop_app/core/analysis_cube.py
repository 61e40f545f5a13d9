"""Validate a region x industry (x year) array and record which result cells were left out and why.

Every regional indicator in Anticipa starts from the same array ``values[r, i]`` or
``values[r, i, t]`` (regions on axis 0, industries on axis 1, years on axis 2). Missing and
suppressed cells arrive as NaN. The policy shared by all indicators:

- a missing cell counts as zero in every total (totals are the sum of what is known), and the
  indicator *of that cell* is left out;
- an indicator whose denominator is zero (an empty region, an industry absent from the
  reference, growth from nothing) is left out;
- negative or infinite values are refused with :class:`AnalysisInputError`.

"Left out" means the result holds NaN at that position *and* :class:`LeftOut` gives the reason,
so a view can say what it did not show and why; no NaN travels without its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = ["AnalysisInputError", "LeftOut", "Reason", "as_cube", "combine", "safe_divide"]


class AnalysisInputError(UserError):
    """The input array cannot be analysed (wrong shape, negative or infinite values)."""


class Reason(IntEnum):
    """Why a result cell was left out (0 means it was kept)."""

    KEPT = 0
    MISSING_VALUE = 1
    EMPTY_REGION = 2
    ABSENT_IN_REFERENCE = 3
    ZERO_BASE = 4
    NO_SPECIALISATION = 5
    NOT_SPECIALISED_ANYWHERE = 6
    NON_POSITIVE_VALUE = 7
    NEEDS_PLANT_DATA = 8
    ALREADY_SPECIALISED = 9
    TOO_FEW_FOR_COMPLEXITY = 10

    @property
    def text(self) -> str:
        return _REASON_TEXT[self]


_REASON_TEXT = {
    Reason.KEPT: Text("kept"),
    Reason.MISSING_VALUE: Text("value missing or suppressed"),
    Reason.EMPTY_REGION: Text("region total is zero or missing"),
    Reason.ABSENT_IN_REFERENCE: Text("industry total is zero in the reference"),
    Reason.ZERO_BASE: Text("base value is zero or missing, so growth is undefined"),
    Reason.NO_SPECIALISATION: Text("region is specialised in no industry (diversity 0)"),
    Reason.NOT_SPECIALISED_ANYWHERE: Text(
        "no region is specialised in the industry (ubiquity 0)"),
    Reason.NON_POSITIVE_VALUE: Text("a value is zero, so the logarithm is undefined"),
    Reason.NEEDS_PLANT_DATA: Text("needs the plant-size Herfindahl of the industry"),
    Reason.ALREADY_SPECIALISED: Text("region is already specialised in the industry"),
    Reason.TOO_FEW_FOR_COMPLEXITY: Text(
        "fewer than two regions or industries with a specialisation that year, so complexity "
        "is undefined"),
}


@dataclass(frozen=True)
class LeftOut:
    """Reason code per result cell (``Reason.KEPT`` where the result holds a number)."""

    reason: np.ndarray

    @property
    def mask(self) -> np.ndarray:
        """True where the result was left out."""
        return self.reason != Reason.KEPT

    @property
    def count(self) -> int:
        return int(np.count_nonzero(self.reason))

    def summary(self) -> dict[str, int]:
        """Number of left-out cells per reason text, most frequent first."""
        codes, counts = np.unique(self.reason[self.mask], return_counts=True)
        pairs = sorted(zip(counts.tolist(), codes.tolist(), strict=True), reverse=True)
        return {Reason(code).text: n for n, code in pairs}

    @classmethod
    def none(cls, shape: tuple[int, ...]) -> LeftOut:
        return cls(np.zeros(shape, dtype=np.int8))


def combine(shape: tuple[int, ...], *rules: tuple[np.ndarray, Reason]) -> LeftOut:
    """Build a :class:`LeftOut` from ``(condition, reason)`` pairs; the first rule that holds wins."""
    reason = np.zeros(shape, dtype=np.int8)
    for condition, code in reversed(rules):
        reason[np.broadcast_to(condition, shape)] = code
    return LeftOut(reason)


def as_cube(values, name: str = "values", ndim: tuple[int, ...] = (2, 3)) -> np.ndarray:
    """Return ``values`` as a float array after checking shape and sign (NaN is allowed).

    Raises
    ------
    AnalysisInputError
        If the array has the wrong number of dimensions, is empty, or holds negative or
        infinite numbers (the message gives the first offending index).
    """
    array = np.asarray(values, dtype=float)
    if array.ndim not in ndim:
        raise AnalysisInputError(
            Text(
                "{name} must have {names} dimensions (regions x industries [x years]); got shape "
                "{shape}",
                name=name,
                names=' or '.join(map(str, ndim)),
                shape=array.shape,
            )
        )
    if array.size == 0:
        raise AnalysisInputError(Text(
            "{name} is empty (shape {shape})",
            name=name,
            shape=array.shape,
        ))
    bad = np.isinf(array) | (array < 0)
    if bad.any():
        where = tuple(int(k) for k in np.argwhere(bad)[0])
        raise AnalysisInputError(
            Text(
                "{name} holds a negative or infinite value {array} at index {where}; quantities "
                "such as employment cannot be negative",
                name=name,
                array=f"{array[where]!r}",
                where=where,
            )
        )
    return array


def safe_divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Element-wise ``numerator / denominator`` with NaN where the denominator is zero."""
    numerator, denominator = np.broadcast_arrays(numerator, denominator)
    out = np.full(numerator.shape, np.nan)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out
