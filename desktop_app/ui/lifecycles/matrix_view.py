"""Competency matrices: x industries (per region) or x institutions, strengths 1-5, with undo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.ui.lifecycles.edit_commands import (
    SetIndustryLinkCommand,
    SetInstitutionLinkCommand,
)
from desktop_app.ui.lifecycles.state import LifecycleState, RegionBar
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.when_shown import WhenShown


@dataclass(frozen=True)
class _Column:
    id: int
    label: str
    tooltip: str


class MatrixView(QWidget):
    """Rows: competencies; columns: industries or institutions; a cell holds the strength."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = LifecycleState.of(session)
        self.columns_box = QComboBox()
        self.columns_box.addItem(self.tr("Industries (this region)"), "industry")
        self.columns_box.addItem(self.tr("Meso institutions"), "institution")
        self.columns_box.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget()
        self.table.itemChanged.connect(self._edited)
        self.message = QLabel(
            self.tr(
                "Type 1 (weak) to 5 (strong), or clear a cell to remove the link. Industry links "
                "for all regions are shown in italics; editing one makes it specific to this "
                "region."
            )
        )
        self.message.setWordWrap(True)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Competencies ×")))
        choose.addWidget(self.columns_box)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(RegionBar(self.state, with_measure=False))
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        # rebuilt after the edit's signal returns: the edited cell must outlive its handler
        self.when_shown = WhenShown(self, self.refresh)  # hidden tabs refresh when shown
        self.state.sig_register.connect(
            lambda: QTimer.singleShot(0, self.when_shown.request)
        )
        self.state.sig_result.connect(self.when_shown.request)
        self.when_shown.request()

    @property
    def kind(self) -> str:
        return self.columns_box.currentData()

    def _cells(self) -> tuple[list[_Column], dict[tuple[int, int], object]]:
        db = self.session.db
        if self.kind == "institution":
            columns = [_Column(i.id, i.name, i.description) for i in store.list_institutions(db)]
            links = {
                (link.competency_id, link.institution_id): link
                for link in store.institution_links(db)
            }
            return columns, links
        columns = [_Column(c.id, c.code, c.name) for c in classifications.list_all(db, "industry")]
        links = {}
        for link in store.industry_links(db, self.state.region_id()):
            key = (link.competency_id, link.industry_id)
            if key not in links or link.region_id is not None:
                links[key] = link
        return columns, links

    def refresh(self) -> None:
        self.competencies = store.list_competencies(self.session.db)
        self.columns, links = self._cells()
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setRowCount(len(self.competencies))
        self.table.setColumnCount(len(self.columns))
        self.table.setHorizontalHeaderLabels([c.label for c in self.columns])
        self.table.setVerticalHeaderLabels([c.name for c in self.competencies])
        for c, column in enumerate(self.columns):
            self.table.horizontalHeaderItem(c).setToolTip(column.tooltip)
        for r, competency in enumerate(self.competencies):
            for c, column in enumerate(self.columns):
                link = links.get((competency.id, column.id))
                item = QTableWidgetItem("" if link is None else str(link.strength))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if link is not None:
                    shade = QColor("#0072B2")
                    shade.setAlpha(30 + 40 * link.strength)
                    item.setBackground(shade)
                    item.setToolTip(
                        self.tr("since %s; %s") % (link.valid_from or "?", link.evidence or "")
                    )
                    if getattr(link, "region_id", 0) is None:
                        font = item.font()
                        font.setItalic(True)
                        item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setMinimumSectionSize(52)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        text = item.text().strip()
        competency = self.competencies[item.row()]
        column = self.columns[item.column()]
        strength = None
        if text:
            if text not in {"1", "2", "3", "4", "5"}:
                self.message.setText(
                    self.tr("%s × %s: %r is not a strength from 1 to 5.")
                    % (competency.name, column.label, text)
                )
                self.refresh()
                return
            strength = int(text)
        label = f"{competency.name} × {column.label}"
        if self.kind == "institution":
            command = SetInstitutionLinkCommand(
                self.session.db,
                self.state.sig_register.emit,
                competency.id,
                column.id,
                strength,
                label,
            )
        else:
            command = SetIndustryLinkCommand(
                self.session.db,
                self.state.sig_register.emit,
                competency.id,
                column.id,
                self.state.region_id(),
                strength,
                label,
            )
        self.session.undo_stack_for("lifecycles").push(command)
