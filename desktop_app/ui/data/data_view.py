"""The Data view: filter bar, lazy observations table and the chart of the selected series."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import classifications, measures
from desktop_app.store import observations as store
from desktop_app.store.observations import ObservationFilter
from desktop_app.ui.data.edit_commands import EditValueCommand, SetIntensityCommand
from desktop_app.ui.data.observation_model import VALUE_COLUMN, ObservationTableModel
from desktop_app.ui.data.value_entry import ValueDelegate, change_factor, shown_number
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.widgets import FlowLayout, labelled

MAX_SERIES = 8  # as many as the chart's palette has colours


def factor_question(parent: QWidget, old: float, new: float, ratio: float) -> QMessageBox:
    """The question asked before a value is stored that is ``ratio`` times the stored one."""
    tr = parent.tr
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Store a value this different?"),
                      tr("The new value {new} is {ratio} times the stored value {old}.").format(
                          new=shown_number(new), old=shown_number(old),
                          ratio=in_locale(f"{ratio:.3g}")),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(tr("A unit (thousands, millions) or a digit may have slipped. "
                              "Store {new}?").format(new=shown_number(new)))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


class DataView(QWidget):
    """Browse, filter and edit observations; the chart follows the table's selection."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.measure_box = QComboBox()
        self.region_box = QComboBox()
        self.industry_box = QComboBox()
        self.year_box = QComboBox()
        for box in (self.measure_box, self.region_box, self.industry_box):
            box.setMinimumContentsLength(16)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count_label = QLabel()

        filters = FlowLayout()
        for label, box in ((self.tr("Measure"), self.measure_box),
                           (self.tr("Region"), self.region_box),
                           (self.tr("Industry"), self.industry_box),
                           (self.tr("Year"), self.year_box)):
            filters.addWidget(labelled(label, box))
        self.intensity_box = QCheckBox(self.tr("Held per job"))
        self.intensity_box.setToolTip(self.tr(
            "An intensity (a wage per job, a share of jobs, emissions per job): the futures weight "
            "it by the projected jobs instead of projecting it"))
        self.intensity_box.clicked.connect(self._set_intensity)
        filters.addWidget(self.intensity_box)
        filters.addWidget(self.count_label)

        self.model = ObservationTableModel(session, self)
        self.model.edit_value = self._edit_value
        self.table = QTableView()
        self.table.setModel(self.model)
        self.value_delegate = ValueDelegate(self.table)
        self.table.setItemDelegateForColumn(VALUE_COLUMN, self.value_delegate)
        self.entry_label = QLabel()  # what a typed value will store, or why it is refused
        self.entry_label.setWordWrap(True)
        self.value_delegate.sig_preview.connect(self._show_entry)
        self.model.sig_refused.connect(lambda reason: self._show_entry(False, reason))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 230, 110, 50, 95, 110, 70, 170, 200)):
            self.table.setColumnWidth(column, width)
        self.chart = None  # built after the first frame: pyqtgraph is slow to import
        self._chart_pending = False
        self._splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.entry_label)
        splitter.addWidget(table_box)
        splitter.addWidget(QLabel(self.tr("Loading the chart…")))
        splitter.setSizes([520, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._fill_filters()
        for box in (self.measure_box, self.region_box, self.industry_box, self.year_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        session.sig_observations_changed.connect(self._on_observations_changed)
        session.sig_classifications_changed.connect(self._fill_filters)
        self.apply_filter()
        if self.model.rowCount():
            self.table.selectRow(0)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.chart is None and not self._chart_pending:
            self._chart_pending = True
            QTimer.singleShot(0, self._build_chart)

    def _build_chart(self) -> None:
        from desktop_app.ui.data.series_chart import SeriesChart

        placeholder = self._splitter.widget(1)
        self.chart = SeriesChart()
        self._splitter.replaceWidget(1, self.chart)
        placeholder.deleteLater()
        self._on_selection()

    # --- filters ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        db = self.session.project.conn
        everything = self.tr("All")
        choices = (
            (self.measure_box, [(f"{m.name} ({m.unit})" if m.unit else m.name, m.id)
                                for m in measures.list_measures(db)], False),
            (self.region_box, [(f"{c.code} {c.name}", c.id)
                               for c in classifications.list_all(db, "region")], True),
            (self.industry_box, [(f"{c.code} {c.name}", c.id)
                                 for c in classifications.list_all(db, "industry")], True),
            (self.year_box, [(str(y), y) for y in store.years(db)], True),
        )
        for box, items, with_all in choices:
            box.blockSignals(True)
            previous = box.currentData()
            box.clear()
            if with_all or not items:
                box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            found = box.findData(previous)
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def current_filter(self) -> ObservationFilter:
        def one(box: QComboBox):
            value = box.currentData()
            return None if value is None else (value,)

        return ObservationFilter(measure_ids=one(self.measure_box), region_ids=one(self.region_box),
                                 industry_ids=one(self.industry_box), years=one(self.year_box))

    def apply_filter(self) -> None:
        self._show_intensity()
        self.model.set_filter(self.current_filter())
        self.count_label.setText(
            self.tr("{n} observations").format(n=in_locale(f"{self.model.rowCount():,}"))
        )
        self._on_selection()

    # --- edits -----------------------------------------------------------------------------
    def _show_intensity(self) -> None:
        """The chosen measure's kind; a project open for reading cannot change it."""
        chosen = self.measure_box.currentData()
        found = [m for m in measures.list_measures(self.session.db) if m.id == chosen]
        self.intensity_box.setChecked(bool(found) and found[0].intensity)
        self.intensity_box.setEnabled(bool(found) and not self.session.project.read_only)

    def _set_intensity(self, checked: bool) -> None:
        chosen = self.measure_box.currentData()
        if chosen is not None:
            self.session.undo_stack_for("data").push(
                SetIntensityCommand(self.session, chosen, checked, self._show_intensity))

    def _edit_value(self, observation_id: int, value: float | None, stored: float | None) -> bool:
        """Store a typed value (undoable); one that changes the stored value by a large factor
        is stored only when the user confirms it. Whether it was stored."""
        ratio = change_factor(stored, value)
        if ratio is not None:
            box = factor_question(self, stored, value, ratio)
            if box.exec() != QMessageBox.StandardButton.Yes:
                self._show_entry(True, self.tr("Not stored: {old} is kept.").format(
                    old=shown_number(stored)))
                return False
        self.session.undo_stack_for("data").push(EditValueCommand(self.session, observation_id, value))
        self._show_entry(True, self.tr("Stored {value}.").format(
            value=self.tr("no value") if value is None else shown_number(value)))
        return True

    def _show_entry(self, acceptable: bool, message: str) -> None:
        """Say what typed text stores (or why it is refused) under the table."""
        self.entry_label.setText(message)
        self.entry_label.setStyleSheet("" if acceptable else "color: #b00020;")
        if not acceptable:
            self.session.sig_status.emit(message)

    def _on_observations_changed(self, ids) -> None:
        if ids is None:
            self._fill_filters()
            self.apply_filter()
        else:
            self.model.invalidate_rows(ids)
            self._on_selection()

    # --- selection -> chart and inspector -----------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _on_selection(self, *_args) -> None:
        rows = self.selected_rows()
        if self.chart is not None:
            self._chart_rows(rows)
        if rows:
            self._inspect(rows[-1])

    def _chart_rows(self, rows: list[int]) -> None:
        """Chart the series (region x industry x measure) of the selected rows, once each."""
        db = self.session.project.conn
        series, seen, unit = [], set(), ""
        for row in rows:
            state = store.series_of(db, self.model.observation_id(row))
            if state is None or state in seen:
                continue
            seen.add(state)
            shown = self.model.observation(row)
            years, values = store.series(db, *state)
            series.append((f"{shown.region.split(' ')[0]} · {shown.industry.split(' ')[0]}",
                           years, values))
            unit = shown.unit
            if len(series) == MAX_SERIES:
                break
        self.chart.set_series(series, unit)

    def _inspect(self, row: int) -> None:
        shown = self.model.observation(row)
        earlier = store.history(self.session.project.conn, shown.id)
        flag, source, cell = self.tr("Flag"), self.tr("Source"), self.tr("Cell")
        place = (
            html.escape(f"{shown.sheet}!{shown.cell}") if shown.cell else self.tr("entered by hand")
        )
        lines = [f"<b>{html.escape(shown.region)}</b><br>{html.escape(shown.industry)}<br>",
                 f"{html.escape(shown.measure)}, {shown.year}: <b>"
                 f"{'—' if shown.value is None else shown_number(shown.value)}</b> "
                 f"{html.escape(shown.unit)}",
                 f"<br>{flag}: {html.escape(shown.flag or '—')}",
                 f"<br>{source}: {html.escape(shown.source or '')}",
                 f"<br>{cell}: {place}"]
        if earlier:
            lines.append("<hr><b>" + self.tr("Earlier values") + "</b><ul>")
            replaced = self.tr("replaced")
            for value, old_flag, old_source, changed_at in earlier:
                shown_value = "—" if value is None else shown_number(value)
                lines.append(f"<li>{shown_value} {html.escape(old_flag or '')} "
                             f"({html.escape(old_source or '')}, {replaced} {changed_at})</li>")
            lines.append("</ul>")
        self.session.sig_inspect.emit(self.tr("Observation"), "".join(lines))
