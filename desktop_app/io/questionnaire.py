"""Expert questionnaires for cross-impact studies: one workbook per expert, and reading it back.

Each expert gets a workbook listing every pair "if descriptor A is in variant a, how does that
influence descriptor B being in variant b?" with a drop-down on the study's scale (-3..+3 by
default) and a comment column. A hidden key column names each pair by descriptor and variant position, so a returned workbook is read
back even if the expert sorted or filtered the rows. :func:`read_questionnaire` returns the
expert's cross-impact matrix in the usual CIB arrangement (all variants of all descriptors along
both axes, source in rows, target in columns; the diagonal descriptor blocks are zero) with every
blank or off-scale answer reported by cell.

Missing-value policy: a blank or off-scale answer enters the matrix as 0 (no impact, the CIB
convention for an unjudged pair), is marked False in ``answered`` and listed in ``problems``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.errors import UserError
from desktop_app.io.cells import a1, parse_number
from desktop_app.io.workbook import Problem, open_workbook
from desktop_app.io.xlsx_safety import atomic_target, neutral_properties, set_safe
from desktop_app.texts import Text

__all__ = [
    "SCALE",
    "Descriptor",
    "QuestionnaireAnswers",
    "read_questionnaire",
    "write_questionnaire",
]

#: The judgement scale: -3 strongly restricting ... +3 strongly promoting.
SCALE = (-3, 3)
_COLUMNS = (
    "source descriptor",
    "source variant",
    "target descriptor",
    "target variant",
    "impact",
    "comment",
    "key",
)
_KEY_RE = re.compile(r"^D(\d+)V(\d+)>D(\d+)V(\d+)$")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
_BLOCK_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class Descriptor:
    """A key factor of the future and its possible states (variants)."""

    name: str
    variants: tuple[str, ...]
    definition: str = ""

    def __post_init__(self) -> None:
        if len(self.variants) < 2:
            raise UserError(Text(
                "descriptor {name} needs at least two variants",
                name=f"{self.name!r}",
            ))


@dataclass
class QuestionnaireAnswers:
    """One expert's answers: the N x N matrix (N = all variants), what was answered, comments.

    ``matrix[a, b]`` is the impact of source variant ``a`` on target variant ``b`` (variants
    numbered descriptor by descriptor, in study order).
    """

    study: str
    expert: str
    descriptors: list[Descriptor]
    matrix: np.ndarray
    answered: np.ndarray
    comments: dict[tuple[int, int], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def blanks(self) -> list[Problem]:
        return [p for p in self.problems if p.reason.startswith("blank")]

    @property
    def off_scale(self) -> list[Problem]:
        return [p for p in self.problems if p.reason.startswith("off scale")]


def _offsets(descriptors: Sequence[Descriptor]) -> list[int]:
    out, total = [], 0
    for d in descriptors:
        out.append(total)
        total += len(d.variants)
    return out + [total]


def write_questionnaire(
    target: str | Path,
    study: str,
    expert: str,
    descriptors: Sequence[Descriptor],
    prefill: np.ndarray | None = None,
    scale: tuple[int, int] = SCALE,
) -> int:
    """Write one expert's questionnaire; return the number of pairs to judge.

    Parameters
    ----------
    target : path
        The .xlsx to write (appears only when complete).
    study, expert : str
        Printed on the Instructions sheet and read back with the answers.
    descriptors : sequence of Descriptor
        In study order; every variant of each is judged against every variant of the others.
    prefill : ndarray, optional
        An N x N matrix whose values are entered as starting answers (e.g. last round's).
    scale : (low, high)
        The study's judgement scale, offered in the drop-down.
    """
    if len(descriptors) < 2:
        raise UserError(Text("a questionnaire needs at least two descriptors"))
    names = [d.name for d in descriptors]
    if len(set(names)) != len(names):
        raise UserError(Text("descriptor names must be unique"))
    offsets = _offsets(descriptors)
    with atomic_target(target) as temp:
        wb = Workbook()
        neutral_properties(wb, f"{study}: cross-impact questionnaire")
        low, high = scale
        _write_instructions(wb.active, study, expert, descriptors, scale)
        ws = wb.create_sheet("Judgements")
        for k, name in enumerate(_COLUMNS, start=1):
            cell = ws.cell(1, k, name if name != "impact" else f"impact ({low:+d}..{high:+d})")
            cell.font, cell.fill = _BOLD, _HEADER_FILL
        for letter, width in zip("ABCDEFG", (24, 24, 24, 24, 14, 50, 14), strict=True):
            ws.column_dimensions[letter].width = width
        ws.column_dimensions["G"].hidden = True
        row = 2
        block = 0
        for i, di in enumerate(descriptors):
            for j, dj in enumerate(descriptors):
                if i == j:
                    continue
                shade = block % 2 == 1
                block += 1
                for a, va in enumerate(di.variants):
                    for b, vb in enumerate(dj.variants):
                        for col, value in enumerate((di.name, va, dj.name, vb), start=1):
                            cell = set_safe(ws.cell(row, col), value)
                            if shade:
                                cell.fill = _BLOCK_FILL
                        impact = ws.cell(row, 5)
                        if prefill is not None:
                            value = prefill[offsets[i] + a, offsets[j] + b]
                            if np.isfinite(value):
                                impact.value = int(value) if float(value).is_integer() else value
                        for c in (5, 6):
                            ws.cell(row, c).protection = _UNLOCKED
                            ws.cell(row, c).fill = _INPUT_FILL
                        ws.cell(row, 7, f"D{i + 1}V{a + 1}>D{j + 1}V{b + 1}")
                        row += 1
        last = row - 1
        choices = ",".join(str(v) for v in range(low, high + 1))
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        dv.showErrorMessage = True
        dv.errorTitle = "Impact"
        dv.error = (
            f"Choose a whole number from {low} (strongly restricting) to {high:+d} "
            "(strongly promoting)."
        )
        dv.add(f"E2:E{last}")
        ws.add_data_validation(dv)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:F{last}"
        ws.protection.sheet = True
        ws.protection.autoFilter = False
        ws.protection.sort = False
        ws.protection.formatColumns = False
        wb.save(temp)
    return last - 1


def _write_instructions(ws, study, expert, descriptors, scale: tuple[int, int]) -> None:
    ws.title = "Instructions"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 70
    rows = [
        ("Cross-impact questionnaire", None, None),
        (None, None, None),
        ("Study", study, None),
        ("Expert", expert, None),
        (None, None, None),
        (
            "On the sheet Judgements, each row asks: if the source descriptor is in the source "
            "variant, does that promote or restrict the target descriptor being in the target "
            f"variant? Choose {scale[0]} (strongly restricting) to {scale[1]:+d} (strongly "
            "promoting), 0 for no influence. Add a comment where your reasoning matters.",
            None,
            None,
        ),
        (None, None, None),
        ("Descriptor", "Variant", "Definition"),
    ]
    for d in descriptors:
        for k, v in enumerate(d.variants):
            rows.append((d.name if k == 0 else None, v, d.definition if k == 0 else None))
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                set_safe(ws.cell(r, c), value)
    ws["A1"].font = Font(bold=True, size=14)
    for c in "ABC":
        ws[f"{c}8"].font, ws[f"{c}8"].fill = _BOLD, _HEADER_FILL
    ws["A3"].font = ws["A4"].font = _BOLD
    ws.merge_cells("A6:C6")
    ws["A6"].alignment = _WRAP
    ws.row_dimensions[6].height = 48
    ws.protection.sheet = True


def read_questionnaire(
    path: str | Path,
    descriptors: Sequence[Descriptor] | None = None,
    scale: tuple[int, int] = SCALE,
) -> QuestionnaireAnswers:
    """Read a returned questionnaire into the expert's matrix, reporting what was not usable.

    Parameters
    ----------
    path : path
        The returned workbook.
    descriptors : sequence of Descriptor, optional
        The study's descriptors to check the answers against (names must match the
        questionnaire's rows); by default they are read from the Instructions sheet.
    scale : (low, high)
        The study's judgement scale; answers off it are reported and counted as 0.

    Raises
    ------
    ValueError
        The workbook is not a questionnaire (no Judgements sheet or key column).
    """
    with open_workbook(path) as book:
        if "Judgements" not in book.sheet_names:
            raise UserError(
                Text(
                    "{file_name}: no sheet named 'Judgements'; this is not an Anticipa "
                    "questionnaire.",
                    file_name=book.file_name,
                )
            )
        info = book.read_sheet("Instructions") if "Instructions" in book.sheet_names else None
        grid = book.read_sheet("Judgements")
    study = str(info.value(2, 1)).strip() if info else ""
    expert = str(info.value(3, 1)).strip() if info else ""
    if descriptors is None:
        if info is None:
            raise UserError(
                Text(
                    "{file}: no Instructions sheet to read the descriptors from; pass the study's "
                    "descriptors.",
                    file=grid.file,
                )
            )
        descriptors = _descriptors_from(info)
    descriptors = list(descriptors)
    header = [str(v).strip().casefold() for v in (grid.rows[0] if grid.rows else [])]
    if "key" not in header:
        raise UserError(
            Text(
                "{file}, sheet Judgements, row 1: no 'key' column; the questionnaire was changed "
                "too much to be read.",
                file=grid.file,
            )
        )
    k_col = header.index("key")
    i_col = next(k for k, h in enumerate(header) if h.startswith("impact"))
    c_col = header.index("comment") if "comment" in header else None
    offsets = _offsets(descriptors)
    n = offsets[-1]
    matrix = np.zeros((n, n))
    answered = np.zeros((n, n), dtype=bool)
    seen = np.zeros((n, n), dtype=bool)
    comments: dict[tuple[int, int], str] = {}
    problems: list[Problem] = []

    def problem(r, c, reason, severity="warning"):
        problems.append(Problem(grid.file, grid.sheet, a1(r, c), reason, severity))

    for r in range(1, grid.n_rows):
        key = str(grid.value(r, k_col)).strip()
        if not key:
            continue
        m = _KEY_RE.match(key)
        pair = _pair(m, descriptors) if m else None
        if pair is None:
            problem(
                r,
                k_col,
                f"key {key!r} does not match the study's descriptors; row ignored",
                "error",
            )
            continue
        (i, a), (j, b) = pair
        src, dst = offsets[i] + a, offsets[j] + b
        label = (
            f"{descriptors[i].name}: {descriptors[i].variants[a]} -> "
            f"{descriptors[j].name}: {descriptors[j].variants[b]}"
        )
        names = [str(grid.value(r, c)).strip() for c in range(4)]
        expected = [
            descriptors[i].name,
            descriptors[i].variants[a],
            descriptors[j].name,
            descriptors[j].variants[b],
        ]
        if names != expected:
            problem(
                r,
                0,
                f"the row's names {names} differ from the study's {expected}; read by its key",
                "warning",
            )
        seen[src, dst] = True
        if c_col is not None:
            comment = str(grid.value(r, c_col)).strip()
            if comment:
                comments[(src, dst)] = comment
        raw = grid.value(r, i_col)
        value = _impact(raw, scale)
        if raw == "" or raw is None:
            problem(r, i_col, f"blank: {label} (counted as 0)")
        elif value is None:
            problem(
                r,
                i_col,
                f"off scale: {raw!r} for {label} is not a whole number from "
                f"{scale[0]:+d} to {scale[1]:+d} (counted as 0)",
            )
        else:
            matrix[src, dst] = value
            answered[src, dst] = True
    expected_pairs = _off_diagonal(descriptors, offsets)
    for src, dst in zip(*np.nonzero(expected_pairs & ~seen), strict=True):
        problems.append(
            Problem(
                grid.file,
                grid.sheet,
                None,
                Text(
                    "blank: the row for variant pair ({value}, {value2}) is missing from the sheet "
                    "(counted as 0)",
                    value=src + 1,
                    value2=dst + 1,
                ),
            )
        )
    return QuestionnaireAnswers(study, expert, descriptors, matrix, answered, comments, problems)


def _impact(raw: object, scale: tuple[int, int]) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        x = float(raw)
    elif isinstance(raw, str):
        x = parse_number(raw)
        if x is None:
            return None
    else:
        return None
    if not math.isfinite(x) or not x.is_integer() or not scale[0] <= x <= scale[1]:
        return None
    return int(x)


def _pair(m: re.Match, descriptors: Sequence[Descriptor]):
    i, a, j, b = (int(g) - 1 for g in m.groups())
    if not (0 <= i < len(descriptors) and 0 <= j < len(descriptors)) or i == j:
        return None
    if not (0 <= a < len(descriptors[i].variants) and 0 <= b < len(descriptors[j].variants)):
        return None
    return (i, a), (j, b)


def _off_diagonal(descriptors, offsets) -> np.ndarray:
    n = offsets[-1]
    mask = np.ones((n, n), dtype=bool)
    for k in range(len(descriptors)):
        mask[offsets[k] : offsets[k + 1], offsets[k] : offsets[k + 1]] = False
    return mask


def _descriptors_from(info) -> list[Descriptor]:
    """The descriptor list printed on the Instructions sheet (from row 9)."""
    found: list[tuple[str, list[str], str]] = []
    for r in range(8, info.n_rows):
        name, variant, definition = (str(info.value(r, c)).strip() for c in range(3))
        if name:
            found.append((name, [], definition))
        if variant and found:
            found[-1][1].append(variant)
    return [Descriptor(n, tuple(v), d) for n, v, d in found]
