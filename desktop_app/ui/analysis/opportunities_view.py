"""Opportunity scatter (relatedness density vs complexity) with the ranking beside it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTableWidget

from desktop_app.services.analysis import AnalysisResult
from desktop_app.ui.analysis.base import (
    GREY,
    ORANGE,
    AnalysisView,
    fill_table,
    finite_or_none,
    new_plot,
)


class OpportunityView(AnalysisView):
    """Industries the region is not yet specialised in: close (density) and complex (PCI)."""

    name = "opportunities"
    indicators = ("data", "RCA", "density", "PCI", "growth")

    def build(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        self.plot = new_plot()
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
        spots = []
        for i in np.flatnonzero(ok):
            candidate = rank[i] > 0
            spots.append(
                {
                    "pos": (float(x[i]), float(y[i])),
                    "size": 26 - min(int(rank[i]), 10) if candidate else 10,
                    "brush": pg.mkBrush(ORANGE if candidate else "#ffffff"),
                    "pen": pg.mkPen("k" if candidate else GREY),
                    "data": int(i),
                }
            )
            text = data.industries[i].code + (f" #{rank[i]}" if candidate else "")
            label = pg.TextItem(text, color="k" if candidate else GREY, anchor=(0, 1))
            label.setPos(float(x[i]), float(y[i]))
            self.plot.addItem(label)
        self.plot.addItem(pg.ScatterPlotItem(spots=spots))
        self.plot.setLabel(
            "bottom", self.tr("Relatedness density {year}").format(year=int(data.years[-1]))
        )
        self.plot.setLabel("left", self.tr("Industry complexity (PCI)"))
        self.plot.setTitle(
            self.tr(
                "{region}: opportunities (orange, by rank), specialisations (white, {n})"
            ).format(region=data.regions[region].code, n=int(m.sum())),
            color="k",
        )
        if ok.any():
            pad_x = 0.1 * (np.ptp(x[ok]) or 1.0)
            pad_y = 0.1 * (np.ptp(y[ok]) or 1.0)
            self.plot.setXRange(x[ok].min() - pad_x, x[ok].max() + 2 * pad_x, padding=0)
            self.plot.setYRange(y[ok].min() - pad_y, y[ok].max() + 2 * pad_y, padding=0)
        fill_table(
            self.table, self.columns(), self.rows(result, region), digits={3: 3, 4: 2, 5: 1, 6: 2}
        )

    def table_content(self, result: AnalysisResult, region: int):
        code = result.data.regions[region].code
        return f"Opportunities {code}", self.columns(), self.rows(result, region)
