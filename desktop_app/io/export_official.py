"""The "official" wide layout: one table per measure and industry, regions down, years across.

Statistics offices publish tables this way: a title naming the measure and the industry, the
unit, a header row of years, one row per region with its code, number formats with thousands
separators, statistical markers where there is no number ('x' suppressed, '..' not available),
footnotes with the source and the markers used, frozen panes and print titles so the header
stays on screen and on every printed page. A Contents sheet links to every table. Sheets are
streamed (write-only), so a project with hundreds of tables keeps memory flat.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop_app.io.export_tidy import ClassificationEntry, MeasureEntry
from desktop_app.io.xlsx_safety import (
    atomic_target,
    discard_write_only,
    neutral_properties,
    public_text,
    safe_sheet_title,
    set_safe,
)
from desktop_app.texts import Number, Text

__all__ = ["MARKER_FOR_FLAG", "OfficialTable", "write_official"]

#: What is printed in place of a missing number, by flag (no flag: not available).
MARKER_FOR_FLAG = {
    "suppressed": "x",
    "confidential": "c",
    "not_available": "..",
    "nil": "-",
    None: "..",
}
#: Letter shown after a number that carries a flag.
SUFFIX_FOR_FLAG = {"provisional": "p", "estimated": "e", "revised": "r", "unreliable": "u"}
_LEGEND = {
    "x": "x = suppressed to protect confidentiality or quality",
    "c": "c = confidential",
    "..": ".. = not available",
    "-": "- = nil (no cases)",
    "p": "p = provisional",
    "e": "e = estimated",
    "r": "r = revised",
    "u": "u = low reliability",
}

_TITLE = Font(bold=True, size=13)
_SUBTITLE = Font(italic=True, color="444444")
_HEADER = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_BORDER = Border(bottom=Side(style="thin"), top=Side(style="thin"))
_NOTE = Font(size=9, color="444444")
_RIGHT = Alignment(horizontal="right")
_LINK = Font(color="0563C1", underline="single")


@dataclass
class OfficialTable:
    """One published table: ``values[r, y]`` for ``regions[r]`` in ``years[y]`` (NaN = none).

    ``flags`` (same shape, str or None) mark suppressed, provisional ... values; ``sources`` are
    printed as footnotes under the table.
    """

    measure: MeasureEntry
    industry: ClassificationEntry
    regions: Sequence[ClassificationEntry]
    years: Sequence[int]
    values: np.ndarray
    flags: np.ndarray | None = None
    sources: Sequence[str] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        self.values = np.asarray(self.values, dtype=float)
        expected = (len(self.regions), len(self.years))
        if self.values.shape != expected:
            raise ValueError(
                f"values of {self.measure.code} / {self.industry.code} have shape "
                f"{self.values.shape}, expected regions x years {expected}"
            )
        if self.flags is not None and np.shape(self.flags) != expected:
            raise ValueError(
                f"flags of {self.measure.code} / {self.industry.code} have shape "
                f"{np.shape(self.flags)}, expected {expected}"
            )


def write_official(
    target: str | Path,
    tables: Iterable[OfficialTable],
    title: str = "Regional statistics",
    n_tables: int | None = None,
    progress=None,
) -> list[str]:
    """Write the tables in the official layout; return the sheet names, in order.

    Parameters
    ----------
    target : path
        The .xlsx to write; nothing appears there unless the whole workbook was written.
    tables : iterable of OfficialTable
        May be lazy (one table built at a time).
    title : str
        The workbook's title, shown on the Contents sheet.
    n_tables : int, optional
        How many tables come, for the progress fraction.
    progress : object with ``report(fraction, text)`` and ``check()``, optional
    """
    with atomic_target(target) as temp:
        wb = Workbook(write_only=True)
        try:
            neutral_properties(wb, title)
            contents = wb.create_sheet("Contents")
            entries: list[tuple[str, OfficialTable]] = []
            taken = {"Contents"}
            for k, table in enumerate(tables):
                if progress is not None:
                    progress.check()
                    fraction = k / n_tables if n_tables else None
                    progress.report(
                        fraction, Text("Table {k}: {measure} {industry}", k=k + 1, measure=table.measure.code, industry=table.industry.code)
                    )
                name = safe_sheet_title(f"{table.measure.code} {table.industry.code}", taken)
                _write_table(wb.create_sheet(name), table)
                entries.append((name, table))
            _write_contents(contents, title, entries)
            wb.save(temp)
        except BaseException:
            discard_write_only(wb)
            raise
    if progress is not None:
        progress.report(1.0, Text("{n} tables written", n=Number(f"{len(entries):,}")))
    return [name for name, _ in entries]


def _cell(ws, value, font=None, number_format=None, alignment=None, fill=None, border=None):
    cell = set_safe(WriteOnlyCell(ws), value)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if alignment is not None:
        cell.alignment = alignment
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    return cell


def _decimals(values: np.ndarray) -> int:
    finite = values[np.isfinite(values)]
    if finite.size == 0 or np.all(finite == np.round(finite)):
        return 0
    return 1 if np.nanmax(np.abs(finite)) >= 100 else 2


def _number_format(decimals: int, suffix: str | None = None) -> str:
    base = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f'{base}" {suffix}"' if suffix else base


def _write_table(ws, table: OfficialTable) -> None:
    n_years = len(table.years)
    decimals = _decimals(table.values)
    plain = _number_format(decimals)
    flags = table.flags
    shown: list[list[str]] = []  # the text each value shows, for column widths
    used_markers: set[str] = set()
    rows = []
    for r, region in enumerate(table.regions):
        row = [_cell(ws, region.code), _cell(ws, region.name)]
        texts = []
        for y in range(n_years):
            value = table.values[r, y]
            flag = None if flags is None else flags[r][y]
            if np.isfinite(value):
                suffix = SUFFIX_FOR_FLAG.get(flag)
                if suffix:
                    used_markers.add(suffix)
                row.append(_cell(ws, float(value), number_format=_number_format(decimals, suffix)))
                texts.append(f"{value:,.{decimals}f}" + (f" {suffix}" if suffix else ""))
            else:
                marker = MARKER_FOR_FLAG.get(flag, "..")
                used_markers.add(marker)
                row.append(_cell(ws, marker, alignment=_RIGHT))
                texts.append(marker)
        shown.append(texts)
        rows.append(row)

    code_width = max([len("Code")] + [len(r.code) for r in table.regions]) + 2
    name_width = min(45, max([len("Region")] + [len(r.name) for r in table.regions]) + 2)
    ws.column_dimensions["A"].width = code_width
    ws.column_dimensions["B"].width = name_width
    for y in range(n_years):
        longest = max([len(str(table.years[y]))] + [len(t[y]) for t in shown])
        ws.column_dimensions[get_column_letter(3 + y)].width = max(9, longest + 3)
    ws.freeze_panes = "C5"
    ws.print_title_rows = "1:4"
    ws.page_setup.orientation = "landscape" if n_years > 8 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False

    unit = table.measure.unit or "as reported"
    ws.append(
        [
            _cell(
                ws,
                f"{table.measure.name}: {table.industry.code} {table.industry.name}",
                font=_TITLE,
            )
        ]
    )
    ws.append([_cell(ws, f"Unit: {unit}. Regions by year.", font=_SUBTITLE)])
    ws.append([])
    header = [
        _cell(ws, "Code", _HEADER, fill=_HEADER_FILL, border=_HEADER_BORDER),
        _cell(ws, "Region", _HEADER, fill=_HEADER_FILL, border=_HEADER_BORDER),
    ]
    header += [
        _cell(ws, int(y), _HEADER, "0", _RIGHT, _HEADER_FILL, _HEADER_BORDER) for y in table.years
    ]
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.append([])
    notes = [f"Source: {public_text(s)}" for s in table.sources]
    if used_markers:
        notes.append("Symbols: " + "; ".join(_LEGEND[m] for m in _LEGEND if m in used_markers))
    if plain != "#,##0":
        notes.append(
            f"Figures rounded to {decimals} decimal place(s) for display; the cells "
            "hold the full values."
        )
    for note in notes:
        ws.append([_cell(ws, note, font=_NOTE)])


def _write_contents(ws, title: str, entries) -> None:
    ws.column_dimensions["A"].width = max([10] + [len(name) + 3 for name, _ in entries])
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 75
    ws.column_dimensions["D"].width = 18
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append([_cell(ws, title, font=_TITLE)])
    today = _dt.date.today().isoformat()
    ws.append(
        [_cell(ws, f"{len(entries)} tables, exported by Anticipa on {today}.", font=_SUBTITLE)]
    )
    ws.append([])
    ws.append(
        [
            _cell(ws, text, _HEADER, fill=_HEADER_FILL, border=_HEADER_BORDER)
            for text in ("Table", "Measure", "Industry", "Unit")
        ]
    )
    ws.freeze_panes = "A5"
    for name, table in entries:
        link = _cell(ws, name, font=_LINK)
        link.hyperlink = f"#'{name}'!A1"
        ws.append(
            [
                link,
                _cell(ws, table.measure.name),
                _cell(ws, f"{table.industry.code} {table.industry.name}"),
                _cell(ws, table.measure.unit),
            ]
        )
