"""Import a workbook into a project: plan, validation report, then one all-or-nothing commit.

``plan_import`` reads and checks the file and maps its table (saved recipe or automatic);
the wizard does the same in steps (``read_overview`` for the sheet list, ``read_sheet`` for
one sheet's grid and tables, ``plan_sheet`` for a recipe the user corrected);
``match_labels_to_project`` ranks the project's regions and industries for the labels it
does not know; ``validate`` compares the records with what the project holds (new / changed
/ unchanged / rejected) without writing. ``check_import`` does all the checking the command
line and the wizard show before an import (labels to match, the report, the implausible
mappings of :mod:`desktop_app.io.plausibility`, a preview of the rows); ``commit_checked``
refuses while a doubt is not settled, else writes with ``commit_import``: ONE import
batch in ONE transaction, with the file name, its SHA-256, the sheet and the cell of every
value, and the labels the user mapped as aliases; ``undo_batch`` takes a batch back out,
restoring the values it overwrote. Both read the signposts again in their transaction
(:func:`desktop_app.services.signals.reevaluate`), so what changed is said in words. Recipes are saved in the project with ``save_recipe``.

One recipe may serve many sheets (``plan_sheets``: a shell-style pattern such as ``"*"``, or
"all sheets like this one" in the wizard): every sheet whose header matches is read, the
others are listed with the reason, and all of them go into the one batch.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import itertools
import json
import operator
import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.collection import collection_paused
from desktop_app.core.label_matching import Candidate, match_labels
from desktop_app.errors import UserError
from desktop_app.io.accounting import CellCounts
from desktop_app.io.plausibility import Doubt, label_doubts, open_doubts, sheet_doubts
from desktop_app.io.recipes import (
    Extraction,
    PeriodRuleNeeded,
    Recipe,
    RecipeError,
    Record,
    apply_recipe,
)
from desktop_app.io.standard_industries import fold_label
from desktop_app.io.table_detection import DetectedTable, detect_tables
from desktop_app.io.tidy import auto_recipe, explain_gaps, missing_roles, scale_word
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.services.import_preview import Preview, preview_records
from desktop_app.services.progress import Cancelled, NullProgress, Progress
from desktop_app.services.signals import reevaluate as reevaluate_signposts
from desktop_app.store import batches, classifications, measures
from desktop_app.store import recipes as saved_recipes
from desktop_app.store.observation_writer import (
    CHANGED,
    NEW,
    UNCHANGED,
    BatchWriter,
    StoredValues,
)
from desktop_app.store.observation_writer import undo_batch as undo_stored_batch
from desktop_app.store.sql import page_cache, references_checked_by_caller
from desktop_app.texts import Number, Text

__all__ = [
    "CheckedImport",
    "ImplausibleImportError",
    "ImportPlan",
    "ImportReport",
    "LabelMatch",
    "NothingToImportError",
    "SheetLayout",
    "WorkbookOverview",
    "check_import",
    "commit_checked",
    "commit_import",
    "export_report",
    "import_transaction",
    "is_sheet_pattern",
    "match_labels_to_project",
    "plan_import",
    "plan_sheet",
    "plan_sheets",
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


class ImplausibleImportError(UserError):
    """The mapping looks wrong in a way the user must settle before anything is written."""

    def __init__(self, doubts: list[Doubt]) -> None:
        super().__init__(
            "the mapping looks wrong; nothing was written:\n" + "\n".join(map(str, doubts))
        )
        self.doubts = doubts


@dataclass
class ImportPlan:
    """What would be imported from one file: one sheet, or several read with one recipe.

    ``extraction`` holds every record and problem; with several sheets, ``sheets`` holds one
    extraction per sheet read (in order, their records making up ``extraction.records``) and
    ``sheet`` is the pattern that chose them.
    """

    path: Path
    sha256: str
    sheet: str
    recipe: Recipe
    table: DetectedTable | None
    extraction: Extraction
    notices: list[Problem] = field(default_factory=list)
    sheets: list[Extraction] = field(default_factory=list)
    #: The cell whose scale word ('thousands', '(000s)') set the proposed recipe's scale.
    scale_from: Problem | None = None
    #: What the sheet's layout says against the mapping (accepted ones included).
    sheet_doubts: list[Doubt] = field(default_factory=list)

    @property
    def records(self) -> list[Record]:
        return self.extraction.records

    @property
    def per_sheet(self) -> list[Extraction]:
        """The extraction of every sheet read (one for a one-sheet plan)."""
        return self.sheets or [self.extraction]

    @property
    def problems(self) -> list[Problem]:
        scale = [self.scale_from] if self.scale_from else []
        return scale + self.notices + self.extraction.mismatches + self.extraction.problems


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
    #: Per sheet read: its name, observations and problems (errors and warnings).
    sheets: list[dict] = field(default_factory=list)
    cells: CellCounts | None = None  # the sheet's non-empty cells: read = used + explained
    #: Implausible mappings not yet settled: while there is one, nothing can be written.
    doubts: list[Doubt] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "sheets": self.sheets,
            "rows_read": self.rows_read,
            "observations": {
                "new": self.new,
                "changed": self.changed,
                "unchanged": self.unchanged,
                "rejected": self.rejected,
            },
            "already_imported": self.already_imported,
            "refused": [d.as_dict() for d in self.doubts],
            "problems": [
                {"place": p.place, "severity": p.severity, "reason": p.reason}
                for p in self.problems
            ],
            "changes": [c.__dict__ for c in self.changes],
            "cells": self.cells.as_dict() if self.cells else None,
        }

    def as_text(self, max_problems: int = 40) -> str:
        lines = [
            f"{self.file} [{self.sheet}]: {self.rows_read} rows read; observations: "
            f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        ]
        if len(self.sheets) > 1:
            lines += [
                f"  sheet {s['sheet']}: {s['observations']} observations, {s['problems']} problems"
                for s in self.sheets
            ]
        if self.already_imported:
            lines.append(f"this file was imported before: {self.already_imported}")
        if self.doubts:
            lines.append(f"refused: the mapping looks wrong ({len(self.doubts)} reason(s)):")
            lines += [f"  {d}" for d in self.doubts]
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
        if self.cells:
            lines.append(self.cells.as_text())
        return "\n".join(lines)


def is_sheet_pattern(text: str) -> bool:
    """Whether a sheet name given by the user is a shell-style pattern ('*', '[0-9]*')."""
    return any(ch in text for ch in "*?[")


def plan_import(
    path: str | Path,
    sheet: str | None = None,
    recipe: Recipe | None = None,
    measure: str | None = None,
    progress: Progress | None = None,
    periods: str | None = None,
    incomplete_years: str | None = None,
    places: Collection[str] = (),
) -> ImportPlan:
    """Read a workbook and map its table to records (nothing is written).

    Without ``sheet``, the first sheet holding a table that maps completely is used. A
    ``sheet`` (or a recipe's sheet) that is a pattern ('*', '[0-9]*') reads every matching
    sheet with one recipe (:func:`plan_sheets`); without a recipe, the one proposed for the
    first matching sheet that maps completely.

    Parameters
    ----------
    periods, incomplete_years : str, optional
        How years are formed from months or quarters (recipe fields of the same names);
        they override the recipe's.
    places : collection of str, optional
        The project's regions, so that block headings naming them are read as regions.

    Raises
    ------
    WorkbookError
        For files that cannot be read (see :mod:`desktop_app.io.workbook`).
    NothingToImportError
        When no sheet holds a table, naming each sheet and why.
    PeriodRuleNeeded
        When the labels are months or quarters and no rule says how to form years.
    """
    overrides = {
        k: v for k, v in (("periods", periods), ("incomplete_years", incomplete_years)) if v
    }
    if recipe is not None and overrides:
        recipe = dataclasses.replace(recipe, **overrides)
    with collection_paused():
        pattern = sheet or (recipe.sheet if recipe else "")
        if pattern and is_sheet_pattern(pattern):
            if recipe is None:
                first = _plan_import(path, pattern, None, measure, progress, overrides, places)
                recipe = dataclasses.replace(first.recipe, sheet=pattern)
                plan = plan_sheets(path, recipe, pattern, progress)
                plan.scale_from = first.scale_from
                return plan
            return plan_sheets(path, recipe, pattern, progress)
        return _plan_import(path, sheet, recipe, measure, progress, overrides, places)


def _plan_import(path, sheet, recipe, measure, progress, overrides, places) -> ImportPlan:
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(0.0, Text("Reading {file}", file=path.name))
    with open_workbook(path) as book:
        names = [recipe.sheet] if recipe and recipe.sheet and not sheet else None
        if names and book.format == "csv":
            # a CSV's one sheet is named after its file: a recipe made from last year's file
            # names that file, not this one (its header cells still check the layout)
            names = book.sheet_names
        names = [sheet] if sheet else names or book.sheet_names
        if len(names) == 1 and is_sheet_pattern(names[0]):
            names = fnmatch.filter(book.sheet_names, names[0])
            sheet = None  # try each matching sheet in turn
        reasons = []
        for name in names:
            if name not in book.sheet_names:
                raise NothingToImportError(Text(
                    "{name} has no sheet named {name2}",
                    name=path.name,
                    name2=f"{name!r}",
                ))
            progress.check()
            grid = book.read_sheet(name)
            tables = detect_tables(grid)
            notices = list(book.problems) + list(grid.problems)
            scale_from = None
            if recipe is not None:
                table = table_at(tables, recipe.first_data_row - 1)
                extraction = apply_recipe(grid, recipe, table)
                used = recipe
            else:
                if not tables:
                    reasons.append(f"{name}: no table of numbers found")
                    continue
                table = tables[0]
                used = auto_recipe(grid, table, measure=measure or "", places=places)
                used = dataclasses.replace(used, **overrides)
                gaps = missing_roles(used)
                if gaps:
                    reasons.append(explain_gaps(grid, table, gaps))
                    continue
                try:
                    extraction = apply_recipe(grid, used, table)
                except PeriodRuleNeeded as exc:
                    if sheet is not None:
                        raise
                    reasons.append(str(exc))
                    continue
                found = scale_word(grid, table)
                if found:
                    scale_from = Problem(
                        grid.file,
                        name,
                        found.cell,
                        Text('scale {scale}, from "{text}"', scale=found.scale, text=found.text),
                        "info",
                    )
            if not extraction.records and not extraction.mismatches and sheet is None:
                reasons.append(f"{name}: no value could be read")
                continue
            progress.report(0.5, Text("{n} values read from {name}", n=Number(f"{len(extraction.records):,}"), name=name))
            doubts = _layout_doubts(grid, table, used, extraction)
            return ImportPlan(
                path,
                book.sha256,
                name,
                used,
                table,
                extraction,
                notices,
                scale_from=scale_from,
                sheet_doubts=doubts,
            )
    raise NothingToImportError(f"{path.name}: nothing to import (" + "; ".join(reasons) + ")")


def plan_sheets(
    path: str | Path,
    recipe: Recipe,
    sheets: str | list[str] = "*",
    progress: Progress | None = None,
) -> ImportPlan:
    """Read every sheet that a pattern or list names with one recipe (nothing is written).

    This is "apply to all sheets like this one": a sheet whose header does not match the
    recipe's ``expect`` (or whose region the recipe cannot read) is left out and listed with
    the reason. The sheets read make one plan, committed as one batch. An observation that
    two sheets both give is ambiguous and left out from both.

    Raises
    ------
    NothingToImportError
        When no sheet matches, naming each and why.
    """
    progress = progress or NullProgress()
    path = Path(path)
    with collection_paused(), open_workbook(path) as book:
        names = (
            fnmatch.filter(book.sheet_names, sheets) if isinstance(sheets, str) else list(sheets)
        )
        if not names:
            raise NothingToImportError(Text(
                "{name}: no sheet's name matches {sheets}",
                name=path.name,
                sheets=f"{sheets!r}",
            ))
        notices = list(book.problems)
        read: list[Extraction] = []
        doubts: list[Doubt] = []
        left_out: list[str] = []
        first_table = None
        for k, name in enumerate(names):
            if name not in book.sheet_names:
                raise NothingToImportError(Text(
                    "{name} has no sheet named {name2}",
                    name=path.name,
                    name2=f"{name!r}",
                ))
            progress.check()
            progress.report(k / len(names), Text("Reading {file}", file=name))
            grid = book.read_sheet(name)
            table = table_at(detect_tables(grid), recipe.first_data_row - 1)
            extraction = apply_recipe(grid, recipe, table)
            if extraction.mismatches:
                reason = "; ".join(str(m) for m in extraction.mismatches[:3])
                left_out.append(f"{name}: {reason}")
                notices.append(Problem(grid.file, name, None, Text(
                    "left out: {reason}",
                    reason=reason,
                ), "warning"))
                continue
            notices.extend(grid.problems)
            read.append(extraction)
            doubts.extend(_layout_doubts(grid, table, recipe, extraction))
            first_table = first_table or table
        if not read:
            raise NothingToImportError(
                f"{path.name}: no sheet matches the recipe (" + "; ".join(left_out) + ")"
            )
        _drop_clashes(read, path.name)
        combined = Extraction(
            ", ".join(e.sheet for e in read),
            [r for e in read for r in e.records],
            [p for e in read for p in e.problems],
            sum(e.rows_read for e in read),
            cells=sum((e.cells for e in read), CellCounts())
            if all(e.cells for e in read)
            else None,
        )
        label = sheets if isinstance(sheets, str) else ", ".join(names)
        return ImportPlan(
            path,
            book.sha256,
            label,
            recipe,
            first_table,
            combined,
            notices,
            sheets=read,
            sheet_doubts=doubts,
        )


def _drop_clashes(read: list[Extraction], file: str) -> None:
    """Leave out the observations that two sheets both give (region, industry, measure,
    year), reporting each with the other cells: which sheet is right cannot be told."""
    seen: dict[tuple, list[tuple[int, str]]] = {}
    for k, e in enumerate(read):
        for rec in e.records:
            seen.setdefault(rec[:4], []).append((k, rec.cell))
    clashes = {key: where for key, where in seen.items() if len({k for k, _ in where}) > 1}
    if not clashes:
        return
    for k, e in enumerate(read):
        kept = []
        dropped_cells = 0
        for rec in e.records:
            where = clashes.get(rec[:4])
            if where is None:
                kept.append(rec)
                continue
            dropped_cells += len(e.cells_of(rec))
            others = ", ".join(f"{read[j].sheet}!{cell}" for j, cell in where if j != k)
            e.problems.append(
                Problem(
                    file,
                    e.sheet,
                    rec.cell,
                    Text(
                        "{names} is also given by {others}; ambiguous, not imported",
                        names=' / '.join(map(str, rec[:4])),
                        others=others,
                    ),
                    "error",
                )
            )
        e.records[:] = kept
        if e.cells is not None:  # their value cells are now explained (the problem above)
            c = e.cells
            e.cells = CellCounts(c.read, c.used - dropped_cells, c.explained + dropped_cells)


def _layout_doubts(
    grid: Grid, table: DetectedTable | None, recipe: Recipe, extraction: Extraction
) -> list[Doubt]:
    """What the sheet's layout says against the mapping (none while the recipe does not fit)."""
    if extraction.mismatches:
        return []
    return sheet_doubts(grid, table, recipe, extraction.records)


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
            progress.report(k / max(len(book.sheets), 1), Text("Reading {sheet}", sheet=info.name))
            grid = book.read_sheet(info.name, max_rows=preview_rows)
            found = bool(detect_tables(grid))
            sheets.append(SheetPreview(info.name, info.visible, grid.rows, found))
        progress.report(1.0, Text("{n} sheet(s) read", n=Number(f"{len(sheets):,}")))
        return WorkbookOverview(path, book.sha256, book.format, sheets, list(book.problems))


def read_sheet(
    path: str | Path, sheet: str, measure: str = "", progress: Progress | None = None
) -> SheetLayout:
    """Read one sheet in full, find its tables and propose a recipe for each."""
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(None, Text("Reading {sheet}", sheet=sheet))
    with collection_paused():
        with open_workbook(path) as book:
            if sheet not in book.sheet_names:
                raise NothingToImportError(Text(
                    "{name} has no sheet named {sheet}",
                    name=path.name,
                    sheet=f"{sheet!r}",
                ))
            grid = book.read_sheet(sheet)
            notices = list(book.problems) + list(grid.problems)
            sha = book.sha256
        progress.check()
        progress.report(None, Text("Finding the tables on {sheet}", sheet=sheet))
        tables = detect_tables(grid)
        recipes = [auto_recipe(grid, t, measure=measure) for t in tables]
    progress.report(1.0, Text("{n} table(s) on {sheet}", n=Number(f"{len(tables):,}"), sheet=sheet))
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
        sheet_doubts=_layout_doubts(layout.grid, table, recipe, extraction),
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
    sheets = [
        {
            "sheet": e.sheet,
            "observations": len(e.records),
            "problems": sum(1 for p in e.problems if p.severity in ("error", "warning")),
        }
        for e in plan.per_sheet
    ]
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
        sheets,
        plan.extraction.cells,
    )


@dataclass
class CheckedImport:
    """Everything shown before an import, the same on the command line and in the wizard.

    ``doubts`` are all the implausible mappings found, those the recipe accepts included
    (the report holds the open ones); ``aliases`` are the labels matched to project entries.
    """

    plan: ImportPlan
    matches: list[LabelMatch]
    aliases: dict[tuple[str, str], int]
    report: ImportReport
    doubts: list[Doubt]
    preview: Preview

    def open_doubts(self) -> list[Doubt]:
        """The doubts the plan's recipe does not accept (it may have changed since)."""
        return open_doubts(self.doubts, self.plan.recipe)

    @property
    def can_commit(self) -> bool:
        """Values to write, a recipe that fits the file, and no doubt left open."""
        plan = self.plan
        return bool(plan.records) and not plan.extraction.mismatches and not self.open_doubts()


def check_import(
    db: sqlite_utils.Database,
    plan: ImportPlan,
    aliases: dict[tuple[str, str], int] | None = None,
) -> CheckedImport:
    """Labels to match, the report, the implausible mappings and the preview of a plan.

    Parameters
    ----------
    aliases : dict, optional
        (kind, label) -> id chosen by the user; without it, the labels that name a project
        entry by its code or an alias (:func:`match_labels_to_project`) are taken.
    """
    matches = match_labels_to_project(db, plan)
    if aliases is None:
        aliases = {(m.kind, m.label): m.target_id for m in matches if m.target_id is not None}
    report = validate(db, plan, aliases)
    doubts = plan.sheet_doubts + label_doubts(
        plan.sheet,
        plan.recipe,
        plan.records,
        _project_labels(db, "region"),
        _project_labels(db, "industry"),
    )
    report.doubts = open_doubts(doubts, plan.recipe)
    preview = preview_records(plan.records, plan.recipe.measure or "value")
    return CheckedImport(plan, matches, aliases, report, doubts, preview)


def _project_labels(db: sqlite_utils.Database, kind: str) -> set[str]:
    """The project's codes, names and aliases of one kind, folded for comparing."""
    texts = {t for e in classifications.list_all(db, kind) for t in (e.code, e.name) if t}
    texts |= set(classifications.aliases(db, kind))
    return {fold_label(t) for t in texts}


def commit_checked(
    db: sqlite_utils.Database,
    checked: CheckedImport,
    on_changed: str = "replace",
    keep_cells: set[str] | None = None,
    progress: Progress | None = None,
    recipe_to_save: Recipe | None = None,
) -> int:
    """Write a checked plan as one import batch (with the recipe to keep, in the same
    transaction); refuse while a doubt is open or nothing can be written.

    Raises
    ------
    ImplausibleImportError
        When a doubt is neither settled nor accepted (``recipe.accept``).
    NothingToImportError
        When no value could be read, or the recipe no longer matches the file.
    """
    remaining = checked.open_doubts()
    if remaining:
        raise ImplausibleImportError(remaining)
    plan = checked.plan
    if not plan.records and not plan.extraction.mismatches:
        raise NothingToImportError(Text(
            "{name} [{sheet}]: no value could be read",
            name=plan.path.name,
            sheet=plan.sheet,
        ))
    if recipe_to_save is None:
        return commit_import(db, plan, on_changed, keep_cells, progress, checked.aliases)
    # the recipe in the batch's transaction: the batch's becomes a savepoint in it, whose
    # statement journal SQLite keeps in a temporary file, so only when there is a recipe
    with import_transaction(db):
        batch_id = commit_import(db, plan, on_changed, keep_cells, progress, checked.aliases)
        save_recipe(db, recipe_to_save)
    return batch_id


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
            sheets=json.dumps([e.sheet for e in plan.per_sheet], ensure_ascii=False),
            period_rule=_period_rule(plan),
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
        done = 0
        for part in plan.per_sheet:  # each sheet written with its name
            with BatchWriter(db, batch_id, part.sheet, in_key_order=True) as writer:
                for start in range(0, len(part.records), CHUNK):
                    progress.check()
                    chunk = part.records[start : start + CHUNK]
                    done += len(chunk)
                    if keeping:
                        chunk = [
                            r for r in chunk if not _kept(r, ids, stored, on_changed, keep_cells)
                        ]
                    # the written columns in one flat list; the writer replaces labels by ids
                    writer.add_columns(
                        list(itertools.chain.from_iterable(map(_FLAT_FIELDS, chunk))), ids
                    )
                    progress.report(min(0.8, 0.8 * done / max(n, 1)), Text("Writing"))
                for (kind, _label), target in (aliases or {}).items():
                    writer.references("regions" if kind == "region" else "industries", [target])
                try:
                    writer.finish(progress.cancelled)
                except sqlite3.OperationalError as exc:
                    if progress.cancelled():
                        raise Cancelled() from exc
                    raise
        reevaluate_signposts(db, "import", batch_id)
        progress.report(1.0, Text("written"))
        progress.check()
    return batch_id


def undo_batch(db: sqlite_utils.Database, batch_id: int) -> int:
    """Take a batch back out (values it replaced come back) and read the signposts again, in
    one transaction; returns the number of values removed or put back."""
    with db.atomic():
        touched = undo_stored_batch(db, batch_id)
        reevaluate_signposts(db, "undo", batch_id)
    return touched


def _period_rule(plan: ImportPlan) -> str | None:
    """How the batch formed years from months or quarters ('mean; incomplete years flagged'),
    or None when its values were read by year."""
    if not plan.recipe.periods or not any(e.sources for e in plan.per_sheet):
        return None
    incomplete = {"flag": "flagged", "drop": "left out"}[plan.recipe.incomplete_years]
    return f"{plan.recipe.periods}; incomplete years {incomplete}"


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
        *(
            (
                ("Cells read", report.cells.read),
                ("Cells used", report.cells.used),
                ("Cells explained", report.cells.explained),
            )
            if report.cells
            else ()
        ),
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
