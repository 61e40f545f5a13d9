"""Lifecycle map: every industry of the region by stage, specialisation (LQ) and size."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.lifecycles import RegionLifecycles
from desktop_app.store.lifecycle_judgements import STAGES
from desktop_app.ui.analysis.base import new_plot
from desktop_app.ui.lifecycles.stages import stage_label
from desktop_app.ui.lifecycles.state import LifecycleState, RegionBar
from desktop_app.ui.lifecycles.timeline_view import STAGE_COLOURS
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.when_shown import WhenShown


class LifecycleMapView(QWidget):
    """Stage across, LQ up, bubble area by size; the LQ = 1 line marks specialisation."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = LifecycleState.of(session)
        self.plot = new_plot()
        self.plot.getAxis("left").setLabel(self.tr("Location quotient (last year)"))
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(k, stage_label(s)) for k, s in enumerate(STAGES)]])
        self.note = QLabel(
            self.tr(
                "Bubble area: size in the last year. Stage: the analyst's "
                "judgement where there is one, else the computed stage."
            )
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(RegionBar(self.state))
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.when_shown = WhenShown(self, self.refresh)  # hidden tabs refresh when shown
        self.state.sig_result.connect(self.when_shown.request)
        self.when_shown.request()

    def refresh(self) -> None:
        self.plot.clear()
        result = self.state.result
        if result is None:
            return
        self.draw(result)

    def draw(self, result: RegionLifecycles) -> None:
        placed = [i for i in result.industries if i.stage in STAGES]
        if not placed:
            return
        sizes = np.array([i.size for i in placed], dtype=float)
        largest = np.nanmax(sizes) if np.isfinite(sizes).any() else 1.0
        # spread the bubbles of one stage across its column so they do not hide each other
        in_stage = {s: sum(1 for i in placed if i.stage == s) for s in STAGES}
        spread = {s: min(0.24, 0.92 / max(n, 1)) for s, n in in_stage.items()}
        counts: dict[str, int] = {}
        spots, lqs = [], []
        for item, size in zip(placed, sizes, strict=True):
            k = counts.get(item.stage, 0)
            counts[item.stage] = k + 1
            offset = (k - (in_stage[item.stage] - 1) / 2) * spread[item.stage]
            x = STAGES.index(item.stage) + offset
            lq = item.assessment.lq_level if item.assessment.lq_level is not None else np.nan
            lq = 0.0 if not np.isfinite(lq) else lq
            lqs.append(lq)
            diameter = 12 + 34 * np.sqrt(max(size, 0) / largest) if np.isfinite(size) else 12
            spots.append(
                {
                    "pos": (x, lq),
                    "size": diameter,
                    "brush": pg.mkBrush(STAGE_COLOURS[item.stage] + "B0"),
                    "pen": pg.mkPen("#333333"),
                    "data": item.industry.code,
                }
            )
            text = pg.TextItem(item.industry.code, color="#000000", anchor=(0.5, 0.5))
            text.setPos(x, lq)
            text.setZValue(10)
            self.plot.addItem(text)
        scatter = pg.ScatterPlotItem(spots=spots, pxMode=True)
        self.plot.addItem(scatter)
        self.plot.addItem(
            pg.InfiniteLine(1.0, angle=0, pen=pg.mkPen("#999999", style=Qt.PenStyle.DashLine))
        )
        self.plot.setXRange(-0.6, len(STAGES) - 0.4)
        top = max(lqs + [1.2]) * 1.15
        self.plot.setYRange(0, top)
