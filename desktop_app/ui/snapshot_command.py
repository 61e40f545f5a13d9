"""An undoable edit that is undone by putting back the exact rows it changed.

A study's structure or the options register changes in many tables at once; rather than one
inverse per kind of edit, the command keeps a snapshot of the rows before the edit and of the
rows after it, and puts one or the other back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class SnapshotCommand(QUndoCommand):
    """``apply(db)`` makes the edit the first time; later redos restore the state it produced.

    ``snapshot(db)`` reads the rows the edit may touch, ``restore(db, state)`` puts such a
    snapshot back, ``changed()`` tells the views. An edit the store refuses (a ``ValueError``,
    such as a ``UserError``) leaves ``error`` set and the command obsolete (dropped by the stack).
    """

    def __init__(
        self,
        session,
        text: str,
        apply: Callable,
        snapshot: Callable,
        restore: Callable,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._session, self._apply = session, apply
        self._snapshot, self._restore, self._changed = snapshot, restore, changed
        self._before = snapshot(session.db)
        self._after: dict | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        db = self._session.db
        if self._after is None:
            try:
                with self._session.project.transaction():
                    self._apply(db)
            except ValueError as error:  # nothing was written
                self.error = error
                self.setObsolete(True)
                return
            self._after = self._snapshot(db)
        else:
            with self._session.project.transaction():
                self._restore(db, self._after)
        self._changed()

    def undo(self) -> None:
        with self._session.project.transaction():
            self._restore(self._session.db, self._before)
        self._changed()
