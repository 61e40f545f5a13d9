"""Scenario studies in the tidy exchange workbook: the sheets that carry a study whole.

- ``Scenario studies``: study, description, aggregation, source file, scale min, scale max
  (the judgement scale; blank in a workbook from before: none, and the receiving project takes
  the scale the judgements span)
- ``Scenario descriptors``: study, descriptor, descriptor short, definition, variant,
  variant short, colour, role, weight (one row per variant, descriptors and variants in study
  order; role and weight are read from a descriptor's first row)
- ``Scenario experts``: study, expert
- ``Cross impacts``: study, expert, from descriptor, from variant, to descriptor, to variant,
  value, comment (judgements that are not 0, and any with a comment)
- ``Scenarios``: study, scenario, name, narrative, origin, tis, ic, descriptor, variant (one row
  per descriptor; ``scenario`` numbers the scenarios of a study)
- ``Micmac influences``: study, from descriptor, to descriptor, influence (0..3, or P for a
  potential influence; entered influences that are not 0)
- ``Variant effects`` and ``Variant shocks``: the regional futures' inputs, as the effects
  workbook has them (:mod:`desktop_app.io.futures_effects`) with the study in a first column

Reading checks every row against the sheets before it (a judgement names a study, expert,
descriptor and variant that exist) and lists each rejected cell as a
:class:`~desktop_app.io.workbook.Problem`; nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.cib import AGGREGATIONS, DESCRIPTOR_KINDS
from desktop_app.io.cells import a1, cell_text, is_finite_number
from desktop_app.io.futures_effects import (
    EFFECT_COLUMNS,
    SHOCK_COLUMNS,
    EffectRow,
    ShockRow,
    read_effect_rows,
    read_shock_rows,
)
from desktop_app.io.workbook import Grid, Problem
from desktop_app.io.xlsx_safety import safe_row
from desktop_app.texts import Text

__all__ = [
    "STUDY_SHEETS",
    "PortableDescriptor",
    "PortableExpert",
    "PortableScenario",
    "PortableStudy",
    "read_studies",
    "write_studies",
]

_COLUMNS = {
    "scenario studies": (
        "study", "description", "aggregation", "source file", "scale min", "scale max"
    ),
    "scenario descriptors": (
        "study",
        "descriptor",
        "descriptor short",
        "definition",
        "variant",
        "variant short",
        "colour",
        "role",
        "weight",
    ),
    "scenario experts": ("study", "expert"),
    "cross impacts": (
        "study",
        "expert",
        "from descriptor",
        "from variant",
        "to descriptor",
        "to variant",
        "value",
        "comment",
    ),
    "scenarios": (
        "study",
        "scenario",
        "name",
        "narrative",
        "origin",
        "tis",
        "ic",
        "descriptor",
        "variant",
    ),
    "micmac influences": ("study", "from descriptor", "to descriptor", "influence"),
}
#: Case-folded sheet names, in the order they are written and read.
#: The regional futures' inputs of each study (the simulated numbers are recomputed).
_FUTURES_COLUMNS = {
    "variant effects": ("study", *EFFECT_COLUMNS),
    "variant shocks": ("study", *SHOCK_COLUMNS, "recovery"),
}
#: Case-folded sheet names, in the order they are written and read.
STUDY_SHEETS = (*_COLUMNS, *_FUTURES_COLUMNS)
_TITLES = {key: key.capitalize() for key in STUDY_SHEETS}


@dataclass
class PortableDescriptor:
    name: str
    short_name: str
    definition: str
    variants: list[str]
    variant_short: list[str]
    colours: list[str]
    role: str = "system"
    weight: float = 1.0


@dataclass
class PortableExpert:
    """An expert's judgements: ``values`` (N x N, study order) and comments by cell."""

    name: str
    values: np.ndarray
    comments: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass
class PortableScenario:
    name: str
    narrative: str
    origin: str
    tis: float | None
    ic: float | None
    variants: tuple[int, ...]


@dataclass
class PortableStudy:
    """A study as it travels between projects, independent of any database."""

    name: str
    description: str
    aggregation: str
    source_file: str
    descriptors: list[PortableDescriptor]
    experts: list[PortableExpert] = field(default_factory=list)
    scenarios: list[PortableScenario] = field(default_factory=list)
    #: Effects and shocks of its variants on industries (names; industry ``*`` = all).
    effects: list[EffectRow] = field(default_factory=list)
    shocks: list[ShockRow] = field(default_factory=list)
    #: The judgement scale, low..high (None: not written, as in a workbook from before).
    scale: tuple[int, int] | None = (-3, 3)
    #: Entered MICMAC influences that are not 0: (from descriptor, to descriptor, 0..3 or "P").
    micmac: list[tuple[str, str, int | str]] = field(default_factory=list)

    @property
    def labels(self) -> list[tuple[str, str]]:
        """(descriptor, variant) of every matrix row / column."""
        return [(d.name, v) for d in self.descriptors for v in d.variants]

    def shape(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(d.name, tuple(d.variants)) for d in self.descriptors]


# -- writing ----------------------------------------------------------------------------------


def write_studies(wb, studies: Sequence[PortableStudy]) -> list[str]:
    """Append the study sheets to a write-only workbook; their titles."""
    sheets = {key: wb.create_sheet(_TITLES[key]) for key in STUDY_SHEETS}
    for key, ws in sheets.items():
        ws.freeze_panes = "A2"
        ws.append(list((_COLUMNS | _FUTURES_COLUMNS)[key]))
    for s in studies:
        sheets["scenario studies"].append(
            safe_row(
                sheets["scenario studies"],
                [
                    s.name,
                    s.description or None,
                    s.aggregation,
                    s.source_file or None,
                    *(s.scale or (None, None)),
                ],
            )
        )
        for d in s.descriptors:
            for v, short, colour in zip(d.variants, d.variant_short, d.colours, strict=True):
                sheets["scenario descriptors"].append(
                    safe_row(
                        sheets["scenario descriptors"],
                        [
                            s.name,
                            d.name,
                            d.short_name or None,
                            d.definition or None,
                            v,
                            short or None,
                            colour or None,
                            d.role,
                            d.weight,
                        ],
                    )
                )
        labels = s.labels
        for e in s.experts:
            sheets["scenario experts"].append(
                safe_row(sheets["scenario experts"], [s.name, e.name])
            )
            keep = e.values != 0
            for r, c in e.comments:
                keep[r, c] = True
            for r, c in zip(*np.nonzero(keep), strict=True):
                sheets["cross impacts"].append(
                    safe_row(
                        sheets["cross impacts"],
                        [
                            s.name,
                            e.name,
                            *labels[r],
                            *labels[c],
                            _number(e.values[r, c]),
                            e.comments.get((int(r), int(c))) or None,
                        ],
                    )
                )
        for k, sc in enumerate(s.scenarios, start=1):
            for d, v in zip(s.descriptors, sc.variants, strict=True):
                sheets["scenarios"].append(
                    safe_row(
                        sheets["scenarios"],
                        [
                            s.name,
                            k,
                            sc.name or None,
                            sc.narrative or None,
                            sc.origin,
                            sc.tis,
                            sc.ic,
                            d.name,
                            d.variants[v],
                        ],
                    )
                )
        for source, target, influence in s.micmac:
            ws = sheets["micmac influences"]
            ws.append(safe_row(ws, [s.name, source, target, influence]))
        for e in s.effects:
            ws = sheets["variant effects"]
            ws.append(
                safe_row(ws, [s.name, e.descriptor, e.variant, e.industry, e.low, e.mode, e.high])
            )
        for h in s.shocks:
            ws = sheets["variant shocks"]
            ws.append(
                safe_row(
                    ws,
                    [
                        s.name,
                        h.descriptor,
                        h.variant,
                        h.industry,
                        h.start,
                        h.depth,
                        h.recovery_years,
                        h.recovery,
                    ],
                )
            )
    return [ws.title for ws in sheets.values()]


def _number(x: float) -> int | float:
    x = float(x)
    return int(x) if x.is_integer() else x


# -- reading ----------------------------------------------------------------------------------


@dataclass
class _Row:
    grid: Grid
    index: int
    values: dict[str, object]
    columns: dict[str, int]

    def text(self, name: str) -> str:
        return cell_text(self.values.get(name))

    def cell(self, name: str) -> str:
        return a1(self.index, self.columns.get(name, 0))

    def problem(self, name: str, reason: str) -> Problem:
        return Problem(self.grid.file, self.grid.sheet, self.cell(name), reason, "error")


def _rows(grid: Grid | None, key: str, problems: list[Problem]) -> Iterator[_Row]:
    if grid is None:
        return
    header = grid.rows[0] if grid.rows else []
    columns = {str(v).strip().casefold(): k for k, v in enumerate(header) if str(v).strip()}
    missing = [c for c in _COLUMNS[key][:2] if c not in columns]
    if missing:
        problems.append(
            Problem(
                grid.file,
                grid.sheet,
                "A1",
                Text("column(s) {names} missing from the header row", names=', '.join(missing)),
                "error",
            )
        )
        return
    for index, row in enumerate(grid.rows[1:], start=1):
        values = {name: (row[k] if k < len(row) else None) for name, k in columns.items()}
        if any(v not in (None, "") for v in values.values()):
            yield _Row(grid, index, values, columns)


def read_studies(grids: Mapping[str, Grid]) -> tuple[list[PortableStudy], list[Problem]]:
    """The studies of a tidy workbook's study sheets (absent sheets: no studies)."""
    problems: list[Problem] = []
    studies: dict[str, PortableStudy] = {}
    scales: dict[str, tuple[_Row, tuple[int, int]] | None] = {}
    for row in _rows(grids.get("scenario studies"), "scenario studies", problems):
        name = row.text("study")
        aggregation = row.text("aggregation") or "mean"
        if not name:
            problems.append(row.problem("study", "a study needs a name"))
        elif name.casefold() in studies:
            problems.append(row.problem("study", f"study {name!r} is listed twice"))
        elif aggregation not in AGGREGATIONS:
            problems.append(
                row.problem(
                    "aggregation",
                    f"aggregation {aggregation!r} is not one of {', '.join(AGGREGATIONS)}",
                )
            )
        else:
            studies[name.casefold()] = PortableStudy(
                name, row.text("description"), aggregation, row.text("source file"), []
            )
            scales[name.casefold()] = _scale(row, problems)
    _read_descriptors(grids.get("scenario descriptors"), studies, problems)
    experts = _read_experts(grids.get("scenario experts"), studies, problems)
    _read_judgements(grids.get("cross impacts"), studies, experts, problems)
    for key, study in studies.items():
        _give_scale(study, scales[key], problems)
    _read_micmac(grids.get("micmac influences"), studies, problems)
    _read_scenarios(grids.get("scenarios"), studies, problems)
    _read_futures_inputs(grids, studies, problems)
    return list(studies.values()), problems


def _scale(row: _Row, problems: list[Problem]) -> tuple[_Row, tuple[int, int]] | None:
    """The study row's scale, or None when both cells are blank (a workbook from before)."""
    low, high = row.values.get("scale min"), row.values.get("scale max")
    if low in (None, "") and high in (None, ""):
        return None
    ok = all(is_finite_number(x) and float(x).is_integer() for x in (low, high))
    if not ok or not float(low) < 0 < float(high):
        problems.append(
            row.problem(
                "scale min",
                f"the scale {low!r}..{high!r} is not a negative and a positive whole number",
            )
        )
        return None
    return row, (int(float(low)), int(float(high)))


def _give_scale(study: PortableStudy, given, problems: list[Problem]) -> None:
    """The study's scale as written (None when it is not), checked against its judgements."""
    if given is None:
        study.scale = None
        return
    values = [e.values for e in study.experts if e.values.size]
    lowest = min((float(v.min()) for v in values), default=0.0)
    highest = max((float(v.max()) for v in values), default=0.0)
    row, (low, high) = given
    if lowest < low or highest > high:
        problems.append(
            row.problem(
                "scale min",
                f"study {study.name!r} holds judgements from {lowest:+g} to {highest:+g}, "
                f"off its scale {low:+d}..{high:+d}",
            )
        )
    study.scale = (low, high)


def _read_micmac(grid, studies, problems) -> None:
    seen: set[tuple[str, str, str]] = set()
    for row in _rows(grid, "micmac influences", problems):
        study = _study(row, studies, problems)
        if study is None:
            continue
        names = {d.name for d in study.descriptors}
        ends = {"from": row.text("from descriptor"), "to": row.text("to descriptor")}
        unknown = [side for side, name in ends.items() if name not in names]
        if unknown:
            problems.append(
                row.problem(
                    f"{unknown[0]} descriptor",
                    f"{ends[unknown[0]]!r} is not a descriptor of study {study.name!r}",
                )
            )
            continue
        if ends["from"] == ends["to"]:
            problems.append(row.problem("to descriptor", "a descriptor's influence on itself"))
            continue
        raw = row.values.get("influence")
        influence: int | str
        if row.text("influence").upper() == "P":
            influence = "P"
        elif is_finite_number(raw) and float(raw) in (0, 1, 2, 3):
            influence = int(float(raw))
        else:
            problems.append(
                row.problem("influence", f"{raw!r} is not 0, 1, 2, 3 or P (potential)")
            )
            continue
        key = (study.name, ends["from"], ends["to"])
        if key in seen:
            problems.append(row.problem("influence", "this influence is given twice"))
            continue
        seen.add(key)
        if influence != 0:
            study.micmac.append((ends["from"], ends["to"], influence))


def _read_futures_inputs(grids, studies, problems) -> None:
    """Effects and shocks, each row given to the study its ``study`` cell names."""
    rows = [
        *(("effects", r) for r in read_effect_rows(grids.get("variant effects"), problems)),
        *(("shocks", r) for r in read_shock_rows(grids.get("variant shocks"), problems)),
    ]
    for kind, row in rows:
        study = studies.get(row.study.casefold())
        if study is None:
            sheet, _, cell = row.place.partition("!")
            grid = grids["variant effects" if kind == "effects" else "variant shocks"]
            problems.append(
                Problem(
                    grid.file,
                    sheet,
                    cell,
                    Text(
                        "study {study} is not on the sheet Scenario studies",
                        study=f"{row.study!r}",
                    ),
                    "error",
                )
            )
            continue
        getattr(study, kind).append(row)


def _study(row: _Row, studies: dict[str, PortableStudy], problems) -> PortableStudy | None:
    study = studies.get(row.text("study").casefold())
    if study is None:
        problems.append(
            row.problem(
                "study", f"study {row.text('study')!r} is not on the sheet Scenario studies"
            )
        )
    return study


def _read_descriptors(grid, studies, problems) -> None:
    first_rows: dict[tuple[str, str], _Row] = {}
    for row in _rows(grid, "scenario descriptors", problems):
        study = _study(row, studies, problems)
        name, variant = row.text("descriptor"), row.text("variant")
        if study is None:
            continue
        if not name or not variant:
            problems.append(
                row.problem(
                    "descriptor" if not name else "variant",
                    "a descriptor and a variant are needed on every row",
                )
            )
            continue
        found = next((d for d in study.descriptors if d.name == name), None)
        if found is None:
            found = PortableDescriptor(
                name,
                row.text("descriptor short") or name,
                row.text("definition"),
                [],
                [],
                [],
                *_role_and_weight(row, problems),
            )
            study.descriptors.append(found)
            first_rows[(study.name, name)] = row
        elif found is not study.descriptors[-1]:
            problems.append(
                row.problem("descriptor", f"the variants of {name!r} must be on consecutive rows")
            )
            continue
        if variant in found.variants:
            problems.append(row.problem("variant", f"{name!r} lists variant {variant!r} twice"))
            continue
        found.variants.append(variant)
        found.variant_short.append(row.text("variant short") or variant)
        found.colours.append(row.text("colour"))
    for (study_name, name), row in first_rows.items():
        study = studies[study_name.casefold()]
        descriptor = next(d for d in study.descriptors if d.name == name)
        if len(descriptor.variants) < 2:
            problems.append(row.problem("variant", f"{name!r} needs at least two variants"))


def _role_and_weight(row: _Row, problems: list[Problem]) -> tuple[str, float]:
    """A descriptor's role and weight from its first row (empty: system, 1)."""
    role = row.text("role").casefold() or "system"
    if role not in DESCRIPTOR_KINDS:
        problems.append(
            row.problem("role", f"role {role!r} is not one of {', '.join(DESCRIPTOR_KINDS)}")
        )
        role = "system"
    weight = row.values.get("weight")
    if weight in (None, ""):
        return role, 1.0
    if not is_finite_number(weight) or not weight > 0:
        problems.append(row.problem("weight", f"weight {weight!r} is not a number above 0"))
        return role, 1.0
    return role, float(weight)


def _read_experts(grid, studies, problems) -> dict[tuple[str, str], PortableExpert]:
    experts: dict[tuple[str, str], PortableExpert] = {}
    for row in _rows(grid, "scenario experts", problems):
        study = _study(row, studies, problems)
        name = row.text("expert")
        if study is None:
            continue
        if not name:
            problems.append(row.problem("expert", "an expert needs a name"))
        elif (study.name, name.casefold()) in experts:
            problems.append(row.problem("expert", f"expert {name!r} is listed twice"))
        else:
            n = len(study.labels)
            expert = PortableExpert(name, np.zeros((n, n)))
            experts[(study.name, name.casefold())] = expert
            study.experts.append(expert)
    return experts


def _read_judgements(grid, studies, experts, problems) -> None:
    seen: dict[tuple, str] = {}
    for row in _rows(grid, "cross impacts", problems):
        study = _study(row, studies, problems)
        if study is None:
            continue
        expert = experts.get((study.name, row.text("expert").casefold()))
        if expert is None:
            problems.append(
                row.problem(
                    "expert", f"expert {row.text('expert')!r} is not on the sheet Scenario experts"
                )
            )
            continue
        index = {label: k for k, label in enumerate(study.labels)}
        at = []
        for side in ("from", "to"):
            label = (row.text(f"{side} descriptor"), row.text(f"{side} variant"))
            if label not in index:
                problems.append(
                    row.problem(
                        f"{side} variant",
                        f"{label[0]}: {label[1]} is not a variant of study {study.name!r}",
                    )
                )
                break
            at.append(index[label])
        if len(at) < 2:
            continue
        value = row.values.get("value")
        if value in (None, ""):
            value = 0.0
        if not is_finite_number(value):
            problems.append(row.problem("value", f"{value!r} is not a number"))
            continue
        key = (study.name, expert.name, *at)
        if key in seen:
            problems.append(row.problem("value", f"this judgement is also given by {seen[key]}"))
            continue
        seen[key] = row.cell("value")
        expert.values[at[0], at[1]] = float(value)
        if row.text("comment"):
            expert.comments[(at[0], at[1])] = row.text("comment")


def _read_scenarios(grid, studies, problems) -> None:
    gathered: dict[tuple[str, str], tuple[_Row, dict[str, str]]] = {}
    for row in _rows(grid, "scenarios", problems):
        study = _study(row, studies, problems)
        if study is None:
            continue
        key = (study.name, row.text("scenario"))
        first, chosen = gathered.setdefault(key, (row, {}))
        descriptor = row.text("descriptor")
        if descriptor in chosen:
            problems.append(
                row.problem("descriptor", f"scenario {key[1]} gives {descriptor!r} twice")
            )
        chosen[descriptor] = row.text("variant")
    for (study_name, number), (row, chosen) in gathered.items():
        study = studies[study_name.casefold()]
        variants = []
        for d in study.descriptors:
            if chosen.get(d.name) not in d.variants:
                problems.append(
                    row.problem(
                        "variant",
                        f"scenario {number} of {study.name!r} gives no known variant of {d.name!r}",
                    )
                )
                break
            variants.append(d.variants.index(chosen[d.name]))
        else:
            extra = set(chosen) - {d.name for d in study.descriptors}
            if extra:
                problems.append(
                    row.problem(
                        "descriptor",
                        f"scenario {number}: {', '.join(sorted(extra))} is no descriptor "
                        f"of {study.name!r}",
                    )
                )
                continue
            scores = [_optional(row, name, problems) for name in ("tis", "ic")]
            study.scenarios.append(
                PortableScenario(
                    row.text("name"),
                    row.text("narrative"),
                    row.text("origin") or "manual",
                    *scores,
                    tuple(variants),
                )
            )


def _optional(row: _Row, name: str, problems: list[Problem]) -> float | None:
    """A score cell: a number, or empty (a scenario entered by hand has none)."""
    value = row.values.get(name)
    if value in (None, ""):
        return None
    if is_finite_number(value):
        return float(value)
    problems.append(row.problem(name, f"{value!r} is not a number"))
    return None
