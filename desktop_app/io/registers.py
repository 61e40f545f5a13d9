"""Competency and institution registers as a workbook, so a field office can collect them in Excel.

Four sheets, one row per item, a header in row 1 (column order free, case ignored):

- ``Competencies``: name, type, description, evidence, sources
- ``Institutions``: name, type, region, description
- ``Competency-industry links``: competency, industry, region, strength, evidence, from, to
- ``Competency-institution links``: competency, institution, strength, evidence, from, to

Written with openpyxl (drop-down lists for types and strengths), read with calamine through
:func:`desktop_app.io.workbook.open_workbook`. Reading never stops at a bad row: every rejected
cell is a :class:`~desktop_app.io.workbook.Problem` naming file, sheet and cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.core.capability_terms import (
    COMPETENCY_TYPES,
    INSTITUTION_TYPES,
    TermError,
    check_type,
    normalize_date,
    strength,
)
from desktop_app.errors import UserError
from desktop_app.io.cells import a1
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.io.xlsx_safety import atomic_target, neutral_properties, set_safe
from desktop_app.texts import Text

__all__ = [
    "COLUMNS",
    "SHEETS",
    "CompetencyRow",
    "IndustryLinkRow",
    "InstitutionLinkRow",
    "InstitutionRow",
    "RegisterContent",
    "RegisterRead",
    "read_registers",
    "write_registers",
]

SHEETS = {
    "competencies": "Competencies",
    "institutions": "Institutions",
    "industry_links": "Competency-industry links",
    "institution_links": "Competency-institution links",
}
COLUMNS = {
    "competencies": ("name", "type", "description", "evidence", "sources"),
    "institutions": ("name", "type", "region", "description"),
    "industry_links": ("competency", "industry", "region", "strength", "evidence", "from", "to"),
    "institution_links": ("competency", "institution", "strength", "evidence", "from", "to"),
}
_REQUIRED = {
    "competencies": ("name",),
    "institutions": ("name",),
    "industry_links": ("competency", "industry", "strength"),
    "institution_links": ("competency", "institution", "strength"),
}


@dataclass(frozen=True)
class Place:
    """Where a row came from: sheet and 1-based row; ``cell(column)`` gives its A1 reference."""

    sheet: str
    row: int
    columns: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def cell(self, column: str) -> str:
        return a1(self.row - 1, self.columns.get(column, 0))


@dataclass(frozen=True)
class CompetencyRow:
    name: str
    type: str = "know-how"
    description: str = ""
    evidence: str = ""
    sources: str = ""
    place: Place | None = None


@dataclass(frozen=True)
class InstitutionRow:
    name: str
    type: str = "other"
    region: str = ""
    description: str = ""
    place: Place | None = None


@dataclass(frozen=True)
class IndustryLinkRow:
    """``industry`` and ``region`` are labels (code or name) for the project to resolve."""

    competency: str
    industry: str
    strength: int
    region: str = ""
    evidence: str = ""
    valid_from: str | None = None
    valid_to: str | None = None
    place: Place | None = None


@dataclass(frozen=True)
class InstitutionLinkRow:
    competency: str
    institution: str
    strength: int
    evidence: str = ""
    valid_from: str | None = None
    valid_to: str | None = None
    place: Place | None = None


@dataclass
class RegisterContent:
    competencies: list[CompetencyRow] = field(default_factory=list)
    institutions: list[InstitutionRow] = field(default_factory=list)
    industry_links: list[IndustryLinkRow] = field(default_factory=list)
    institution_links: list[InstitutionLinkRow] = field(default_factory=list)


@dataclass
class RegisterRead:
    """What was read, the file name, and every rejected or doubtful cell."""

    content: RegisterContent
    file: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_WIDTHS = {
    "name": 34,
    "competency": 34,
    "institution": 34,
    "description": 48,
    "evidence": 40,
    "sources": 40,
    "type": 18,
    "industry": 16,
    "region": 18,
    "strength": 10,
    "from": 12,
    "to": 12,
}


def write_registers(
    target: str | Path, content: RegisterContent, blank_rows: int = 100
) -> dict[str, int]:
    """Write the register workbook; returns the number of rows written per sheet.

    ``blank_rows`` more rows below the data carry the drop-down lists, for a field office to fill.
    The file appears only when complete.
    """
    wb = Workbook()
    wb.remove(wb.active)
    neutral_properties(wb, "Competency and institution register")
    _write_about(wb.create_sheet("About"))
    written: dict[str, int] = {}
    for key, title in SHEETS.items():
        ws = wb.create_sheet(title)
        columns = COLUMNS[key]
        for col, name in enumerate(columns, start=1):
            cell = ws.cell(row=1, column=col, value=name)
            cell.font, cell.fill = _BOLD, _HEADER_FILL
            ws.column_dimensions[get_column_letter(col)].width = _WIDTHS.get(name, 16)
        ws.freeze_panes = "A2"
        rows = [_row_values(key, item) for item in getattr(content, key)]
        for r, values in enumerate(rows, start=2):
            for col, value in enumerate(values, start=1):
                set_safe(ws.cell(row=r, column=col), value)
        last = len(rows) + 1 + blank_rows
        _validations(ws, key, columns, last)
        written[key] = len(rows)
    with atomic_target(target) as temp:
        wb.save(temp)
    return written


def _row_values(key: str, item) -> list:
    if key == "competencies":
        return [item.name, item.type, item.description, item.evidence, item.sources]
    if key == "institutions":
        return [item.name, item.type, item.region, item.description]
    dates = [_date_cell(item.valid_from), _date_cell(item.valid_to)]
    if key == "industry_links":
        return [item.competency, item.industry, item.region, item.strength, item.evidence, *dates]
    return [item.competency, item.institution, item.strength, item.evidence, *dates]


def _date_cell(value: str | None) -> object:
    """A stored link date as a cell: a year as a number, other dates as ISO text."""
    if not value:
        return ""
    return int(value) if len(value) == 4 else value


def _validations(ws, key: str, columns: Sequence[str], last: int) -> None:
    def check(name: str, title: str, error: str, **rule) -> None:
        """Check the cells of column ``name`` below the header, down to row ``last``."""
        validation = DataValidation(
            allow_blank=True, showErrorMessage=True, errorTitle=title, error=error, **rule
        )
        letter = get_column_letter(columns.index(name) + 1)
        validation.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(validation)

    if key in ("competencies", "institutions"):
        allowed = COMPETENCY_TYPES if key == "competencies" else INSTITUTION_TYPES
        check(
            "type",
            "Type",
            "Choose a type from the list.",
            type="list",
            formula1='"' + ",".join(allowed) + '"',
        )
    if "strength" in columns:
        check(
            "strength",
            "Strength",
            "A whole number from 1 to 5.",
            type="whole",
            operator="between",
            formula1="1",
            formula2="5",
        )


def _write_about(ws) -> None:
    lines = [
        ("Competency and institution register", Font(bold=True, size=14)),
        (
            "One row per competency, institution or link. Keep the header row (row 1) as it is.",
            None,
        ),
        ("Competencies: type is one of " + ", ".join(COMPETENCY_TYPES) + ".", None),
        (
            "Institutions: type is one of "
            + ", ".join(INSTITUTION_TYPES)
            + "; region is a region code or name of the project (may be empty).",
            None,
        ),
        (
            "Links: competency and institution name rows of the other sheets (or of the project); "
            "industry and region are codes or names of the project; strength is 1 (weak) to 5 "
            "(strong); from/to are the years or dates the link holds (e.g. 2019 or 2019-05-31).",
            None,
        ),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row=r, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font:
            cell.font = font
    ws.column_dimensions["A"].width = 110


def read_registers(path: str | Path) -> RegisterRead:
    """Read a register workbook back; sheets that are absent are simply empty.

    Returns
    -------
    RegisterRead
        Valid rows in ``content``; each rejected row gives an error naming its cell, doubtful
        ones (a duplicate name, an unknown column) a warning.

    Raises
    ------
    desktop_app.io.workbook.WorkbookError
        The file is not a readable workbook.
    ValueError
        None of the four register sheets is present (the message lists the sheets found).
    """
    with open_workbook(path) as book:
        file_name = book.file_name
        by_fold = {name.casefold(): name for name in book.sheet_names}
        grids = {
            key: book.read_sheet(by_fold[title.casefold()])
            for key, title in SHEETS.items()
            if title.casefold() in by_fold
        }
        if not grids:
            raise UserError(
                Text(
                    "{file_name}: no register sheet ({names}); the sheets are {names2}.",
                    file_name=file_name,
                    names=', '.join(SHEETS.values()),
                    names2=', '.join(book.sheet_names),
                )
            )
    read = RegisterRead(RegisterContent(), file_name)
    for key, grid in grids.items():
        _read_sheet(key, grid, read)
    return read


def _read_sheet(key: str, grid: Grid, read: RegisterRead) -> None:
    problems = read.problems
    header = grid.rows[0] if grid.rows else []
    columns: dict[str, int] = {}
    for col, raw in enumerate(header):
        name = str(raw).strip().casefold()
        if not name:
            continue
        if name in COLUMNS[key]:
            columns.setdefault(name, col)
        else:
            problems.append(
                Problem(
                    grid.file,
                    grid.sheet,
                    a1(0, col),
                    Text("column {raw} is not a register column; ignored", raw=f"{raw!r}"),
                    "info",
                )
            )
    missing = [name for name in _REQUIRED[key] if name not in columns]
    if missing:
        problems.append(
            Problem(
                grid.file,
                grid.sheet,
                "A1",
                Text(
                    "the header row lacks the column(s) {names}; the sheet was not read (expected: "
                    "{names2})",
                    names=', '.join(missing),
                    names2=', '.join(COLUMNS[key]),
                ),
                "error",
            )
        )
        return
    seen: dict[tuple, int] = {}
    rows: dict[tuple, object] = {}
    for r in range(1, grid.n_rows):
        values = {name: grid.value(r, col) for name, col in columns.items()}
        if all(_text(v) == "" for v in values.values()):
            continue
        place = Place(grid.sheet, r + 1, columns)
        row = _parse_row(key, values, place, grid.file, problems)
        if row is None:
            continue
        identity = _identity(key, row)
        if identity in seen:
            problems.append(
                Problem(
                    grid.file,
                    grid.sheet,
                    place.cell(COLUMNS[key][0]),
                    Text("repeats row {seen}; the later row wins", seen=seen[identity]),
                    "warning",
                )
            )
        seen[identity] = r + 1
        rows.pop(identity, None)
        rows[identity] = row
    getattr(read.content, key).extend(rows.values())


def _identity(key: str, row) -> tuple:
    if key in ("competencies", "institutions"):
        return (row.name.casefold(),)
    if key == "industry_links":
        return (row.competency.casefold(), row.industry.casefold(), row.region.casefold())
    return (row.competency.casefold(), row.institution.casefold())


def _parse_row(key, values, place: Place, file: str, problems: list[Problem]):
    """One row as a register row, or None with an error for the first bad cell."""

    def fail(column: str, reason: str):
        problems.append(Problem(file, place.sheet, place.cell(column), reason, "error"))

    text = {name: _text(value) for name, value in values.items()}
    for name in _REQUIRED[key]:
        if not text.get(name):
            fail(name, Text("{name} is empty; the row was skipped", name=name))
            return None
    try:
        if key == "competencies":
            kind = check_type(
                text.get("type") or "know-how", COMPETENCY_TYPES, Text("competency")
            )
            return CompetencyRow(
                text["name"],
                kind,
                text.get("description", ""),
                text.get("evidence", ""),
                text.get("sources", ""),
                place,
            )
        if key == "institutions":
            kind = check_type(
                text.get("type") or "other", INSTITUTION_TYPES, Text("institution")
            )
            return InstitutionRow(
                text["name"], kind, text.get("region", ""), text.get("description", ""), place
            )
    except TermError as error:
        fail("type", _skipped(error))
        return None
    column = "strength"
    try:
        level = strength(values["strength"])
        column = "from"
        start = normalize_date(values.get("from"))
        column = "to"
        end = normalize_date(values.get("to"))
    except TermError as error:
        fail(column, _skipped(error))
        return None
    if start and end and end < start:
        fail(
            "to",
            Text(
                "the link ends ({end}) before it starts ({start}); the row was skipped",
                end=end,
                start=start,
            ),
        )
        return None
    if key == "industry_links":
        return IndustryLinkRow(
            text["competency"],
            text["industry"],
            level,
            text.get("region", ""),
            text.get("evidence", ""),
            start,
            end,
            place,
        )
    return InstitutionLinkRow(
        text["competency"], text["institution"], level, text.get("evidence", ""), start, end, place
    )


def _skipped(error: TermError) -> Text:
    """The reason a row was skipped: the refusal of its bad cell (a ``Text``, translated where
    shown)."""
    return Text("{error}; the row was skipped", error=error.args[0])


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())
