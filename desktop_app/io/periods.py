"""Periods below a year (months, quarters) and the rules that turn them into one value a year.

Offices publish jobs by quarter ('Mar 96 (r)', 'Q1 2019', '1T 2019') and trade by month
('2019-03', 'Jan'); the project keeps one value per year. Which value stands for a year
depends on what is counted: the mean of its periods for a stock (jobs), their sum for a flow
(exports), the last period, or one named quarter or month. The rule is the user's choice
(recipe field ``periods``, CLI ``--periods``): it is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

__all__ = [
    "PERIOD_RULES",
    "Period",
    "as_quarters",
    "combine",
    "parse_period",
    "rule_fits",
]

#: How a year is formed from its periods.
PERIOD_RULES = (
    "mean",
    "sum",
    "last",
    *(f"Q{q}" for q in range(1, 5)),
    *(f"M{m:02d}" for m in range(1, 13)),
)
#: What to do with a year some of whose periods are missing.
INCOMPLETE_CHOICES = ("flag", "drop")


class Period(NamedTuple):
    """One period: its year (None when the label gives none), its number in the year and
    how many the year has (4 quarters or 12 months), and the flag written beside it."""

    year: int | None
    index: int
    per_year: int
    flag: str | None = None


_MONTH_NAMES = {
    # English
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
    # Spanish
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "ago": 8, "agosto": 8, "set": 9, "septiembre": 9,
    "setiembre": 9, "octubre": 10, "noviembre": 11, "dic": 12, "diciembre": 12,
    # German
    "januar": 1, "jan.": 1, "februar": 2, "marz": 3, "mai": 5, "juni": 6, "juli": 7,
    "okt": 10, "oktober": 10, "dez": 12, "dezember": 12,
}  # fmt: skip
_FLAGS = {"r": "revised", "p": "provisional", "e": "estimated"}
_FLAG_AT_END = re.compile(r"\s*[(\[]\s*([rpe])\s*[)\]]\s*$|\s+([rpe])$", re.IGNORECASE)
_YEAR = r"(\d{4}|'?\d{2})"
_QUARTER_FORMS = (
    re.compile(rf"^q\s*([1-4])\s*[-/ ]?\s*{_YEAR}$"),  # Q1 2019, Q1-19
    re.compile(rf"^{_YEAR}\s*[-/ ]?\s*q\s*([1-4])$"),  # 2019 Q1, 2019-Q1
    re.compile(rf"^([1-4])\s*(?:t|tr|trim|trimestre|quartal|qtr|q)\s*[-/ ]?\s*{_YEAR}$"),  # 1T 2019
    re.compile(rf"^{_YEAR}\s*[-/ ]?\s*([1-4])\s*(?:t|tr|trim|trimestre)$"),  # 2019 1T
    re.compile(r"^(?:q|t|trim|trimestre|quartal|qtr)\s*([1-4])$"),  # Trim. 1, Q1
    re.compile(r"^([1-4])\s*(?:t|tr|trim|trimestre|quartal)$"),  # 1T, 1. Quartal
)
_MONTH_NUMBER_FORMS = (
    re.compile(r"^(\d{4})\s*[-/m]\s*(\d{1,2})$"),  # 2019-03, 2019M03, 2019/3
    re.compile(r"^(\d{1,2})\s*[-/]\s*(\d{4})$"),  # 03/2019
)
_MONTH_NAME_FORM = re.compile(rf"^([a-z]+\.?)\s*[-/ ]?\s*{_YEAR}?$")


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in t if not unicodedata.combining(ch)).casefold().split())


def _year_of(text: str | None) -> int | None:
    if text is None:
        return None
    digits = text.lstrip("'")
    year = int(digits)
    if len(digits) == 2:  # '96' -> 1996, '18' -> 2018
        year += 1900 if year >= 50 else 2000
    return year if 1800 <= year <= 2200 else None


def parse_period(raw: object) -> Period | None:
    """The period a label names ('Mar 96 (r)', 'Q1 2019', '2019-03', 'Jan', '1T 2019',
    'Trim. 1', a date cell on a month's first or last day), or None when it names none (a
    plain year is not a period)."""
    if isinstance(raw, dt.date):
        # a month is dated by its first or last day; other days are dates, not periods
        last_day = (raw + dt.timedelta(days=1)).month != raw.month
        return Period(raw.year, raw.month, 12) if raw.day == 1 or last_day else None
    if not isinstance(raw, str):
        return None
    text = _fold(raw.rstrip("*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰ "))  # footnote marks: 'Jan†', 'Apr¹'
    flag = None
    m = _FLAG_AT_END.search(text)
    if m:
        flag = _FLAGS[(m.group(1) or m.group(2)).lower()]
        text = text[: m.start()].strip()
    text = text.replace(".", " ").replace(",", " ")
    text = " ".join(text.split())
    for k, form in enumerate(_QUARTER_FORMS):
        m = form.match(text)
        if not m:
            continue
        groups = m.groups()
        if len(groups) == 1:
            return Period(None, int(groups[0]), 4, flag)
        q, y = (groups[1], groups[0]) if k in (1, 3) else groups
        year = _year_of(y)
        return Period(year, int(q), 4, flag) if year else None
    for k, form in enumerate(_MONTH_NUMBER_FORMS):
        m = form.match(text)
        if m:
            y, mo = m.groups() if k == 0 else m.groups()[::-1]
            month, year = int(mo), _year_of(y)
            return Period(year, month, 12, flag) if year and 1 <= month <= 12 else None
    m = _MONTH_NAME_FORM.match(text)
    if m and m.group(1).rstrip(".") in _MONTH_NAMES:
        year = _year_of(m.group(2))
        if m.group(2) is not None and year is None:
            return None
        return Period(year, _MONTH_NAMES[m.group(1).rstrip(".")], 12, flag)
    return None


def as_quarters(periods: list[Period]) -> list[Period]:
    """Months three apart ('Mar 96', 'Jun 96', 'Sep 96', 'Dec 96') are the quarters they end
    (or begin); other periods are returned as they are."""
    months = {p.index for p in periods if p.per_year == 12}
    if len(months) < 2 or any(p.per_year != 12 for p in periods):
        return periods
    if len({m % 3 for m in months}) != 1:
        return periods
    return [Period(p.year, (p.index - 1) // 3 + 1, 4, p.flag) for p in periods]


def rule_fits(rule: str, per_year: int) -> str | None:
    """Why a rule cannot form years from these periods (None when it can)."""
    if rule.startswith("Q") and per_year != 4:
        return f"the periods are months: {rule} names a quarter (use M01..M12, mean, sum or last)"
    if rule.startswith("M") and per_year != 12:
        return f"the periods are quarters: {rule} names a month (use Q1..Q4, mean, sum or last)"
    return None


#: Flags a year takes from its periods, the strongest first.
_FLAG_ORDER = ("incomplete", "provisional", "estimated", "revised")


def combine(
    parts: dict[int, tuple[float, str | None]], per_year: int, rule: str, incomplete: str
) -> tuple[float, str | None] | None:
    """One year's value from its periods' values, or None when the rule leaves it out.

    Parameters
    ----------
    parts : dict
        Period number -> (value, flag) of the periods that hold a number.
    per_year : int
        4 or 12.
    rule : str
        One of :data:`PERIOD_RULES` (that :func:`rule_fits` the periods).
    incomplete : {'flag', 'drop'}
        A year missing some periods: its value is formed from those present and flagged
        'incomplete', or it is left out.
    """
    if rule[0] in "QM":
        wanted = int(rule[1:])
        if wanted not in parts:
            return None
        return parts[wanted]
    complete = len(parts) == per_year
    if not parts or (not complete and incomplete == "drop"):
        return None
    values = [parts[k][0] for k in sorted(parts)]
    if rule == "mean":
        value = sum(values) / len(values)
    elif rule == "sum":
        value = sum(values)
    else:  # last: the latest period there is
        value = values[-1]
    flags = {f for _, f in parts.values() if f}
    if not complete:
        flags.add("incomplete")
    flag = next((f for f in _FLAG_ORDER if f in flags), min(flags) if flags else None)
    return value, flag
