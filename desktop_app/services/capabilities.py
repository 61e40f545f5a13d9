"""Competency and institution registers in and out of the project, the portfolio and the dynamics.

Import reads a register workbook (see :mod:`desktop_app.io.registers`), resolves industry and
region labels against the project, and writes everything in one transaction, or nothing when
asked for a dry run or when cancelled. Every label that does not resolve is reported with its
cell. The demo project gets a small illustrative register through :func:`add_demo_register`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.capability_dynamics import (
    CapabilityDynamics,
    Link,
    PortfolioEntry,
    capability_dynamics,
    competency_portfolio,
)
from desktop_app.core.capability_terms import link_year
from desktop_app.io.registers import (
    CompetencyRow,
    IndustryLinkRow,
    InstitutionLinkRow,
    InstitutionRow,
    RegisterContent,
    read_registers,
    write_registers,
)
from desktop_app.io.workbook import Problem
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "DEMO_REGISTER",
    "CapabilityView",
    "RegisterImport",
    "add_demo_register",
    "capability_view",
    "export_registers",
    "import_registers",
    "register_content",
]

#: The demo's register in resources/demo (sources in resources/demo/SOURCES.md): the same
#: columns as the register workbook, as reviewable text.
DEMO_REGISTER = "competency_register.json"


@dataclass
class RegisterImport:
    """What an import did (or would do, for a dry run) and every problem with its cell."""

    file: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    written: bool = False

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "written": self.written,
            "added": self.added,
            "updated": self.updated,
            "problems": [
                {"sheet": p.sheet, "cell": p.cell, "severity": p.severity, "reason": p.reason}
                for p in self.problems
            ],
        }


def register_content(db: sqlite_utils.Database) -> RegisterContent:
    """The project's register as workbook rows (labels instead of ids)."""
    regions = {c.id: c.code for c in classifications.list_all(db, "region")}
    industries = {c.id: c.code for c in classifications.list_all(db, "industry")}
    competencies = {c.id: c for c in store.list_competencies(db)}
    institutions = {i.id: i for i in store.list_institutions(db)}
    return RegisterContent(
        competencies=[
            CompetencyRow(c.name, c.type, c.description, c.evidence, c.sources)
            for c in competencies.values()
        ],
        institutions=[
            InstitutionRow(i.name, i.type, regions.get(i.region_id, ""), i.description)
            for i in institutions.values()
        ],
        industry_links=[
            IndustryLinkRow(
                competencies[link.competency_id].name,
                industries[link.industry_id],
                link.strength,
                regions.get(link.region_id, ""),
                link.evidence,
                link.valid_from,
                link.valid_to,
            )
            for link in store.industry_links(db)
        ],
        institution_links=[
            InstitutionLinkRow(
                competencies[link.competency_id].name,
                institutions[link.institution_id].name,
                link.strength,
                link.evidence,
                link.valid_from,
                link.valid_to,
            )
            for link in store.institution_links(db)
        ],
    )


def export_registers(
    db: sqlite_utils.Database, target: str | Path, progress: Progress | None = None
) -> dict[str, int]:
    """Write the project's register to a workbook; returns the rows per sheet."""
    progress = progress or NullProgress()
    progress.report(0.1, Text("Reading the register"))
    content = register_content(db)
    progress.check()
    progress.report(0.5, Text("Writing the workbook"))
    written = write_registers(target, content)
    progress.report(1.0, Text("Register written"))
    return written


def import_registers(
    db: sqlite_utils.Database,
    path: str | Path,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> RegisterImport:
    """Read a register workbook into the project: new names are added, known ones updated.

    Rows whose labels do not resolve (an unknown industry, region, competency or institution)
    are skipped with an error naming their cell; the rest is written in one transaction. With
    ``dry_run`` nothing is written and the result says what would happen.
    """
    progress = progress or NullProgress()
    progress.report(0.05, Text("Reading the workbook"))
    read = read_registers(path)
    result = RegisterImport(read.file, problems=list(read.problems))
    content = read.content
    progress.check()
    try:
        with db.atomic():  # a savepoint when the caller already holds a transaction
            _apply(db, content, result, progress)
            progress.check()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    result.written = not dry_run
    progress.report(1.0, Text("Register imported") if not dry_run else Text("Register checked"))
    return result


class _DryRun(Exception):
    """Rolls a dry run's writes back."""


def _apply(db, content: RegisterContent, result: RegisterImport, progress: Progress) -> None:
    def count(kind: str, added: bool) -> None:
        target = result.added if added else result.updated
        target[kind] = target.get(kind, 0) + 1

    def problem(row, column: str, reason: str) -> None:
        place = row.place
        result.problems.append(
            Problem(
                result.file,
                place.sheet if place else None,
                place.cell(column) if place else None,
                reason,
                "error",
            )
        )

    for row in content.competencies:
        found = store.find_competency(db, row.name)
        if found is None:
            store.add_competency(db, row.name, row.description, row.type, row.evidence, row.sources)
        else:
            store.update_competency(
                db,
                found.id,
                description=row.description,
                type=row.type,
                evidence=row.evidence,
                sources=row.sources,
            )
        count("competencies", found is None)
    progress.report(0.3, Text("Institutions"))
    for row in content.institutions:
        region_id = None
        if row.region:
            region_id = classifications.resolve(db, "region", row.region)
            if region_id is None:
                problem(
                    row,
                    "region",
                    f"no region {row.region!r} in the project; "
                    "the institution was kept without a region",
                )
        found = store.find_institution(db, row.name)
        if found is None:
            store.add_institution(db, row.name, row.type, region_id, row.description)
        else:
            store.update_institution(
                db, found.id, type=row.type, region_id=region_id, description=row.description
            )
        count("institutions", found is None)
    progress.report(0.6, Text("Links"))
    for row in content.industry_links:
        competency = store.find_competency(db, row.competency)
        industry_id = classifications.resolve(db, "industry", row.industry)
        region_id = classifications.resolve(db, "region", row.region) if row.region else None
        if competency is None:
            problem(row, "competency", f"no competency {row.competency!r}; the link was skipped")
            continue
        if industry_id is None:
            problem(
                row,
                "industry",
                f"no industry {row.industry!r} in the project; the link was skipped",
            )
            continue
        if row.region and region_id is None:
            problem(row, "region", f"no region {row.region!r} in the project; the link was skipped")
            continue
        before = store.set_industry_link(
            db,
            competency.id,
            industry_id,
            row.strength,
            region_id,
            row.evidence,
            row.valid_from,
            row.valid_to,
        )
        count("industry_links", before is None)
    for row in content.institution_links:
        competency = store.find_competency(db, row.competency)
        institution = store.find_institution(db, row.institution)
        if competency is None:
            problem(row, "competency", f"no competency {row.competency!r}; the link was skipped")
            continue
        if institution is None:
            problem(row, "institution", f"no institution {row.institution!r}; the link was skipped")
            continue
        before = store.set_institution_link(
            db,
            competency.id,
            institution.id,
            row.strength,
            row.evidence,
            row.valid_from,
            row.valid_to,
        )
        count("institution_links", before is None)


def add_demo_register(db: sqlite_utils.Database, source: Path, progress: Progress) -> None:
    """Demo hook: the illustrative register in ``resources/demo`` (see its SOURCES.md entry)."""
    import json

    data = json.loads((source / DEMO_REGISTER).read_text(encoding="utf-8"))

    def dated(row: dict) -> dict:
        row = dict(row)
        row["valid_from"], row["valid_to"] = row.pop("from", None), row.pop("to", None)
        return row

    content = RegisterContent(
        competencies=[CompetencyRow(**row) for row in data["competencies"]],
        institutions=[InstitutionRow(**row) for row in data["institutions"]],
        industry_links=[IndustryLinkRow(**dated(row)) for row in data["industry_links"]],
        institution_links=[InstitutionLinkRow(**dated(row)) for row in data["institution_links"]],
    )
    result = RegisterImport(DEMO_REGISTER)
    _apply(db, content, result, progress)
    if result.problems:
        raise ValueError(f"{DEMO_REGISTER}: {result.problems[0]}")


@dataclass
class CapabilityView:
    """Portfolio and dynamics of the register for one region, with readable names."""

    portfolio: list[PortfolioEntry]
    dynamics: CapabilityDynamics
    stages: dict[str, str | None]


def _dated_link(source: str, target: str, link: store.IndustryLink | store.InstitutionLink) -> Link:
    """A stored link between named ends, with the years it holds."""
    return Link(source, target, link.strength, link_year(link.valid_from), link_year(link.valid_to))


def capability_view(
    db: sqlite_utils.Database,
    region_id: int | None,
    stages: dict[str, str | None],
    related: dict[str, list[str]] | None = None,
    year: int | None = None,
) -> CapabilityView:
    """The portfolio (platform / at risk) and yearly dynamics of the register.

    ``stages`` maps industry codes to their stage in force (from the lifecycle service);
    ``related`` maps an industry code to related industry codes (from the Analysis section).
    """
    industries = {c.id: c.code for c in classifications.list_all(db, "industry")}
    competencies = {c.id: c.name for c in store.list_competencies(db)}
    institutions = {i.id: i.name for i in store.list_institutions(db)}
    industry_links = [
        _dated_link(competencies[link.competency_id], industries[link.industry_id], link)
        for link in store.industry_links(db, region_id)
    ]
    # institutions count for the region when they sit in it or carry a competency used there
    in_region = {link.source for link in industry_links}
    home = {i.id: i.region_id for i in store.list_institutions(db)}
    institution_links = [
        _dated_link(competencies[link.competency_id], institutions[link.institution_id], link)
        for link in store.institution_links(db)
        if region_id is None
        or competencies[link.competency_id] in in_region
        or home.get(link.institution_id) == region_id
    ]
    return CapabilityView(
        competency_portfolio(industry_links, stages, year),
        capability_dynamics(industry_links, institution_links, stages, related),
        stages,
    )


def related_industries(
    db: sqlite_utils.Database, measure: str | None = None, quantile: float = 0.75
) -> dict[str, list[str]]:
    """For each industry, the industries related to it in the Analysis section's sense.

    Two industries are related when their proximity φ (co-specialisation of the regions, last
    year of ``measure``) is at least the ``quantile`` of all off-diagonal proximities.
    """
    import numpy as np

    from desktop_app.services.analysis import AnalysisError, run_analysis

    try:
        result = run_analysis(db, measure)
    except AnalysisError:
        return {}
    phi = result.complexity.proximity
    phi = phi[..., -1] if phi.ndim == 3 else phi
    codes = [c.code for c in result.data.industries]
    off = phi[~np.eye(len(codes), dtype=bool)]
    off = off[np.isfinite(off)]
    if not off.size:
        return {}
    cut = float(np.quantile(off, quantile))
    return {
        code: [
            codes[j]
            for j in range(len(codes))
            if j != i and np.isfinite(phi[i, j]) and phi[i, j] >= cut and phi[i, j] > 0
        ]
        for i, code in enumerate(codes)
    }
