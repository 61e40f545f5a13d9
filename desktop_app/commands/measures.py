"""Sub-command for measures: list them, and mark one as an intensity (held per job)."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing
from desktop_app.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    measure = subparsers.add_parser(
        "measure",
        help="the project's measures; --intensity marks one as held per job (a wage, a share, "
        "emissions per job), which futures weight by the projected jobs",
    )
    add_project_option(measure)
    add_json_option(measure)
    measure.add_argument("code", nargs="?", metavar="M", help="measure code or name to change")
    measure.add_argument(
        "--intensity",
        choices=("yes", "no"),
        help="yes: held per job (weighted by jobs in futures); no: a level (summed)",
    )
    measure.set_defaults(func=_measure)


def _measure(args: argparse.Namespace) -> int:
    from desktop_app.store.measures import find_measure, list_measures, set_intensity

    if args.intensity and not args.code:
        raise UserError(
            "Name the measure to mark (anticipa measure --project P CODE --intensity yes)."
        )
    with open_existing(args.project, read_only=args.intensity is None) as project:
        chosen = list_measures(project.db)
        if args.code:
            found = find_measure(project.db, args.code)
            if found is None:
                codes = ", ".join(m.code for m in chosen)
                raise UserError(f"No measure {args.code!r} in the project; it has {codes}.")
            if args.intensity:
                with project.transaction():
                    set_intensity(project.db, found.id, args.intensity == "yes")
            chosen = [find_measure(project.db, args.code)]
    payload = [
        {"code": m.code, "name": m.name, "unit": m.unit, "intensity": m.intensity} for m in chosen
    ]
    text = "\n".join(
        f"{m.code}: {m.name}"
        + (f" ({m.unit})" if m.unit else "")
        + (", intensity" if m.intensity else "")
        for m in chosen
    )
    emit(args, payload, text)
    return 0
