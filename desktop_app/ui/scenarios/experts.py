"""Experts of a study, how their matrices are combined, and where they disagree.

The spread (largest minus smallest judgement) of every cell is shown as a heat grid in the
descriptor blocks; beside it, the cells whose disagreement could overturn a consistent scenario
of the combined matrix, most scenarios at risk first. That search runs as a background task.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import cib
from desktop_app.store import scenarios as store
from desktop_app.ui.errors import error_text
from desktop_app.ui.scenarios.block_grid import BlockGridModel, BlockTable, VerticalHeader
from desktop_app.ui.scenarios.study_common import CLOSED, StudyPage
from desktop_app.ui.translated import error_message
from desktop_app.ui.widgets import add_buttons, ask_name, labelled

_AGGREGATIONS = {
    "mean": lambda: QCoreApplication.translate("ExpertsView", "Mean"),
    "median": lambda: QCoreApplication.translate("ExpertsView", "Median"),
    "sum": lambda: QCoreApplication.translate("ExpertsView", "Sum"),
}
# sequential, colour-blind safe: white (all agree) .. deep purple (the study's widest spread)
_SPREAD = tuple(
    QColor(code)
    for code in ("#FFFFFF", "#EFEDF5", "#DADAEB", "#BCBDDC", "#9E9AC8", "#807DBA", "#6A51A3")
)
_WHITE_TEXT = QColor("#FFFFFF")


def find_disagreement(
    matrix: cib.CrossImpactMatrix, matrices: list[np.ndarray], seconds: float = 20.0, progress=None
) -> tuple[cib.Disagreement, int, str]:
    """Spread per cell and the critical cells for the combined matrix's consistent scenarios.

    Returns the disagreement, the number of consistent scenarios and a note (empty, or why
    the critical cells could not be found in time).
    """

    def callback(fraction: float) -> None:
        if progress is not None:
            progress.report(
                fraction,
                QCoreApplication.translate(
                    "ExpertsView", "Consistent scenarios of the combined matrix"
                ),
            )
            progress.check()

    note = ""
    try:
        found = cib.solve(matrix, callback=callback, deadline=time.monotonic() + seconds)
        scenarios = found.scenarios
    except cib.SearchTimeout:
        scenarios = np.zeros((0, len(matrix.descriptors)), dtype=np.int64)
        note = QCoreApplication.translate(
            "ExpertsView",
            "The consistent scenarios were not all found within {s:g} s, so "
            "the cells that change them are not listed.",
        ).format(s=seconds)
    return cib.disagreement(matrix, matrices, scenarios), len(scenarios), note


class SpreadModel(BlockGridModel):
    """The spread of the experts' judgements per cell, in the matrix layout."""

    _top = 1.0  # the largest spread, the top of the colour scale

    @property
    def spread(self) -> np.ndarray:
        """Per cell, the largest minus the smallest judgement."""
        return self.values

    def load(self, study: store.Study | None, spread: np.ndarray | None) -> None:
        self.beginResetModel()
        self._take(study, spread)
        # the colour scale's top, once: painting asks for hundreds of cells
        self._top = max(float(self.spread.max(initial=0)), 1.0)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        closed = self._closed[r][c]
        value = self.cells[r][c]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if closed or value == 0 else f"{value:g}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if closed:
                return CLOSED
            return _SPREAD[min(6, math.ceil(value / self._top * 6))]
        if role == Qt.ItemDataRole.ForegroundRole and value / self._top > 0.6:
            return _WHITE_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ExpertsView", "{src} → {dst}: experts differ by {v:g}"
            ).format(src=self.labels[r], dst=self.labels[c], v=value)
        return None


class ExpertsView(StudyPage):
    """Experts, the aggregation (sum, mean, median) and the disagreement between them."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.last_result: tuple | None = None
        self._pending: tuple | None = None

        self.aggregation = QComboBox()
        for key, title in _AGGREGATIONS.items():
            self.aggregation.addItem(title(), key)
        top = self.study_row()
        top.addWidget(labelled(self.tr("Combine experts by"), self.aggregation))

        self.experts = QListWidget()
        experts_box = QGroupBox(self.tr("Experts"))
        experts_layout = QVBoxLayout(experts_box)
        experts_layout.addWidget(self.experts, 1)
        buttons = QHBoxLayout()
        add_buttons(
            buttons,
            (
                (self.tr("Add…"), self._ask_add),
                (self.tr("Rename…"), self._ask_rename),
                (self.tr("Remove"), self.remove_expert),
            ),
        )
        experts_layout.addLayout(buttons)

        self.spread_model = SpreadModel(self)
        self.spread_table = BlockTable()
        self.spread_table.setModel(self.spread_model)
        self.spread_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.spread_table.setHorizontalHeader(VerticalHeader(self.spread_table))
        self.spread_table.horizontalHeader().setDefaultSectionSize(24)
        self.spread_table.verticalHeader().setDefaultSectionSize(20)
        self.spread_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        spread_box = QGroupBox(self.tr("Spread of the judgements (largest − smallest)"))
        QVBoxLayout(spread_box).addWidget(self.spread_table)

        self.critical = QTableWidget(0, 3)
        self.critical.setHorizontalHeaderLabels(
            [self.tr("Judgement"), self.tr("Spread"), self.tr("Scenarios at risk")]
        )
        self.critical.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.critical.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.critical.verticalHeader().hide()
        self.critical.currentCellChanged.connect(self._critical_chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        critical_box = QGroupBox(self.tr("Disagreements that change the result"))
        critical_layout = QVBoxLayout(critical_box)
        critical_layout.addWidget(self.summary)
        self.find_button = QPushButton(self.tr("Find the judgements that matter"))
        self.find_button.clicked.connect(self.find_critical)
        critical_layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        critical_layout.addWidget(self.critical, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(experts_box)
        left.addWidget(critical_box)
        left.setStretchFactor(1, 2)
        body = QSplitter()
        body.addWidget(left)
        body.addWidget(spread_box)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        self.aggregation.currentIndexChanged.connect(self._aggregation_chosen)
        self.follow_study(when_shown=True)

    def reload(self) -> None:
        self.load_study()
        self.experts.clear()
        self.aggregation.blockSignals(True)
        if self.study is not None:
            self.aggregation.setCurrentIndex(self.aggregation.findData(self.study.aggregation))
            for e in self.study.experts:
                item = QListWidgetItem(e.name)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.experts.addItem(item)
        self.aggregation.blockSignals(False)
        self._analyse()

    def _analyse(self) -> None:
        self.critical.setRowCount(0)
        self._pending = None
        study = self.study
        if study is None or len(study.experts) < 2:
            self.spread_model.load(
                study, None if study is None else np.zeros((sum(study.sizes),) * 2)
            )
            self.summary.setText(
                self.tr(
                    "With one expert there is nothing to compare: add experts (or import their "
                    "questionnaires) to see where they disagree."
                )
            )
            return
        matrices = [m.values for m in store.expert_matrices(self.session.db, study)]
        try:
            combined = store.study_matrix(study, cib.aggregate(matrices, study.aggregation))
        except cib.CIBError as error:
            self.summary.setText(error_message(error))
            return
        spread = np.max(matrices, axis=0) - np.min(matrices, axis=0)
        self.spread_model.load(study, spread)
        self.spread_table.horizontalHeader().updateGeometry()
        differing = np.argwhere(spread > 0)
        if len(differing):
            self._focus(*differing[len(differing) // 2])
        self._pending = (study.id, combined, matrices)
        self.summary.setText(
            self.tr(
                "Press “Find the judgements that matter” to see which "
                "disagreements change the consistent scenarios."
            )
        )
        if self.isVisible():
            self.find_critical()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending is not None:
            self.find_critical()

    def find_critical(self) -> None:
        """Search, in the background, the consistent scenarios and the cells that threaten them."""
        if self._pending is None:
            return
        study_id, combined, matrices = self._pending
        self._pending = None
        self.summary.setText(
            self.tr("Looking for the consistent scenarios of the combined matrix…")
        )
        self.session.tasks.start(
            self.tr("Expert disagreement"),
            lambda progress: find_disagreement(combined, matrices, progress=progress),
            on_done=lambda result: self._show(study_id, result),
            on_error=lambda error: self.summary.setText(error_text(error)),
            key="scenario-experts",
        )

    def _focus(self, row: int, col: int) -> None:
        """Bring one cell of the spread grid into view and select it."""
        index = self.spread_model.index(int(row), int(col))
        self.spread_table.setCurrentIndex(index)
        self.spread_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _critical_chosen(self, row: int, *_rest) -> None:
        if self.last_result is not None and 0 <= row < len(self.last_result[0].critical):
            cell = self.last_result[0].critical[row]
            self._focus(cell.row, cell.column)

    def _show(self, study_id: int, result) -> None:
        if self.study is None or self.study.id != study_id:
            return
        self.last_result = result
        found, n_scenarios, note = result
        labels = self.study.labels
        self.critical.setRowCount(len(found.critical))
        for k, cell in enumerate(found.critical):
            for col, value in enumerate(
                (
                    f"{labels[cell.row]} → {labels[cell.column]}",
                    f"{cell.spread:g}",
                    str(cell.scenarios_at_risk),
                )
            ):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.critical.setItem(k, col, item)
        self.critical.resizeColumnToContents(1)
        self.critical.resizeColumnToContents(2)
        text = self.tr(
            "{n} consistent scenario(s) under the combined matrix; {k} judgement(s) "
            "on which the experts differ by more than the margin a scenario holds "
            "by."
        ).format(n=n_scenarios, k=len(found.critical))
        self.summary.setText(" ".join(t for t in (text, note) if t))

    # -- edits --------------------------------------------------------------------------------

    def warning_title(self) -> str:
        return self.tr("Experts")

    def _aggregation_chosen(self, _index: int) -> None:
        method = self.aggregation.currentData()
        if self.study is not None and method != self.study.aggregation:
            study_id = self.study.id
            self.push_edit(
                self.tr("Combine experts by {m}").format(m=self.aggregation.currentText()),
                lambda db: store.update_study(db, study_id, aggregation=method),
            )

    def add_expert(self, name: str) -> bool:
        study_id = self.study.id if self.study else None
        return self.push_edit(
            self.tr("Add expert {name}").format(name=name),
            lambda db: store.add_expert(db, study_id, name),
        )

    def rename_expert(self, expert_id: int, name: str) -> bool:
        return self.push_edit(
            self.tr("Rename expert to {name}").format(name=name),
            lambda db: store.rename_expert(db, expert_id, name),
        )

    def remove_expert(self) -> bool:
        item = self.experts.currentItem()
        if item is None:
            return False
        expert_id = item.data(Qt.ItemDataRole.UserRole)
        return self.push_edit(
            self.tr("Remove expert {name}").format(name=item.text()),
            lambda db: store.delete_expert(db, expert_id),
        )

    def _ask_add(self) -> None:
        name = ask_name(self, self.tr("Add expert"), self.tr("Expert's name"))
        if name is not None:
            self.add_expert(name)

    def _ask_rename(self) -> None:
        item = self.experts.currentItem()
        if item is None:
            return
        name = ask_name(self, self.tr("Rename expert"), self.tr("New name"), item.text())
        if name is not None:
            self.rename_expert(item.data(Qt.ItemDataRole.UserRole), name)
