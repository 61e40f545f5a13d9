"""Texts made below the ui layer (``desktop_app.texts.Text``), in the interface's language."""

import datetime as _dt

from PySide6.QtCore import QCoreApplication

from desktop_app.errors import UserError
from desktop_app.io.language import ENGLISH, Language, language
from desktop_app.texts import CONTEXT, render
from desktop_app.ui.numbers import in_locale


def translated(text: str) -> str:
    """``text`` translated when it is a ``Text`` (its numbers with the locale's separators); any
    other string as it is."""
    return render(text, lambda message: QCoreApplication.translate(CONTEXT, message), in_locale)


def error_message(error: BaseException) -> str:
    """An error's message in the interface's language (a message made below the ui layer is a
    ``Text``); any other error's text as it is."""
    message = error.args[0] if len(error.args) == 1 else None
    return translated(message) if isinstance(message, str) else str(error)


def export_language() -> Language:
    """The window's language for the workbooks it writes: the one chosen in Preferences (or the
    system's), English when no translation of it is bundled, as the window itself falls back."""
    from desktop_app.ui.preferences import interface_language

    try:
        return language(interface_language())
    except UserError:
        return ENGLISH


def written_date(iso: str) -> str:
    """A stored date ("2015-12-31") as the interface's language writes it ("31 de diciembre de
    2015"); a text that is not such a date stays as it is."""
    try:
        day = _dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return export_language().date(day)
