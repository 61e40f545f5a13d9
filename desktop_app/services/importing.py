"""Import a workbook into a project: plan, validation report, then one all-or-nothing commit.

``plan_import`` reads and checks the file and maps its table (saved recipe or automatic);
``validate`` compares the records with what the project holds (new / changed / unchanged /
rejected) without writing; ``commit_import`` writes everything as ONE import batch in ONE
transaction, with the file name, its SHA-256, the sheet and the cell of every value;
``undo_batch`` takes a batch back out, restoring the values it overwrote.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.io.recipes import Extraction, Recipe, Record, apply_recipe
from desktop_app.io.table_detection import DetectedTable, detect_tables
from desktop_app.io.tidy import auto_recipe, missing_roles
from desktop_app.io.workbook import Problem, open_workbook
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import batches, classifications, measures
from desktop_app.store.observations import NewObservation, write_observations

__all__ = [
    "ImportPlan",
    "ImportReport",
    "NothingToImportError",
    "commit_import",
    "export_report",
    "plan_import",
    "undo_batch",
    "validate",
]

CHUNK = 20_000


class NothingToImportError(ValueError):
    """The file holds no table that could be read (the message says where and why)."""


@dataclass
class ImportPlan:
    """What would be imported from one sheet of one file."""

    path: Path
    sha256: str
    sheet: str
    recipe: Recipe
    table: DetectedTable | None
    extraction: Extraction
    notices: list[Problem] = field(default_factory=list)

    @property
    def records(self) -> list[Record]:
        return self.extraction.records

    @property
    def problems(self) -> list[Problem]:
        return self.notices + self.extraction.mismatches + self.extraction.problems


@dataclass
class Change:
    region: str
    industry: str
    measure: str
    year: int
    old: float | None
    new: float | None
    cell: str


@dataclass
class ImportReport:
    """Counts, problems and changed values: what the user sees before committing."""

    file: str
    sheet: str
    rows_read: int
    new: int
    changed: int
    unchanged: int
    rejected: int
    problems: list[Problem]
    changes: list[Change]
    already_imported: str | None = None

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "rows_read": self.rows_read,
            "observations": {
                "new": self.new,
                "changed": self.changed,
                "unchanged": self.unchanged,
                "rejected": self.rejected,
            },
            "already_imported": self.already_imported,
            "problems": [
                {"place": p.place, "severity": p.severity, "reason": p.reason}
                for p in self.problems
            ],
            "changes": [c.__dict__ for c in self.changes],
        }

    def as_text(self, max_problems: int = 40) -> str:
        lines = [
            f"{self.file} [{self.sheet}]: {self.rows_read} rows read; observations: "
            f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        ]
        if self.already_imported:
            lines.append(f"this file was imported before: {self.already_imported}")
        shown = [p for p in self.problems if p.severity != "info"] + [
            p for p in self.problems if p.severity == "info"
        ]
        lines += [f"  {p}" for p in shown[:max_problems]]
        if len(shown) > max_problems:
            lines.append(f"  ... and {len(shown) - max_problems} more")
        for c in self.changes[:20]:
            lines.append(
                f"  changed {c.region} / {c.industry} / {c.year}: {c.old} -> {c.new} ({c.cell})"
            )
        return "\n".join(lines)


def plan_import(
    path: str | Path,
    sheet: str | None = None,
    recipe: Recipe | None = None,
    measure: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read a workbook and map one table to records (nothing is written).

    Without ``sheet``, the first sheet holding a table that maps completely is used.

    Raises
    ------
    WorkbookError
        For files that cannot be read (see :mod:`desktop_app.io.workbook`).
    NothingToImportError
        When no sheet holds a table, naming each sheet and why.
    """
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(0.0, f"reading {path.name}")
    with open_workbook(path) as book:
        names = [recipe.sheet] if recipe and recipe.sheet and not sheet else None
        names = [sheet] if sheet else names or book.sheet_names
        reasons = []
        for name in names:
            if name not in book.sheet_names:
                raise NothingToImportError(f"{path.name} has no sheet named {name!r}")
            progress.check()
            grid = book.read_sheet(name)
            tables = detect_tables(grid)
            if recipe is not None:
                extraction = apply_recipe(grid, recipe, tables[0] if tables else None)
                used = recipe
                table = tables[0] if tables else None
            else:
                if not tables:
                    reasons.append(f"{name}: no table of numbers found")
                    continue
                table = tables[0]
                used = auto_recipe(grid, table, measure=measure or "")
                gaps = missing_roles(used)
                if gaps:
                    reasons.append(f"{name}!{table.range}: cannot tell the {', '.join(gaps)}")
                    continue
                extraction = apply_recipe(grid, used, table)
            if not extraction.records and not extraction.mismatches and sheet is None:
                reasons.append(f"{name}: no value could be read")
                continue
            progress.report(0.5, f"read {len(extraction.records)} values from {name}")
            notices = list(book.problems) + list(grid.problems)
            return ImportPlan(path, book.sha256, name, used, table, extraction, notices)
    raise NothingToImportError(f"{path.name}: nothing to import (" + "; ".join(reasons) + ")")


def _measure_code(plan: ImportPlan, record: Record) -> str:
    return record.measure or plan.recipe.measure or "value"


def _existing(db: sqlite_utils.Database, measure_id: int) -> dict:
    rows = db.execute(
        "SELECT region_id, industry_id, year, value, flag FROM observations WHERE measure_id = ?",
        [measure_id],
    )
    return {(r, i, y): (v, f) for r, i, y, v, f in rows}


def validate(db: sqlite_utils.Database, plan: ImportPlan) -> ImportReport:
    """Compare the plan with the project: new, changed, unchanged and rejected observations."""
    counts: Counter = Counter()
    changes: list[Change] = []
    region_ids: dict[str, int | None] = {}
    industry_ids: dict[str, int | None] = {}
    existing_by_measure: dict[str, dict] = {}
    for rec in plan.records:
        code = _measure_code(plan, rec)
        if code not in existing_by_measure:
            m = measures.find_measure(db, code)
            existing_by_measure[code] = _existing(db, m.id) if m else {}
        existing = existing_by_measure[code]
        if rec.region not in region_ids:
            region_ids[rec.region] = classifications.resolve(db, "region", rec.region)
        if rec.industry not in industry_ids:
            industry_ids[rec.industry] = classifications.resolve(db, "industry", rec.industry)
        key = (region_ids[rec.region], industry_ids[rec.industry], rec.year)
        old = existing.get(key) if None not in key else None
        if old is None:
            counts["new"] += 1
        elif old == (rec.value, rec.flag):
            counts["unchanged"] += 1
        else:
            counts["changed"] += 1
            changes.append(
                Change(rec.region, rec.industry, code, rec.year, old[0], rec.value, rec.cell)
            )
    rejected = sum(1 for p in plan.extraction.problems if p.severity in ("error", "warning"))
    previous = batches.find_by_hash(db, plan.sha256)
    already = f"batch {previous.id} on {previous.created_at}" if previous else None
    return ImportReport(
        plan.path.name,
        plan.sheet,
        plan.extraction.rows_read,
        counts["new"],
        counts["changed"],
        counts["unchanged"],
        rejected,
        plan.problems,
        changes,
        already,
    )


def commit_import(
    db: sqlite_utils.Database,
    plan: ImportPlan,
    on_changed: str = "replace",
    keep_cells: set[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the plan as one import batch in one transaction; return the batch id.

    Parameters
    ----------
    on_changed : {'replace', 'keep'}
        What to do with values that differ from the project's.
    keep_cells : set of str, optional
        Cells whose changed value the user chose to keep ('ask' answered per value).
    progress : Progress, optional
        Checked between chunks; a cancel rolls everything back.
    """
    if on_changed not in ("replace", "keep"):
        raise ValueError("on_changed must be 'replace' or 'keep'")
    if plan.extraction.mismatches:
        raise NothingToImportError(
            "the recipe no longer matches the file: "
            + "; ".join(str(m) for m in plan.extraction.mismatches[:5])
        )
    progress = progress or NullProgress()
    keep_cells = keep_cells or set()
    records = plan.records
    with db.atomic():
        batch_id = batches.create_batch(
            db,
            "import",
            label=f"{plan.path.name} [{plan.sheet}]",
            file_name=plan.path.name,
            file_sha256=plan.sha256,
            sheet=plan.sheet,
            recipe_name=plan.recipe.name or None,
        )
        ids: dict[tuple[str, str], int] = {}
        measure_ids: dict[str, int] = {}
        existing: dict[int, dict] = {}

        def resolve(kind: str, label: str, name: str) -> int:
            key = (kind, label)
            if key not in ids:
                found = classifications.resolve(db, kind, label)
                if found is None:
                    found = classifications.ensure(db, kind, label, name or None)
                elif name:
                    classifications.add_alias(db, kind, name, found)
                ids[key] = found
            return ids[key]

        for start in range(0, len(records), CHUNK):
            progress.check()
            out = []
            for rec in records[start : start + CHUNK]:
                code = _measure_code(plan, rec)
                mid = measure_ids.get(code)
                if mid is None:
                    mid = measure_ids[code] = measures.ensure_measure(
                        db, code, code, plan.recipe.unit
                    )
                    existing[mid] = _existing(db, mid) if on_changed == "keep" or keep_cells else {}
                rid = resolve("region", rec.region, rec.region_name)
                iid = resolve("industry", rec.industry, rec.industry_name)
                old = existing[mid].get((rid, iid, rec.year))
                if old is not None and old != (rec.value, rec.flag):
                    if on_changed == "keep" or rec.cell in keep_cells:
                        continue
                out.append(
                    NewObservation(
                        rid, iid, mid, rec.year, rec.value, rec.flag, plan.sheet, rec.cell
                    )
                )
            write_observations(db, out, batch_id)
            progress.report(min(1.0, (start + CHUNK) / max(len(records), 1)), "writing")
        progress.check()
    return batch_id


def undo_batch(db: sqlite_utils.Database, batch_id: int) -> int:
    """Take a whole import batch back out; values it overwrote come back. Returns rows touched."""
    with db.atomic():
        restored = db.execute(
            """
            SELECT h.observation_id, h.old_value, h.old_flag, h.old_batch_id, h.old_sheet, h.old_cell
            FROM observation_history h
            JOIN observations o ON o.id = h.observation_id AND o.batch_id = ?
            WHERE h.new_batch_id = ? AND h.id = (
                SELECT MIN(id) FROM observation_history
                WHERE observation_id = h.observation_id AND new_batch_id = ?)
            """,
            [batch_id, batch_id, batch_id],
        ).fetchall()
        for oid, value, flag, old_batch, sheet, cell in restored:
            db.execute(
                "UPDATE observations SET value = ?, flag = ?, batch_id = ?, sheet = ?, cell = ? "
                "WHERE id = ?",
                [value, flag, old_batch, sheet, cell, oid],
            )
        deleted = db.execute("DELETE FROM observations WHERE batch_id = ?", [batch_id]).rowcount
        db.execute(
            "UPDATE import_batches SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
            [batch_id],
        )
    return len(restored) + deleted


def export_report(report: ImportReport, path: str | Path) -> Path:
    """Write the validation report as a workbook: a summary, the problems and the changes."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    for key, value in (
        ("File", report.file),
        ("Sheet", report.sheet),
        ("Rows read", report.rows_read),
        ("New", report.new),
        ("Changed", report.changed),
        ("Unchanged", report.unchanged),
        ("Rejected", report.rejected),
        ("Imported before", report.already_imported or ""),
    ):
        summary.append([key, value])
    problems = book.create_sheet("Problems")
    problems.append(["Place", "Severity", "Reason"])
    for p in report.problems:
        problems.append([p.place, p.severity, p.reason])
    changes = book.create_sheet("Changes")
    changes.append(["Region", "Industry", "Measure", "Year", "Old", "New", "Cell"])
    for c in report.changes:
        changes.append([c.region, c.industry, c.measure, c.year, c.old, c.new, c.cell])
    path = Path(path)
    book.save(path)
    return path
