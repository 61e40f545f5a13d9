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
from desktop_app.ui.translated import error_message


def error_text(error: BaseException, path: Path | None = None) -> str:
    """One paragraph for a status line: the user's message, or a fault to report."""
    user_error = as_user_error(error, path)
    if user_error is not None:
        # a message made below the ui layer is a Text: shown in the interface's language
        return error_message(user_error)
    return QWidget.tr("Anticipa ran into a fault ({kind}: {error}). Please report it, with "
                      "what you were doing.").format(kind=type(error).__name__, error=error)


def show_error(parent: QWidget | None, title: str, error: BaseException,
               path: Path | None = None) -> None:
    """Show ``error_box`` and wait for the user to close it (offscreen: print the message)."""
    if QGuiApplication.platformName() == "offscreen":
        print(f"anticipa: {title}: {error_text(error, path)}", file=sys.stderr)
        return
    error_box(parent, title, error, path).exec()


def error_box(parent: QWidget | None, title: str, error: BaseException,
              path: Path | None = None) -> QMessageBox:
    """A dialog with the message and, under Details, where it happened and the traceback."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error, path),
                      QMessageBox.StandardButton.Ok, parent)
    where = getattr(error, "where", "")
    box.setDetailedText((f"{where}\n\n" if where else "")
                        + "".join(traceback.format_exception(error)))
    return box
