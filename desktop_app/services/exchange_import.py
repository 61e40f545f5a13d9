"""Anticipa's own workbooks coming back: a tidy exchange workbook or a filled template.

Neither needs a mapping step. :func:`layout_of` tells them from other workbooks by their sheets
and header rows, as :mod:`desktop_app.io.export_tidy` and :mod:`desktop_app.io.export_template`
write them. :func:`import_exchange` checks the whole file first and then writes it as ONE import
batch in ONE transaction: regions and industries (names, parents, levels or systems, aliases),
measures with units, and every value with its flag; the batch keeps the file's name and SHA-256,
each value the sheet and cell it was read from; scenario studies come in as in a merge
(:mod:`desktop_app.services.merge_studies`); then the signposts are read again (what changed is
recorded) and the Signposts, Radar and Experiments sheets are stored by name. A value the
project already holds unchanged is left alone (it keeps its batch); a changed one is replaced or
kept, as with :func:`desktop_app.services.importing.commit_import`. Any error in the file (a
value that is not a number, a missing column, a unit that differs from the project's, a signpost
on a variant its study does not have) stops the import with nothing written, and is named by
file, sheet and cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.errors import UserError
from desktop_app.io.cells import a1
from desktop_app.io.export_template import TEMPLATE_COLUMNS
from desktop_app.io.export_tidy import (
    DATA_COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    TIDY_SHEETS,
    ClassificationEntry,
    TidyRead,
    read_tidy_grids,
)
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.services.importing import Change, ImportReport
from desktop_app.services.merge_options import EFFECT_ON_ANOTHER_STUDY, bring_options
from desktop_app.services.merge_studies import bring_studies
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.signals import reevaluate as reevaluate_signposts
from desktop_app.services.signals_exchange import store_records
from desktop_app.store import batches, classifications, measures
from desktop_app.store.observation_writer import (
    CHANGED,
    NEW,
    UNCHANGED,
    BatchWriter,
    NewObservation,
    StoredValues,
)
from desktop_app.store.sql import atomic
from desktop_app.texts import Number, Text, joined

__all__ = [
    "EXCHANGE",
    "TEMPLATE",
    "ExchangeError",
    "ExchangeResult",
    "import_exchange",
    "layout_of",
    "layout_of_overview",
    "recognise",
]

EXCHANGE = "exchange"
TEMPLATE = "template"
LAYOUT_TITLES = {EXCHANGE: "Anticipa exchange workbook", TEMPLATE: "filled collection template"}

#: The header each sheet of an exchange workbook must hold (any order, case ignored).
_EXCHANGE_HEADERS = {
    "data": DATA_COLUMNS,
    "regions": ("code", "name", "parent", "level", "aliases"),
    "industries": ("code", "name", "parent", "system", "aliases"),
    "measures": ("code", "name", "unit", "description"),
}
#: The header rows that make a workbook a collection template.
_TEMPLATE_HEADERS = {"data": TEMPLATE_COLUMNS[:6], "codes": ("region", "name")}
_PREVIEW_ROWS = 20
_CHUNK = 5000
_MAX_LISTED = 10


class ExchangeError(UserError):
    """An exchange workbook or template that cannot be imported as it is; nothing was written.

    ``problems`` holds every place found; the message names the file, and the sheet and cell of
    the first ones.
    """

    def __init__(self, file: str, problems: Sequence[Problem]):
        self.file = file
        self.problems = list(problems)
        lines = [_describe(p) for p in self.problems[:_MAX_LISTED]]
        if len(self.problems) > _MAX_LISTED:
            lines.append(Text("... and {n} more", n=len(self.problems) - _MAX_LISTED))
        if len(lines) == 1:
            super().__init__(Text("{problem}; nothing was imported", problem=lines[0]))
        else:
            super().__init__(
                Text(
                    "{file}: nothing was imported:\n  {problems}",
                    file=file,
                    problems=joined("\n  ", lines),
                )
            )


def _describe(p: Problem) -> Text:
    place = [p.file]
    if p.sheet:
        place.append(Text("sheet {sheet}", sheet=p.sheet))
    if p.cell:
        place.append(Text("cell {cell}", cell=p.cell))
    return Text("{place}: {reason}", place=joined(", ", place), reason=p.reason)


@dataclass
class ExchangeResult:
    """What an exchange import found and did; ``report`` is in the import service's shape."""

    layout: str
    report: ImportReport
    sha256: str
    batch_id: int | None = None
    kept: int = 0
    not_filled: int = 0
    added: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    #: Judgements (and descriptor roles or weights, variant effects and shocks) of a study both
    #: hold that the file gives otherwise: replaced or kept.
    judgements: dict[str, int] = field(default_factory=lambda: {"replaced": 0, "kept": 0})
    #: Signposts and radar signals on a study this project does not hold, left out.
    left_out: list[str] = field(default_factory=list)
    #: Measures the project holds that the file marks otherwise as held per job (or not):
    #: replaced or kept, as changed values are.
    per_job: dict[str, int] = field(default_factory=lambda: {"replaced": 0, "kept": 0})

    def as_dict(self) -> dict:
        return self.report.as_dict() | {
            "left_out": list(self.left_out),
            "layout": self.layout,
            "batch": self.batch_id,
            "dry_run": self.dry_run,
            "kept": self.kept,
            "not_filled": self.not_filled,
            "added": dict(self.added),
            "judgements": dict(self.judgements),
            "per_job": dict(self.per_job),
        }

    def as_text(self) -> str:
        lines = [f"{LAYOUT_TITLES[self.layout]}, no mapping needed", self.report.as_text()]
        added = ", ".join(f"{n} {kind}" for kind, n in self.added.items() if n)
        if added:
            lines.append(f"added {added}")
        if self.kept:
            lines.append(f"{self.kept} changed value(s) kept as the project had them")
        if any(self.judgements.values()):
            lines.append(
                f"judgements, descriptor roles or variant effects the file gives otherwise: "
                f"{self.judgements['replaced']} replaced, {self.judgements['kept']} kept"
            )
        if any(self.per_job.values()):
            lines.append(
                f"measures the file marks otherwise as held per job: "
                f"{self.per_job['replaced']} replaced, {self.per_job['kept']} kept"
            )
        if self.not_filled:
            lines.append(f"{self.not_filled} template row(s) left empty, skipped")
        if self.left_out:
            lines.append(f"{len(self.left_out)} row(s) on scenario studies this project does not "
                         "hold, left out:")
            lines += [f"  {text}" for text in self.left_out[:10]]
        if self.dry_run:
            lines.append("(dry run: nothing written)")
        elif self.batch_id:
            lines.append(f"written as import batch {self.batch_id}")
        elif not (
            self.added.get("scenario studies")
            or self.added.get("scenario experts")
            or self.judgements["replaced"]
        ):
            lines.append("nothing written: no new or changed values")
        return "\n".join(lines)


# -- recognising the layout -------------------------------------------------------------------


def layout_of(sheet_names: Sequence[str], first_rows: Callable[[str], list[list]]) -> str | None:
    """:data:`EXCHANGE`, :data:`TEMPLATE` or ``None``, from the sheet names and first rows.

    An exchange workbook says so on its About sheet (format 'Anticipa tidy exchange'), or, if
    that sheet was removed, has Data, Regions, Industries and Measures sheets with their header
    rows. A template has a Data sheet headed region, industry, measure, year, value, flag and a
    Codes sheet of lists. ``first_rows(name)`` is asked only for the sheets that decide.
    """
    names = {n.strip().casefold(): n for n in sheet_names}
    if "data" not in names:
        return None
    if "about" in names and _about(first_rows(names["about"])).get("format") == FORMAT_NAME:
        return EXCHANGE
    for layout, headers in ((EXCHANGE, _EXCHANGE_HEADERS), (TEMPLATE, _TEMPLATE_HEADERS)):
        if all(key in names for key in headers) and all(
            not _missing(first_rows(names[key]), header) for key, header in headers.items()
        ):
            return layout
    return None


def layout_of_overview(overview) -> str | None:
    """The layout of a workbook whose sheet previews were read (a ``WorkbookOverview``)."""
    previews = {s.name: s.rows for s in overview.sheets}
    return layout_of(list(previews), previews.__getitem__)


def recognise(path: str | Path) -> str | None:
    """The layout of the workbook at ``path`` (reading only the first rows of a few sheets)."""
    with open_workbook(path) as book:
        return layout_of(
            book.sheet_names, lambda name: book.read_sheet(name, max_rows=_PREVIEW_ROWS).rows
        )


def _header(rows: list[list]) -> list[str]:
    return [str(v).strip().casefold() for v in (rows[0] if rows else [])]


def _missing(rows: list[list], expected: Sequence[str]) -> list[str]:
    found = set(_header(rows))
    return [c for c in expected if c not in found]


def _about(rows: list[list]) -> dict[str, object]:
    return {str(r[0]).strip().casefold(): r[1] for r in rows if len(r) >= 2 and r[0]}


# -- checking the file ------------------------------------------------------------------------


@dataclass
class _File:
    """The workbook read and checked: its layout, grids and tidy content."""

    path: Path
    sha256: str
    layout: str
    grids: dict[str, Grid]
    tidy: TidyRead


def _read(path: Path, progress: Progress) -> _File:
    progress.report(None, Text("Reading {file}", file=path.name))
    with open_workbook(path) as book:
        names = {n.strip().casefold(): n for n in book.sheet_names}
        grids = {}
        for key in TIDY_SHEETS:
            if key in names:
                progress.check()
                grids[key] = book.read_sheet(names[key])
        sha = book.sha256
    layout = layout_of(
        [g.sheet for g in grids.values()], lambda n: grids[n.strip().casefold()].rows
    )
    if layout is None:
        raise ExchangeError(
            path.name,
            [
                Problem(
                    path.name,
                    None,
                    None,
                    Text(
                        "not an Anticipa exchange workbook or collection template (no About sheet "
                        "naming the format, no Data sheet with the exchange or template columns)",
                    ),
                    "error",
                )
            ],
        )
    problems = _layout_problems(path.name, layout, grids)
    if problems:
        raise ExchangeError(path.name, problems)
    progress.check()
    tidy = read_tidy_grids(grids)
    problems = [p for g in grids.values() for p in g.problems if p.severity == "error"]
    problems += [
        Problem(p.file, p.sheet, p.cell, p.reason.removesuffix("; row skipped"), "error")
        for p in tidy.problems
    ]
    problems += _duplicates(grids["data"], tidy)
    if problems:
        raise ExchangeError(path.name, problems)
    return _File(path, sha, layout, grids, tidy)


def _layout_problems(file: str, layout: str, grids: dict[str, Grid]) -> list[Problem]:
    """Sheets or columns that the layout needs and the file lacks; a newer format version."""
    out = []
    headers = _EXCHANGE_HEADERS if layout == EXCHANGE else _TEMPLATE_HEADERS
    for key, expected in headers.items():
        grid = grids.get(key)
        if grid is None:
            out.append(Problem(file, None, None, Text(
                "the sheet {title} is missing",
                title=key.title(),
            ), "error"))
            continue
        missing = _missing(grid.rows, expected)
        if missing:
            width = max(len(grid.rows[0]) if grid.rows else 1, 1)
            out.append(
                Problem(
                    file,
                    grid.sheet,
                    f"A1:{a1(0, width - 1)}",
                    Text(
                        "column(s) {names} missing from the header row, which must name {names2}",
                        names=', '.join(missing),
                        names2=', '.join(expected),
                    ),
                    "error",
                )
            )
    if layout == EXCHANGE and "about" in grids:
        version = _about(grids["about"].rows).get("version")
        if isinstance(version, int | float) and version > FORMAT_VERSION:
            out.append(
                Problem(
                    file,
                    grids["about"].sheet,
                    None,
                    Text(
                        "format version {version} was written by a newer Anticipa; this one reads "
                        "version {format_version}",
                        version=int(version),
                        format_version=FORMAT_VERSION,
                    ),
                    "error",
                )
            )
    return out


def _duplicates(grid: Grid, tidy: TidyRead) -> list[Problem]:
    seen: dict[tuple, str] = {}
    out = []
    for row, cell in zip(tidy.rows, tidy.value_cells, strict=True):
        key = row[:4]
        if key in seen:
            out.append(
                Problem(
                    grid.file,
                    grid.sheet,
                    cell,
                    Text(
                        "{names} is also given by {seen}; which one holds?",
                        names=' / '.join(map(str, key)),
                        seen=seen[key],
                    ),
                    "error",
                )
            )
        else:
            seen[key] = cell
    return out


# -- writing ----------------------------------------------------------------------------------


def import_exchange(
    db: sqlite_utils.Database,
    path: str | Path,
    on_changed: str = "replace",
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ExchangeResult:
    """Import an exchange workbook or a filled template as one batch in one transaction.

    Parameters
    ----------
    on_changed : {'replace', 'keep'}
        What to do with values that differ from the project's.
    dry_run : bool
        Do everything, report it, then roll it back.
    progress : Progress, optional
        Checked between chunks; a cancel leaves nothing behind.

    Raises
    ------
    ExchangeError
        The file is not one of Anticipa's layouts, or holds errors (named by sheet and cell).
    desktop_app.io.workbook.WorkbookError
        The file cannot be read as a workbook.
    """
    if on_changed not in ("replace", "keep"):
        raise ValueError("on_changed must be 'replace' or 'keep'")
    progress = progress or NullProgress()
    file = _read(Path(path), progress.sub(0.0, 0.4))
    with atomic(db, dry_run):
        result = _write(db, file, on_changed, progress.sub(0.4, 1.0))
    if dry_run:
        result.dry_run = True
        result.batch_id = None
    progress.report(1.0, Text("done"))
    return result


def _write(db, file: _File, on_changed: str, progress: Progress) -> ExchangeResult:
    content = file.tidy.content
    rows = file.tidy.rows
    data = file.grids["data"]
    previous = batches.find_by_hash(db, file.sha256)
    added = {}
    progress.report(0.0, Text("regions and industries"))
    if file.layout == EXCHANGE:
        region_ids, added["regions"] = _store_entries(db, "region", content.regions, file)
        industry_ids, added["industries"] = _store_entries(db, "industry", content.industries, file)
    else:
        region_ids, added["regions"] = _template_labels(db, "region", content.regions, rows, 0)
        industry_ids, added["industries"] = _template_labels(
            db, "industry", content.industries, rows, 1
        )
    per_job = {"replaced": 0, "kept": 0}
    measure_ids, added["measures"] = _store_measures(db, file, on_changed, per_job)
    progress.check()

    filled = [
        (row, cell)
        for row, cell in zip(rows, file.tidy.value_cells, strict=True)
        if file.layout == EXCHANGE or row[4] is not None or row[5] is not None
    ]
    stored = StoredValues(db)
    counts = {NEW: 0, CHANGED: 0, UNCHANGED: 0, "kept": 0}
    changes: list[Change] = []
    todo: list[NewObservation] = []
    for (region, industry, measure, year, value, flag, *_), cell in filled:
        obs = NewObservation(
            region_ids[region],
            industry_ids[industry],
            measure_ids[measure],
            year,
            value,
            flag,
            data.sheet,
            cell,
        )
        status, old = stored.compare_observation(obs)
        counts[status] += 1
        if status == UNCHANGED:
            continue
        if status == CHANGED:
            changes.append(Change(region, industry, measure, year, old[0], value, cell))
            if on_changed == "keep":
                counts["kept"] += 1
                continue
        todo.append(obs)

    batch_id = None
    if todo:
        batch_id = batches.create_batch(
            db,
            "import",
            label=f"{file.path.name} [{data.sheet}]",
            file_name=file.path.name,
            file_sha256=file.sha256,
            sheet=data.sheet,
        )
        with BatchWriter(db, batch_id, data.sheet) as writer:
            for start in range(0, len(todo), _CHUNK):
                progress.check()
                writer.add(todo[start : start + _CHUNK])
                progress.report(
                    min(1.0, (start + _CHUNK) / len(todo)), Text("{n} values written", n=Number(f"{start + _CHUNK:,}"))
                )
            writer.finish()
        reevaluate_signposts(db, "import", batch_id)
    progress.check()
    judgements = {"replaced": 0, "kept": 0}
    if content.studies:
        bring_studies(
            db,
            content.studies,
            file.path.name,
            _study_policy(file, on_changed, judgements),
            added,
        )
    effects_left_out: list[Problem] = []
    if content.options:
        bring_options(db, content.options, file.path.name,
                      _options_policy(file, on_changed, added, effects_left_out), added)
    # after the studies: a signpost may be on a study that came with the file
    signals_stored, not_stored = store_records(db, file.tidy.signals, file.path.name)
    refused = [p for p in not_stored if p.severity == "error"]
    if refused:
        raise ExchangeError(file.path.name, refused)
    added.update({kind: n for kind, n in signals_stored.items() if n})
    left_out = [_describe(p) for p in (*effects_left_out, *not_stored) if p.severity != "error"]
    report = ImportReport(
        file.path.name,
        data.sheet,
        len(rows),
        counts[NEW],
        counts[CHANGED],
        counts[UNCHANGED],
        0,
        [],
        changes,
        f"batch {previous.id} on {previous.created_at}" if previous else None,
    )
    return ExchangeResult(
        file.layout,
        report,
        file.sha256,
        batch_id,
        counts["kept"],
        len(rows) - len(filled),
        added,
        judgements=judgements,
        left_out=left_out,
        per_job=per_job,
    )


def _study_policy(file: _File, on_changed: str, judgements: dict[str, int]):
    """How the file's studies meet the project's: a judgement or a descriptor's role or weight
    follows ``on_changed``; a study of the same name with other descriptors stops the import,
    its row named."""

    def decide(kind: str, key: str, ours: str, theirs: str, source: str) -> bool:
        if kind != "scenario study":  # a judgement, a role or weight, effects and shocks
            take = on_changed == "replace"
            judgements["replaced" if take else "kept"] += 1
            return take
        grid = file.grids["scenario studies"]
        row = next(
            (r for r, values in enumerate(grid.rows) if values and str(values[0]).strip() == key),
            0,
        )
        raise ExchangeError(
            file.path.name,
            [
                Problem(
                    file.path.name,
                    grid.sheet,
                    a1(row, 0),
                    Text(
                        "the project has a study named {key} with other descriptors or variants "
                        "(the project: {ours}; the file: {theirs}); rename it in the file to "
                        "import it beside the project's",
                        key=f"{key!r}",
                        ours=ours,
                        theirs=theirs,
                    ),
                    "error",
                )
            ],
        )

    return decide


#: The count of option targets an exchange import could not place.
TARGETS_LEFT_OUT = "option targets left out (not in the registers)"


def _options_policy(file: _File, on_changed: str, added: dict[str, int],
                    left_out: list[Problem]):
    """How the file's policy options meet the project's: a differing option, outcome or effect
    follows ``on_changed``; a target the project's registers lack is left out and counted (the
    workbook carries no competency register); an effect on a study the project lacks is left
    out with a warning naming its row (as a signpost on such a study is); a scenario or variant
    the project's study lacks stops the import with the row that names it."""

    def row_of(key: str) -> tuple[str, str]:
        """The sheet and first cell of the effects naming the key's option and study (the key
        begins "option / study / "; either name may hold " / " itself)."""
        grid = file.grids["policy option effects"]
        row = next((r for r, values in enumerate(grid.rows)
                    if r and len(values) > 1 and key.startswith(
                        f"{str(values[0]).strip()} / {str(values[1]).strip()} / ")), 0)
        return grid.sheet, a1(row, 0)

    def decide(kind: str, key: str, ours: str, theirs: str, source: str) -> bool:
        if kind == "option target":
            added[TARGETS_LEFT_OUT] = added.get(TARGETS_LEFT_OUT, 0) + 1
            return False
        if kind == EFFECT_ON_ANOTHER_STUDY:
            left_out.append(Problem(file.path.name, *row_of(key),
                                    Text("{key}: {theirs}", key=key, theirs=theirs), "warning"))
            return False
        if kind != "option effect" or ours:
            return on_changed == "replace"
        raise ExchangeError(file.path.name, [Problem(
            file.path.name, *row_of(key),
            Text("{key}: {theirs}; add it to the project first (or remove the row)", key=key,
                 theirs=theirs),
            "error")])

    return decide


def _store_entries(
    db, kind: str, entries: Sequence[ClassificationEntry], file: _File
) -> tuple[dict[str, int], int]:
    """Regions or industries of an exchange workbook, found or added by code; returns the ids.

    An entry the project holds keeps its name; the file's name and aliases become aliases.
    A parent is set where the project has none. Codes used in Data but not listed are added.
    """
    known = {c.code: c for c in classifications.list_all(db, kind)}
    ids = {code: c.id for code, c in known.items()}
    added = 0
    for e in entries:
        if e.code not in ids:
            extra = {"level": e.level} if kind == "region" else {"system": e.system}
            ids[e.code] = classifications.ensure(db, kind, e.code, e.name, **extra)
            added += 1
    sheet = file.grids["regions" if kind == "region" else "industries"]
    problems = []
    for e in entries:
        classifications.add_alias(db, kind, e.name, ids[e.code])
        for alias in e.aliases:
            classifications.add_alias(db, kind, alias, ids[e.code])
        if not e.parent:
            continue
        parent = ids.get(e.parent)
        if parent is None:
            problems.append(
                Problem(
                    file.path.name,
                    sheet.sheet,
                    _cell_of(sheet, e.code, "parent"),
                    Text(
                        "parent {parent} of {code} is not a {kind} of the workbook or the project",
                        parent=f"{e.parent!r}",
                        code=e.code,
                        kind=kind,
                    ),
                    "error",
                )
            )
        elif e.code not in known or known[e.code].parent_id is None:
            classifications.set_parent(db, kind, ids[e.code], parent)
    if problems:
        raise ExchangeError(file.path.name, problems)
    for row in file.tidy.rows:
        label = row[0 if kind == "region" else 1]
        if label not in ids:
            ids[label] = classifications.ensure(db, kind, label)
            added += 1
    return ids, added


def _template_labels(
    db, kind: str, listed: Sequence[ClassificationEntry], rows: list[tuple], index: int
) -> tuple[dict[str, int], int]:
    """Ids of a template's labels: the project's code or alias, else added with the list's name."""
    names = {e.code: e.name for e in listed}
    ids: dict[str, int] = {}
    added = 0
    for label in dict.fromkeys(r[index] for r in rows if r[4] is not None or r[5] is not None):
        found = classifications.resolve(db, kind, label)
        if found is None:
            found = classifications.ensure(db, kind, label, names.get(label))
            added += 1
        ids[label] = found
    return ids, added


def _store_measures(
    db, file: _File, on_changed: str, per_job: dict[str, int]
) -> tuple[dict[str, int], int]:
    """Measures by code (templates also by name), with units; a unit conflict is an error.

    Whether a measure is held per job comes with a new one; for one the project holds, a
    different mark follows ``on_changed`` (counted in ``per_job``), a blank leaves it.
    """
    known = {m.code: m for m in measures.list_measures(db)}
    ids: dict[str, int] = {}
    added = 0
    problems = []
    if file.layout == EXCHANGE:
        sheet, code_column = file.grids["measures"], "code"
        listed = file.tidy.content.measures
    else:  # a template's lists offer measures; only those filled in are the file's
        sheet, code_column = file.grids["codes"], "measure"
        used = {r[2] for r in file.tidy.rows}
        listed = [m for m in file.tidy.content.measures if m.code in used]
    for m in listed:
        have = known.get(m.code)
        if have is None:
            ids[m.code] = measures.ensure_measure(db, m.code, m.name, m.unit)
            if m.description:
                measures.set_description(db, ids[m.code], m.description)
            if m.per_job:
                measures.set_intensity(db, ids[m.code], True)
            added += 1
        elif m.unit and have.unit and m.unit != have.unit:
            problems.append(
                Problem(
                    file.path.name,
                    sheet.sheet,
                    _cell_of(sheet, m.code, "unit", code_column),
                    Text(
                        "the unit of {code} is {unit} here but {unit2} in the project; convert the "
                        "values or use another measure code",
                        code=m.code,
                        unit=f"{m.unit!r}",
                        unit2=f"{have.unit!r}",
                    ),
                    "error",
                )
            )
        else:
            ids[m.code] = have.id
            if m.per_job is not None and m.per_job != have.intensity:
                if on_changed == "replace":
                    measures.set_intensity(db, have.id, m.per_job)
                    per_job["replaced"] += 1
                else:
                    per_job["kept"] += 1
    if problems:
        raise ExchangeError(file.path.name, problems)
    for row in file.tidy.rows:
        code = row[2]
        if code in ids:
            continue
        found = measures.find_measure(db, code) if file.layout == TEMPLATE else known.get(code)
        if found is None:
            ids[code] = measures.ensure_measure(db, code)
            added += 1
        else:
            ids[code] = found.id
    return ids, added


def _cell_of(grid: Grid, code: str, column: str, code_column: str = "code") -> str | None:
    """The cell under the header ``column`` in the row whose ``code_column`` holds ``code``."""
    header = _header(grid.rows)
    if column not in header or code_column not in header:
        return None
    key = header.index(code_column)
    for r, row in enumerate(grid.rows[1:], start=1):
        if len(row) > key and str(row[key]).strip() == code:
            return a1(r, header.index(column))
    return None
