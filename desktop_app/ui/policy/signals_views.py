"""Signposts, the radar of trends and weak signals, and the experiments log (Policy & signals).

The signposts view lists each signpost with its status read from the latest data, the
plausibility of each scenario (signposts reached / not reached / unknown) and its history by data
year, the triggered policy options and the latest changes in words. The radar draws trends and
weak signals by STEEP category (sectors) and horizon (rings). The experiments log marks the open
experiments whose decision date has passed. All three are read again when the data change.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGraphicsEllipseItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.signposts import NOT_REACHED, REACHED
from desktop_app.services import signals as service
from desktop_app.store import scenarios as studies
from desktop_app.store import signals as store
from desktop_app.ui.data.series_chart import PALETTE
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.policy.experiment_edit import DecisionDialog, ExperimentEditCommand
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import translated, written_date
from desktop_app.ui.views import ViewSpec

#: Okabe-Ito colours: reached, not reached, unknown.
STATUS_COLOUR = {REACHED: "#009E73", NOT_REACHED: "#D55E00", "unknown": "#999999"}
#: Okabe-Ito colours per STEEP category.
CATEGORY_COLOUR = {
    "social": "#CC79A7",
    "technological": "#0072B2",
    "economic": "#E69F00",
    "environmental": "#009E73",
    "political": "#D55E00",
}


def _table(columns: list[str], stretch: int | None = None) -> QTableWidget:
    """A read-only table; ``stretch`` is the column that takes the spare width (default the
    last)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[object]], colours: list[str | None] = (),
          coloured: int = 0) -> None:
    """Rows in the given order; ``colours`` tints column ``coloured`` of each row."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            if isinstance(value, datetime.date):  # the locale's way, sorted by the day
                item.setData(Qt.ItemDataRole.DisplayRole, QDate(value))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setText("" if value is None else str(value))
            table.setItem(r, c, item)
        colour = colours[r] if r < len(colours) else None
        if colour:
            tint = QColor(colour)
            tint.setAlpha(80)
            table.item(r, coloured).setBackground(QBrush(tint))
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 320))


def _day(iso: str | None) -> datetime.date | str:
    """A stored date ("2015-12-31") as a date for a table cell; other text as it is."""
    try:
        return datetime.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return in_locale(f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.2f}")


def _word(key: str | None) -> str:
    """A stored status, direction, kind ... in the interface's language."""
    return translated(service.word(key)) if key else ""


def _threshold(p: store.Signpost) -> str:
    return "" if p.threshold is None else f"{_word(p.direction)} {in_locale(f'{p.threshold:,.10g}')}"


class SignpostsView(QWidget):
    """Signposts with their status, scenario plausibility now and by year, triggers, changes."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.study = QComboBox()
        self.study.currentIndexChanged.connect(self._show_study)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Study:")))
        top.addWidget(self.study, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.signposts = _table([
            self.tr("Signpost"), self.tr("Status"), self.tr("Year"), self.tr("Value"),
            self.tr("Indicator"), self.tr("Threshold"), self.tr("Variant"), self.tr("Trigger"),
        ])
        self.scenarios = _table([self.tr("Scenario"), self.tr("Reached"),
                                 self.tr("Not reached"), self.tr("Unknown")], stretch=0)
        self.history = pg.PlotWidget(background="w")
        self.history.setLabel("bottom", self.tr("Data year"))
        self.history.setLabel("left", self.tr("Signposts reached − not reached"))
        self.history.addLegend(offset=(10, 10))
        self.history.setMinimumHeight(200)
        self.triggered = QListWidget()
        self.changes = QListWidget()

        lower = QTabWidget()
        lower.addTab(self.scenarios, self.tr("Plausibility of the scenarios"))
        lower.addTab(self.history, self.tr("History by data year"))
        lower.addTab(self.triggered, self.tr("Triggered options"))
        lower.addTab(self.changes, self.tr("What changed"))
        self.lower = lower
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.signposts)
        split.addWidget(lower)
        split.setSizes([360, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.shown: list[store.Signpost] = []
        self.signposts.currentCellChanged.connect(lambda row, *_: self._inspect(row))
        session.sig_observations_changed.connect(lambda _ids: self.refresh())
        self.refresh()

    def _inspect(self, row: int) -> None:
        if not 0 <= row < len(self.shown):
            return
        p = self.shown[row]
        reading = service.read_signpost(self.session.db, p)
        lines = [f"<b>{escape(p.name)}</b>", f"{escape(p.study)}<br>{escape(p.variant_label)}",
                 escape(translated(service.indicator_text(p)))]
        if p.threshold is not None:
            lines.append(self.tr("Reached when {direction} {threshold}").format(
                direction=_word(p.direction), threshold=in_locale(f"{p.threshold:,.10g}")))
        lines.append(self.tr("Now: {status} ({year}, {value})").format(
            status=_word(reading.status), year=reading.year or "–",
            value=_number(reading.value) or "–"))
        if p.trigger_action:
            lines.append(self.tr("Trigger: {action} {option}").format(
                action=_word(p.trigger_action), option=escape(p.trigger_option)))
        self.session.sig_inspect.emit(self.tr("Signpost"), "<p>".join(lines))

    def refresh(self) -> None:
        db = self.session.db
        current = self.study.currentData()
        with_signposts = {p.study_id for p in store.list_signposts(db)}
        choices = [(s.id, s.name) for s in studies.list_studies(db) if s.id in with_signposts]
        self.study.blockSignals(True)
        self.study.clear()
        for sid, name in choices:
            self.study.addItem(name, sid)
        index = self.study.findData(current)
        self.study.setCurrentIndex(index if index >= 0 else 0)
        self.study.blockSignals(False)
        self._show_study()

    def _show_study(self) -> None:
        """Show the chosen study's signposts; they are read in the background (reading each
        indicator's series takes long enough on a large project to stall the window)."""
        study_id = self.study.currentData()
        if study_id is None:
            self.session.tasks.cancel("signposts")
            self.summary.setText(self.tr(
                "No signposts yet. A signpost ties an indicator and a threshold to a variant of "
                "a scenario study; add them through the exchange workbook (sheet Signposts)."))
            for table in (self.signposts, self.scenarios):
                table.setRowCount(0)
            self.history.clear()
            self.triggered.clear()
            self.changes.clear()
            self.shown = []
            return
        project = self.session.project

        def task(progress):
            with project.connection() as db:
                return _signpost_state(db, study_id)

        self.session.tasks.start(self.tr("Reading the signposts"), task, on_done=self._show_state,
                                 key="signposts")

    def _show_state(self, state: _SignpostState) -> None:
        """Fill the tables, the history and the lists from what the background read."""
        self.shown = state.signposts
        rows, colours = [], []
        for p, reading in zip(state.signposts, state.readings, strict=True):
            trigger = f"{_word(p.trigger_action)} {p.trigger_option}" if p.trigger_action else ""
            rows.append([p.name, _word(reading.status), reading.year, _number(reading.value),
                         translated(service.indicator_text(p)), _threshold(p), p.variant_label,
                         trigger])
            colours.append(STATUS_COLOUR[reading.status])
        _fill(self.signposts, rows, colours, coloured=1)
        statuses = [r.status for r in state.readings]
        counts = [statuses.count(s) for s in (REACHED, NOT_REACHED, "unknown")]
        _fill(self.scenarios, [[s.label, s.counts.reached, s.counts.not_reached, s.counts.unknown]
                               for s in state.plausible])
        self.summary.setText(self.tr(
            "{n} signposts: {r} reached, {nr} not reached, {u} unknown, read from the latest "
            "data. A scenario is as plausible as its variants' signposts say."
        ).format(n=len(state.signposts), r=counts[0], nr=counts[1], u=counts[2]))
        self._draw_history(*state.history)
        self.triggered.clear()
        for p in state.triggered:
            self.triggered.addItem(self.tr("{action} “{option}”: {signpost} is reached").format(
                action=_word(p.trigger_action).capitalize(), option=p.trigger_option,
                signpost=p.name))
        if not self.triggered.count():
            self.triggered.addItem(self.tr("No signpost with a trigger is reached."))
        self.changes.clear()
        for change, sentence in zip(state.changes, state.change_words, strict=True):
            self.changes.addItem(
                f"{written_date(change.changed_at[:10])} ({_word(change.cause)}): "
                f"{translated(sentence)}"
            )
        if not self.changes.count():
            self.changes.addItem(self.tr("No status has changed since the signposts were set."))

    def _draw_history(self, years, labels, counts) -> None:
        self.history.clear()
        if not years:
            return
        for k, label in enumerate(labels):
            net = counts[k, :, 0] - counts[k, :, 1]
            colour = PALETTE[k % len(PALETTE)]
            self.history.plot(years, net, pen=pg.mkPen(colour, width=2), symbol="o",
                              symbolSize=6, symbolBrush=colour, name=label.split(" ·")[0])
        self.history.getAxis("bottom").setTicks([[(y, str(y)) for y in years]])


@dataclass(frozen=True)
class _SignpostState:
    """What the signposts view shows of one study, read off the GUI thread."""

    signposts: list
    readings: list
    plausible: list
    history: tuple
    triggered: list
    changes: list
    change_words: list


def _signpost_state(db, study_id: int) -> _SignpostState:
    signposts = store.list_signposts(db, study_id)
    changes = store.list_changes(db)
    return _SignpostState(
        signposts,
        [service.read_signpost(db, p) for p in signposts],
        service.scenario_plausibility(db, study_id),
        service.plausibility_history(db, study_id),
        [p for p in service.triggered(db) if p.study_id == study_id],
        changes,
        service.in_words(db, changes),
    )


def radar_positions(signals: list[store.RadarSignal]) -> np.ndarray:
    """x, y of each signal: its category's sector (angle), its horizon's ring (radius, short
    inside), spread evenly inside its cell so that none hide another."""
    cells: dict[tuple[str, str], list[int]] = {}
    for k, s in enumerate(signals):
        cells.setdefault((s.category, s.horizon), []).append(k)
    xy = np.zeros((len(signals), 2))
    sector = 2 * math.pi / len(store.STEEP)
    for (category, horizon), members in cells.items():
        start = store.STEEP.index(category) * sector
        radius = store.HORIZONS.index(horizon) + 0.5
        for j, k in enumerate(members):
            angle = start + sector * (j + 1) / (len(members) + 1)
            xy[k] = radius * math.cos(angle), radius * math.sin(angle)
    return xy


#: The STEEP categories and horizons of store.signals as lupdate must see them.
RADAR_WORDS = (
    QT_TRANSLATE_NOOP("RadarView", "Social"),
    QT_TRANSLATE_NOOP("RadarView", "Technological"),
    QT_TRANSLATE_NOOP("RadarView", "Economic"),
    QT_TRANSLATE_NOOP("RadarView", "Environmental"),
    QT_TRANSLATE_NOOP("RadarView", "Political"),
    QT_TRANSLATE_NOOP("RadarView", "short"),
    QT_TRANSLATE_NOOP("RadarView", "medium"),
    QT_TRANSLATE_NOOP("RadarView", "long"),
)


class RadarView(QWidget):
    """Trends and weak signals on a radar: sectors by STEEP category, rings by horizon; the dot
    size is the impact, its opacity the likelihood; weak signals are hollow."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.plot.setMinimumSize(420, 420)
        self.table = _table([self.tr("Signal"), self.tr("Kind"), self.tr("Category"),
                             self.tr("Horizon"), self.tr("Impact"), self.tr("Likelihood"),
                             self.tr("Source"), self.tr("Noticed"), self.tr("Descriptors")])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        db = self.session.db
        signals = store.list_radar_signals(db)
        names = {d.id: d.name for s in studies.list_studies(db)
                 for d in studies.require_study(db, s.id).descriptors}
        _fill(self.table, [[s.name, _word(s.kind), _word(s.category), _word(s.horizon), s.impact,
                            s.likelihood,
                            s.source, _day(s.noticed_on),
                            ", ".join(names.get(d, "") for d in s.descriptor_ids)]
                           for s in signals],
              [CATEGORY_COLOUR[s.category] for s in signals], coloured=2)
        weak = sum(s.kind == "weak signal" for s in signals)
        self.summary.setText(self.tr(
            "{n} trends and weak signals ({w} weak). Sectors: STEEP categories; rings from the "
            "centre: short, medium, long term; dot size: impact; opacity: likelihood; hollow: "
            "weak signal.").format(n=len(signals), w=weak))
        self._draw(signals)

    def _draw(self, signals: list[store.RadarSignal]) -> None:
        plot = self.plot
        plot.clear()
        grey = QPen(QColor("#bbbbbb"))
        grey.setCosmetic(True)
        for ring in range(1, len(store.HORIZONS) + 1):
            circle = QGraphicsEllipseItem(-ring, -ring, 2 * ring, 2 * ring)
            circle.setPen(grey)
            plot.addItem(circle)
        sector = 2 * math.pi / len(store.STEEP)
        outer = len(store.HORIZONS)
        for k, category in enumerate(store.STEEP):
            angle = k * sector
            plot.plot([0, outer * math.cos(angle)], [0, outer * math.sin(angle)], pen=grey)
            middle = angle + sector / 2
            label = pg.TextItem(QCoreApplication.translate("RadarView", category.capitalize()),
                                color=CATEGORY_COLOUR[category], anchor=(0.5, 0.5))
            label.setFont(QFont("", 10, QFont.Weight.Bold))
            label.setPos(QPointF((outer + 0.45) * math.cos(middle),
                                 (outer + 0.45) * math.sin(middle)))
            plot.addItem(label)
        for k, horizon in enumerate(store.HORIZONS):
            # one word in small type under the sector line at 0°, one per ring
            text = pg.TextItem(QCoreApplication.translate("RadarView", horizon),
                               color="#777777", anchor=(0.5, 0.0))
            text.setFont(QFont("", 8))
            text.setPos(QPointF(k + 0.5, 0))
            plot.addItem(text)
        if not signals:
            return
        xy = radar_positions(signals)
        spots = []
        for s, (x, y) in zip(signals, xy, strict=True):
            colour = QColor(CATEGORY_COLOUR[s.category])
            colour.setAlphaF(0.35 + 0.13 * s.likelihood)
            hollow = s.kind == "weak signal"
            spots.append({
                "pos": (x, y), "size": 8 + 4 * s.impact,
                "brush": QBrush(QColor(255, 255, 255, 0) if hollow else colour),
                "pen": pg.mkPen(colour, width=3 if hollow else 1), "data": s.name,
            })
        plot.addItem(pg.ScatterPlotItem(spots=spots))
        for s, (x, y) in zip(signals, xy, strict=True):
            text = pg.TextItem(s.name, color="#333333", anchor=(0, 0.5))
            text.setPos(QPointF(x + 0.12, y))
            plot.addItem(text)
        plot.setRange(xRange=(-outer - 1, outer + 1), yRange=(-outer - 1, outer + 1))


class ExperimentsView(QWidget):
    """The experiments log; open experiments past their decision date stand out."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table([self.tr("Experiment"), self.tr("Status"), self.tr("Decision due"),
                             self.tr("Option or project"), self.tr("Hypothesis"),
                             self.tr("Signal"), self.tr("Start"), self.tr("Decision date"),
                             self.tr("Budget"), self.tr("Lesson")])
        self.table.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("Decide…"))
        self.decide_button.setToolTip(self.tr(
            "Set the selected experiment's status, lesson and next decision date"))
        self.decide_button.clicked.connect(self._ask_decision)
        self.decide_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.shown: list[store.Experiment] = []
        self.table.currentCellChanged.connect(lambda row, *_: self._inspect(row))
        session.sig_observations_changed.connect(lambda _ids: self.refresh())
        self.refresh()

    def _ask_decision(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.shown):
            return
        dialog = DecisionDialog(self.shown[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.decide(dialog.decided())

    def decide(self, decided: store.Experiment) -> None:
        """Store a decision as one undoable edit; a decision date before the start is refused
        in the summary line (the store would refuse it inside the undo stack)."""
        if decided.decision_date < decided.start_date:
            self.summary.setText(self.tr(
                "The decision date {date} is before the experiment's start {start}; nothing "
                "was changed.").format(date=written_date(decided.decision_date),
                                      start=written_date(decided.start_date)))
            return
        old = next(e for e in self.shown if e.name == decided.name)
        self.session.undo_stack_for("policy").push(
            ExperimentEditCommand(self.session.db, self.refresh, old, decided))

    def _inspect(self, row: int) -> None:
        self.decide_button.setEnabled(
            0 <= row < len(self.shown) and not self.session.project.read_only)
        if not 0 <= row < len(self.shown):
            return
        e = self.shown[row]
        parts = [(self.tr("Option or project"), e.subject), (self.tr("Hypothesis"), e.hypothesis),
                 (self.tr("Signal"), e.signal), (self.tr("Start"), written_date(e.start_date)),
                 (self.tr("Decision date"), written_date(e.decision_date)),
                 (self.tr("Budget"), _number(e.budget)), (self.tr("Status"), _word(e.status)),
                 (self.tr("Lesson"), e.lesson)]
        self.session.sig_inspect.emit(
            self.tr("Experiment"),
            f"<b>{escape(e.name)}</b>" + "".join(
                f"<p><i>{label}</i><br>{escape(value or '–')}" for label, value in parts))

    def _signal(self, text: str, signposts: dict[str, store.Signpost]) -> str:
        """The signal, with its signpost's status now when it names one."""
        signpost = signposts.get(text.casefold())
        if signpost is None:
            return text
        status = _word(service.read_signpost(self.session.db, signpost).status)
        return self.tr("{signal} (signpost: {status})").format(signal=text, status=status)

    def refresh(self) -> None:
        db = self.session.db
        experiments = self.shown = store.list_experiments(db)
        signposts = {p.name.casefold(): p for p in store.list_signposts(db)}
        due = [service.is_due(e) for e in experiments]
        _fill(self.table, [
            [e.name, _word(e.status), self.tr("yes") if d else "", e.subject, e.hypothesis,
             self._signal(e.signal, signposts), _day(e.start_date), _day(e.decision_date),
             _number(e.budget), e.lesson]
            for e, d in zip(experiments, due, strict=True)
        ], ["#E69F00" if d else None for d in due], coloured=2)
        self.summary.setText(self.tr(
            "{n} experiments, {d} past their decision date and still open. Stopping an "
            "experiment is not a failure: the lesson is the record."
        ).format(n=len(experiments), d=sum(due)))


VIEWS = [
    ViewSpec("signposts", lambda: QCoreApplication.translate("Sections", "Signposts"),
             SignpostsView),
    ViewSpec("radar", lambda: QCoreApplication.translate("Sections", "Radar"), RadarView),
    ViewSpec("experiments", lambda: QCoreApplication.translate("Sections", "Experiments"),
             ExperimentsView),
]
