"""Policy options in the tidy exchange workbook: three sheets that carry the register whole.

- ``Policy outcomes``: outcome, direction (``higher`` or ``lower``)
- ``Policy options``: option, instrument, description, cost, start year, time to effect, owner,
  targets (``industry:B-E; competency:…; institution:…``)
- ``Policy option effects``: option, study, scenario, descriptor, variant, outcome, low, mode,
  high; ``scenario`` is the scenario's variants in descriptor order joined by `` · `` (scenario
  ids do not travel between projects), or empty when a descriptor and variant are given

Reading checks each row (numbers, order of low/mode/high, an option on the options sheet) and
lists each rejected cell as a :class:`~desktop_app.io.workbook.Problem`; names of studies,
variants and targets are resolved by the receiving project (``services.merge_options``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from desktop_app.io.cells import a1, parse_number
from desktop_app.io.workbook import Grid, Problem
from desktop_app.io.xlsx_safety import safe_row
from desktop_app.texts import Text

__all__ = [
    "OPTION_SHEETS",
    "SCENARIO_JOIN",
    "PortableEffect",
    "PortableOption",
    "PortableOptions",
    "read_options",
    "write_options",
]

_COLUMNS = {
    "policy outcomes": ("outcome", "direction"),
    "policy options": ("option", "instrument", "description", "cost", "start year",
                       "time to effect", "owner", "targets"),
    "policy option effects": ("option", "study", "scenario", "descriptor", "variant", "outcome",
                              "low", "mode", "high"),
}
#: Case-folded sheet names, in the order they are written and read.
OPTION_SHEETS = tuple(_COLUMNS)
_TITLES = {key: key.capitalize() for key in OPTION_SHEETS}
SCENARIO_JOIN = " · "
_TARGET_JOIN = "; "


@dataclass(frozen=True)
class PortableOption:
    name: str
    instrument: str = ""
    description: str = ""
    cost: float | None = None
    start_year: int | None = None
    time_to_effect: float | None = None
    owner: str = ""
    #: ``kind:name`` of each target (an industry by code).
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class PortableEffect:
    option: str
    study: str
    #: The scenario's variant names in descriptor order, or None for a variant's entry.
    scenario: tuple[str, ...] | None
    descriptor: str
    variant: str
    outcome: str
    low: float
    mode: float
    high: float


@dataclass
class PortableOptions:
    outcomes: list[tuple[str, str]] = field(default_factory=list)
    options: list[PortableOption] = field(default_factory=list)
    effects: list[PortableEffect] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.options)


def write_options(wb, portable: PortableOptions) -> list[str]:
    """Append the three sheets to a write-only workbook; their titles."""
    sheets = {key: wb.create_sheet(_TITLES[key]) for key in OPTION_SHEETS}
    for key, ws in sheets.items():
        ws.freeze_panes = "A2"
        ws.append(list(_COLUMNS[key]))
    for name, direction in portable.outcomes:
        ws = sheets["policy outcomes"]
        ws.append(safe_row(ws, [name, direction]))
    for o in portable.options:
        ws = sheets["policy options"]
        ws.append(safe_row(ws, [o.name, o.instrument or None, o.description or None, o.cost,
                                o.start_year, o.time_to_effect, o.owner or None,
                                _TARGET_JOIN.join(o.targets) or None]))
    for e in portable.effects:
        ws = sheets["policy option effects"]
        scenario = SCENARIO_JOIN.join(e.scenario) if e.scenario is not None else None
        ws.append(safe_row(ws, [e.option, e.study, scenario, e.descriptor or None,
                                e.variant or None, e.outcome, e.low, e.mode, e.high]))
    return [ws.title for ws in sheets.values()]


# -- reading ----------------------------------------------------------------------------------


class _Row:
    def __init__(self, grid: Grid, index: int, columns: dict[str, int]) -> None:
        self.grid, self.index, self.columns = grid, index, columns

    def raw(self, name: str) -> object:
        return self.grid.value(self.index, self.columns[name]) if name in self.columns else ""

    def text(self, name: str) -> str:
        value = self.raw(name)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return " ".join(str(value if value is not None else "").split())

    def number(self, name: str, problems: list[Problem], required: bool = False) -> float | None:
        value = self.raw(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if value is None or not str(value).strip():
            if required:
                problems.append(self.problem(name, f"{name} is empty"))
            return None
        number = parse_number(str(value))
        if number is None:
            problems.append(self.problem(name, f"{name} is not a number: {value!r}"))
        return None if number is None else float(number)

    def problem(self, name: str, reason: str) -> Problem:
        return Problem(self.grid.file, self.grid.sheet, a1(self.index, self.columns.get(name, 0)),
                       reason, "error")


def _rows(grid: Grid | None, key: str, problems: list[Problem]) -> Iterator[_Row]:
    if grid is None:
        return
    header = grid.rows[0] if grid.rows else []
    columns = {str(v).strip().casefold(): k for k, v in enumerate(header) if str(v).strip()}
    missing = [c for c in _COLUMNS[key] if c not in columns]
    if missing:
        problems.append(Problem(grid.file, grid.sheet, "A1", Text(
            "column(s) {names} missing from the header row",
            names=', '.join(missing),
        ), "error"))
        return
    for index in range(1, grid.n_rows):
        if any(str(v).strip() for v in grid.rows[index] if v is not None):
            yield _Row(grid, index, columns)


def read_options(grids: Mapping[str, Grid]) -> tuple[PortableOptions, list[Problem]]:
    """The register of a tidy workbook's option sheets (absent sheets: no options)."""
    problems: list[Problem] = []
    portable = PortableOptions()
    for row in _rows(grids.get("policy outcomes"), "policy outcomes", problems):
        direction = row.text("direction").casefold()
        if not row.text("outcome"):
            problems.append(row.problem("outcome", "an outcome needs a name"))
        elif direction not in ("higher", "lower"):
            problems.append(row.problem("direction", f"direction is higher or lower, not "
                                        f"{row.text('direction')!r}"))
        else:
            portable.outcomes.append((row.text("outcome"), direction))
    names: set[str] = set()
    for row in _rows(grids.get("policy options"), "policy options", problems):
        option = _option(row, problems)
        if option is None:
            continue
        if option.name.casefold() in names:
            problems.append(row.problem("option", f"option {option.name!r} is listed twice"))
            continue
        names.add(option.name.casefold())
        portable.options.append(option)
    for row in _rows(grids.get("policy option effects"), "policy option effects", problems):
        effect = _effect(row, names, problems)
        if effect is not None:
            portable.effects.append(effect)
    return portable, problems


def _option(row: _Row, problems: list[Problem]) -> PortableOption | None:
    before = len(problems)
    name = row.text("option")
    if not name:
        problems.append(row.problem("option", "an option needs a name"))
    cost = row.number("cost", problems)
    start = row.number("start year", problems)
    delay = row.number("time to effect", problems)
    if cost is not None and cost < 0:
        problems.append(row.problem("cost", f"a cost cannot be negative: {cost:g}"))
    if start is not None and not start.is_integer():
        problems.append(row.problem("start year", f"start year is not a year: {start:g}"))
    if delay is not None and delay < 0:
        problems.append(row.problem("time to effect", f"a time to effect cannot be negative: "
                                    f"{delay:g}"))
    if len(problems) > before:
        return None
    targets = tuple(t.strip() for t in row.text("targets").split(";") if t.strip())
    return PortableOption(name, row.text("instrument"), str(row.raw("description") or ""),
                          cost, None if start is None else int(start), delay, row.text("owner"),
                          targets)


def _effect(row: _Row, names: set[str], problems: list[Problem]) -> PortableEffect | None:
    before = len(problems)
    for column in ("option", "study", "outcome"):
        if not row.text(column):
            problems.append(row.problem(column, f"{column} is empty"))
    if row.text("option") and row.text("option").casefold() not in names:
        problems.append(row.problem("option", f"option {row.text('option')!r} is not on the "
                                    "sheet Policy options"))
    scenario, descriptor = row.text("scenario"), row.text("descriptor")
    variant = row.text("variant")
    if bool(scenario) == bool(descriptor and variant):
        problems.append(row.problem("scenario", "give a scenario or a descriptor and variant"))
    low, mode, high = (row.number(c, problems, required=True) for c in ("low", "mode", "high"))
    if None not in (low, mode, high) and not low <= mode <= high:
        problems.append(row.problem("low", f"needs low <= mode <= high: {low:g}, {mode:g}, "
                                    f"{high:g}"))
    if len(problems) > before:
        return None
    parts = tuple(p.strip() for p in scenario.split(SCENARIO_JOIN.strip())) if scenario else None
    return PortableEffect(row.text("option"), row.text("study"), parts, descriptor, variant,
                          row.text("outcome"), low, mode, high)
