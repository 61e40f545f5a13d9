"""Signposts read from the project's data, scenario plausibility, triggers and experiments.

:func:`reevaluate` reads every signpost again and records, in words, each one whose status
changed; the import (and the exchange import) calls it in the transaction of its batch, the
undo of a batch and a merge in theirs, so the project always says what the latest data mean for
its futures.
Payloads here are what ``anticipa signposts`` and ``anticipa experiments`` print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import sqlite_utils

from desktop_app.core import signposts as core
from desktop_app.core.signposts import UNKNOWN, Plausibility, Reading
from desktop_app.errors import UserError
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import classifications, measures
from desktop_app.store import scenarios as studies
from desktop_app.store import signals as store
from desktop_app.store.signals import Experiment, RadarSignal, Signpost
from desktop_app.texts import N_, Text

__all__ = [
    "ScenarioPlausibility",
    "due_experiments",
    "experiments_payload",
    "experiments_text",
    "indicator_text",
    "is_due",
    "plausibility_history",
    "read_signpost",
    "reevaluate",
    "report_sheets",
    "resolve_variant",
    "scenario_plausibility",
    "signposts_payload",
    "signposts_text",
    "triggered",
]

_INDICATOR_WORDS = {
    "level": "{measure}",
    "growth": N_("growth of {measure} over {span} (%)"),
    "share": N_("share of the region's {measure} (%)"),
    "lq": N_("location quotient of {measure}"),
}
#: The closed sets of words a signal, signpost or experiment is stored with, as a reader sees
#: them (the store keeps the English key).
WORDS = {
    "above": Text("above"), "below": Text("below"),
    "reached": Text("reached"), "not reached": Text("not reached"), "unknown": Text("unknown"),
    "trend": Text("trend"), "weak signal": Text("weak signal"),
    "short": Text("short"), "medium": Text("medium"), "long": Text("long"),
    "social": Text("social"), "technological": Text("technological"),
    "economic": Text("economic"), "environmental": Text("environmental"),
    "political": Text("political"),
    "running": Text("running"), "scaled up": Text("scaled up"), "adjusted": Text("adjusted"),
    "stopped": Text("stopped"),
    "start": Text("start"), "adjust": Text("adjust"), "stop": Text("stop"),
    "import": Text("import"), "undo": Text("undo"), "merge": Text("merge"), "edit": Text("edit"),
}


def word(key: str | None) -> str | None:
    """A stored key (a status, a horizon ...) in words a translator can reach."""
    return WORDS.get(key, key) if key is not None else None


def indicator_text(p: Signpost) -> str:
    """What a signpost reads, in words: 'growth of employees_de over 1 year (%): Industry
    (except construction), Baden-Württemberg'."""
    if p.kind == "judgement":
        return Text("judgement: {what}", what=p.judgement) if p.judgement else Text("judgement")
    span = Text("1 year") if p.span == 1 else Text("{count} years", count=p.span)
    what = Text(_INDICATOR_WORDS[p.kind], measure=p.measure, span=span)
    industry = p.industry or Text("all industries")
    if p.kind == "lq" and p.reference_region:
        return Text("{what}: {industry}, {region} (reference {reference})", what=what,
                    industry=industry, region=p.region, reference=p.reference_region)
    return Text("{what}: {industry}, {region}", what=what, industry=industry, region=p.region)


def _indicator_with_direction(p: Signpost) -> str:
    """The indicator and the side of the threshold that reaches the signpost."""
    if p.kind == "judgement":
        return indicator_text(p)
    return f"{indicator_text(p)}, {p.direction} {p.threshold:,.10g}"


def _judgement_year(p: Signpost) -> int | None:
    return int(p.judged_on[:4]) if p.judged_on and p.judged_on[:4].isdigit() else None


def _indicator(db: sqlite_utils.Database, p: Signpost) -> tuple[np.ndarray, np.ndarray]:
    inputs = store.indicator_inputs(db, p)

    def array(values):
        return np.array([np.nan if v is None else v for v in values], dtype=float)

    years = np.array(inputs.years, dtype=np.int64)
    values = core.indicator_values(
        p.kind, years, array(inputs.values), array(inputs.region_total),
        array(inputs.reference), array(inputs.reference_total), p.span,
    )
    return years, values


def read_signpost(db: sqlite_utils.Database, p: Signpost) -> Reading:
    """The signpost's status from the latest year in which its indicator has a value (a
    judgement: the judged status, dated by the year of its date)."""
    if p.kind == "judgement":
        return Reading(p.judged_status or UNKNOWN, _judgement_year(p), None)
    years, values = _indicator(db, p)
    return core.latest_reading(years, values, p.direction, p.threshold)


def reevaluate(
    db: sqlite_utils.Database, cause: str = "import", batch_id: int | None = None,
    record: bool = True,
) -> list[str]:
    """Read every signpost again; keep each reading, and for each status that changed record
    (unless ``record`` is false, as after an edit of the signpost itself) and return a sentence
    saying what changed. Runs in the caller's transaction when there is one."""
    changes = []
    with db.atomic():
        for p in store.list_signposts(db):
            reading = read_signpost(db, p)
            if reading.status != p.last_status and record:
                text = core.change_sentence(p.name, p.kind, p.last_status, reading,
                                            p.variant_label, p.unit)
                store.add_change(db, p.id, cause, batch_id, p.last_status, reading.status,
                                 reading.year, reading.value, text)
                changes.append(text)
            if (reading.status, reading.year, reading.value) != (
                    p.last_status, p.last_year, p.last_value):
                store.set_reading(db, p.id, reading.status, reading.year, reading.value)
    return changes


def in_words(db: sqlite_utils.Database, changes: list[store.SignpostChange]) -> list[str]:
    """Each recorded change's sentence, made again from its signpost and reading so that it can
    be translated where it is shown; the recorded sentence as it is when the signpost has
    changed since (its name, kind, unit or variant) and the sentence would not be the same."""
    signposts = {p.id: p for p in store.list_signposts(db)}
    out: list[str] = []
    for c in changes:
        p = signposts.get(c.signpost_id)
        sentence = (
            core.change_sentence(
                p.name, p.kind, c.old_status, core.Reading(c.new_status, c.year, c.value),
                p.variant_label, p.unit,
            )
            if p is not None
            else None
        )  # fmt: skip
        out.append(sentence if sentence == c.text else c.text)
    return out


@dataclass(frozen=True)
class ScenarioPlausibility:
    study: str
    scenario_id: int
    label: str
    counts: Plausibility


def _variant_statuses(db, signposts: list[Signpost], year: int | None = None) -> dict:
    """Variant id -> statuses of its signposts, now or as the data stood in ``year``."""
    statuses: dict[int, list[str]] = {}
    for p in signposts:
        if year is None:
            status = read_signpost(db, p).status
        elif p.kind == "judgement":
            judged = _judgement_year(p)
            status = p.judged_status if judged is not None and judged <= year else UNKNOWN
        else:
            years, values = _indicator(db, p)
            at = np.flatnonzero(years == year)
            status = core.status_of(values[at[0]] if at.size else None, p.direction, p.threshold)
        statuses.setdefault(p.variant_id, []).append(status)
    return statuses


def _studies(db, study: int | str | None) -> list[studies.Study]:
    if study is not None:
        return [studies.require_study(db, study)]
    return [studies.require_study(db, s.id) for s in studies.list_studies(db)]


def scenario_plausibility(
    db: sqlite_utils.Database, study: int | str | None = None
) -> list[ScenarioPlausibility]:
    """For each stored scenario (of ``study``, or of every study with signposts), how many of
    its variants' signposts are reached, not reached and unknown now."""
    # imported here, not with the module: the import service, which reads the signposts on
    # every commit, stays free of the futures' modules (scipy)
    from desktop_app.services.futures import scenario_label

    out = []
    for the_study in _studies(db, study):
        signposts = store.list_signposts(db, the_study.id)
        if not signposts and study is None:
            continue
        statuses = _variant_statuses(db, signposts)
        saved = studies.list_scenarios(db, the_study)
        counts = core.plausibility(
            ([d.variants[v].id for d, v in zip(the_study.descriptors, s.variants, strict=True)]
             for s in saved),
            statuses,
        )
        out += [ScenarioPlausibility(the_study.name, s.id, scenario_label(the_study, s), c)
                for s, c in zip(saved, counts, strict=True)]
    return out


def plausibility_history(
    db: sqlite_utils.Database, study: int | str
) -> tuple[list[int], list[str], np.ndarray]:
    """Years with a signpost value, the scenario labels, and counts[scenario, year, k] of
    signposts reached (k=0), not reached (1) and unknown (2) as the data stood in each year."""
    from desktop_app.services.futures import scenario_label

    the_study = studies.require_study(db, study)
    signposts = store.list_signposts(db, the_study.id)
    years = sorted({int(y) for p in signposts if p.kind != "judgement"
                    for y, v in zip(*_indicator(db, p), strict=True) if np.isfinite(v)})
    saved = studies.list_scenarios(db, the_study)
    counts = np.zeros((len(saved), len(years), 3), dtype=np.int64)
    variant_ids = [[d.variants[v].id for d, v in zip(the_study.descriptors, s.variants,
                                                       strict=True)] for s in saved]
    for j, year in enumerate(years):
        for k, c in enumerate(core.plausibility(variant_ids, _variant_statuses(db, signposts,
                                                                              year))):
            counts[k, j] = (c.reached, c.not_reached, c.unknown)
    return years, [scenario_label(the_study, s) for s in saved], counts


def triggered(db: sqlite_utils.Database) -> list[Signpost]:
    """Signposts that are reached now and name an option to start, adjust or stop."""
    return [p for p in store.list_signposts(db)
            if p.trigger_action and read_signpost(db, p).status == core.REACHED]


def signposts_payload(db: sqlite_utils.Database, study: int | str | None = None) -> dict:
    the_study = studies.require_study(db, study) if study is not None else None
    rows = []
    for p in store.list_signposts(db, the_study.id if the_study else None):
        reading = read_signpost(db, p)
        rows.append({
            "signpost": p.name,
            "indicator": _indicator_with_direction(p),
            "descriptor": p.descriptor,
            "variant": p.variant,
            "threshold": p.threshold,
            "status": reading.status,
            "year": reading.year,
        })
    scenarios = [
        {"study": s.study, "scenario": s.scenario_id, "label": s.label,
         "reached": s.counts.reached, "not_reached": s.counts.not_reached,
         "unknown": s.counts.unknown}
        for s in scenario_plausibility(db, the_study.id if the_study else None)
    ]
    return {"signposts": rows, "scenarios": scenarios}


def signposts_text(payload: dict) -> str:
    if not payload["signposts"]:
        return "No signposts in this project."
    lines = []
    for row in payload["signposts"]:
        when = f" ({row['year']})" if row["year"] is not None else ""
        lines.append(f"{row['signpost']}: {row['status']}{when} — {row['indicator']}; "
                     f"for {row['descriptor']}: {row['variant']}")
    lines.append("")
    lines.append("Scenarios (signposts reached / not reached / unknown):")
    for s in payload["scenarios"]:
        lines.append(f"  {s['study']}, {s['label']}: {s['reached']} / {s['not_reached']} / "
                     f"{s['unknown']}")
    return "\n".join(lines)


# -- experiments -----------------------------------------------------------------------------


def _today(today: dt.date | None) -> str:
    return (today or dt.date.today()).isoformat()


def is_due(experiment: Experiment, today: dt.date | None = None) -> bool:
    """Open (running or adjusted) and its decision date has passed."""
    return experiment.status in store.OPEN_STATUSES and experiment.decision_date < _today(today)


def due_experiments(db: sqlite_utils.Database, today: dt.date | None = None) -> list[Experiment]:
    return [e for e in store.list_experiments(db) if is_due(e, today)]


def experiments_payload(
    db: sqlite_utils.Database, due_only: bool = False, today: dt.date | None = None
) -> dict:
    rows = []
    for e in store.list_experiments(db):
        due = is_due(e, today)
        if due_only and not due:
            continue
        rows.append({
            "experiment": e.name, "hypothesis": e.hypothesis, "signal": e.signal,
            "start": e.start_date, "decision_date": e.decision_date, "status": e.status,
            "due": due, "lesson": e.lesson,
        })
    return {"experiments": rows}


def experiments_text(payload: dict) -> str:
    if not payload["experiments"]:
        return "No experiments."
    lines = []
    for e in payload["experiments"]:
        flag = "  DECISION DUE" if e["due"] else ""
        lines.append(f"{e['experiment']} [{e['status']}] {e['start']} → {e['decision_date']}{flag}")
        lines.append(f"  hypothesis: {e['hypothesis']}")
        lines.append(f"  signal: {e['signal']}")
        if e["lesson"]:
            lines.append(f"  lesson: {e['lesson']}")
    return "\n".join(lines)


# -- names to ids ------------------------------------------------------------------------------


def resolve_variant(db: sqlite_utils.Database, study: studies.Study, descriptor: str,
                    variant: str) -> int:
    """The id of ``variant`` of ``descriptor`` (names or short names, any case) in ``study``."""
    for d in study.descriptors:
        if descriptor.strip().casefold() in (d.name.casefold(), d.short_name.casefold()):
            for v in d.variants:
                if variant.strip().casefold() in (v.name.casefold(), v.short_name.casefold()):
                    return v.id
            raise UserError(Text(
                "Descriptor {name} of study {name2} has no variant {variant}; it has: {names}.",
                name=f"{d.name!r}",
                name2=f"{study.name!r}",
                variant=f"{variant!r}",
                names=', '.join(v.name for v in d.variants),
            ))
    raise UserError(Text(
        "Study {name} has no descriptor {descriptor}; it has: {names}.",
        name=f"{study.name!r}",
        descriptor=f"{descriptor!r}",
        names=', '.join(study.descriptor_names),
    ))


# -- demo ------------------------------------------------------------------------------------

DEMO_STUDY = "Global context (CIB sample)"
#: name, descriptor, variant, indicator, region, industry, direction, threshold, trigger
DEMO_SIGNPOSTS = (
    ("Manufacturing jobs in Baden-Württemberg", "World economy", "Decline", "growth",
     "DE1", "B-E", "below", -2.0, ("Short-time work bridge for suppliers", "start")),
    ("Manufacturing jobs in Baden-Württemberg (boom)", "World economy", "Rapid growth",
     "growth", "DE1", "B-E", "above", 1.5, None),
    ("All jobs in Baden-Württemberg", "World economy", "Stagnation", "growth", "DE1", None,
     "below", 0.5, None),
    ("Baden-Württemberg stays specialised in manufacturing", "World trade regime", "Free trade",
     "lq", "DE1", "B-E", "above", 1.3, None),
    ("Information and communication share in Berlin", "World economy", "Moderate growth",
     "share", "DE3", "J", "above", 5.0, ("Digital skills academy", "adjust")),
    ("Public sector jobs in Bayern", "World security", "Alert", "level", "DE2", "O-Q",
     "above", 1_300_000.0, None),
)
DEMO_JUDGEMENTS = (
    ("Tariff talk in trade news", "World trade regime", "National",
     "Trade press reports new tariffs on machinery exports under discussion.", "not reached",
     "2015-03-01"),
)
#: name, kind, category, horizon, impact, likelihood, source, noticed, descriptors
DEMO_RADAR = (
    ("Nearshoring of supplier networks", "trend", "economic", "medium", 4, 3,
     "Chamber of commerce survey", "2015-02-10", ("World trade regime",)),
    ("Battery cell plants announced", "weak signal", "technological", "short", 4, 2,
     "Regional press", "2015-05-04", ("World economy",)),
    ("Skilled worker shortage in metal trades", "trend", "social", "short", 5, 5,
     "Employment agency", "2014-11-20", ()),
    ("Hydrogen valleys funding", "weak signal", "environmental", "long", 3, 2,
     "EU work programme", "2015-06-15", ("World economy",)),
    ("Export controls on dual-use goods", "trend", "political", "medium", 3, 4,
     "Federal gazette", "2015-01-12", ("World security", "World trade regime")),
    ("Platform work in logistics", "weak signal", "social", "medium", 2, 3,
     "Trade union newsletter", "2015-04-02", ()),
)
#: name, subject, hypothesis, signal, start, decision, budget, status, lesson
DEMO_EXPERIMENTS = (
    ("Supplier transformation vouchers", "Short-time work bridge for suppliers",
     "Vouchers for diversification keep supplier jobs when car demand drops.",
     "Manufacturing jobs in Baden-Württemberg", "2014-01-15", "2015-12-31", 250_000.0,
     "running", ""),
    ("Coding bootcamp with the chamber", "Digital skills academy",
     "A 12-week course moves 60 % of participants into ICT jobs within a year.",
     "Information and communication share in Berlin", "2013-09-01", "2014-12-31", 120_000.0,
     "scaled up", "Placement rate was 64 %; the course now runs twice a year."),
    ("Cluster manager for hydrogen", "Hydrogen valleys funding",
     "A cluster manager brings three firms into an EU consortium within two years.",
     "Hydrogen valleys funding (radar)", "2013-03-01", "2015-03-01", 90_000.0, "stopped",
     "No consortium formed: firms lacked test facilities, not contacts. Funds moved to a "
     "shared test bench."),
)


def add_demo_signals(db: sqlite_utils.Database, source, progress: Progress | None = None) -> None:
    """Signposts on the study 'Global context (CIB sample)' read from the German Länder data,
    a radar of trends and weak signals, and three experiments (one due, one scaled up, one
    stopped with its lesson)."""
    study = studies.require_study(db, DEMO_STUDY)
    measure = measures.find_measure(db, "employees_de")
    for name, descriptor, variant, kind, region, industry, direction, threshold, trigger in (
            DEMO_SIGNPOSTS):
        option, action = trigger or ("", None)
        store.save_signpost(db, Signpost(
            name, resolve_variant(db, study, descriptor, variant), kind,
            classifications.resolve(db, "region", region),
            classifications.resolve(db, "industry", industry) if industry else None, measure.id,
            direction=direction, threshold=threshold, trigger_option=option,
            trigger_action=action,
        ))
    for name, descriptor, variant, judgement, status, on in DEMO_JUDGEMENTS:
        store.save_signpost(db, Signpost(
            name, resolve_variant(db, study, descriptor, variant), "judgement",
            judgement=judgement, judged_status=status, judged_on=on,
        ))
    reevaluate(db, "edit", record=False)
    descriptor_ids = {d.name: d.id for d in study.descriptors}
    for name, kind, category, horizon, impact, likelihood, src, noticed, linked in DEMO_RADAR:
        store.save_radar_signal(db, RadarSignal(
            name, category, horizon, impact, likelihood, kind, src, noticed,
            descriptor_ids=tuple(descriptor_ids[d] for d in linked),
        ))
    for name, subject, hypothesis, signal, start, decision, budget, status, lesson in (
            DEMO_EXPERIMENTS):
        store.save_experiment(db, Experiment(name, start, decision, subject, hypothesis, signal,
                                             budget, status, lesson))
    (progress or NullProgress()).report(1.0, Text("Demo signposts, radar and experiments ready"))



# -- report ------------------------------------------------------------------------------------


def report_sheets(db: sqlite_utils.Database, flt=None, progress: Progress | None = None,
                  study_ids=None) -> list:
    """The report workbook's signals: the signposts with their status and each scenario's
    plausibility (with a bar chart), the radar of trends and weak signals, the experiments.
    ``flt.region_ids``, when given, keeps the signposts on those regions (and judgements);
    ``study_ids``, when given, keeps the signposts and scenarios of those studies."""
    from desktop_app.io.export_report import ChartSpec, ReportSheet, ReportTable

    sheets = []
    regions = getattr(flt, "region_ids", None)
    signposts = [p for p in store.list_signposts(db)
                 if (not regions or p.region_id is None or p.region_id in regions)
                 and (study_ids is None or p.study_id in study_ids)]
    if signposts:
        rows = []
        for p in signposts:
            reading = read_signpost(db, p)
            trigger = (Text("{action} {option}", action=word(p.trigger_action),
                            option=p.trigger_option) if p.trigger_action else None)
            rows.append([p.name, p.study, p.variant_label, indicator_text(p), word(p.direction),
                         p.threshold, word(reading.status), reading.year, reading.value,
                         trigger])
        plausible = [s for s in scenario_plausibility(db)
                     if study_ids is None or s.study in {p.study for p in signposts}]
        sheets.append(ReportSheet(
            Text("Signposts"),
            Text("Each signpost read from the latest data (reached when the indicator is at or "
                 "beyond its threshold), and how many signposts of each scenario's variants are "
                 "reached."),
            [
                ReportTable(
                    Text("Signposts"),
                    [Text("signpost"), Text("study"), Text("variant"), Text("indicator"),
                     Text("direction"), Text("threshold"), Text("status"), Text("year"),
                     Text("value"), Text("trigger")],
                    rows, number_formats={"value": "#,##0.00"},
                ),
                ReportTable(
                    Text("Plausibility of the scenarios"),
                    [Text("study"), Text("scenario"), WORDS["reached"], WORDS["not reached"],
                     WORDS["unknown"]],
                    [[s.study, s.label, s.counts.reached, s.counts.not_reached, s.counts.unknown]
                     for s in plausible],
                    chart=ChartSpec("bar", "scenario", ["reached", "not reached", "unknown"],
                                    Text("Signposts per scenario")),
                ),
            ],
        ))
    radar = store.list_radar_signals(db)
    if radar:
        names = {d.id: d.name for s in studies.list_studies(db)
                 for d in studies.require_study(db, s.id).descriptors}
        sheets.append(ReportSheet(
            Text("Radar"), Text("Trends and weak signals by STEEP category and horizon (impact "
                                "and likelihood 1-5)."),
            [ReportTable(
                Text("Trends and weak signals"),
                [Text("signal"), Text("kind"), Text("category"), Text("horizon"), Text("impact"),
                 Text("likelihood"), Text("source"), Text("noticed"), Text("descriptors")],
                [[s.name, word(s.kind), word(s.category), word(s.horizon), s.impact,
                  s.likelihood, s.source, s.noticed_on,
                  ", ".join(names[d] for d in s.descriptor_ids)] for s in radar],
            )],
        ))
    experiments = store.list_experiments(db)
    if experiments:
        sheets.append(ReportSheet(
            Text("Experiments"), Text("Policies run as experiments: hypothesis, signal, decision "
                                      "date, status and the lesson (a stopped experiment is a "
                                      "result too)."),
            [ReportTable(
                Text("Experiments"),
                [Text("experiment"), Text("option or project"), Text("hypothesis"),
                 Text("signal"), Text("start"), Text("decision date"), Text("budget"),
                 Text("status"), Text("decision due"), Text("lesson")],
                [[e.name, e.subject, e.hypothesis, e.signal, e.start_date, e.decision_date,
                  e.budget, word(e.status), Text("yes") if is_due(e) else "", e.lesson]
                 for e in experiments],
                number_formats={"budget": "#,##0"},
            )],
        ))
    (progress or NullProgress()).report(1.0, Text("Signals"))
    return sheets
