"""What the sub-commands share: the ``--project`` and ``--json`` options, and opening a project.

Not a command module itself (it is not listed in ``cli.COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_project_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--project", type=Path, required=True, metavar="P", help="project file")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def open_existing(path: Path):
    """Open the project at ``path``, refusing a file that is not one (or is newer) untouched."""
    from desktop_app.store.project import open_project, read_header

    read_header(path)
    return open_project(path)
