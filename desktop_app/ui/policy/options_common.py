"""What the policy option views share: register news, undo by snapshot, the judgement's choices.

Every edit of the register goes through :class:`RegisterCommand` (an exact snapshot of the
options, targets and effects before and after) and is announced by
:class:`OptionSignals` ``sig_register_changed``, so the other option views follow.
:class:`OptionsRunPage` is the frame of the views that show a judgement (study, outcome,
threshold, computed in the background by ``services.policy_options.run_options``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop_app.io.cells import parse_number
from desktop_app.services.policy_options import OptionsRun, run_options
from desktop_app.store import policy_options as store
from desktop_app.ui.errors import error_text
from desktop_app.ui.scenarios.study_common import StudyPage
from desktop_app.ui.snapshot_command import SnapshotCommand
from desktop_app.ui.translated import translated

#: Regret shading, from none (white) to the largest in the matrix (vermilion, Okabe-Ito).
_NO_REGRET = QColor("#FFFFFF")
_MOST_REGRET = QColor("#D55E00")


def regret_colour(regret: float, largest: float) -> QColor:
    """A cell's background: white for no regret, deeper vermilion towards ``largest``."""
    share = 0.0 if largest <= 0 else min(1.0, max(0.0, regret / largest))
    share *= 0.75  # keep the darkest cells readable
    return QColor(
        *(round(a + (b - a) * share) for a, b in zip(_NO_REGRET.getRgb()[:3],
                                                      _MOST_REGRET.getRgb()[:3], strict=True))
    )


class OptionSignals(QObject):
    """Per-session news about the options register (one instance, a child of the session)."""

    sig_register_changed = Signal()

    @staticmethod
    def of(session) -> OptionSignals:
        found = session.findChild(OptionSignals)
        return found if found is not None else OptionSignals(session)


class RegisterCommand(SnapshotCommand):
    """An edit of the register, undone by putting back the exact rows before it."""

    def __init__(self, session, text: str, apply: Callable) -> None:
        super().__init__(
            session,
            text,
            apply,
            store.register_state,
            store.restore_register_state,
            OptionSignals.of(session).sig_register_changed.emit,
        )


class OptionsRunPage(StudyPage):
    """A view of one judgement: the study, the outcome and the threshold in the top row; the
    run computed in the background after every change; subclasses draw it in :meth:`show_run`.

    The session runs one background task at a time, so a hidden view does not compute: it
    remembers that it is stale and computes when shown.
    """

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.run: OptionsRun | None = None
        self._stale = True
        self.outcome = QComboBox()
        self.threshold = QLineEdit()
        self.threshold.setPlaceholderText(self.tr("better than No action"))
        self.threshold.setToolTip(self.tr("The level an option must reach in a scenario; empty: "
                                          "better than doing nothing there"))
        self.top = self.study_row()
        for label, widget in ((self.tr("Outcome"), self.outcome),
                              (self.tr("Threshold"), self.threshold)):
            self.top.addWidget(QLabel(label))
            self.top.addWidget(widget)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._recompute = QTimer(self)
        self._recompute.setSingleShot(True)
        self._recompute.setInterval(300)
        self._recompute.timeout.connect(self.compute)
        self.session.sig_closing.connect(self._recompute.stop)
        self.outcome.currentIndexChanged.connect(lambda _i: self._recompute.start())
        self.threshold.editingFinished.connect(self._recompute.start)
        OptionSignals.of(session).sig_register_changed.connect(self._recompute.start)

    def warning_title(self) -> str:
        return self.tr("Policy options")

    def reload(self) -> None:
        self.load_study()
        current = self.outcome.currentText()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for outcome in store.list_outcomes(self.session.db):
            self.outcome.addItem(outcome.name)
        self.outcome.setCurrentIndex(max(0, self.outcome.findText(current)))
        self.outcome.blockSignals(False)
        self.compute()

    def threshold_value(self) -> float | None:
        text = self.threshold.text().strip()
        return None if not text else parse_number(text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.compute()

    def compute(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.study is None:
            self.summary.setText(self.tr("Choose a study with scenarios."))
            return
        threshold = self.threshold_value()
        if self.threshold.text().strip() and threshold is None:
            self.summary.setText(self.tr("The threshold is not a number."))
            return
        project, study_id, outcome = self.session.project, self.study.id, self.outcome.currentText()

        def task(progress):
            with project.connection() as db:
                return run_options(db, study_id, outcome=outcome, threshold=threshold,
                                   progress=progress)

        self.summary.setText(self.tr("Judging the options ..."))
        self.session.tasks.start(self.tr("Judging the policy options"), task,
                                 on_done=self._done, on_error=self._failed,
                                 on_cancelled=self._cancelled)

    def _cancelled(self) -> None:
        self._stale = True
        self.summary.setText(self.tr("Stopped; shown again, the view computes anew."))

    def _done(self, run: OptionsRun) -> None:
        self.run = run
        self.summary.setText(self.tr("{outcome} ({better}) in {n} scenarios, from {source}.")
                             .format(outcome=run.outcome.capitalize(), n=len(run.scenarios),
                                     source=translated(run.source),
                                     better=self.tr("more is better") if run.direction == "higher"
                                     else self.tr("less is better")))
        self.show_run(run)

    def _failed(self, error: Exception) -> None:
        self.run = None
        self.summary.setText(error_text(error))
        self.show_run(None)

    def show_run(self, run: OptionsRun | None) -> None:
        raise NotImplementedError
