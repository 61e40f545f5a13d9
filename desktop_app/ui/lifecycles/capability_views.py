"""The capability base as a network, as a portfolio, and as a dashboard of its dynamics."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.capabilities import CapabilityView, capability_view
from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.ui.analysis.base import fill_table, new_plot, segment
from desktop_app.ui.chart_labels import MarkerLabels
from desktop_app.ui.chart_legend import add_circle, side_legend
from desktop_app.ui.lifecycles.stages import stage_label
from desktop_app.ui.lifecycles.state import LifecycleState, RegionBar
from desktop_app.ui.lifecycles.timeline_view import year_plot
from desktop_app.ui.number_format import Kind
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.when_shown import WhenShown

#: The kinds of a competency in the portfolio (core.capability_dynamics) as lupdate must see
#: them; the portfolio view translates them when shown.
PORTFOLIO_KINDS = (
    QT_TRANSLATE_NOOP("PortfolioView", "platform"),
    QT_TRANSLATE_NOOP("PortfolioView", "at risk"),
    QT_TRANSLATE_NOOP("PortfolioView", "other"),
)

KIND_COLOURS = {
    "institution": "#CC79A7",
    "competency": "#0072B2",
    "industry": "#009E73",
    "platform": "#009E73",
    "at risk": "#D55E00",
    "other": "#999999",
}

#: Network: the distance between two columns, and between a node and its label's anchor.
_COLUMN_STEP, _LABEL_SHIFT = 3.0, 0.25


class _CapabilityBase(QWidget):
    """Region bar + body; redraws when the register or the lifecycles change."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = LifecycleState.of(session)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(RegionBar(self.state, with_measure=False))
        layout.addLayout(self.body, 1)
        self.build()
        self.when_shown = WhenShown(self, self.refresh)  # hidden tabs refresh when shown
        self.state.sig_register.connect(self.when_shown.request)
        self.state.sig_result.connect(self.when_shown.request)
        self.when_shown.request()

    def build(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def view(self) -> CapabilityView:
        return capability_view(
            self.session.db, self.state.region_id(), self.state.stages(), self.state.related()
        )


class NetworkView(_CapabilityBase):
    """Institutions, competencies and industries in three columns, linked by strength.

    Columns keep the picture readable however many links there are; within a column, nodes are
    ordered by the mean position of their neighbours so links cross less. Node area grows with
    the node's total link strength.
    """

    def build(self) -> None:
        self.plot = new_plot()
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=True, y=True)
        self._label_room = (0.0, 0.0)  # pixels: the institutions' labels, the industries'
        self.plot.getViewBox().sigResized.connect(self._fit_columns)
        self.filters = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        for kind, title in (
            ("institution", self.tr("institutions")),
            ("competency", self.tr("competencies")),
            ("industry", self.tr("industries")),
        ):
            box = QCheckBox(title)
            box.setChecked(True)
            box.setStyleSheet(f"color: {KIND_COLOURS[kind]}")
            box.toggled.connect(self.refresh)
            self.filters[kind] = box
            bar.addWidget(box)
        bar.addStretch(1)
        self.body.addLayout(bar)
        self.body.addWidget(self.plot, 1)

    def graph(self):
        """Nodes {(kind, name): weight} and edges [(node, node, strength)] of the region."""
        db = self.session.db
        industries = {c.id: c.code for c in classifications.list_all(db, "industry")}
        competencies = {c.id: c.name for c in store.list_competencies(db)}
        institutions = {i.id: i.name for i in store.list_institutions(db)}
        edges = [
            (
                ("competency", competencies[link.competency_id]),
                ("industry", industries[link.industry_id]),
                link.strength,
            )
            for link in store.industry_links(db, self.state.region_id())
        ]
        used = {a[1] for a, _, _ in edges}
        edges += [
            (
                ("institution", institutions[link.institution_id]),
                ("competency", competencies[link.competency_id]),
                link.strength,
            )
            for link in store.institution_links(db)
            if competencies[link.competency_id] in used
        ]
        weights: dict[tuple[str, str], float] = {}
        for a, b, strength in edges:
            weights[a] = weights.get(a, 0) + strength
            weights[b] = weights.get(b, 0) + strength
        return weights, edges

    def refresh(self) -> None:
        self.plot.clear()
        weights, edges = self.graph()
        shown = {kind for kind, box in self.filters.items() if box.isChecked()}
        columns = {"institution": 0, "competency": 1, "industry": 2}
        nodes = [n for n in weights if n[0] in shown]
        if not nodes:
            self.plot.addItem(
                pg.TextItem(
                    self.tr("No links for this region yet: add them in the competency matrix."),
                    color="#333333",
                )
            )
            return
        order = {
            kind: sorted((n for n in nodes if n[0] == kind), key=lambda n: (-weights[n], n[1]))
            for kind in columns
        }
        neighbours: dict = {n: [] for n in nodes}
        for a, b, _ in edges:
            if a in neighbours and b in neighbours:
                neighbours[a].append(b)
                neighbours[b].append(a)

        def rank(node) -> float:
            column = order[node[0]]
            return column.index(node) / max(len(column) - 1, 1)

        for _ in range(4):  # layered barycentre sweeps: fewer crossing links
            for kind in ("institution", "industry", "competency"):
                order[kind] = sorted(
                    order[kind],
                    key=lambda n: (
                        np.mean([rank(m) for m in neighbours[n]]) if neighbours[n] else rank(n)
                    ),
                )
        position = {}
        for kind, column in order.items():
            gap = 1.0 if len(column) < 2 else max(1.0, 12.0 / len(column))
            for k, node in enumerate(column):
                position[node] = (columns[kind] * _COLUMN_STEP, -(k - (len(column) - 1) / 2) * gap)
        stages = self.state.stages()
        for a, b, strength in edges:
            if a in position and b in position:
                self.plot.addItem(
                    segment(
                        position[a],
                        position[b],
                        pg.mkPen(120, 120, 120, 60 + 35 * strength, width=strength),
                    )
                )
        largest = max(weights[n] for n in nodes)
        room = {"institution": 0.0, "industry": 0.0}
        spots = []
        offsets = {
            "institution": (-_LABEL_SHIFT, (1.0, 0.5)),
            "competency": (0.0, (0.5, 0.0)),
            "industry": (_LABEL_SHIFT, (0.0, 0.5)),
        }
        for node in nodes:
            kind, name = node
            size = 10 + 30 * np.sqrt(weights[node] / largest)
            spots.append(
                {
                    "pos": position[node],
                    "size": size,
                    "brush": pg.mkBrush(KIND_COLOURS[kind]),
                    "pen": pg.mkPen("#333333"),
                }
            )
            text = name if len(name) <= 34 else name[:32] + "…"
            if kind == "industry" and stages.get(name):
                text = f"{name} ({stage_label(stages[name])})"
            shift, anchor = offsets[kind]
            label = pg.TextItem(
                text, color="#000000", anchor=anchor, fill=pg.mkBrush(255, 255, 255, 210)
            )
            label.setZValue(20)
            if kind == "competency":  # below the node's edge, whatever its size
                height = label.textItem.boundingRect().height() or 20.0
                label.setAnchor((0.5, -(size / 2 + 2) / height))
            x, y = position[node]
            label.setPos(x + shift, y)
            self.plot.addItem(label)
            if kind in room:
                room[kind] = max(room[kind], label.textItem.boundingRect().width())
        scatter = pg.ScatterPlotItem(spots=spots, pxMode=True)
        scatter.setZValue(10)
        self.plot.addItem(scatter)
        heads = {
            "institution": self.tr("INSTITUTIONS"),
            "competency": self.tr("COMPETENCIES"),
            "industry": self.tr("INDUSTRIES"),
        }
        top = max((position[n][1] for n in nodes), default=0)
        for kind, x in columns.items():
            if kind in shown:
                head = pg.TextItem(heads[kind], color=KIND_COLOURS[kind], anchor=(0.5, 0))
                head.setPos(x * _COLUMN_STEP, top + 1.6)
                self.plot.addItem(head)
        self._label_room = (room["institution"], room["industry"])
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Give the columns the width the labels beside them leave: a label keeps its size in
        pixels while the columns scale with the plot, and at one range for every width the
        institutions' longest names were cut at the left edge."""
        left, right = self._label_room
        margin = 12.0
        width = self.plot.getViewBox().width()
        if width <= 0:  # not laid out yet: fitted at the first resize
            return
        # the labels' anchors: beside the institutions' column (x = 0) and the industries'
        first, last = -_LABEL_SHIFT, 2 * _COLUMN_STEP + _LABEL_SHIFT
        per_unit = max(width - left - right - 2 * margin, width / 3) / (last - first)
        self.plot.setXRange(
            first - (left + margin) / per_unit, last + (right + margin) / per_unit, padding=0
        )


class PortfolioView(_CapabilityBase):
    """Platform competencies (many industries, some growing) and competencies at risk."""

    def build(self) -> None:
        self.plot = new_plot(Kind.COUNT, Kind.COUNT)
        self.labels = MarkerLabels(self.plot.getPlotItem())
        self.plot.getAxis("bottom").setLabel(self.tr("Industries served"))
        self.plot.getAxis("left").setLabel(self.tr("Growing industries served"))
        self.table = QTableWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setSizes([420, 260])
        self.body.addWidget(split, 1)

    def refresh(self) -> None:
        self.plot.clear()
        portfolio = self.view().portfolio
        rows = [
            [
                e.competency,
                self.tr(e.kind),
                ", ".join(e.industries),
                ", ".join(e.growing),
                ", ".join(e.declining),
                e.weight,
                e.reason,
            ]
            for e in portfolio
        ]
        fill_table(
            self.table,
            [
                self.tr("Competency"),
                self.tr("Kind"),
                self.tr("Industries"),
                self.tr("Growing"),
                self.tr("Declining"),
                self.tr("Strength"),
                self.tr("Why"),
            ],
            rows,
        )
        if not portfolio:
            return
        seen: dict[tuple[int, int], int] = {}
        spots = []
        for entry in portfolio:
            key = (len(entry.industries), len(entry.growing))
            k = seen[key] = seen.get(key, -1) + 1
            x, y = key[0] + 0.12 * k, key[1] + 0.12 * k  # competencies on one spot fan out
            spots.append(
                {
                    "pos": (x, y),
                    "size": strength_diameter(entry.weight),
                    "brush": pg.mkBrush(KIND_COLOURS[entry.kind]),
                    "pen": pg.mkPen("#333"),
                    "data": entry.competency,
                }
            )
        self.plot.addItem(pg.ScatterPlotItem(spots=spots, pxMode=True, hoverable=True, tip=_tip))
        top = max(len(e.industries) for e in portfolio)
        self.plot.setXRange(0, top + 2.5)
        self.plot.setYRange(-0.3, max(len(e.growing) for e in portfolio) + 1)
        self.labels.set_labels(
            [(*spot["pos"], spot["size"]) for spot in spots],
            [[e.competency, _short(e.competency)] for e in portfolio],
        )
        legend = side_legend(self.plot.getPlotItem(), below=True)
        for kind in dict.fromkeys(e.kind for e in portfolio):
            add_circle(legend, 14, KIND_COLOURS[kind], self.tr(kind), "#333")
        strengths = sorted({e.weight for e in portfolio})
        for weight in dict.fromkeys((strengths[0], strengths[-1])):
            add_circle(
                legend,
                strength_diameter(weight),
                "#ffffff",
                self.tr("strength {n}").format(n=weight),
                "#333",
            )


def strength_diameter(weight: float) -> float:
    """Pixels across a competency's bubble: 12 plus 3 per point of strength."""
    return 12 + 3 * weight


def _short(name: str, longest: int = 18) -> str:
    return name if len(name) <= longest else name[: longest - 1].rstrip() + "…"


def _tip(x: float, y: float, data: str) -> str:
    """A competency's full name and where it sits, on hover."""
    return f"{data}\n{round(x)} industries served, {round(y)} growing"


class DynamicsView(_CapabilityBase):
    """Per year: new links, new collaborations, diversification and renewal of the register."""

    SERIES = (
        ("new_industry_links", QT_TRANSLATE_NOOP("DynamicsView", "New competency-industry links"), "#0072B2"),
        ("new_institution_links", QT_TRANSLATE_NOOP("DynamicsView", "New competency-institution links"), "#CC79A7"),
        ("new_collaborations", QT_TRANSLATE_NOOP("DynamicsView", "New institution-industry collaborations"), "#E69F00"),
        ("diversification", QT_TRANSLATE_NOOP("DynamicsView", "Diversification into related industries"), "#009E73"),
        ("renewal", QT_TRANSLATE_NOOP("DynamicsView", "Links into declining or renewing industries"), "#D55E00"),
    )

    def build(self) -> None:
        self.plot = year_plot(Kind.COUNT)
        self.plot.addLegend(offset=(-10, 10), labelTextColor="k")
        self.plot.getAxis("bottom").setLabel(self.tr("Year"))
        self.plot.getAxis("left").setLabel(self.tr("Count"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setSizes([430, 200])
        self.body.addWidget(self.summary)
        self.body.addWidget(split, 1)

    def refresh(self) -> None:
        self.plot.clear()
        flows = self.view().dynamics
        years = np.array(flows.years, dtype=float)
        width = 0.8 / len(self.SERIES)
        for k, (name, title, colour) in enumerate(self.SERIES):
            heights = np.array([getattr(flows, name)[int(y)] for y in years], dtype=float)
            if years.size:
                bars = pg.BarGraphItem(
                    x=years - 0.4 + width * (k + 0.5),
                    height=heights,
                    width=width,
                    brush=colour,
                    pen=pg.mkPen(None),
                )
                self.plot.addItem(bars)
                self.plot.plot([], [], pen=pg.mkPen(colour, width=8), name=self.tr(title))
        if years.size:  # room above the bars for the legend
            top = max(max(getattr(flows, name).values()) for name, _, _ in self.SERIES)
            self.plot.setYRange(0, max(top, 1) * 1.7)
            self.plot.setXRange(years[0] - 0.8, years[-1] + 0.8)
        rows = [
            [str(int(y)), *[getattr(flows, name)[int(y)] for name, _, _ in self.SERIES]]
            for y in years
        ]
        fill_table(
            self.table,
            [self.tr("Year"), *[self.tr(t) for _, t, _ in self.SERIES]],
            rows,
            dict.fromkeys(range(1, 6), Kind.COUNT),
        )
        total = {name: sum(getattr(flows, name).values()) for name, _, _ in self.SERIES}
        self.summary.setText(
            self.tr(
                "%d new links to industries and %d to institutions; %d new institution-industry "
                "collaborations; %d entries into related industries, %d into unrelated ones; "
                "%d links into declining or renewing industries. Undated links (in no year): %d."
            )
            % (
                total["new_industry_links"],
                total["new_institution_links"],
                total["new_collaborations"],
                total["diversification"],
                sum(flows.unrelated_entries.values()),
                total["renewal"],
                flows.undated,
            )
        )
