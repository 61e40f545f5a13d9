"""Where bundled resources live, from a source checkout and from the frozen installer build."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def guide_dir() -> Path:
    """The user guide's folder: ``docs/guide`` in a checkout, ``guide`` inside the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "guide"
    return Path(__file__).resolve().parent.parent / "docs" / "guide"
