"""The tidy exchange workbook: every observation on one row, with classifications and sources.

This is the layout that goes between offices and comes back unchanged: a ``Data`` sheet with one
observation per row (region, industry, measure, year, value, flag and where the value was first
read), the ``Regions`` and ``Industries`` with their aliases, the ``Measures`` with units, the
``Sources`` (import batches), an ``About`` sheet and, when the project has scenario studies,
the study sheets of :mod:`desktop_app.io.exchange_studies`. :func:`write_tidy` streams rows through
openpyxl's write-only mode, so memory stays flat however many observations there are (strings
are written inline, no shared-string table grows); :func:`read_tidy` reads such a workbook back,
and also the ``Data`` sheet of a filled collection template, with every problem named by cell.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from desktop_app.errors import UserError
from desktop_app.io.cells import a1, cell_text, is_finite_number, parse_value, parse_year
from desktop_app.io.exchange_options import (
    OPTION_SHEETS,
    PortableOptions,
    read_options,
    write_options,
)
from desktop_app.io.exchange_studies import STUDY_SHEETS, PortableStudy, read_studies, write_studies
from desktop_app.io.signals_sheets import SHEETS as SIGNAL_SHEETS
from desktop_app.io.signals_sheets import SignalTables, read_signal_sheets, write_signal_sheets
from desktop_app.io.workbook import Grid, Problem, open_workbook
from desktop_app.io.xlsx_safety import (
    atomic_target,
    discard_write_only,
    neutral_properties,
    public_file_name,
    public_text,
    safe_row,
)
from desktop_app.texts import Number, Text

__all__ = [
    "DATA_COLUMNS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "TIDY_SHEETS",
    "ClassificationEntry",
    "MeasureEntry",
    "SourceEntry",
    "TidyContent",
    "TidyRead",
    "read_tidy",
    "read_tidy_grids",
    "write_tidy",
]

#: Written in About!B1 so a reader knows the workbook's layout and version.
FORMAT_NAME = "Anticipa tidy exchange"
FORMAT_VERSION = 1

#: Columns of the Data sheet, in order. A row is a tuple in this order.
DATA_COLUMNS = (
    "region",
    "industry",
    "measure",
    "year",
    "value",
    "flag",
    "source",
    "source sheet",
    "source cell",
)
#: Sheets a tidy workbook may hold (case-folded); ``codes`` is a filled template's lists.
TIDY_SHEETS = (
    "data", "regions", "industries", "measures", "sources", "about", "codes", *STUDY_SHEETS,
    *(title.casefold() for title in SIGNAL_SHEETS),
    *OPTION_SHEETS,
)
_REQUIRED = ("region", "industry", "measure", "year", "value")
_ALIAS_SEPARATOR = " | "
#: The Measures sheet's column saying whether a measure is held per job (an intensity).
PER_JOB = "held per job"
_YES_NO = {"": None, "yes": True, "no": False}
_YES_NO_TEXT = {True: "yes", False: "no"}
_CHUNK = 2000  # rows between progress reports / cancel checks


@dataclass(frozen=True)
class ClassificationEntry:
    """A region or industry: its code, name, parent's code, level or system, and aliases."""

    code: str
    name: str
    parent: str | None = None
    level: int | None = None
    system: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeasureEntry:
    code: str
    name: str
    unit: str = ""
    description: str = ""
    #: Held per job (an intensity such as a wage); None where the file does not say.
    per_job: bool | None = None


@dataclass(frozen=True)
class SourceEntry:
    """Where a group of values came from (an import batch); ``key`` is used in Data!source."""

    key: int
    kind: str
    label: str = ""
    file_name: str | None = None
    created_at: str = ""
    office: str = ""
    author: str = ""


@dataclass
class TidyContent:
    """What a tidy workbook holds. ``rows`` may be a lazy iterable (a database cursor).

    Each row is a tuple in :data:`DATA_COLUMNS` order; ``n_rows`` (when known) drives the
    progress fraction. ``selection`` describes a filter in words for the About sheet.
    """

    regions: Sequence[ClassificationEntry]
    industries: Sequence[ClassificationEntry]
    measures: Sequence[MeasureEntry]
    sources: Sequence[SourceEntry]
    rows: Iterable[tuple]
    n_rows: int | None = None
    selection: str = ""
    studies: Sequence[PortableStudy] = ()
    #: Signposts, Radar and Experiments rows by sheet title (see io.signals_sheets), to write.
    signals: Mapping[str, list[list]] = field(default_factory=dict)
    options: PortableOptions = field(default_factory=PortableOptions)


@dataclass
class TidyRead:
    """A tidy workbook read back: its content (rows as a list) and the problems found."""

    content: TidyContent
    problems: list[Problem] = field(default_factory=list)
    #: The Data cell each row's value was read from (A1), in the order of ``rows``.
    value_cells: list[str] = field(default_factory=list)
    #: The Signposts, Radar and Experiments sheets read back.
    signals: SignalTables = field(default_factory=SignalTables)

    @property
    def rows(self) -> list[tuple]:
        return self.content.rows  # type: ignore[return-value]


def write_tidy(
    target: str | Path,
    content: TidyContent,
    progress=None,
    include_authors: bool = False,
) -> int:
    """Write ``content`` as a tidy exchange workbook at ``target``; return the rows written.

    Parameters
    ----------
    target : path
        The .xlsx to write. It appears only once complete (see :func:`atomic_target`).
    content : TidyContent
    progress : object with ``report(fraction, text)`` and ``check()``, optional
        Receives progress; ``check()`` raising (a cancel) stops the export and leaves nothing
        at ``target``.
    include_authors : bool
        Write the user names recorded with each source (off by default).
    """
    with atomic_target(target) as temp:
        wb = Workbook(write_only=True)
        try:
            neutral_properties(wb, "Anticipa data export")
            written = _write_data(wb, content, progress)
            _write_classifications(wb, "Regions", content.regions, "level")
            _write_classifications(wb, "Industries", content.industries, "system")
            _write_measures(wb, content.measures)
            _write_sources(wb, content.sources, include_authors)
            if content.studies:
                write_studies(wb, content.studies)
            write_signal_sheets(wb, content.signals)
            if content.options:
                write_options(wb, content.options)
            _write_about(wb, content, written)
            if progress is not None:
                progress.check()
                progress.report(0.99, Text("Saving the workbook"))
            wb.save(temp)
        except BaseException:
            discard_write_only(wb)
            raise
    if progress is not None:
        progress.report(1.0, Text("{n} observations exported", n=Number(f"{written:,}")))
    return written


def _write_data(wb: Workbook, content: TidyContent, progress) -> int:
    ws = wb.create_sheet("Data")
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHI", (14, 14, 16, 7, 14, 12, 8, 16, 11), strict=True):
        ws.column_dimensions[letter].width = width
    ws.append(list(DATA_COLUMNS))
    total = content.n_rows
    written = 0
    append = ws.append
    for row in content.rows:
        append(safe_row(ws, row))
        written += 1
        if progress is not None and written % _CHUNK == 0:
            progress.check()
            fraction = 0.98 * written / total if total else None
            progress.report(fraction, Text("{n} observations written", n=Number(f"{written:,}")))
    return written


def _write_classifications(wb, title, entries, extra) -> None:
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCDE", (12, 40, 12, 12, 60), strict=True):
        ws.column_dimensions[letter].width = width
    ws.append(["code", "name", "parent", extra, "aliases"])
    for e in entries:
        detail = e.level if extra == "level" else e.system
        ws.append(
            safe_row(
                ws, [e.code, e.name, e.parent, detail, _ALIAS_SEPARATOR.join(e.aliases) or None]
            )
        )


def _write_measures(wb, measures) -> None:
    ws = wb.create_sheet("Measures")
    for letter, width in zip("ABCDE", (16, 50, 18, 50, 14), strict=True):
        ws.column_dimensions[letter].width = width
    ws.append(["code", "name", "unit", "description", PER_JOB])
    for m in measures:
        ws.append(
            safe_row(
                ws,
                [m.code, m.name, m.unit or None, m.description or None, _YES_NO_TEXT.get(m.per_job)],
            )
        )


def _write_sources(wb, sources, include_authors) -> None:
    ws = wb.create_sheet("Sources")
    for letter, width in zip("ABCDEFG", (8, 10, 50, 36, 22, 18, 16), strict=True):
        ws.column_dimensions[letter].width = width
    header = ["source", "kind", "label", "file", "created", "office"]
    ws.append(header + (["author"] if include_authors else []))
    for s in sources:
        row = [
            s.key,
            s.kind,
            public_text(s.label) or None,
            public_file_name(s.file_name),
            s.created_at or None,
            s.office or None,
        ]
        if include_authors:
            row.append(s.author or None)
        ws.append(safe_row(ws, row))


def _write_about(wb, content: TidyContent, written: int) -> None:
    ws = wb.create_sheet("About")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    today = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    for key, value in (
        ("format", FORMAT_NAME),
        ("version", FORMAT_VERSION),
        ("exported", today),
        ("observations", written),
        ("selection", content.selection or "the whole project"),
        ("note", "One observation per row in Data; the source column refers to Sources."),
    ):
        ws.append(safe_row(ws, [key, value]))


# -- reading ---------------------------------------------------------------------------------


def read_tidy(path: str | Path) -> TidyRead:
    """Read a tidy exchange workbook (or a filled collection template) back.

    Only the Data sheet is required; its header row names the columns in any order (case and
    spacing do not matter), extra columns such as ``comment`` are ignored. Rows with an empty
    region, industry, measure or year are skipped with a problem naming the cell; a value cell
    holding a statistical marker ('x', '..', '(p)') keeps the marker as the flag.

    Returns
    -------
    TidyRead
        The content with ``rows`` as a list of tuples in :data:`DATA_COLUMNS` order.

    Raises
    ------
    desktop_app.io.workbook.WorkbookError
        The file is not a readable workbook.
    ValueError
        There is no Data sheet, or it lacks a required column (the message names them).
    """
    with open_workbook(path) as book:
        names = {n.casefold(): n for n in book.sheet_names}
        if "data" not in names:
            raise UserError(
                Text(
                    "{file_name}: no sheet named 'Data' (sheets: {names}).",
                    file_name=book.file_name,
                    names=', '.join(book.sheet_names),
                )
            )
        grids = {key: book.read_sheet(names[key]) for key in TIDY_SHEETS if key in names}
    return read_tidy_grids(grids)


def read_tidy_grids(grids: Mapping[str, Grid]) -> TidyRead:
    """Read the sheets of a tidy workbook already in memory (see :func:`read_tidy`).

    ``grids`` maps the case-folded names of :data:`TIDY_SHEETS` to their grids; ``data`` is
    required. A filled template's ``codes`` sheet gives the regions, industries and measures
    when the workbook has no sheets of its own for them.
    """
    problems: list[Problem] = []
    value_cells: list[str] = []
    rows = list(_data_rows(grids["data"], problems, value_cells))
    codes = _code_lists(grids.get("codes"))
    content = TidyContent(
        regions=_entries(grids.get("regions"), "level", problems)
        if "regions" in grids
        else codes["region"],
        industries=_entries(grids.get("industries"), "system", problems)
        if "industries" in grids
        else codes["industry"],
        measures=_measures(grids["measures"], problems)
        if "measures" in grids
        else codes["measure"],
        sources=[
            SourceEntry(
                int(r["source"]),
                cell_text(r.get("kind")),
                cell_text(r.get("label")),
                cell_text(r.get("file")) or None,
                cell_text(r.get("created")),
                cell_text(r.get("office")),
                cell_text(r.get("author")),
            )
            for r in _records(grids.get("sources"))
            if is_finite_number(r.get("source"))
        ],
        rows=rows,
        n_rows=len(rows),
    )
    content.studies, study_problems = read_studies(grids)
    signals, signal_problems = read_signal_sheets(grids)
    content.options, option_problems = read_options(grids)
    return TidyRead(
        content, problems + study_problems + signal_problems + option_problems, value_cells, signals
    )


def _header(grid: Grid) -> dict[str, int]:
    return {
        str(v).strip().casefold(): k
        for k, v in enumerate(grid.rows[0] if grid.rows else [])
        if str(v).strip()
    }


def _measures(grid: Grid, problems: list[Problem]) -> list[MeasureEntry]:
    """The Measures sheet: code, name, unit, description and whether held per job (yes, no,
    or blank where the sheet has no such column: files written before it had one)."""
    out = []
    column = _header(grid).get(PER_JOB)
    for r, record in enumerate(_records(grid), start=1):
        code = cell_text(record.get("code"))
        if not code:
            continue
        texts = [cell_text(record.get(k)) for k in ("code", "name", "unit", "description")]
        answer = cell_text(record.get(PER_JOB)).casefold() if column is not None else ""
        if answer not in _YES_NO:
            problems.append(
                Problem(
                    grid.file,
                    grid.sheet,
                    a1(r, column),
                    Text(
                        "{code}: {per_job} must be yes or no, not {answer}",
                        code=code,
                        per_job=f"{PER_JOB!r}",
                        answer=f"{answer!r}",
                    ),
                    "error",
                )
            )
        out.append(MeasureEntry(*texts, per_job=_YES_NO.get(answer)))
    return out


def _records(grid: Grid | None) -> Iterator[dict]:
    if grid is None:
        return
    columns = _header(grid)
    for row in grid.rows[1:]:
        yield {name: (row[k] if k < len(row) else "") for name, k in columns.items()}


def _entries(grid, extra, problems) -> list[ClassificationEntry]:
    entries = []
    for r in _records(grid):
        code = cell_text(r.get("code"))
        if not code:
            continue
        detail = r.get(extra)
        level = int(detail) if extra == "level" and is_finite_number(detail) else None
        system = cell_text(detail) or None if extra == "system" else None
        aliases = tuple(
            a.strip() for a in cell_text(r.get("aliases")).split(_ALIAS_SEPARATOR) if a.strip()
        )
        entries.append(
            ClassificationEntry(
                code,
                cell_text(r.get("name")) or code,
                cell_text(r.get("parent")) or None,
                level,
                system,
                aliases,
            )
        )
    return entries


def _code_lists(grid: Grid | None) -> dict[str, list]:
    """The lists of a template's Codes sheet: blocks side by side, each headed by its kind.

    A block starts at a header ``region``, ``industry`` or ``measure`` with the codes below,
    the names in the next column and, for measures, the units in the one after.
    """
    found: dict[str, list] = {"region": [], "industry": [], "measure": []}
    if grid is None or not grid.rows:
        return found
    for c, head in enumerate(grid.rows[0]):
        kind = cell_text(head).casefold()
        if kind not in found:
            continue
        for row in grid.rows[1:]:
            code, name, unit = (cell_text(row[c + k]) if c + k < len(row) else "" for k in range(3))
            if not code:
                continue
            if kind == "measure":
                found[kind].append(MeasureEntry(code, name or code, unit))
            else:
                found[kind].append(ClassificationEntry(code, name or code))
    return found


def _data_rows(grid: Grid, problems: list[Problem], value_cells: list[str]) -> Iterator[tuple]:
    columns = _header(grid)
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        raise UserError(
            Text(
                "{file}, sheet {sheet}, row 1: missing column(s) {names}; the header row must name "
                "{names2}.",
                file=grid.file,
                sheet=grid.sheet,
                names=', '.join(missing),
                names2=', '.join(_REQUIRED),
            )
        )
    pos = [columns.get(c) for c in DATA_COLUMNS]

    def problem(r, c, reason, severity="error"):
        problems.append(Problem(grid.file, grid.sheet, a1(r, c), reason, severity))

    for r in range(1, grid.n_rows):
        raw = grid.rows[r]
        cell = [raw[k] if k is not None and k < len(raw) else "" for k in pos]
        if all(v == "" or v is None for v in cell[:6]):
            continue
        region, industry, measure = (cell_text(v) for v in cell[:3])
        blank = [DATA_COLUMNS[k] for k, v in enumerate((region, industry, measure)) if not v]
        if blank:
            problem(r, pos[DATA_COLUMNS.index(blank[0])], f"{blank[0]} is empty; row skipped")
            continue
        year = parse_year(cell[3])
        if year is None:
            problem(r, pos[3], f"{cell[3]!r} is not a year; row skipped")
            continue
        flag = cell_text(cell[5]) or None
        parsed = parse_value(cell[4])
        if parsed.kind == "text":
            problem(r, pos[4], f"{cell[4]!r} is not a number; row skipped")
            continue
        value = parsed.value
        if parsed.flag and not flag:
            flag = parsed.flag
        source = int(cell[6]) if is_finite_number(cell[6]) else None
        value_cells.append(a1(r, pos[4]))
        yield (
            region,
            industry,
            measure,
            year,
            value,
            flag,
            source,
            cell_text(cell[7]) or None,
            cell_text(cell[8]) or None,
        )
