"""Time-series chart of the selected observations' series, with the value under the mouse."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from desktop_app.ui.analysis.base import NumberAxis, show_grid
from desktop_app.ui.chart_legend import add_line, side_legend
from desktop_app.ui.number_format import Kind, format_number, kind_of_unit

# Okabe-Ito: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000")


class SeriesChart(QWidget):
    """Plots up to eight (label, years, values) series; hovering shows the nearest point.

    With nothing selected it says what to select instead of drawing empty 0-1 axes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(
            background="w",
            axisItems={"left": NumberAxis("left"), "bottom": NumberAxis("bottom", Kind.YEAR)},
        )
        show_grid(self.plot, 0.25)
        self.plot.getAxis("bottom").setLabel(self.tr("Year"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.empty = QLabel(
            self.tr(
                "Select rows in the table to chart their series over the years "
                "(Ctrl+click or Shift+click for several, up to eight)."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.plot)
        self.hover = QLabel(self.tr("Hover over the chart for the value of a point."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.hover)
        self._series: list[tuple[str, np.ndarray, np.ndarray]] = []
        self._kind = Kind.AMOUNT
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.set_series([])

    def set_series(self, series: list[tuple[str, np.ndarray, np.ndarray]], unit: str = "") -> None:
        self.plot.clear()
        self._series = series[: len(PALETTE)]
        self._kind = kind_of_unit(unit)
        self.stack.setCurrentWidget(self.plot if self._series else self.empty)
        self.hover.setVisible(bool(self._series))
        if not self._series:
            return
        left = self.plot.getAxis("left")
        left.set_kind(self._kind)
        left.setLabel(unit)
        legend = side_legend(self.plot.getPlotItem(), below=True)  # never over the first point
        for k, (label, years, values) in enumerate(self._series):
            pen = pg.mkPen(PALETTE[k], width=2)
            self.plot.plot(years, values, pen=pen, symbol="o", symbolSize=6,
                           symbolBrush=PALETTE[k], symbolPen=None, connect="finite")
            add_line(legend, pen, label)
        self.plot.enableAutoRange()

    def series_count(self) -> int:
        return len(self._series)

    def _on_mouse_moved(self, position) -> None:
        if not self._series or not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        best = None
        for label, years, values in self._series:
            finite = np.isfinite(values)
            if not finite.any():
                continue
            k = int(np.argmin(np.abs(years[finite] - point.x())))
            year, value = years[finite][k], values[finite][k]
            distance = abs(value - point.y())
            if best is None or distance < best[0]:
                best = (distance, label, year, value)
        if best is not None:
            _, label, year, value = best
            self.hover.setText(f"{label} — {int(year)}: {format_number(value, self._kind)}")
