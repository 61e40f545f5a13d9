"""Sub-command ``brief``: a few pages on one region for a ministry, as a PDF.

The PDF is drawn with Qt's own writer offscreen, so this command loads Qt (like
``open --screenshot``); the data commands do not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option


def register(subparsers: argparse._SubParsersAction) -> None:
    brief = subparsers.add_parser(
        "brief",
        help="a PDF brief on a region: profile, shift-share, lifecycles, opportunities, "
        "scenarios with why they hold, projections",
    )
    brief.add_argument("out", type=Path, metavar="OUT.pdf", help="the PDF to write")
    add_project_option(brief)
    brief.add_argument("--region", required=True, metavar="R", help="region code or name")
    brief.add_argument(
        "--study",
        action="append",
        metavar="NAME",
        help="a scenario study to include (repeat for several; default: every study)",
    )
    brief.add_argument("--lang", metavar="LANG", help="language of the brief's texts, e.g. es")
    add_json_option(brief)
    brief.set_defaults(func=_brief)


def _brief(args: argparse.Namespace) -> int:
    from desktop_app.errors import UserError
    from desktop_app.store.project import read_header
    from desktop_app.ui.app import export_brief

    read_header(args.project)
    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"{args.out.name}: the brief is written as a .pdf file")
    studies = tuple(args.study) if args.study else None
    pages = export_brief(args.project, args.region, args.out, studies, args.lang)
    emit(args, {"path": str(args.out), "pages": pages}, f"Wrote {args.out} ({pages} pages)")
    return 0
