"""Regional futures: the fan chart of each industry per scenario, the horizon table, the effects.

The study's futures choices (region, horizon, baseline, draws) sit in the top row and are stored
with the study; the computation runs in the background (``services.futures.run_futures``) and
again after every change. The effects grid has a row per "Descriptor: Variant" and a column per
industry (``*`` = all): a cell holds ``low / mode / high`` in pp of annual growth, or one number
for all three; blocks paste from Excel (tab-separated) and every edit can be undone.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.io.cells import parse_number
from desktop_app.io.futures_effects import read_effects_workbook
from desktop_app.services.futures import (
    FuturesError,
    FuturesRun,
    industries_named,
    run_futures,
    store_workbook_effects,
)
from desktop_app.store import classifications
from desktop_app.store import futures as fstore
from desktop_app.store.measures import list_measures
from desktop_app.ui.analysis.base import NumberAxis
from desktop_app.ui.errors import error_text
from desktop_app.ui.number_format import Kind, kind_of_unit
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.scenarios.study_common import StudyPage, ValueCommand
from desktop_app.ui.translated import error_message, translated
from desktop_app.ui.when_shown import WhenShown
from desktop_app.ui.widgets import labelled

#: Okabe-Ito, one colour per scenario (colour-blind safe).
SCENARIO_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
ALL = "*"


def parse_effect(text: str) -> tuple[float, float, float] | None:
    """``"low / mode / high"`` or one number (all three); None for an empty cell.

    Raises ValueError with the reason when the text is not such an effect.
    """
    text = text.strip()
    if not text:
        return None
    parts = [p for p in text.replace(";", "/").split("/")]
    numbers = [parse_number(p.strip()) for p in parts]
    if len(numbers) not in (1, 3) or any(n is None for n in numbers):
        raise ValueError(f"{text!r} is not an effect: write one number or low / mode / high")
    low, mode, high = numbers * 3 if len(numbers) == 1 else numbers
    if not low <= mode <= high:
        raise ValueError(f"{text!r}: an effect needs low <= mode <= high")
    return float(low), float(mode), float(high)


def compact(value: float) -> str:
    """A number in three significant digits with k or M, for crowded table cells."""
    for scale, suffix in ((1e6, " M"), (1e3, " k")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:.3g}"


def effect_text(effect: tuple[float, float, float] | None) -> str:
    if effect is None:
        return ""
    low, mode, high = effect
    if low == mode == high:
        return f"{mode:g}"
    return f"{low:g} / {mode:g} / {high:g}"


def draw_fan(plot, run: FuturesRun, k: int, width: float) -> None:
    """Industry ``k`` (-1: the total) on ``plot``: the observed series, then per scenario the
    P10-P90 band and the median from the last observed value; the view fits the drawing."""
    history = run.history.sum(axis=0) if k < 0 else run.history[k]
    years = run.result.years
    plot.disableAutoRange()  # the range is set once at the end, not after every curve
    lows, highs = [float(np.nanmin(history))], [float(np.nanmax(history))]
    plot.plot(
        run.history_years,
        history,
        pen=pg.mkPen("#222222", width=width),
        name=QCoreApplication.translate("FuturesView", "observed"),
    )
    x = np.concatenate([[run.history_years[-1]], years]).astype(float)
    start = float(history[-1])
    for n, (future, s) in enumerate(zip(run.scenarios, run.result.scenarios, strict=True)):
        band = s.total if k < 0 else s.industries[k]
        colour = QColor(SCENARIO_COLOURS[n % len(SCENARIO_COLOURS)])
        edge, fill = QColor(colour), QColor(colour)
        edge.setAlpha(90)
        fill.setAlpha(40)
        # the band's edges are the fill's outline, not curves of their own: fewer items to
        # draw (a study of 15 scenarios had 75)
        low = pg.PlotCurveItem(x, np.concatenate([[start], band[:, 0]]))
        high = pg.PlotCurveItem(x, np.concatenate([[start], band[:, 2]]))
        plot.addItem(pg.FillBetweenItem(low, high, brush=pg.mkBrush(fill), pen=pg.mkPen(edge)))
        median = pg.PlotCurveItem(
            x, np.concatenate([[start], band[:, 1]]), pen=pg.mkPen(colour, width=width)
        )
        plot.addItem(median)
        if plot.legend is not None:
            plot.legend.addItem(median, f"S{future.scenario.id}")
        lows.append(float(band[:, 0].min()))
        highs.append(float(band[:, 2].max()))
    plot.setXRange(float(run.history_years[0]) - 0.5, float(years[-1]) + 0.5, padding=0)
    span = max(highs) - min(lows) or 1.0
    plot.setYRange(min(lows) - 0.05 * span, max(highs) + 0.05 * span, padding=0)


class FuturesView(StudyPage):
    """Fan chart, horizon table and effects grid of the chosen study's futures."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.run: FuturesRun | None = None
        self._filling = False
        self.region = QComboBox()
        self.horizon = QSpinBox()
        self.horizon.setRange(1900, 2200)
        self.baseline = QComboBox()
        for key in fstore.BASELINE_CHOICES:
            self.baseline.addItem(key, key)
        self.draws = QSpinBox()
        self.draws.setRange(0, 100_000)
        self.draws.setSingleStep(500)
        top = self.study_row()
        for label, widget in (
            (self.tr("Region"), self.region),
            (self.tr("Horizon"), self.horizon),
            (self.tr("Baseline"), self.baseline),
            (self.tr("Draws"), self.draws),
        ):
            top.addWidget(labelled(label, widget))
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.industry = QComboBox()
        self.plot = pg.PlotWidget(
            background="w",
            axisItems={"left": NumberAxis("left"), "bottom": NumberAxis("bottom", Kind.YEAR)},
        )
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.addLegend(offset=(10, 10), colCount=4)
        self.plot.setMinimumSize(380, 320)  # with the Spanish side tabs, within a laptop's width
        self.plot.getAxis("left").setWidth(84)  # room for "6,000,000"
        chart = QWidget()
        clay = QVBoxLayout(chart)
        clay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Industry")))
        row.addWidget(self.industry, 1)
        self.save_button = QPushButton(self.tr("Save chart..."))
        self.save_button.clicked.connect(self._choose_chart_file)
        row.addWidget(self.save_button)
        clay.addLayout(row)
        clay.addWidget(self.plot, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        clay.addWidget(self.legend)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.effects = QTableWidget()
        self.effects.itemChanged.connect(self._effect_edited)
        self.effects.installEventFilter(self)
        self.shocks = QLabel()
        self.shocks.setWordWrap(True)
        effects_box = QWidget()
        elay = QVBoxLayout(effects_box)
        hint = QLabel(
            self.tr(
                "Change of annual growth in percentage points: one number, or low / mode / high. "
                "Column * applies to every industry. Paste blocks from Excel."
            )
        )
        hint.setWordWrap(True)
        elay.addWidget(hint)
        elay.addWidget(self.effects, 1)
        elay.addLayout(self._group_row())
        elay.addWidget(self.shocks)
        self.import_button = QPushButton(self.tr("Import effects workbook..."))
        self.import_button.setToolTip(
            self.tr(
                "Sheets Effects (descriptor, variant, industry, low, mode, high) and Shocks "
                "(descriptor, variant, industry, start, depth, recovery_years); they replace the "
                "study's effects and shocks"
            )
        )
        self.import_button.clicked.connect(self._choose_workbook)
        elay.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tornado = pg.PlotWidget(background="w", axisItems={"bottom": NumberAxis("bottom")})
        self.tornado.getAxis("bottom").enableAutoSIPrefix(False)
        self.tornado.setMinimumSize(300, 240)
        self.tornado.getAxis("left").setWidth(8)
        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("At the horizon"))
        self.structure = QTableWidget()
        self.structure.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.structure_note = QLabel()
        self.structure_note.setWordWrap(True)
        structure_box = QWidget()
        slay = QVBoxLayout(structure_box)
        slay.addWidget(self.structure_note)
        slay.addWidget(self.structure, 1)
        tabs.addTab(structure_box, self.tr("Structure"))
        tabs.addTab(self.tornado, self.tr("Tornado"))
        self.multiples = pg.GraphicsLayoutWidget()
        self.multiples.setBackground("w")
        tabs.addTab(self.multiples, self.tr("All industries"))
        # a result that arrives after the user moved on is drawn when the view is shown again
        self.plot_when_shown = WhenShown(self.plot, self._draw)
        self.table_when_shown = WhenShown(self.table, self._fill_table)
        self.structure_when_shown = WhenShown(structure_box, self._fill_structure)
        self.tornado_when_shown = WhenShown(self.tornado, self._draw_tornado)
        self.multiples_when_shown = WhenShown(self.multiples, self._draw_multiples)
        tabs.addTab(effects_box, self.tr("Effects and shocks"))

        split = QSplitter()
        split.addWidget(chart)
        split.addWidget(tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([650, 550])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self._recompute = QTimer(self)
        self._recompute.setSingleShot(True)
        self._recompute.setInterval(300)
        self._recompute.timeout.connect(self.compute)
        # the view is deleted later than the project closes: a pending recompute must not fire
        self.session.sig_closing.connect(self._recompute.stop)
        for signal in (self.region.currentIndexChanged, self.baseline.currentIndexChanged):
            signal.connect(self._choices_changed)
        for spin in (self.horizon, self.draws):
            spin.valueChanged.connect(self._choices_changed)
        self.industry.currentIndexChanged.connect(lambda _i: self._draw())
        self.follow_study(when_shown=True)

    # -- choices ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.load_study()
        self._filling = True
        try:
            settings = fstore.get_settings(self.session.db, self.study.id) if self.study else None
            self.region.clear()
            for region in classifications.list_all(self.session.db, "region"):
                self.region.addItem(f"{region.code} {region.name}", region.id)
            if settings is not None:
                self.region.setCurrentIndex(max(0, self.region.findData(settings.region_id)))
                self.horizon.setValue(settings.horizon or 2035)
                self.baseline.setCurrentIndex(max(0, self.baseline.findData(settings.baseline)))
                self.draws.setValue(settings.draws)
            self._fill_effects()
        finally:
            self._filling = False
        self.compute()

    def _settings(self) -> fstore.FuturesSettings:
        stored = fstore.get_settings(self.session.db, self.study.id)
        return fstore.FuturesSettings(
            self.region.currentData(),
            stored.measure_id,
            self.horizon.value(),
            self.baseline.currentData(),
            stored.trend_window,
            self.draws.value(),
            stored.seed,
        )

    def _choices_changed(self, *_args) -> None:
        if self._filling or self.study is None:
            return
        if not self.session.project.read_only:
            with self.session.project.transaction():
                fstore.set_settings(self.session.db, self.study.id, self._settings())
        self._recompute.start()

    # -- computing -------------------------------------------------------------------------

    def compute(self) -> None:
        if self.study is None or self.region.currentData() is None:
            self.summary.setText(self.tr("Choose a study with scenarios and a region."))
            return
        project, settings, study_id = self.session.project, self._settings(), self.study.id
        region = self.region.currentText().split(" ")[0]
        previous = self.run  # its projections serve the scenarios an edit did not touch

        def task(progress):
            with project.connection() as db, db.atomic():
                return run_futures(
                    db,
                    study_id,
                    region,
                    horizon=settings.horizon,
                    baseline=settings.baseline,
                    draws=settings.draws,
                    save_fits=not project.read_only,
                    progress=progress,
                    previous=previous,
                )

        self.summary.setText(self.tr("Computing the futures ..."))
        self.session.tasks.start(
            self.tr("Projecting the scenarios"),
            task,
            on_done=self._done,
            on_error=self._failed,
            key="futures",
        )

    def _done(self, run: FuturesRun) -> None:
        self.run = run
        left = "; ".join(f"{code}: {why}" for code, why in [*run.left_out, *run.outcomes_left_out])
        self.summary.setText(
            self.tr(
                "{region}, {measure}: {n} industries, {s} scenarios, {d} draws (seed {seed}). "
                "Bands: P10-P90; lines: median."
            ).format(
                region=run.region.name,
                measure=run.measure_code,
                n=len(run.industries),
                s=len(run.scenarios),
                d=run.draws,
                seed=run.seed,
            )
            + (self.tr(" Left out: {0}").format(left) if left else "")
        )
        current = self.industry.currentData()
        self.industry.blockSignals(True)
        self.industry.clear()
        self.industry.addItem(self.tr("Total of the region"), -1)
        for k, ind in enumerate(run.industries):
            self.industry.addItem(f"{ind.code} {ind.name}", k)
        self.industry.setCurrentIndex(max(0, self.industry.findData(current)))
        self.industry.blockSignals(False)
        self.plot_when_shown.request()
        self.table_when_shown.request()  # the side tabs fill and draw when shown
        self.structure_when_shown.request()
        self.tornado_when_shown.request()
        self.multiples_when_shown.request()

    def _failed(self, error: Exception) -> None:
        self.run = None
        self.plot.clear()
        self.table.setRowCount(0)
        self.structure.setRowCount(0)
        self.structure_note.clear()
        self.legend.clear()
        self.summary.setText(error_text(error))

    # -- chart and table -------------------------------------------------------------------

    def _draw(self) -> None:
        self.plot.clear()
        run = self.run
        if run is None:
            return
        k = self.industry.currentData()
        draw_fan(self.plot.getPlotItem(), run, -1 if k is None else k, width=2)
        self.plot.addItem(
            pg.InfiniteLine(
                float(run.result.years[-1]),
                angle=90,
                pen=pg.mkPen("#888888", style=Qt.PenStyle.DashLine),
                label=self.tr("horizon"),
                labelOpts={"color": "#555555"},
            )
        )
        unit = self.measure_unit(run)
        self.plot.getAxis("left").set_kind(kind_of_unit(unit))
        self.plot.setLabel("left", f"{run.measure_code} ({unit})" if unit else run.measure_code)
        self.legend.setText(
            "<br>".join(
                f'<span style="color:{SCENARIO_COLOURS[n % len(SCENARIO_COLOURS)]}">&#9632;</span> '
                f"{future.label}"
                for n, future in enumerate(run.scenarios)
            )
        )

    def _choose_chart_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), "", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if path:
            self.save_chart(path)

    def save_chart(self, path: str) -> None:
        """The fan chart as PNG (twice the screen's resolution) or SVG, by the file's ending.

        SVG is drawn through Qt's own generator: pyqtgraph's SVG exporter fails on the paths
        Qt 6 writes.
        """
        if path.lower().endswith(".svg"):
            from PySide6.QtGui import QPainter
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(self.plot.size())
            generator.setViewBox(self.plot.rect())
            generator.setTitle(self.industry.currentText())
            painter = QPainter(generator)
            try:
                self.plot.render(painter)
            finally:
                painter.end()
        else:
            from pyqtgraph.exporters import ImageExporter

            exporter = ImageExporter(self.plot.getPlotItem())
            exporter.parameters()["width"] = 2 * max(int(self.plot.width()), 400)
            exporter.export(path)
        self.session.sig_status.emit(self.tr("Chart saved to {0}").format(path))

    def measure_unit(self, run: FuturesRun) -> str:
        """The unit of the projected measure (persons ...), which decides the axis format."""
        units = {m.code: m.unit for m in list_measures(self.session.db)}
        return units.get(run.measure_code) or ""

    def _draw_multiples(self) -> None:
        """A small fan chart per industry, three to a row, each on its own scale."""
        self.multiples.clear()
        run = self.run
        if run is None:
            return
        for k, industry in enumerate(run.industries):
            plot = self.multiples.addPlot(row=k // 3, col=k % 3, title=industry.code)
            plot.hideAxis("left")
            plot.getAxis("bottom").setStyle(tickTextOffset=2)
            draw_fan(plot, run, k, width=1)

    def _draw_tornado(self) -> None:
        """One bar per variant with effects: the total at the horizon at its effects' low and
        high, against the baseline (0), the most likely value marked; widest at the top."""
        self.tornado.clear()
        swings = self.run.swings if self.run else []
        if not swings:
            return
        n = len(swings)
        y = np.arange(n)[::-1].astype(float)
        lows = np.array([s[0] for _, s in swings])
        highs = np.array([s[2] for _, s in swings])
        self.tornado.addItem(
            pg.BarGraphItem(
                x0=lows, x1=highs, y=y, height=0.6, brush="#56B4E9", pen=pg.mkPen("#0072B2")
            )
        )
        modes = np.array([s[1] for _, s in swings])
        self.tornado.plot(modes, y, pen=None, symbol="|", symbolSize=16, symbolBrush="#222222")
        self.tornado.addItem(pg.InfiniteLine(0.0, angle=90, pen=pg.mkPen("#888888")))
        self.tornado.getAxis("left").setTicks([[]])
        left = float(min(lows.min(), 0.0))
        for k, (name, _swing) in enumerate(swings):
            label = pg.TextItem(name, color="#222222", anchor=(0, 1))
            label.setPos(left, float(y[k]) + 0.5)
            self.tornado.addItem(label)
        self.tornado.setYRange(-0.5, n, padding=0.02)
        self.tornado.getAxis("bottom").set_kind(kind_of_unit(self.measure_unit(self.run)))
        self.tornado.setLabel(
            "bottom",
            self.tr("change of the total in {0} against the baseline").format(
                int(self.run.result.years[-1])
            ),
        )

    def _fill_table(self) -> None:
        """Industry x scenario at the horizon, then gains, losses and the structure."""
        run = self.run
        names = [
            self.tr("Total"),
            *[ind.code for ind in run.industries],
            self.tr("Gained"),
            self.tr("Lost"),
            self.tr("Herfindahl"),
            self.tr("Entropy (bits)"),
            *(
                self.tr("{measure} x jobs ({unit})").format(measure=o.measure.code, unit=o.unit)
                for o in run.outcomes
            ),
        ]
        structure_rows = len(names) - len(run.outcomes)
        self.table.clear()
        self.table.setRowCount(len(names))
        self.table.setColumnCount(len(run.scenarios))
        self.table.setVerticalHeaderLabels(names)
        self.table.setHorizontalHeaderLabels([f"S{f.scenario.id}" for f in run.scenarios])
        today = run.result.today
        self.table.verticalHeaderItem(structure_rows - 2).setToolTip(
            self.tr("Today ({0}): {1:.3f}").format(
                int(run.history_years[-1]), float(today.herfindahl[0])
            )
        )
        self.table.verticalHeaderItem(structure_rows - 1).setToolTip(
            self.tr("Today ({0}): {1:.2f}").format(
                int(run.history_years[-1]), float(today.entropy[0])
            )
        )
        for k, (o, value) in enumerate(zip(run.outcomes, run.outcomes_today(), strict=True)):
            self.table.verticalHeaderItem(structure_rows + k).setToolTip(
                self.tr(
                    "{name}, held at its last value per industry, times the projected {measure}. "
                    "Today ({year}): {value}"
                ).format(
                    name=o.measure.name,
                    measure=run.measure_code,
                    year=int(run.history_years[-1]),
                    value=in_locale(compact(value)),
                )
            )
        for c, (future, s) in enumerate(zip(run.scenarios, run.result.scenarios, strict=True)):
            self.table.horizontalHeaderItem(c).setToolTip(future.label)
            rows = [s.total[-1], *s.industries[:, -1], s.gained, s.lost]
            band = self.tr("{median} ({low} to {high})")
            texts = [
                band.format(median=compact(q[1]), low=compact(q[0]), high=compact(q[2]))
                for q in rows
            ]
            texts += [
                band.format(median=f"{q[1]:.3f}", low=f"{q[0]:.3f}", high=f"{q[2]:.3f}")
                for q in (s.herfindahl, s.entropy)
            ]
            texts += [
                band.format(median=compact(q[1]), low=compact(q[0]), high=compact(q[2]))
                for q in s.outcomes
            ]
            texts = [in_locale(text) for text in texts]
            for r, (q, text) in enumerate(
                zip([*rows, s.herfindahl, s.entropy, *s.outcomes], texts, strict=True)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(f"P50 {q[1]:,.4g}, P10 {q[0]:,.4g}, P90 {q[2]:,.4g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _fill_structure(self) -> None:
        """Industry x (today, each scenario): the location quotient against the projected
        reference, P50 (P10 to P90), with the shares in the tooltips."""
        run = self.run
        last, horizon = int(run.history_years[-1]), int(run.result.years[-1])
        lq_today = run.lq_today()
        if lq_today is None:
            self.structure_note.setText(
                self.tr("Location quotients against {0} cannot be computed: {1}.").format(
                    translated(run.reference_label), run.reference_note
                )
            )
        else:
            self.structure_note.setText(
                self.tr(
                    "Location quotients in {last} and in {horizon} against {reference}, projected "
                    "by its trend without the scenarios' effects and shocks (above 1: more of the "
                    "industry than the reference). Tooltips: the shares."
                ).format(last=last, horizon=horizon, reference=translated(run.reference_label))
            )
        self.structure.clear()
        self.structure.setRowCount(len(run.industries))
        self.structure.setColumnCount(1 + len(run.scenarios))
        self.structure.setVerticalHeaderLabels([ind.code for ind in run.industries])
        self.structure.setHorizontalHeaderLabels(
            [str(last), *(f"S{f.scenario.id} {horizon}" for f in run.scenarios)]
        )
        band = self.tr("{median} ({low} to {high})")
        share = self.tr("Share P50 {median} (P10 {low}, P90 {high})")

        def put(row: int, col: int, text: str, tip: str) -> None:
            item = QTableWidgetItem(in_locale(text))
            item.setToolTip(in_locale(tip))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.structure.setItem(row, col, item)

        for k in range(len(run.industries)):
            today = float(run.result.today.shares[0, k])
            put(
                k,
                0,
                "" if lq_today is None else f"{lq_today[k]:.2f}",
                self.tr("Share {0}").format(f"{today:.2%}"),
            )
        for c, (future, s) in enumerate(zip(run.scenarios, run.result.scenarios, strict=True)):
            self.structure.horizontalHeaderItem(c + 1).setToolTip(future.label)
            lq = run.lq_horizon(s)
            for k in range(len(run.industries)):
                q = s.shares[k]
                tip = share.format(median=f"{q[1]:.2%}", low=f"{q[0]:.2%}", high=f"{q[2]:.2%}")
                text = (
                    ""
                    if lq is None
                    else band.format(
                        median=f"{lq[k, 1]:.2f}", low=f"{lq[k, 0]:.2f}", high=f"{lq[k, 2]:.2f}"
                    )
                )
                put(k, c + 1, text, tip)
        self.structure.resizeColumnsToContents()

    # -- effects ---------------------------------------------------------------------------

    def _fill_effects(self) -> None:
        db = self.session.db
        self.effects.blockSignals(True)
        self.effects.clear()
        if self.study is None:
            self.effects.setRowCount(0)
            self.effects.blockSignals(False)
            return
        self._industries = [None, *[c.id for c in classifications.list_all(db, "industry")]]
        codes = [ALL, *[c.code for c in classifications.list_all(db, "industry")]]
        self._variants = [v.id for d in self.study.descriptors for v in d.variants]
        self.effects.setRowCount(len(self._variants))
        self.effects.setColumnCount(len(codes))
        self.effects.setHorizontalHeaderLabels(codes)
        self.effects.setVerticalHeaderLabels(self.study.labels)
        stored = {
            (e.variant_id, e.industry_id): (e.low, e.mode, e.high)
            for e in fstore.list_effects(db, self.study)
        }
        for r, vid in enumerate(self._variants):
            for c, iid in enumerate(self._industries):
                self.effects.setItem(r, c, QTableWidgetItem(effect_text(stored.get((vid, iid)))))
        self.effects.resizeColumnsToContents()
        self.effects.blockSignals(False)
        names = {v.id: f"{d.name}: {v.name}" for d in self.study.descriptors for v in d.variants}
        codes_by_id = dict(zip(self._industries, codes, strict=True))
        shocks = fstore.list_shocks(db, self.study)
        self.shocks.setText(
            self.tr("Shocks: ")
            + "; ".join(
                self.tr(
                    "{variant} → {industry} {depth:+.0f} % in {start}, back in {years} years "
                    "({shape})"
                ).format(
                    variant=names[s.variant_id],
                    industry=codes_by_id.get(s.industry_id, "?"),
                    depth=100 * s.depth,
                    start=s.start_year,
                    years=s.recovery_years,
                    shape=s.shape,
                )
                for s in shocks
            )
            if shocks
            else self.tr("No shocks (import them with an effects workbook).")
        )

    def _group_row(self) -> QGridLayout:
        """An effect for a group of industries, written into each of its columns."""
        self.group_label = QLineEdit()
        self.group_label.setPlaceholderText(self.tr("C*, C10-C12 or a code"))
        self.group_effect = QLineEdit()
        self.group_effect.setPlaceholderText(self.tr("low / mode / high, blank to clear"))
        fill = QPushButton(self.tr("Fill the selected rows"))
        fill.setToolTip(
            self.tr(
                "Writes the effect into the column of each industry of the group, in every "
                "selected row (one undoable edit): C* is every code starting with C and the "
                "industries under C; C10-C12 the codes from C10 to C12."
            )
        )
        fill.clicked.connect(self.fill_group)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Industry group")), 0, 0)
        grid.addWidget(self.group_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Effect")), 1, 0)
        grid.addWidget(self.group_effect, 1, 1)
        grid.addWidget(fill, 1, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def fill_group(self) -> None:
        """Write the group's effect into its industries' columns of the selected rows."""
        rows = sorted({index.row() for index in self.effects.selectedIndexes()})
        if not rows:
            self.refuse(self.tr("Select the rows (Descriptor: Variant) to fill first."))
            return
        label = self.group_label.text().strip()
        try:
            members = industries_named(self.session.db, label)
        except FuturesError as error:
            self.refuse(error_message(error))
            return
        columns = [self._industries.index(industry) for industry in members]
        text = self.group_effect.text()
        self._set_cells(
            {(r, c): text for r in rows for c in columns},
            self.tr("Fill {group}").format(group=label),
        )

    def _cell(self, row: int, col: int) -> tuple[float, float, float] | None:
        stored = {
            (e.variant_id, e.industry_id): (e.low, e.mode, e.high)
            for e in fstore.list_effects(self.session.db, self.study)
        }
        return stored.get((self._variants[row], self._industries[col]))

    def _effect_edited(self, item: QTableWidgetItem) -> None:
        self._set_cells({(item.row(), item.column()): item.text()}, self.tr("Edit effect"))

    def _set_cells(self, texts: dict[tuple[int, int], str], title: str) -> None:
        """Write cells ``(row, col) -> text`` as one undoable edit; refused whole if one is bad."""
        if self.session.project.read_only:
            self._fill_effects()
            self.refuse(self.tr("This project is open read-only."))
            return
        try:
            new = {cell: parse_effect(text) for cell, text in texts.items()}
        except ValueError as error:
            self._fill_effects()
            self.refuse(error_message(error))
            return
        old = {cell: self._cell(*cell) for cell in new}
        study = self.study

        def write(values) -> None:
            with self.session.project.transaction():
                for (r, c), value in values.items():
                    vid, iid = self._variants[r], self._industries[c]
                    if value is None:
                        fstore.delete_effect(self.session.db, vid, iid)
                    else:
                        fstore.set_effect(
                            self.session.db, study, fstore.StoredEffect(vid, iid, *value)
                        )
            self._fill_effects()
            self._recompute.start()

        self.session.undo_stack_for("scenarios").push(ValueCommand(title, write, old, new))

    def _choose_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Effects workbook"), "", self.tr("Workbooks (*.xlsx *.xls *.ods)")
        )
        if path:
            self.import_effects(path)

    def import_effects(self, path: str) -> bool:
        """Replace the study's effects and shocks by the workbook's (all or nothing)."""
        if self.study is None or self.session.project.read_only:
            return self.refuse(self.tr("Choose a study in a project open for writing."))
        try:
            book = read_effects_workbook(path)
            with self.session.project.transaction():
                effects, shocks = store_workbook_effects(self.session.db, self.study.id, book)
        except UserError as error:
            return self.refuse(error_message(error))
        self.session.sig_status.emit(
            self.tr("{e} effects and {s} shocks imported").format(e=effects, s=shocks)
        )
        self._fill_effects()
        self._recompute.start()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.effects
            and event.type() == event.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste(QGuiApplication.clipboard().text())
            return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> None:
        """Paste a tab-separated block at the current cell (cells beyond the grid are dropped)."""
        r0, c0 = max(0, self.effects.currentRow()), max(0, self.effects.currentColumn())
        cells = {}
        for dr, line in enumerate(text.rstrip("\n").split("\n")):
            for dc, value in enumerate(line.rstrip("\r").split("\t")):
                r, c = r0 + dr, c0 + dc
                if r < self.effects.rowCount() and c < self.effects.columnCount():
                    cells[(r, c)] = value
        if cells:
            self._set_cells(cells, self.tr("Paste {n} effects").format(n=len(cells)))
