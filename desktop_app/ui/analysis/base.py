"""What every analysis view shares: the chooser bar, a chart or table, the export bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.services.analysis import AnalysisResult
from desktop_app.ui.analysis.exporting import ExportBar
from desktop_app.ui.analysis.state import AnalysisState, ChooserBar
from desktop_app.ui.session import ProjectSession

BLUE, ORANGE, GREEN, VERMILION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#999999"


class NumberAxis(pg.AxisItem):
    """Tick labels as plain numbers with thousands separators (no 4.3e+06)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        digits = max(0, -int(np.floor(np.log10(spacing * scale)))) if spacing > 0 else 0
        return [f"{v * scale:,.{min(digits, 6)}f}" for v in values]


def new_plot() -> pg.PlotWidget:
    plot = pg.PlotWidget(
        background="w", axisItems={"left": NumberAxis("left"), "bottom": NumberAxis("bottom")}
    )
    plot.showGrid(x=True, y=True, alpha=0.2)
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen("k")
        plot.getAxis(side).setPen(GREY)
        plot.getAxis(side).enableAutoSIPrefix(False)
    return plot


class AnalysisView(QWidget):
    """Base of the analysis views; subclasses fill ``body`` and implement ``draw``."""

    name = "analysis"
    indicators: tuple[str, ...] | None = None  # whose left-out cells the status line lists
    with_region = True

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = AnalysisState.of(session)
        self.chooser = ChooserBar(self.state, with_region=self.with_region)
        self.body = QVBoxLayout()
        self.plot: pg.PlotWidget | None = None
        self.build()
        self.exports = ExportBar(self.plot, self.table_for_export, self.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.chooser)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.exports)
        self.state.sig_result.connect(self.refresh)
        self.refresh()

    def build(self) -> None:
        """Create the view's widgets inside ``self.body``."""

    def draw(self, result: AnalysisResult, region: int) -> None:
        """Show ``result`` for the region at index ``region``."""

    def table_for_export(self) -> tuple[str, list[str], list[list]]:
        """(title, columns, rows) of the view's table, for the Excel export; empty without data."""
        result = self.state.result
        if result is None:
            return self.name, [], []
        return self.table_content(result, self.state.region_index())

    def table_content(
        self, result: AnalysisResult, region: int
    ) -> tuple[str, list[str], list[list]]:
        """(title, columns, rows) of the table for ``result`` and the region at ``region``."""
        return self.name, [], []

    def refresh(self) -> None:
        result = self.state.result
        if self.plot is not None:
            self.plot.clear()
        if result is not None:
            self.draw(result, self.state.region_index())
        self.exports.set_status(*self.state.left_out_text(self.indicators))


class NumberItem(QTableWidgetItem):
    """A table cell shown with separators but sorted by its number (left out sorts last)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.data(Qt.ItemDataRole.UserRole)
        theirs = other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, float) and isinstance(theirs, float):
            return mine < theirs
        return super().__lt__(other)


def number_item(value, digits: int = 3) -> QTableWidgetItem:
    """A table cell that sorts by number; a left-out value shows as a dash with a tooltip."""
    item = NumberItem()
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        item.setText("–")
        item.setData(Qt.ItemDataRole.UserRole, float("-inf"))
        item.setToolTip(QCoreApplication.translate("Analysis", "Left out: see the line below"))
    else:
        places = 0 if isinstance(value, int | np.integer) or abs(value) >= 1000 else digits
        value = float(value)
        item.setText(f"{value:,.{places}f}")
        item.setData(Qt.ItemDataRole.UserRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_table(
    table: QTableWidget, columns: list[str], rows: list[list], digits: dict[int, int] | None = None
) -> None:
    """Fill a sortable table: text in the first columns, numbers (or None) after."""
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(columns)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                item = QTableWidgetItem(value)
            else:
                item = number_item(value, (digits or {}).get(c, 3))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(len(columns)):
        table.setColumnWidth(c, min(table.columnWidth(c), 280))
    table.setSortingEnabled(True)


def finite_or_none(value) -> float | None:
    return float(value) if value is not None and np.isfinite(value) else None
