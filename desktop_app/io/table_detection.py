"""Find the tables on a sheet laid out for printing: titles, headers, data, footnotes.

A sheet from a statistics office usually holds one or more tables, each with title rows, one
or more header rows (often merged across columns), a block of data rows whose first columns
carry labels (sometimes only on the first row of a group: "fill down"), subtotal rows, and
footnotes underneath. :func:`detect_tables` classifies every row by what its cells hold and
returns one :class:`DetectedTable` per block of data rows, with everything the importer and
the wizard need to show and correct it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from desktop_app.io.cells import MARKERS, a1, column_letter, parse_value, parse_year
from desktop_app.io.periods import parse_period
from desktop_app.io.workbook import Grid

__all__ = [
    "DetectedTable",
    "classify_cell",
    "detect_tables",
    "header_labels",
    "holds_periods",
    "is_code",
]

# cell classes
EMPTY, NUMBER, MARKER, TEXT = 0, 1, 2, 3

_SUBTOTAL_RE = re.compile(
    r"^\s*(total|totals|subtotal|sub-total|all\b|grand total|sum\b|summe|gesamt|insgesamt|"
    r"zusammen|todos|todas|total general|suma)|\b(total|insgesamt|gesamt)\)?\s*$",
    re.IGNORECASE,
)
_FOOTNOTE_RE = re.compile(
    r"^\s*(\(?\d{1,2}[.)]|\([a-z]\)|[a-z]\)|\*|note|notes|source|sources|fuente|nota|quelle|"
    r"anmerkung|footnote|for further|symbol|\.\.|x\s*=|c\s*=|u\s*=|-\s*=|p\s*=)",
    re.IGNORECASE,
)
_UNIT_RE = re.compile(
    r"(£|€|\$|eur|gbp|usd)?\s*(thousands?|millions?|billions?|miles|millones|tausend|mio\.?|mrd\.?|"
    r"per cent|percent|%|index|£|€)",
    re.IGNORECASE,
)


def classify_cell(value: object, cache: dict) -> int:
    """EMPTY, NUMBER, MARKER or TEXT for a cell, caching the answer for repeated strings."""
    if value is None or value == "":
        return EMPTY
    t = type(value)
    if t is float or t is int:
        return NUMBER
    if t is str:
        hit = cache.get(value)
        if hit is None:
            code = len(value) > 1 and value[0] == "0" and value[1].isdigit()
            parsed = parse_value("code" if code else value)
            hit = {"number": NUMBER, "marker": MARKER, "empty": EMPTY}.get(parsed.kind, TEXT)
            cache[value] = hit
        return hit
    return TEXT


@dataclass
class DetectedTable:
    """One table found on a sheet (all indices 0-based, ranges inclusive).

    Attributes
    ----------
    title_rows, header_rows, footnote_rows, subtotal_rows, blank_rows, section_rows : list of int
        Row indices by role; subtotal, blank and section-heading rows (a one-cell label such
        as 'Victoria Divisions' over the rows below it) lie inside or just above the data.
    repeated_header_rows : list of int
        Header rows repeated inside the table before each of several stacked blocks.
    first_data_row, last_data_row, first_col, last_col : int
        The data block (and the columns the table spans).
    label_cols : list of int
        Columns holding labels (region, industry, direction, year ...).
    value_cols : list of int
        Columns holding numbers or markers.
    year_cols : dict
        Value column -> year when the column header is a year (years across the columns).
    year_label_col : int or None
        The label column holding years (years down the rows), if any.
    fill_down_cols : list of int
        Label columns whose label is given only on the first row of a group.
    headers : list of str
        Combined header text for every column from ``first_col`` to ``last_col``.
    markers : dict
        Marker text -> how many data cells hold it.
    unit : str or None
        Unit/scale text found in the title rows (e.g. 'figures in £ millions').
    code_row : int or None
        The header row that holds the codes of the names beside it in the next header row
        (SIC sections 'A', 'B', 'C' under or over 'Agriculture ...', 'Mining ...').
    """

    sheet: str
    title_rows: list[int]
    header_rows: list[int]
    first_data_row: int
    last_data_row: int
    first_col: int
    last_col: int
    label_cols: list[int]
    value_cols: list[int]
    year_cols: dict[int, int] = field(default_factory=dict)
    year_label_col: int | None = None
    fill_down_cols: list[int] = field(default_factory=list)
    footnote_rows: list[int] = field(default_factory=list)
    subtotal_rows: list[int] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)
    section_rows: list[int] = field(default_factory=list)
    repeated_header_rows: list[int] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    markers: dict[str, int] = field(default_factory=dict)
    unit: str | None = None
    title: str | None = None
    code_row: int | None = None

    @property
    def range(self) -> str:
        top = self.header_rows[0] if self.header_rows else self.first_data_row
        return f"{a1(top, self.first_col)}:{a1(self.last_data_row, self.last_col)}"

    @property
    def orientation(self) -> str:
        """'years across columns', 'years down rows' or 'categories across columns'."""
        if len(self.year_cols) >= 2:
            return "years across columns"
        if self.year_label_col is not None:
            return "years down rows"
        return "categories across columns"

    @property
    def n_data_rows(self) -> int:
        return self.last_data_row - self.first_data_row + 1

    def header(self, col: int) -> str:
        """Combined header text of a sheet column ('' outside the table)."""
        i = col - self.first_col
        return self.headers[i] if 0 <= i < len(self.headers) else ""

    def summary(self) -> dict:
        """Plain description for reports, the CLI and JSON output."""
        return {
            "sheet": self.sheet,
            "range": self.range,
            "title": self.title,
            "header_rows": [r + 1 for r in self.header_rows],
            "data_rows": [self.first_data_row + 1, self.last_data_row + 1],
            "orientation": self.orientation,
            "label_columns": [column_letter(c) for c in self.label_cols],
            "value_columns": len(self.value_cols),
            "years": sorted(set(self.year_cols.values())),
            "fill_down_columns": [column_letter(c) for c in self.fill_down_cols],
            "subtotal_rows": [r + 1 for r in self.subtotal_rows],
            "section_rows": [r + 1 for r in self.section_rows],
            "repeated_header_rows": [r + 1 for r in self.repeated_header_rows],
            "footnote_rows": [r + 1 for r in self.footnote_rows],
            "markers": self.markers,
            "unit": self.unit,
        }


# while scanning: a number stored as a number (counted, then read as NUMBER), and one that
# could be a year (1900-2100, whole)
_NATIVE, _NATIVE_YEAR = 4, 5


class _Row:
    """What one row holds: the kind of every cell (bytes) and the years among its numbers."""

    __slots__ = (
        "_codes",
        "_row",
        "first",
        "kinds",
        "n_marker",
        "n_native",
        "n_real",
        "n_text",
        "years",
    )

    def __init__(self, row: list, kinds: bytes, first: int, n_native: int, all_years: bool) -> None:
        self.kinds = kinds
        self.n_real = kinds.count(NUMBER)
        self.n_marker = kinds.count(MARKER)
        self.n_text = kinds.count(TEXT)
        self.first = first  # first non-empty column or -1
        self.n_native = n_native  # numbers stored as numbers (not as text)
        # (col, year) when every number in the row is a year
        self.years = _row_years(row, kinds) if all_years else []
        self._row = row
        self._codes: int | None = None

    @property
    def n_num(self) -> int:
        return self.n_real + self.n_marker

    @property
    def n_codes(self) -> int:
        """Short digit strings such as SIC codes '35', '41'."""
        if self._codes is None:
            self._codes = sum(
                1
                for v in self._row
                if type(v) is str and len(v.strip()) <= 3 and v.strip().isdigit()
            )
        return self._codes


def _row_years(row: list, kinds: bytes) -> list[tuple[int, int]]:
    years = []
    pos = kinds.find(NUMBER)
    while pos >= 0:
        y = parse_year(row[pos], 1900, 2100)
        if y is None:
            return []
        years.append((pos, y))
        pos = kinds.find(NUMBER, pos + 1)
    return years


class _Scan:
    """Every cell's kind for a whole sheet, taken in one pass, with per-row counts in numpy.

    A sheet of 200,000 rows is classified without a Python object per row; ``scan[r]`` builds
    the :class:`_Row` of one row when the header, title and footnote logic asks for it.
    """

    def __init__(self, rows: list[list], cache: dict) -> None:
        self.rows = rows
        n = len(rows)
        width = max(map(len, rows), default=0)
        get = cache.get

        def kind(v: object) -> int:
            return k if (k := get(v)) is not None else classify_cell(v, cache)

        def native(v: float) -> int:
            return _NATIVE_YEAR if 1900 <= v <= 2100 and v == int(v) else _NATIVE

        if all(len(r) == width for r in rows):
            flat = bytes(
                [
                    (_NATIVE_YEAR if 1900 <= v <= 2100 and v == int(v) else _NATIVE)
                    if (t := v.__class__) is float or t is int
                    else (k if (k := get(v)) is not None else kind(v))
                    for row in rows
                    for v in row
                ]
            )
        else:
            flat = b"".join(
                bytes(
                    [native(v) if (t := v.__class__) is float or t is int else kind(v) for v in row]
                ).ljust(width, b"\0")
                for row in rows
            )
        raw = np.frombuffer(flat, dtype=np.uint8).reshape(n, width)
        native_year = raw == _NATIVE_YEAR
        native = (raw == _NATIVE) | native_year
        self.kinds = np.where(native, np.uint8(NUMBER), raw)
        k = self.kinds
        self.n_real = (k == NUMBER).sum(axis=1)
        self.n_marker = (k == MARKER).sum(axis=1)
        self.n_text = (k == TEXT).sum(axis=1)
        self.n_native = native.sum(axis=1)
        filled = k != EMPTY
        self.first = (
            np.where(filled.any(axis=1), filled.argmax(axis=1), -1) if width else (np.full(n, -1))
        )
        # which numbers could be years: native ones by value, numbers stored as text one by one
        yearish = native_year.copy()
        for r, c in zip(*np.nonzero((k == NUMBER) & ~native), strict=True):
            yearish[r, c] = parse_year(rows[r][c], 1900, 2100) is not None
        self.yearish = yearish
        self.all_years = (
            (self.n_real >= 1) & (self.n_real <= 400) & (yearish.sum(axis=1) == self.n_real)
        )
        self._made: dict[int, _Row] = {}
        self.is_data = self._data_rows()

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, r):
        if isinstance(r, slice):
            return [self[i] for i in range(*r.indices(len(self.rows)))]
        row = self._made.get(r)
        if row is None:
            row = self._made[r] = _Row(
                self.rows[r],
                self.kinds[r].tobytes(),
                int(self.first[r]),
                int(self.n_native[r]),
                bool(self.all_years[r]),
            )
        return row

    def _data_rows(self) -> np.ndarray:
        """:func:`_is_data` for every row: vectorised, with the rare cases row by row."""
        n_real, n_marker, n_text = self.n_real, self.n_marker, self.n_text
        n_num = n_real + n_marker
        data = n_num > 0
        width = self.kinds.shape[1]
        if width:
            at_first = self.kinds[np.arange(len(self.rows)), np.clip(self.first, 0, None)]
            data &= ~((n_real == 1) & (n_marker == 0) & (at_first == NUMBER) & (n_text >= 1))
        data &= (n_real > 0) | (n_text <= np.maximum(n_marker, 6))
        maybe = data & (
            (self.all_years & (n_marker == 0))
            | (
                ((n_text >= np.maximum(8, n_num)) | ((n_real >= 5) & (n_text >= 3)))
                & (self.n_native == 0)
            )
        )
        for r in np.nonzero(maybe)[0].tolist():
            data[r] = _is_data(self[r])
        return data


def _is_year_header(r: _Row) -> bool:
    """Years across the columns ('2004', '2005' ...) or one year heading a tidy value column."""
    ys = [y for _, y in r.years]
    if not ys or r.n_marker:
        return False
    if len(ys) == 1:
        return r.n_text >= 2 and r.years[0][0] > r.first
    return len(set(ys)) == len(ys) and ys == sorted(ys) and ys[-1] - ys[0] < 200


def _is_data(r: _Row) -> bool:
    if r.n_real == 0 and r.n_marker == 0:
        return False
    if r.years and _is_year_header(r):
        return False
    if r.n_real == 1 and r.n_marker == 0 and r.kinds[r.first] == NUMBER and r.n_text >= 1:
        return False  # numbered title: "1  Overseas residents' visits ..."
    if (
        r.n_text >= max(8, r.n_num) or (r.n_real >= 5 and r.n_text >= 3 and r.n_codes >= r.n_real)
    ) and r.n_native == 0:
        return False  # a row of codes ('A', 'B', 'C', '10', '11' ...) written as text
    if r.n_real == 0:
        return r.n_text <= max(r.n_marker, 6)
    return True


def _is_section(r: _Row, first_col: int) -> bool:
    """A heading inside a table: one text cell in the label column ('Victoria Divisions')."""
    return r.n_text == 1 and r.n_num == 0 and r.first == first_col


def detect_tables(grid: Grid, min_data_rows: int = 1) -> list[DetectedTable]:
    """Find the tables on a sheet.

    Parameters
    ----------
    grid : Grid
        The sheet's cells.
    min_data_rows : int, optional
        Smallest block of data rows kept as a table.

    Returns
    -------
    list of DetectedTable
        In sheet order; empty when the sheet holds no numbers (a notes or contents sheet).
        Small tables stacked one under the other with the same header (repeated before each
        block, possibly under a one-line heading) come back as one table whose
        ``repeated_header_rows`` and ``section_rows`` say which rows to skip.
    """
    scanned = _Scan(grid.rows, {"": EMPTY})
    grid.filled = scanned.kinds != EMPTY
    n = len(scanned)
    is_data = scanned.is_data.tolist()
    for i in (np.nonzero(~scanned.is_data[1:] & scanned.is_data[:-1])[0] + 1).tolist():
        if not is_data[i - 1]:
            continue
        row = scanned[i]  # a tidy row whose value happens to look like a year
        if len(row.years) == 1 and row.n_text:
            is_data[i] = True
        elif (
            len(row.years) == 2
            and i + 1 < n
            and is_data[i + 1]
            and row.kinds in (scanned[i - 1].kinds, scanned[i + 1].kinds)
        ):
            is_data[i] = True  # shaped like the rows around it: a year and a value like 2012
    for i in range(1, n):  # codes under the names of a header, not a row of markers
        if is_data[i] and not is_data[i - 1] and _is_code_row(grid.rows[i], grid.rows[i - 1]):
            is_data[i] = False
    blank = (scanned.first == -1).tolist()
    _continue_blocks(scanned, is_data, blank)
    # runs of data rows; one blank row or one subtotal-like text row may sit inside a run
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not is_data[i]:
            i += 1
            continue
        start = end = i
        j = i + 1
        while j < n:
            if is_data[j]:
                end = j
                j += 1
            elif blank[j] and j + 1 < n and is_data[j + 1]:
                j += 1  # single blank row inside the block
            else:
                break
        runs.append((start, end))
        i = end + 1
    runs = _merge_sections(scanned, runs)
    tables: list[DetectedTable] = []
    prev_end = -1
    for k, (start, end) in enumerate(runs):
        if end - start + 1 < min_data_rows:
            continue
        next_start = runs[k + 1][0] if k + 1 < len(runs) else n
        table = _build_table(grid, scanned, start, end, prev_end, next_start, is_data)
        if table is None:
            continue
        if tables and _repeats_header(grid, scanned, tables[-1], table):
            table = _join(grid, scanned, tables[-1], table, next_start, is_data)
            tables[-1] = table
        else:
            tables.append(table)
        prev_end = table.last_data_row
    return [_headings_name_blocks(grid, scanned, t) for t in tables]


#: Rows of a block whose columns give the shape that the rows beside it must continue.
_SHAPE_ROWS = 20


def _continue_blocks(scanned: _Scan, is_data: list[bool], blank: list[bool]) -> None:
    """Take into a block of data the rows beside it that go on with its labels.

    A row is data or not by what its cells hold, so a tidy row whose value is empty (only its
    labels and year are left), whose value is a year-like number (2028), or whose value is text
    ('about 15k') looks like a header or a note and would cut the table there. Such a row is
    part of the block when its label columns go on: every column that holds text in each of
    the block's last rows holds text in it too, it fills no column the block leaves empty, a
    year column still holds a year, and it does not repeat the header above the block. Rows
    above a block are taken the same way, but text in a value column only beside a year in the
    year column (a header row has text there and no year). Blank rows between such rows and the
    block do not end it.
    """
    n = len(is_data)
    i = 0
    while i < n:
        if not is_data[i]:
            i += 1
            continue
        start = i
        while i < n and is_data[i]:
            i += 1
        end = i - 1
        above = _Shape(scanned, list(range(start, min(end, start + _SHAPE_ROWS - 1) + 1)))
        j = start - 1
        while j >= 0 and (blank[j] or (not is_data[j] and above.goes_on(scanned, j, upward=True))):
            if not blank[j]:
                is_data[j] = True
            j -= 1
        while j >= 0 and (blank[j] or is_data[j]):  # over the rows taken before this run
            j -= 1
        header_row = j  # the row above the block that it did not take (the header, if any)
        # the block's last data rows, those taken just before this run of data rows included
        shape_rows = []
        r = end
        while r > header_row and len(shape_rows) < _SHAPE_ROWS:
            if is_data[r]:
                shape_rows.append(r)
            r -= 1
        below = _Shape(scanned, shape_rows[::-1])
        j, taken = end + 1, end
        while j < n:
            if blank[j]:
                j += 1
                continue
            if is_data[j] or not below.goes_on(scanned, j, header_row=header_row):
                break
            is_data[j] = True
            taken = j
            j += 1
        i = taken + 1


class _Shape:
    """The columns of a few rows of a data block: labels always given, every column used, and
    the year column (the first column of years only; the values right of it may look like
    years too)."""

    __slots__ = ("allowed", "labels", "year_cols")

    def __init__(self, scanned: _Scan, rows: list[int]) -> None:
        kinds = scanned.kinds[rows]
        filled = kinds != EMPTY
        self.labels = np.flatnonzero((kinds == TEXT).all(axis=0))
        self.allowed = filled.any(axis=0)
        numbers = (kinds == NUMBER) | (kinds == MARKER)
        yearish = scanned.yearish[rows]
        self.year_cols = np.flatnonzero(
            (numbers.sum(axis=0) >= min(2, len(kinds)))
            & (yearish | ~filled).all(axis=0)
            & ~(kinds == TEXT).any(0)
        )[:1]

    def goes_on(self, scanned: _Scan, r: int, header_row: int = -1, upward: bool = False) -> bool:
        """Whether row ``r`` continues the block's labels (see :func:`_continue_blocks`)."""
        if not len(self.labels):
            return False
        kinds = scanned.kinds[r]
        if (kinds[self.labels] != TEXT).any():
            return False
        filled = kinds != EMPTY
        if (filled & ~self.allowed).any():
            return False
        years = scanned.yearish[r]
        if ((kinds[self.year_cols] != EMPTY) & ~years[self.year_cols]).any():
            return False  # a header's 'year' over the year column
        others = filled.copy()
        others[self.labels] = False
        if not others.any() and len(self.labels) < 2:
            return False  # one text cell: a heading or a footnote
        text_values = others & (kinds == TEXT)
        if text_values.any():
            if upward and not filled[self.year_cols].any():
                return False  # text over the values and no year beside it: a header
            if header_row >= 0:
                row, head = scanned.rows[r], scanned.rows[header_row]
                if any(
                    c < len(head) and head[c] == row[c]
                    for c in np.flatnonzero(text_values).tolist()
                ):
                    return False  # the header repeated
        numbers = others & (kinds == NUMBER)
        if upward and not numbers.any():
            return False  # letters alone over the values: a row of codes ('C', 'P', 'R')
        n_years = int((numbers & years).sum())
        if n_years >= (1 if upward else 2) and n_years == int(numbers.sum()):
            # years across (or one year over a value column): a header, unless one of them is
            # in the block's year column
            return bool(numbers[self.year_cols].any())
        return True


def _texts(grid: Grid, rows: list[int], first_col: int, last_col: int) -> set[str]:
    out = set()
    for r in rows:
        for c in range(first_col, last_col + 1):
            text = _header_text(grid.value(r, c)).casefold()
            if text:
                out.add(text)
    return out


def _repeats_header(grid: Grid, scanned: _Scan, above: DetectedTable, below: DetectedTable) -> bool:
    """Whether ``below`` is the next block of ``above`` under a repeat of its header."""
    if not above.header_rows or not below.header_rows:
        return False
    if abs(above.first_col - below.first_col) > 1 or abs(above.last_col - below.last_col) > 1:
        return False
    lo, hi = min(above.first_col, below.first_col), max(above.last_col, below.last_col)
    texts = _texts(grid, below.header_rows, lo, hi)
    if len(texts) < 2 or not texts <= _texts(grid, above.header_rows, lo, hi):
        return False
    gap = [
        r for r in range(above.last_data_row + 1, below.header_rows[0]) if scanned[r].first != -1
    ]
    return len(gap) <= 3 and all(scanned[r].n_text == 1 and scanned[r].n_num == 0 for r in gap)


def _join(
    grid: Grid,
    scanned: _Scan,
    above: DetectedTable,
    below: DetectedTable,
    next_start: int,
    is_data: list[bool],
) -> DetectedTable:
    """One table from two blocks of the same layout; the repeated header rows are skipped."""
    repeats = set(above.repeated_header_rows) | set(below.header_rows)
    headings = set(above.section_rows) | {
        r for r in range(above.last_data_row + 1, below.header_rows[0]) if scanned[r].first != -1
    }
    prev_end = (
        above.title_rows[0] - 1
        if above.title_rows
        else (above.header_rows[0] - 1 if above.header_rows else above.first_data_row - 1)
    )
    joined = _build_table(
        grid,
        scanned,
        above.first_data_row,
        below.last_data_row,
        prev_end,
        next_start,
        is_data,
        repeats,
        headings,
    )
    return joined if joined is not None else above


def _headings_name_blocks(grid: Grid, scanned: _Scan, table: DetectedTable) -> DetectedTable:
    """In stacked tables under headings, the heading over the first block is a section too.

    The blocks after the first get their heading ('Matemática') as a section row; the first
    block's heading ('Lectura') sits above the header among the title rows. It is moved to the
    section rows so that every block is named the same way, and the title is taken from the
    rows above it.
    """
    if not table.repeated_header_rows or not table.section_rows or not table.title_rows:
        return table
    nearest = table.title_rows[-1]
    if not _is_section(scanned[nearest], table.first_col):
        return table
    table.title_rows = table.title_rows[:-1]
    table.section_rows = sorted({nearest, *table.section_rows})
    table.title, table.unit = _title_and_unit(grid.rows, table.title_rows)
    return table


def _merge_sections(scanned: _Scan, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join blocks separated only by blank rows and section headings (nested region blocks)."""
    merged: list[tuple[int, int]] = []
    for start, end in runs:
        if merged:
            p_start, p_end = merged[-1]
            gap = scanned[p_end + 1 : start]
            first_col = scanned[p_start].first
            headings = [r for r in gap if r.first != -1]
            if gap and len(headings) <= 3 and all(_is_section(r, first_col) for r in headings):
                merged[-1] = (p_start, end)
                continue
        merged.append((start, end))
    return merged


def _kind_block(scanned: _Scan, start: int, end: int, drop: set[int]) -> np.ndarray:
    """Cell kinds of rows start..end as a (rows x columns) array; ``drop`` rows zeroed."""
    block = scanned.kinds[start : end + 1].copy()
    for r in drop:
        if start <= r <= end:
            block[r - start] = EMPTY
    return block


def _build_table(
    grid: Grid,
    scanned: _Scan,
    start: int,
    end: int,
    prev_end: int,
    next_start: int,
    is_data: list[bool],
    repeats: set[int] | frozenset = frozenset(),
    headings: set[int] | frozenset = frozenset(),
) -> DetectedTable | None:
    rows = grid.rows
    # columns used by the data block (repeated header rows and headings left out)
    dropped = set(repeats) | set(headings)
    block = _kind_block(scanned, start, end, dropped)
    filled = block != EMPTY
    nonempty = filled.sum(axis=0).tolist()
    real_count = (block == NUMBER).sum(axis=0).tolist()
    num_count = ((block == NUMBER) | (block == MARKER)).sum(axis=0).tolist()
    text_count = (block == TEXT).sum(axis=0).tolist()
    if not any(nonempty) or int((block == NUMBER).sum()) < 2:
        return None  # a key-value block of notes ('Year(s): 2018') is not a table
    markers: Counter = Counter()
    for r, c in zip(*np.nonzero(block == MARKER), strict=True):
        markers[str(rows[start + int(r)][int(c)]).strip()] += 1
    used = [c for c, k in enumerate(nonempty) if k]
    first_col, last_col = used[0], used[-1]
    # header rows: non-empty rows directly above the data, up to 6, that are not data
    header_rows: list[int] = []
    section_rows: list[int] = []
    r = start - 1
    while r > prev_end and len(header_rows) < 6:
        row = scanned[r]
        if row.first == -1:
            above = scanned[r - 1] if r - 1 > prev_end else None
            if header_rows and not (
                above
                and above.first != -1
                and _is_header_like(above, rows[r - 1], first_col, last_col)
            ):
                break
            r -= 1
            continue
        if not header_rows and _is_section(row, first_col) and not section_rows:
            section_rows.append(r)
            r -= 1
            continue
        if _is_header_like(row, rows[r], first_col, last_col) and (
            not header_rows or _stacks_on(row, scanned[header_rows[-1]], first_col)
        ):
            header_rows.insert(0, r)
            r -= 1
        else:
            break
    # title rows: single-cell text rows above the header
    title_rows: list[int] = []
    top = header_rows[0] if header_rows else start
    r = top - 1
    while r > prev_end and top - r <= 6:
        row = scanned[r]
        numbered = row.n_real == 1 and row.kinds[row.first] == NUMBER and row.n_text >= 1
        if row.first != -1 and (row.n_num == 0 or numbered):
            title_rows.insert(0, r)
        elif row.first != -1:
            break
        r -= 1
    year_cols: dict[int, int] = {}
    for hr in header_rows:
        for c, y in scanned[hr].years:
            year_cols[c] = y
        for c, v in enumerate(rows[hr]):
            if c not in year_cols and scanned[hr].kinds[c] == TEXT:
                y = parse_year(v, 1900, 2100)
                if y is not None:
                    year_cols[c] = y
    # value vs label columns
    value_cols, label_cols = [], []
    year_label_col = None
    n_rows = int(filled.any(axis=1).sum())
    for c in range(first_col, last_col + 1):
        if not nonempty[c]:
            continue
        # letters that are markers in a value column ('c', 'p', 'x') are codes in a column
        # without a single number (NACE sections C, P, R ...)
        if num_count[c] >= max(1, text_count[c]) and num_count[c] >= 0.2 * n_rows and real_count[c]:
            if (
                year_label_col is None
                and c not in year_cols
                and _is_year_column(scanned, start, end, c, dropped)
                and not any(holds_periods(rows, start, end, q) for q in label_cols)
            ):
                year_label_col = c
                label_cols.append(c)
            elif label_cols or c > first_col or year_cols:
                value_cols.append(c)
            else:
                label_cols.append(c)  # numeric codes in the first column
        else:
            label_cols.append(c)
    year_cols = {c: y for c, y in year_cols.items() if c in value_cols}
    if not value_cols:
        return None
    # fill-down label columns (blank and skipped rows aside), subtotal rows, blank rows
    kept = filled.any(axis=1)
    fill_down = []
    for c in label_cols:
        column = block[kept, c]
        blanks = int((column == EMPTY).sum())
        if 0 < blanks < len(column) and column[0] != EMPTY:
            fill_down.append(c)
    inside = np.ones(end - start + 1, dtype=bool)
    for r in dropped:
        if start <= r <= end:
            inside[r - start] = False
    empty = scanned.first[start : end + 1] == -1
    blank_rows = (np.nonzero(inside & empty)[0] + start).tolist()
    data_here = np.asarray(is_data[start : end + 1], dtype=bool)
    section_rows.extend(headings)
    section_rows.extend((np.nonzero(inside & ~empty & ~data_here)[0] + start).tolist())
    subtotal_rows: list[int] = []
    if label_cols:
        c = label_cols[0]
        labels = [row[c] if c < len(row) else "" for row in rows[start : end + 1]]
        totals = {v for v in set(labels) if v.__class__ is str and _SUBTOTAL_RE.search(v)}
        if totals:
            keep = inside & ~empty & data_here
            subtotal_rows = [start + i for i, v in enumerate(labels) if v in totals and keep[i]]
    # footnotes: text rows below the data up to the next table
    footnote_rows = []
    for r in range(end + 1, next_start):
        row = scanned[r]
        if row.first == -1:
            continue
        if row.n_num == 0 and (row.n_text <= 2 or _FOOTNOTE_RE.match(str(rows[r][row.first]))):
            footnote_rows.append(r)
        else:
            break
    headers = header_labels(grid, header_rows, first_col, last_col)
    title, unit = _title_and_unit(rows, title_rows)
    code_row = None
    if len(header_rows) >= 2:
        lowest, upper = header_rows[-1], header_rows[-2]
        if _is_code_row(rows[lowest], rows[upper]):
            code_row = lowest  # codes under their names
        elif _is_code_row(rows[upper], rows[lowest]):
            code_row = upper  # codes over their names ('SIC07:' over 'Description:')
    return DetectedTable(
        sheet=grid.sheet,
        title_rows=title_rows,
        header_rows=header_rows,
        first_data_row=start,
        last_data_row=end,
        first_col=first_col,
        last_col=last_col,
        label_cols=label_cols,
        value_cols=value_cols,
        year_cols=year_cols,
        year_label_col=year_label_col,
        fill_down_cols=fill_down,
        footnote_rows=footnote_rows,
        subtotal_rows=subtotal_rows,
        blank_rows=blank_rows,
        section_rows=sorted(section_rows),
        repeated_header_rows=sorted(repeats),
        headers=headers,
        markers={k: v for k, v in markers.most_common() if k.lower().strip("[]") in MARKERS},
        unit=unit,
        title=title,
        code_row=code_row,
    )


_NUMBERED_TITLE = re.compile(r"^(table|tabla|tabelle|cuadro|cuadros|tab\.)\s*\w+", re.IGNORECASE)


def _title_and_unit(rows: list[list], title_rows: list[int]) -> tuple[str | None, str | None]:
    """The title, and the unit/scale text among the title rows.

    A numbered title ('Table G1: Nominal GVA per hour ...') wins; otherwise the title row
    closest to the header.
    """
    title = unit = numbered = None
    for tr in reversed(title_rows):
        texts = [str(v).strip() for v in rows[tr] if isinstance(v, str) and v.strip()]
        text = " ".join(texts)
        if unit is None and _is_unit_text(text):
            unit = text
        elif text:
            title = title or text
            if numbered is None and _NUMBERED_TITLE.match(text):
                numbered = text
    return numbered or title, unit


def _is_header_like(row: _Row, values: list, first_col: int, last_col: int) -> bool:
    cols = [c for c in range(first_col, min(last_col + 1, len(row.kinds))) if row.kinds[c]]
    if row.first >= 0 and str(values[row.first]).strip().lower().startswith(("units:", "unit:")):
        return False
    if _is_year_header(row):
        return True
    if len(cols) >= 2:
        return not (
            len(cols) == 2
            and cols[1] == cols[0] + 1
            and cols[0] == row.first
            and row.kinds[cols[0]] == NUMBER
        )
    if not cols or cols[0] == first_col or row.n_num:
        return False
    text = str(values[cols[0]]).strip()
    return not (len(text) <= 30 and _UNIT_RE.search(text))  # a lone unit such as 'thousands'


def _stacks_on(upper: _Row, lowest: _Row, first_col: int) -> bool:
    """Whether a row can sit above the lowest header row as part of the same header.

    Group headings leave the label column empty; otherwise the row must label (almost) every
    column the lowest header row labels (a code row over a description row), which free-text
    notes above a table do not.
    """
    if first_col >= len(upper.kinds) or not upper.kinds[first_col]:
        return True
    if first_col < len(lowest.kinds) and not lowest.kinds[first_col]:
        return True
    low_cols = {c for c, k in enumerate(lowest.kinds) if k}
    up_cols = {c for c, k in enumerate(upper.kinds) if k}
    return len(low_cols & up_cols) >= 0.9 * len(low_cols)


_SECTION_CODE = re.compile(
    r"^([A-Z]{1,2}(\d{1,2}(\.\d{1,2})?)?|\d{2}(\.\d{1,2})?)"
    r"(\s*[-–&]\s*[A-Z]{0,2}\d{0,2}(\.\d{1,2})?)?$"
)


def _is_code_row(row: list, names: list) -> bool:
    """Whether a row holds classification codes ('A', 'C', 'C10-C12', '06', 'T & U') of the
    names in the header row next to it.

    Every filled cell after the row's first is such a code, there are at least two, no two
    alike, and each has a longer name beside it; single letters alone would also read as
    markers ('C' confidential, 'P' provisional), which only value cells hold.
    """
    filled = [c for c, v in enumerate(row) if v not in ("", None)]
    codes = filled[1:] if filled and not is_code(row[filled[0]]) else filled
    if len(codes) < 2 or len({str(row[c]).strip() for c in codes}) != len(codes):
        return False
    lettered = sum(1 for c in codes if isinstance(row[c], str) and not row[c].strip().isdigit())
    if lettered < 2:  # '12', '35' alone may be numbers written as text
        return False
    return all(
        is_code(row[c])
        and c < len(names)
        and isinstance(names[c], str)
        and len(names[c].strip()) > len(str(row[c]).strip())
        for c in codes
    )


def is_code(v: object) -> bool:
    """A classification code ('A', 'C10', 'C10-C12', 'G-I', 'T & U', or two digits '06')."""
    return isinstance(v, str) and bool(_SECTION_CODE.match(v.strip()))


def _is_unit_text(text: str) -> bool:
    low = text.lower()
    if low.startswith(("figures in", "values in", "units", "unit:", "in thousands", "in millions")):
        return True
    return len(text) <= 30 and bool(_UNIT_RE.search(text))


#: Filled cells of a column looked at to tell whether it holds periods.
_PERIOD_SAMPLE = 200


def holds_periods(rows: list[list], start: int, end: int, c: int) -> bool:
    """Whether most filled cells of a column name months or quarters ('Mar 96', 'Q1 2019'):
    the rows are periods, so numbers like 2030 beside them are values, not years.

    The first filled cells tell (a large tidy table's label columns are not read whole).
    """
    filled = []
    for r in range(start, end + 1):
        row = rows[r]
        v = row[c] if c < len(row) else ""
        if v != "" and v is not None:
            filled.append(v)
            if len(filled) == _PERIOD_SAMPLE:
                break
    named = {v: parse_period(v) is not None for v in set(filled)}
    return bool(filled) and sum(map(named.__getitem__, filled)) >= 0.8 * len(filled)


def _is_year_column(scanned: _Scan, start: int, end: int, c: int, skip=frozenset()) -> bool:
    """Whether every filled cell of a column (skipped rows aside) holds a year."""
    kinds = scanned.kinds[start : end + 1, c]
    yearish = scanned.yearish[start : end + 1, c]
    filled = kinds != EMPTY
    for r in skip:
        if start <= r <= end:
            filled[r - start] = False
    return int(filled.sum()) >= 2 and bool((yearish | ~filled).all())


def header_labels(grid: Grid, header_rows: list[int], first_col: int, last_col: int) -> list[str]:
    """Combine multi-row headers into one label per column, spreading merged cells across.

    Upper header rows label the columns under them until the next non-empty cell (merged or
    centred group headings); the lowest row is taken as is. Parts are joined with ' / '.
    """
    merged_value: dict[tuple[int, int], object] = {}
    for r0, c0, r1, c1 in grid.merged:
        v = grid.value(r0, c0)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                merged_value[(r, c)] = v
    labels = [[] for _ in range(last_col - first_col + 1)]
    for k, hr in enumerate(header_rows):
        carry = ""
        lowest = k == len(header_rows) - 1
        for c in range(first_col, last_col + 1):
            v = grid.value(hr, c)
            if (v == "" or v is None) and (hr, c) in merged_value:
                v = merged_value[(hr, c)]
            text = _header_text(v)
            if text:
                carry = text
            elif not lowest:
                text = carry
            if text and (not labels[c - first_col] or labels[c - first_col][-1] != text):
                labels[c - first_col].append(text)
    return [" / ".join(parts) for parts in labels]


def _header_text(v: object) -> str:
    if v is None or v == "":
        return ""
    y = parse_year(v)
    if y is not None:
        return str(y)
    return " ".join(str(v).split())
