"""Sub-commands ``lifecycle``, ``priorities`` and ``register``: lifecycles and the capability base."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    lifecycle = subparsers.add_parser(
        "lifecycle", help="S-curve fit, lifecycle stage and its reason for each industry"
    )
    _project(lifecycle)
    lifecycle.add_argument("--region", required=True, metavar="R", help="region code or name")
    lifecycle.add_argument(
        "--measure", metavar="M", help="measure code or name (default: the region's main measure)"
    )
    lifecycle.add_argument(
        "--reference",
        metavar="REF",
        help="reference region for the LQ (default: the sum of the regions)",
    )
    lifecycle.add_argument(
        "--criterion",
        choices=("aicc", "aic", "bic"),
        default="aicc",
        help="information criterion that chooses the S-curve (default aicc)",
    )
    lifecycle.add_argument(
        "--no-reference",
        action="store_true",
        help="do not also fit each industry in the reference (faster)",
    )
    lifecycle.set_defaults(func=_lifecycle)

    priorities = subparsers.add_parser(
        "priorities", help="rank industries or competencies by weighted criteria, with stability"
    )
    _project(priorities)
    priorities.add_argument("--region", required=True, metavar="R", help="region code or name")
    priorities.add_argument(
        "--criteria",
        required=True,
        type=Path,
        metavar="C.json",
        help="criteria file (JSON: names, indicators, weights)",
    )
    priorities.set_defaults(func=_priorities)

    registers = subparsers.add_parser(
        "register", help="competency and institution register to or from an Excel workbook"
    )
    _project(registers)
    action = registers.add_mutually_exclusive_group(required=True)
    action.add_argument("--export", type=Path, metavar="OUT.xlsx", help="write the register")
    action.add_argument(
        "--import",
        dest="import_",
        type=Path,
        metavar="IN.xlsx",
        help="read a register workbook into the project",
    )
    registers.add_argument(
        "--dry-run", action="store_true", help="with --import: check and report, write nothing"
    )
    registers.set_defaults(func=_register)


def _project(parser: argparse.ArgumentParser) -> None:
    add_project_option(parser)
    add_json_option(parser)


def _lifecycle(args: argparse.Namespace) -> int:
    from desktop_app.services.lifecycles import analyse_region, lifecycle_payload, lifecycle_text
    from desktop_app.services.progress import TerminalProgress

    with open_existing(args.project, read_only=True) as project:
        result = analyse_region(
            project.db,
            args.region,
            args.measure,
            args.reference,
            args.criterion,
            TerminalProgress(),
            with_reference=not args.no_reference,
        )
        payload = lifecycle_payload(result)
    emit(args, payload, lifecycle_text(payload))
    return 0


def _priorities(args: argparse.Namespace) -> int:
    from desktop_app.services.priorities import (
        load_criteria,
        priorities_payload,
        priorities_text,
        run_priorities,
    )
    from desktop_app.services.progress import TerminalProgress

    plan = load_criteria(args.criteria)
    with open_existing(args.project, read_only=True) as project:
        result = run_priorities(project.db, args.region, plan, TerminalProgress())
        payload = priorities_payload(result)
    emit(args, payload, priorities_text(payload))
    return 0


def _register(args: argparse.Namespace) -> int:
    from desktop_app.services.capabilities import export_registers, import_registers
    from desktop_app.services.progress import TerminalProgress

    with open_existing(args.project, read_only=not args.import_) as project:
        if args.export:
            written = export_registers(project.db, args.export, TerminalProgress())
            payload = {"file": str(args.export), "rows": written}
            text = f"Register written to {args.export}: " + ", ".join(
                f"{n} {k.replace('_', ' ')}" for k, n in written.items()
            )
            emit(args, payload, text)
            return 0
        result = import_registers(project.db, args.import_, args.dry_run, TerminalProgress())
    payload = result.as_dict()
    verb = "would add" if args.dry_run else "added"
    lines = [
        f"{result.file}: {verb} "
        + (
            ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.added.items())
            or "nothing new"
        )
    ]
    if result.updated:
        lines.append(
            "updated " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.updated.items())
        )
    lines += [f"{p.severity}: {p.sheet}!{p.cell}: {p.reason}" for p in result.problems]
    emit(args, payload, "\n".join(lines))
    return 1 if any(p.severity == "error" for p in result.problems) else 0
