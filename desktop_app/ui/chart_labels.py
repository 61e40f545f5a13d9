"""Labels beside the markers of a chart, placed so they cover neither each other nor a marker.

``place_labels`` is the geometry (pixels, no Qt): each label tries spots around its marker and
takes the one that overlaps least; of a label's texts (a name with its code, then the code
alone) the longest that fits without overlap is shown. ``MarkerLabels`` puts the result on a
pyqtgraph plot and places again whenever the plot is resized or zoomed, since the pixel
distances change. The bubble charts (portfolio, opportunities, relatedness network, competency
portfolio) share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QTimer

# Directions tried around a marker, in order of preference: right, left, above, below, then
# the diagonals (x, y in pixels, y downwards as on screen).
DIRECTIONS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1))
GAP = 3.0  # pixels between a marker's edge and its label

# What an overlap costs per square pixel: another label worst, leaving the plot next, a marker.
LABEL_COST, OUTSIDE_COST, MARKER_COST = 4.0, 3.0, 1.0


@dataclass(frozen=True)
class Placement:
    """Where label k went: which of its texts, and its box (left, top, width, height) in pixels."""

    text: int
    box: tuple[float, float, float, float]


def _overlaps(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Overlap area of each of ``boxes`` (x0, y0, x1, y1) with each of ``others``: (len, len)."""
    if not len(others):
        return np.zeros((len(boxes), 0))
    w = (np.minimum(boxes[:, None, 2], others[None, :, 2])
         - np.maximum(boxes[:, None, 0], others[None, :, 0]))
    h = (np.minimum(boxes[:, None, 3], others[None, :, 3])
         - np.maximum(boxes[:, None, 1], others[None, :, 1]))
    return np.clip(w, 0, None) * np.clip(h, 0, None)


def _candidates(x: float, y: float, r: float, w: float, h: float) -> np.ndarray:
    """Boxes (x0, y0, x1, y1) of a w x h label around a marker of radius r at (x, y), one row
    per spot in order of preference."""
    boxes = []
    for ring in (0.0, h + GAP, 2 * (h + GAP)):
        d = r + GAP + ring
        for dx, dy in DIRECTIONS:
            # diagonally the box's corner sits on the circle, not on its bounding square
            reach = d * (0.71 if dx and dy else 1.0)
            cx, cy = x + dx * (reach + w / 2), y + dy * (reach + h / 2)
            boxes.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
    return np.array(boxes)


def place_labels(
    centres: Sequence[tuple[float, float]],
    radii: Sequence[float],
    sizes: Sequence[Sequence[tuple[float, float]]],
    bounds: tuple[float, float, float, float],
    fixed: Sequence[tuple[float, float, float, float]] = (),
) -> list[Placement]:
    """Place one label per marker, in the order given (put the important ones first).

    Parameters
    ----------
    centres, radii : marker centres and radii in pixels.
    sizes : per label, the (width, height) in pixels of each of its texts, longest first.
    bounds : (left, top, right, bottom) of the plot area in pixels.
    fixed : boxes (left, top, right, bottom) of other text on the plot (a quadrant's name),
        avoided as placed labels are.

    Returns
    -------
    One ``Placement`` per marker: the first text that has a spot overlapping nothing, else the
    last (shortest) text at its least overlapping spot.
    """
    markers = np.array(
        [[x - r, y - r, x + r, y + r] for (x, y), r in zip(centres, radii, strict=True)]
    ).reshape(-1, 4)
    area = np.array([bounds])
    placed = np.array(fixed, dtype=float).reshape(-1, 4)
    result = []
    for k, ((x, y), r) in enumerate(zip(centres, radii, strict=True)):
        others = np.delete(markers, k, axis=0)
        best = None
        for t, (w, h) in enumerate(sizes[k]):
            boxes = _candidates(x, y, r, w, h)
            inside = _overlaps(boxes, area)[:, 0]
            costs = (LABEL_COST * _overlaps(boxes, placed).sum(axis=1)
                     + MARKER_COST * _overlaps(boxes, others).sum(axis=1)
                     + OUTSIDE_COST * (w * h - inside))
            # under a square pixel is rounding, not overlap; a nearer spot and the longer
            # text win a tie
            costs = np.where(costs >= 1.0, costs, 0.0)
            order = int(np.argmin(costs))  # the first of the cheapest spots
            key = (float(costs[order]), order)
            if best is None or key < best[0]:
                best = (key, t, boxes[order])
            if best[0][0] == 0:
                break
        _, t, box = best
        placed = np.vstack([placed, box])
        result.append(Placement(t, (box[0], box[1], box[2] - box[0], box[3] - box[1])))
    return result


class MarkerLabels:
    """Labels of a plot's markers, kept beside them as the plot is resized or zoomed."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.view = plot.getViewBox()
        self.items: list[pg.TextItem] = []
        self._markers: list[tuple[float, float, float]] = []
        self._texts: list[list[str]] = []
        self.placements: list[Placement] = []
        self.avoid: list[pg.TextItem] = []  # other text on the plot the labels keep off
        self._sizes: dict[str, tuple[float, float]] = {}
        # a resize or zoom signals several times in one turn of the event loop: place once
        self._later = QTimer()
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.place)
        self.view.sigResized.connect(self._later.start)
        self.view.sigRangeChanged.connect(self._later.start)

    def set_labels(
        self,
        markers: Sequence[tuple[float, float, float]],
        texts: Sequence[Sequence[str]],
        color: str = "k",
    ) -> None:
        """Markers as (x, y in data, diameter in pixels), each with its texts, longest first."""
        for item in self.items:
            if item.scene() is not None:
                self.plot.removeItem(item)
        self._markers = [tuple(map(float, m)) for m in markers]
        self._texts = [list(t) for t in texts]
        self.items = []
        for _ in self._markers:
            item = pg.TextItem("", color=color, anchor=(0, 0))
            item.setZValue(30)
            self.plot.addItem(item, ignoreBounds=True)
            self.items.append(item)
        # placed in the next turn of the event loop, with the range the view is given after
        # its markers: placing at once too drew the labels twice, all in the turn that drew
        # the plot
        self._later.start()

    def text_size(self, k: int, text: str) -> tuple[float, float]:
        """Pixels of ``text`` in label k's font (all labels share one), measured once."""
        if text not in self._sizes:
            item = self.items[k]
            item.setText(text)
            rect = item.textItem.boundingRect()
            self._sizes[text] = rect.width(), rect.height()
        return self._sizes[text]

    def place(self, *_args) -> None:
        self._later.stop()
        if not self.items or self.view.scene() is None:
            return
        to_scene = self.view.mapViewToScene
        centres = [to_scene(QPointF(x, y)) for x, y, _ in self._markers]
        sizes = [[self.text_size(k, t) for t in texts] for k, texts in enumerate(self._texts)]
        area: QRectF = self.view.sceneBoundingRect()
        fixed = [
            item.mapRectToScene(item.boundingRect()).getCoords()
            for item in self.avoid
            if item.scene() is not None
        ]
        self.placements = place_labels(
            [(p.x(), p.y()) for p in centres],
            [d / 2 for _, _, d in self._markers],
            sizes,
            (area.left(), area.top(), area.right(), area.bottom()),
            fixed,
        )
        for item, texts, placement in zip(self.items, self._texts, self.placements, strict=True):
            item.setText(texts[placement.text])
            left, top, _, _ = placement.box
            item.setPos(self.view.mapSceneToView(QPointF(left, top)))
