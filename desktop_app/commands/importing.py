"""Sub-commands ``import`` (a workbook into a project, with its report) and ``inspect``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="import a workbook into a project")
    imp.add_argument("file", type=Path, help="the workbook (.xlsx, .xls, .ods, .csv)")
    imp.add_argument("--project", type=Path, required=True, metavar="P", help="the project file")
    imp.add_argument("--sheet", metavar="S", help="the sheet to import (default: the first table)")
    imp.add_argument("--recipe", type=Path, metavar="R.json", help="a saved import recipe")
    imp.add_argument("--measure", metavar="NAME", help="the measure the values are")
    imp.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    imp.add_argument(
        "--report", type=Path, metavar="OUT.xlsx", help="also write the report as a workbook"
    )
    imp.add_argument("--save-recipe", type=Path, metavar="R.json", help="save the mapping used")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(func=_import)

    ins = subparsers.add_parser("inspect", help="the tables detected on each sheet of a workbook")
    ins.add_argument("file", type=Path)
    ins.add_argument("--json", action="store_true", help="print the result as JSON")
    ins.set_defaults(func=_inspect)


def _import(args: argparse.Namespace) -> int:
    from desktop_app.io.recipes import Recipe
    from desktop_app.services.importing import commit_import, export_report, plan_import, validate
    from desktop_app.services.progress import NullProgress, TerminalProgress
    from desktop_app.store.project import open_project, read_header

    read_header(args.project)
    recipe = Recipe.load(args.recipe) if args.recipe else None
    progress = NullProgress() if args.json else TerminalProgress()
    plan = plan_import(args.file, args.sheet, recipe, args.measure, progress)
    if args.save_recipe:
        plan.recipe.save(args.save_recipe)
    with open_project(args.project) as project:
        report = validate(project.db, plan)
        batch_id = None
        if not args.dry_run and plan.records and not plan.extraction.mismatches:
            batch_id = commit_import(project.db, plan, progress=progress)
    if args.report:
        export_report(report, args.report)
    payload = report.as_dict() | {"batch": batch_id, "dry_run": bool(args.dry_run)}
    text = report.as_text()
    text += (
        "\n(dry run: nothing written)"
        if args.dry_run
        else (f"\nwritten as import batch {batch_id}" if batch_id else "\nnothing written")
    )
    emit(args, payload, text)
    return 0 if plan.records and not plan.extraction.mismatches else 1


def _inspect(args: argparse.Namespace) -> int:
    from desktop_app.io.table_detection import detect_tables
    from desktop_app.io.workbook import open_workbook

    sheets = []
    lines = []
    with open_workbook(args.file) as book:
        lines += [f"note: {p}" for p in book.problems]
        for name in book.sheet_names:
            grid = book.read_sheet(name)
            tables = [t.summary() for t in detect_tables(grid)]
            sheets.append(
                {"sheet": name, "tables": tables, "problems": [str(p) for p in grid.problems]}
            )
            lines.append(f"{name}: {len(tables)} table(s)")
            for t in tables:
                lines.append(
                    f"  {t['range']}  header rows {t['header_rows']}  {t['orientation']}  "
                    f"markers {t['markers'] or '-'}"
                )
            lines += [f"  {p}" for p in grid.problems]
    emit(args, {"file": args.file.name, "format": book.format, "sheets": sheets}, "\n".join(lines))
    return 0
