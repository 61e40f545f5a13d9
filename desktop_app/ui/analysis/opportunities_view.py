"""Opportunity scatter (relatedness density vs complexity) with the ranking beside it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTableWidget

from desktop_app.services.analysis import AnalysisResult
from desktop_app.ui.analysis.base import (
    BLUE,
    GREY,
    ORANGE,
    AnalysisView,
    fill_table,
    finite_or_none,
    new_plot,
)
from desktop_app.ui.analysis.portfolio import industry_texts
from desktop_app.ui.chart_labels import MarkerLabels
from desktop_app.ui.chart_legend import add_circle, side_legend
from desktop_app.ui.number_format import Kind, format_number

# (fill, outline) of a marker: ranked opportunity, the region's specialisation, left out
MARKERS = {
    "candidate": (ORANGE, "#000000"),
    "specialised": (BLUE, "#000000"),
    "other": ("#ffffff", GREY),
}


def candidate_diameter(rank: int) -> float:
    """Pixels across an opportunity's marker: the best ranked largest (26), from rank 10 on 16."""
    return 26 - min(rank, 10)


class OpportunityView(AnalysisView):
    """Industries the region is not yet specialised in: close (density) and complex (PCI)."""

    name = "opportunities"
    indicators = ("data", "RCA", "density", "PCI", "growth")

    def build(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        self.plot = new_plot()
        self.labels = MarkerLabels(self.plot.getPlotItem())
        self.table = QTableWidget()
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setSizes([640, 380])
        self.body.addWidget(split, 1)

    def columns(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Code"),
            self.tr("Industry"),
            self.tr("Density"),
            self.tr("PCI"),
            self.tr("Reference growth %/yr"),
            self.tr("Score"),
        ]

    def rows(self, result: AnalysisResult, region: int) -> list[list]:
        cx, data = result.complexity, result.data
        ranked = [
            i
            for i in np.argsort(result.opportunity_rank[region])
            if result.opportunity_rank[region, i] > 0
        ]
        return [
            [
                int(result.opportunity_rank[region, i]),
                data.industries[i].code,
                data.industries[i].name,
                finite_or_none(cx.density[region, i, -1]),
                finite_or_none(cx.pci[i, -1]),
                finite_or_none(result.reference_growth[i] * 100),
                finite_or_none(result.opportunity_score[region, i]),
            ]
            for i in ranked
        ]

    def draw(self, result: AnalysisResult, region: int) -> None:
        data, cx = result.data, result.complexity
        x, y = cx.density[region, :, -1], cx.pci[:, -1]
        m = cx.m[region, :, -1]
        rank = result.opportunity_rank[region]
        ok = np.isfinite(x) & np.isfinite(y)
        spots, texts = [], []
        # the best-ranked last: drawn on top, and its label placed first
        order = sorted(np.flatnonzero(ok), key=lambda i: -rank[i] if rank[i] > 0 else -99)
        for i in order:
            industry = data.industries[i]
            kind = "candidate" if rank[i] > 0 else "specialised" if m[i] == 1 else "other"
            spots.append(
                {
                    "pos": (float(x[i]), float(y[i])),
                    "size": candidate_diameter(int(rank[i])) if kind == "candidate" else 14,
                    "brush": pg.mkBrush(MARKERS[kind][0]),
                    "pen": pg.mkPen(MARKERS[kind][1], width=1.5),
                    "data": int(i),
                }
            )
            prefix = f"#{int(rank[i])} " if kind == "candidate" else ""
            texts.append([f"{prefix}{t}" for t in industry_texts(industry)])
        self.plot.addItem(
            pg.ScatterPlotItem(spots=spots, hoverable=True, tip=self._tip, hoverSize=-1)
        )
        self.labels.set_labels([(*s["pos"], s["size"]) for s in spots][::-1], texts[::-1])
        self.plot.setLabel(
            "bottom", self.tr("Relatedness density {year}").format(year=int(data.years[-1]))
        )
        self.plot.setLabel("left", self.tr("Industry complexity (PCI)"))
        self.plot.setTitle(
            self.tr("{region}: opportunities and specialisations").format(
                region=data.regions[region].name
            ),
            color="k",
        )
        legend = side_legend(self.plot.getPlotItem(), below=True)
        add_circle(
            legend, 22, MARKERS["candidate"][0], self.tr("Opportunity #rank (larger: better)")
        )
        add_circle(
            legend,
            14,
            MARKERS["specialised"][0],
            self.tr("Specialisation, RCA >= 1 ({n})").format(n=int(m.sum())),
        )
        if any(rank[i] == 0 and m[i] != 1 for i in np.flatnonzero(ok)):
            add_circle(legend, 14, MARKERS["other"][0], self.tr("Not ranked: left out"), GREY)
        if ok.any():
            pad_x = 0.1 * (np.ptp(x[ok]) or 1.0)
            pad_y = 0.1 * (np.ptp(y[ok]) or 1.0)
            self.plot.setXRange(x[ok].min() - pad_x, x[ok].max() + 2 * pad_x, padding=0)
            self.plot.setYRange(y[ok].min() - pad_y, y[ok].max() + 2 * pad_y, padding=0)
        self._result, self._region = result, region
        fill_table(self.table, self.columns(), self.rows(result, region), {5: Kind.PERCENT})

    def _tip(self, x: float, y: float, data: int) -> str:
        """The full name and numbers of the industry under the mouse."""
        result, region = self._result, self._region
        industry = result.data.industries[data]
        rank = int(result.opportunity_rank[region, data])
        return self.tr("{code} {name}\n{rank}density {density}, PCI {pci}").format(
            code=industry.code,
            name=industry.name,
            rank=self.tr("opportunity #{rank}; ").format(rank=rank) if rank else "",
            density=format_number(x, Kind.INDEX),
            pci=format_number(y, Kind.INDEX),
        )

    def table_content(self, result: AnalysisResult, region: int):
        code = result.data.regions[region].code
        return f"Opportunities {code}", self.columns(), self.rows(result, region)
