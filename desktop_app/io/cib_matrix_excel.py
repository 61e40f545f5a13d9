"""A cross-impact matrix as an Excel sheet, rows and columns labelled "Descriptor: Variant".

Row ``(i, k)`` is the impacting variant, column ``(j, l)`` the impacted one, as in ScenarioWizard.
The writer shades each value (blue promotes, orange restricts), greys the self-impact blocks and
puts every comment in a cell note. The reader checks the whole sheet before returning anything:
labels that are missing, malformed or duplicated, a non-square or ragged grid, row and column
labels that differ, values off the scale or not whole numbers. Each problem names the sheet and
cell; when any is an error, ``matrix`` is None, so nothing is half-imported.

Missing-value policy: blank cells inside a self-impact block are 0 (the block is closed); a blank
anywhere else is an error (a ragged row), because a missing judgement and "no impact" must not
be confused silently.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.errors import UserError
from desktop_app.io.cells import a1, parse_number
from desktop_app.io.workbook import Problem, open_workbook
from desktop_app.io.xlsx_safety import atomic_target, neutral_properties, set_safe
from desktop_app.texts import Text

__all__ = [
    "SHEET",
    "MatrixSheet",
    "MatrixSheetError",
    "read_matrix_workbook",
    "write_matrix_workbook",
]

SHEET = "Cross impacts"
CORNER = "impact of (row) on (column)"
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_SELF_FILL = PatternFill("solid", fgColor="D9D9D9")
# colour-blind safe diverging shades: orange restricts, blue promotes (strength 1..3)
_NEGATIVE = ("FDE0C5", "FDB97D", "F28A2E")
_POSITIVE = ("D6E6F4", "9DC3E6", "5B9BD5")


class MatrixSheetError(UserError):
    """The workbook holds no usable matrix; ``problems`` says where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        shown = "; ".join(f"{p.place}: {p.reason}" for p in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        file = errors[0].file if errors else ""
        super().__init__(f"{file}: {shown}{more}")


@dataclass
class MatrixSheet:
    """What a matrix sheet holds: descriptors with variants, the matrix, comments, problems."""

    file: str
    sheet: str
    descriptors: list[tuple[str, list[str]]]
    matrix: np.ndarray | None
    comments: dict[tuple[int, int], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def raise_for_errors(self) -> MatrixSheet:
        """Return self, or raise :class:`MatrixSheetError` when the sheet has errors."""
        if self.errors:
            raise MatrixSheetError(self.problems)
        return self


def _labels(descriptors: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    return [f"{name}: {variant}" for name, variants in descriptors for variant in variants]


def _fill(value: float, scale: float) -> PatternFill | None:
    if value == 0 or not math.isfinite(value):
        return None
    step = min(2, max(0, math.ceil(abs(value) / max(scale, 1) * 3) - 1))
    colour = (_POSITIVE if value > 0 else _NEGATIVE)[step]
    return PatternFill("solid", fgColor=colour)


def write_matrix_workbook(
    target: str | Path,
    descriptors: Sequence[tuple[str, Sequence[str]]],
    matrix: np.ndarray,
    comments: dict[tuple[int, int], str] | None = None,
    title: str = "Cross-impact matrix",
) -> None:
    """Write the matrix on sheet ``Cross impacts`` (appears only when complete).

    Parameters
    ----------
    descriptors : sequence of (name, variants)
        In matrix order.
    matrix : ndarray (N, N)
        Row = impacting variant, column = impacted variant.
    comments : dict {(row, col): text}, optional
        0-based matrix positions; written as cell notes.
    """
    labels = _labels(descriptors)
    values = np.asarray(matrix, dtype=float)
    n = len(labels)
    if values.shape != (n, n):
        raise ValueError(f"the matrix is {values.shape} but the descriptors have {n} variants")
    sizes = [len(v) for _, v in descriptors]
    owner = np.repeat(np.arange(len(sizes)), sizes)
    scale = max(3.0, float(np.abs(values).max(initial=0)))
    with atomic_target(target) as temp:
        wb = Workbook()
        neutral_properties(wb, title)
        ws = wb.active
        ws.title = SHEET
        corner = set_safe(ws.cell(1, 1), CORNER)
        corner.font, corner.alignment = Font(italic=True, size=9), Alignment(wrap_text=True)
        for k, label in enumerate(labels, start=2):
            for cell in (ws.cell(1, k), ws.cell(k, 1)):
                set_safe(cell, label).font = _BOLD
                cell.fill = _HEADER_FILL
            ws.cell(1, k).alignment = Alignment(text_rotation=90, vertical="bottom")
        ws.column_dimensions["A"].width = max(16, min(40, max(map(len, labels), default=10) + 2))
        ws.row_dimensions[1].height = max(60, min(180, 6 * max(map(len, labels), default=10)))
        for r in range(n):
            for c in range(n):
                value = values[r, c]
                cell = ws.cell(r + 2, c + 2, int(value) if float(value).is_integer() else value)
                if owner[r] == owner[c]:
                    cell.fill = _SELF_FILL
                elif (fill := _fill(value, scale)) is not None:
                    cell.fill = fill
        for (r, c), text in (comments or {}).items():
            if text:
                ws.cell(r + 2, c + 2).comment = Comment(text, "Anticipa")
        for k in range(2, n + 2):
            ws.column_dimensions[ws.cell(1, k).column_letter].width = 5
        if np.all((values >= -3) & (values <= 3) & (np.mod(values, 1) == 0)) and n:
            dv = DataValidation(type="whole", operator="between", formula1="-3", formula2="3")
            dv.error = "A whole number from -3 (strongly restricting) to +3 (strongly promoting)."
            dv.showErrorMessage = True
            dv.add(f"B2:{a1(n, n)}")
            ws.add_data_validation(dv)
        ws.freeze_panes = "B2"
        wb.save(temp)


def _split_label(text: str) -> tuple[str, str] | None:
    name, sep, variant = text.partition(":")
    if not sep or not name.strip() or not variant.strip():
        return None
    return name.strip(), variant.strip()


def read_matrix_workbook(
    path: str | Path,
    sheet: str | None = None,
    scale: tuple[float, float] | None = (-3, 3),
) -> MatrixSheet:
    """Read a matrix sheet; every problem is listed, and ``matrix`` is None on any error.

    Parameters
    ----------
    path : path
        .xlsx, .xls, .ods or .csv.
    sheet : str, optional
        Default: ``Cross impacts`` when present, else the first sheet.
    scale : (low, high) or None
        Allowed range of whole-number values; None accepts any whole number (e.g. matrices
        that came from ScenarioWizard with sums of judgements).
    """
    with open_workbook(path) as book:
        name = sheet or (SHEET if SHEET in book.sheet_names else book.sheet_names[0])
        if name not in book.sheet_names:
            raise MatrixSheetError(
                [Problem(book.file_name, None, None, Text(
                    "no sheet named {name}",
                    name=f"{name!r}",
                ), "error")]
            )
        grid = book.read_sheet(name)
    problems: list[Problem] = []

    def error(r: int, c: int, reason: str) -> None:
        problems.append(Problem(grid.file, grid.sheet, a1(r, c), reason, "error"))

    def text(r: int, c: int) -> str:
        value = grid.value(r, c)
        return "" if value is None else str(value).strip()

    n_cols = max(
        (c for c in range(1, grid.n_cols) if text(0, c)),
        default=0,
    )
    n_rows = max((r for r in range(1, grid.n_rows) if text(r, 0)), default=0)
    if n_cols == 0 or n_rows == 0:
        error(
            0,
            1 if n_cols == 0 else 0,
            "no labels: row 1 and column A must name every variant as 'Descriptor: Variant'",
        )
        return MatrixSheet(grid.file, grid.sheet, [], None, {}, problems)
    col_labels = _read_labels(grid, [(0, c) for c in range(1, n_cols + 1)], text, error)
    row_labels = _read_labels(grid, [(r, 0) for r in range(1, n_rows + 1)], text, error)
    if n_rows != n_cols:
        error(
            max(n_rows, n_cols) if n_rows > n_cols else 0,
            0 if n_rows > n_cols else max(n_rows, n_cols),
            f"the matrix is not square: {n_rows} labelled rows but {n_cols} labelled columns",
        )
    else:
        for k, (rl, cl) in enumerate(zip(row_labels, col_labels, strict=True), start=1):
            if rl and cl and rl != cl:
                error(
                    k,
                    0,
                    f"row label {': '.join(rl)!r} differs from column label "
                    f"{': '.join(cl)!r} ({a1(0, k)}); rows and columns must list the "
                    "variants in the same order",
                )
                break
    descriptors = _descriptors(col_labels, error)
    if problems:
        return MatrixSheet(grid.file, grid.sheet, descriptors, None, {}, problems)
    n = n_cols
    owner = np.repeat(np.arange(len(descriptors)), [len(v) for _, v in descriptors])
    matrix = np.zeros((n, n))
    for r in range(n):
        for c in range(n):
            raw = grid.value(r + 1, c + 1)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                if owner[r] != owner[c]:
                    error(
                        r + 1,
                        c + 1,
                        f"blank cell: {_label(row_labels[r])} -> "
                        f"{_label(col_labels[c])} has no value (ragged row)",
                    )
                continue
            value = _number(raw)
            if value is None or not value.is_integer():
                error(r + 1, c + 1, f"{_shown(raw)} is not a whole number")
            elif scale is not None and not scale[0] <= value <= scale[1]:
                error(r + 1, c + 1, f"{_shown(raw)} is off the scale {scale[0]:g}..{scale[1]:+g}")
            else:
                matrix[r, c] = value
        for c in range(n + 1, grid.n_cols):
            if text(r + 1, c):
                error(r + 1, c, "a value outside the labelled columns (ragged row)")
                break
    for r in range(n + 1, grid.n_rows):
        if any(text(r, c) for c in range(1, grid.n_cols)):
            error(r, 1, "values below the labelled rows (ragged matrix)")
            break
    comments = _comments(Path(path), grid.sheet, n) if not problems else {}
    return MatrixSheet(
        grid.file, grid.sheet, descriptors, None if problems else matrix, comments, problems
    )


def _label(pair: tuple[str, str] | None) -> str:
    return ": ".join(pair) if pair else "?"


def _shown(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return repr(raw) if isinstance(raw, str) else str(raw)


def _number(raw: object) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw) if math.isfinite(raw) else None
    if isinstance(raw, str):
        return parse_number(raw)
    return None


def _read_labels(grid, cells, text, error) -> list[tuple[str, str] | None]:
    out: list[tuple[str, str] | None] = []
    seen: dict[tuple[str, str], tuple[int, int]] = {}
    for r, c in cells:
        raw = text(r, c)
        if not raw:
            error(r, c, "missing name: every row and column needs a 'Descriptor: Variant' label")
            out.append(None)
            continue
        pair = _split_label(raw)
        if pair is None:
            error(r, c, f"{raw!r} is not a 'Descriptor: Variant' label")
        elif pair in seen:
            error(r, c, f"{raw!r} is a duplicate of {a1(*seen[pair])}")
            pair = None
        else:
            seen[pair] = (r, c)
        out.append(pair)
    return out


def _descriptors(labels, error) -> list[tuple[str, list[str]]]:
    """Group labels into descriptors; a descriptor's variants must be adjacent, two or more."""
    out: list[tuple[str, list[str]]] = []
    first_col: dict[str, int] = {}
    for k, pair in enumerate(labels, start=1):
        if pair is None:
            continue
        name, variant = pair
        if out and out[-1][0] == name:
            out[-1][1].append(variant)
        elif name in first_col:
            error(
                0,
                k,
                f"descriptor {name!r} appears again after other descriptors; keep its "
                "variants together",
            )
        else:
            first_col[name] = k
            out.append((name, [variant]))
    for name, variants in out:
        if len(variants) < 2:
            error(
                0,
                first_col[name],
                f"descriptor {name!r} has only one variant; it needs two or more",
            )
    return out


def _comments(path: Path, sheet: str, n: int) -> dict[tuple[int, int], str]:
    """Cell notes inside the matrix (xlsx only; other formats carry none)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    wb = load_workbook(path, read_only=False, data_only=True)
    try:
        ws = wb[sheet]
        found = {}
        for row in ws.iter_rows(min_row=2, max_row=n + 1, min_col=2, max_col=n + 1):
            for cell in row:
                if cell.comment is not None and cell.comment.text.strip():
                    found[(cell.row - 2, cell.column - 2)] = cell.comment.text.strip()
        return found
    finally:
        wb.close()
