"""Lifecycle of every industry of a region: S-curve fit, proposed stage, and the analyst's judgement.

Reads one measure from the project (employment, establishments, value added ...), compares the
region with a reference (the sum of the regions by default, as in the Analysis section), fits the
S-curves, proposes a stage with its reason, and puts the judgement in force beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.lifecycle_fit import MODEL_WORDS, SeriesFit, fit_series
from desktop_app.core.lifecycle_stage import STAGE_WORDS, StageAssessment, assess_stage, lq_series
from desktop_app.errors import UserError
from desktop_app.services.analysis import AnalysisError, load_analysis
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import classifications
from desktop_app.store.classifications import Classification
from desktop_app.store.lifecycle_judgements import (
    Judgement,
    current_judgements,
    regions_worked_on,
)
from desktop_app.store.measures import Measure, list_measures
from desktop_app.store.observations import fullest_measure, regions_with_values
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.io.export_report import ReportSheet, ReportTable

__all__ = [
    "IndustryLifecycle",
    "LifecycleError",
    "RegionLifecycles",
    "analyse_region",
    "lifecycle_payload",
    "lifecycle_text",
    "report_sheets",
]


class LifecycleError(UserError):
    """The project cannot answer the request (unknown region, no data); the message says why."""


@dataclass
class IndustryLifecycle:
    """One industry of the region: its series, fit, proposed stage and the judgement in force."""

    industry: Classification
    years: np.ndarray
    values: np.ndarray
    lq: np.ndarray
    fit: SeriesFit
    assessment: StageAssessment
    judgement: Judgement | None
    #: The same industry in the reference (e.g. the country), when asked for.
    reference_values: np.ndarray | None = None
    reference_fit: SeriesFit | None = None
    reference_assessment: StageAssessment | None = None

    @property
    def stage(self) -> str | None:
        """The stage in force: the analyst's judgement if there is one, else the computed one."""
        return self.judgement.stage if self.judgement else self.assessment.stage

    @property
    def stage_source(self) -> str:
        return "judgement" if self.judgement else "computed"

    @property
    def size(self) -> float:
        """The last known value (e.g. jobs in the last year)."""
        known = self.values[np.isfinite(self.values)]
        return float(known[-1]) if known.size else math.nan


@dataclass
class RegionLifecycles:
    region: Classification
    measure: Measure
    reference_label: str
    years: np.ndarray
    industries: list[IndustryLifecycle]

    def by_code(self, code: str) -> IndustryLifecycle:
        for item in self.industries:
            if item.industry.code == code:
                return item
        raise LifecycleError(Text(
            "No industry {code} in {code2}.",
            code=f"{code!r}",
            code2=self.region.code,
        ))


def analyse_region(
    db: sqlite_utils.Database,
    region: str,
    measure: str | None = None,
    reference: str | None = None,
    criterion: str = "aicc",
    progress: Progress | None = None,
    with_reference: bool = True,
) -> RegionLifecycles:
    """Fit and stage every industry of ``region`` (a code or any alias), and of the reference.

    Parameters
    ----------
    measure : str, optional
        Code or name; defaults to the first measure with data for the region.
    reference : str, optional
        As in :func:`desktop_app.services.analysis.load_analysis` (default: sum of the regions).
    criterion : {'aicc', 'aic', 'bic'}
        How the S-curve is chosen.
    with_reference : bool
        Also fit and stage each industry in the reference, to compare the region's lifecycle
        with the country's (about twice the work).
    """
    progress = progress or NullProgress()
    region_id = classifications.resolve(db, "region", region)
    if region_id is None:
        raise LifecycleError(Text("No region {region} in the project.", region=f"{region!r}"))
    if measure is None:
        measure = _measure_for(db, region_id)
    progress.report(0.02, Text("Reading the observations"))
    try:
        data = load_analysis(db, measure, reference)
    except AnalysisError as error:
        raise LifecycleError(str(error)) from None
    rows = [k for k, r in enumerate(data.regions) if r.id == region_id]
    if not rows:
        raise LifecycleError(
            Text(
                "{region} has no {code} data; regions with data: {names}.",
                region=region,
                code=data.measure.code,
                names=', '.join(r.code for r in data.regions),
            )
        )
    r = rows[0]
    values = data.values[r]
    region_total = np.nansum(values, axis=0)
    reference_total = data.reference.sum(axis=0)
    judgements = current_judgements(db, region_id)
    industries = []
    for i, industry in enumerate(data.industries):
        progress.check()
        progress.report(0.05 + 0.95 * i / len(data.industries), Text("{industry}: fitting", industry=industry.code))
        lq = lq_series(values[i], region_total, data.reference[i], reference_total)
        fit = fit_series(data.years, values[i], criterion=criterion)
        assessment = assess_stage(data.years, values[i], lq, fit)
        entry = IndustryLifecycle(
            industry, data.years, values[i], lq, fit, assessment, judgements.get(industry.id)
        )
        if with_reference:
            entry.reference_values = data.reference[i]
            entry.reference_fit = fit_series(data.years, data.reference[i], criterion=criterion)
            entry.reference_assessment = assess_stage(
                data.years, data.reference[i], fit=entry.reference_fit
            )
        industries.append(entry)
    progress.report(1.0, Text("Lifecycles ready"))
    region_row = data.regions[r]
    return RegionLifecycles(region_row, data.measure, data.reference_label, data.years, industries)


def _measure_for(db: sqlite_utils.Database, region_id: int) -> str:
    measure_id = fullest_measure(db, region_id)
    if measure_id is None:
        raise LifecycleError(Text("The region has no observations; import data for it first."))
    return next(m.code for m in list_measures(db) if m.id == measure_id)


def _number(value: float | None, digits: int = 6) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.{digits}g}")


def lifecycle_payload(result: RegionLifecycles) -> dict:
    """The result as JSON-ready data: per industry the model, parameters, R², stage, reason."""
    industries = []
    for item in result.industries:
        best = item.fit.best
        industries.append(
            {
                "industry": item.industry.code,
                "name": item.industry.name,
                "model": item.fit.chosen,
                "fit_reason": item.fit.reason,
                "beats_line": item.fit.beats_line,
                "parameters": {k: _number(v) for k, v in best.parameters.items()} if best else None,
                "r2": _number(best.r2, 4) if best else None,
                "stage": item.stage,
                "stage_source": item.stage_source,
                "computed_stage": item.assessment.stage,
                "reason": item.assessment.reason,
                "judgement": None
                if item.judgement is None
                else {
                    "stage": item.judgement.stage,
                    "judged_on": item.judgement.judged_on,
                    "author": item.judgement.author,
                    "reason": item.judgement.reason,
                },
                "recent_growth": _number(item.assessment.recent_growth, 4),
                "since": item.assessment.since,
                "lq": _number(item.assessment.lq_level, 4),
                "size": _number(item.size),
                "omitted_years": list(item.fit.omitted_years),
                "reference": _reference_payload(item),
            }
        )
    return {
        "region": result.region.code,
        "region_name": result.region.name,
        "measure": result.measure.code,
        "unit": result.measure.unit,
        "reference": result.reference_label,
        "years": [int(result.years[0]), int(result.years[-1])],
        "industries": industries,
    }


def _reference_payload(item: IndustryLifecycle) -> dict | None:
    """The same industry in the reference: model, parameters, R², stage and reason."""
    if item.reference_fit is None:
        return None
    best = item.reference_fit.best
    return {
        "model": item.reference_fit.chosen,
        "parameters": {k: _number(v) for k, v in best.parameters.items()} if best else None,
        "r2": _number(best.r2, 4) if best else None,
        "stage": item.reference_assessment.stage,
        "reason": item.reference_assessment.reason,
    }


def lifecycle_text(payload: dict) -> str:
    """The payload as lines a person reads in a terminal."""
    lines = [
        f"{payload['region_name']} ({payload['region']}), {payload['measure']} "
        f"{payload['years'][0]}-{payload['years'][1]}, reference: {payload['reference']}"
    ]
    for row in payload["industries"]:
        model = row["model"] or "no fit"
        r2 = f" R2 {row['r2']:.3f}" if row["r2"] is not None else ""
        params = ""
        if row["parameters"]:
            params = " (" + ", ".join(f"{k}={v:g}" for k, v in row["parameters"].items()) + ")"
        stage = row["stage"] or "no stage"
        if row["stage_source"] == "judgement":
            stage += f" [judged {row['judgement']['judged_on']} by {row['judgement']['author']}]"
        lines.append(f"{row['industry']:<6} {stage:<10} {model}{r2}{params}")
        lines.append(f"       {row['reason']}")
        if row["reference"] is not None:
            ref = row["reference"]
            lines.append(
                f"       reference: {ref['stage'] or 'no stage'}, "
                f"{ref['model'] or 'no fit'}; {ref['reason']}"
            )
        if not row["model"]:
            lines.append(f"       {row['fit_reason']}")
    return "\n".join(lines)


def report_regions(db: sqlite_utils.Database, region_ids: tuple[int, ...] | None) -> list[int]:
    """The regions a report covers: those selected, else those the analyst works on.

    Fitting every region of a large project would make a report take minutes, and most of a
    project's regions are there as the reference: without a selection, the report covers the
    regions with lifecycle judgements, institutions or region-specific competency links, or
    else the first region with data (the one the views open on).
    """
    if region_ids:
        return list(region_ids)
    worked_on = regions_worked_on(db)
    if worked_on:
        return worked_on
    with_values = regions_with_values(db)
    return [classifications.resolve(db, "region", with_values[0][0])] if with_values else []


#: Who set a stage, in the report's words.
_SOURCE_WORDS = {"judgement": Text("judgement"), "computed": Text("computed")}


def report_sheets(
    db: sqlite_utils.Database,
    regions: Sequence[int],
    measure_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> list[ReportSheet]:
    """The report workbook's lifecycle sheet: stage, fit and reason per industry and region.

    ``regions`` (ids) are fitted, each on ``measure_ids`` or, when None, on the region's own
    measure (the one with most values), as the views do. The caller chooses the regions (the
    user's choice, else :func:`report_regions`) and says which in the report.
    """
    from desktop_app.io.export_report import ReportSheet  # openpyxl only when a report is made

    progress = progress or NullProgress()
    measures = {m.id: m for m in list_measures(db)}
    tables = []
    for k, region_id in enumerate(regions):
        progress.check()
        progress.report(k / max(len(regions), 1), Text("Fitting lifecycles for the report"))
        code = classifications.get(db, "region", region_id).code
        # without chosen measures, the region's own (the one with most values), as the views
        for measure_id in measure_ids or (None,):
            measure = measures[measure_id].code if measure_id is not None else None
            try:
                result = analyse_region(db, code, measure, with_reference=False)
            except LifecycleError:
                continue  # no data for this region and measure
            tables.append(_lifecycle_table(result))
    progress.report(1.0, Text("Lifecycles ready"))
    if not tables:
        return []
    return [
        ReportSheet(
            Text("Lifecycles"),
            Text("Lifecycle stage of each industry, with the S-curve fit and the reason in words; "
                 "an analyst's judgement, where there is one, is the stage in force"),
            tables,
        )
    ]


def _lifecycle_table(result: RegionLifecycles) -> ReportTable:
    from desktop_app.io.export_report import ChartSpec, Highlight, ReportTable

    y0, y1 = int(result.years[0]), int(result.years[-1])
    rows = []
    for item in result.industries:
        best = item.fit.best
        growth = item.assessment.recent_growth
        rows.append(
            [
                item.industry.code,
                item.industry.name,
                STAGE_WORDS[item.stage] if item.stage else Text("no stage"),
                _SOURCE_WORDS[item.stage_source],
                MODEL_WORDS[item.fit.chosen] if item.fit.chosen else Text("no fit"),
                _number(best.r2, 4) if best else None,
                _number(growth, 4) if growth is not None else None,
                _number(item.assessment.lq_level, 4),
                _number(item.size),
                item.judgement.reason if item.judgement else item.assessment.reason,
            ]
        )
    unit = result.measure.unit or Text("as reported")
    lq = Text("LQ {year}", year=y1)
    size = Text("size {year} ({unit})", year=y1, unit=unit)
    return ReportTable(
        f"{result.region.name} ({result.region.code}): {result.measure.name} {y0}-{y1}",
        [
            Text("code"),
            Text("industry"),
            Text("stage"),
            Text("set by"),
            Text("model"),
            "R²",
            Text("recent growth per year"),
            lq,
            size,
            Text("reason"),
        ],
        rows,
        number_formats={
            "R²": "0.000",
            "recent growth per year": "0.0%",
            lq: "0.00",
            size: "#,##0",
        },
        highlights=[
            Highlight("stage", "equals", STAGE_WORDS["emergence"]),
            Highlight("stage", "equals", STAGE_WORDS["growth"]),
            Highlight(lq, "at_least", 1.0),
            Highlight("recent growth per year", "scale"),
        ],
        chart=ChartSpec("bar", "code", [lq],
                        Text("Location quotient {year} by industry", year=y1)),
        notes=[Text("Reference: {reference}.", reference=result.reference_label)],
    )
