"""Relatedness network: industries close when regions specialise in both; the region's marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel

from desktop_app.services.analysis import AnalysisResult, network_layout
from desktop_app.ui.analysis.base import (
    BLUE,
    GREY,
    AnalysisView,
    finite_or_none,
    new_plot,
    segment,
)
from desktop_app.ui.analysis.portfolio import industry_texts
from desktop_app.ui.chart_labels import MarkerLabels
from desktop_app.ui.chart_legend import add_circle, round_values, side_legend
from desktop_app.ui.number_format import format_number, kind_of_unit


def node_diameter(value: float, largest: float) -> float:
    """Pixels across a node: its area grows with the reference's size, the largest 50 wide."""
    return 14 + 36 * float(np.sqrt(max(value, 0.0) / largest)) if largest > 0 else 14.0


def network_edges(phi: np.ndarray, strongest: int = 2, threshold: float = 0.5):
    """Pairs (i, j, phi) to draw: each industry's strongest links plus all links >= threshold."""
    n = phi.shape[0]
    weight = np.nan_to_num(phi).copy()
    np.fill_diagonal(weight, 0.0)
    keep = weight >= threshold
    for i in range(n):
        for j in np.argsort(-weight[i])[:strongest]:
            if weight[i, j] > 0:
                keep[i, j] = keep[j, i] = True
    return [(i, j, float(weight[i, j])) for i in range(n) for j in range(i + 1, n) if keep[i, j]]


class NetworkView(AnalysisView):
    """Nodes are industries (size = the reference's size), filled blue where the region has M = 1."""

    name = "relatedness-network"
    indicators = ("data", "RCA")

    def build(self) -> None:
        self.hover = QLabel(
            self.tr(
                "Filled blue: the region is specialised (RCA >= 1). Lines: "
                "proximity, darker = more related. Hover a node."
            )
        )
        self.hover.setWordWrap(True)  # its Spanish made the view wider than a laptop screen
        self.body.addWidget(self.hover)
        self.plot = new_plot()
        self.plot.showGrid(x=False, y=False)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.body.addWidget(self.plot, 1)
        self.labels = MarkerLabels(self.plot.getPlotItem())

    def draw(self, result: AnalysisResult, region: int) -> None:
        data = result.data
        phi = result.complexity.proximity[:, :, -1]
        pos = network_layout(phi)
        self._pos, self._phi, self._result = pos, phi, result
        for i, j, w in network_edges(phi):
            shade = int(220 - 180 * min(w, 1.0))
            self.plot.addItem(
                segment(pos[i], pos[j], pg.mkPen((shade, shade, shade), width=1 + 3 * w))
            )
        m = result.complexity.m[region, :, -1]
        size = np.nan_to_num(data.reference[:, -1])
        largest = float(size.max())
        spots = [
            {
                "pos": tuple(pos[i]),
                "size": node_diameter(size[i], largest),
                "brush": pg.mkBrush(BLUE if m[i] else "#ffffff"),
                "pen": pg.mkPen(BLUE if m[i] else GREY, width=2),
                "data": i,
            }
            for i in range(len(data.industries))
        ]
        scatter = pg.ScatterPlotItem(spots=spots, hoverable=True, tip=None)
        scatter.sigHovered.connect(self._hovered)
        self.plot.addItem(scatter)
        self.plot.setRange(xRange=(-1.25, 1.25), yRange=(-1.25, 1.25), padding=0)
        self.labels.set_labels(
            [(*pos[i], s["size"]) for i, s in enumerate(spots)],
            [industry_texts(industry) for industry in data.industries],
        )
        legend = side_legend(self.plot.getPlotItem(), below=True)
        add_circle(
            legend,
            14,
            BLUE,
            self.tr("{region} specialised (RCA >= 1)").format(region=data.regions[region].code),
            BLUE,
        )
        add_circle(legend, 14, "#ffffff", self.tr("not specialised"), GREY)
        unit = kind_of_unit(data.measure.unit)
        for value in round_values(largest)[::-1][:2]:
            add_circle(
                legend,
                node_diameter(value, largest),
                "#ffffff",
                self.tr("{value} {unit} in the reference").format(
                    value=format_number(value, unit), unit=data.measure.unit
                ),
                GREY,
            )
        self.plot.setTitle(
            self.tr("Relatedness of industries {year}; {region}'s specialisations filled").format(
                year=int(data.years[-1]), region=data.regions[region].name
            ),
            color="k",
        )

    def _hovered(self, _item, points, _event=None) -> None:
        if not len(points):
            return
        i = int(points[0].data())
        data = self._result.data
        near = [j for j in np.argsort(-self._phi[i]) if j != i][:3]
        self.hover.setText(
            self.tr("{code} {name}; most related: {near}").format(
                code=data.industries[i].code,
                name=data.industries[i].name,
                near=", ".join(f"{data.industries[j].code} ({self._phi[i, j]:.2f})" for j in near),
            )
        )

    def table_content(self, result: AnalysisResult, region: int):
        data = result.data
        phi = result.complexity.proximity[:, :, -1]
        codes = [c.code for c in data.industries]
        rows = [
            [c.code, c.name, *[finite_or_none(v) for v in phi[k]]]
            for k, c in enumerate(data.industries)
        ]
        return f"Proximity {int(data.years[-1])}", ["code", "industry", *codes], rows
