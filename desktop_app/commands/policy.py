"""Sub-command ``options``: policy options judged across the scenarios of a study."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    options = subparsers.add_parser(
        "options",
        help="policy options across a study's scenarios: expected value, worst case, regret, "
        "satisficing, no-regret",
    )
    add_project_option(options)
    add_json_option(options)
    options.add_argument("--study", required=True, metavar="S", help="scenario study name or id")
    options.add_argument("--region", metavar="R",
                         help="region of the projections (default: the study's futures choice)")
    options.add_argument("--measure", metavar="M", help="measure of the projections")
    options.add_argument("--horizon", type=int, metavar="YEAR", help="year of the projections")
    options.add_argument("--outcome", metavar="NAME",
                         help="jobs (default), value added, decent jobs, emissions, score ...")
    options.add_argument("--threshold", type=float, metavar="X",
                         help="level an option must reach in a scenario (default: better than "
                         "No action)")
    options.add_argument("--options", type=Path, metavar="O.xlsx", dest="workbook",
                         help="options workbook (sheets Options, Option effects) used instead "
                         "of the stored register")
    options.set_defaults(func=_options)


def _options(args: argparse.Namespace) -> int:
    from desktop_app.io.policy_workbook import read_options_workbook
    from desktop_app.services.policy_options import options_payload, options_text, run_options
    from desktop_app.services.progress import TerminalProgress

    book = read_options_workbook(args.workbook) if args.workbook else None
    study = int(args.study) if args.study.isdigit() else args.study
    with open_existing(args.project, read_only=True) as project:
        run = run_options(project.db, study, region=args.region, measure=args.measure,
                          horizon=args.horizon, outcome=args.outcome, threshold=args.threshold,
                          book=book, progress=TerminalProgress())
    emit(args, options_payload(run), options_text(run))
    return 0
