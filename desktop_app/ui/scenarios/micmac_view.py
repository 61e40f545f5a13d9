"""MICMAC map: descriptors by dependence (x) and influence (y), with the four quadrants.

Influences come from the study's cross-impact matrix, or from the values entered on the
"Entered influences" tab (0-3, or P for a potential influence) once any is entered. One switch
chooses Godet's reading: direct, indirect (matrix powers until the ranking is stable), potential
(P counted as strong) or potential indirect; the map and the table both show that one: the
table's rank and quadrant are the points' on the map, and the indirect readings add the ranking
shift from their direct counterpart.
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
from desktop_app.ui.chart_labels import MarkerLabels
from desktop_app.ui.scenarios.study_common import CLOSED, StudyPage, ValueCommand
from desktop_app.ui.translated import error_message

_QUADRANT_COLOUR = {
    "determinant": "#D55E00",
    "relay": "#CC79A7",
    "dependent": "#0072B2",
    "autonomous": "#999999",
}
#: Width kept for the descriptor names in the ranking table, in pixels.
NAME_WIDTH = 150
#: Diameter of a descriptor's point on the map, in pixels.
MARKER_SIZE = 12
#: Characters kept of a name shortened to fit beside its point.
SHORT_NAME = 14


def _label_texts(name: str) -> list[str]:
    """A point's label texts, longest first: the name, then the name shortened."""
    if len(name) <= SHORT_NAME:
        return [name]
    return [name, name[: SHORT_NAME - 1].rstrip() + "…"]


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
        self.result: mm.MicmacAnalysis | None = None
        self.source = "cib"
        self._filling = False

        self.readings = {
            "direct": QRadioButton(self.tr("Direct")),
            "indirect": QRadioButton(self.tr("Indirect")),
            "potential": QRadioButton(self.tr("Potential")),
            "potential indirect": QRadioButton(self.tr("Potential indirect")),
        }
        self.readings["indirect"].setChecked(True)
        self.readings["potential"].setToolTip(
            self.tr("Entered influences with each P (potential) counted as strong (3)")
        )
        group = QButtonGroup(self)
        top = self.study_row()
        for button in self.readings.values():
            group.addButton(button)
            top.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.plot = pg.PlotWidget(background="w")
        self.plot.setLabel("bottom", self.tr("Dependence"))
        self.plot.setLabel("left", self.tr("Influence"))
        self.plot.showGrid(x=False, y=False)
        self.plot.setMinimumSize(360, 300)
        self.labels = MarkerLabels(self.plot.getPlotItem())

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
                "Influence of the row on the column: 0 none, 1 weak, 2 moderate, 3 strong, "
                "P potential (not at work yet: 0 in the direct readings, 3 in the potential "
                "ones). Once any value is entered, the map uses these instead of the cross "
                "impacts."
            )
        )
        hint.setWordWrap(True)
        elay.addWidget(hint)
        elay.addWidget(self.entered, 1)

        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("Ranking"))
        tabs.addTab(entered_box, self.tr("Entered influences (0-3, P)"))

        # the table beside the map where both fit at their full width, else under it
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot)
        split.addWidget(tabs)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self._split = split

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        group.buttonToggled.connect(lambda _button, on: on and self._draw())
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
            self.summary.setText(error_message(error))
            self._draw()
            return
        origin = (
            self.tr("entered influences ({n} marked P)").format(n=self.result.potential_marks)
            if self.source == "entered"
            else self.tr("mean absolute cross impact between descriptors")
        )
        if self.result.potential_marks:
            summary = self.tr(
                "Influences: {0}. Indirect: matrix power {1}, potential indirect: power {2}, "
                "where the ranking is stable."
            ).format(origin, self.result.actual.power, self.result.potential.power)
        else:  # without P marks the potential readings are the direct ones
            summary = self.tr(
                "Influences: {0}. Indirect: matrix power {1}, where the ranking is stable."
            ).format(origin, self.result.actual.power)
        self.summary.setText(summary)
        self._fill_entered(loaded)
        self._draw()
        # the table at the width its columns need, the map the rest
        self._split.setSizes([max(self._split.width(), 1000), 1])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_orientation()

    def _fit_orientation(self) -> None:
        """Map and table side by side when the view is wide enough for both, else stacked."""
        margins = self.layout().contentsMargins()
        side_by_side = (
            self.plot.minimumWidth()
            + self.table.minimumWidth()
            + self._split.handleWidth()
            + margins.left()
            + margins.right()
        )
        wanted = (
            Qt.Orientation.Horizontal
            if self.width() >= side_by_side
            else Qt.Orientation.Vertical
        )
        if self._split.orientation() != wanted:
            self._split.setOrientation(wanted)

    def reading(self) -> str:
        """The chosen one of :data:`micmac.MODES`."""
        return next(mode for mode, button in self.readings.items() if button.isChecked())

    def reading_name(self) -> str:
        return self.readings[self.reading()].text().lower()

    def _draw(self) -> None:
        self.plot.clear()
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setRowCount(0)
        if self.result is None:
            return
        r = self.result
        points = r.points(self.reading())
        dep, infl, quads = points.dependence, points.influence, points.quadrant
        which = self.reading_name()
        self.plot.setLabel("bottom", self.tr("Dependence ({which})").format(which=which))
        self.plot.setLabel("left", self.tr("Influence ({which})").format(which=which))
        colours = [QColor(_QUADRANT_COLOUR[q]) for q in quads]
        scatter = pg.ScatterPlotItem(
            x=dep,
            y=infl,
            size=MARKER_SIZE,
            brush=[pg.mkBrush(c) for c in colours],
            pen=pg.mkPen("w"),
            data=list(r.names),
            hoverable=True,
            tip="{data}".format,
        )
        self.plot.addItem(scatter)
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
        # beside their points without covering another or leaving the map; a long name that
        # does not fit is shortened there and shown whole on hover
        self.labels.set_labels(
            [(float(x), float(y), MARKER_SIZE) for x, y in zip(dep, infl, strict=True)],
            [_label_texts(name) for name in r.names],
            color="#222222",
        )
        self._fill_table(points)

    def _fill_table(self, points: mm.MicmacPoints) -> None:
        """One row per descriptor with the map's own numbers, rank and quadrant first."""
        r = self.result
        dep, infl, quads = points.dependence, points.influence, points.quadrant
        indirect = points.shift is not None
        headers = [
            self.tr("Descriptor"),
            self.tr("Quadrant"),
            self.tr("Rank"),
            self.tr("Influence"),
            self.tr("Dependence"),
        ]
        if indirect:
            headers.append(self.tr("Shift"))
        ranks = points.rank
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(r.names))
        for k, name in enumerate(r.names):
            cells = [name, quadrant_name(quads[k]), int(ranks[k]), round(float(infl[k]), 2),
                     round(float(dep[k]), 2)]
            if indirect:
                cells.append(int(points.shift[k]))
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
        self._fit_orientation()

    def _fill_entered(self, loaded) -> None:
        names = list(loaded.matrix.descriptors)
        entries = loaded.micmac_direct
        self._filling = True
        self.entered.clear()
        self.entered.setRowCount(len(names))
        self.entered.setColumnCount(len(names))
        self.entered.setHorizontalHeaderLabels(names)
        self.entered.setVerticalHeaderLabels(names)
        for i in range(len(names)):
            for j in range(len(names)):
                entry = entries.entry(i, j) if entries is not None else 0
                item = QTableWidgetItem("" if i == j else str(entry))
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
        old = current.entry(i, j) if current is not None else 0
        text = item.text().strip().upper()
        if text not in {"0", "1", "2", "3", store.POTENTIAL}:
            self.session.sig_status.emit(
                self.tr("Enter a whole number from 0 to 3, or P for a potential influence.")
            )
            self._filling = True
            item.setText(str(old))
            self._filling = False
            return
        new = text if text == store.POTENTIAL else int(text)
        if new != old:
            ids = self.study.descriptors[i].id, self.study.descriptors[j].id

            def write(value: int | str) -> None:
                store.set_micmac_value(self.session.db, *ids, value)
                self.reload()

            command = ValueCommand(self.tr("Enter influence"), write, old, new)
            # the table is rebuilt by the command: not from inside this item's own signal
            QTimer.singleShot(0, lambda: self.session.undo_stack_for("scenarios").push(command))
