"""The vocabulary of the capability register: types, link strengths and link dates.

Shared by the project file (which stores them) and the register workbooks (which read them from
cells), so both accept exactly the same values and say the same thing when one is wrong.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = [
    "COMPETENCY_TYPES",
    "INSTITUTION_TYPES",
    "TermError",
    "check_type",
    "link_year",
    "normalize_date",
    "strength",
]

COMPETENCY_TYPES = ("know-how", "skills", "research", "other")
INSTITUTION_TYPES = (
    "university",
    "vocational school",
    "lab",
    "chamber",
    "cluster body",
    "agency",
    "other",
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class TermError(UserError):
    """A value is not one the register accepts; the message says what would be."""


def normalize_date(value: object) -> str | None:
    """A link date as stored: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when empty.

    Accepts dates, whole numbers (a year) and ISO text; raises ``TermError`` otherwise.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not _DATE.match(text):
        raise TermError(Text(
            "{text} is not a date (use a year such as 2019, or 2019-05-31).",
            text=f"{text!r}",
        ))
    try:
        _dt.date.fromisoformat((text + "-01-01")[:10] if len(text) < 10 else text)
    except ValueError:
        raise TermError(Text("{text} is not a valid date.", text=f"{text!r}")) from None
    if not 1800 <= int(text[:4]) <= 2200:
        raise TermError(Text("{text} is outside the years 1800-2200.", text=f"{text!r}"))
    return text


def link_year(value: str | None) -> int | None:
    """The year of a stored link date (None stays None)."""
    return int(value[:4]) if value else None


def strength(value: object) -> int:
    """A link strength: a whole number from 1 (weak) to 5 (strong)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TermError(Text(
            "Strength {value} is not a number from 1 to 5.",
            value=f"{value!r}",
        )) from None
    if not number.is_integer() or not 1 <= number <= 5:
        raise TermError(Text(
            "Strength {value} must be a whole number from 1 to 5.",
            value=f"{value!r}",
        ))
    return int(number)


def check_type(value: object, allowed: tuple[str, ...], what: str) -> str:
    """``value`` folded to one of ``allowed`` (case and outer spaces do not matter)."""
    text = re.sub(r"\s+", " ", str(value or "")).strip().casefold()
    if text not in allowed:
        raise TermError(Text(
            "Unknown {what} type {value}; types are {names}.",
            what=what,
            value=f"{value!r}",
            names=', '.join(allowed),
        ))
    return text
