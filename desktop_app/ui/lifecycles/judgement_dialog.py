"""Override a computed lifecycle stage with a dated, signed judgement; see all earlier ones."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.store.batches import current_author
from desktop_app.store.lifecycle_judgements import STAGES, history
from desktop_app.ui.lifecycles.stages import stage_label


class JudgementDialog(QDialog):
    """Stage, date, author and reason for one region and industry, above its history."""

    def __init__(
        self,
        db,
        region_id: int,
        industry_id: int,
        title: str,
        computed: str | None,
        computed_reason: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lifecycle judgement: %s") % title)
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        if computed in STAGES:
            self.stage.setCurrentIndex(STAGES.index(computed))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.author = QLineEdit(current_author())
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why this stage? (required)"))
        self.reason.setMaximumHeight(90)
        proposal = QLabel(
            self.tr("Computed: %s — %s") % (computed or self.tr("no stage"), computed_reason)
        )
        proposal.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Judged on"), self.date)
        form.addRow(self.tr("Signed by"), self.author)
        form.addRow(self.tr("Reason"), self.reason)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Judged on"),
                self.tr("Stage"),
                self.tr("Signed by"),
                self.tr("Reason"),
                self.tr("Recorded"),
            ]
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        earlier = history(db, region_id, industry_id)
        self.history.setRowCount(len(earlier))
        for row, judgement in enumerate(earlier):
            for col, text in enumerate(
                (
                    judgement.judged_on,
                    judgement.stage,
                    judgement.author,
                    judgement.reason,
                    judgement.created_at,
                )
            ):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self._check()
        layout = QVBoxLayout(self)
        layout.addWidget(proposal)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("History (newest first; the newest is in force)")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    def _check(self) -> None:
        ok = bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str, str, str]:
        """(stage, reason, author, judged_on ISO date)."""
        day = self.date.date()
        judged_on = datetime.date(day.year(), day.month(), day.day()).isoformat()
        return (
            self.stage.currentData(),
            self.reason.toPlainText().strip(),
            self.author.text().strip(),
            judged_on,
        )
