"""The effects workbook of regional futures: sheets ``Effects`` and ``Shocks``.

``Effects``: columns ``descriptor, variant, industry, low, mode, high`` (percentage points of
annual growth; industry ``*`` = all industries). ``Shocks``: ``descriptor, variant, industry,
start, depth, recovery_years`` and optionally ``recovery`` (``linear``, the default, or
``exponential``); depth in % of the level, negative for a fall. Headers are matched without
regard to case, in any column order. The whole workbook is checked before anything is
returned; every problem names the file, sheet and cell. Names are resolved against a study by
the caller (``services.futures``), which reports unknown ones with the cell they came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.io.cells import a1, parse_number
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.texts import Text

__all__ = [
    "EFFECT_COLUMNS",
    "SHOCK_COLUMNS",
    "EffectRow",
    "EffectsWorkbook",
    "EffectsWorkbookError",
    "ShockRow",
    "read_effect_rows",
    "read_effects_workbook",
    "read_shock_rows",
]

EFFECTS_SHEET = "Effects"
SHOCKS_SHEET = "Shocks"
EFFECT_COLUMNS = ("descriptor", "variant", "industry", "low", "mode", "high")
SHOCK_COLUMNS = ("descriptor", "variant", "industry", "start", "depth", "recovery_years")


class EffectsWorkbookError(UserError):
    """The effects workbook cannot be read as it is; the message names file, sheet and cell."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "; ".join(f"{p.place}: {p.reason}" for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        first = problems[0]
        super().__init__(
            f"{Path(first.file).name}: {shown}{more}",
            file=first.file,
            sheet=first.sheet,
            cell=first.cell,
        )


@dataclass(frozen=True)
class EffectRow:
    descriptor: str
    variant: str
    industry: str
    low: float
    mode: float
    high: float
    #: ``Sheet!A5`` of the row's first cell, for messages about the names.
    place: str
    #: The study the row belongs to (an exchange workbook's sheets hold several).
    study: str = ""


@dataclass(frozen=True)
class ShockRow:
    descriptor: str
    variant: str
    industry: str
    start: int
    #: Percent of the level (-20 = a 20 % fall), as in the sheet.
    depth: float
    recovery_years: int
    recovery: str
    place: str
    study: str = ""


@dataclass(frozen=True)
class EffectsWorkbook:
    file: str
    effects: list[EffectRow]
    shocks: list[ShockRow]


def read_effects_workbook(path: str | Path) -> EffectsWorkbook:
    """Read and check both sheets; raise :class:`EffectsWorkbookError` listing every problem."""
    problems: list[Problem] = []
    effects: list[EffectRow] = []
    shocks: list[ShockRow] = []
    with open_workbook(path) as book:
        names = {n.lower(): n for n in book.sheet_names}
        if EFFECTS_SHEET.lower() not in names and SHOCKS_SHEET.lower() not in names:
            raise EffectsWorkbookError(
                [
                    Problem(
                        str(path),
                        None,
                        None,
                        Text(
                            "no sheet {effects_sheet} or {shocks_sheet}; the workbook has {names}",
                            effects_sheet=f"{EFFECTS_SHEET!r}",
                            shocks_sheet=f"{SHOCKS_SHEET!r}",
                            names=', '.join(book.sheet_names),
                        ),
                        "error",
                    )
                ]
            )
        effects = read_effect_rows(_sheet(book, names, EFFECTS_SHEET), problems)
        shocks = read_shock_rows(_sheet(book, names, SHOCKS_SHEET), problems)
    if problems:
        raise EffectsWorkbookError(problems)
    return EffectsWorkbook(str(path), effects, shocks)


def _sheet(book, names: dict[str, str], title: str) -> Grid | None:
    return book.read_sheet(names[title.lower()]) if title.lower() in names else None


def read_effect_rows(grid: Grid | None, problems: list[Problem]) -> list[EffectRow]:
    """The rows of an effects sheet (an optional ``study`` column says whose they are)."""
    effects = []
    for row, cells in _records(grid, EFFECT_COLUMNS, ("study",), problems):
        low, mode, high = (cells[c] for c in ("low", "mode", "high"))
        if None in (low, mode, high):
            continue
        if not low <= mode <= high:
            problems.append(_problem(grid, row, 3, "needs low <= mode <= high"))
            continue
        effects.append(
            EffectRow(*_names(cells), low, mode, high, _place(grid, row), cells.get("study", ""))
        )
    return effects


def read_shock_rows(grid: Grid | None, problems: list[Problem]) -> list[ShockRow]:
    """The rows of a shocks sheet (an optional ``study`` column says whose they are)."""
    shocks = []
    for row, cells in _records(grid, SHOCK_COLUMNS, ("recovery", "study"), problems):
        shock = _shock(grid, row, cells, problems)
        if shock is not None:
            shocks.append(shock)
    return shocks


def _problem(grid: Grid, row: int, col: int, reason: str) -> Problem:
    return Problem(grid.file, grid.sheet, a1(row, col), reason, "error")


def _place(grid: Grid, row: int) -> str:
    return f"{grid.sheet}!{a1(row, 0)}"


def _names(cells: dict) -> tuple[str, str, str]:
    return cells["descriptor"], cells["variant"], cells["industry"]


_TEXT = ("descriptor", "variant", "industry", "recovery", "study")


def _records(grid: Grid, required: tuple[str, ...], optional: tuple[str, ...], problems):
    """``(row, {column: value})`` for each non-empty row under the header row.

    Text columns are stripped strings; number columns floats, or None after a problem has been
    recorded for the cell.
    """
    if grid is None:
        return
    header = {str(grid.value(0, c)).strip().lower(): c for c in range(grid.n_cols)}
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(
            Problem(
                grid.file,
                grid.sheet,
                "1:1",
                Text(
                    "the header row lacks {names} (columns: {names2})",
                    names=', '.join(missing),
                    names2=', '.join(required),
                ),
                "error",
            )
        )
        return
    columns = [c for c in (*required, *optional) if c in header]
    for row in range(1, grid.n_rows):
        if all(str(v).strip() == "" for v in grid.rows[row]):
            continue
        cells: dict = {}
        for name in columns:
            col = header[name]
            raw = grid.value(row, col)
            if name in _TEXT:
                text = str(raw).strip()
                if not text and name not in ("recovery", "study"):
                    problems.append(_problem(grid, row, col, f"{name} is empty"))
                cells[name] = text
            else:
                number = (
                    raw
                    if isinstance(raw, int | float) and not isinstance(raw, bool)
                    else (parse_number(str(raw)) if str(raw).strip() else None)
                )
                if number is None:
                    problems.append(_problem(grid, row, col, f"{name} is not a number: {raw!r}"))
                cells[name] = None if number is None else float(number)
        yield row, cells


def _shock(grid: Grid, row: int, cells: dict, problems: list[Problem]) -> ShockRow | None:
    start, depth, years = cells["start"], cells["depth"], cells["recovery_years"]
    if None in (start, depth, years):
        return None
    header = {str(grid.value(0, c)).strip().lower(): c for c in range(grid.n_cols)}
    if not float(start).is_integer():
        problems.append(_problem(grid, row, header["start"], f"start is not a year: {start:g}"))
        return None
    if not depth > -100:
        problems.append(
            _problem(grid, row, header["depth"], f"a depth of {depth:g} % leaves nothing")
        )
        return None
    if years < 0 or not float(years).is_integer():
        problems.append(
            _problem(
                grid,
                row,
                header["recovery_years"],
                f"recovery_years must be a whole number of years >= 0: {years:g}",
            )
        )
        return None
    recovery = (cells.get("recovery") or "linear").lower()
    if recovery not in ("linear", "exponential"):
        problems.append(
            _problem(
                grid, row, header["recovery"], f"recovery is linear or exponential: {recovery!r}"
            )
        )
        return None
    return ShockRow(
        *_names(cells),
        int(start),
        depth,
        int(years),
        recovery,
        _place(grid, row),
        cells.get("study", ""),
    )
