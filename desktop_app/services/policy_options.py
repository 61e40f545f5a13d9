"""Policy options tested across a study's scenarios: the outcome matrix and its criteria.

The outcome of doing nothing in each scenario is the projected total of the study's regional
futures at the horizon when the outcome is jobs and projections are asked for (the study has
futures choices, or a region, measure or horizon is given); otherwise 0, and the options'
entered effects are the outcomes themselves. An option's effect in a scenario is its entry for
that scenario, else the sum of its entries for the scenario's variants (none: no effect), each
taken at its PERT mean ``(low + 4 mode + high) / 6`` as the futures take effects. The criteria
(core.policy) and the sentences of scenario discovery follow; docs/policy.md has the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.futures import QUANTILES
from desktop_app.core.policy import CRITERIA, Robustness, disagreements, failure_boxes, robustness
from desktop_app.errors import UserError
from desktop_app.io.cells import cell_index
from desktop_app.io.policy_workbook import (
    OPTIONS_SHEET,
    TARGET_SEPARATOR,
    OptionsWorkbook,
    OptionsWorkbookError,
)
from desktop_app.io.workbook import Problem
from desktop_app.services.futures import run_futures, scenario_label, scenario_weights
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import capabilities, classifications
from desktop_app.store import futures as futures_store
from desktop_app.store import policy_options as store
from desktop_app.store.measures import find_measure
from desktop_app.store.policy_options import OptionEffect, PolicyOption, Target
from desktop_app.store.scenarios import (
    SavedScenario,
    Study,
    list_scenarios,
    list_studies,
    require_study,
)
from desktop_app.texts import Number, Text

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "NO_ACTION",
    "OptionCard",
    "OptionLine",
    "OptionsError",
    "OptionsRun",
    "option_card",
    "options_payload",
    "options_text",
    "find_target",
    "find_targets",
    "resolve_workbook",
    "run_options",
    "store_workbook_options",
    "workbook_rows",
]

#: The baseline row: the projection without any option, or 0 for entered effects.
NO_ACTION = Text("No action")
DEFAULT_OUTCOME = "jobs"
#: The criteria and a no-regret mark in the report's words.
CRITERION_WORDS = {
    "expected": Text("expected"),
    "minimax_regret": Text("minimax regret"),
    "satisficing": Text("satisficing"),
}
_YES = Text("yes")
#: Units of a projected measure that count people, so that its projection is a number of jobs.
_JOB_UNITS = ("person", "job", "employ", "worker", "head")


class OptionsError(UserError):
    """The options cannot be judged as asked; the message says what is needed."""


@dataclass(frozen=True)
class ScenarioColumn:
    scenario: SavedScenario
    label: str
    weight: float


@dataclass(frozen=True)
class OptionLine:
    """One row of the matrix: an option of the register (None for doing nothing)."""

    name: str
    option: PolicyOption | None
    targets: tuple[Target, ...] = ()


@dataclass
class OptionsRun:
    """What a view, the command line or a report needs of one judgement."""

    study: Study
    outcome: str
    direction: str
    threshold: float | None
    #: Where No action's outcomes come from, as a phrase.
    source: str
    scenarios: list[ScenarioColumn]
    lines: list[OptionLine]
    result: Robustness
    notes: list[str]
    #: Per line, sentences saying which variants go with the option failing.
    discovery: list[list[str]]
    #: Options of the register without an effect on this outcome in this study.
    left_out: list[str] = field(default_factory=list)
    #: Options whose effect comes after the horizon (counted as none), with why.
    too_late: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Register:
    """Options, their targets and their effects, from the project or from a workbook."""

    options: list[PolicyOption]
    targets: dict[int, tuple[Target, ...]]
    effects: list[OptionEffect]


def pert_mean(low: float, mode: float, high: float) -> float:
    return (low + 4.0 * mode + high) / 6.0


def run_options(
    db: sqlite_utils.Database,
    study: int | str,
    *,
    region: str | None = None,
    measure: str | None = None,
    horizon: int | None = None,
    outcome: str | None = None,
    threshold: float | None = None,
    book: OptionsWorkbook | None = None,
    progress: Progress | None = None,
) -> OptionsRun:
    """Judge the options with effects on ``outcome`` across every stored scenario of ``study``.

    ``book`` (a read options workbook) is used in place of the stored register for this run.
    """
    progress = progress or NullProgress()
    the_study = require_study(db, study)
    saved = list_scenarios(db, the_study)
    if not saved:
        raise OptionsError(Text(
            "{name} has no stored scenarios; solve the study (or add scenarios) first.",
            name=f"{the_study.name!r}",
        ))
    wanted = store.find_outcome(db, outcome or DEFAULT_OUTCOME)
    if wanted is None:
        known = ", ".join(o.name for o in store.list_outcomes(db))
        raise OptionsError(Text(
            "No outcome {outcome}; the project has {known}.",
            outcome=f"{outcome!r}",
            known=known,
        ))
    settings = futures_store.get_settings(db, the_study.id)
    asked = region is not None or measure is not None or horizon is not None
    chosen = settings.region_id is not None and settings.horizon is not None
    if asked and wanted.name != DEFAULT_OUTCOME:
        raise OptionsError(
            Text(
                "Projections give {default_outcome}; {name} comes from the entered effects alone: "
                "leave out --region, --measure and --horizon.",
                default_outcome=DEFAULT_OUTCOME,
                name=wanted.name,
            ))
    register = _stored(db, the_study) if book is None else resolve_workbook(db, the_study, book)
    effects = [e for e in register.effects if e.outcome.casefold() == wanted.name.casefold()]
    with_effects = {e.option_id for e in effects}
    options = [o for o in register.options if o.id in with_effects]
    left_out = [o.name for o in register.options if o.id not in with_effects]
    if not options:
        raise OptionsError(
            Text(
                "No policy option has an effect on {name} in {name2}; enter effects per scenario "
                "or per variant (or give an options workbook).",
                name=wanted.name,
                name2=f"{the_study.name!r}",
            ))
    base = np.zeros(len(saved))
    the_horizon = None
    if wanted.name == DEFAULT_OUTCOME and (asked or chosen):
        run = run_futures(db, the_study.id, region, horizon=horizon, measure=measure,
                          progress=progress.sub(0.0, 0.9))
        unit = (find_measure(db, run.measure_code).unit or "").casefold()
        if not any(word in unit for word in _JOB_UNITS):
            raise OptionsError(
                Text(
                    "The futures project {measure_code} (unit {value}), which does not count jobs; "
                    "choose a measure of people employed with --measure, or judge another outcome "
                    "from entered effects.",
                    measure_code=run.measure_code,
                    value=unit or 'not given',
                ))
        mean = QUANTILES.index("mean")
        base = np.array([s.total[-1, mean] for s in run.result.scenarios])
        weights = [f.weight for f in run.scenarios]
        the_horizon = int(run.result.years[-1])
        source = Text("projected {measure} of {region} in {year} (mean of {draws} draws) plus "
                      "each option's effect", measure=run.measure_code, region=run.region.name,
                      year=the_horizon, draws=run.draws)
    else:
        weights = scenario_weights(the_study, saved, settings.weights)
        source = Text("entered effects (No action = 0)")
    progress.report(0.92, Text("Judging the options"))
    lines = [OptionLine(NO_ACTION, None)]
    rows = [base]
    too_late = []
    for option in options:
        lines.append(OptionLine(option.name, option, register.targets.get(option.id, ())))
        late = _too_late(option, the_horizon)
        if late:
            too_late.append(Text("{option}: {why}", option=option.name, why=late))
        own = [e for e in effects if e.option_id == option.id]
        rows.append(base + (0.0 if late else _effects_by_scenario(the_study, saved, own)))
    result = robustness(np.vstack(rows), np.array(weights), wanted.direction, threshold)
    names = [line.name for line in lines]
    columns = [ScenarioColumn(s, scenario_label(the_study, s), w)
               for s, w in zip(saved, weights, strict=True)]
    discovery = _discovery(the_study, saved, result, names)
    progress.report(1.0, Text("Options judged"))
    return OptionsRun(the_study, wanted.name, wanted.direction, result.threshold, source, columns,
                      lines, result, disagreements(result, names), discovery, left_out, too_late)


def _too_late(option: PolicyOption, horizon: int | None) -> str:
    if horizon is None or option.start_year is None:
        return ""
    ready = option.start_year + (option.time_to_effect or 0)
    if ready <= horizon:
        return ""
    return Text("starts {start} and takes {years} years to act, after the horizon {horizon}: "
                "no effect counted", start=option.start_year,
                years=Number(f"{option.time_to_effect or 0:g}"), horizon=horizon)


def _effects_by_scenario(study: Study, saved: list[SavedScenario], effects) -> np.ndarray:
    """An option's effect in each scenario: its scenario entry, else the sum over variants."""
    by_scenario = {e.scenario_id: e for e in effects if e.scenario_id is not None}
    by_variant: dict[int, list[OptionEffect]] = {}
    for e in effects:
        if e.variant_id is not None:
            by_variant.setdefault(e.variant_id, []).append(e)
    out = np.zeros(len(saved))
    for k, s in enumerate(saved):
        if s.id in by_scenario:
            e = by_scenario[s.id]
            out[k] = pert_mean(e.low, e.mode, e.high)
            continue
        for d, v in zip(study.descriptors, s.variants, strict=True):
            for e in by_variant.get(d.variants[v].id, ()):
                out[k] += pert_mean(e.low, e.mode, e.high)
    return out


def _discovery(study: Study, saved, result: Robustness, names: list[str]) -> list[list[str]]:
    target = (Text("does no better than No action") if result.threshold is None
              else Text("misses the threshold {threshold}",
                        threshold=Number(_shown(result.threshold))))
    variants = np.array([s.variants for s in saved])
    out = []
    for k, boxes in enumerate(failure_boxes(result.meets, variants)):
        sentences = []
        for b in boxes:
            d = study.descriptors[b.descriptor]
            sentences.append(Text(
                "{option} {target} in {failing_in_box} of {in_box} scenarios with {descriptor}: "
                "{variant} (density {density}; coverage {coverage}, {failing_in_box} of its "
                "{failing} failing scenarios).", option=names[k], target=target,
                failing_in_box=b.failing_in_box, in_box=b.in_box, descriptor=d.name,
                variant=d.variants[b.variant].name, density=Number(f"{b.density:.0%}"),
                coverage=Number(f"{b.coverage:.0%}"), failing=b.failing))
        out.append(sentences)
    return out


# -- the register: stored or from a workbook -----------------------------------------------


def _stored(db, study: Study) -> _Register:
    targets: dict[int, list[Target]] = {}
    for option_id, target in store.targets_by_option(db):
        targets.setdefault(option_id, []).append(target)
    return _Register(store.list_options(db), {k: tuple(v) for k, v in targets.items()},
                     store.list_effects(db, study))


def resolve_workbook(db, study: Study, book: OptionsWorkbook) -> _Register:
    """The workbook's options, targets and effects with the project's ids; every name the
    project does not know is refused with its cell, with the cells the reader rejected (all of
    them at once)."""
    problems: list[Problem] = list(book.problems)
    stored = {o.name.casefold(): o for o in store.list_options(db)}
    options: list[PolicyOption] = []
    targets: dict[int, tuple[Target, ...]] = {}
    ids: dict[str, int] = {}
    for k, row in enumerate(book.options):
        option_id = -(k + 1)  # not stored: ids of their own for this run
        ids[row.option.casefold()] = option_id
        options.append(PolicyOption(option_id, row.option, row.instrument, row.description,
                                    row.cost, row.start_year, row.time_to_effect, row.owner))
        targets[option_id] = tuple(
            t for t in (_target(db, text, row.place, problems) for text in row.targets) if t)
    for name, option in stored.items():
        if name not in ids:
            ids[name] = option.id
            options.append(option)
            targets[option.id] = tuple(store.list_targets(db, option.id))
    scenario_ids = {s.id for s in list_scenarios(db, study)}
    outcomes = {o.name.casefold(): o.name for o in store.list_outcomes(db)}
    effects = []
    seen: dict[tuple, str] = {}
    for row in book.effects:
        option_id = ids.get(row.option.casefold())
        if option_id is None:
            problems.append(row.place.problem(
                "option", f"option {row.option!r} is neither on the Options sheet nor in the "
                "project's register"))
        outcome = outcomes.get(row.outcome.casefold())
        if outcome is None:
            problems.append(row.place.problem(
                "outcome", f"no outcome {row.outcome!r}; the project has "
                f"{', '.join(outcomes.values())}"))
        scenario_id = variant_id = None
        if row.scenario:
            scenario_id = _scenario_id(row.scenario, scenario_ids, study, row.place, problems)
        else:
            variant_id = _variant_id(study, row.descriptor, row.variant, row.place, problems)
        if option_id is None or outcome is None or (scenario_id is None and variant_id is None):
            continue
        key = (option_id, outcome.casefold(), scenario_id, variant_id)
        if key in seen:
            problems.append(row.place.problem(
                "option", f"the same option, outcome and scenario or variant as {seen[key]}"))
            continue
        seen[key] = row.place.cell("option")
        effects.append(OptionEffect(option_id, outcome, scenario_id, variant_id, row.low,
                                    row.mode, row.high))
    if problems:
        raise OptionsWorkbookError(sorted(problems, key=_reading_order))
    return _Register(options, targets, effects)


def _reading_order(problem: Problem) -> tuple:
    """Options sheet first, then row by row, left to right."""
    return (problem.sheet != OPTIONS_SHEET, cell_index(problem.cell or "") or (0, 0))


def find_target(db, text: str) -> Target:
    """An industry (code or alias), a competency or an institution (name), by its words; an
    optional ``industry:``, ``competency:`` or ``institution:`` says which register to look in."""
    kind, _, name = text.partition(":")
    if kind.strip().casefold() in store.TARGET_KINDS and name.strip():
        kinds, name = (kind.strip().casefold(),), name.strip()
    else:
        kinds, name = store.TARGET_KINDS, text.strip()
    found = []
    if "industry" in kinds:
        industry_id = classifications.resolve(db, "industry", name)
        if industry_id is not None:
            code = next(c.code for c in classifications.list_all(db, "industry")
                        if c.id == industry_id)
            found.append(Target("industry", industry_id, code))
    if "competency" in kinds:
        competency = capabilities.find_competency(db, name)
        if competency is not None:
            found.append(Target("competency", competency.id, competency.name))
    if "institution" in kinds:
        institution = capabilities.find_institution(db, name)
        if institution is not None:
            found.append(Target("institution", institution.id, institution.name))
    if len(found) == 1:
        return found[0]
    if not found:
        raise OptionsError(Text(
            "no {names} {name} in the project's registers",
            names=' or '.join(kinds),
            name=f"{name!r}",
        ))
    raise OptionsError(Text(
        "{name} is both an {names}; write {kind}:{name2} or {kind2}:{name2}",
        name=f"{name!r}",
        names=' and a '.join(t.kind for t in found),
        kind=found[0].kind,
        name2=name,
        kind2=found[1].kind,
    ))


def find_targets(db, text: str) -> list[Target]:
    """The targets of a ``;``-separated list (as in the workbook's target column)."""
    return [find_target(db, part) for part in text.split(TARGET_SEPARATOR) if part.strip()]


def _target(db, text: str, place, problems: list[Problem]) -> Target | None:
    try:
        return find_target(db, text)
    except OptionsError as error:
        problems.append(place.problem("target", str(error)))
        return None


def _scenario_id(text: str, known: set[int], study: Study, place, problems) -> int | None:
    digits = text[1:] if text[:1] in "sS" else text
    try:
        number = float(digits)
    except ValueError:
        number = None
    if number is None or not number.is_integer() or int(number) not in known:
        shown = ", ".join(str(k) for k in sorted(known))
        problems.append(place.problem(
            "scenario", f"{study.name!r} has no scenario {text!r}; its scenario ids are {shown}"))
        return None
    return int(number)


def _variant_id(study: Study, descriptor: str, variant: str, place, problems) -> int | None:
    d = next((d for d in study.descriptors
              if descriptor.casefold() in (d.name.casefold(), d.short_name.casefold())), None)
    if d is None:
        problems.append(place.problem(
            "descriptor", f"{study.name!r} has no descriptor {descriptor!r}; it has "
            f"{', '.join(x.name for x in study.descriptors)}"))
        return None
    v = next((v for v in d.variants
              if variant.casefold() in (v.name.casefold(), v.short_name.casefold())), None)
    if v is None:
        problems.append(place.problem(
            "variant", f"{d.name} has no variant {variant!r}; it has "
            f"{', '.join(x.name for x in d.variants)}"))
        return None
    return v.id


def store_workbook_options(db, study: int | str, book: OptionsWorkbook) -> tuple[int, int]:
    """Put the workbook's options in the register (by name: new ones added, others updated,
    their targets replaced) and its effects in place of those options' effects in the study.
    All or nothing; returns the counts of options and effects stored."""
    the_study = require_study(db, study)
    register = resolve_workbook(db, the_study, book)
    in_book = {o.id for o in register.options if o.id < 0}
    with db.atomic():
        stored_ids: dict[int, int] = {}
        for o in register.options:
            if o.id not in in_book:
                continue
            fields = {f: getattr(o, f) for f in store.OPTION_FIELDS}
            existing = store.find_option(db, o.name)
            if existing is None:
                stored_ids[o.id] = store.add_option(db, **fields)
            else:
                store.update_option(db, existing.id, **fields)
                stored_ids[o.id] = existing.id
            store.set_targets(db, stored_ids[o.id],
                              [(t.kind, t.id) for t in register.targets[o.id]])
        effects = [OptionEffect(stored_ids.get(e.option_id, e.option_id), e.outcome,
                                e.scenario_id, e.variant_id, e.low, e.mode, e.high)
                   for e in register.effects]
        touched = set(stored_ids.values()) | {e.option_id for e in effects}
        store.replace_study_effects(db, the_study, touched, effects)
    return len(in_book), len(effects)


# -- output ------------------------------------------------------------------------------------


def _number(value: float) -> float:
    return float(f"{value:.6g}")


def options_payload(run: OptionsRun) -> dict:
    """The command line's JSON (keys as documented in README and docs/policy.md)."""
    r = run.result
    names = [line.name for line in run.lines]
    return {
        "outcome": run.outcome,
        "direction": run.direction,
        "threshold": run.threshold,
        "scenarios": [{"scenario": c.scenario.id, "label": c.label, "weight": _number(c.weight)}
                      for c in run.scenarios],
        "options": [
            {
                "option": name,
                "outcomes": {str(c.scenario.id): _number(r.outcomes[k, j])
                             for j, c in enumerate(run.scenarios)},
                "expected": _number(r.expected[k]),
                "worst": _number(r.worst[k]),
                "max_regret": _number(r.max_regret[k]),
                "satisficing": int(r.satisficing[k]),
                "no_regret": bool(r.no_regret[k]),
            }
            for k, name in enumerate(names)
        ],
        "ranking": {c: [names[k] for k in r.ranking[c]] for c in CRITERIA},
    }


def _shown(value: float) -> str:
    """Whole numbers for counts of jobs in the thousands, four digits for small ones."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.4g}"


def options_text(run: OptionsRun) -> str:
    r = run.result
    better = "more is better" if run.direction == "higher" else "less is better"
    goal = ("better than No action" if run.threshold is None
            else f"{'at least' if run.direction == 'higher' else 'at most'} "
            f"{_shown(run.threshold)}")
    lines = [f"{run.study.name}: {run.outcome} ({better}) in {len(run.scenarios)} scenarios, "
             f"from {run.source}; satisficing = {goal}"]
    for k, line in enumerate(run.lines):
        flag = ", no-regret" if r.no_regret[k] else ""
        lines.append(f"  {line.name}: expected {_shown(r.expected[k])}, worst "
                     f"{_shown(r.worst[k])}, max regret {_shown(r.max_regret[k])}, satisfies "
                     f"{r.satisficing[k]} of {len(run.scenarios)}{flag}")
    for c in CRITERIA:
        lines.append(f"  ranking by {c.replace('_', ' ')}: "
                     f"{', '.join(run.lines[k].name for k in r.ranking[c])}")
    lines.extend(f"  {note}" for note in run.notes)
    lines.extend(f"  {s}" for sentences in run.discovery for s in sentences)
    lines.extend(f"  {item}" for item in run.too_late)
    if run.left_out:
        lines.append(f"  without an effect on {run.outcome}: {', '.join(run.left_out)}")
    return "\n".join(lines)


def workbook_rows(db, study: Study) -> tuple[list[dict], list[dict]]:
    """The register and the study's effects as rows of the options workbook."""
    names = {o.id: o.name for o in store.list_options(db)}
    variants = {v.id: (d.name, v.name) for d in study.descriptors for v in d.variants}
    targets: dict[int, list[str]] = {}
    for option_id, t in store.targets_by_option(db):
        targets.setdefault(option_id, []).append(f"{t.kind}:{t.name}")
    options = [
        {"option": o.name, "instrument": o.instrument, "target": "; ".join(targets.get(o.id, [])),
         "cost": o.cost, "start year": o.start_year, "time to effect": o.time_to_effect,
         "owner": o.owner, "description": o.description}
        for o in store.list_options(db)
    ]
    effects = []
    for e in store.list_effects(db, study):
        descriptor, variant = variants.get(e.variant_id, ("", ""))
        effects.append({"option": names[e.option_id], "scenario": e.scenario_id,
                        "descriptor": descriptor, "variant": variant, "outcome": e.outcome,
                        "low": e.low, "mode": e.mode, "high": e.high})
    return options, effects



# -- demo --------------------------------------------------------------------------------------

DEMO_STUDY = "Global context (CIB sample)"
#: (name, instrument, targets as in the options workbook, cost in EUR m, start, years to effect,
#: owner). Illustrative options for Baden-Württemberg, not a programme.
DEMO_OPTIONS = (
    ("Vocational training alliance", "training",
     ("industry:B-E", "Dual vocational training in metal and electrical trades",
      "IHK Region Stuttgart"), 12.0, 2025, 2.0, "Ministry of Economic Affairs"),
    ("Battery cell plant subsidy", "grant",
     ("industry:B-E", "Batteries and electric mobility", "e-mobil BW"), 300.0, 2025, 4.0,
     "Ministry of Economic Affairs"),
    ("AI transfer centre", "cluster support",
     ("industry:J", "industry:M-N", "Artificial intelligence and machine learning",
      "Cyber Valley"), 40.0, 2026, 3.0, "Ministry of Science"),
    ("Defence procurement programme", "procurement",
     ("industry:B-E", "Aerospace engineering"), 150.0, 2026, 2.0, "State Chancellery"),
    ("Emission limits for process heat", "regulation", ("industry:B-E",), 2.0, 2026, 3.0,
     "Ministry of the Environment"),
)
#: (option, outcome, descriptor, variant, low, mode, high): jobs added by the horizon, or kt
#: CO2e a year. Judgements for the demo, not estimates.
DEMO_EFFECTS = (
    ("Vocational training alliance", "jobs", "World economy", "Decline", 1000, 3000, 5000),
    ("Vocational training alliance", "jobs", "World economy", "Stagnation", 4000, 6000, 9000),
    ("Vocational training alliance", "jobs", "World economy", "Moderate growth", 3000, 5000, 8000),
    ("Vocational training alliance", "jobs", "World economy", "Rapid growth", 3000, 5000, 8000),
    ("Battery cell plant subsidy", "jobs", "World trade regime", "Free trade", 10000, 25000, 35000),
    ("Battery cell plant subsidy", "jobs", "World trade regime", "Mixed", 4000, 12000, 18000),
    ("Battery cell plant subsidy", "jobs", "World trade regime", "National", -15000, -8000, 0),
    ("Battery cell plant subsidy", "jobs", "World economy", "Stagnation", -5000, -3000, 0),
    ("Battery cell plant subsidy", "emissions", "World trade regime", "Free trade", 40, 80, 120),
    ("Battery cell plant subsidy", "emissions", "World trade regime", "Mixed", 20, 40, 60),
    ("AI transfer centre", "jobs", "World security", "Relaxed", 5000, 9000, 12000),
    ("AI transfer centre", "jobs", "World security", "Moderate", 4000, 7000, 10000),
    ("AI transfer centre", "jobs", "World security", "Alert", 0, 2000, 4000),
    ("AI transfer centre", "jobs", "World trade regime", "National", -2000, -1000, 0),
    ("Defence procurement programme", "jobs", "World security", "Alert", 8000, 14000, 18000),
    ("Defence procurement programme", "jobs", "World security", "Moderate", 1000, 3000, 5000),
    ("Defence procurement programme", "jobs", "World security", "Relaxed", -4000, -2000, 0),
    ("Emission limits for process heat", "emissions", "World trade regime", "Free trade",
     -400, -300, -200),
    ("Emission limits for process heat", "emissions", "World trade regime", "Mixed",
     -300, -250, -150),
    ("Emission limits for process heat", "emissions", "World trade regime", "National",
     -200, -150, -50),
)


def add_demo_options(db, resources_demo_dir: Path, progress: Progress | None = None) -> None:
    """Demo content: five policy options for Baden-Württemberg tested on the global sample
    study, with targets in the demo's registers and effects on jobs and emissions by variant."""
    study = require_study(db, DEMO_STUDY)
    variants = {(d.name, v.name): v.id for d in study.descriptors for v in d.variants}
    for name, instrument, targets, cost, start, delay, owner in DEMO_OPTIONS:
        option_id = store.add_option(db, name, instrument=instrument, cost=cost, start_year=start,
                                     time_to_effect=delay, owner=owner)
        store.set_targets(db, option_id, [(t.kind, t.id) for t in map(partial(find_target, db),
                                                                       targets)])
    for name, outcome, descriptor, variant, low, mode, high in DEMO_EFFECTS:
        store.set_effect(db, OptionEffect(store.find_option(db, name).id, outcome, None,
                                          variants[descriptor, variant], low, mode, high))
    (progress or NullProgress()).report(1.0, Text("Demo policy options ready"))


# -- option card -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptionCard:
    """An option with its targets, where they sit in the competency network, and its effects."""

    option: PolicyOption
    targets: tuple[Target, ...]
    #: Per target, the names it is linked to in the competency network (with the strength):
    #: a competency's industries and institutions, an industry's or institution's competencies.
    network: dict[Target, list[tuple[str, int]]]
    #: (study, "Descriptor: Variant" or scenario label, outcome, low, mode, high)
    effects: list[tuple[str, str, str, float, float, float]]


def option_card(db, option_id: int) -> OptionCard:
    option = store.get_option(db, option_id)
    targets = tuple(store.list_targets(db, option_id))
    competencies = {c.id: c.name for c in capabilities.list_competencies(db)}
    institutions = {i.id: i.name for i in capabilities.list_institutions(db)}
    industries = {c.id: c.code for c in classifications.list_all(db, "industry")}
    industry_links = capabilities.industry_links(db)
    institution_links = capabilities.institution_links(db)
    network: dict[Target, list[tuple[str, int]]] = {}
    for t in targets:
        if t.kind == "competency":
            linked = [(industries[k.industry_id], k.strength) for k in industry_links
                      if k.competency_id == t.id]
            linked += [(institutions[k.institution_id], k.strength) for k in institution_links
                       if k.competency_id == t.id]
        elif t.kind == "industry":
            linked = [(competencies[k.competency_id], k.strength) for k in industry_links
                      if k.industry_id == t.id]
        else:
            linked = [(competencies[k.competency_id], k.strength) for k in institution_links
                      if k.institution_id == t.id]
        network[t] = sorted(set(linked), key=lambda item: (-item[1], item[0]))
    effects = []
    for summary in list_studies(db):
        study = require_study(db, summary.id)
        labels = dict(zip(study.variant_ids, study.labels, strict=True))
        scenarios = {s.id: scenario_label(study, s) for s in list_scenarios(db, study)}
        for e in store.list_effects(db, study, [option_id]):
            where = labels[e.variant_id] if e.variant_id is not None else scenarios[e.scenario_id]
            effects.append((study.name, where, e.outcome, e.low, e.mode, e.high))
    return OptionCard(option, targets, network, effects)


# -- report ------------------------------------------------------------------------------------


def report_sheets(db, flt=None, progress: Progress | None = None, study_ids=None) -> list:
    """The report workbook's policy options: per study and outcome with entered effects, the
    outcome matrix with every criterion (max regret shaded, no-regret marked), the rankings
    side by side, and the notes and scenario discovery as sentences. ``study_ids``, when
    given, keeps those studies."""
    from desktop_app.io.export_report import Highlight, ReportSheet, ReportTable

    progress = progress or NullProgress()
    sheets = []
    studies = [s for s in list_studies(db) if study_ids is None or s.id in study_ids]
    for k, summary in enumerate(studies):
        study = require_study(db, summary.id)
        outcomes = []
        for e in store.list_effects(db, study):
            if e.outcome not in outcomes:
                outcomes.append(e.outcome)
        for outcome in outcomes:
            try:
                run = run_options(db, study.id, outcome=outcome,
                                  progress=progress.sub(k / len(studies), (k + 1) / len(studies)))
            except UserError:
                continue  # the study cannot be judged as stored (no scenarios, no projection)
            r = run.result
            scenario_columns = [f"S{c.scenario.id}" for c in run.scenarios]
            columns = [Text("option"), *scenario_columns, Text("expected"), Text("worst case"),
                       Text("max regret"), Text("satisficing"), Text("no-regret")]
            rows = [[line.name, *(_number(v) for v in r.outcomes[i]), _number(r.expected[i]),
                     _number(r.worst[i]), _number(r.max_regret[i]), int(r.satisficing[i]),
                     _YES if r.no_regret[i] else ""]
                    for i, line in enumerate(run.lines)]
            formats = {c: "#,##0.##" for c in
                       (*scenario_columns, "expected", "worst case", "max regret")}
            goal = (Text("better than No action") if run.threshold is None
                    else Text("at least {threshold}", threshold=Number(_shown(run.threshold))))
            title = (Text("{outcome} (more is better) in each scenario", outcome=run.outcome)
                     if run.direction == "higher" else
                     Text("{outcome} (less is better) in each scenario", outcome=run.outcome))
            matrix = ReportTable(
                title, columns, rows, number_formats=formats,
                highlights=[Highlight("max regret", "bar"), Highlight("no-regret", "equals",
                                                                       _YES)],
                notes=[Text("{scenario}: {label} (weight {weight})", scenario=c, label=col.label,
                            weight=Number(f"{col.weight:.0%}"))
                       for c, col in zip(scenario_columns, run.scenarios, strict=True)]
                + [Text("From {source}; satisficing: {goal}.", source=run.source, goal=goal)])
            rankings = ReportTable(
                Text("Rankings, best first"), [Text("place"), *(CRITERION_WORDS[c] for c in CRITERIA)],
                [[p + 1, *(run.lines[r.ranking[c][p]].name for c in CRITERIA)]
                 for p in range(len(run.lines))],
                notes=[*run.notes, *(s for sentences in run.discovery for s in sentences),
                       *run.too_late])
            sheets.append(ReportSheet(
                Text("Options {study} {outcome}", study=study.id, outcome=outcome),
                Text("{study}: policy options judged on {outcome} across its scenarios "
                     "(criteria as in docs/policy.md)", study=study.name, outcome=outcome),
                [matrix, rankings]))
    return sheets
