"""How each policy option holds up across the scenarios: the robustness table and the regret map.

The table has a row per option (No action first) and a column per scenario with the outcome,
each cell shaded by the option's regret there, then the expected value, worst case, largest
regret, scenarios satisfied and the no-regret flag; beside it the three rankings side by side,
the notes where they disagree and the sentences of scenario discovery. The heatmap draws the
regret matrix itself.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy import CRITERIA
from desktop_app.services.policy_options import OptionsRun
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.policy.options_common import OptionsRunPage, regret_colour
from desktop_app.ui.scenarios.futures_view import compact
from desktop_app.ui.translated import translated


def _item(text: str, tip: str = "", number: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RobustnessView(OptionsRunPage):
    """The robustness table coloured by regret, the rankings, the notes and the discovery."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankings = QTableWidget()
        self.rankings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()
        slay = QVBoxLayout(side)
        slay.setContentsMargins(0, 0, 0, 0)
        slay.addWidget(QLabel(self.tr("Rankings, best first")))
        slay.addWidget(self.rankings, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 3)
        layout.addWidget(self.notes, 1)
        self.follow_study()

    def show_run(self, run: OptionsRun | None) -> None:
        self.table.clear()
        self.rankings.clear()
        self.notes.clear()
        if run is None:
            self.table.setRowCount(0)
            self.rankings.setRowCount(0)
            return
        r = run.result
        measures = [self.tr("Expected"), self.tr("Worst case"), self.tr("Max regret"),
                    self.tr("Satisfies"), self.tr("No-regret")]
        n_s = len(run.scenarios)
        self.table.setRowCount(len(run.lines))
        self.table.setColumnCount(n_s + len(measures))
        self.table.setHorizontalHeaderLabels(
            [f"S{c.scenario.id}" for c in run.scenarios] + measures)
        self.table.setVerticalHeaderLabels([translated(line.name) for line in run.lines])
        for j, column in enumerate(run.scenarios):
            self.table.horizontalHeaderItem(j).setToolTip(
                self.tr("{label} (weight {w:.0%})").format(label=column.label, w=column.weight))
        largest = float(r.regret.max())
        # Over a projected level (millions of jobs) an option's own part is what can be read:
        # its rows show the change against No action, No action's row the level.
        relative = bool(r.outcomes[r.no_action].any())
        for k in range(len(run.lines)):
            delta = relative and k != r.no_action
            for j in range(n_s):
                change = r.outcomes[k, j] - r.outcomes[r.no_action, j]
                text = in_locale(f"{change:+,.0f}" if delta else compact(r.outcomes[k, j]))
                item = _item(text, self.tr(
                    "{value:,.6g}; regret {regret:,.6g}{meets}").format(
                        value=r.outcomes[k, j], regret=r.regret[k, j],
                        meets=self.tr("; meets the threshold") if r.meets[k, j] else ""))
                item.setBackground(regret_colour(float(r.regret[k, j]), largest))
                self.table.setItem(k, j, item)
            base = r.expected[r.no_action] if delta else 0.0
            values = [in_locale(f"{r.expected[k] - base:+,.0f}" if delta
                                else compact(r.expected[k])),
                      in_locale(compact(r.worst[k])), in_locale(compact(r.max_regret[k])),
                      f"{r.satisficing[k]} / {n_s}", self.tr("yes") if r.no_regret[k] else ""]
            for m, text in enumerate(values):
                item = _item(text)
                if m == 2:
                    item.setBackground(regret_colour(float(r.max_regret[k]), largest))
                if m == 4 and r.no_regret[k]:
                    item.setBackground(QColor("#D6E6F4"))
                self.table.setItem(k, n_s + m, item)
        self.table.resizeColumnsToContents()
        names = {"expected": self.tr("Expected value"),
                 "minimax_regret": self.tr("Minimax regret"),
                 "satisficing": self.tr("Satisficing")}
        self.rankings.setRowCount(len(run.lines))
        self.rankings.setColumnCount(len(CRITERIA))
        self.rankings.setHorizontalHeaderLabels([names[c] for c in CRITERIA])
        for c, criterion in enumerate(CRITERIA):
            for place, k in enumerate(r.ranking[criterion]):
                self.rankings.setItem(place, c, _item(translated(run.lines[k].name), number=False))
        self.rankings.resizeColumnsToContents()
        said = [translated(s) for s in
                (*run.notes, *(s for sentences in run.discovery for s in sentences),
                 *run.too_late)]
        if run.left_out:
            said.append(self.tr("Without an effect on {outcome}: {names}.").format(
                outcome=run.outcome, names=", ".join(run.left_out)))
        if relative:
            said.insert(0, self.tr("Options' rows: change against No action (its row: the "
                                   "projected level); worst case as a level."))
        self.notes.setText("\n".join(said) or self.tr("The three rankings agree."))


class RegretHeatmapView(OptionsRunPage):
    """Regret of each option in each scenario as a heatmap, the value written in each cell."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumSize(420, 300)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.getAxis("left").setWidth(220)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.follow_study()

    def show_run(self, run: OptionsRun | None) -> None:
        self.plot.clear()
        self.legend.clear()
        if run is None:
            return
        regret = run.result.regret
        largest = float(regret.max())
        rgba = np.zeros((regret.shape[1], regret.shape[0], 4), dtype=np.ubyte)
        for k in range(regret.shape[0]):
            for j in range(regret.shape[1]):
                rgba[j, k] = regret_colour(float(regret[k, j]), largest).getRgb()
        image = pg.ImageItem(rgba)
        self.plot.addItem(image)
        for k in range(regret.shape[0]):
            for j in range(regret.shape[1]):
                label = pg.TextItem(in_locale(compact(regret[k, j])), color="#222222",
                                    anchor=(0.5, 0.5))
                label.setPos(j + 0.5, k + 0.5)
                self.plot.addItem(label)
        self.plot.getAxis("bottom").setTicks(
            [[(j + 0.5, f"S{c.scenario.id}") for j, c in enumerate(run.scenarios)]])
        self.plot.getAxis("left").setTicks(
            [[(k + 0.5, translated(line.name)) for k, line in enumerate(run.lines)]])
        self.plot.setXRange(0, regret.shape[1], padding=0.02)
        self.plot.setYRange(0, regret.shape[0], padding=0.02)
        self.plot.setTitle(self.tr("Regret: the best option's {outcome} in the scenario minus "
                                   "this option's").format(outcome=run.outcome))
        self.legend.setText("; ".join(f"S{c.scenario.id}: {c.label.split(' · ', 1)[-1]}"
                                      for c in run.scenarios))
