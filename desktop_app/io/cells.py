"""Read one spreadsheet cell as a number, a year or a statistical marker.

Statistics offices write numbers as text ("1.234,5", "1 234", "20.5 %"), years as floats
(2018.0) and replace suppressed or provisional figures by markers ('x', 'c', '..', '(p)').
This module turns such a cell into a value plus a flag plus a note saying how it was read,
so that nothing is silently guessed.

Marker policy (see docs/recipes.md)
-----------------------------------
===========  ==================  ===========================================
marker       flag                value kept?
===========  ==================  ===========================================
x, [x]       suppressed          no
c, [c]       confidential        no
*            suppressed          no (alone); ``12*`` is estimated, value kept
.., :, n/a   not_available       no
-, –, [z]    nil                 no (the office printed a dash, not a zero)
u, [u]       unreliable          no (alone); ``12 u`` keeps 12
(p), p       provisional         no (alone); ``12 (p)`` keeps 12
(e), e       estimated           no (alone); ``12 e`` keeps 12
(r)          revised             no (alone); ``12 (r)`` keeps 12
===========  ==================  ===========================================
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass

from desktop_app.errors import UserError
from desktop_app.texts import Number, Text, joined

__all__ = [
    "FLAGS",
    "MARKERS",
    "NO_CODE",
    "ParsedCell",
    "a1",
    "cell_index",
    "column_letter",
    "parse_number",
    "parse_typed_number",
    "parse_value",
    "parse_year",
]

#: Flags an observation may carry, in the order they are shown to the user.
FLAGS = (
    "suppressed",
    "confidential",
    "not_available",
    "nil",
    "unreliable",
    "provisional",
    "estimated",
    "revised",
)

#: A marker standing alone in a cell, mapped to its flag (keys are lower case).
MARKERS: dict[str, str] = {
    "x": "suppressed",
    "*": "suppressed",
    "**": "suppressed",
    "c": "confidential",
    "..": "not_available",
    "...": "not_available",
    ":": "not_available",
    "n/a": "not_available",
    "na": "not_available",
    "-": "nil",
    "–": "nil",
    "—": "nil",
    "z": "nil",
    "u": "unreliable",
    "low": "unreliable",
    "(p)": "provisional",
    "p": "provisional",
    "(e)": "estimated",
    "e": "estimated",
    "(r)": "revised",
    "r": "revised",
}

#: What stands in a code column for "this area has no code": markers that can never be a code.
#: Letter markers (``C``, ``P``, ``R``, ``X``, ``E``, ``U``) are codes there (NACE sections), so
#: markers are read as markers only in value cells.
NO_CODE = frozenset({"n/a", "..", "...", ":", "-", "–", "—", "*", "**"})

#: Markers allowed after a number; the number is kept and flagged.
_SUFFIX_FLAGS = {
    "(p)": "provisional",
    "p": "provisional",
    "[p]": "provisional",
    "u": "unreliable",
    "[u]": "unreliable",
    "(e)": "estimated",
    "e": "estimated",
    "[e]": "estimated",
    "*": "estimated",
    "(r)": "revised",
    "r": "revised",
    "[r]": "revised",
}

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\u2007'’")
_SUFFIX_RE = re.compile(r"^(.*?\d)\s*(\(p\)|\(e\)|\(r\)|\[[peur]\]|p|u|e|r|\*)$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^[+-]?(\d[\d.,]*|[.,]\d+)$")
#: A number written as text the way every reader reads it (in a CSV every number is text).
_PLAIN_RE = re.compile(r"^-?\d+(\.\d+)?$")
_PERCENT_OR_CURRENCY = re.compile(
    r"^(?P<body>.*?)\s*(?P<unit>%|€|£|\$)$|^(?P<unit2>€|£|\$)\s*(?P<body2>.*)$"
)


@dataclass(frozen=True, slots=True)
class ParsedCell:
    """What a cell holds once read: a number and/or a flag, and how it was read.

    Attributes
    ----------
    value : float or None
        The number, or None when the cell holds no usable number.
    flag : str or None
        One of :data:`FLAGS` when a marker was found.
    kind : str
        ``'number'``, ``'marker'``, ``'empty'`` or ``'text'`` (text that is not a number).
    note : str or None
        How text was turned into a number when that took a decision, e.g. ``'"1.234,5" read
        as 1234.5'`` (separators, percent, currency, a flag); None for plain text such as
        ``"23.0825"``.
    """

    value: float | None
    flag: str | None = None
    kind: str = "number"
    note: str | None = None


EMPTY = ParsedCell(None, None, "empty")


def column_letter(col: int) -> str:
    """Spreadsheet column letters for a 0-based column index (0 -> 'A', 27 -> 'AB')."""
    if col < 0:
        raise ValueError(f"column index must be >= 0, got {col}")
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_text(value: object) -> str:
    """A read cell as text: empty for None, a whole number without ``.0``, ends stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def is_finite_number(value: object) -> bool:
    """Whether a read cell holds a finite number (a boolean is not one)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def a1(row: int, col: int) -> str:
    """A1-style reference for 0-based row and column indices (0, 0 -> 'A1')."""
    return f"{column_letter(col)}{row + 1}"


def letters_index(letters: str) -> int | None:
    """0-based index of column letters ('A' -> 0, 'ab' -> 27); None when they are not letters."""
    if not letters or not letters.isascii() or not letters.isalpha():
        return None
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    return col - 1


def cell_index(ref: str) -> tuple[int, int] | None:
    """0-based (row, column) of an A1 reference such as 'F17'; None when it is not one."""
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters) :]
    col = letters_index(letters)
    if col is None or not digits:
        return None
    return int(digits) - 1, col


def _format_number(x: float) -> str:
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def parse_number(text: str, decimal: str | None = None) -> float | None:
    """Read a number written as text with any common separators.

    Parameters
    ----------
    text : str
        Text such as ``"1.234,5"``, ``"1,234.5"``, ``"1 234"``, ``"(12)"`` or ``"−3,5"``.
    decimal : {None, '.', ','}, optional
        The decimal separator when known (from a recipe or the file's locale). With None
        it is inferred: when both separators occur the last one is decimal; a single
        separator followed by exactly three digits is read as a thousands separator only
        for a comma (``"1,234"`` -> 1234) and as a decimal point for a dot (``"1.234"`` ->
        1.234), unless ``decimal`` says otherwise.

    Returns
    -------
    float or None
        None when the text is not a number.
    """
    if decimal not in (None, ".", ","):
        raise ValueError(f"decimal must be None, '.' or ',', got {decimal!r}")
    s = text.strip().translate(_SPACES).replace("−", "-")
    negative = False
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":
        negative, s = True, s[1:-1]
    if not _NUMBER_RE.match(s):
        return None
    if s[0] in "+-":
        negative ^= s[0] == "-"
        s = s[1:]
    n_dot, n_comma = s.count("."), s.count(",")
    if n_dot and n_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if dec == "." else "."
        if s.count(dec) > 1:
            return None
        whole, frac = s.split(dec)
        if not _valid_groups(whole, thousands):
            return None
        s = whole.replace(thousands, "") + "." + frac
    elif n_dot or n_comma:
        sep = "." if n_dot else ","
        parts = s.split(sep)
        if len(parts) > 2:  # 1.234.567 or 1,234,567: only thousands
            if not _valid_groups(s, sep):
                return None
            s = s.replace(sep, "")
        else:
            as_thousands = len(parts[1]) == 3 and parts[0] not in ("", "0")
            if decimal is not None:
                as_thousands = as_thousands and sep != decimal
            elif sep == ".":
                as_thousands = False
            s = s.replace(sep, "") if as_thousands else parts[0] + "." + parts[1]
    value = float(s)
    return -value if negative else value


def parse_typed_number(text: str, decimal: str) -> float | None:
    """Read a number typed or pasted by hand, with the import's rules and no guessing.

    The text decides where it can (both separators: the last is decimal; a separator that
    repeats or is not followed by three digits); one separator followed by exactly three digits
    ("14,100", "1.500") could be a thousands separator or a decimal one, and is refused rather
    than read by a rule the user cannot see.

    Parameters
    ----------
    text : str
        What was typed; empty (or spaces) clears the value.
    decimal : {'.', ','}
        The decimal separator of the user's locale, for :func:`parse_number`.

    Returns
    -------
    float or None
        None for empty text.

    Raises
    ------
    UserError
        The text is not a number, or could stand for two numbers a factor of 1000 apart.
    """
    if not text.strip():
        return None
    value = parse_number(text, decimal)
    if value is None or not math.isfinite(value):
        raise UserError(Text('"{typed}" is not a number.', typed=text.strip()))
    digits = text.strip().translate(_SPACES).lstrip("(+-−").rstrip(")")
    separators = [ch for ch in digits if ch in ".,"]
    if len(separators) == 1:
        whole, frac = digits.split(separators[0])
        if len(frac) == 3 and whole not in ("", "0"):
            sign = "-" if value < 0 else ""
            as_thousands = sign + _format_number(float(whole + frac))
            as_decimal = sign + _format_number(float(f"{whole}.{frac}")).replace(".", decimal)
            raise UserError(Text(
                '"{typed}" could mean {as_thousands} or {as_decimal}: type {as_thousands} or '
                "{as_decimal}.",
                typed=text.strip(),
                as_thousands=as_thousands,
                as_decimal=as_decimal,
            ))
    return value


def _valid_groups(whole: str, sep: str) -> bool:
    groups = whole.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_value(raw: object, decimal: str | None = None) -> ParsedCell:
    """Read a data cell: a number, a marker, a number with a marker, empty or other text.

    Parameters
    ----------
    raw : object
        The cell as the reader returns it (float, int, bool, str, date or None).
    decimal : {None, '.', ','}, optional
        Decimal separator for numbers stored as text (see :func:`parse_number`).

    Returns
    -------
    ParsedCell
        Booleans and dates are ``kind='text'`` (not numbers). NaN and infinities count as
        text too, so that they never enter the project silently.
    """
    if raw is None or raw == "":
        return EMPTY
    if isinstance(raw, bool):
        return ParsedCell(None, None, "text", Text("boolean {raw} is not a number", raw=str(raw)))
    if isinstance(raw, int | float):
        x = float(raw)
        if math.isfinite(x):
            return ParsedCell(x)
        return ParsedCell(None, None, "text", Text("{raw} is not a finite number", raw=repr(raw)))
    if isinstance(raw, _dt.date | _dt.datetime | _dt.time | _dt.timedelta):
        return ParsedCell(None, None, "text", Text("date/time {raw} is not a number", raw=str(raw)))
    text = str(raw).strip()
    if not text:
        return EMPTY
    key = text.lower()
    if key.startswith("[") and key.endswith("]") and key[1:-1] in MARKERS:
        key = key[1:-1]
    flag = MARKERS.get(key)
    if flag is not None:
        return ParsedCell(None, flag, "marker",
                          Text('marker "{text}": {flag}', text=text, flag=flag.replace("_", " ")))
    unit = None
    m = _PERCENT_OR_CURRENCY.match(text)
    if m:
        body = m.group("body") if m.group("body") is not None else m.group("body2")
        unit = m.group("unit") or m.group("unit2")
        text_num = body
    else:
        text_num = text
    value = parse_number(text_num, decimal)
    flag = None
    if value is None:
        m = _SUFFIX_RE.match(text_num.strip())
        if m:
            value = parse_number(m.group(1), decimal)
            flag = _SUFFIX_FLAGS.get(m.group(2).lower()) if value is not None else None
    if value is None:
        return ParsedCell(None, None, "text", Text('text "{text}" is not a number', text=text))
    if unit is None and flag is None and _PLAIN_RE.match(text) and float(text) == value:
        return ParsedCell(value)  # read as anyone would: no decision to list
    note = Text('"{text}" read as {value}', text=text, value=Number(_format_number(value)))
    if unit or flag:
        note = joined("", [note, f" ({unit})" if unit else "", f", {flag}" if flag else ""])
    return ParsedCell(value, flag, "number", note)


_YEAR_RE = re.compile(r"^\s*(\d{4})(?:\.0+)?\s*(?:\(?[pre]\)?|\*)?\s*$", re.IGNORECASE)


def parse_year(raw: object, lo: int = 1800, hi: int = 2200) -> int | None:
    """Read a year from a header or label cell: 2018, 2018.0, "2018", "2018.0", "2018 (p)".

    Parameters
    ----------
    raw : object
        The cell content.
    lo, hi : int, optional
        Plausible range; outside it the cell is not taken as a year.

    Returns
    -------
    int or None
        None when the cell is not a plain year (quarters such as "1994 Q1" are not years).
    """
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int | float):
        x = float(raw)
        if not math.isfinite(x) or not x.is_integer():
            return None
        year = int(x)
    elif isinstance(raw, str):
        m = _YEAR_RE.match(raw)
        if not m:
            return None
        year = int(m.group(1))
    else:
        return None
    return year if lo <= year <= hi else None
