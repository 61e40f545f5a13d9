"""Sub-commands ``export`` (a project to Excel in four layouts) and ``merge`` (between offices)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import open_existing
from desktop_app.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    exp = subparsers.add_parser("export", help="export a project (or a selection) to Excel")
    exp.add_argument("project", type=Path, help="the project file")
    exp.add_argument("out", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    exp.add_argument(
        "--layout",
        choices=("tidy", "official", "template", "report"),
        default="tidy",
        help="tidy exchange (default), official wide tables, "
        "data-collection template or report workbook",
    )
    exp.add_argument(
        "--measure", action="append", metavar="CODE", help="only this measure (repeat for several)"
    )
    exp.add_argument("--region", action="append", metavar="CODE", help="only this region")
    exp.add_argument("--industry", action="append", metavar="CODE", help="only this industry")
    exp.add_argument("--year", action="append", type=int, metavar="YEAR", help="only this year")
    exp.add_argument(
        "--report-region",
        action="append",
        metavar="CODE",
        help="report: the region whose lifecycles are fitted (repeat; default: the regions "
        "worked on, else the first with data)",
    )
    exp.add_argument(
        "--study",
        action="append",
        metavar="NAME",
        help="report: only this scenario study (repeat; default: every study)",
    )
    exp.add_argument(
        "--lang",
        metavar="LANG",
        help="report: the language of its words, numbers in sentences and dates, e.g. es "
        "(default: en)",
    )
    exp.add_argument(
        "--with-authors",
        action="store_true",
        help="include the user names recorded with each source",
    )
    exp.add_argument("--json", action="store_true", help="print the result as JSON")
    exp.set_defaults(func=_export)

    merge = subparsers.add_parser(
        "merge", help="merge another office's project into this one (conflicts are listed)"
    )
    merge.add_argument("project", type=Path, help="the receiving project")
    merge.add_argument(
        "other", type=Path, metavar="OTHER.anticipa", help="the other office's project package"
    )
    merge.add_argument("--office", help="the sending office's name (default: from the package)")
    merge.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    merge.add_argument(
        "--take-theirs",
        action="append",
        metavar="KEY",
        default=None,
        help="resolve this conflict with the other office's version "
        "(repeat; 'all' for every conflict)",
    )
    merge.add_argument("--json", action="store_true", help="print the result as JSON")
    merge.set_defaults(func=_merge)


def _export(args: argparse.Namespace) -> int:
    from desktop_app.io.language import language
    from desktop_app.services.export import ReportScope, Selection, export_project
    from desktop_app.services.progress import NullProgress, TerminalProgress
    from desktop_app.store.project import read_header

    if args.out.suffix.lower() != ".xlsx":
        raise UserError(f"{args.out.name}: the export must be an .xlsx file")
    read_header(args.project)
    if args.lang and args.layout != "report":
        raise UserError("--lang chooses the language of a report; the other layouts are written "
                        "in English (their sheets are read back)")
    selection = Selection(
        *(tuple(v) if v else None for v in (args.measure, args.region, args.industry, args.year))
    )
    scope = None
    if args.report_region or args.study:
        scope = ReportScope(*(tuple(v) if v else None for v in (args.report_region, args.study)))
    progress = NullProgress() if args.json else TerminalProgress()
    with open_existing(args.project, read_only=True) as project:
        result = export_project(
            project.db,
            args.out,
            args.layout,
            selection,
            include_authors=args.with_authors,
            progress=progress,
            report_scope=scope,
            language=language(args.lang),
        )
    text = (
        f"Wrote {result.path} ({result.layout}): {result.observations:,} observations, "
        f"sheets {', '.join(result.sheets[:8])}" + (" ..." if len(result.sheets) > 8 else "")
    )
    text += "".join(f"\nnote: {n}" for n in result.notes)
    emit(args, result.as_dict(), text)
    return 0


def _merge(args: argparse.Namespace) -> int:
    from desktop_app.services.merge import merge_project
    from desktop_app.services.progress import NullProgress, TerminalProgress
    from desktop_app.store.project import read_header

    read_header(args.project)
    if args.other.resolve() == args.project.resolve():
        raise UserError("a project cannot be merged into itself")
    take = args.take_theirs or False
    if take and "all" in take:
        take = True
    progress = NullProgress() if args.json else TerminalProgress()
    with open_existing(args.project) as project:
        report = merge_project(project.db, args.other, args.office, args.dry_run, take, progress)
    emit(args, report.as_dict(), report.as_text())
    return 0
