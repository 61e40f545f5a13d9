"""Deciding an experiment in the window: its status, the lesson and the next decision date, as
one undoable edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.store import signals as store


class ExperimentEditCommand(QUndoCommand):
    """Store ``new`` in place of ``old`` (same name); undo stores ``old`` again."""

    def __init__(self, db, changed: Callable[[], None], old: store.Experiment,
                 new: store.Experiment) -> None:
        super().__init__(QCoreApplication.translate("ExperimentEdit", "Decide experiment %s")
                         % old.name)
        self.db, self.changed, self.old, self.new = db, changed, old, new

    def redo(self) -> None:
        store.save_experiment(self.db, self.new)
        self.changed()

    def undo(self) -> None:
        store.save_experiment(self.db, self.old)
        self.changed()


class DecisionDialog(QDialog):
    """Status, lesson and decision date of one experiment."""

    def __init__(self, experiment: store.Experiment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide: {name}").format(name=experiment.name))
        self.experiment = experiment
        self.status = QComboBox()
        self.status.addItems(store.EXPERIMENT_STATUSES)
        self.status.setCurrentText(experiment.status)
        self.decision = QDateEdit(QDate.fromString(experiment.decision_date, "yyyy-MM-dd"))
        self.decision.setCalendarPopup(True)
        self.decision.setDisplayFormat("yyyy-MM-dd")
        self.lesson = QPlainTextEdit(experiment.lesson)
        self.lesson.setPlaceholderText(self.tr(
            "What was learned: stopping an experiment is a result too."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        hypothesis = QLabel(experiment.hypothesis or "–")
        hypothesis.setWordWrap(True)
        form.addRow(self.tr("Hypothesis"), hypothesis)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Next decision date"), self.decision)
        form.addRow(self.tr("Lesson"), self.lesson)
        form.addRow(buttons)

    def decided(self) -> store.Experiment:
        return dataclasses.replace(
            self.experiment, status=self.status.currentText(),
            decision_date=self.decision.date().toString("yyyy-MM-dd"),
            lesson=self.lesson.toPlainText().strip(),
        )
