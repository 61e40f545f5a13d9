"""The Signposts, Radar and Experiments sheets of the tidy exchange workbook.

Each sheet has one row per entry, everything named (study, descriptor and variant names; region,
industry and measure codes), so it reads back into another project as well as into this one.
Reading keeps the sheet row of each entry, so that a refusal can name its cell; dates come back
as ISO text whether the cell holds a date or text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.io.cells import a1
from desktop_app.io.workbook import Grid, Problem
from desktop_app.io.xlsx_safety import safe_row
from desktop_app.texts import Text

__all__ = [
    "LINK_SEPARATOR",
    "SHEETS",
    "SignalRecord",
    "SignalTables",
    "read_signal_sheets",
    "write_signal_sheets",
]

#: Sheet title -> its columns, in order.
SHEETS = {
    "Signposts": (
        "signpost", "study", "descriptor", "variant", "indicator", "region", "industry",
        "measure", "reference region", "span", "direction", "threshold", "judgement",
        "judged status", "judged on", "trigger option", "trigger action",
    ),
    "Radar": (
        "signal", "kind", "category", "horizon", "impact", "likelihood", "source", "noticed",
        "descriptors", "description",
    ),
    "Experiments": (
        "experiment", "option or project", "hypothesis", "signal", "start", "decision date",
        "budget", "status", "lesson",
    ),
}
#: Between the linked descriptors of a radar signal, each written 'Study › Descriptor'.
LINK_SEPARATOR = " | "
_DATES = {"judged on", "noticed", "start", "decision date"}
_NUMBERS = {"span", "threshold", "impact", "likelihood", "budget"}


@dataclass(frozen=True)
class SignalRecord:
    """One row: its values by column name (None: empty), which of :data:`SHEETS` it is
    (``title``), the sheet's own name, the 0-based row and each column's position."""

    values: Mapping[str, object]
    title: str
    sheet: str
    row: int
    positions: Mapping[str, int] = field(default_factory=dict)

    def cell(self, column: str) -> str | None:
        position = self.positions.get(column, SHEETS[self.title].index(column))
        return a1(self.row, position) if self.row >= 0 else None


@dataclass
class SignalTables:
    """Rows of the three sheets, by sheet title."""

    sheets: dict[str, list[SignalRecord]] = field(
        default_factory=lambda: {title: [] for title in SHEETS})


def write_signal_sheets(wb, rows: Mapping[str, list[list]]) -> list[str]:
    """Append the non-empty sheets to a write-only workbook; return their titles."""
    written = []
    for title, columns in SHEETS.items():
        if not rows.get(title):
            continue
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        ws.append(list(columns))
        for row in rows[title]:
            ws.append(safe_row(ws, row))
        written.append(title)
    return written


def _value(column: str, raw: object) -> object:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if column in _DATES:
        if isinstance(raw, dt.datetime):
            return raw.date().isoformat()
        if isinstance(raw, dt.date):
            return raw.isoformat()
        return str(raw).strip()
    if column in _NUMBERS:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and math.isfinite(raw):
            return int(raw) if column in ("span", "impact", "likelihood") and raw == int(raw) \
                else float(raw)
        return str(raw).strip()  # the caller refuses it, naming the cell
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def read_signal_sheets(grids: Mapping[str, Grid]) -> tuple[SignalTables, list[Problem]]:
    """Read the sheets present in ``grids`` (keys: case-folded titles); a missing column is a
    problem naming the sheet, an empty row is skipped."""
    tables, problems = SignalTables(), []
    for title, columns in SHEETS.items():
        grid = grids.get(title.casefold())
        if grid is None or not grid.rows:
            continue
        header = {str(v).strip().casefold(): k for k, v in enumerate(grid.rows[0]) if str(v).strip()}
        missing = [c for c in columns if c not in header]
        if missing:
            problems.append(Problem(grid.file, grid.sheet, "A1",
                                    Text(
                                        "missing column(s) {names}",
                                        names=', '.join(missing),
                                    ), "error"))
            continue
        for r, row in enumerate(grid.rows[1:], start=1):
            values = {c: _value(c, row[header[c]] if header[c] < len(row) else None)
                      for c in columns}
            if all(v is None for v in values.values()):
                continue
            tables.sheets[title].append(
                SignalRecord(values, title, grid.sheet, r, {c: header[c] for c in columns}))
    return tables, problems
