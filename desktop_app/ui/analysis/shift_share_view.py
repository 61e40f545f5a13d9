"""Shift-share waterfall: from the start year to the end year through the components.

The method is chosen here as on the command line: classic (Dunn), Esteban-Marquillas (the
regional share split into a competitive and an allocation effect) or dynamic (year by year,
summed). The table lists the components by industry and ends with their totals.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidget

from desktop_app.core.shift_share import ShiftShare
from desktop_app.services.analysis import AnalysisResult, region_shift_share
from desktop_app.ui.analysis.base import (
    BLUE,
    GREY,
    ORANGE,
    AnalysisView,
    fill_table,
    finite_or_none,
    new_plot,
)
from desktop_app.ui.number_format import kind_of_unit
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.translated import translated
from desktop_app.ui.widgets import fill_combo

COMPONENTS = ("national_share", "industry_mix", "regional_share")
#: Esteban-Marquillas: the regional share is the competitive effect, plus an allocation effect.
ESTEBAN_COMPONENTS = (*COMPONENTS, "allocation")


class ShiftShareView(AnalysisView):
    """Waterfall of the region's (or one industry's) change, and the components by industry."""

    name = "shift-share"
    indicators = ("data", "shift-share")

    def build(self) -> None:
        options = QHBoxLayout()
        self.method = QComboBox()
        for key, text in (("dunn", self.tr("Classic (Dunn)")),
                          ("esteban", self.tr("Esteban-Marquillas")),
                          ("dynamic", self.tr("Dynamic (year by year)"))):
            self.method.addItem(text, key)
        self.method.activated.connect(self.refresh)
        options.addWidget(QLabel(self.tr("Method")))
        options.addWidget(self.method)
        self.industry = QComboBox()
        self.industry.setMinimumContentsLength(24)
        self.industry.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.industry.activated.connect(self.refresh)
        options.addWidget(QLabel(self.tr("Industry")))
        options.addWidget(self.industry)
        options.addStretch(1)
        self.body.addLayout(options)
        self.plot = new_plot()
        self.body.addWidget(self.plot, 3)
        self.table = QTableWidget()
        self.body.addWidget(self.table, 2)

    def components(self) -> tuple[str, ...]:
        return ESTEBAN_COMPONENTS if self.method.currentData() == "esteban" else COMPONENTS

    def labels(self) -> list[str]:
        if self.method.currentData() == "esteban":
            return [self.tr("National share"), self.tr("Industry mix"),
                    self.tr("Competitive effect"), self.tr("Allocation effect")]
        return [self.tr("National share"), self.tr("Industry mix"), self.tr("Regional share")]

    def decomposition(self, result: AnalysisResult, region: int) -> ShiftShare:
        """The chosen method's decomposition of the region, first to last year shown."""
        return region_shift_share(result.data, region, self.method.currentData())

    def draw(self, result: AnalysisResult, region: int) -> None:
        data = result.data
        fill_combo(
            self.industry,
            [(-1, self.tr("All industries"))]
            + [(k, f"{c.code} {c.name}") for k, c in enumerate(data.industries)],
            self.industry.currentData() if self.industry.count() else -1,
        )
        chosen = self.industry.currentData()
        shift = self.decomposition(result, region)
        components = self.components()
        if chosen is None or chosen < 0:
            start = np.nansum(
                np.where(np.isnan(shift.by_industry["growth"]), np.nan, data.values[region, :, 0])
            )
            parts = [float(shift.allocation if c == "allocation" else getattr(shift, c))
                     for c in components]
            title = data.regions[region].name
        else:
            start = float(data.values[region, chosen, 0])
            parts = [float(shift.by_industry[c][chosen]) for c in components]
            title = f"{data.regions[region].name}: {data.industries[chosen].name}"
        y0, y1 = int(data.years[0]), int(data.years[-1])
        self.plot.setTitle(
            self.tr("{title}, {y0}-{y1}, against {reference}").format(
                title=title, y0=y0, y1=y1, reference=translated(data.reference_label)
            ),
            color="k",
        )
        self.plot.setLabel("left", data.measure.unit)
        if not np.isfinite(start) or not np.all(np.isfinite(parts)):
            self.plot.setTitle(
                self.tr("{title}: left out (see below)").format(title=title), color="k"
            )
            self._fill_table(shift, result)
            return
        end = start + sum(parts)
        levels = [start]
        for part in parts:
            levels.append(levels[-1] + part)
        steps = len(parts)
        bottoms = [0.0] + [min(levels[k], levels[k + 1]) for k in range(steps)] + [0.0]
        heights = [start] + [abs(p) for p in parts] + [end]
        colours = [GREY] + [BLUE if p >= 0 else ORANGE for p in parts] + [GREY]
        x = np.arange(steps + 2)
        bars = pg.BarGraphItem(
            x=x,
            y0=bottoms,
            height=heights,
            width=0.6,
            brushes=[pg.mkBrush(c) for c in colours],
            pens=[pg.mkPen("k")] * (steps + 2),
        )
        self.plot.addItem(bars)
        names = [str(y0), *self.labels(), str(y1)]
        self.plot.getAxis("bottom").setTicks([list(zip(x, names, strict=True))])
        for k, value in enumerate([start, *parts, end]):
            top = bottoms[k] + heights[k]
            text = pg.TextItem(
                in_locale(f"{value:+,.0f}" if 0 < k <= steps else f"{value:,.0f}"), color="k",
                anchor=(0.5, 1),
            )
            text.setPos(k, top)
            self.plot.addItem(text)
        low, high = min(levels + [end]), max(levels + [end])
        pad = 0.25 * (high - low or abs(high) or 1.0)
        self.plot.setYRange(max(0.0, low - pad), high + pad, padding=0)
        self.plot.setXRange(-0.6, steps + 1.6, padding=0)
        self._fill_table(shift, result)

    def _rows(self, shift: ShiftShare, result: AnalysisResult) -> list[list]:
        """One row per industry, then the totals over the industries kept."""
        names = ("growth", *self.components())
        by = shift.by_industry
        totals = {name: shift.allocation if name == "allocation" else getattr(shift, name)
                  for name in names}
        return [
            [c.code, c.name, *[finite_or_none(by[name][k]) for name in names]]
            for k, c in enumerate(result.data.industries)
        ] + [["", self.tr("Total"), *[finite_or_none(totals[name]) for name in names]]]

    def _columns(self) -> list[str]:
        return [self.tr("Code"), self.tr("Industry"), self.tr("Change"), *self.labels()]

    def _fill_table(self, shift: ShiftShare, result: AnalysisResult) -> None:
        columns = self._columns()
        fill_table(
            self.table,
            columns,
            self._rows(shift, result),
            kinds=dict.fromkeys(range(2, len(columns)), kind_of_unit(result.data.measure.unit)),
        )
        self.table.setSortingEnabled(False)  # the totals row stays last
        last = self.table.rowCount() - 1
        bold = QFont(self.table.font())
        bold.setBold(True)
        for c in range(len(columns)):
            self.table.item(last, c).setFont(bold)
            if c >= 2:
                self.table.resizeColumnToContents(c)  # room for the bold totals

    def table_content(self, result: AnalysisResult, region: int):
        code = result.data.regions[region].code
        shift = self.decomposition(result, region)
        title = f"Shift-share {code} ({self.method.currentText()})"
        return title, self._columns(), self._rows(shift, result)
