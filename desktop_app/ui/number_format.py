"""One number format per unit, for tables, chart labels and axis ticks.

A number reads differently by what it counts: persons and other counts are whole (1,342,241,
never 1,342,241.000 or 1.3e+06), shares are per cent (12.3 %), indices (LQ, PCI, density,
Herfindahl ...) keep two or three significant digits (1.33, 0.0712, -405). A value that is not
there says "not available" and carries why, so a missing number never looks like a zero.
Plain functions (Qt only to translate "not available"): the table cells, chart labels and axis
ticks of ``ui`` call them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.numbers import in_locale


class Kind(Enum):
    """What a number measures, which decides how it is written."""

    COUNT = "count"  # persons, establishments, industries: whole numbers with separators
    AMOUNT = "amount"  # money, output, hours: whole above 100, else three significant digits
    SHARE = "share"  # a fraction (0.123) written as per cent (12.3 %)
    PERCENT = "percent"  # already in per cent (growth %/yr): 1.5 %
    INDEX = "index"  # a ratio or score: two to three significant digits
    YEAR = "year"  # a calendar year: whole, without a thousands separator (2014)


# Units whose values are counted, not measured (compared in lower case). A measure without a
# unit is not assumed to count anything: it is an amount, whose decimals are kept below 100.
COUNT_UNITS = frozenset(
    {
        "persons",
        "person",
        "people",
        "employees",
        "jobs",
        "workers",
        "establishments",
        "enterprises",
        "firms",
        "units",
        "number",
        "count",
    }
)


@dataclass(frozen=True)
class NotAvailable:
    """A value that is missing, with the reason shown beside or under it."""

    reason: str

    def __str__(self) -> str:
        return not_available_text()


def not_available_text() -> str:
    return QCoreApplication.translate("NumberFormat", "not available")


def kind_of_unit(unit: str | None) -> Kind:
    """The kind of a measure's unit: counts of persons or firms are whole, the rest amounts."""
    unit = (unit or "").strip().lower()
    if unit in {"%", "percent", "per cent"}:
        return Kind.PERCENT
    if unit in {"share", "fraction", "ratio"}:
        return Kind.SHARE
    return Kind.COUNT if unit in COUNT_UNITS else Kind.AMOUNT


def is_missing(value) -> bool:
    return (
        value is None
        or isinstance(value, NotAvailable)
        or (isinstance(value, float) and not math.isfinite(value))
    )


def significant_places(value: float, digits: int = 3, most: int = 6) -> int:
    """Decimal places that show ``digits`` significant digits of ``value`` (none above 10^digits)."""
    if value == 0 or not math.isfinite(value):
        return min(digits - 1, most)
    return max(0, min(most, digits - 1 - math.floor(math.log10(abs(value)))))


def format_number(value, kind: Kind, reason: str = "") -> str:
    """``value`` written for its kind; a missing value reads "not available" (no reason here)."""
    if is_missing(value):
        return not_available_text()
    value = float(value)
    if kind is Kind.COUNT:
        text = f"{value:,.0f}"
    elif kind is Kind.YEAR:
        text = f"{value:.0f}"
    elif kind is Kind.AMOUNT:
        text = f"{value:,.{0 if abs(value) >= 100 else significant_places(value)}f}"
    elif kind is Kind.SHARE:
        text = f"{value * 100:,.1f} %"
    elif kind is Kind.PERCENT:
        text = f"{value:,.1f} %"
    elif abs(value) < 1e-12:  # a rounding residue of zero, not a small index
        text = "0"
    else:
        text = f"{value:,.{significant_places(value)}f}"
    return in_locale(_no_minus_zero(text))


def _no_minus_zero(text: str) -> str:
    """'-0.0 %' is 0 rounded from below: written without the sign."""
    return text[1:] if text.startswith("-") and text.strip("-0.,% ") == "" else text


def tick_texts(values, spacing: float, kind: Kind) -> list[str]:
    """Axis tick labels for ``values`` ``spacing`` apart: as many places as the spacing needs."""
    if kind is Kind.YEAR:
        return [f"{v:.0f}" for v in values]
    if kind is Kind.SHARE:
        values, spacing = [v * 100 for v in values], spacing * 100
    places = 0 if spacing <= 0 or spacing >= 1 else min(6, -math.floor(math.log10(spacing) + 1e-9))
    if kind is Kind.COUNT:
        places = 0
    suffix = " %" if kind in (Kind.SHARE, Kind.PERCENT) else ""
    return [in_locale(_no_minus_zero(f"{v:,.{places}f}{suffix}")) for v in values]
