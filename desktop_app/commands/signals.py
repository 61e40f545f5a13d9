"""Sub-commands ``signposts`` and ``experiments``: what the data say about a study's futures, and
the policy experiments with their decision dates."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    signposts = subparsers.add_parser(
        "signposts",
        help="each signpost's status read from the latest data, and the plausibility of each "
        "scenario (signposts reached, not reached, unknown)",
    )
    add_project_option(signposts)
    add_json_option(signposts)
    signposts.add_argument("--study", metavar="S", help="scenario study name or id (default: all)")
    signposts.set_defaults(func=_signposts)

    experiments = subparsers.add_parser(
        "experiments",
        help="the experiments log: hypothesis, signal, start, decision date, status, lesson",
    )
    add_project_option(experiments)
    add_json_option(experiments)
    experiments.add_argument(
        "--due", action="store_true",
        help="only open experiments (running or adjusted) whose decision date has passed",
    )
    experiments.set_defaults(func=_experiments)


def _signposts(args: argparse.Namespace) -> int:
    from desktop_app.services.signals import signposts_payload, signposts_text

    study = None if args.study is None else int(args.study) if args.study.isdigit() else args.study
    with open_existing(args.project, read_only=True) as project:
        payload = signposts_payload(project.db, study)
    emit(args, payload, signposts_text(payload))
    return 0


def _experiments(args: argparse.Namespace) -> int:
    from desktop_app.services.signals import experiments_payload, experiments_text

    with open_existing(args.project, read_only=True) as project:
        payload = experiments_payload(project.db, due_only=args.due)
    emit(args, payload, experiments_text(payload))
    return 0
