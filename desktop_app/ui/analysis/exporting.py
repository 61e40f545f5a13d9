"""Export buttons for the analysis views: charts to PNG and SVG, tables to Excel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.io.export_report import ReportSheet, ReportTable, write_report
from desktop_app.ui.number_format import NotAvailable

TableFn = Callable[[], tuple[str, Sequence[str], Sequence[Sequence]]]


def export_chart(plot: pg.PlotWidget, path: str | Path) -> Path:
    """Write the chart as PNG (twice the screen resolution) or SVG, by the file's suffix."""
    path = Path(path)
    item = plot.getPlotItem()
    if path.suffix.lower() == ".svg":
        try:
            exporters.SVGExporter(item).export(str(path))
        except ValueError:  # pyqtgraph cannot rewrite some Qt 6 paths: let Qt write the SVG
            _svg_by_qt(plot, path)
    else:
        exporter = exporters.ImageExporter(item)
        exporter.parameters()["width"] = max(int(item.sceneBoundingRect().width() * 2), 800)
        exporter.export(str(path.with_suffix(".png")))
        path = path.with_suffix(".png")
    return path


def _svg_by_qt(plot: pg.PlotWidget, path: Path) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    size = plot.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(path.stem)
    painter = QPainter(generator)
    try:
        plot.render(painter)
    finally:
        painter.end()


def export_table(
    path: str | Path, title: str, columns: Sequence[str], rows: Sequence[Sequence]
) -> Path:
    """Write one table to an .xlsx (text written as text, never as a formula).

    A value the view marks not available is written as that text, not as an empty cell.
    """
    path = Path(path).with_suffix(".xlsx")
    cells = [[str(v) if isinstance(v, NotAvailable) else v for v in r] for r in rows]
    table = ReportTable(title, list(columns), cells)
    write_report(path, [ReportSheet(title[:31], title, [table])], title=title)
    return path


class ExportBar(QWidget):
    """A status line (what was left out) and the export buttons of one view."""

    def __init__(
        self,
        plot: pg.PlotWidget | None,
        table: TableFn | None,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plot, self.table, self.name = plot, table, name
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.status, 1)
        if plot is not None:
            for text, suffix in ((self.tr("PNG…"), "png"), (self.tr("SVG…"), "svg")):
                button = QPushButton(text)
                button.setToolTip(self.tr("Export the chart"))
                button.clicked.connect(lambda _=False, s=suffix: self._chart(s))
                layout.addWidget(button)
        if table is not None:
            button = QPushButton(self.tr("Excel…"))
            button.setToolTip(self.tr("Export the table to an Excel workbook"))
            button.clicked.connect(self._table)
            layout.addWidget(button)

    def set_status(self, text: str, detail: str = "") -> None:
        self.status.setText(text)
        self.status.setToolTip(detail)

    def _chart(self, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.name}.{suffix}", f"*.{suffix}"
        )
        if path:
            export_chart(self.plot, path)

    def _table(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export table"), f"{self.name}.xlsx", "*.xlsx"
        )
        if path:
            export_table(path, *self.table())
