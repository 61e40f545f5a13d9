"""Import a workbook into a project: plan, validation report, then one all-or-nothing commit.

``plan_import`` reads and checks the file and maps its table (saved recipe or automatic);
the wizard does the same in steps (``read_overview`` for the sheet list, ``read_sheet`` for
one sheet's grid and tables, ``plan_sheet`` for a recipe the user corrected);
``match_labels_to_project`` ranks the project's regions and industries for the labels it
does not know; ``validate`` compares the records with what the project holds (new / changed
/ unchanged / rejected) without writing; ``commit_import`` writes everything as ONE import
batch in ONE transaction, with the file name, its SHA-256, the sheet and the cell of every
value, and the labels the user mapped as aliases; ``undo_batch`` takes a batch back out,
restoring the values it overwrote. Recipes are saved in the project with ``save_recipe``.
"""

from __future__ import annotations

import contextlib
import itertools
import operator
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.collection import collection_paused
from desktop_app.core.label_matching import Candidate, match_labels
from desktop_app.errors import UserError
from desktop_app.io.recipes import Extraction, Recipe, RecipeError, Record, apply_recipe
from desktop_app.io.table_detection import DetectedTable, detect_tables
from desktop_app.io.tidy import auto_recipe, explain_gaps, missing_roles
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.services.progress import Cancelled, NullProgress, Progress
from desktop_app.store import batches, classifications, measures
from desktop_app.store import recipes as saved_recipes
from desktop_app.store.observation_writer import (
    CHANGED,
    NEW,
    UNCHANGED,
    BatchWriter,
    StoredValues,
    undo_batch,
)
from desktop_app.store.sql import page_cache, references_checked_by_caller

__all__ = [
    "ImportPlan",
    "ImportReport",
    "LabelMatch",
    "NothingToImportError",
    "SheetLayout",
    "WorkbookOverview",
    "commit_import",
    "export_report",
    "import_transaction",
    "match_labels_to_project",
    "plan_import",
    "plan_sheet",
    "read_overview",
    "read_sheet",
    "recipes_for",
    "save_recipe",
    "table_at",
    "undo_batch",
    "validate",
]

CHUNK = 20_000
#: Page cache for the connection while a commit runs (KiB): the unique index of a large
#: import then stays in memory instead of being re-read page by page.
IMPORT_CACHE_KIB = 65_536


class NothingToImportError(UserError):
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
    with collection_paused():
        return _plan_import(path, sheet, recipe, measure, progress)


def _plan_import(path, sheet, recipe, measure, progress) -> ImportPlan:
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
                table = table_at(tables, recipe.first_data_row - 1)
                extraction = apply_recipe(grid, recipe, table)
                used = recipe
            else:
                if not tables:
                    reasons.append(f"{name}: no table of numbers found")
                    continue
                table = tables[0]
                used = auto_recipe(grid, table, measure=measure or "")
                gaps = missing_roles(used)
                if gaps:
                    reasons.append(explain_gaps(grid, table, gaps))
                    continue
                extraction = apply_recipe(grid, used, table)
            if not extraction.records and not extraction.mismatches and sheet is None:
                reasons.append(f"{name}: no value could be read")
                continue
            progress.report(0.5, f"read {len(extraction.records)} values from {name}")
            notices = list(book.problems) + list(grid.problems)
            return ImportPlan(path, book.sha256, name, used, table, extraction, notices)
    raise NothingToImportError(f"{path.name}: nothing to import (" + "; ".join(reasons) + ")")


def table_at(tables: list[DetectedTable], row: int) -> DetectedTable | None:
    """The detected table whose data block holds ``row`` (0-based), else the first one."""
    for table in tables:
        top = table.header_rows[0] if table.header_rows else table.first_data_row
        if top <= row <= table.last_data_row:
            return table
    return tables[0] if tables else None


@dataclass
class SheetPreview:
    """A sheet's first rows, for choosing the sheet to import."""

    name: str
    visible: bool
    rows: list[list]
    has_table: bool = False  # a table of numbers shows in these first rows


@dataclass
class WorkbookOverview:
    """What the sheet list of the wizard shows: every sheet with a small preview."""

    path: Path
    sha256: str
    format: str
    sheets: list[SheetPreview]
    notices: list[Problem]

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]


@dataclass
class SheetLayout:
    """One sheet read in full: its cells, the tables found and a proposed recipe for each."""

    path: Path
    sha256: str
    grid: Grid
    tables: list[DetectedTable]
    recipes: list[Recipe]
    notices: list[Problem]


def read_overview(
    path: str | Path, preview_rows: int = 20, progress: Progress | None = None
) -> WorkbookOverview:
    """Open a workbook safely and take the first rows of every sheet (nothing is written).

    Raises
    ------
    WorkbookError
        For files that cannot be read (see :mod:`desktop_app.io.workbook`).
    """
    progress = progress or NullProgress()
    path = Path(path)
    with open_workbook(path) as book:
        sheets = []
        for k, info in enumerate(book.sheets):
            progress.check()
            progress.report(k / max(len(book.sheets), 1), f"reading {info.name}")
            grid = book.read_sheet(info.name, max_rows=preview_rows)
            found = bool(detect_tables(grid))
            sheets.append(SheetPreview(info.name, info.visible, grid.rows, found))
        progress.report(1.0, f"{len(sheets)} sheet(s) read")
        return WorkbookOverview(path, book.sha256, book.format, sheets, list(book.problems))


def read_sheet(
    path: str | Path, sheet: str, measure: str = "", progress: Progress | None = None
) -> SheetLayout:
    """Read one sheet in full, find its tables and propose a recipe for each."""
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(None, f"reading {sheet}")
    with collection_paused():
        with open_workbook(path) as book:
            if sheet not in book.sheet_names:
                raise NothingToImportError(f"{path.name} has no sheet named {sheet!r}")
            grid = book.read_sheet(sheet)
            notices = list(book.problems) + list(grid.problems)
            sha = book.sha256
        progress.check()
        progress.report(None, f"finding the tables on {sheet}")
        tables = detect_tables(grid)
        recipes = [auto_recipe(grid, t, measure=measure) for t in tables]
    progress.report(1.0, f"{len(tables)} table(s) on {sheet}")
    return SheetLayout(path, sha, grid, tables, recipes, notices)


def plan_sheet(layout: SheetLayout, recipe: Recipe) -> ImportPlan:
    """Map a sheet already read with a recipe (the proposed one, corrected or saved)."""
    table = table_at(layout.tables, recipe.first_data_row - 1)
    with collection_paused():
        extraction = apply_recipe(layout.grid, recipe, table)
    return ImportPlan(
        layout.path,
        layout.sha256,
        layout.grid.sheet,
        recipe,
        table,
        extraction,
        list(layout.notices),
    )


def save_recipe(db: sqlite_utils.Database, recipe: Recipe) -> int:
    """Keep a recipe in the project under its name (replacing one of that name)."""
    recipe.validate()
    return saved_recipes.save_recipe(db, recipe.name, recipe.to_json(), recipe.sheet)


def recipes_for(db: sqlite_utils.Database, sheet_names: list[str] | None = None) -> list[Recipe]:
    """The project's saved recipes, those for a sheet of this workbook first.

    A stored recipe that this version cannot read (newer format) is left out.
    """
    out = []
    for saved in saved_recipes.list_recipes(db):
        try:
            recipe = Recipe.from_json(saved.recipe_json)
        except RecipeError:
            continue
        recipe.name = saved.name
        out.append(recipe)
    if sheet_names is not None:
        out.sort(key=lambda r: r.sheet not in sheet_names)
    return out


@dataclass
class LabelMatch:
    """A region or industry label of the file that the project does not know yet.

    ``how`` is 'code' or 'alias' when the label names an entry in another spelling (taken
    unless the user says otherwise), 'fuzzy' when there are only ranked guesses, 'none'
    when nothing resembles it. ``suggestions`` hold (id, code, name, score), best first.
    """

    kind: str
    label: str
    how: str
    target_id: int | None
    suggestions: list[tuple[int, str, str, float]]
    values: int


def match_labels_to_project(
    db: sqlite_utils.Database, plan: ImportPlan, n_suggestions: int = 5
) -> list[LabelMatch]:
    """Labels of the plan that do not resolve in the project, with ranked suggestions."""
    out: list[LabelMatch] = []
    for kind, index in (("region", 0), ("industry", 1)):
        counts = Counter(map(operator.itemgetter(index), plan.records))
        unknown = [label for label in counts if classifications.resolve(db, kind, label) is None]
        if not unknown:
            continue
        entries = classifications.list_all(db, kind)
        by_id = {e.id: e for e in entries}
        alias_of: dict[int, list[str]] = {}
        for alias, target in classifications.aliases(db, kind).items():
            alias_of.setdefault(target, []).append(alias)
        candidates = [
            Candidate(e.id, e.code, e.name, tuple(alias_of.get(e.id, ()))) for e in entries
        ]
        for m in match_labels(unknown, candidates, n_suggestions):
            suggestions = [
                (cid, by_id[cid].code, by_id[cid].name, score) for cid, score in m.suggestions
            ]
            out.append(LabelMatch(kind, m.label, m.how, m.target_id, suggestions, counts[m.label]))
    return out


def _measure_code(plan: ImportPlan, measure: str) -> str:
    """The measure a record's values go to (its own, else the recipe's)."""
    return measure or plan.recipe.measure or "value"


def validate(
    db: sqlite_utils.Database,
    plan: ImportPlan,
    aliases: dict[tuple[str, str], int] | None = None,
) -> ImportReport:
    """Compare the plan with the project: new, changed, unchanged and rejected observations.

    Parameters
    ----------
    aliases : dict, optional
        (kind, label) -> id of the region or industry the user said a label stands for.
    """
    aliases = aliases or {}
    counts: Counter = Counter()
    changes: list[Change] = []
    ids: dict[tuple[str, str], int | None] = {}

    def resolve(kind: str, label: str) -> int | None:
        key = (kind, label)
        if key not in ids:
            ids[key] = aliases.get(key) or classifications.resolve(db, kind, label)
        return ids[key]

    stored = StoredValues(db)
    measure_ids = {}
    for code in {_measure_code(plan, m) for m in set(map(operator.itemgetter(2), plan.records))}:
        m = measures.find_measure(db, code)
        measure_ids[code] = m.id if m else None
    if not any(stored.of_measure(mid) for mid in measure_ids.values()):
        counts[NEW] = len(plan.records)  # nothing stored for these measures yet
    else:
        for rec in plan.records:
            code = _measure_code(plan, rec.measure)
            status, old = stored.compare(
                measure_ids[code], resolve("region", rec.region),
                resolve("industry", rec.industry), rec.year, rec.value, rec.flag,
            )
            counts[status] += 1
            if status == CHANGED:
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
        counts[NEW],
        counts[CHANGED],
        counts[UNCHANGED],
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
    aliases: dict[tuple[str, str], int] | None = None,
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
    aliases : dict, optional
        (kind, label) -> id: labels the user matched to a project region or industry. They
        are stored as aliases in the same transaction; other unknown labels become new
        regions and industries (a name column beside a code column is kept as an alias).
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
    n = len(records)
    with collection_paused(), page_cache(db, IMPORT_CACHE_KIB), import_transaction(db):
        batch_id = batches.create_batch(
            db,
            "import",
            label=f"{plan.path.name} [{plan.sheet}]",
            file_name=plan.path.name,
            file_sha256=plan.sha256,
            sheet=plan.sheet,
            recipe_name=plan.recipe.name or None,
        )
        for (kind, label), target in (aliases or {}).items():
            classifications.add_alias(db, kind, label, target)
        # region, its name, industry, its name, measure: each distinct combination, in one pass
        labels = _distinct(records, operator.itemgetter(0, 8, 1, 9, 2), progress)
        region_ids = _label_ids(db, "region", {c[0:2] for c in labels})
        industry_ids = _label_ids(db, "industry", {c[2:4] for c in labels})
        default_measure = plan.recipe.measure or "value"
        measure_ids = {
            code: measures.ensure_measure(
                db, code or default_measure, code or default_measure, plan.recipe.unit
            )
            for code in {c[4] for c in labels}
        }
        keeping = on_changed == "keep" or bool(keep_cells)
        stored = StoredValues(db)
        ids = (region_ids, industry_ids, measure_ids)
        with BatchWriter(db, batch_id, plan.sheet, in_key_order=True) as writer:
            for start in range(0, n, CHUNK):
                progress.check()
                chunk = records[start : start + CHUNK]
                if keeping:
                    chunk = [r for r in chunk if not _kept(r, ids, stored, on_changed, keep_cells)]
                # the written columns in one flat list; the writer replaces labels by ids
                writer.add_columns(
                    list(itertools.chain.from_iterable(map(_FLAT_FIELDS, chunk))), ids
                )
                progress.report(min(0.8, 0.8 * (start + CHUNK) / max(n, 1)), "writing")
            progress.report(0.8, "writing")
            for (kind, _label), target in (aliases or {}).items():
                writer.references("regions" if kind == "region" else "industries", [target])
            try:
                writer.finish(progress.cancelled)
            except sqlite3.OperationalError as exc:
                if progress.cancelled():
                    raise Cancelled() from exc
                raise
        progress.report(1.0, "written")
        progress.check()
    return batch_id


@contextlib.contextmanager
def import_transaction(db: sqlite_utils.Database):
    """One transaction for an import batch and whatever the caller writes with it.

    Foreign keys are not checked row by row inside it: :func:`commit_import` checks the ids
    of its batch once. A caller that saves a recipe with the batch opens this transaction
    around both; SQLite can only switch the checks off before a transaction begins.
    """
    with references_checked_by_caller(db), db.atomic():
        yield


def _kept(
    record: Record,
    ids: tuple[dict, dict, dict],
    stored: StoredValues,
    on_changed: str,
    keep_cells: set,
) -> bool:
    """Whether the project's value stays instead of this one (changed and kept)."""
    region_ids, industry_ids, measure_ids = ids
    status, _old = stored.compare(
        measure_ids[record.measure], region_ids[record.region], industry_ids[record.industry],
        record.year, record.value, record.flag,
    )
    return status == CHANGED and (on_changed == "keep" or record.cell in keep_cells)


#: The record fields written, in :data:`~desktop_app.store.observation_writer.FLAT_COLUMNS`
#: order (the writer replaces the labels by their ids).
_FLAT_FIELDS = operator.itemgetter(0, 1, 2, 3, 4, 5, 6)


def _distinct(records: list[Record], key, progress: Progress) -> set:
    """Distinct ``key(record)`` values, gathered a chunk at a time (cancel between)."""
    out: set = set()
    for start in range(0, len(records), CHUNK):
        progress.check()
        out.update(map(key, records[start : start + CHUNK]))
    return out


def _label_ids(
    db: sqlite_utils.Database, kind: str, labels: set[tuple[str, str]]
) -> dict[str, int]:
    """Id of every (label, name) pair's label, creating the unknown ones (in label order);
    names beside codes become aliases."""
    ids: dict[str, int] = {}
    for label, name in sorted(labels):
        found = ids.get(label) or classifications.resolve(db, kind, label)
        if found is None:
            found = classifications.ensure(db, kind, label, name or None)
        elif name:
            classifications.add_alias(db, kind, name, found)
        ids[label] = found
    return ids


def export_report(report: ImportReport, path: str | Path) -> Path:
    """Write the validation report as a workbook: a summary, the problems and the changes.

    Labels come from the imported file, so they are written formula-safe (text that starts
    with = + - @ stays text) and the workbook replaces ``path`` only once complete.
    """
    from openpyxl import Workbook

    from desktop_app.io.xlsx_safety import atomic_target, neutral_properties, safe_row

    book = Workbook(write_only=True)
    neutral_properties(book, f"Import report: {report.file}")
    summary = book.create_sheet("Summary")
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
        summary.append(safe_row(summary, [key, value]))
    problems = book.create_sheet("Problems")
    problems.append(["Place", "Severity", "Reason"])
    for p in report.problems:
        problems.append(safe_row(problems, [p.place, p.severity, p.reason]))
    changes = book.create_sheet("Changes")
    changes.append(["Region", "Industry", "Measure", "Year", "Old", "New", "Cell"])
    for c in report.changes:
        changes.append(
            safe_row(changes, [c.region, c.industry, c.measure, c.year, c.old, c.new, c.cell])
        )
    path = Path(path)
    with atomic_target(path) as temp:
        book.save(temp)
    return path
