"""The ``anticipa`` command: the window when called bare, batch sub-commands otherwise.

Sub-commands that show no window never import Qt, so they start fast and run on machines without
display libraries. Each capability registers its sub-commands in a module of
``desktop_app.commands`` listed in ``COMMAND_MODULES``; a module exposes ``register(subparsers)``
and sets ``func`` on each parser it adds. User errors exit with status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

from desktop_app import __version__

COMMAND_MODULES = (
    "desktop_app.commands.project",
    "desktop_app.commands.importing",
    "desktop_app.commands.exchange",
    "desktop_app.commands.analysis",
    "desktop_app.commands.lifecycles",
    "desktop_app.commands.scenarios",
)


class UserError(Exception):
    """A mistake the user can fix (bad path, unknown name); shown as one line, no traceback."""


def emit(args: argparse.Namespace, payload: object, text: str) -> None:
    """Print ``payload`` as JSON with ``--json``, else the human-readable ``text``."""
    if getattr(args, "json", False):
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anticipa",
        description="Anticipate the future of a region's industries. "
        "Without a sub-command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"anticipa {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="build the demo in a temporary folder, read it back, render one "
                        "view offscreen, and exit 0 when all worked")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop_app.ui.app import self_test

        return self_test()
    if not hasattr(args, "func"):
        from desktop_app.ui.app import run_window

        return run_window()
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        print("anticipa: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - every failure becomes one clear line
        if not _is_user_error(error):
            raise
        print(f"anticipa: {error}", file=sys.stderr)
        return 2


def _is_user_error(error: Exception) -> bool:
    """Errors whose message is written for the user: ours, the store's and bad files."""
    from desktop_app.services.progress import Cancelled
    from desktop_app.store.errors import ProjectError

    return isinstance(error, UserError | ProjectError | Cancelled | OSError | ValueError)
