"""A chart legend beside the plot area (never over the data), with bubble sizes and line styles.

Bubble charts draw a marker's area in proportion to a value; the legend shows three reference
bubbles at the chart's own scale with the values they stand for, the colours' meanings, and the
reference lines (dashed) with what they mark.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QRectF, Qt

TEXT = "#222222"


class CircleSample(ItemSample):
    """A legend entry's sample: a circle of a given diameter in pixels."""

    def __init__(self, diameter: float, brush, pen=None) -> None:
        super().__init__(None)
        self.diameter = float(diameter)
        self.brush, self.pen = pg.mkBrush(brush), pg.mkPen(pen or "k")
        side = max(20.0, self.diameter + 4)
        self.setFixedWidth(max(side, 30.0))
        self.setFixedHeight(side)

    def boundingRect(self):  # noqa: N802 - Qt's name
        side = max(20.0, self.diameter + 4)
        return QRectF(0, 0, side, side)

    def paint(self, painter, *_args) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setBrush(self.brush)
        painter.setPen(self.pen)
        side = max(20.0, self.diameter + 4)
        offset = (side - self.diameter) / 2
        painter.drawEllipse(QRectF(offset, offset, self.diameter, self.diameter))


def round_values(largest: float) -> list[float]:
    """Up to three round reference values for a size legend, the largest not above ``largest``."""
    if not np.isfinite(largest) or largest <= 0:
        return []
    magnitude = 10 ** np.floor(np.log10(largest))
    top = max(m * magnitude for m in (1, 2, 5) if m * magnitude <= largest)
    return sorted({top, top / 4, top / 20} - {0.0})


def side_legend(plot: pg.PlotItem, title: str = "", below: bool = False) -> pg.LegendItem:
    """An empty legend right of the plot area (or ``below`` it, in three columns, for a narrow
    plot, as wide as the whole chart), replacing the legend there before."""
    grid = plot.layout
    for row, col in ((2, 3), (4, 0)):
        old = grid.itemAt(row, col) if grid.rowCount() > row and grid.columnCount() > col else None
        if isinstance(old, pg.LegendItem):
            grid.removeItem(old)
            if old.scene() is not None:
                old.scene().removeItem(old)
    legend = pg.LegendItem(
        labelTextColor=TEXT, labelTextSize="9pt", verSpacing=-2, colCount=3 if below else 1
    )
    legend.setBrush(pg.mkBrush(255, 255, 255, 0))
    grid.addItem(legend, *((4, 0, 1, 4) if below else (2, 3)))
    if title:
        head = pg.LabelItem(f"<b>{title}</b>", color=TEXT, size="9pt")
        head.setMaximumHeight(head.item.boundingRect().height())
        legend.layout.addItem(head, 0, 0, 1, 2)
    return legend


def add_circle(legend: pg.LegendItem, diameter: float, brush, text: str, pen=None) -> None:
    legend.addItem(CircleSample(diameter, brush, pen), text)
    _centre_label(legend)


def add_line(legend: pg.LegendItem, pen, text: str) -> None:
    legend.addItem(pg.PlotDataItem([0, 1], [0, 0], pen=pen), text)
    _centre_label(legend)


def _centre_label(legend: pg.LegendItem) -> None:
    """The last entry's text beside the middle of its sample (a big circle is taller)."""
    sample, label = legend.items[-1]
    label.setMaximumHeight(label.item.boundingRect().height())
    for item in (sample, label):
        legend.layout.setAlignment(item, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
