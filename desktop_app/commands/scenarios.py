"""Sub-commands ``cib`` (consistent scenarios of a study) and ``micmac`` (structural analysis)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, open_existing
from desktop_app.core.micmac import MODES as MICMAC_MODES
from desktop_app.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    cib = subparsers.add_parser(
        "cib",
        help="consistent scenarios of a cross-impact study (.scw, Excel matrix or project)",
    )
    _source_arguments(cib)
    cib.add_argument(
        "--ic",
        type=float,
        default=0,
        metavar="K",
        help="also list near-consistent scenarios with inconsistency <= K (default 0)",
    )
    cib.add_argument(
        "--save", action="store_true", help="store the scenarios in the project's study"
    )
    cib.add_argument(
        "--fix",
        action="append",
        default=[],
        metavar="DESCRIPTOR=VARIANT",
        help="intervention: hold a descriptor at a variant without checking its own balance "
        "(repeat for several); TIS and IC are taken over the other descriptors",
    )
    cib.add_argument(
        "--perturb",
        type=int,
        metavar="N",
        help="judgement uncertainty: the share of N perturbed matrices (every judgement moved "
        "by -1, 0 or +1) in which each scenario is consistent, and the judgements it hinges on",
    )
    cib.add_argument(
        "--landscape",
        action="store_true",
        help="place the scenarios by the number of descriptors they differ on (x, y) and give "
        "each its volume weight (share of random starts whose succession ends in it)",
    )
    cib.add_argument(
        "--starts", type=int, default=2000, metavar="N", help="random starts for --landscape"
    )
    cib.add_argument(
        "--seed", type=int, default=0, metavar="K", help="seed of --perturb and --landscape"
    )
    cib.set_defaults(func=_cib)

    micmac = subparsers.add_parser(
        "micmac", help="structural analysis: influence, dependence and quadrant per descriptor"
    )
    _source_arguments(micmac)
    micmac.add_argument(
        "--reading",
        choices=[m.replace(" ", "-") for m in MICMAC_MODES],
        default="indirect",
        help="the classification the table shows (P marks count as 0 in direct and indirect, "
        "as strong in potential and potential-indirect); the JSON holds all four",
    )
    micmac.set_defaults(func=_micmac)


def _source_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help=".scw, .xlsx matrix or .anticipa")
    parser.add_argument("--study", metavar="NAME", help="the study, when FILE is a project")
    parser.add_argument(
        "--any-scale",
        action="store_true",
        help="accept whole numbers outside -3..+3 in an Excel matrix (summed judgements)",
    )
    add_json_option(parser)


def _is_project(path: Path) -> bool:
    from desktop_app.store.project import PROJECT_SUFFIX

    return path.suffix.lower() == PROJECT_SUFFIX


def _load(args: argparse.Namespace, progress=None, save_ic: float | None = None):
    """(LoadedStudy, SolveResult or None) from FILE; solves and stores when ``save_ic`` is set."""
    from desktop_app.services import scenarios

    if not args.file.exists():
        raise UserError(f"{args.file}: no such file")
    if not _is_project(args.file):
        if args.study:
            raise UserError("--study applies to a project file (.anticipa) only")
        return scenarios.load_file(args.file, None if args.any_scale else (-3, 3)), None
    from desktop_app.store.scenarios import list_studies

    with open_existing(args.file, read_only=save_ic is None) as project:
        study = args.study
        if study is None:
            studies = list_studies(project.db)
            if len(studies) != 1:
                names = ", ".join(repr(s.name) for s in studies) or "none"
                raise UserError(f"{args.file.name}: name the study with --study (studies: {names})")
            study = studies[0].name
        if save_ic is not None:
            return scenarios.solve_project_study(project.db, study, save_ic, progress)
        return scenarios.load_project_study(project.db, study), None


def _cib(args: argparse.Namespace) -> int:
    from desktop_app.core import cib
    from desktop_app.services import scenarios
    from desktop_app.services.progress import NullProgress, TerminalProgress

    if args.ic < 0:
        raise UserError("--ic must be 0 or more")
    if args.save and not _is_project(args.file):
        raise UserError("--save needs a project file (.anticipa)")
    if args.perturb is not None and args.perturb < 1:
        raise UserError("--perturb needs 1 or more perturbed matrices")
    if args.starts < 1:
        raise UserError("--starts must be 1 or more")
    if args.save and args.fix:
        raise UserError("--save stores the free system's scenarios: leave out --fix")
    progress = NullProgress() if args.json else TerminalProgress()
    loaded, result = _load(args, progress, args.ic if args.save else None)
    forced = cib.parse_intervention(loaded.matrix, args.fix)
    if result is None:
        result = scenarios.solve(loaded.matrix, args.ic, progress, forced=forced)
    payload = scenarios.result_payload(loaded, result)
    m = loaded.matrix
    if args.perturb is not None:
        scenarios.add_uncertainty(payload, m, result, args.perturb, args.seed, progress)
    if args.landscape:
        scenarios.add_landscape(payload, m, result, args.starts, args.seed)
    kind = (
        "consistent scenarios" if args.ic == 0 else f"scenarios with inconsistency <= {args.ic:g}"
    )
    held = ", ".join(f"{d}={v}" for d, v in payload["forced"].items())
    lines = [
        f"{loaded.name}: {len(m.descriptors)} descriptors, {m.n_combinations:,} combinations, "
        f"{len(result)} {kind}" + (f" under the intervention {held}" if held else ""),
        *(f"note: {n}" for n in payload["notes"]),
    ]
    if payload.get("landscape"):
        shape = payload["landscape"]
        lines.append(
            f"landscape: the plane shows {shape['explained']:.0%} of the differences; of "
            f"{shape['starts']:,} random starts (seed {shape['seed']}), {shape['cycling']:,} "
            f"cycle and {shape['elsewhere']:,} end in a scenario not listed"
        )
    width = max((len(d) for d in m.descriptors), default=0)
    for k, s in enumerate(payload["scenarios"], start=1):
        lines.append(f"\n#{k}  TIS {s['tis']}  IC {s['ic']}" + _uncertainty_text(s))
        lines += [
            f"  {d:<{width}}  {v}" + ("  (held)" if d in payload["forced"] else "")
            for d, v in s["variants"].items()
        ]
    emit(args, payload, "\n".join(lines))
    return 0


def _uncertainty_text(scenario: dict) -> str:
    """'  consistent in 61.6 % of 1,000 perturbed matrices; ties: A (with a2)  at (0.5, -1.2)'."""
    text = ""
    robust = scenario.get("robustness")
    if robust:
        text += f"  consistent in {robust['share']:.1%} of {robust['draws']:,} perturbed matrices"
        ties = sorted({(h["descriptor"], h["rival"]) for h in robust["hinges"]})
        if ties:
            text += "; hinges on " + ", ".join(f"{d} (against {v})" for d, v in ties)
    if "x" in scenario:
        text += (
            f"  at ({scenario['x']:.2f}, {scenario['y']:.2f}), "
            f"volume weight {scenario['volume_weight']:.1%}"
        )
    return text


def _micmac(args: argparse.Namespace) -> int:
    from desktop_app.services import scenarios

    loaded, _ = _load(args)
    analysis, source = scenarios.micmac_for(loaded)
    payload = scenarios.micmac_payload(analysis, source)
    reading = args.reading.replace("-", " ")
    points = analysis.points(reading)
    width = max((len(n) for n in analysis.names), default=4)
    origin = "entered influences" if source == "entered" else "influences from the CIB matrix"
    marks = f", {analysis.potential_marks} P mark(s)" if analysis.potential_marks else ""
    power = analysis.potential.power if reading.startswith("potential") else analysis.actual.power
    lines = [
        f"{loaded.name}: MICMAC on {origin}{marks}; {reading}"
        + (f" = matrix power {power}" if reading.endswith("indirect") else ""),
        f"{'descriptor':<{width}}  {'influence':>9} {'dependence':>10}  rank  quadrant",
    ]
    for k, name in enumerate(analysis.names):
        shift = f" ({int(points.shift[k]):+d})" if points.shift is not None else ""
        lines.append(
            f"{name:<{width}}  {points.influence[k]:>9.3g} {points.dependence[k]:>10.3g}  "
            f"{int(points.rank[k]):>4}{shift}  {points.quadrant[k]}"
        )
    emit(args, payload, "\n".join(lines))
    return 0
