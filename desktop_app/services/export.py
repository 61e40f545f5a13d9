"""Export a project, or a filtered selection of it, to Excel in one of four layouts.

``tidy`` (exchange: one observation per row, classifications, sources; re-imports unchanged),
``official`` (wide tables per measure and industry as statistics offices publish them),
``template`` (a data-collection workbook for officials, with drop-downs) and ``report``
(tables with charts and conditional formatting). Every layout streams or builds one table at a
time, reports progress, stops at a cancel and leaves nothing at the target unless complete.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np
import sqlite_utils

from desktop_app.errors import UserError
from desktop_app.io.exchange_options import OPTION_SHEETS
from desktop_app.io.exchange_studies import STUDY_SHEETS
from desktop_app.io.export_official import OfficialTable, write_official
from desktop_app.io.export_report import (
    ChartSpec,
    Highlight,
    ReportSheet,
    ReportTable,
    write_report,
)
from desktop_app.io.export_template import write_template
from desktop_app.io.export_tidy import (
    ClassificationEntry,
    MeasureEntry,
    SourceEntry,
    TidyContent,
    write_tidy,
)
from desktop_app.io.language import ENGLISH, Language
from desktop_app.services.merge_options import portable_options
from desktop_app.services.merge_studies import portable_studies
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.signals_exchange import signal_rows
from desktop_app.store import classifications, exports
from desktop_app.store.measures import list_measures
from desktop_app.store.observations import ObservationFilter, cube
from desktop_app.store.observations import years as stored_years
from desktop_app.texts import Number, Text

__all__ = ["LAYOUTS", "ExportResult", "ReportScope", "Selection", "export_project"]

LAYOUTS = ("tidy", "official", "template", "report")


@dataclass(frozen=True)
class Selection:
    """Which part of the project to export, by codes; ``None`` means all on that axis."""

    measures: tuple[str, ...] | None = None
    regions: tuple[str, ...] | None = None
    industries: tuple[str, ...] | None = None
    years: tuple[int, ...] | None = None
    #: Scenario studies by name for the tidy workbook (None: all, (): none).
    studies: tuple[str, ...] | None = None

    def describe(self) -> str:
        parts = [
            f"{name}: {', '.join(map(str, values))}"
            for name, values in (
                ("measures", self.measures),
                ("regions", self.regions),
                ("industries", self.industries),
                ("years", self.years),
            )
            if values is not None
        ]
        return "; ".join(parts)

    def to_filter(self, db: sqlite_utils.Database) -> ObservationFilter:
        """The store filter for these codes; unknown codes raise a ValueError naming them."""

        return ObservationFilter(
            _codes_to_ids(db, "measure", self.measures),
            _codes_to_ids(db, "region", self.regions),
            _codes_to_ids(db, "industry", self.industries),
            None if self.years is None else tuple(self.years),
        )


@dataclass(frozen=True)
class ReportScope:
    """What a report workbook covers beyond the selected observations, chosen by the user.

    ``regions`` (codes): whose industries' lifecycle stages are fitted; None means the regions
    the analyst works on, else the first region with data (``lifecycles.report_regions``), and
    the report's Summary names which. ``studies`` (names): the scenario studies reported
    (scenarios, MICMAC, futures); None means every study.
    """

    regions: tuple[str, ...] | None = None
    studies: tuple[str, ...] | None = None


@dataclass
class ExportResult:
    path: Path
    layout: str
    observations: int
    sheets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "path": str(self.path),
            "layout": self.layout,
            "observations": self.observations,
            "sheets": self.sheets,
            "notes": self.notes,
        }


def export_project(
    db: sqlite_utils.Database,
    target: str | Path,
    layout: str = "tidy",
    selection: Selection | None = None,
    include_authors: bool = False,
    progress: Progress | None = None,
    report_scope: ReportScope | None = None,
    language: Language = ENGLISH,
) -> ExportResult:
    """Write the project (or ``selection``) to ``target`` in ``layout``.

    ``report_scope`` chooses the regions and studies of a ``report`` (refused for the others);
    ``language``, the language of the report's words, numbers in sentences and dates.

    Raises
    ------
    ValueError
        Unknown layout, unknown codes in the selection, or nothing to export.
    desktop_app.services.progress.Cancelled
        When cancelled; nothing is left at ``target``.
    """
    if layout not in LAYOUTS:
        raise UserError(Text(
            "unknown layout {layout}; choose one of {names}",
            layout=f"{layout!r}",
            names=', '.join(LAYOUTS),
        ))
    if report_scope is not None and layout != "report":
        raise UserError(Text(
            "the report's regions and studies are chosen only for the report layout",
        ))
    progress = progress or NullProgress()
    selection = selection or Selection()
    flt = selection.to_filter(db)
    target = Path(target)
    writer = {
        "tidy": _export_tidy,
        "official": _export_official,
        "template": _export_template,
        "report": partial(_export_report, scope=report_scope or ReportScope(), language=language),
    }[layout]
    return writer(db, target, selection, flt, include_authors, progress)


# -- classifications, measures and sources as the io layer wants them ------------------------


def _entries(db: sqlite_utils.Database, kind: str) -> list[ClassificationEntry]:
    aliases = exports.aliases_by_id(db, kind)
    out = []
    for cid, code, name, parent, detail in exports.classification_rows(db, kind):
        own = {classifications.normalize_label(code), classifications.normalize_label(name)}
        extra_aliases = tuple(a for a in aliases.get(cid, []) if a not in own)
        out.append(
            ClassificationEntry(
                code,
                name,
                parent,
                detail if kind == "region" else None,
                detail if kind == "industry" else None,
                extra_aliases,
            )
        )
    return out


def _measures(db, flt: ObservationFilter) -> list[MeasureEntry]:
    return [
        MeasureEntry(code, name, unit or "", description or "", bool(per_job))
        for mid, code, name, unit, description, per_job in exports.measure_rows(db)
        if flt.measure_ids is None or mid in flt.measure_ids
    ]


def _sources(db) -> list[SourceEntry]:
    return [
        SourceEntry(bid, kind, label or "", file_name, created or "", off or "", author or "")
        for bid, kind, label, file_name, created, off, author in exports.source_rows(db)
    ]


def _export_tidy(db, target, selection, flt, include_authors, progress) -> ExportResult:
    n = exports.count_observations(db, flt)
    progress.report(0.0, Text("Exporting {n} observations", n=Number(f"{n:,}")))
    cursor = exports.tidy_rows(db, flt)
    content = TidyContent(
        _entries(db, "region"),
        _entries(db, "industry"),
        _measures(db, flt),
        _sources(db),
        cursor,
        n,
        selection.describe(),
        portable_studies(db, selection.studies),
        signal_rows(db),
    )
    content.options = portable_options(db, [s.name for s in content.studies])
    written = write_tidy(target, content, progress, include_authors=include_authors)
    sheets = ["Data", "Regions", "Industries", "Measures", "Sources", "About"]
    if content.studies:
        sheets += [key.capitalize() for key in STUDY_SHEETS]
    sheets += [title for title, rows in content.signals.items() if rows]
    if content.options:
        sheets += [key.capitalize() for key in OPTION_SHEETS]
    return ExportResult(target, "tidy", written, sheets)


# -- official ---------------------------------------------------------------------------------


def _official_tables(db, flt: ObservationFilter, counter: list[int]) -> Iterator[OfficialTable]:
    regions = {e.code: e for e in _entries(db, "region")}
    industries = {e.code: e for e in _entries(db, "industry")}
    for measure in list_measures(db):
        if flt.measure_ids is not None and measure.id not in flt.measure_ids:
            continue
        data = cube(db, measure.id, flt.region_ids, flt.industry_ids)
        keep_years = (
            np.ones(len(data.years), bool) if flt.years is None else np.isin(data.years, flt.years)
        )
        years = [int(y) for y in data.years[keep_years]]
        if not years or not data.regions or not data.industries:
            continue
        flags = _flags(db, measure.id, data, keep_years)
        entry = MeasureEntry(measure.code, measure.name, measure.unit)
        for k, industry in enumerate(data.industries):
            sources = exports.source_labels(db, measure.id, industry.id)
            counter[0] += int(np.isfinite(data.values[:, k, keep_years]).sum())
            yield OfficialTable(
                entry,
                industries[industry.code],
                [regions[r.code] for r in data.regions],
                years,
                data.values[:, k, keep_years],
                flags[:, k, :],
                sources,
            )


def _flags(db, measure_id, data, keep_years) -> np.ndarray:
    flags = np.full(data.values.shape, None, dtype=object)
    r_index = {c.id: k for k, c in enumerate(data.regions)}
    i_index = {c.id: k for k, c in enumerate(data.industries)}
    y_index = {int(y): k for k, y in enumerate(data.years)}
    for r, i, y, flag in exports.flagged(db, measure_id):
        if r in r_index and i in i_index:
            flags[r_index[r], i_index[i], y_index[y]] = flag
    return flags[:, :, keep_years]


def _export_official(db, target, selection, flt, include_authors, progress) -> ExportResult:
    n_tables = 0
    for measure in list_measures(db):
        if flt.measure_ids is None or measure.id in flt.measure_ids:
            n_tables += exports.industries_with_values(db, measure.id)
    if not n_tables:
        raise UserError(Text("nothing to export: the selection holds no observations"))
    counter = [0]
    title = "Regional statistics" + (f" ({selection.describe()})" if selection.describe() else "")
    names = write_official(target, _official_tables(db, flt, counter), title, n_tables, progress)
    return ExportResult(target, "official", counter[0], ["Contents", *names])


# -- template ---------------------------------------------------------------------------------


def _export_template(db, target, selection, flt, include_authors, progress) -> ExportResult:
    progress.report(0.1, Text("Building the template"))
    regions = [
        e
        for e in _entries(db, "region")
        if selection.regions is None or e.code in selection.regions
    ]
    industries = [
        e
        for e in _entries(db, "industry")
        if selection.industries is None or e.code in selection.industries
    ]
    measure_list = _measures(db, flt)
    if selection.years is not None:
        years = list(selection.years)
    else:
        known = stored_years(db)
        years = known + [known[-1] + 1] if known else []
    notes = []
    if not years:
        raise UserError(Text("the project holds no years yet; choose the years to collect"))
    if selection.years is None:
        notes.append(f"Years offered: {years[0]}-{years[-1]} (the project's years and the next).")
    progress.check()
    rows = write_template(target, regions, industries, measure_list, years, title="Data collection")
    progress.report(1.0, Text("Template written"))
    return ExportResult(
        target, "template", 0, ["Instructions", "Data", "Codes"], [f"{rows:,} input rows", *notes]
    )


# -- report -----------------------------------------------------------------------------------


def _export_report(
    db, target, selection, flt, include_authors, progress, scope, language
) -> ExportResult:
    from desktop_app.services import (
        analysis,
        futures,
        lifecycles,
        policy_options,
        scenarios,
        signals,
    )

    progress.report(0.02, Text("Collecting the report's tables"))
    regions = _codes_to_ids(db, "region", scope.regions)
    study_ids = _study_ids(db, scope.studies)
    sheets: list[ReportSheet] = _overview_sheets(db, flt)
    notes: list[str] = []
    sheets.extend(analysis.report_sheets(db, flt))
    lifecycle_regions = regions or lifecycles.report_regions(db, flt.region_ids)
    sheets.extend(lifecycles.report_sheets(db, lifecycle_regions, flt.measure_ids,
                                           progress.sub(0.05, 0.25)))
    if lifecycle_regions:
        names = ", ".join(classifications.get(db, "region", r).name for r in lifecycle_regions)
        how = Text("as chosen") if regions else (
            Text("the selected regions") if flt.region_ids else
            Text("no region chosen: the regions worked on, else the first region with data"))
        notes.append(Text("Lifecycles of {regions} ({how}).", regions=names, how=how))
    competencies = _competency_sheet(db)
    if competencies is None:
        notes.append(Text("The project holds no competencies yet."))
    else:
        sheets.append(competencies)
    studies = scenarios.report_sheets(db, study_ids, progress.sub(0.25, 0.3))
    if scope.studies == ():
        notes.append(Text("No scenario study chosen."))
    elif not studies:
        notes.append(Text("The project holds no scenario studies yet."))
    elif scope.studies is not None:
        notes.append(Text("Scenario studies: {studies} (as chosen).",
                          studies=", ".join(scope.studies)))
    sheets.extend(studies)
    sheets.extend(futures.report_sheets(db, flt, progress.sub(0.3, 0.34), study_ids))
    sheets.extend(signals.report_sheets(db, flt, progress.sub(0.34, 0.35), study_ids))
    sheets.extend(policy_options.report_sheets(db, flt, progress.sub(0.35, 0.4), study_ids))
    if not sheets:
        raise UserError(Text("nothing to report: the selection holds no observations"))
    names = write_report(target, sheets, Text("Anticipa report"), notes, progress.sub(0.4, 1.0),
                         language)
    n = exports.count_observations(db, flt)
    return ExportResult(target, "report", n, [language.text(Text("Summary")), *names], notes)


def _codes_to_ids(db, kind: str, codes: tuple[str, ...] | None) -> tuple[int, ...] | None:
    """Ids of classification codes; unknown codes are refused with their names."""
    if codes is None:
        return None
    found = exports.ids_by_code(db, kind, codes)
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise UserError(Text(
            "unknown {kind} code(s): {names}",
            kind=kind,
            names=', '.join(unknown),
        ))
    return tuple(found[c] for c in codes)


def _study_ids(db, names: tuple[str, ...] | None) -> tuple[int, ...] | None:
    """Ids of the named studies (refused with the known names when one is not there)."""
    from desktop_app.store import scenarios as study_store

    if names is None:
        return None
    return tuple(study_store.require_study(db, name).id for name in names)


def _overview_sheets(db, flt: ObservationFilter) -> list[ReportSheet]:
    """Per measure: each industry's total in the first and last year, share and growth."""
    sheets = []
    for measure in list_measures(db):
        if flt.measure_ids is not None and measure.id not in flt.measure_ids:
            continue
        data = cube(db, measure.id, flt.region_ids, flt.industry_ids)
        if flt.years is not None:
            keep = np.isin(data.years, flt.years)
            data.values, data.years = data.values[:, :, keep], data.years[keep]
        if data.values.size == 0 or len(data.years) == 0:
            continue
        totals = np.nansum(data.values, axis=0)  # industry x year
        first, last = totals[:, 0], totals[:, -1]
        span = int(data.years[-1] - data.years[0])
        with np.errstate(divide="ignore", invalid="ignore"):
            share = last / last.sum()
            growth = (last / first) ** (1 / span) - 1 if span else np.full_like(last, np.nan)
        rows = [
            [
                c.code,
                c.name,
                float(first[k]),
                float(last[k]),
                float(share[k]),
                float(growth[k]) if np.isfinite(growth[k]) else None,
            ]
            for k, c in enumerate(data.industries)
        ]
        y0, y1 = int(data.years[0]), int(data.years[-1])
        share = Text("share {year}", year=y1)
        growth = Text("growth per year {first}-{last}", first=y0, last=y1)
        table = ReportTable(
            Text("{measure} by industry, all selected regions ({unit})", measure=measure.name,
                 unit=measure.unit or Text("as reported")),
            [Text("code"), Text("industry"), str(y0), str(y1), share, growth],
            rows,
            number_formats={str(y0): "#,##0", str(y1): "#,##0", share: "0.0%", growth: "0.0%"},
            highlights=[Highlight(share, "bar"), Highlight(growth, "scale")],
            chart=ChartSpec(
                "bar", "code", [growth],
                Text("Growth per year {first}-{last}", first=y0, last=y1),
            ),
            notes=[Text("Sum over {count} regions; cells without a number are left out.",
                        count=len(data.regions))],
        )
        sheets.append(
            ReportSheet(
                Text("{measure} overview", measure=measure.code),
                Text("{measure}: industries' size, share and growth", measure=measure.name),
                [table],
            )
        )
    return sheets


def _competency_sheet(db) -> ReportSheet | None:
    rows = exports.competency_summary(db)
    if not rows:
        return None
    table = ReportTable(
        Text("Competencies and their links"),
        [Text("competency"), Text("type"), Text("industries linked"), Text("institutions linked"),
         Text("mean link strength")],
        [list(r) for r in rows],
        number_formats={"mean link strength": "0.0"},
        highlights=[Highlight("industries linked", "bar")],
        chart=ChartSpec(
            "bar", "competency", ["industries linked"],
            Text("Industries linked to each competency"),
        ),
    )
    return ReportSheet(Text("Competencies"),
                       Text("Competencies, their industries and institutions"), [table])
