"""Undoable edits of observations: each keeps the exact old state and restores it on undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.store import measures
from desktop_app.store import observations as store
from desktop_app.store.batches import create_batch


class EditValueCommand(QUndoCommand):
    """Set one observation's value by hand.

    The new value is recorded as a manual edit (its own batch, with author and time); the old
    value, flag and cell stay in the observation's history, and undo puts them back.
    """

    def __init__(self, session, observation_id: int, value: float | None) -> None:
        super().__init__()
        self._session = session
        self._id = observation_id
        self._value = value
        self._old = store.stored_state(session.db, observation_id)
        self._batch_id: int | None = None
        row = store.get_row(session.db, observation_id)
        self.setText(QCoreApplication.translate("EditValueCommand", "Edit {what}").format(
            what=f"{row.region} / {row.industry} / {row.year}"))

    def redo(self) -> None:
        db = self._session.db
        with self._session.project.transaction():
            if self._batch_id is None:
                self._batch_id = create_batch(db, "manual", label="Manual edit")
            store.put_state(db, self._id, store.StoredState(
                value=self._value, flag=None if self._value is not None else "missing",
                batch_id=self._batch_id, sheet=None, cell=None))
        self._session.sig_observations_changed.emit([self._id])

    def undo(self) -> None:
        with self._session.project.transaction():
            store.put_state(self._session.db, self._id, self._old)
        self._session.sig_observations_changed.emit([self._id])


class SetIntensityCommand(QUndoCommand):
    """Mark a measure as an intensity (held per job, weighted by the projected jobs in the
    futures) or as a level; undo restores the previous kind."""

    def __init__(self, session, measure_id: int, intensity: bool, on_change) -> None:
        super().__init__()
        self._session = session
        self._id = measure_id
        self._intensity = intensity
        self._on_change = on_change
        self.setText(QCoreApplication.translate("SetIntensityCommand", "Change a measure's kind"))

    def _set(self, intensity: bool) -> None:
        with self._session.project.transaction():
            measures.set_intensity(self._session.db, self._id, intensity)
        self._on_change()

    def redo(self) -> None:
        self._set(self._intensity)

    def undo(self) -> None:
        self._set(not self._intensity)
