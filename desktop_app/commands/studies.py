"""Sub-command ``study``: bring a scenario study into a project (``import``), list them
(``list``), say what a descriptor is to the study (``set``: role and weight) or set the study's
judgement scale (``set --scale``), and weigh a scenario for the futures' ensemble (``weigh``).

A study comes from a ScenarioWizard file (.scw) or an Excel cross-impact matrix, through the same
service as the window's *Import study* (:func:`~desktop_app.services.scenario_files.import_study_file`).
``anticipa import FILE.scw`` comes here too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    study = subparsers.add_parser("study", help="scenario studies of a project: import, list")
    actions = study.add_subparsers(title="actions", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="a .scw file or an Excel matrix as a new study")
    imp.add_argument("file", type=Path, metavar="FILE", help=".scw, or .xlsx/.xls/.ods matrix")
    add_project_option(imp)
    imp.add_argument("--study", metavar="NAME", help="the new study's name (default: the file's)")
    imp.add_argument(
        "--any-scale",
        action="store_true",
        help="accept whole numbers outside -3..+3 in an Excel matrix (summed judgements)",
    )
    add_json_option(imp)
    imp.set_defaults(func=import_study)

    change = actions.add_parser(
        "set",
        help="a study's judgement scale, or a descriptor's role (system, lever, context) or "
        "weight in it",
    )
    add_project_option(change)
    change.add_argument("--study", required=True, metavar="NAME", help="the study")
    change.add_argument(
        "--scale",
        nargs=2,
        type=int,
        metavar=("LOW", "HIGH"),
        help="the whole numbers a judgement may take, e.g. --scale -6 6 (refused when a stored "
        "judgement lies outside)",
    )
    change.add_argument(
        "--descriptor", metavar="NAME", help="the descriptor (for --role and --weight)"
    )
    change.add_argument(
        "--role",
        metavar="ROLE",
        help="system (explained by the scenarios), lever (set by policy) or context (external)",
    )
    change.add_argument(
        "--weight",
        type=float,
        metavar="W",
        help="its judgements of the others count W times (1: as judged)",
    )
    add_json_option(change)
    change.set_defaults(func=_set)

    weigh = actions.add_parser(
        "weigh", help="the analysts' weight of a stored scenario in the futures' ensemble"
    )
    add_project_option(weigh)
    weigh.add_argument("--study", required=True, metavar="NAME", help="the study")
    weigh.add_argument(
        "--scenario", required=True, metavar="S", help="the scenario's id as listed (S3 or 3)"
    )
    weigh.add_argument(
        "--weight",
        required=True,
        type=float,
        metavar="W",
        help="0 or more; used with "
        "anticipa futures --weights analyst (the weights are normalised to sum to one)",
    )
    add_json_option(weigh)
    weigh.set_defaults(func=_weigh)

    listing = actions.add_parser("list", help="the studies of a project, with their sizes")
    add_project_option(listing)
    add_json_option(listing)
    listing.set_defaults(func=_list)


def import_study(args: argparse.Namespace) -> int:
    """Import ``args.file`` as a study of ``args.project``; the name is made unique if taken."""
    from desktop_app.errors import UserError
    from desktop_app.services.progress import NullProgress, TerminalProgress
    from desktop_app.services.scenario_files import import_study_file

    if not args.file.exists():
        raise UserError(f"{args.file}: no such file")
    progress = NullProgress() if args.json else TerminalProgress()
    scale = None if getattr(args, "any_scale", False) else (-3, 3)
    with open_existing(args.project) as project:
        imported = import_study_file(
            project.db, args.file, getattr(args, "study", None), scale, progress
        )
    payload = {
        "study": imported.name,
        "id": imported.study_id,
        "file": args.file.name,
        "notes": imported.notes,
        "problems": [str(p) for p in imported.problems],
    }
    wanted = getattr(args, "study", None) or args.file.stem
    taken = (
        f" (the project already has a study named {wanted!r})" if imported.name != wanted else ""
    )
    lines = [f"{args.file.name}: imported as study {imported.name!r}{taken}"]
    lines += [f"note: {n}" for n in imported.notes] + [f"  {p}" for p in payload["problems"]]
    emit(args, payload, "\n".join(lines))
    return 0


def _set(args: argparse.Namespace) -> int:
    from desktop_app.errors import UserError
    from desktop_app.store import scenarios as store

    fields = {k: v for k, v in (("role", args.role), ("weight", args.weight)) if v is not None}
    if not fields and args.scale is None:
        raise UserError("say what to set: --scale, or --descriptor with --role and/or --weight")
    if fields and not args.descriptor:
        raise UserError("--role and --weight need --descriptor: the descriptor they are for")
    if args.descriptor and not fields:
        raise UserError(f"say what to set for {args.descriptor!r}: --role and/or --weight")
    with open_existing(args.project) as project:
        study = store.require_study(project.db, args.study)
        found = None
        if fields:
            found = next(
                (
                    d
                    for d in study.descriptors
                    if args.descriptor.casefold() in (d.name.casefold(), d.short_name.casefold())
                ),
                None,
            )
            if found is None:
                names = ", ".join(d.name for d in study.descriptors)
                raise UserError(
                    f"study {study.name!r} has no descriptor {args.descriptor!r} ({names})"
                )
        with project.db.atomic():
            if args.scale is not None:
                store.set_study_scale(project.db, study.id, args.scale)
            if found is not None:
                store.update_descriptor(project.db, found.id, **fields)
        study = store.require_study(project.db, study.id)
    low, high = study.scale
    payload: dict = {"study": study.name, "scale": [low, high]}
    lines = [f"{study.name}: judgements run from {low:+d} to {high:+d}"]
    if found is not None:
        changed = next(d for d in study.descriptors if d.id == found.id)
        payload |= {"descriptor": changed.name, "role": changed.role, "weight": changed.weight}
        descriptor = f"{study.name}: {changed.name} is {changed.role}, weight {changed.weight:g}"
        lines = [*lines, descriptor] if args.scale is not None else [descriptor]
    emit(args, payload, "\n".join(lines))
    return 0


def _weigh(args: argparse.Namespace) -> int:
    from desktop_app.errors import UserError
    from desktop_app.store import scenarios as store

    wanted = args.scenario.strip().upper().removeprefix("S")
    with open_existing(args.project) as project:
        study = store.require_study(project.db, args.study)
        saved = store.list_scenarios(project.db, study)
        found = next((s for s in saved if str(s.id) == wanted), None)
        if found is None:
            ids = ", ".join(f"S{s.id}" for s in saved) or "none stored"
            raise UserError(f"study {study.name!r} has no scenario {args.scenario!r} ({ids})")
        store.set_scenario_weight(project.db, found.id, args.weight)
    payload = {"study": study.name, "scenario": found.id, "weight": args.weight}
    emit(args, payload, f"{study.name}: scenario S{found.id} weighs {args.weight:g}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop_app.store.scenarios import list_studies

    with open_existing(args.project, read_only=True) as project:
        studies = list_studies(project.db)
    payload = {
        "studies": [
            {
                "study": s.name,
                "id": s.id,
                "descriptors": s.n_descriptors,
                "variants": s.n_variants,
                "experts": s.n_experts,
                "scenarios": s.n_scenarios,
                "scale": list(s.scale),
            }
            for s in studies
        ]
    }
    width = max((len(s.name) for s in studies), default=5)
    lines = [f"{'study':<{width}}  descriptors  variants  experts  scenarios  scale"] + [
        f"{s.name:<{width}}  {s.n_descriptors:>11}  {s.n_variants:>8}  {s.n_experts:>7}  "
        f"{s.n_scenarios:>9}  {s.scale[0]:+d}..{s.scale[1]:+d}"
        for s in studies
    ]
    if not studies:
        lines = [f"{args.project.name}: no scenario study"]
    emit(args, payload, "\n".join(lines))
    return 0
