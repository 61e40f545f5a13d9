"""The scenario landscape: scenarios placed by how much they differ, with how sure each is.

Consistent and near-consistent scenarios are placed by classical scaling of the number of
descriptors on which they differ; a point's colour says its inconsistency, its size its volume
weight (the share of random starts whose succession ends in it). The table beside lists for
each the share of perturbed matrices (every judgement moved by a step, seeded) in which it is
still consistent and the descriptors whose balance it holds by a tie; choosing a scenario shows
why it holds and its impact network (how its chosen variants push or hold back each other). Everything is computed in the background, and only while the view is shown.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import cib
from desktop_app.services import scenarios as service
from desktop_app.ui.number_format import Kind, format_number
from desktop_app.ui.scenarios.impact_network import draw_impact_network
from desktop_app.ui.scenarios.study_common import StudyPage
from desktop_app.ui.translated import error_message
from desktop_app.ui.when_shown import ShownLater

#: Okabe-Ito: consistent in blue, near-consistent in orange, then vermillion as IC grows.
_IC_COLOURS = ("#0072B2", "#E69F00", "#D55E00", "#CC79A7")
_TASK = "scenario-landscape"


def _label(k: int) -> str:
    return f"#{k + 1}"


class LandscapeView(StudyPage):
    """The landscape plot, the robustness table and the chosen scenario's "why"."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: service.StudyLandscape | None = None
        self.max_ic = QDoubleSpinBox()
        self.max_ic.setRange(0, 5)
        self.max_ic.setDecimals(1)
        self.max_ic.setValue(1)
        self.max_ic.setToolTip(self.tr("Also place near-consistent scenarios up to this IC"))
        self.draws = QSpinBox()
        self.draws.setRange(50, 5000)
        self.draws.setSingleStep(50)
        self.draws.setValue(500)
        self.draws.setToolTip(
            self.tr("Perturbed matrices: every judgement moved by -1, 0 or +1 (seeded)")
        )
        top = self.study_row()
        top.addWidget(QLabel(self.tr("Up to IC")))
        top.addWidget(self.max_ic)
        top.addWidget(QLabel(self.tr("Perturbed matrices")))
        top.addWidget(self.draws)
        self.max_ic.editingFinished.connect(lambda: self._load())
        self.draws.editingFinished.connect(lambda: self._load())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumSize(320, 280)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.plot.setAspectLocked(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Scenario"),
                self.tr("TIS"),
                self.tr("IC"),
                self.tr("Robust"),
                self.tr("Volume weight"),
                self.tr("Holds by a tie on"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_scenario(row))
        self.why = QPlainTextEdit()
        self.why.setReadOnly(True)
        self.network = pg.PlotWidget(background="w")
        self.network.hideAxis("bottom")
        self.network.hideAxis("left")
        self.network.setAspectLocked(True)
        self.network.setToolTip(
            self.tr(
                "How the chosen variants push (blue) or hold back (orange) each other; "
                "thicker: stronger"
            )
        )
        details = QTabWidget()
        details.addTab(self.why, self.tr("Why it holds"))
        details.addTab(self.network, self.tr("Impact network"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(details)
        split = QSplitter()
        split.addWidget(self.plot)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._show_later = ShownLater(self, self._show)
        self.follow_study(when_shown=True)

    # -- computing ------------------------------------------------------------------------------

    def reload(self) -> None:
        study = self.load_study()
        if study is None:
            self.summary.setText(self.tr("No study yet."))
            return
        project, key = self.session.project, study.id
        max_ic, draws = self.max_ic.value(), self.draws.value()

        def run(progress):
            with project.connection() as db:
                return service.study_landscape(db, key, max_ic, draws, progress=progress)

        self.summary.setText(self.tr("Placing the scenarios of {0}…").format(study.name))
        self._show_later.drop()
        self.session.tasks.start(
            self.tr("Scenario landscape"),
            run,
            self._show_later,
            self._failed,
            key=_TASK,
        )

    def _failed(self, error: Exception) -> None:
        self.summary.setText(error_message(error))

    # -- showing --------------------------------------------------------------------------------

    def _show(self, data: service.StudyLandscape) -> None:
        """The summary and the plane now, the table and the chosen scenario in the next turn
        (together they held the window 50 ms for a 17-descriptor study)."""
        self.data = None
        result, shape, weights = data.result, data.shape, data.weights
        consistent = int((result.ic == 0).sum())
        self.summary.setText(
            self.tr(
                "{n} scenarios ({c} consistent) placed by the number of descriptors on which "
                "they differ; the plane shows {e:.0%} of those differences. Size: volume weight "
                "of {s:,} random starts ({y:,} cycle). Robust: share of {d:,} perturbed matrices "
                "in which a consistent scenario stays consistent."
            ).format(
                n=len(result),
                c=consistent,
                e=shape.explained,
                s=weights.starts,
                y=weights.cycling,
                d=data.draws,
            )
        )
        self.plot.clear()
        largest = max(float(weights.shares.max()), 1e-9)
        # arrays and one brush per colour: hundreds of spots given one by one held the window
        brushes = [pg.mkBrush(colour) for colour in _IC_COLOURS]
        classes = np.minimum(np.ceil(result.ic).astype(int), len(_IC_COLOURS) - 1)
        scatter = pg.ScatterPlotItem(
            shape.coordinates[:, 0],
            shape.coordinates[:, 1],
            size=10 + 30 * np.sqrt(weights.shares / largest),
            brush=[brushes[c] for c in classes],
            pen=pg.mkPen("k", width=0.8),
            data=np.arange(len(result)),
            pxMode=True,
        )
        scatter.sigClicked.connect(lambda _item, points, _ev: self.select(points[0].data()))
        self.plot.addItem(scatter)
        crowded = len(result) > 20  # then only the consistent ones are named on the plot
        for k, (x, y) in enumerate(shape.coordinates):
            if crowded and result.ic[k] > 0:
                continue
            text = pg.TextItem(_label(k), color="k", anchor=(-0.3, 1.1))
            text.setPos(x, y)
            self.plot.addItem(text)
        # a timer of 1 ms, not 0: Qt delivers a 0 ms single shot before any waiting event
        QTimer.singleShot(1, self, lambda: self._show_table(data))

    def _show_table(self, data: service.StudyLandscape) -> None:
        self.data = data
        self._fill_table(data)
        consistent = np.flatnonzero(data.result.ic == 0)
        self.select(int(consistent[0]) if len(consistent) else 0)

    def _fill_table(self, data: service.StudyLandscape) -> None:
        matrix, result = data.loaded.matrix, data.result
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(result))
        for k in range(len(result)):
            robust = data.robustness[k]
            ties = (
                sorted({matrix.descriptors[h.descriptor] for h in robust.hinges}) if robust else []
            )
            cells = [
                _label(k),
                f"{result.tis[k]:g}",
                f"{result.ic[k]:g}",
                format_number(robust.share, Kind.SHARE) if robust else "–",
                format_number(data.weights.shares[k], Kind.SHARE),
                ", ".join(ties) if robust else self.tr("(not consistent)"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(k, c, item)
        self.table.resizeColumnsToContents()

    def select(self, k: int) -> None:
        """Choose scenario ``k`` (row and point): its variants and why it holds."""
        if self.data is None or not 0 <= k < len(self.data.result):
            return
        if self.table.currentRow() != k:
            self.table.setCurrentCell(k, 0)  # the table's signal shows the scenario
        else:
            self.show_scenario(k)

    def show_scenario(self, k: int) -> None:
        if self.data is None or not 0 <= k < len(self.data.result):
            return
        matrix, result = self.data.loaded.matrix, self.data.result
        z = result.scenarios[k]
        lines = [
            f"{_label(k)}  TIS {result.tis[k]:g}  IC {result.ic[k]:g}",
            *(f"  {d}: {v}" for d, v in matrix.scenario_labels(z).items()),
            "",
        ]
        robust = self.data.robustness[k]
        if robust is not None:
            lines.append(
                self.tr("Consistent in {0} of {1:,} perturbed matrices.").format(
                    format_number(robust.share, Kind.SHARE), robust.draws
                )
            )
            for d, rival in sorted({(h.descriptor, h.rival) for h in robust.hinges}):
                lines.append(
                    self.tr(
                        "{d} holds {v} by a tie with {r}: one judgement moved by a step "
                        "removes this scenario."
                    ).format(
                        d=matrix.descriptors[d],
                        v=matrix.variants[d][z[d]],
                        r=matrix.variants[d][rival],
                    )
                )
            lines.append("")
        lines += [cib.explanation_text(matrix, item) for item in cib.explain(matrix, z)]
        self.why.setPlainText("\n".join(lines))
        draw_impact_network(self.network.getPlotItem(), matrix, z)
