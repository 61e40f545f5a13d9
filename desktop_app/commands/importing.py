"""Sub-commands ``import`` (a workbook into a project, with its report) and ``inspect``.

An Anticipa exchange workbook or a filled collection template is recognised and imported with
no mapping (:mod:`desktop_app.services.exchange_import`) unless ``--recipe`` asks for one.
``import`` plans, checks and commits through the same service functions as the wizard
(:func:`~desktop_app.services.importing.check_import`, ``commit_checked``). It exits 0 when it
imported (or, with ``--dry-run``, could import), 2 when it refused (an implausible mapping, a
recipe that no longer fits) or found nothing to import, always with the reasons; 1 is a crash.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import open_existing
from desktop_app.io.periods import INCOMPLETE_CHOICES, PERIOD_RULES
from desktop_app.io.plausibility import DOUBTS


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser("import", help="import a workbook into a project")
    imp.add_argument(
        "file",
        type=Path,
        help="the workbook (.xlsx, .xls, .ods, .csv); a .scw file is imported as a scenario study",
    )
    imp.add_argument("--project", type=Path, required=True, metavar="P", help="the project file")
    imp.add_argument(
        "--sheet",
        metavar="S",
        help="the sheet to import (default: the first table), or a pattern such as '*' or "
        "'[0-9]*': every matching sheet whose header fits the recipe, as one batch",
    )
    imp.add_argument("--recipe", type=Path, metavar="R.json", help="a saved import recipe")
    imp.add_argument("--measure", metavar="NAME", help="the measure the values are")
    imp.add_argument(
        "--periods",
        choices=PERIOD_RULES,
        metavar="RULE",
        help="months or quarters to years: mean (stocks such as jobs), sum (flows), last, "
        "or one period Q1..Q4 / M01..M12",
    )
    imp.add_argument(
        "--incomplete",
        choices=INCOMPLETE_CHOICES,
        dest="incomplete_years",
        help="a year with periods missing: flag it 'incomplete' (default) or drop it",
    )
    imp.add_argument(
        "--on-changed",
        choices=("replace", "keep"),
        default="replace",
        help="values that differ from the project's: replace them (default) or keep the project's",
    )
    imp.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    imp.add_argument(
        "--report", type=Path, metavar="OUT.xlsx", help="also write the report as a workbook"
    )
    imp.add_argument("--save-recipe", type=Path, metavar="R.json", help="save the mapping used")
    imp.add_argument(
        "--accept",
        action="append",
        choices=list(DOUBTS),
        default=[],
        metavar="CHECK",
        help="import although this check finds the mapping implausible (repeat for several; "
        f"one of: {', '.join(DOUBTS)})",
    )
    imp.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON (with --dry-run: a preview of the rows and the counts)",
    )
    imp.set_defaults(func=_import)

    ins = subparsers.add_parser("inspect", help="the tables detected on each sheet of a workbook")
    ins.add_argument("file", type=Path)
    ins.add_argument("--json", action="store_true", help="print the result as JSON")
    ins.set_defaults(func=_inspect)


def _import(args: argparse.Namespace) -> int:
    from desktop_app.io.recipes import Recipe
    from desktop_app.services.exchange_import import recognise
    from desktop_app.services.importing import (
        check_import,
        commit_checked,
        export_report,
        plan_import,
    )
    from desktop_app.services.progress import NullProgress, TerminalProgress
    from desktop_app.store.classifications import known_places
    from desktop_app.store.project import read_header
    from desktop_app.store.signals import changes_of_batch

    read_header(args.project)
    if args.file.suffix.lower() == ".scw":  # a scenario study, not a table of values
        from desktop_app.commands.studies import import_study

        return import_study(args)
    progress = NullProgress() if args.json else TerminalProgress()
    if args.recipe is None and recognise(args.file):
        return _import_exchange(args, progress)
    recipe = Recipe.load(args.recipe) if args.recipe else None
    with open_existing(args.project) as project:
        places = known_places(project.db, "region")  # block headings among them are regions
    plan = plan_import(
        args.file,
        args.sheet,
        recipe,
        args.measure,
        progress,
        periods=args.periods,
        incomplete_years=args.incomplete_years,
        places=places,
    )
    plan.recipe.accept = sorted({*plan.recipe.accept, *args.accept})
    if args.save_recipe:
        plan.recipe.save(args.save_recipe)
    with open_existing(args.project) as project:
        checked = check_import(project.db, plan)
        batch_id = None
        changed_signposts: list[str] = []
        if not args.dry_run and checked.can_commit:
            batch_id = commit_checked(project.db, checked, args.on_changed, progress=progress)
            changed_signposts = [
                c.text for c in changes_of_batch(project.db, batch_id, "import")
            ]
    report = checked.report
    if args.report:
        export_report(report, args.report)
    payload = report.as_dict() | {"batch": batch_id, "dry_run": bool(args.dry_run),
                                  "signposts_changed": changed_signposts}
    if args.dry_run:
        payload |= checked.preview.as_dict()
    text = report.as_text()
    if not checked.can_commit:
        text += "\nrefused: nothing written" + (
            "" if report.doubts or plan.extraction.mismatches else " (no value could be read)"
        )
    elif args.dry_run:
        text += "\n(dry run: nothing written; the import would go ahead)"
    else:
        text += f"\nwritten as import batch {batch_id}"
        text += "".join(f"\n{change}" for change in changed_signposts)
    emit(args, payload, text)
    return 0 if checked.can_commit else 2


def _import_exchange(args: argparse.Namespace, progress) -> int:
    """An exchange workbook or filled template: checked whole, then written as one batch."""
    from desktop_app.services.exchange_import import import_exchange
    from desktop_app.services.importing import export_report

    with open_existing(args.project) as project:
        result = import_exchange(
            project.db, args.file, args.on_changed, args.dry_run, progress=progress
        )
    if args.report:
        export_report(result.report, args.report)
    emit(args, result.as_dict(), result.as_text())
    return 0 if result.report.rows_read else 2


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
