"""Competency x industry matrix of the region: link strengths 1-5, edited in place with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.ui.lifecycles.edit_commands import SetIndustryLinkCommand
from desktop_app.ui.lifecycles.state import LifecycleState, RegionBar
from desktop_app.ui.session import ProjectSession


class MatrixView(QWidget):
    """Rows: competencies; columns: industries; a cell holds the link strength (blank: none)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = LifecycleState.of(session)
        self.table = QTableWidget()
        self.table.itemChanged.connect(self._edited)
        self.message = QLabel(
            self.tr(
                "Type 1 (weak) to 5 (strong), or clear a cell to remove the link. Links for all "
                "regions are shown in italics; editing one makes it specific to this region."
            )
        )
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(RegionBar(self.state, with_measure=False))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        # rebuilt after the edit's signal returns: the edited cell must outlive its handler
        self.state.sig_register.connect(lambda: QTimer.singleShot(0, self.refresh))
        self.state.sig_result.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        db = self.session.db
        region_id = self.state.region_id()
        self.competencies = store.list_competencies(db)
        self.industries = classifications.list_all(db, "industry")
        links = {}
        for link in store.industry_links(db, region_id):
            key = (link.competency_id, link.industry_id)
            if key not in links or link.region_id is not None:
                links[key] = link
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setRowCount(len(self.competencies))
        self.table.setColumnCount(len(self.industries))
        self.table.setHorizontalHeaderLabels([c.code for c in self.industries])
        self.table.setVerticalHeaderLabels([c.name for c in self.competencies])
        for c, industry in enumerate(self.industries):
            self.table.horizontalHeaderItem(c).setToolTip(industry.name)
        for r, competency in enumerate(self.competencies):
            for c, industry in enumerate(self.industries):
                link = links.get((competency.id, industry.id))
                item = QTableWidgetItem("" if link is None else str(link.strength))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if link is not None:
                    shade = QColor("#0072B2")
                    shade.setAlpha(30 + 40 * link.strength)
                    item.setBackground(shade)
                    item.setToolTip(
                        self.tr("since %s; %s") % (link.valid_from or "?", link.evidence or "")
                    )
                    if link.region_id is None:
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
        industry = self.industries[item.column()]
        strength = None
        if text:
            if text not in {"1", "2", "3", "4", "5"}:
                self.message.setText(
                    self.tr("%s × %s: %r is not a strength from 1 to 5.")
                    % (competency.name, industry.code, text)
                )
                self.refresh()
                return
            strength = int(text)
        self.session.undo_stack.push(
            SetIndustryLinkCommand(
                self.session.db,
                self.state.sig_register.emit,
                competency.id,
                industry.id,
                self.state.region_id(),
                strength,
                f"{competency.name} × {industry.code}",
            )
        )
