"""Sub-command ``futures``: each scenario of a study projected onto a region's industries."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    futures = subparsers.add_parser(
        "futures",
        help="P10/P50/P90 of each industry under each scenario of a study, to a horizon year",
    )
    add_project_option(futures)
    add_json_option(futures)
    futures.add_argument("--study", required=True, metavar="S", help="scenario study name or id")
    futures.add_argument("--region", metavar="R", help="region code or name (default: stored)")
    futures.add_argument("--horizon", type=int, metavar="YEAR", help="last projected year")
    futures.add_argument("--measure", metavar="M", help="measure code or name")
    futures.add_argument(
        "--baseline",
        choices=("auto", "lifecycle", "trend", "shift-share"),
        help="baseline per industry (default: stored, else auto = S-curve where R² >= 0.9)",
    )
    futures.add_argument("--window", type=int, metavar="W", help="trend window in years")
    futures.add_argument("--draws", type=int, metavar="N", help="Monte Carlo draws (0 = path)")
    futures.add_argument("--seed", type=int, metavar="K", help="random seed")
    futures.add_argument(
        "--weights",
        choices=("equal", "tis", "analyst"),
        help="scenario weights in the ensemble (default: stored, else equal)",
    )
    futures.add_argument(
        "--effects",
        type=Path,
        metavar="E.xlsx",
        help="effects workbook (sheets Effects, Shocks) used instead of the stored ones",
    )
    futures.add_argument(
        "--years", choices=("horizon", "all"), default="horizon", help="years in the output"
    )
    futures.add_argument(
        "--save",
        action="store_true",
        help="store the lifecycle fits and, with --effects, its effects and shocks in the study",
    )
    futures.set_defaults(func=_futures)


def _futures(args: argparse.Namespace) -> int:
    from desktop_app.io.futures_effects import read_effects_workbook
    from desktop_app.services.futures import (
        futures_payload,
        futures_text,
        run_futures,
        store_workbook_effects,
    )
    from desktop_app.services.progress import TerminalProgress

    book = read_effects_workbook(args.effects) if args.effects else None
    study = int(args.study) if args.study.isdigit() else args.study
    with open_existing(args.project, read_only=not args.save) as project:
        if args.save and book is not None:
            with project.transaction():
                store_workbook_effects(project.db, study, book)
        run = run_futures(
            project.db,
            study,
            args.region,
            horizon=args.horizon,
            measure=args.measure,
            baseline=args.baseline,
            window=args.window,
            draws=args.draws,
            seed=args.seed,
            weights=args.weights,
            effects=book,
            save_fits=args.save,
            progress=TerminalProgress(),
        )
        payload = futures_payload(run, all_years=args.years == "all")
    emit(args, payload, futures_text(payload))
    return 0
