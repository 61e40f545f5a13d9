"""What the scenario views share: the study picker, study-changed news, undo by snapshot, colours.

Views of the Scenarios section keep their own study picker but follow each other: an edit
anywhere emits :class:`StudySignals` ``sig_study_changed(study_id)``, and every picker shows the
study last chosen in any of them. :class:`StudyPage` is such a view's common frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from desktop_app.store import scenarios as store
from desktop_app.ui.snapshot_command import SnapshotCommand
from desktop_app.ui.when_shown import WhenShown
from desktop_app.ui.widgets import FlowLayout, labelled

#: Fill of the closed self-impact blocks.
CLOSED = QColor("#D9D9D9")
# colour-blind safe diverging shades: orange restricts, blue promotes (three steps of strength)
_NEGATIVE = tuple(QColor(code) for code in ("#FDE0C5", "#FDB97D", "#F28A2E"))
_POSITIVE = tuple(QColor(code) for code in ("#D6E6F4", "#9DC3E6", "#5B9BD5"))


def value_colour(value: float, scale: float) -> QColor | None:
    """Background for a judgement: None for 0, deeper orange/blue for stronger -/+ impacts,
    in thirds of ``scale``, the study's largest judgement on that side."""
    if value == 0:
        return None
    step = min(2, max(0, int(abs(value) / max(scale, 1e-9) * 3 + 0.999) - 1))
    return (_POSITIVE if value > 0 else _NEGATIVE)[step]


class StudySignals(QObject):
    """Per-session news about scenario studies (one instance, a child of the session)."""

    sig_study_changed = Signal(int)  # study id whose content changed (-1: the list of studies)
    sig_study_selected = Signal(int)  # the study the user turned to

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.selected: int | None = None  # a view built later opens on this study
        self.sig_study_selected.connect(self._remember)

    def _remember(self, study_id: int) -> None:
        self.selected = study_id

    @staticmethod
    def of(session) -> StudySignals:
        found = session.findChild(StudySignals)
        return found if found is not None else StudySignals(session)


class StudyBox(QComboBox):
    """The project's studies; follows the study chosen in any other scenario view."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._signals = StudySignals.of(session)
        self.setMinimumContentsLength(24)
        self.reload()
        self.currentIndexChanged.connect(self._chosen)
        self._signals.sig_study_changed.connect(lambda _sid: self.reload())
        self._signals.sig_study_selected.connect(self.select)

    def study_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def reload(self) -> None:
        current = self.study_id()
        if current is None:
            current = self._signals.selected
        self.blockSignals(True)
        self.clear()
        for summary in store.list_studies(self._session.db):
            self.addItem(summary.name, summary.id)
        if self.count() == 0:
            self.addItem(QCoreApplication.translate("StudyBox", "(no study yet)"), None)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)
        if self.study_id() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def select(self, study_id: int) -> None:
        index = self.findData(study_id)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def _chosen(self, _index: int) -> None:
        sid = self.study_id()
        if sid is not None:
            self._signals.sig_study_selected.emit(sid)


class ValueCommand(QUndoCommand):
    """An edit that writes ``new`` on redo and puts ``old`` back on undo, through one function."""

    def __init__(self, text: str, write: Callable[[object], None], old, new) -> None:
        super().__init__(text)
        self._write, self._old, self._new = write, old, new

    def redo(self) -> None:
        self._write(self._new)

    def undo(self) -> None:
        self._write(self._old)


class StudySnapshotCommand(SnapshotCommand):
    """A structural edit of one study, undone by putting back the exact rows it changed."""

    def __init__(self, session, study_id: int, text: str, apply: Callable) -> None:
        super().__init__(
            session,
            text,
            apply,
            lambda db: store.study_state(db, study_id),
            lambda db, state: store.restore_study_state(db, study_id, state),
            lambda: StudySignals.of(session).sig_study_changed.emit(study_id),
        )


class NewStudyCommand(QUndoCommand):
    """Create (or import) a whole study; undo deletes it, redo puts the same rows back."""

    def __init__(self, session, text: str, create: Callable[[object], int]) -> None:
        super().__init__(text)
        self._session, self._create = session, create
        self.study_id: int | None = None
        self._state: dict | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        db = self._session.db
        if self._state is None:
            try:
                with self._session.project.transaction():
                    self.study_id = self._create(db)
            except (ValueError, OSError) as error:  # a bad file or name: nothing was written
                self.error = error
                self.setObsolete(True)
                return
            self._state = store.study_state(db, self.study_id)
        else:
            store.restore_study_state(db, self.study_id, self._state)
        signals = StudySignals.of(self._session)
        signals.sig_study_changed.emit(-1)
        signals.sig_study_selected.emit(self.study_id)

    def undo(self) -> None:
        store.delete_study(self._session.db, self.study_id)
        StudySignals.of(self._session).sig_study_changed.emit(-1)


class StudyPage(QWidget):
    """A scenario view of the study chosen in its own :class:`StudyBox`.

    Subclasses lay out their widgets (the picker's row from :meth:`study_row`), implement
    ``reload`` (starting with :meth:`load_study`) and end their constructor with
    :meth:`follow_study`. Edits go through :meth:`push_edit`; a refusal is shown by
    :meth:`refuse` under :meth:`warning_title`.
    """

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signals = StudySignals.of(session)
        self.study: store.Study | None = None
        self.study_box = StudyBox(session)

    def study_row(self) -> FlowLayout:
        """The top row with the study picker; the caller adds its own controls after it (a
        label with its control as one ``labelled`` piece): they wrap when the view is narrow."""
        top = FlowLayout()
        top.addWidget(labelled(self.tr("Study"), self.study_box))
        return top

    def follow_study(self, when_shown: bool = False) -> None:
        """Load the study now, and again when another is chosen or this one (or the list) changes.

        A view that computes much passes ``when_shown``: it then loads only while on screen.
        """
        self._load = WhenShown(self, self.reload).request if when_shown else self.reload
        self.study_box.currentIndexChanged.connect(lambda _i: self._load())
        self.signals.sig_study_changed.connect(self._study_changed)
        self._load()

    def _study_changed(self, study_id: int) -> None:
        if study_id in (-1, self.study_box.study_id()):
            self._load()

    def reload(self) -> None:
        raise NotImplementedError

    def load_study(self) -> store.Study | None:
        """Read the chosen study afresh into ``self.study``."""
        sid = self.study_box.study_id()
        self.study = store.find_study(self.session.db, sid) if sid is not None else None
        return self.study

    def push_edit(self, text: str, apply: Callable) -> bool:
        """Make ``apply(db)`` an undoable edit of the current study; False if it was refused."""
        if self.study is None:
            return False
        command = StudySnapshotCommand(self.session, self.study.id, text, apply)
        self.session.undo_stack_for("scenarios").push(command)
        if command.error is not None:
            return self.refuse(str(command.error))
        return True

    def refuse(self, text: str) -> bool:
        """Tell the user why an edit was not made (status bar, and a box when shown); False."""
        self.session.sig_status.emit(text)
        if self.isVisible():
            QMessageBox.warning(self, self.warning_title(), text)
        return False

    def warning_title(self) -> str:
        return self.tr("Scenario study")
