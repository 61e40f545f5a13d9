"""The open project as the views see it: store, undo stack, task runner and change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.store.project import Project
from desktop_app.ui.tasks import TaskRunner


class ProjectSession(QObject):
    """Shared by every view of one open project.

    Views read through ``project.db`` (GUI thread), push every edit as a ``QUndoCommand`` on
    ``undo_stack``, run long work with ``tasks``, and listen to the ``sig_*`` signals to refresh.
    """

    sig_observations_changed = Signal(object)  # list of observation ids, or None for "many"
    sig_classifications_changed = Signal()  # regions, industries or measures changed
    sig_inspect = Signal(str, str)  # title, HTML: shown in the inspector dock
    sig_status = Signal(str)  # a short message for the status bar
    sig_closing = Signal()  # the project is about to close: stop timers that would read it

    def __init__(self, project: Project, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.tasks = tasks

    @property
    def db(self):
        return self.project.db

    def close(self) -> None:
        self.sig_closing.emit()
        self.tasks.discard()
        self.project.close()
