"""Sub-commands for project files: new, info, demo and open (the window on a project)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new", help="create an empty project")
    new.add_argument("path", type=Path, help="the new project file (.anticipa)")
    add_json_option(new)
    new.set_defaults(func=_new)

    info = subparsers.add_parser("info", help="what a project holds")
    info.add_argument("project", type=Path)
    add_json_option(info)
    info.set_defaults(func=_info)

    check = subparsers.add_parser(
        "check", help="check a project file for damage (SQLite's full integrity check)"
    )
    check.add_argument("project", type=Path)
    add_json_option(check)
    check.set_defaults(func=_check)

    demo = subparsers.add_parser("demo", help="build the demo project (real employment data)")
    demo.add_argument("path", type=Path, help="where to write the demo project")
    add_json_option(demo)
    demo.set_defaults(func=_demo)

    open_ = subparsers.add_parser("open", help="open a project in the window")
    open_.add_argument("project", type=Path)
    open_.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window offscreen to this PNG and exit",
    )
    open_.add_argument(
        "--view",
        default=None,
        metavar="NAME",
        help="the view to show (see the navigator), e.g. data",
    )
    open_.add_argument(
        "--size",
        default="1400x900",
        metavar="WxH",
        help="window size for --screenshot (default 1400x900)",
    )
    open_.add_argument(
        "--lang",
        default=None,
        metavar="LANG",
        help="interface language for this run only, e.g. es (the saved preference is kept)",
    )
    open_.set_defaults(func=_open)


def _with_suffix(path: Path) -> Path:
    from desktop_app.store.project import PROJECT_SUFFIX

    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def _new(args: argparse.Namespace) -> int:
    from desktop_app.store.project import create_project

    path = _with_suffix(args.path)
    create_project(path).close()
    emit(args, {"project": str(path)}, f"Created {path}")
    return 0


def _info(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.store.observations import counts

    with open_existing(args.project, read_only=True) as project:
        payload = {
            "project": str(args.project),
            "schema_version": project.schema_version,
            **asdict(counts(project.db)),
        }
    text = "\n".join(f"{key.replace('_', ' ')}: {value}" for key, value in payload.items())
    emit(args, payload, text)
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop_app.store.project import check_project, read_header

    read_header(args.project)
    damage = check_project(args.project)
    payload = {"project": str(args.project), "sound": damage is None, "damage": damage}
    emit(args, payload, damage or f"{args.project.name}: no damage found.")
    return 0 if damage is None else 2


def _demo(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import build_demo
    from desktop_app.services.progress import TerminalProgress

    path = build_demo(_with_suffix(args.path), TerminalProgress())
    emit(args, {"project": str(path)}, f"Demo project written to {path}")
    return 0


def _open(args: argparse.Namespace) -> int:
    from desktop_app.store.project import read_header

    read_header(args.project)  # a clear message before any window appears
    if args.lang:  # read by the application at start, as ANTICIPA_LANGUAGE; never saved
        os.environ["ANTICIPA_LANGUAGE"] = args.lang
    from desktop_app.ui.app import run_window, screenshot

    if args.screenshot:
        width, _, height = args.size.partition("x")
        return screenshot(args.project, args.screenshot, args.view, (int(width), int(height)))
    return run_window(args.project, args.view)
