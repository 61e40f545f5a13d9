"""The ``anticipa`` command: the window when called bare, batch sub-commands otherwise.

Sub-commands that show no window never import Qt, so they start fast and run on machines without
display libraries. Each capability registers its sub-commands in a module of
``desktop_app.commands`` listed in ``COMMAND_MODULES``; a module exposes ``register(subparsers)``
and sets ``func`` on each parser it adds. A ``UserError`` (or a disk that is full, read-only or
not writable) exits with status 2 and one line on stderr; anything else is a crash: its traceback,
a request to report it, and status 1. Every start first removes the temporary folders of
Anticipa processes that were killed, and sends this process's own temporary files to one folder.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import traceback
from collections.abc import Sequence

from desktop_app import __version__

COMMAND_MODULES = (
    "desktop_app.commands.project",
    "desktop_app.commands.importing",
    "desktop_app.commands.exchange",
    "desktop_app.commands.analysis",
    "desktop_app.commands.lifecycles",
    "desktop_app.commands.futures",
    "desktop_app.commands.measures",
    "desktop_app.commands.policy",
    "desktop_app.commands.scenarios",
    "desktop_app.commands.studies",
    "desktop_app.commands.brief",
    "desktop_app.commands.signals",
)


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
    _tidy_temporary_files()
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
    except BrokenPipeError:
        return _reader_left()
    except Exception as error:  # noqa: BLE001 - sorted into the user's mistakes and crashes
        user_error = _as_user_error(error, getattr(args, "project", None))
        if user_error is None:
            traceback.print_exc()
            print(f"anticipa: this is a fault in Anticipa {__version__}, not in your data; "
                  "please report it with the lines above and the command you ran.",
                  file=sys.stderr)
            return 1
        print(f"anticipa: {user_error}", file=sys.stderr)
        return 2


def _reader_left() -> int:
    """The reader of our output closed the pipe (``| head``): end quietly, as ``cat`` does.

    Standard output is pointed at the null device so that the flush at exit does not raise a
    second time; the exit status is the shell's for a process ended by SIGPIPE.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 128 + 13


def _as_user_error(error: BaseException, project: object = None) -> Exception | None:
    from desktop_app.services.progress import Cancelled
    from desktop_app.store.errors import as_user_error

    return error if isinstance(error, Cancelled) else as_user_error(error, project)


def _tidy_temporary_files() -> None:
    from desktop_app.scratch import clean_leftovers, megabytes, use_process_folder

    freed = clean_leftovers()
    if freed:
        print(f"anticipa: removed {megabytes(freed)} of temporary files left by Anticipa "
              "processes that were stopped", file=sys.stderr)
    try:
        use_process_folder()
    except OSError:  # no room or no right to make it: temporary files go where they went before
        pass
