"""What the sub-commands share: the ``--project`` and ``--json`` options, and opening a project.

Not a command module itself (it is not listed in ``cli.COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

WRITER_WAIT_SECONDS = 120.0  # how long a command that writes waits for another writer


def add_project_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--project", type=Path, required=True, metavar="P", help="project file")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def open_existing(path: Path, read_only: bool = False):
    """Open the project at ``path``, refusing a file that is not one (or is newer) untouched.

    A command that only reads takes no lock and says on stderr when the project is damaged; one
    that writes waits for another writer to finish (saying so) instead of failing at once.
    """
    from desktop_app.store.project import open_project, read_header

    read_header(path)
    if read_only:
        project = open_project(path, read_only=True, wait=WRITER_WAIT_SECONDS, on_wait=_waiting)
        if project.damage:
            print(f"anticipa: warning: {project.damage}", file=sys.stderr)
        return project
    return open_project(path, wait=WRITER_WAIT_SECONDS, on_wait=_waiting)


def _waiting(holder: str) -> None:
    print(f"anticipa: another Anticipa ({holder or 'a window or command'}) is changing this "
          f"project; waiting up to {WRITER_WAIT_SECONDS:.0f} s for it to finish ...",
          file=sys.stderr, flush=True)
