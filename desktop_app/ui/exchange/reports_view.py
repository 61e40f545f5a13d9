"""The Reports section: every workbook that goes out to officials, and the packages that come in.

One card per export layout opens the export dialog on that layout; the exchange card merges a
field office's package and lists the packages merged so far (from the project's ``merges``
table), so headquarters sees at a glance which offices have reported; the questionnaire card
says where expert questionnaires are written and read, with the studies that have them.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store.merges import list_merges
from desktop_app.store.scenarios import list_studies
from desktop_app.ui.exchange.dialogs import ExportDialog, MergeDialog, export_layouts
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.views import ViewSpec


def _card(title: str, text: str, button: QPushButton) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return box


class ReportsView(QWidget):
    """Cards for the export layouts, the merge of field offices' packages and questionnaires."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.export_buttons: dict[str, QPushButton] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        intro = QLabel(
            self.tr(
                "What goes out to officials and field offices, and what comes back. Every "
                "export runs in the background with a progress bar and Cancel; a cancelled or "
                "failed export leaves no file behind."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        for k, (key, title, description) in enumerate(export_layouts()):
            button = QPushButton(self.tr("Export…"))
            button.clicked.connect(lambda _=False, key=key: self.open_export(key))
            self.export_buttons[key] = button
            grid.addWidget(_card(title, description, button), k // 2, k % 2)
        layout.addLayout(grid)

        merge_button = QPushButton(self.tr("Merge a package…"))
        merge_button.clicked.connect(self.open_merge)
        exchange = _card(
            self.tr("Between offices"),
            self.tr(
                "A field office sends its project file; merging it brings in new observations, "
                "competencies and links, lists conflicts for a decision, and records which office "
                "each value came from. Packages merged so far:"
            ),
            merge_button,
        )
        self.merges = QTableWidget(0, 4)
        self.merges.setHorizontalHeaderLabels(
            [self.tr("Office"), self.tr("File"), self.tr("Merged"), self.tr("What came in")]
        )
        self.merges.verticalHeader().hide()
        self.merges.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.merges.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merges.horizontalHeader().setStretchLastSection(True)
        self.merges.setMinimumHeight(120)
        exchange.layout().insertWidget(1, self.merges)
        layout.addWidget(exchange)

        self.questionnaires = QLabel()
        self.questionnaires.setWordWrap(True)
        box = QGroupBox(self.tr("Expert questionnaires"))
        QVBoxLayout(box).addWidget(self.questionnaires)
        layout.addWidget(box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.sig_observations_changed.connect(lambda _ids: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Read the merges and the studies again (after a merge, or a study added)."""
        db = self.session.db
        rows = list_merges(db)
        self.merges.setRowCount(len(rows))
        for r, merge in enumerate(rows):
            added = json.loads(merge.summary_json or "{}").get("added", {})
            what = ", ".join(f"{n:,} {kind}" for kind, n in added.items() if n)
            when = merge.merged_at.replace("T", " ").rstrip("Z")
            for c, text in enumerate((merge.office, merge.file_name, when, what or "—")):
                self.merges.setItem(r, c, QTableWidgetItem(text))
        if not rows:
            self.merges.setRowCount(1)
            self.merges.setItem(0, 0, QTableWidgetItem(self.tr("None yet")))
        listed = "; ".join(
            self.tr("{0} (experts: {1})").format(study.name, study.n_experts)
            for study in list_studies(db)
        )
        self.questionnaires.setText(
            self.tr(
                "One workbook per expert with every descriptor-variant pair, a -3…+3 drop-down "
                "and a comment column; returned workbooks come back in as that expert's matrix, "
                "with a report of blank and off-scale cells. Write and read them in Scenarios ▸ "
                "Cross impacts (Questionnaire…, Import answers…). Studies: {0}."
            ).format(listed or self.tr("none yet"))
        )

    def open_export(self, layout_key: str) -> ExportDialog:
        """The export dialog on ``layout_key``; returned so that callers can drive it."""
        dialog = ExportDialog(self.session, self, layout_key)
        dialog.open()
        return dialog

    def open_merge(self) -> MergeDialog:
        dialog = MergeDialog(self.session, None, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog


VIEWS = [
    ViewSpec("reports", lambda: QCoreApplication.translate("Sections", "Reports"), ReportsView),
]
