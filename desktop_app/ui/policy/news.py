"""The signpost changes an import or an undo brought, as one line for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.signals import in_words
from desktop_app.store.signals import changes_of_batch
from desktop_app.ui.translated import translated


def signpost_news(db, batch_id: int, cause: str) -> str:
    """' Signposts: <the first change>; and N more.' or '' when no status changed."""
    changes = in_words(db, changes_of_batch(db, batch_id, cause))
    if not changes:
        return ""
    more = (QCoreApplication.translate("SignpostNews", "; and {n} more (Policy & signals)")
            .format(n=len(changes) - 1) if len(changes) > 1 else "")
    return QCoreApplication.translate("SignpostNews", " Signposts: {change}{more}.").format(
        change=translated(changes[0]), more=more)
