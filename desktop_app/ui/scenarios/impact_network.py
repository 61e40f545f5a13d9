"""The impact network of one scenario: its descriptors, and how their chosen variants push or
hold back each other's.

An arrow from descriptor i to descriptor j carries the judgement of i's chosen variant on j's
chosen variant: blue where it promotes it, orange where it restricts it, thicker for stronger
judgements. The descriptors sit on a circle in study order, each labelled with its variant.
A study of 17 descriptors has up to 272 arrows: their shafts are drawn as one curve per colour
and thickness, their heads as one filled path per colour, so that drawing a scenario does not
hold the window (an item per arrow took a quarter of a second).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from desktop_app.core.cib import CrossImpactMatrix

#: Okabe-Ito blue (promotes) and vermillion (restricts).
PROMOTES, RESTRICTS = "#0072B2", "#D55E00"
#: Shaft thicknesses (pixels): a judgement's strength against the strongest picks one.
WIDTHS = (0.8, 1.9, 3.0, 4.0)
#: Arrowheads, in the plot's units (the circle has radius 1).
HEAD_LENGTH, HEAD_HALF_WIDTH = 0.09, 0.035


@dataclass(frozen=True)
class Impact:
    """The judgement of ``source``'s chosen variant on ``target``'s chosen variant."""

    source: int
    target: int
    value: float


def scenario_impacts(matrix: CrossImpactMatrix, scenario) -> list[Impact]:
    """Every non-zero judgement between the chosen variants of two different descriptors."""
    z = matrix.check_scenario(scenario)
    o = matrix.offsets
    out = []
    for i in range(len(z)):
        for j in range(len(z)):
            value = float(matrix.values[o[i] + z[i], o[j] + z[j]])
            if i != j and value != 0:
                out.append(Impact(i, j, value))
    return out


def draw_impact_network(plot: pg.PlotItem, matrix: CrossImpactMatrix, scenario) -> list[Impact]:
    """Draw the network of ``scenario`` into ``plot`` (cleared first); the impacts drawn."""
    plot.clear()
    z = matrix.check_scenario(scenario)
    n = len(z)
    angles = [math.pi / 2 - 2 * math.pi * k / n for k in range(n)]
    at = np.array([(math.cos(a), math.sin(a)) for a in angles])
    impacts = scenario_impacts(matrix, z)
    strongest = max((abs(i.value) for i in impacts), default=1.0)
    shafts: dict[tuple[str, int], list[float]] = {}
    heads: dict[str, QPainterPath] = {}
    for impact in impacts:
        start, end = at[impact.source], at[impact.target]
        direction = (end - start) / np.linalg.norm(end - start)
        tip = end - 0.09 * direction  # the arrow stops short of the node
        base = tip - HEAD_LENGTH * direction
        colour = PROMOTES if impact.value > 0 else RESTRICTS
        level = round((len(WIDTHS) - 1) * abs(impact.value) / strongest)
        shafts.setdefault((colour, level), []).extend([*start, *base])
        side = HEAD_HALF_WIDTH * np.array([-direction[1], direction[0]])
        corners = [tip, base + side, base - side]
        heads.setdefault(colour, QPainterPath()).addPolygon(
            QPolygonF([QPointF(float(x), float(y)) for x, y in corners])
        )
    for (colour, level), points in shafts.items():
        xy = np.reshape(points, (-1, 2))
        plot.addItem(
            pg.PlotCurveItem(
                xy[:, 0], xy[:, 1], connect="pairs", pen=pg.mkPen(colour, width=WIDTHS[level])
            )
        )
    for colour, path in heads.items():
        path.setFillRule(Qt.FillRule.WindingFill)  # heads that overlap at a node stay filled
        item = QGraphicsPathItem(path)
        item.setPen(pg.mkPen(None))
        item.setBrush(pg.mkBrush(colour))
        plot.addItem(item)
    plot.addItem(
        pg.ScatterPlotItem(
            at[:, 0], at[:, 1], size=14, brush=pg.mkBrush("w"), pen=pg.mkPen("k", width=1)
        )
    )
    for k, (x, y) in enumerate(at):
        label = pg.TextItem(
            f"{matrix.descriptors[k]}: {matrix.variants[k][z[k]]}",
            color="k",
            anchor=(0.5 - 0.5 * x, 0.5 + 0.5 * y),
        )
        label.setPos(1.12 * x, 1.12 * y)
        plot.addItem(label)
    plot.setRange(xRange=(-1.9, 1.9), yRange=(-1.5, 1.5), padding=0)
    return impacts
