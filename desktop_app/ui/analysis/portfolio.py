"""Portfolio bubble chart: specialisation (LQ or its change) against growth, bubble = size."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from desktop_app.services.analysis import AnalysisResult
from desktop_app.ui.analysis.base import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    VERMILION,
    AnalysisView,
    finite_or_none,
    new_plot,
)
from desktop_app.ui.chart_labels import MarkerLabels
from desktop_app.ui.chart_legend import TEXT, add_circle, add_line, round_values, side_legend
from desktop_app.ui.number_format import Kind, format_number, kind_of_unit
from desktop_app.ui.translated import translated


def quadrant_names() -> dict[tuple[bool, bool], str]:
    """(specialised, growing faster than the reference) -> the quadrant's name."""
    return {
        (True, True): QCoreApplication.translate("Portfolio", "Stars"),
        (True, False): QCoreApplication.translate("Portfolio", "Mature"),
        (False, True): QCoreApplication.translate("Portfolio", "Emerging"),
        (False, False): QCoreApplication.translate("Portfolio", "Transforming"),
    }


QUADRANT_COLOURS = {
    (True, True): BLUE,
    (True, False): ORANGE,
    (False, True): GREEN,
    (False, False): VERMILION,
}


def bubble_diameter(value: float, largest: float) -> float:
    """Pixels across a bubble: its area grows with the value, the largest 60 pixels wide."""
    return 12 + 48 * float(np.sqrt(max(value, 0.0) / largest)) if largest > 0 else 12.0


def industry_texts(industry) -> list[str]:
    """A bubble's label texts, longest first: code and name (shortened), then the code alone."""
    name = industry.name if len(industry.name) <= 28 else industry.name[:27].rstrip() + "…"
    return [f"{industry.code} {name}", industry.code]


def reference_growth_percent(result: AnalysisResult) -> float:
    """The reference's growth per year over the window, in %: the line between the quadrants."""
    data = result.data
    span = float(data.years[-1] - data.years[0])
    total = data.reference.sum(axis=0)
    if span <= 0 or total[0] <= 0:
        return 0.0
    return float(((total[-1] / total[0]) ** (1 / span) - 1) * 100)


class PortfolioView(AnalysisView):
    """Each industry of the region as a bubble; click one for its detail in the inspector."""

    name = "portfolio"
    indicators = ("data", "LQ", "growth")

    def build(self) -> None:
        options = QHBoxLayout()
        self.x_choice = QComboBox()
        self.x_choice.addItem(self.tr("Location quotient (last year)"), "lq")
        self.x_choice.addItem(self.tr("Change of the location quotient"), "change")
        self.x_choice.activated.connect(self.refresh)
        self.hover = QLabel(
            self.tr("Hover over a bubble for its numbers; click it for the industry's detail.")
        )
        self.hover.setWordWrap(True)  # on two lines where the width runs out (its Spanish
        # made the whole view wider than a laptop screen: chart and legend cut at the right)
        options.addWidget(QLabel(self.tr("Horizontal axis")))
        options.addWidget(self.x_choice)
        options.addWidget(self.hover, 1)
        self.body.addLayout(options)
        self.plot = new_plot(Kind.INDEX, Kind.PERCENT)
        self.body.addWidget(self.plot, 1)
        self.points: list[dict] = []
        self.labels = MarkerLabels(self.plot.getPlotItem())

    def draw(self, result: AnalysisResult, region: int) -> None:
        data = result.data
        change = self.x_choice.currentData() == "change"
        lq = result.lq[region]
        x = lq[:, -1] - lq[:, 0] if change else lq[:, -1]
        y = result.growth[region] * 100
        size = data.values[region, :, -1]
        y_split = reference_growth_percent(result)
        x_split = 0.0 if change else 1.0
        ok = np.isfinite(x) & np.isfinite(y) & np.isfinite(size)
        years = f"{int(data.years[0])}-{int(data.years[-1])}"
        self.plot.setLabel(
            "bottom",
            self.tr("Change of LQ {years}").format(years=years)
            if change
            else self.tr("Location quotient {year}").format(year=int(data.years[-1])),
        )
        self.plot.setLabel("left", self.tr("Growth per year {years}").format(years=years))
        self.plot.setTitle(
            self.tr("{region}: industries against {reference}").format(
                region=data.regions[region].name, reference=translated(data.reference_label)
            ),
            color="k",
        )
        if not ok.any():
            return
        largest = float(size[ok].max())
        self.points = []
        spots = []
        # the biggest bubbles first, so a small one is drawn over a big one, not under it
        for i in sorted(np.flatnonzero(ok), key=lambda i: -size[i]):
            quadrant = (bool(x[i] >= x_split), bool(y[i] >= y_split))
            self.points.append({"i": int(i), "quadrant": quadrant})
            spots.append(
                {
                    "pos": (float(x[i]), float(y[i])),
                    "size": bubble_diameter(size[i], largest),
                    "brush": pg.mkBrush(QUADRANT_COLOURS[quadrant] + "c0"),
                    "pen": pg.mkPen("k"),
                    "data": int(i),
                }
            )
        scatter = pg.ScatterPlotItem(
            spots=spots, hoverable=True, tip=None, hoverPen=pg.mkPen("k", width=2)
        )
        scatter.sigClicked.connect(self._clicked)
        scatter.sigHovered.connect(self._hovered)
        self.plot.addItem(scatter)
        pen_lines = pg.mkPen(GREY, dash=[4, 4])
        self.plot.addItem(pg.InfiniteLine(x_split, angle=90, pen=pen_lines))
        self.plot.addItem(pg.InfiniteLine(y_split, angle=0, pen=pen_lines))
        xs, ys = np.append(x[ok], x_split), np.append(y[ok], y_split)
        pad_x, pad_y = 0.12 * (np.ptp(xs) or 1.0), 0.15 * (np.ptp(ys) or 1.0)
        left, right = xs.min() - pad_x, xs.max() + pad_x
        bottom, top = ys.min() - pad_y, ys.max() + pad_y
        self.plot.setXRange(left, right, padding=0)
        self.plot.setYRange(bottom, top, padding=0)
        names = quadrant_names()
        self.labels.avoid = []
        for (spec, grow), (px, py, anchor) in {
            (True, True): (right, top, (1, 0)),
            (True, False): (right, bottom, (1, 1)),
            (False, True): (left, top, (0, 0)),
            (False, False): (left, bottom, (0, 1)),
        }.items():
            text = pg.TextItem(names[(spec, grow)], color=TEXT, anchor=anchor)
            text.setFont(_bold())
            text.setPos(px, py)
            self.plot.addItem(text)
            self.labels.avoid.append(text)
        self.labels.set_labels(
            [(x[p["i"]], y[p["i"]], s["size"]) for p, s in zip(self.points, spots, strict=True)],
            [industry_texts(data.industries[p["i"]]) for p in self.points],
        )
        self._legend(result, largest, x_split, y_split, change)
        self._result, self._region = result, region

    def _legend(
        self, result: AnalysisResult, largest: float, x_split: float, y_split: float, change: bool
    ) -> None:
        """Bubble sizes, quadrant colours and the two dashed reference lines, beside the plot."""
        data = result.data
        unit = kind_of_unit(data.measure.unit)
        legend = side_legend(
            self.plot.getPlotItem(),
            self.tr("Bubble area: {unit} {year}").format(
                unit=data.measure.unit, year=int(data.years[-1])
            ),
        )
        for value in round_values(largest)[::-1]:
            add_circle(
                legend, bubble_diameter(value, largest), "#ffffff", format_number(value, unit)
            )
        names = quadrant_names()
        for quadrant, colour in QUADRANT_COLOURS.items():
            add_circle(legend, 12, colour + "c0", names[quadrant])
        pen_lines = pg.mkPen(GREY, dash=[4, 4], width=2)
        add_line(
            legend,
            pen_lines,
            self.tr("LQ unchanged")
            if change
            else self.tr("LQ = 1: as specialised as the reference"),
        )
        add_line(
            legend,
            pen_lines,
            self.tr("Reference growth {rate}/yr").format(rate=format_number(y_split, Kind.PERCENT)),
        )

    def detail_html(self, i: int) -> tuple[str, str]:
        """Title and HTML of one industry's detail (for the inspector dock)."""
        result, r = self._result, self._region
        data = result.data
        industry = data.industries[i]
        unit = kind_of_unit(data.measure.unit)
        rows = "".join(
            f"<tr><td>{int(y)}</td><td align=right>{format_number(data.values[r, i, t], unit)}</td>"
            f"<td align=right>{format_number(result.lq[r, i, t], Kind.INDEX)}</td></tr>"
            for t, y in enumerate(data.years)
        )
        shift = result.shift.by_industry
        parts = "".join(
            f"<tr><td>{label}</td><td align=right>{format_number(shift[key][r, i], unit)}</td></tr>"
            for key, label in (
                ("national_share", self.tr("National share")),
                ("industry_mix", self.tr("Industry mix")),
                ("regional_share", self.tr("Regional share")),
            )
        )
        cx = result.complexity
        year, growth = self.tr("Year"), self.tr("Growth per year")
        density, shift_share = self.tr("Relatedness density"), self.tr("Shift-share")
        html = (
            f"<p><b>{data.regions[r].name}</b> — {industry.name}</p>"
            f"<table><tr><th>{year}</th><th>{data.measure.unit}</th>"
            f"<th>LQ</th></tr>{rows}</table>"
            f"<p>{growth}: {format_number(result.growth[r, i] * 100, Kind.PERCENT)}<br>"
            f"{density}: {format_number(cx.density[r, i, -1], Kind.INDEX)}<br>"
            f"PCI: {format_number(cx.pci[i, -1], Kind.INDEX)}</p>"
            f"<p><b>{shift_share}</b></p><table>{parts}</table>"
        )
        return f"{industry.code} {industry.name}", html

    def _clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.session.sig_inspect.emit(*self.detail_html(int(points[0].data())))

    def _hovered(self, _item, points, _event=None) -> None:
        if not len(points):
            return
        i = int(points[0].data())
        result, r = self._result, self._region
        quadrant = next(p["quadrant"] for p in self.points if p["i"] == i)
        self.hover.setText(
            self.tr(
                "{code} {name}: LQ {lq}, growth {growth}/yr, {size} {unit} — {quadrant}"
            ).format(
                code=result.data.industries[i].code,
                name=result.data.industries[i].name,
                lq=format_number(result.lq[r, i, -1], Kind.INDEX),
                growth=format_number(result.growth[r, i] * 100, Kind.PERCENT),
                size=format_number(
                    result.data.values[r, i, -1], kind_of_unit(result.data.measure.unit)
                ),
                unit=result.data.measure.unit,
                quadrant=quadrant_names()[quadrant],
            )
        )

    def table_content(self, result: AnalysisResult, region: int):
        data = result.data
        names = quadrant_names()
        y_split = reference_growth_percent(result)
        rows = []
        for i, industry in enumerate(data.industries):
            lq, growth = result.lq[region, i, -1], result.growth[region, i]
            quadrant = (
                names[(bool(lq >= 1), bool(growth * 100 >= y_split))]
                if np.isfinite(lq) and np.isfinite(growth)
                else ""
            )
            rows.append(
                [
                    industry.code,
                    industry.name,
                    finite_or_none(data.values[region, i, -1]),
                    finite_or_none(lq),
                    finite_or_none(lq - result.lq[region, i, 0]),
                    finite_or_none(growth),
                    quadrant,
                ]
            )
        columns = [
            "code",
            "industry",
            f"size {int(data.years[-1])}",
            "LQ",
            "LQ change",
            "growth per year",
            "quadrant",
        ]
        return f"Portfolio {data.regions[region].code}", columns, rows


def _bold():
    from PySide6.QtGui import QFont

    font = QFont()
    font.setBold(True)
    font.setPointSize(11)
    return font
