"""Report workbooks: tables of results with native Excel charts and conditional formatting.

The services assemble what a report holds (indicator tables, lifecycle stages, competencies,
scenario results) as :class:`ReportSheet` objects of :class:`ReportTable`; this module lays
them out: a Summary sheet listing the sections, then one sheet per section with each table's
title, a styled header, number formats, conditional formatting (colour scales, data bars,
thresholds such as LQ >= 1) and, where asked, a native chart (bar, column, line or scatter)
next to the table that Excel and LibreOffice draw from the cells themselves. Every word of
the report (sheet names, titles, headers, notes, texts in cells) may be a ``Text``, written in
the report's :class:`~desktop_app.io.language.Language`; numbers stay numbers.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference, ScatterChart, Series
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop_app.io.language import ENGLISH, Language
from desktop_app.io.xlsx_safety import (
    atomic_target,
    neutral_properties,
    public_text,
    safe_sheet_title,
    set_safe,
)
from desktop_app.texts import Text

__all__ = ["ChartSpec", "Highlight", "ReportSheet", "ReportTable", "write_report"]

_TITLE = Font(bold=True, size=14)
_TABLE_TITLE = Font(bold=True, size=12)
_HEADER = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_BORDER = Border(bottom=Side(style="thin"))
_NOTE = Font(size=9, italic=True, color="444444")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
# colour-blind safe pair (blue / orange) for thresholds and the diverging colour scale
_GOOD_FILL = PatternFill("solid", fgColor="C6DBEF")
_BAD_FILL = PatternFill("solid", fgColor="FDD0A2")
_CHART_ROWS = 16  # rows a chart occupies when it sits below a short table


@dataclass(frozen=True)
class Highlight:
    """Conditional formatting of one column.

    ``kind``: ``'scale'`` (three-colour scale, low orange - white - high blue), ``'bar'`` (data
    bars), ``'at_least'`` / ``'below'`` (fill cells >= / < ``threshold``), ``'equals'`` (fill
    cells equal to the text or number ``threshold``).
    """

    column: str
    kind: Literal["scale", "bar", "at_least", "below", "equals"]
    threshold: float | str | None = None


@dataclass(frozen=True)
class ChartSpec:
    """A native chart drawn from the table: ``series`` columns against ``category``."""

    kind: Literal["column", "bar", "line", "scatter"]
    category: str
    series: Sequence[str]
    title: str = ""
    x_title: str = ""
    y_title: str = ""


@dataclass
class ReportTable:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence]
    number_formats: dict[str, str] = field(default_factory=dict)
    highlights: Sequence[Highlight] = ()
    chart: ChartSpec | None = None
    notes: Sequence[str] = ()

    def __post_init__(self) -> None:
        width = len(self.columns)
        for k, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(
                    f"table {self.title!r}, row {k + 1}: {len(row)} values for {width} columns"
                )
        named = [h.column for h in self.highlights] + list(self.number_formats)
        if self.chart is not None:
            named += [self.chart.category, *self.chart.series]
        unknown = [c for c in named if c not in self.columns]
        if unknown:
            raise ValueError(f"table {self.title!r}: unknown column(s) {', '.join(unknown)}")


@dataclass
class ReportSheet:
    """One section of the report (a sheet): e.g. indicators, lifecycles, scenarios."""

    name: str
    description: str
    tables: Sequence[ReportTable]


def write_report(
    target: str | Path,
    sheets: Sequence[ReportSheet],
    title: str = "Anticipa report",
    notes: Sequence[str] = (),
    progress=None,
    language: Language = ENGLISH,
) -> list[str]:
    """Write the report workbook; return its sheet names after the Summary.

    Parameters
    ----------
    target : path
        The .xlsx to write (appears only when complete).
    sheets : sequence of ReportSheet
    title : str
        Shown on the Summary sheet.
    notes : sequence of str
        Lines for the Summary sheet, e.g. what could not be included and why.
    progress : object with ``report(fraction, text)`` and ``check()``, optional
    language : Language
        The language of its words, numbers in texts and dates.
    """
    with atomic_target(target) as temp:
        wb = Workbook()
        words = language.text
        neutral_properties(wb, words(title))
        summary = wb.active
        summary.title = words(Text("Summary"))
        taken = {summary.title}
        names = []
        for k, sheet in enumerate(sheets):
            if progress is not None:
                progress.check()
                progress.report(k / max(1, len(sheets)), Text("Report: {sheet}", sheet=sheet.name))
            ws = wb.create_sheet(safe_sheet_title(words(sheet.name), taken))
            _write_sheet(ws, sheet, words)
            names.append(ws.title)
        _write_summary(summary, title, sheets, names, notes, language)
        for ws in wb.worksheets:
            _fit_to_page_width(ws)
        wb.save(temp)
    if progress is not None:
        progress.report(1.0, Text("Report written"))
    return names


def _fit_to_page_width(ws) -> None:
    """Print (and convert to PDF) each sheet landscape, one page wide, tables and charts whole."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_summary(ws, title, sheets, names, notes, language: Language) -> None:
    words = language.text
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    set_safe(ws["A1"], words(title)).font = _TITLE
    exported = Text("Exported by Anticipa on {date}.", date=language.date(_dt.date.today()))
    set_safe(ws["A2"], words(exported)).font = _NOTE
    for c, text in enumerate((Text("Section"), Text("Contents")), start=1):
        cell = ws.cell(4, c, words(text))
        cell.font, cell.fill, cell.border = _HEADER, _HEADER_FILL, _HEADER_BORDER
    row = 5
    for sheet, name in zip(sheets, names, strict=True):
        link = set_safe(ws.cell(row, 1), name)
        link.hyperlink = f"#'{name}'!A1"
        link.style = "Hyperlink"
        set_safe(ws.cell(row, 2), words(sheet.description)).alignment = _WRAP_TOP
        row += 1
    row += 1
    for note in notes:
        set_safe(ws.cell(row, 1), public_text(words(note))).font = _NOTE
        row += 1


def _write_sheet(ws, sheet: ReportSheet, words) -> None:
    row = 1
    widths: dict[int, int] = {}
    for table in sheet.tables:
        row = _write_table(ws, table, row, widths, words) + 2
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(60, max(9, width + 2))
    ws.freeze_panes = None


def _write_table(ws, table: ReportTable, top: int, widths: dict[int, int], words) -> int:
    """Write one table from row ``top`` with ``words`` (a text in the report's language);
    return the last row used."""
    set_safe(ws.cell(top, 1), words(table.title)).font = _TABLE_TITLE
    header_row = top + 1
    for c, column in enumerate(table.columns, start=1):
        name = words(column)
        cell = set_safe(ws.cell(header_row, c), name)
        cell.font, cell.fill, cell.border = _HEADER, _HEADER_FILL, _HEADER_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        widths[c] = max(widths.get(c, 0), min(len(name), 18))
    if any(len(words(name)) > 18 for name in table.columns):
        ws.row_dimensions[header_row].height = 30  # room for the wrapped header
    formats = {table.columns.index(k) + 1: v for k, v in table.number_formats.items()}
    for r, values in enumerate(table.rows, start=header_row + 1):
        for c, value in enumerate(values, start=1):
            value = words(value) if isinstance(value, Text) else value
            cell = set_safe(ws.cell(r, c), value)
            if c in formats:
                cell.number_format = formats[c]
            shown = len(f"{value:,.2f}") if isinstance(value, float) else len(str(value or ""))
            widths[c] = max(widths.get(c, 0), shown)
    first, last = header_row + 1, header_row + len(table.rows)
    if table.rows:
        for highlight in table.highlights:
            _apply_highlight(ws, table, highlight, first, last, words)
    end = last
    for note in table.notes:
        end += 1
        set_safe(ws.cell(end, 1), public_text(words(note))).font = _NOTE
    if table.chart is not None and table.rows:
        chart = _chart(ws, table, header_row, first, last, words)
        anchor_col = len(table.columns) + 2
        ws.add_chart(chart, f"{get_column_letter(anchor_col)}{top}")
        end = max(end, top + _CHART_ROWS)
    return end


def _apply_highlight(ws, table, highlight: Highlight, first: int, last: int, words) -> None:
    letter = get_column_letter(table.columns.index(highlight.column) + 1)
    span = f"{letter}{first}:{letter}{last}"
    if highlight.kind == "scale":
        rule = ColorScaleRule(
            start_type="min",
            start_color="F8A55F",
            mid_type="percentile",
            mid_value=50,
            mid_color="FFFFFF",
            end_type="max",
            end_color="6BAED6",
        )
    elif highlight.kind == "bar":
        rule = DataBarRule(start_type="min", end_type="max", color="6BAED6", showValue=True)
    elif highlight.kind in ("at_least", "below"):
        operator = "greaterThanOrEqual" if highlight.kind == "at_least" else "lessThan"
        fill = _GOOD_FILL if highlight.kind == "at_least" else _BAD_FILL
        rule = CellIsRule(operator=operator, formula=[repr(float(highlight.threshold))], fill=fill)
    elif highlight.kind == "equals":
        value = highlight.threshold
        formula = f'"{words(value)}"' if isinstance(value, str) else repr(float(value))
        rule = CellIsRule(operator="equal", formula=[formula], fill=_GOOD_FILL)
    else:
        raise ValueError(f"unknown highlight kind {highlight.kind!r}")
    ws.conditional_formatting.add(span, rule)


def _chart(ws, table: ReportTable, header_row: int, first: int, last: int, words):
    spec = table.chart
    cat_col = table.columns.index(spec.category) + 1
    categories = Reference(ws, min_col=cat_col, min_row=first, max_row=last)
    if spec.kind == "scatter":
        chart = ScatterChart()
        chart.style = 13
        for name in spec.series:
            col = table.columns.index(name) + 1
            values = Reference(ws, min_col=col, min_row=header_row, max_row=last)
            series = Series(values, categories, title_from_data=True)
            series.marker.symbol = "circle"
            series.graphicalProperties.line.noFill = True
            chart.series.append(series)
    else:
        chart = LineChart() if spec.kind == "line" else BarChart()
        if spec.kind in ("bar", "column"):
            chart.type = "bar" if spec.kind == "bar" else "col"
        if spec.kind == "bar":  # first category on top, as in the table
            chart.x_axis.scaling.orientation = "maxMin"
        for name in spec.series:
            col = table.columns.index(name) + 1
            chart.add_data(
                Reference(ws, min_col=col, min_row=header_row, max_row=last), titles_from_data=True
            )
        chart.set_categories(categories)
    chart.title = words(spec.title or table.title)
    chart.x_axis.title = words(spec.x_title or spec.category)
    chart.y_axis.title = words(spec.y_title or (spec.series[0] if len(spec.series) == 1 else ""))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = max(7.5, 0.55 * (last - first + 1)) if spec.kind == "bar" else 7.5
    chart.width = 15
    if len(spec.series) == 1:
        chart.legend = None
    return chart
