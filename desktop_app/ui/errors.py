"""How the window shows an error: the same words as the command line, the rest behind Details.

A ``UserError`` (or a full, read-only or forbidden disk) shows its message; anything else is a
fault in Anticipa, shown as such with its traceback under "Show Details…" to report. Offscreen
(``anticipa open --screenshot``) no one could close a modal dialog, so the message goes to stderr.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.store.errors import as_user_error


def error_text(error: BaseException, path: Path | None = None) -> str:
    """One paragraph for a status line: the user's message, or a fault to report."""
    user_error = as_user_error(error, path)
    if user_error is not None:
        return str(user_error)
    return QWidget.tr("Anticipa ran into a fault ({kind}: {error}). Please report it, with "
                      "what you were doing.").format(kind=type(error).__name__, error=error)


def show_error(parent: QWidget | None, title: str, error: BaseException,
               path: Path | None = None) -> None:
    """A dialog with the message and, under Details, where it happened and the traceback."""
    text = error_text(error, path)
    details = "".join(traceback.format_exception(error))
    if QGuiApplication.platformName() == "offscreen":
        print(f"anticipa: {title}: {text}", file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    where = getattr(error, "where", "")
    box.setDetailedText((f"{where}\n\n" if where else "") + details)
    box.exec()
