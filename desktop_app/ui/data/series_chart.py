"""Time-series chart of the selected observations' series, with the value under the mouse."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# Okabe-Ito: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000")


class SeriesChart(QWidget):
    """Plots up to eight (label, years, values) series; hovering shows the nearest point."""


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.addLegend(offset=(10, 10))
        self.plot.getAxis("bottom").setLabel(QCoreApplication.translate("SeriesChart", "Year"))
        self.hover = QLabel(QCoreApplication.translate(
            "SeriesChart", "Select rows in the table to chart their series."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.hover)
        self._series: list[tuple[str, np.ndarray, np.ndarray]] = []
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_series(self, series: list[tuple[str, np.ndarray, np.ndarray]], unit: str = "") -> None:
        self.plot.clear()
        self._series = series[: len(PALETTE)]
        self.plot.getAxis("left").setLabel(unit)
        for k, (label, years, values) in enumerate(self._series):
            pen = pg.mkPen(PALETTE[k], width=2)
            self.plot.plot(years, values, pen=pen, symbol="o", symbolSize=6,
                           symbolBrush=PALETTE[k], symbolPen=None, name=label, connect="finite")
        if series:
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
            self.hover.setText(f"{label} — {int(year)}: {value:,.6g}")
