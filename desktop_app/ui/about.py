"""The About dialog: what Anticipa is and the versions of what it runs on."""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import __version__

_LIBRARIES = ("numpy", "scipy", "pyqtgraph", "sqlite-utils", "openpyxl", "python-calamine")


def versions() -> dict[str, str]:
    """Versions of Anticipa, Python, Qt and the main libraries (for the dialog and bug reports)."""
    found = {"Anticipa": __version__, "Python": platform.python_version(),
             "Qt": qVersion(), "PySide6": pyside_version, "SQLite": sqlite3.sqlite_version}
    for name in _LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            module = sys.modules.get(name.replace("-", "_").replace("python_", ""))
            found[name] = getattr(module, "__version__", "?")
    return found


def show_about(parent: QWidget) -> None:
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;{version}</td></tr>"
                   for name, version in versions().items())
    title = QCoreApplication.translate("MainWindow", "About Anticipa")
    text = QCoreApplication.translate(
        "MainWindow",
        "<h3>Anticipa {version}</h3><p>Regional industries: data, specialisation, lifecycles, "
        "scenarios and policy, offline.</p>",
    ).format(version=__version__)
    QMessageBox.about(parent, title, text + f"<table>{rows}</table>")
