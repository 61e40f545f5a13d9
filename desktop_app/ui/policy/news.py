"""The signpost changes an import or an undo brought, as one line for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.store.signals import changes_of_batch


def signpost_news(db, batch_id: int, cause: str) -> str:
    """' Signposts: <the first change>; and N more.' or '' when no status changed."""
    changes = changes_of_batch(db, batch_id, cause)
    if not changes:
        return ""
    more = (QCoreApplication.translate("SignpostNews", "; and {n} more (Policy & signals)")
            .format(n=len(changes) - 1) if len(changes) > 1 else "")
    return QCoreApplication.translate("SignpostNews", " Signposts: {change}{more}.").format(
        change=changes[0], more=more)
