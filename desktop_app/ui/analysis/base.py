"""What every analysis view shares: the chooser bar, a chart or table, the export bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.analysis import AnalysisResult
from desktop_app.ui.analysis.exporting import ExportBar
from desktop_app.ui.analysis.state import AnalysisState, ChooserBar
from desktop_app.ui.number_format import (
    Kind,
    NotAvailable,
    format_number,
    is_missing,
    not_available_text,
    tick_texts,
)
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.when_shown import WhenShown

BLUE, ORANGE, GREEN, VERMILION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#999999"
GREY_TEXT = "#595959"  # grey with 7:1 contrast on white, for text (GREY is for lines)


def text_colour_on(rgb) -> str:
    """Black or white, whichever contrasts more with a fill of ``rgb`` (0-255; WCAG luminance)."""
    channels = [c / 255 for c in rgb[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05)
    return "k" if (luminance + 0.05) ** 2 > 0.05 * 1.05 else "w"


class NumberAxis(pg.AxisItem):
    """Tick labels in the format of what the axis measures (no 4.3e+06, no 2.5 industries).

    An axis of counts or years ticks whole numbers only; shares tick in per cent.
    """

    def __init__(self, orientation: str, kind: Kind = Kind.INDEX, **options) -> None:
        super().__init__(orientation, **options)
        self.kind = kind

    def set_kind(self, kind: Kind) -> None:
        self.kind = kind
        self.picture = None  # pyqtgraph redraws the ticks from scratch
        self.update()

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph's name
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.kind not in (Kind.COUNT, Kind.YEAR):
            return levels
        return [(spacing, offset) for spacing, offset in levels if spacing >= 1] or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return tick_texts([v * scale for v in values], spacing * scale, self.kind)

    def generateDrawSpecs(self, p):  # noqa: N802 - pyqtgraph's name
        """pyqtgraph's ticks and grid lines, in opaque colours that look the same on white.

        pyqtgraph fades the grid and the finer ticks with alpha; Qt's raster engine blends a
        translucent line pixel by pixel, 25 times slower than it draws an opaque one, and the
        grid then took most of a chart's paint (10 ms of 12).
        """
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        return axis, [(_opaque_on_white(pen), start, end) for pen, start, end in ticks], texts


def _opaque_on_white(pen: QPen) -> QPen:
    """``pen`` in the opaque colour its translucent colour shows over white."""
    colour = pen.color()
    alpha = colour.alphaF()
    if alpha >= 1.0:
        return pen
    opaque = QPen(pen)
    opaque.setColor(
        QColor(*(round(255 - (255 - channel) * alpha) for channel in colour.getRgb()[:3]))
    )
    return opaque


def segment(start, end, pen) -> QGraphicsLineItem:
    """A straight line between two points of the data, for a network's edges: a plain Qt item
    (a pyqtgraph curve per edge took 0.7 ms each to set up); ``pen`` is cosmetic (pixels)."""
    line = QGraphicsLineItem(float(start[0]), float(start[1]), float(end[0]), float(end[1]))
    line.setPen(pen)
    return line


def show_grid(plot: pg.PlotWidget, alpha: float) -> None:
    """Grid lines of strength ``alpha`` under the data (pyqtgraph draws its axes, and so their
    grid, over the plot area: faint translucent lines there, opaque ones would cross out the
    markers)."""
    plot.showGrid(x=True, y=True, alpha=alpha)
    for side in ("left", "bottom"):
        plot.getAxis(side).setZValue(-1)


def new_plot(x_kind: Kind = Kind.INDEX, y_kind: Kind = Kind.INDEX) -> pg.PlotWidget:
    """A white plot whose axes tick in the formats of ``x_kind`` and ``y_kind``."""
    plot = pg.PlotWidget(
        background="w",
        axisItems={"left": NumberAxis("left", y_kind), "bottom": NumberAxis("bottom", x_kind)},
    )
    show_grid(plot, 0.2)
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen("k")
        plot.getAxis(side).setPen(GREY)
        plot.getAxis(side).enableAutoSIPrefix(False)
    # the title over the whole chart, a side legend's column too: above the plot area alone, a
    # long title made that column as wide as itself and pushed the legend, cut, out of the
    # chart on a laptop screen
    item = plot.getPlotItem()
    item.layout.removeItem(item.titleLabel)
    item.layout.addItem(item.titleLabel, 0, 0, 1, 4)
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
        self.when_shown = WhenShown(self, self.refresh)  # hidden tabs draw when shown
        self.state.sig_result.connect(self.when_shown.request)
        self.when_shown.request()

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


def number_item(value, kind: Kind | None = None) -> QTableWidgetItem:
    """A table cell that sorts by number, written for its ``kind`` (whole for an int).

    A missing value reads "not available" with its reason as tooltip: a ``NotAvailable``
    carries its own; a bare ``None`` was left out by the indicator, as the status line lists.
    """
    item = NumberItem()
    if is_missing(value):
        item.setText(not_available_text())
        item.setData(Qt.ItemDataRole.UserRole, float("-inf"))
        item.setToolTip(
            value.reason
            if isinstance(value, NotAvailable)
            else QCoreApplication.translate(
                "Analysis", "Left out by the computation: the line under the table says why."
            )
        )
        item.setForeground(QColor(GREY_TEXT))
    else:
        if kind is None:
            kind = Kind.COUNT if isinstance(value, int | np.integer) else Kind.INDEX
        item.setText(format_number(value, kind))
        item.setData(Qt.ItemDataRole.UserRole, float(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_table(
    table: QTableWidget, columns: list[str], rows: list[list], kinds: dict[int, Kind] | None = None
) -> None:
    """Fill a sortable table: text in the first columns, numbers (None or NotAvailable) after.

    ``kinds`` gives the number format of a column (by index); without, ints are counts and
    floats indices.
    """
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
                item = number_item(value, (kinds or {}).get(c))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(len(columns)):
        table.setColumnWidth(c, min(table.columnWidth(c), 280))
    table.setSortingEnabled(True)


def finite_or_none(value) -> float | None:
    return float(value) if value is not None and np.isfinite(value) else None
