"""The brief for a ministry: a few pages on one region, its industries and its futures.

The content is gathered here, free of Qt, as sections of the report workbook's own tables
(:class:`~desktop_app.io.export_report.ReportTable`, with their chart specs): the region's
largest and most specialised industries, the shift-share of its change, each industry's
lifecycle stage, the opportunities, the scenarios of the chosen studies with why each holds, and
the projections where a study has them. ``ui.brief_pdf`` lays it out as a PDF; the same numbers
are in the report workbook.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import numpy as np

from desktop_app.services.analysis import finite_or_none
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.texts import Number, Text, joined

__all__ = ["Brief", "BriefSection", "build_brief"]

#: Industries listed in the profile's rankings.
TOP = 8


@dataclass
class BriefSection:
    """A heading, paragraphs, then tables (each may carry a chart)."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list = field(default_factory=list)


@dataclass
class Brief:
    title: str
    region: str
    created: _dt.date
    sources: list[str]
    sections: list[BriefSection]


def build_brief(
    db,
    region: str,
    studies: tuple[str, ...] | None = None,
    measure: str | None = None,
    progress: Progress | None = None,
) -> Brief:
    """Everything the brief of ``region`` says (``studies``: names, or None for all)."""
    from desktop_app.services import analysis
    from desktop_app.store import batches
    from desktop_app.store import scenarios as study_store
    from desktop_app.store.measures import list_measures
    from desktop_app.store.observations import fullest_measure

    progress = progress or NullProgress()
    progress.report(0.05, Text("Indicators"))
    target = analysis.resolve_region(db, region)
    if measure is None:  # the region's fullest measure, as the views choose it
        fullest = fullest_measure(db, target.id)
        measure = next((m.code for m in list_measures(db) if m.id == fullest), None)
    data = analysis.load_analysis(db, measure, None)
    k = data.region_index(target.code)
    result = analysis.compute(data)
    name = data.regions[k].name
    sections = [_profile(data, result, k), _shift_share(data, k)]
    progress.check()
    progress.report(0.3, Text("Lifecycles"))
    lifecycle = _lifecycles(db, data.regions[k].code, data.measure.code)
    if lifecycle is not None:
        sections.append(lifecycle)
    sections.append(_opportunities(data, result, k))
    progress.check()
    progress.report(0.6, Text("Scenarios"))
    if studies is None:
        studies = tuple(s.name for s in study_store.list_studies(db))
    for study in studies:
        chosen = study_store.require_study(db, study)
        sections.append(_scenarios(db, chosen))
        projections = _projections(db, chosen, data.regions[k].id)
        if projections is not None:
            sections.append(projections)
        progress.check()
    sources = sorted(
        {b.file_name or b.label for b in batches.list_batches(db) if b.file_name or b.label}
    )
    return Brief(Text("{region}: industries and futures", region=name), name, _dt.date.today(),
                 sources, sections)


def _years(data) -> tuple[int, int]:
    return int(data.years[0]), int(data.years[-1])


def _profile(data, result, k: int) -> BriefSection:
    from desktop_app.io.export_report import ChartSpec, ReportTable

    y0, y1 = _years(data)
    unit = data.measure.unit or data.measure.code
    last = data.values[k, :, -1]
    total = np.nansum(last)
    order = [i for i in np.argsort(-np.nan_to_num(last, nan=-np.inf)) if np.isfinite(last[i])]
    growth = Text("growth per year {first}-{last}", first=y0, last=y1)
    largest = ReportTable(
        Text("Largest industries, {measure} {year}", measure=data.measure.name, year=y1),
        [Text("industry"), unit, Text("share"), growth],
        [
            [
                data.industries[i].name,
                float(last[i]),
                float(last[i] / total) if total else None,
                finite_or_none(result.growth[k, i]),
            ]
            for i in order[:TOP]
        ],
        number_formats={unit: "#,##0", "share": "0.0%", growth: "0.0%"},
        chart=ChartSpec("bar", "industry", [unit], f"{data.measure.name} {y1}"),
    )
    lq = result.lq[k, :, -1]
    special = [i for i in np.argsort(-np.nan_to_num(lq, nan=-np.inf)) if lq[i] >= 1]
    specialised = ReportTable(
        Text("Most specialised industries {year} (location quotient against {reference})",
             year=y1, reference=data.reference_label),
        [Text("industry"), Text("LQ"), unit],
        [[data.industries[i].name, float(lq[i]), float(last[i])] for i in special[:TOP]],
        number_formats={"LQ": "0.00", unit: "#,##0"},
        chart=ChartSpec(
            "bar", "industry", ["LQ"], Text("Location quotient (1 = as in the reference)")
        ),
        notes=[
            Text("LQ = (e_ri / e_r) / (E_i / E): above 1, the industry weighs more here than in "
                 "the reference.")
        ],
    )
    text = Text(
        "{measure} in {region}: {total} {unit} in {year} across {count} industries; {special} of "
        "them are more concentrated here than in {reference} (LQ of 1 or more).",
        measure=data.measure.name, region=data.regions[k].name, total=Number(f"{total:,.0f}"),
        unit=unit, year=y1, count=int(np.isfinite(last).sum()), special=len(special),
        reference=data.reference_label,
    )
    return BriefSection(
        Text("Profile of {region}", region=data.regions[k].name), [text], [largest, specialised]
    )


def _shift_share(data, k: int) -> BriefSection:
    from desktop_app.io.export_report import ChartSpec, ReportTable
    from desktop_app.services import analysis

    y0, y1 = _years(data)
    shift = analysis.region_shift_share(data, k)
    unit = data.measure.unit or data.measure.code
    parts = [
        (Text("national growth"), shift.national_share),
        (Text("industry mix"), shift.industry_mix),
        (Text("regional share (competitiveness)"), shift.regional_share),
        (Text("change"), shift.growth),
    ]
    table = ReportTable(
        Text("Shift-share of the change {first}-{last} ({unit})", first=y0, last=y1, unit=unit),
        [Text("component"), unit],
        [[label, finite_or_none(value)] for label, value in parts],
        number_formats={unit: "#,##0"},
        chart=ChartSpec(
            "bar", "component", [unit],
            Text("Change {first}-{last} by component", first=y0, last=y1),
        ),
        notes=[
            Text("Classic decomposition (Dunn): what national growth alone would have brought, "
                 "what the region's mix of industries added, and what its industries did better "
                 "or worse than theirs elsewhere.")
        ],
    )
    return BriefSection(
        Text("Where the change {first}-{last} came from", first=y0, last=y1), [], [table]
    )


def _lifecycles(db, region_code: str, measure: str) -> BriefSection | None:
    from desktop_app.core.lifecycle_stage import STAGE_WORDS
    from desktop_app.io.export_report import ReportTable
    from desktop_app.services.lifecycles import LifecycleError, analyse_region

    try:
        result = analyse_region(db, region_code, measure, with_reference=False)
    except LifecycleError:
        return None
    rows = [
        [
            item.industry.name,
            STAGE_WORDS[item.stage] if item.stage else Text("no stage"),
            finite_or_none(item.assessment.recent_growth),
            item.judgement.reason if item.judgement else item.assessment.reason,
        ]
        for item in result.industries
    ]
    table = ReportTable(
        Text("Lifecycle stage of each industry"),
        [Text("industry"), Text("stage"), Text("recent growth per year"), Text("why")],
        rows,
        number_formats={"recent growth per year": "0.0%"},
    )
    return BriefSection(Text("Lifecycles"), [], [table])


def _opportunities(data, result, k: int) -> BriefSection:
    from desktop_app.io.export_report import ChartSpec, ReportTable

    score = result.opportunity_score[k]
    lq = result.lq[k, :, -1]
    candidates = [
        i
        for i in np.argsort(-np.nan_to_num(score, nan=-np.inf))
        if np.isfinite(score[i]) and not lq[i] >= 1
    ]
    table = ReportTable(
        Text("Industries close to the region's strengths, not yet specialised"),
        [Text("industry"), Text("opportunity score"), Text("LQ")],
        [
            [data.industries[i].name, float(score[i]), finite_or_none(lq[i])]
            for i in candidates[:TOP]
        ],
        number_formats={"opportunity score": "0.00", "LQ": "0.00"},
        chart=ChartSpec("bar", "industry", ["opportunity score"], Text("Opportunity score")),
        notes=[
            Text("The score adds three criteria, each standardised over the region's candidates: "
                 "closeness to what the region already does well (relatedness density), "
                 "complexity (PCI) and growth in the reference. Above 0: better than the average "
                 "candidate.")
        ],
    )
    return BriefSection(Text("Opportunities"), [], [table])


def _scenarios(db, study) -> BriefSection:
    from desktop_app.core import cib
    from desktop_app.services.scenarios import load_project_study
    from desktop_app.store import scenarios as study_store

    saved = study_store.list_scenarios(db, study)
    heading = Text("Scenarios: {study}", study=study.name)
    if not saved:
        return BriefSection(
            heading,
            [Text("No scenario stored yet: solve the study (Scenarios section) to list them "
                  "here.")],
        )
    matrix = load_project_study(db, study.id).matrix
    paragraphs = [
        Text("{count} scenario(s) stored for {descriptors} descriptors; each is consistent when "
             "every descriptor's variant is the one the others push it to most.",
             count=len(saved), descriptors=len(study.descriptors))
    ]
    for n, s in enumerate(saved[:5], start=1):
        title = s.name or Text("Scenario {number}", number=n)
        variants = ", ".join(
            f"{d.name}: {d.variants[v].name}"
            for d, v in zip(study.descriptors, s.variants, strict=True)
        )
        if s.tis is not None and s.ic is not None:
            paragraphs.append(Text("{title} (TIS {tis}, IC {ic}): {variants}.", title=title,
                                   tis=Number(f"{s.tis:g}"), ic=Number(f"{s.ic:g}"),
                                   variants=variants))
        else:
            paragraphs.append(Text("{title}: {variants}.", title=title, variants=variants))
        if s.narrative:
            paragraphs.append(s.narrative)
        why = [
            cib.explanation_text(matrix, item, top=2) for item in cib.explain(matrix, s.variants)
        ]
        paragraphs.append(Text("Why it holds: {why}", why=joined(" ", why[:3])))
    if len(saved) > 5:
        paragraphs.append(Text("... and {count} more in the project.", count=len(saved) - 5))
    return BriefSection(heading, paragraphs)


def _projections(db, study, region_id: int) -> BriefSection | None:
    """Each scenario's median total of the region against the baseline, and the spread at the
    horizon (the report workbook has a sheet per scenario with every quantile and industry)."""
    from desktop_app.io.export_report import ChartSpec, ReportTable
    from desktop_app.services import futures
    from desktop_app.store.observations import ObservationFilter

    sheets = futures.report_sheets(
        db, ObservationFilter(None, (region_id,), None, None), study_ids=(study.id,)
    )
    if not sheets:
        return None
    totals = [sheet.tables[0] for sheet in sheets]  # year, baseline, p10, p50, p90, mean
    columns = list(totals[0].columns)
    year, base, p10, p50, p90 = (
        columns.index(c) for c in ("year", "baseline", "p10", "p50", "p90")
    )
    names = [t.title.split(" · ")[0] for t in totals]  # "S12", the scenario's id as listed
    unit_format = totals[0].number_formats.get("p50", "#,##0")
    baseline = Text("baseline")
    medians = ReportTable(
        Text("Median projected total in each scenario, and the baseline"),
        [Text("year"), baseline, *names],
        [
            [row[year], row[base], *(t.rows[r][p50] for t in totals)]
            for r, row in enumerate(totals[0].rows)
        ],
        number_formats={c: unit_format for c in ["baseline", *names]},
        chart=ChartSpec("line", "year", [*names, baseline], Text("Median total by scenario")),
    )
    horizon = ReportTable(
        Text("At the horizon {year}", year=totals[0].rows[-1][year]),
        [Text("scenario"), "P10", Text("median"), "P90"],
        [
            [t.title.rsplit(": total of", 1)[0], t.rows[-1][p10], t.rows[-1][p50], t.rows[-1][p90]]
            for t in totals
        ],
        number_formats={c: unit_format for c in ("P10", "median", "P90")},
        notes=[*totals[0].notes, Text("P10 and P90: one projection in ten is below, one above.")],
    )
    projected = sheets[0].description.params["projection"].params  # measure, region, year ...
    return BriefSection(
        Text("Projections: {study}", study=study.name),
        [Text("Projected {measure} of {region} to {year} ({draws} draws, seed {seed}; "
              "baselines, effects and shocks as in docs/futures.md).", **projected)],
        [medians, horizon],
    )
