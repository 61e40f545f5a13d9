"""Data-collection templates: a workbook officials fill in and send back, importable as is.

The template has an Instructions sheet, a Data sheet whose header row is protected and whose input
cells are unlocked, drop-down lists (data validation) of the project's regions, industries,
measures, years and flags, and a protected Codes sheet holding those lists with their names. The
Data sheet uses the tidy exchange columns, so a filled template is read by
:func:`desktop_app.io.export_tidy.read_tidy` (and by the importer) with no mapping step.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.errors import UserError
from desktop_app.io.cells import FLAGS
from desktop_app.io.export_tidy import ClassificationEntry, MeasureEntry
from desktop_app.io.xlsx_safety import atomic_target, neutral_properties, set_safe
from desktop_app.texts import Number, Text

__all__ = ["MAX_PREFILLED_ROWS", "TEMPLATE_COLUMNS", "write_template"]

#: Columns of the template's Data sheet (the tidy columns an official fills, plus a comment).
TEMPLATE_COLUMNS = ("region", "industry", "measure", "year", "value", "flag", "comment")
#: Above this many region x industry x measure x year combinations rows are not pre-filled.
MAX_PREFILLED_ROWS = 50_000

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")


def write_template(
    target: str | Path,
    regions: Sequence[ClassificationEntry],
    industries: Sequence[ClassificationEntry],
    measures: Sequence[MeasureEntry],
    years: Sequence[int],
    title: str = "Data collection",
    prefill: bool | None = None,
    blank_rows: int = 200,
    password: str | None = None,
) -> int:
    """Write a data-collection template; return the number of input rows on the Data sheet.

    Parameters
    ----------
    target : path
        The .xlsx to write (appears only when complete).
    regions, industries, measures, years
        What the drop-down lists offer, in this order.
    title : str
        Shown on the Instructions sheet.
    prefill : bool, optional
        Write one row per region x industry x measure x year with the value left to fill.
        Default: when there are at most :data:`MAX_PREFILLED_ROWS` combinations.
    blank_rows : int
        Unlocked empty rows after the pre-filled ones, for combinations not listed.
    password : str, optional
        Protect the sheets with this password (default: protected without a password, which
        stops accidental edits of headers and lists but not a determined user).
    """
    if not (regions and industries and measures and years):
        raise UserError(Text("a template needs at least one region, industry, measure and year"))
    combinations = len(regions) * len(industries) * len(measures) * len(years)
    if prefill is None:
        prefill = combinations <= MAX_PREFILLED_ROWS
    if prefill and combinations > MAX_PREFILLED_ROWS:
        raise UserError(
            Text(
                "{combinations} combinations are too many to pre-fill (at most "
                "{max_prefilled_rows}); choose fewer, or leave prefill off",
                combinations=Number(f"{combinations:,}"),
                max_prefilled_rows=Number(f"{MAX_PREFILLED_ROWS:,}"),
            )
        )
    with atomic_target(target) as temp:
        wb = Workbook()
        neutral_properties(wb, title)
        wb.custom_doc_props.append(StringProperty(name="anticipa_layout", value="template"))
        instructions = wb.active
        instructions.title = "Instructions"
        data = wb.create_sheet("Data")
        codes = wb.create_sheet("Codes")
        ranges = _write_codes(codes, regions, industries, measures, years)
        n_rows = _write_data(
            data, ranges, regions, industries, measures, years, prefill, blank_rows
        )
        _write_instructions(instructions, title, prefill, n_rows)
        for ws in (instructions, data, codes):
            ws.protection.sheet = True
            if password:
                ws.protection.password = password
        data.protection.formatColumns = False  # officials may widen columns
        data.protection.autoFilter = False
        data.protection.sort = False
        wb.active = 0
        wb.save(temp)
    return n_rows


def _write_codes(ws, regions, industries, measures, years) -> dict[str, str]:
    """Lists for the drop-downs, side by side; returns each list's absolute range."""
    blocks = [
        ("region", ["region", "name"], [(e.code, e.name) for e in regions]),
        ("industry", ["industry", "name"], [(e.code, e.name) for e in industries]),
        ("measure", ["measure", "name", "unit"], [(m.code, m.name, m.unit) for m in measures]),
        ("year", ["year"], [(int(y),) for y in years]),
        ("flag", ["flag"], [(f,) for f in FLAGS]),
    ]
    ranges = {}
    col = 1
    sheet = quote_sheetname(ws.title)
    for key, header, rows in blocks:
        for k, text in enumerate(header):
            cell = ws.cell(1, col + k, text)
            cell.font = _BOLD
            cell.fill = _HEADER_FILL
            ws.column_dimensions[get_column_letter(col + k)].width = 12 if k == 0 else 40
        for r, row in enumerate(rows, start=2):
            for k, value in enumerate(row):
                set_safe(ws.cell(r, col + k), value)
        letter = get_column_letter(col)
        ranges[key] = f"{sheet}!${letter}$2:${letter}${len(rows) + 1}"
        col += len(header) + 1
    ws.freeze_panes = "A2"
    return ranges


def _validation(formula: str, title: str, message: str) -> DataValidation:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
    dv.showErrorMessage = True
    dv.errorTitle = title
    dv.error = message
    dv.showInputMessage = True
    dv.promptTitle = title
    dv.prompt = message
    return dv


def _write_data(ws, ranges, regions, industries, measures, years, prefill, blank_rows) -> int:
    widths = (12, 12, 16, 8, 14, 14, 40)
    for k, (name, width) in enumerate(zip(TEMPLATE_COLUMNS, widths, strict=True), start=1):
        cell = ws.cell(1, k, name)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        ws.column_dimensions[get_column_letter(k)].width = width
    ws.freeze_panes = "A2"
    row = 2
    if prefill:
        for m in measures:
            for i in industries:
                for reg in regions:
                    for y in years:
                        set_safe(ws.cell(row, 1), reg.code)
                        set_safe(ws.cell(row, 2), i.code)
                        set_safe(ws.cell(row, 3), m.code)
                        ws.cell(row, 4, int(y))
                        row += 1
    last = row - 1 + blank_rows
    first_blank = row
    for r in range(2, last + 1):
        # keys of pre-filled rows stay locked; everything an official types is unlocked
        for c in range(1, len(TEMPLATE_COLUMNS) + 1):
            if c >= 5 or r >= first_blank:
                cell = ws.cell(r, c)
                cell.protection = _UNLOCKED
                cell.fill = _INPUT_FILL
    span = f"{{col}}2:{{col}}{last}"
    lists = [
        ("A", "region", "Region", "Choose a region code from the list (see sheet Codes)."),
        ("B", "industry", "Industry", "Choose an industry code from the list."),
        ("C", "measure", "Measure", "Choose a measure code from the list."),
        ("D", "year", "Year", "Choose a year from the list."),
        ("F", "flag", "Flag", "Optional: mark the value, e.g. provisional or suppressed."),
    ]
    for col, key, title, message in lists:
        dv = _validation(f"={ranges[key]}", title, message)
        dv.add(span.format(col=col))
        ws.add_data_validation(dv)
    number = DataValidation(
        type="decimal", operator="between", formula1="-1E+15", formula2="1E+15", allow_blank=True
    )
    number.showErrorMessage = True
    number.errorTitle = "Value"
    number.error = "Type a number; leave it empty and choose a flag when there is none."
    number.add(span.format(col="E"))
    ws.add_data_validation(number)
    ws.auto_filter.ref = f"A1:G{last}"
    return last - 1


def _write_instructions(ws, title, prefill, n_rows) -> None:
    ws.column_dimensions["A"].width = 100
    lines = [
        (title, _TITLE),
        ("How to fill in this workbook", _BOLD),
        (
            "1. Go to the sheet Data. Each row is one number: a region, an industry, a measure "
            "and a year.",
            None,
        ),
        (
            "2. Type the number in the column value (yellow cells). Use plain numbers without "
            "units or thousands separators; the unit of each measure is on the sheet Codes.",
            None,
        ),
        (
            "3. If there is no number (confidential, not available, nil), leave value empty and "
            "choose the reason in the column flag. Provisional or estimated numbers keep their "
            "value and get the flag too.",
            None,
        ),
        ("4. Use the column comment for anything the receiver should know.", None),
        (
            "5. "
            + (
                "Rows are pre-filled for every combination; extra rows at the end are free "
                "for combinations that are missing."
                if prefill
                else "Fill one row per number; choose region, industry, measure and year from the "
                "drop-down lists."
            ),
            None,
        ),
        ("6. Do not rename sheets or change the header row; save as .xlsx and send it back.", None),
        ("", None),
        (
            f"The Data sheet has {n_rows:,} input rows. Codes and names of regions, industries "
            "and measures are on the sheet Codes.",
            None,
        ),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        cell = set_safe(ws.cell(r, 1), text)
        cell.alignment = _WRAP
        if font is not None:
            cell.font = font
