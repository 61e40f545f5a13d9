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

from desktop_app.io.cells import MARKERS, a1, column_letter, parse_value, parse_year
from desktop_app.io.workbook import Grid

__all__ = ["DetectedTable", "classify_cell", "detect_tables", "header_labels"]

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
    headers: list[str] = field(default_factory=list)
    markers: dict[str, int] = field(default_factory=dict)
    unit: str | None = None
    title: str | None = None

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
            "footnote_rows": [r + 1 for r in self.footnote_rows],
            "markers": self.markers,
            "unit": self.unit,
        }


@dataclass
class _Row:
    kinds: list[int]
    n_real: int  # numbers
    n_marker: int
    n_text: int
    first: int  # first non-empty column or -1
    n_native: int  # numbers stored as numbers (not as text)
    n_codes: int  # short digit strings such as SIC codes '35', '41'
    years: list[tuple[int, int]]  # (col, year) when every number in the row is a year

    @property
    def n_num(self) -> int:
        return self.n_real + self.n_marker


def _scan_row(row: list, cache: dict) -> _Row:
    kinds = [classify_cell(v, cache) for v in row]
    n_real, n_marker, n_text = kinds.count(NUMBER), kinds.count(MARKER), kinds.count(TEXT)
    first = next((i for i, k in enumerate(kinds) if k != EMPTY), -1)
    years: list[tuple[int, int]] = []
    if 1 <= n_real <= 400:
        for c, k in enumerate(kinds):
            if k == NUMBER:
                y = parse_year(row[c], 1900, 2100)
                if y is None:
                    years = []
                    break
                years.append((c, y))
    n_native = sum(1 for v in row if type(v) is float or type(v) is int)
    n_codes = sum(1 for v in row if type(v) is str and len(v.strip()) <= 3 and v.strip().isdigit())
    return _Row(kinds, n_real, n_marker, n_text, first, n_native, n_codes, years)


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
    if _is_year_header(r):
        return False
    if r.n_real == 1 and r.n_marker == 0 and r.kinds[r.first] == NUMBER and r.n_text >= 1:
        return False  # numbered title: "1  Overseas residents' visits ..."
    if r.n_native == 0 and (
        r.n_text >= max(8, r.n_num) or (r.n_codes >= r.n_real >= 5 and r.n_text >= 3)
    ):
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
    """
    cache: dict = {}
    scanned = [_scan_row(row, cache) for row in grid.rows]
    n = len(scanned)
    is_data = [_is_data(r) for r in scanned]
    for i in range(1, n):  # a tidy row whose value happens to look like a year
        if not is_data[i] and is_data[i - 1] and len(scanned[i].years) == 1 and scanned[i].n_text:
            is_data[i] = True
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
            elif scanned[j].first == -1 and j + 1 < n and is_data[j + 1]:
                j += 1  # single blank row inside the block
            else:
                break
        runs.append((start, end))
        i = end + 1
    runs = _merge_sections(scanned, runs)
    tables = []
    prev_end = -1
    for k, (start, end) in enumerate(runs):
        if end - start + 1 < min_data_rows:
            continue
        next_start = runs[k + 1][0] if k + 1 < len(runs) else n
        table = _build_table(grid, scanned, start, end, prev_end, next_start, cache)
        if table is not None:
            tables.append(table)
            prev_end = table.last_data_row
    return tables


def _merge_sections(scanned: list[_Row], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def _build_table(
    grid: Grid, scanned: list[_Row], start: int, end: int, prev_end: int, next_start: int, cache
) -> DetectedTable | None:
    rows = grid.rows
    # columns used by the data block
    num_count: Counter = Counter()
    text_count: Counter = Counter()
    nonempty: Counter = Counter()
    markers: Counter = Counter()
    for r in range(start, end + 1):
        for c, k in enumerate(scanned[r].kinds):
            if k == EMPTY:
                continue
            nonempty[c] += 1
            if k in (NUMBER, MARKER):
                num_count[c] += 1
                if k == MARKER:
                    markers[str(rows[r][c]).strip()] += 1
            else:
                text_count[c] += 1
    if not nonempty or sum(scanned[r].n_real for r in range(start, end + 1)) < 2:
        return None  # a key-value block of notes ('Year(s): 2018') is not a table
    first_col, last_col = min(nonempty), max(nonempty)
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
    n_rows = end - start + 1
    for c in range(first_col, last_col + 1):
        if not nonempty[c]:
            continue
        if num_count[c] >= max(1, text_count[c]) and num_count[c] >= 0.2 * n_rows:
            if (
                year_label_col is None
                and c not in year_cols
                and _is_year_column(rows, start, end, c)
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
    # fill-down label columns, subtotal rows, blank rows
    fill_down = []
    for c in label_cols:
        vals = [rows[r][c] if c < len(rows[r]) else "" for r in range(start, end + 1)]
        blanks = sum(1 for v in vals if v == "" or v is None)
        if 0 < blanks < len(vals) and vals[0] not in ("", None):
            fill_down.append(c)
    subtotal_rows, blank_rows = [], []
    for r in range(start, end + 1):
        if scanned[r].first == -1:
            blank_rows.append(r)
            continue
        if not _is_data(scanned[r]):
            section_rows.append(r)
            continue
        v = rows[r][label_cols[0]] if label_cols and label_cols[0] < len(rows[r]) else ""
        if isinstance(v, str) and _SUBTOTAL_RE.search(v):
            subtotal_rows.append(r)
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
    title = None
    unit = None
    for tr in reversed(title_rows):  # the title closest to the header wins
        texts = [str(v).strip() for v in rows[tr] if isinstance(v, str) and v.strip()]
        text = " ".join(texts)
        if unit is None and _is_unit_text(text):
            unit = text
        elif title is None and text:
            title = text
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
        headers=headers,
        markers={k: v for k, v in markers.most_common() if k.lower().strip("[]") in MARKERS},
        unit=unit,
        title=title,
    )


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


def _is_unit_text(text: str) -> bool:
    low = text.lower()
    if low.startswith(("figures in", "values in", "units", "unit:", "in thousands", "in millions")):
        return True
    return len(text) <= 30 and bool(_UNIT_RE.search(text))


def _is_year_column(rows: list[list], start: int, end: int, c: int) -> bool:
    years = []
    for r in range(start, end + 1):
        v = rows[r][c] if c < len(rows[r]) else ""
        if v == "" or v is None:
            continue
        y = parse_year(v, 1900, 2100)
        if y is None:
            return False
        years.append(y)
    return len(years) >= 2


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
