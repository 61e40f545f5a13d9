"""Priorities: weighted criteria the analyst sets, the ranking with each score's parts, stability."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.priorities import (
    INDUSTRY_INDICATORS,
    PriorityPlan,
    PriorityResult,
    parse_criteria,
    run_priorities,
)
from desktop_app.ui.analysis.base import fill_table, new_plot
from desktop_app.ui.data.series_chart import PALETTE
from desktop_app.ui.errors import error_text
from desktop_app.ui.lifecycles.state import LifecycleState, RegionBar
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import error_message
from desktop_app.ui.when_shown import WhenShown

#: Criteria offered at first; their names are translated when shown and then the user's.
DEFAULT_CRITERIA = (
    (QT_TRANSLATE_NOOP("PrioritiesView", "Specialisation (LQ)"), "lq", 3.0, True),
    (QT_TRANSLATE_NOOP("PrioritiesView", "Growth"), "growth", 2.0, True),
    (QT_TRANSLATE_NOOP("PrioritiesView", "Jobs"), "jobs", 2.0, True),
    (QT_TRANSLATE_NOOP("PrioritiesView", "Competencies"), "competencies", 1.0, True),
    (QT_TRANSLATE_NOOP("PrioritiesView", "Opportunity"), "opportunity", 1.0, True),
)
_CHOICES = [k for k in INDUSTRY_INDICATORS if "<" not in k and k != "values"]


class PrioritiesView(QWidget):
    """Criteria table (name, indicator, weight, direction) above the ranking and its parts."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = LifecycleState.of(session)
        self.criteria = QTableWidget(0, 4)
        self.criteria.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Indicator"), self.tr("Weight"), self.tr("Better when")]
        )
        self.criteria.horizontalHeader().setSectionResizeMode(
            0, self.criteria.horizontalHeader().ResizeMode.Stretch
        )
        for name, indicator, weight, higher in DEFAULT_CRITERIA:
            self._add_row(self.tr(name), indicator, weight, higher)
        self.criteria.setColumnWidth(1, 150)
        self.criteria.setColumnWidth(3, 110)
        self.band = QDoubleSpinBox()
        self.band.setRange(0, 90)
        self.band.setValue(20)
        self.band.setSuffix(" %")
        self.run_button = QPushButton(self.tr("Rank"))
        self.run_button.clicked.connect(self.run)
        add = QPushButton(self.tr("Add criterion"))
        add.clicked.connect(lambda: self._add_row(self.tr("New criterion"), "jobs", 1.0, True))
        remove = QPushButton(self.tr("Remove criterion"))
        remove.clicked.connect(self._remove_row)
        controls = QHBoxLayout()
        for widget in (
            add,
            remove,
            QLabel(self.tr("Stability band ±")),
            self.band,
            self.run_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.status = QLabel(self.tr("Set the weights, then Rank."))
        self.status.setWordWrap(True)
        self.table = QTableWidget()
        self.plot = new_plot()
        self.plot.addLegend(offset=(-10, -10), labelTextColor="k")
        self.plot.getAxis("bottom").setLabel(self.tr("Score (sum of the weighted parts)"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.criteria)
        top_layout.addLayout(controls)
        lower = QSplitter()
        lower.addWidget(self.table)
        lower.addWidget(self.plot)
        lower.setSizes([700, 500])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(lower)
        split.setSizes([220, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(RegionBar(self.state))
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.result: PriorityResult | None = None
        self.when_shown = WhenShown(self, self._result_changed)  # hidden tabs refresh when shown
        self.state.sig_result.connect(self.when_shown.request)
        self.when_shown.request()

    def _add_row(self, name: str, indicator: str, weight: float, higher: bool) -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        self.criteria.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for key in _CHOICES:
            combo.addItem(key, key)
            combo.setItemData(
                combo.count() - 1, INDUSTRY_INDICATORS[key], Qt.ItemDataRole.ToolTipRole
            )
        combo.setCurrentIndex(_CHOICES.index(indicator))
        self.criteria.setCellWidget(row, 1, combo)
        spin = QDoubleSpinBox()
        spin.setRange(0.1, 100)
        spin.setValue(weight)
        self.criteria.setCellWidget(row, 2, spin)
        direction = QComboBox()
        direction.addItem(self.tr("higher"), True)
        direction.addItem(self.tr("lower"), False)
        direction.setCurrentIndex(0 if higher else 1)
        self.criteria.setCellWidget(row, 3, direction)

    def _remove_row(self) -> None:
        rows = {index.row() for index in self.criteria.selectedIndexes()}
        for row in sorted(rows, reverse=True):
            if self.criteria.rowCount() > 1:
                self.criteria.removeRow(row)

    def plan(self) -> PriorityPlan:
        criteria = []
        for row in range(self.criteria.rowCount()):
            criteria.append(
                {
                    "name": self.criteria.item(row, 0).text().strip() or f"#{row + 1}",
                    "indicator": self.criteria.cellWidget(row, 1).currentData(),
                    "weight": self.criteria.cellWidget(row, 2).value(),
                    "higher_is_better": self.criteria.cellWidget(row, 3).currentData(),
                }
            )
        return parse_criteria(
            {"criteria": criteria, "band": self.band.value() / 100, "measure": self.state.measure},
            self.tr("criteria table"),
        )

    def _result_changed(self) -> None:
        if self.state.result is not None and self.result is None:
            self.run()

    def run(self) -> None:
        try:
            plan = self.plan()
        except ValueError as error:
            self.status.setText(error_message(error))
            return
        project, region = self.session.project, self.state.region
        if region is None:
            return

        def work(progress):
            with project.connection() as db:
                return run_priorities(db, region, plan, progress)

        self.status.setText(self.tr("Ranking…"))
        self.session.tasks.start(
            self.tr("Ranking the industries of %s") % region,
            work,
            on_done=self.show_result,
            on_error=lambda error: self.status.setText(error_text(error)),
            key="priorities",
        )

    def show_result(self, result: PriorityResult) -> None:
        self.result = result
        ranking = result.ranking
        names = [c.name for c in ranking.criteria]
        order = ranking.order()
        rows = []
        for i in order:
            span = (
                f"{ranking.best_rank[i]}–{ranking.worst_rank[i]}"
                if ranking.best_rank[i] != ranking.worst_rank[i]
                else str(ranking.rank[i])
            )
            rows.append(
                [
                    ranking.items[i],
                    result.labels[i],
                    self.tr("holds")
                    if ranking.holds[i]
                    else self.tr("may swap with %s") % ", ".join(ranking.rivals[i]),
                    span,
                    int(ranking.rank[i]),
                    float(ranking.score[i]),
                    *[float(ranking.parts[i, j]) for j in range(len(names))],
                ]
            )
        fill_table(
            self.table,
            [
                self.tr("Item"),
                self.tr("Name"),
                self.tr("Stability"),
                self.tr("Rank range"),
                self.tr("Rank"),
                self.tr("Score"),
                *names,
            ],
            rows,
        )
        self.table.setColumnWidth(1, 160)
        self.plot.clear()
        left = np.zeros(len(order))
        y = np.arange(len(order))[::-1].astype(float)
        for j, name in enumerate(names):
            widths = ranking.parts[order, j]
            bars = pg.BarGraphItem(
                x0=left,
                y=y,
                height=0.7,
                width=widths,
                brush=PALETTE[j % len(PALETTE)],
                pen=pg.mkPen(None),
            )
            self.plot.addItem(bars)
            self.plot.plot([], [], pen=pg.mkPen(PALETTE[j % len(PALETTE)], width=8), name=name)
            left = left + widths
        self.plot.getAxis("left").setTicks(
            [[(float(y[k]), ranking.items[i]) for k, i in enumerate(order)]]
        )
        self.plot.setXRange(0, max(float(left.max()) * 1.35, 0.1))
        held = int(ranking.holds.sum())
        missing = len(ranking.missing)
        self.status.setText(
            self.tr(
                "%d of %d ranks hold for every weight within ±%d %%. Missing values (scored worst): "
                "%d."
            )
            % (held, len(order), round(100 * ranking.band), missing)
        )
