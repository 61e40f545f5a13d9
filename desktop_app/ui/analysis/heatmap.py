"""LQ heatmap: regions x industries, sorted by code, by complexity or clustered by similarity."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from desktop_app.services.analysis import AnalysisResult, cluster_order
from desktop_app.ui.analysis.base import AnalysisView, finite_or_none, new_plot, text_colour_on
from desktop_app.ui.number_format import Kind, format_number
from desktop_app.ui.translated import translated

# log2(LQ) from -2 to 2: orange (under-represented) - white - blue (specialised).
COLOURS = pg.ColorMap([0.0, 0.5, 1.0], [(213, 94, 0), (255, 255, 255), (0, 114, 178)])
MISSING = (200, 200, 200, 255)


def row_label(region, longest: int = 26) -> str:
    """A row's tick: the region's code and name (DEA Nordrhein-Westfalen), long names cut."""
    text = f"{region.code} {region.name}"
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"


class CellLabels(pg.GraphicsObject):
    """Each cell's value, centred, in black or white (``text_colour_on``), painted by one item.

    One ``pg.TextItem`` per cell took about 2 ms each to create, so 160 cells stalled the window
    for a third of a second on every choice.
    """

    def __init__(
        self, texts: dict[tuple[int, int], tuple[str, str]], shape: tuple[int, int]
    ) -> None:
        super().__init__()
        self._texts, self._shape = texts, shape

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(0, 0, self._shape[1], self._shape[0])

    def paint(self, painter, *_args) -> None:
        scale = painter.transform()  # data units to pixels: undone around each label
        if scale.m11() == 0 or scale.m22() == 0:
            return
        pens = {"k": QColor("black"), "w": QColor("white")}
        for (r, c), (text, colour) in self._texts.items():
            painter.save()
            painter.setPen(pens[colour])
            painter.translate(QPointF(c + 0.5, r + 0.5))
            painter.scale(1 / scale.m11(), 1 / scale.m22())
            painter.drawText(QRectF(-40, -10, 80, 20), Qt.AlignmentFlag.AlignCenter, text)
            painter.restore()


class HeatmapView(AnalysisView):
    """Every region's LQ in every industry (last year); hover a cell for its value."""

    name = "lq-heatmap"
    indicators = ("data", "LQ")
    with_region = False

    def build(self) -> None:
        options = QHBoxLayout()
        self.order = QComboBox()
        self.order.addItem(self.tr("Sorted by code"), "code")
        self.order.addItem(self.tr("Clustered: similar structures together"), "cluster")
        self.order.addItem(self.tr("Sorted by economic complexity (ECI)"), "eci")
        self.order.addItem(self.tr("Sorted by LQ of the first industry"), "first")
        self.order.activated.connect(self.refresh)
        self.hover = QLabel(
            self.tr("Blue: specialised (LQ > 1); orange: under-represented; grey: left out.")
        )
        options.addWidget(QLabel(self.tr("Order")))
        options.addWidget(self.order)
        options.addWidget(self.hover, 1)
        self.body.addLayout(options)
        self.plot = new_plot()
        self.plot.showGrid(x=False, y=False)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.body.addWidget(self.plot, 1)
        self.rows = self.cols = np.arange(0)
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def ordering(self, result: AnalysisResult) -> tuple[np.ndarray, np.ndarray]:
        lq = result.lq[:, :, -1]
        n_regions, n_industries = lq.shape
        rows, cols = np.arange(n_regions), np.arange(n_industries)
        mode = self.order.currentData()
        logs = np.log2(np.where(lq > 0, lq, np.nan))
        if mode == "cluster":
            rows, cols = cluster_order(logs), cluster_order(logs.T)
        elif mode == "eci":
            rows = np.argsort(
                -np.nan_to_num(result.complexity.eci[:, -1], nan=-np.inf), kind="stable"
            )
        elif mode == "first":
            rows = np.argsort(-np.nan_to_num(lq[:, 0], nan=-np.inf), kind="stable")
        return rows, cols

    def draw(self, result: AnalysisResult, region: int) -> None:
        data = result.data
        self.rows, self.cols = self.ordering(result)
        lq = result.lq[:, :, -1][np.ix_(self.rows, self.cols)]
        scaled = (np.clip(np.log2(np.where(lq > 0, lq, 1.0)), -2, 2) + 2) / 4
        rgba = COLOURS.map(scaled.ravel(), mode="byte").reshape(*lq.shape, 4)
        rgba[~np.isfinite(lq)] = MISSING
        image = pg.ImageItem(np.ascontiguousarray(np.transpose(rgba, (1, 0, 2))))
        image.setRect(QRectF(0, 0, lq.shape[1], lq.shape[0]))
        self.plot.addItem(image)
        if lq.size <= 2500:
            texts = {
                (r, c): (format_number(lq[r, c], Kind.INDEX), text_colour_on(rgba[r, c]))
                for r in range(lq.shape[0])
                for c in range(lq.shape[1])
                if np.isfinite(lq[r, c])
            }
            self.plot.addItem(CellLabels(texts, lq.shape))
        self.plot.getAxis("bottom").setTicks(
            [[(k + 0.5, data.industries[i].code) for k, i in enumerate(self.cols)]]
        )
        self.plot.getAxis("left").setTicks(
            [[(k + 0.5, row_label(data.regions[r])) for k, r in enumerate(self.rows)]]
        )
        self.plot.setXRange(0, lq.shape[1], padding=0.01)
        self.plot.setYRange(0, lq.shape[0], padding=0.01)
        self.plot.setTitle(
            self.tr("Location quotients {year} against {reference}").format(
                year=int(data.years[-1]), reference=translated(data.reference_label)
            ),
            color="k",
        )
        self._result = result

    def _moved(self, position) -> None:
        result = self.state.result
        if result is None or not len(self.rows):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        c, r = int(np.floor(point.x())), int(np.floor(point.y()))
        if 0 <= r < len(self.rows) and 0 <= c < len(self.cols):
            region, industry = (
                result.data.regions[self.rows[r]],
                result.data.industries[self.cols[c]],
            )
            value = result.lq[self.rows[r], self.cols[c], -1]
            shown = format_number(value, Kind.INDEX) if np.isfinite(value) else self.tr("left out")
            self.hover.setText(
                f"{region.code} {region.name} — {industry.code} {industry.name}: LQ {shown}"
            )

    def table_content(self, result: AnalysisResult, region: int):
        rows, cols = self.ordering(result)
        data = result.data
        columns = ["code", "region", *[data.industries[i].code for i in cols]]
        table = [
            [
                data.regions[r].code,
                data.regions[r].name,
                *[finite_or_none(result.lq[r, i, -1]) for i in cols],
            ]
            for r in rows
        ]
        return f"LQ {int(data.years[-1])}", columns, table
