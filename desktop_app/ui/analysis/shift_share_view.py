"""Shift-share waterfall: from the start year to the end year through the three components."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidget

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
from desktop_app.ui.widgets import fill_combo

COMPONENTS = ("national_share", "industry_mix", "regional_share")


class ShiftShareView(AnalysisView):
    """Waterfall of the region's (or one industry's) change, and the components by industry."""

    name = "shift-share"
    indicators = ("data", "shift-share")

    def build(self) -> None:
        options = QHBoxLayout()
        self.industry = QComboBox()
        self.industry.activated.connect(self.refresh)
        options.addWidget(QLabel(self.tr("Industry")))
        options.addWidget(self.industry)
        options.addStretch(1)
        self.body.addLayout(options)
        self.plot = new_plot()
        self.body.addWidget(self.plot, 3)
        self.table = QTableWidget()
        self.body.addWidget(self.table, 2)

    def labels(self) -> list[str]:
        return [self.tr("National share"), self.tr("Industry mix"), self.tr("Regional share")]

    def draw(self, result: AnalysisResult, region: int) -> None:
        data = result.data
        fill_combo(
            self.industry,
            [(-1, self.tr("All industries"))]
            + [(k, f"{c.code} {c.name}") for k, c in enumerate(data.industries)],
            self.industry.currentData() if self.industry.count() else -1,
        )
        chosen = self.industry.currentData()
        shift = result.shift
        if chosen is None or chosen < 0:
            start = np.nansum(
                np.where(
                    np.isnan(shift.by_industry["growth"][region]), np.nan, data.values[region, :, 0]
                )
            )
            parts = [float(getattr(shift, c)[region]) for c in COMPONENTS]
            title = data.regions[region].name
        else:
            start = float(data.values[region, chosen, 0])
            parts = [float(shift.by_industry[c][region, chosen]) for c in COMPONENTS]
            title = f"{data.regions[region].name}: {data.industries[chosen].name}"
        y0, y1 = int(data.years[0]), int(data.years[-1])
        self.plot.setTitle(
            self.tr("{title}, {y0}-{y1}, against {reference}").format(
                title=title, y0=y0, y1=y1, reference=data.reference_label
            ),
            color="k",
        )
        self.plot.setLabel("left", data.measure.unit)
        if not np.isfinite(start) or not np.all(np.isfinite(parts)):
            self.plot.setTitle(
                self.tr("{title}: left out (see below)").format(title=title), color="k"
            )
            self._fill_table(result, region)
            return
        end = start + sum(parts)
        levels = [start]
        for part in parts:
            levels.append(levels[-1] + part)
        bottoms = [0.0] + [min(levels[k], levels[k + 1]) for k in range(3)] + [0.0]
        heights = [start] + [abs(p) for p in parts] + [end]
        colours = [GREY] + [BLUE if p >= 0 else ORANGE for p in parts] + [GREY]
        x = np.arange(5)
        bars = pg.BarGraphItem(
            x=x,
            y0=bottoms,
            height=heights,
            width=0.6,
            brushes=[pg.mkBrush(c) for c in colours],
            pens=[pg.mkPen("k")] * 5,
        )
        self.plot.addItem(bars)
        names = [str(y0), *self.labels(), str(y1)]
        self.plot.getAxis("bottom").setTicks([list(zip(x, names, strict=True))])
        for k, value in enumerate([start, *parts, end]):
            top = bottoms[k] + heights[k]
            text = pg.TextItem(
                f"{value:+,.0f}" if 0 < k < 4 else f"{value:,.0f}", color="k", anchor=(0.5, 1)
            )
            text.setPos(k, top)
            self.plot.addItem(text)
        low, high = min(levels + [end]), max(levels + [end])
        pad = 0.25 * (high - low or abs(high) or 1.0)
        self.plot.setYRange(max(0.0, low - pad), high + pad, padding=0)
        self.plot.setXRange(-0.6, 4.6, padding=0)
        self._fill_table(result, region)

    def _rows(self, result: AnalysisResult, region: int) -> list[list]:
        by = result.shift.by_industry
        return [
            [
                c.code,
                c.name,
                *[finite_or_none(by[name][region, k]) for name in ("growth", *COMPONENTS)],
            ]
            for k, c in enumerate(result.data.industries)
        ]

    def _columns(self) -> list[str]:
        return [self.tr("Code"), self.tr("Industry"), self.tr("Change"), *self.labels()]

    def _fill_table(self, result: AnalysisResult, region: int) -> None:
        fill_table(
            self.table,
            self._columns(),
            self._rows(result, region),
            digits={k: 0 for k in range(2, 6)},
        )

    def table_content(self, result: AnalysisResult, region: int):
        code = result.data.regions[region].code
        return f"Shift-share {code}", self._columns(), self._rows(result, region)
