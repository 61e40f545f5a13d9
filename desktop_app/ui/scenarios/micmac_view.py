"""MICMAC map: descriptors by dependence (x) and influence (y), with the four quadrants.

Influences come from the study's cross-impact matrix, or from the 0-3 values entered on the
"Entered influences" tab once any is non-zero. One switch chooses direct or indirect (matrix
powers until the ranking is stable) influence, and the map and the table both show that one:
the table's rank and quadrant are the points' on the map, and indirect adds the ranking shift.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import micmac as mm
from desktop_app.services import scenarios as service
from desktop_app.store import scenarios as store
from desktop_app.ui.scenarios.study_common import CLOSED, StudyPage, ValueCommand

_QUADRANT_COLOUR = {
    "determinant": "#D55E00",
    "relay": "#CC79A7",
    "dependent": "#0072B2",
    "autonomous": "#999999",
}
#: Width kept for the descriptor names in the ranking table, in pixels.
NAME_WIDTH = 150


def quadrant_name(key: str) -> str:
    return {
        "determinant": QCoreApplication.translate("MicmacView", "determinant"),
        "relay": QCoreApplication.translate("MicmacView", "relay"),
        "dependent": QCoreApplication.translate("MicmacView", "dependent"),
        "autonomous": QCoreApplication.translate("MicmacView", "autonomous"),
    }[key]


class MicmacView(StudyPage):
    """The influence/dependence map, the ranking table and the entered 0-3 influences."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.result: mm.MicmacResult | None = None
        self.source = "cib"
        self._filling = False

        self.direct = QRadioButton(self.tr("Direct"))
        self.indirect = QRadioButton(self.tr("Indirect"))
        self.indirect.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.direct)
        group.addButton(self.indirect)
        top = self.study_row()
        top.addWidget(self.direct)
        top.addWidget(self.indirect)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.plot = pg.PlotWidget(background="w")
        self.plot.setLabel("bottom", self.tr("Dependence"))
        self.plot.setLabel("left", self.tr("Influence"))
        self.plot.showGrid(x=False, y=False)
        self.plot.setMinimumSize(360, 300)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()

        self.entered = QTableWidget()
        self.entered.itemChanged.connect(self._entered_changed)
        entered_box = QWidget()
        elay = QVBoxLayout(entered_box)
        hint = QLabel(
            self.tr(
                "Influence of the row on the column: 0 none, 1 weak, 2 moderate, 3 strong. "
                "Once any value is entered, the map uses these instead of the cross impacts."
            )
        )
        hint.setWordWrap(True)
        elay.addWidget(hint)
        elay.addWidget(self.entered, 1)

        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("Ranking"))
        tabs.addTab(entered_box, self.tr("Entered influences (0-3)"))

        split = QSplitter()
        split.addWidget(self.plot)
        split.addWidget(tabs)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self._split = split

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.direct.toggled.connect(lambda _on: self._draw())
        self.follow_study(when_shown=True)

    def reload(self) -> None:
        self.load_study()
        self.result = None
        if self.study is None or len(self.study.descriptors) < 2:
            self.summary.setText(self.tr("No scenario study with two or more descriptors yet."))
            self._draw()
            return
        try:
            loaded = service.load_project_study(self.session.db, self.study.id)
            self.result, self.source = service.micmac_for(loaded)
        except ValueError as error:
            self.summary.setText(str(error))
            self._draw()
            return
        origin = (
            self.tr("entered 0-3 influences")
            if self.source == "entered"
            else self.tr("mean absolute cross impact between descriptors")
        )
        self.summary.setText(
            self.tr(
                "Influences: {0}. Indirect: matrix power {1}, where the ranking is stable."
            ).format(origin, self.result.power)
        )
        self._fill_entered(loaded)
        self._draw()
        # the table at the width its columns need, the map the rest
        self._split.setSizes([max(self._split.width(), 1000), 1])

    def _values(self):
        r = self.result
        if self.direct.isChecked():
            return r.direct_dependence, r.direct_influence, r.direct_quadrant
        return r.indirect_dependence, r.indirect_influence, r.indirect_quadrant

    def _draw(self) -> None:
        self.plot.clear()
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setRowCount(0)
        if self.result is None:
            return
        r = self.result
        dep, infl, quads = self._values()
        which = self.tr("direct") if self.direct.isChecked() else self.tr("indirect")
        self.plot.setLabel("bottom", self.tr("Dependence ({which})").format(which=which))
        self.plot.setLabel("left", self.tr("Influence ({which})").format(which=which))
        colours = [QColor(_QUADRANT_COLOUR[q]) for q in quads]
        scatter = pg.ScatterPlotItem(
            x=dep, y=infl, size=12, brush=[pg.mkBrush(c) for c in colours], pen=pg.mkPen("w")
        )
        self.plot.addItem(scatter)
        for x, y, name in zip(dep, infl, r.names, strict=True):
            label = pg.TextItem(name, color="#222222", anchor=(-0.1, 0.5))
            label.setPos(float(x), float(y))
            self.plot.addItem(label)
        pen = pg.mkPen("#888888", style=Qt.PenStyle.DashLine)
        self.plot.addItem(pg.InfiniteLine(float(np.mean(dep)), angle=90, pen=pen))
        self.plot.addItem(pg.InfiniteLine(float(np.mean(infl)), angle=0, pen=pen))
        xmax, ymax = float(dep.max()) * 1.25 + 1e-9, float(infl.max()) * 1.15 + 1e-9
        # quadrant names sit at the outer edges of their quadrants (the lower two just under the
        # mean influence line, where points near zero do not hide them); the axes start at zero
        mean_infl = float(np.mean(infl))
        corners = (
            ("determinant", 0.02 * xmax, ymax, (0, 0)),
            ("relay", 0.98 * xmax, ymax, (1, 0)),
            ("dependent", 0.98 * xmax, mean_infl, (1, 0)),
            ("autonomous", 0.02 * xmax, mean_infl, (0, 0)),
        )
        for key, x, y, anchor in corners:
            text = pg.TextItem(
                quadrant_name(key).upper(), color=_QUADRANT_COLOUR[key], anchor=anchor
            )
            text.setPos(x, y)
            self.plot.addItem(text)
        self.plot.setXRange(0, xmax, padding=0)
        self.plot.setYRange(0, ymax, padding=0)
        self._fill_table(dep, infl, quads)

    def _fill_table(self, dep, infl, quads) -> None:
        """One row per descriptor with the map's own numbers, rank and quadrant first."""
        r = self.result
        indirect = not self.direct.isChecked()
        headers = [
            self.tr("Descriptor"),
            self.tr("Quadrant"),
            self.tr("Rank"),
            self.tr("Influence"),
            self.tr("Dependence"),
        ]
        if indirect:
            headers.append(self.tr("Shift"))
        ranks = r.indirect_rank if indirect else r.direct_rank
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(r.names))
        for k, name in enumerate(r.names):
            cells = [name, quadrant_name(quads[k]), int(ranks[k]), round(float(infl[k]), 2),
                     round(float(dep[k]), 2)]
            if indirect:
                cells.append(int(r.rank_shift[k]))
            for c, value in enumerate(cells):
                item = QTableWidgetItem()
                if isinstance(value, str):
                    item.setText(value)
                else:
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                if c == 1:
                    item.setForeground(QColor(_QUADRANT_COLOUR[quads[k]]))
                self.table.setItem(k, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        # wide enough for every number, the rank and the quadrant; long names are elided
        numbers = sum(header.sectionSize(c) for c in range(1, len(headers)))
        self.table.setMinimumWidth(numbers + NAME_WIDTH + 2 * self.table.frameWidth()
                                   + self.table.verticalScrollBar().sizeHint().width())

    def _fill_entered(self, loaded) -> None:
        names = list(loaded.matrix.descriptors)
        values = (
            loaded.micmac_direct
            if loaded.micmac_direct is not None
            else np.zeros((len(names),) * 2)
        )
        self._filling = True
        self.entered.clear()
        self.entered.setRowCount(len(names))
        self.entered.setColumnCount(len(names))
        self.entered.setHorizontalHeaderLabels(names)
        self.entered.setVerticalHeaderLabels(names)
        for i in range(len(names)):
            for j in range(len(names)):
                item = QTableWidgetItem("" if i == j else str(int(values[i, j])))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if i == j:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(CLOSED)
                self.entered.setItem(i, j, item)
        self.entered.resizeColumnsToContents()
        self._filling = False

    def _entered_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.study is None:
            return
        i, j = item.row(), item.column()
        current = store.micmac_direct(self.session.db, self.study)
        old = int(current[i, j]) if current is not None else 0
        text = item.text().strip()
        if text not in {"0", "1", "2", "3"}:
            self.session.sig_status.emit(self.tr("Enter a whole number from 0 to 3."))
            self._filling = True
            item.setText(str(old))
            self._filling = False
            return
        if int(text) != old:
            ids = self.study.descriptors[i].id, self.study.descriptors[j].id

            def write(value: int) -> None:
                store.set_micmac_value(self.session.db, *ids, value)
                self.reload()

            command = ValueCommand(self.tr("Enter influence"), write, old, int(text))
            # the table is rebuilt by the command: not from inside this item's own signal
            QTimer.singleShot(0, lambda: self.session.undo_stack_for("scenarios").push(command))
