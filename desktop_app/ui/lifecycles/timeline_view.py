"""Timeline of one industry: its series, the fitted S-curve with its band, and the stage periods."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.lifecycle_fit import MODEL_WORDS
from desktop_app.ui.analysis.base import new_plot
from desktop_app.ui.lifecycles.edit_commands import AddJudgementCommand
from desktop_app.ui.lifecycles.judgement_dialog import JudgementDialog
from desktop_app.ui.lifecycles.stages import stage_label
from desktop_app.ui.lifecycles.state import LifecycleState, RegionBar
from desktop_app.ui.number_format import Kind
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import translated, written_date
from desktop_app.ui.when_shown import WhenShown

#: Okabe-Ito colours per stage (colour-blind safe).
STAGE_COLOURS = {
    "emergence": "#56B4E9",
    "growth": "#009E73",
    "maturity": "#E69F00",
    "decline": "#D55E00",
    "renewal": "#CC79A7",
}


def year_plot(y_kind: Kind = Kind.INDEX) -> pg.PlotWidget:
    """A plot whose bottom axis shows whole years (2014, not 2,014 or 2014.5)."""
    return new_plot(Kind.YEAR, y_kind)


class TimelineView(QWidget):
    """Industries of the region on the left; the chosen one's timeline and reason on the right."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = LifecycleState.of(session)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Industry"),
                self.tr("Stage"),
                self.tr("Set by"),
                self.tr("Model"),
                self.tr("R²"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(290)
        self.plot = year_plot()
        self.plot.addLegend(offset=(-10, -10), labelTextColor="k")
        self.plot.getAxis("bottom").setLabel(self.tr("Year"))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.title.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.judge = QPushButton(self.tr("Judge stage…"))
        self.judge.setToolTip(
            self.tr(
                "Override the computed stage with a dated, signed "
                "judgement; earlier judgements stay in the history"
            )
        )
        self.judge.clicked.connect(self._judge)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.judge)
        right_layout.addLayout(head)
        right_layout.addWidget(self.plot, 1)
        right_layout.addWidget(self.reason)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(RegionBar(self.state))
        layout.addWidget(split, 1)
        self.table.itemSelectionChanged.connect(self._draw)
        self.when_shown = WhenShown(self, self.refresh)  # hidden tabs refresh when shown
        self.state.sig_result.connect(self.when_shown.request)
        self.when_shown.request()

    def refresh(self) -> None:
        result = self.state.result
        selected = self.current_code()
        self.table.setRowCount(0)
        if result is None:
            self.plot.clear()
            self.title.setText("")
            self.reason.setText(self.state.error or self.tr("Fitting S-curves…"))
            self.judge.setEnabled(False)
            return
        self.table.setRowCount(len(result.industries))
        for row, item in enumerate(result.industries):
            best = item.fit.best
            cells = [
                item.industry.code,
                stage_label(item.stage),
                self.tr("analyst") if item.judgement else self.tr("computed"),
                translated(MODEL_WORDS[item.fit.chosen]) if item.fit.chosen
                else self.tr("no fit"),
                in_locale(f"{best.r2:.3f}") if best else "–",
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 0:
                    cell.setToolTip(item.industry.name)
                    cell.setData(Qt.ItemDataRole.UserRole, item.industry.code)
                if col == 1 and item.stage in STAGE_COLOURS:
                    colour = QColor(STAGE_COLOURS[item.stage])
                    colour.setAlpha(70)
                    cell.setBackground(colour)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        codes = [i.industry.code for i in result.industries]
        self.table.selectRow(codes.index(selected) if selected in codes else 0)
        self._draw()

    def current_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def _draw(self) -> None:
        result = self.state.result
        code = self.current_code()
        self.plot.clear()
        if result is None or code is None:
            return
        item = result.by_code(code)
        self.judge.setEnabled(True)
        self.title.setText(
            f"{item.industry.name} ({item.industry.code}) — "
            f"{result.region.name}, {result.measure.name} [{result.measure.unit}]"
        )
        finite = np.isfinite(item.values)
        top = float(np.nanmax(item.values)) if finite.any() else 1.0
        for period in item.assessment.periods:
            colour = QColor(STAGE_COLOURS.get(period.stage, "#999999"))
            colour.setAlpha(45)
            region = pg.LinearRegionItem(
                (period.start, period.end),
                movable=False,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(None),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            label = pg.TextItem(stage_label(period.stage), color="#333333", anchor=(0.5, 1))
            label.setPos((period.start + period.end) / 2, top * 1.04)
            self.plot.addItem(label)
        best = item.fit.best
        if best is not None:
            band = pg.FillBetweenItem(
                pg.PlotDataItem(best.curve_years, best.band_low),
                pg.PlotDataItem(best.curve_years, best.band_high),
                brush=pg.mkBrush(0, 114, 178, 50),
            )
            self.plot.addItem(band)
            self.plot.plot(
                best.curve_years,
                best.curve,
                pen=pg.mkPen("#0072B2", width=2),
                name=self.tr("%s fit (95 %% band)") % best.model,
            )
        reference = item.reference_values
        if reference is not None and finite.any() and np.isfinite(reference).all():
            # the reference's path at the region's scale: same first value, same growth
            first = np.flatnonzero(finite)[0]
            scaled = reference * (item.values[first] / reference[first])
            self.plot.plot(
                item.years,
                scaled,
                pen=pg.mkPen("#666666", width=1.5, style=Qt.PenStyle.DashLine),
                name=self.tr("reference, same start"),
            )
        self.plot.plot(
            item.years[finite],
            item.values[finite],
            pen=None,
            symbol="o",
            symbolSize=8,
            symbolBrush="#000000",
            name=self.tr("observed"),
        )
        self.plot.enableAutoRange()
        judgement = item.judgement
        computed = self.tr("computed")
        words = [
            f"<b>{stage_label(item.assessment.stage)}</b> ({computed}): "
            f"{translated(item.assessment.reason)}",
            self.tr("Fit: %s") % translated(item.fit.reason),
        ]
        if judgement is not None:
            words.insert(
                0,
                self.tr("<b>%s</b> (judged %s by %s): %s")
                % (
                    stage_label(judgement.stage),
                    written_date(judgement.judged_on),
                    judgement.author,
                    judgement.reason,
                ),
            )
        if item.reference_assessment is not None:
            words.append(
                self.tr("Reference (%s): %s — %s")
                % (
                    translated(result.reference_label),
                    stage_label(item.reference_assessment.stage),
                    translated(item.reference_assessment.reason),
                )
            )
        self.reason.setText("<br>".join(words))

    def _judge(self) -> None:
        result = self.state.result
        code = self.current_code()
        if result is None or code is None:
            return
        item = result.by_code(code)
        dialog = JudgementDialog(
            self.session.db,
            result.region.id,
            item.industry.id,
            f"{item.industry.name}, {result.region.name}",
            item.assessment.stage,
            translated(item.assessment.reason),
            self,
        )
        if dialog.exec() != JudgementDialog.DialogCode.Accepted:
            return
        stage, reason, author, judged_on = dialog.values()
        self.session.undo_stack_for("lifecycles").push(
            AddJudgementCommand(
                self.session.db,
                self.state.refresh_judgements,
                result.region.id,
                item.industry.id,
                stage,
                reason,
                author,
                judged_on,
            )
        )
