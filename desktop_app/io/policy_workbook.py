"""The policy options workbook: sheets ``Options`` and ``Option effects``, edited in Excel.

``Options``: ``option, instrument, target, cost`` and optionally ``start year, time to effect,
owner, description``; ``target`` lists industries (code), competencies or institutions (name)
separated by ``;``, each optionally prefixed ``industry:``, ``competency:`` or ``institution:``.
``Option effects``: ``option, scenario, descriptor, variant, outcome, low, mode, high``, with
either a scenario id or a descriptor and variant on each row. Headers are matched without
regard to case, spaces or underscores, in any column order. Every problem in the sheet is
collected with its file, sheet and cell before anything is returned; names are resolved against
the project by the caller (``services.policy_options``), which names the cell of an unknown one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from desktop_app.errors import UserError
from desktop_app.io.cells import a1, parse_number
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.io.xlsx_safety import atomic_target, neutral_properties, set_safe
from desktop_app.texts import Text

__all__ = [
    "EFFECT_COLUMNS",
    "OPTION_COLUMNS",
    "EffectRow",
    "OptionRow",
    "OptionsWorkbook",
    "OptionsWorkbookError",
    "read_options_workbook",
    "write_options_workbook",
]

OPTIONS_SHEET = "Options"
EFFECTS_SHEET = "Option effects"
OPTION_COLUMNS = ("option", "instrument", "target", "cost")
OPTION_EXTRA = ("start year", "time to effect", "owner", "description")
EFFECT_COLUMNS = ("option", "scenario", "descriptor", "variant", "outcome", "low", "mode", "high")
_NUMBERS = ("cost", "start year", "time to effect", "low", "mode", "high")
TARGET_SEPARATOR = ";"
_SHOWN = 20  # problems spelled out in the message; all are in ``problems``


class OptionsWorkbookError(UserError):
    """The options workbook cannot be used as it is; names file, sheet and cell of each problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "; ".join(f"{p.place}: {p.reason}" for p in problems[:_SHOWN])
        more = f" (and {len(problems) - _SHOWN} more)" if len(problems) > _SHOWN else ""
        first = problems[0]
        super().__init__(f"{Path(first.file).name}: {shown}{more}", file=first.file,
                         sheet=first.sheet, cell=first.cell)


@dataclass(frozen=True)
class Place:
    """Where a row's cells are, for messages about the names in them."""

    file: str
    sheet: str
    row: int
    columns: dict[str, int]

    def cell(self, column: str) -> str:
        return f"{self.sheet}!{a1(self.row, self.columns.get(column, 0))}"

    def problem(self, column: str, reason: str) -> Problem:
        return Problem(self.file, self.sheet, a1(self.row, self.columns.get(column, 0)), reason,
                       "error")


@dataclass(frozen=True)
class OptionRow:
    option: str
    instrument: str
    targets: tuple[str, ...]
    cost: float | None
    start_year: int | None
    time_to_effect: float | None
    owner: str
    description: str
    place: Place


@dataclass(frozen=True)
class EffectRow:
    option: str
    #: The scenario id as written (``12`` or ``S12``), or empty when a variant is given.
    scenario: str
    descriptor: str
    variant: str
    outcome: str
    low: float
    mode: float
    high: float
    place: Place


@dataclass(frozen=True)
class OptionsWorkbook:
    """The rows that could be read, and the cells that could not (the caller refuses the
    workbook when there are any, together with the names it cannot resolve)."""

    file: str
    options: list[OptionRow]
    effects: list[EffectRow]
    problems: list[Problem]


def _key(header: object) -> str:
    return " ".join(str(header).replace("_", " ").split()).casefold()


def read_options_workbook(path: str | Path) -> OptionsWorkbook:
    """Read and check both sheets; rejected cells are listed in ``problems``.

    Raises :class:`OptionsWorkbookError` only when the workbook has neither sheet.
    """
    problems: list[Problem] = []
    options: list[OptionRow] = []
    effects: list[EffectRow] = []
    with open_workbook(path) as book:
        names = {_key(n): n for n in book.sheet_names}
        missing = [s for s in (OPTIONS_SHEET, EFFECTS_SHEET) if _key(s) not in names]
        if len(missing) == 2:
            raise OptionsWorkbookError([Problem(
                str(path), None, None,
                Text(
                    "no sheet {options_sheet} or {effects_sheet}; the workbook has {names}",
                    options_sheet=f"{OPTIONS_SHEET!r}",
                    effects_sheet=f"{EFFECTS_SHEET!r}",
                    names=', '.join(book.sheet_names),
                ), "error")])
        if _key(OPTIONS_SHEET) in names:
            grid = book.read_sheet(names[_key(OPTIONS_SHEET)])
            for place, cells, _ in _records(grid, OPTION_COLUMNS, OPTION_EXTRA, problems):
                options.append(_option(place, cells, problems))
        if _key(EFFECTS_SHEET) in names:
            grid = book.read_sheet(names[_key(EFFECTS_SHEET)])
            for place, cells, bad in _records(grid, EFFECT_COLUMNS, (), problems):
                effect = _effect(place, cells, bad, problems)
                if effect is not None:
                    effects.append(effect)
    _check_duplicates(options, problems)
    return OptionsWorkbook(str(path), options, effects, problems)


def _records(grid: Grid, required: tuple[str, ...], optional: tuple[str, ...], problems):
    """``(place, {column: value}, bad)`` per non-empty row: text stripped, numbers as floats
    (None when empty); ``bad`` names the columns whose cell is not a number (each recorded as
    a problem)."""
    header = {_key(grid.value(0, c)): c for c in range(grid.n_cols)}
    lacking = [c for c in required if c not in header]
    if lacking:
        problems.append(Problem(grid.file, grid.sheet, "1:1",
                                Text(
                                    "the header row lacks {names} (columns: {names2})",
                                    names=', '.join(lacking),
                                    names2=', '.join(required),
                                ), "error"))
        return
    columns = {c: header[c] for c in (*required, *optional) if c in header}
    for row in range(1, grid.n_rows):
        if all(str(v).strip() == "" for v in grid.rows[row]):
            continue
        place = Place(grid.file, grid.sheet, row, columns)
        cells: dict = {}
        bad: set[str] = set()
        for name, col in columns.items():
            raw = grid.value(row, col)
            if name not in _NUMBERS:
                cells[name] = _text(raw)
            elif isinstance(raw, int | float) and not isinstance(raw, bool):
                cells[name] = float(raw)
            elif not str(raw).strip():
                cells[name] = None
            else:
                number = parse_number(str(raw))
                if number is None:
                    problems.append(place.problem(name, f"{name} is not a number: {raw!r}"))
                    bad.add(name)
                cells[name] = None if number is None else float(number)
        yield place, cells, bad


def _text(raw: object) -> str:
    """A text cell's words; a whole number typed into it (a scenario id) without ``.0``."""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return " ".join(str(raw).split())


def _option(place: Place, cells: dict, problems: list[Problem]) -> OptionRow:
    if not cells["option"]:
        problems.append(place.problem("option", "option is empty"))
    cost, start, delay = cells["cost"], cells.get("start year"), cells.get("time to effect")
    if cost is not None and cost < 0:
        problems.append(place.problem("cost", f"a cost cannot be negative: {cost:g}"))
    if start is not None and not start.is_integer():
        problems.append(place.problem("start year", f"start year is not a year: {start:g}"))
    if delay is not None and delay < 0:
        problems.append(place.problem("time to effect",
                                      f"a time to effect cannot be negative: {delay:g}"))
    targets = tuple(t.strip() for t in cells["target"].split(TARGET_SEPARATOR) if t.strip())
    return OptionRow(cells["option"], cells["instrument"], targets, cost,
                     None if start is None else int(start), delay, cells.get("owner", ""),
                     cells.get("description", ""), place)


def _effect(place: Place, cells: dict, bad: set[str], problems: list[Problem]) -> EffectRow | None:
    before = len(problems)
    for name in ("option", "outcome"):
        if not cells[name]:
            problems.append(place.problem(name, f"{name} is empty"))
    scenario, descriptor, variant = cells["scenario"], cells["descriptor"], cells["variant"]
    if scenario and (descriptor or variant):
        problems.append(place.problem("scenario", "give a scenario or a descriptor and variant, "
                                      "not both"))
    elif not scenario and not (descriptor and variant):
        column = "variant" if descriptor else "descriptor" if variant else "scenario"
        problems.append(place.problem(column, "give a scenario id, or a descriptor and its "
                                      "variant"))
    low, mode, high = cells["low"], cells["mode"], cells["high"]
    for name, value in (("low", low), ("mode", mode), ("high", high)):
        if value is None and name not in bad:
            problems.append(place.problem(name, f"{name} is empty"))
    if None not in (low, mode, high) and not low <= mode <= high:
        problems.append(place.problem("low", f"needs low <= mode <= high: {low:g}, {mode:g}, "
                                      f"{high:g}"))
    if bad or len(problems) > before:
        return None
    return EffectRow(cells["option"], scenario, descriptor, variant, cells["outcome"], low, mode,
                     high, place)


def _check_duplicates(options: list[OptionRow], problems: list[Problem]) -> None:
    seen: dict[str, OptionRow] = {}
    for row in options:
        key = row.option.casefold()
        if key and key in seen:
            problems.append(row.place.problem(
                "option", f"option {row.option!r} is already on {seen[key].place.cell('option')}"))
        seen.setdefault(key, row)


def write_options_workbook(
    path: str | Path, options: list[dict], effects: list[dict]
) -> Path:
    """Write the two sheets (rows given as dicts keyed by the column names), ready to edit."""
    wb = Workbook()
    ws = wb.active
    ws.title = OPTIONS_SHEET
    _write(ws, (*OPTION_COLUMNS, *OPTION_EXTRA), options)
    _write(wb.create_sheet(EFFECTS_SHEET), EFFECT_COLUMNS, effects)
    neutral_properties(wb)
    with atomic_target(Path(path)) as partial:
        wb.save(partial)
    return Path(path)


def _write(ws, columns: tuple[str, ...], rows: list[dict]) -> None:
    ws.append(list(columns))
    for row in rows:
        ws.append([None] * len(columns))
        for c, name in enumerate(columns, start=1):
            set_safe(ws.cell(ws.max_row, c), row.get(name))
    for c, name in enumerate(columns, start=1):
        ws.column_dimensions[ws.cell(1, c).column_letter].width = max(12, len(name) + 4)
