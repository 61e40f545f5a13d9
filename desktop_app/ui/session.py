"""The open project as the views see it: store, undo stacks, task runner and change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from desktop_app.store.project import Project
from desktop_app.ui.tasks import TaskRunner


class ProjectSession(QObject):
    """Shared by every view of one open project.

    Views read through ``project.db`` (GUI thread), push every edit as a ``QUndoCommand`` on
    their section's stack (``undo_stack_for(section_key)``), run long work with ``tasks``, and
    listen to the ``sig_*`` signals to refresh. The stacks form ``undo_group``, whose active
    stack is the shown section's: Edit ▸ Undo acts where the user is, as in Qt's own
    applications, and never takes back an edit made in another section.
    """

    sig_observations_changed = Signal(object)  # list of observation ids, or None for "many"
    sig_classifications_changed = Signal()  # regions, industries or measures changed
    sig_inspect = Signal(str, str)  # title, HTML: shown in the inspector dock
    sig_status = Signal(str)  # a short message for the status bar
    sig_closing = Signal()  # the project is about to close: stop timers that would read it

    def __init__(self, project: Project, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_group = QUndoGroup(self)
        self._undo_stacks: dict[str, QUndoStack] = {}
        self.tasks = tasks

    def undo_stack_for(self, section: str) -> QUndoStack:
        """The undo stack of a navigator section (``'data'``, ``'scenarios'``...), made once."""
        stack = self._undo_stacks.get(section)
        if stack is None:
            stack = self._undo_stacks[section] = QUndoStack(self)
            self.undo_group.addStack(stack)
        return stack

    @property
    def db(self):
        return self.project.db

    def close(self) -> None:
        self.sig_closing.emit()
        self.tasks.discard()
        self.project.close()
