"""Solve a study and work with its scenarios: tableau, comparison, names and "why it holds".

The tableau lists the study's stored scenarios (descriptors as columns, one colour per variant
position); solving runs as a background task with progress and cancel and stores the result,
keeping the names and narratives of scenarios found again. Selecting a scenario shows, for every
descriptor, the balance of each variant as bars with the chosen one marked and a sentence on
which descriptors push it there; selecting several compares them side by side. Once the list is
shown, how sure each scenario is follows in the background (seeded): the share of perturbed
matrices in which it stays consistent (robust) and of random starts that settle in it (volume
weight), with the sample sizes in the column headers' tooltips and the line above the "why".
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import cib
from desktop_app.services import scenarios as service
from desktop_app.store import scenarios as store
from desktop_app.ui.errors import error_text
from desktop_app.ui.number_format import Kind, format_number
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.scenarios.solve_view_colours import variant_colour
from desktop_app.ui.scenarios.study_common import StudyPage, ValueCommand
from desktop_app.ui.scenarios.succession_panel import SuccessionPanel
from desktop_app.ui.translated import error_message, translated
from desktop_app.ui.widgets import labelled

_ROOT = QModelIndex()
#: The task that weighs the listed scenarios (its own key: a solve does not cancel it, nor it a solve).
_CERTAINTY_TASK = "scenarios-certainty"


class ScenarioTableModel(QAbstractTableModel):
    """Stored scenarios as rows: name (editable), TIS, IC, experts, robust, volume weight, then
    one column per descriptor."""

    FIXED = 6  # name, TIS, IC, experts, robust, volume weight
    ROBUST, VOLUME = 4, 5

    def __init__(self, view: ScenarioSolveView) -> None:
        super().__init__(view)
        self._view = view
        self.study: store.Study | None = None
        self.rows: list[store.SavedScenario] = []
        self.robustness: dict[tuple[int, ...], str] = {}
        #: How sure each listed scenario is, by its variants (None until computed).
        self.certainty: service.ScenarioCertainty | None = None
        self.certainty_rows: dict[tuple[int, ...], int] = {}

    def reset(self, study, rows) -> None:
        self.beginResetModel()
        self.study, self.rows = study, rows
        self.endResetModel()

    def set_certainty(self, certainty, scenarios) -> None:
        """Show ``certainty`` (computed for ``scenarios``, in order) in the two columns."""
        self.certainty = certainty
        self.certainty_rows = {tuple(z): k for k, z in enumerate(scenarios)}
        if self.rows:  # no rows: no valid index to name
            last = len(self.rows) - 1
            self.dataChanged.emit(self.index(0, self.ROBUST), self.index(last, self.VOLUME))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.ROBUST, self.VOLUME)

    def certainty_of(self, variants) -> tuple[cib.ScenarioRobustness | None, float] | None:
        """Robustness (None when not consistent) and volume weight of a listed scenario."""
        k = self.certainty_rows.get(tuple(variants))
        if self.certainty is None or k is None:
            return None
        return self.certainty.robustness[k], float(self.certainty.weights.shares[k])

    def _certainty_text(self, row, col) -> str:
        known = self.certainty_of(row.variants)
        if known is None:
            return ""
        robust, share = known
        if col == self.VOLUME:
            return format_number(share, Kind.SHARE)
        return format_number(robust.share, Kind.SHARE) if robust is not None else "–"

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.study is None:
            return 0
        return self.FIXED + len(self.study.descriptors)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._header_tip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section < self.FIXED:
            return (
                self.tr("Name"),
                self.tr("TIS"),
                self.tr("IC"),
                self.tr("Experts"),
                self.tr("Robust"),
                self.tr("Volume weight"),
            )[section]
        return self.study.descriptors[section - self.FIXED].name

    def _header_tip(self, section) -> str | None:
        sure = self.certainty
        if section == self.ROBUST:
            if sure is None:
                return self.tr("Share of perturbed matrices in which the scenario stays consistent")
            return self.tr(
                "Share of {0} perturbed matrices (every judgement moved by -1, 0 or +1, seed {1}) "
                "in which the scenario stays consistent; – for a scenario that is not consistent"
            ).format(format_number(sure.draws, Kind.COUNT), sure.seed)
        if section == self.VOLUME:
            if sure is None:
                return self.tr("Share of random starts whose succession ends in the scenario")
            return self.tr(
                "Share of {0} random starts (seed {1}) whose succession ends in the scenario; "
                "{2} of them cycle and end in none"
            ).format(
                format_number(sure.starts, Kind.COUNT),
                sure.seed,
                format_number(sure.weights.cycling, Kind.COUNT),
            )
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if col >= self.FIXED:
            j = col - self.FIXED
            position = row.variants[j]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.study.descriptors[j].variants[position].name
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(variant_colour(position))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Variant {0} of {1}").format(
                    position + 1, len(self.study.descriptors[j].variants)
                )
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return row.name
            if col == 1:
                return "" if row.tis is None else in_locale(f"{row.tis:g}")
            if col == 2:
                return "" if row.ic is None else in_locale(f"{row.ic:g}")
            if col in (self.ROBUST, self.VOLUME):
                return self._certainty_text(row, col)
            return self.robustness.get(row.variants, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= col < self.FIXED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and row.narrative:
            return row.narrative
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        row = self.rows[index.row()]
        if str(value) != row.name:
            self._view.rename(row, str(value), row.narrative)
        return True


class BalanceBars(QWidget):
    """For each descriptor: its variants' impact balances as bars, the chosen one marked."""

    ROW = 16
    GAP = 50  # title line and two lines of explanation
    SOURCES = 4  # descriptors shown as pushing towards / away from the chosen variant

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: cib.CrossImpactMatrix | None = None
        self.items: list[cib.DescriptorExplanation] = []
        self.texts: list[str] = []
        self.placeholder = self.tr("Select a scenario.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_scenario(self, matrix, scenario) -> None:
        self.matrix = matrix
        self.items = cib.explain(matrix, scenario) if matrix is not None else []
        self.texts = [translated(cib.explanation_text(matrix, item)) for item in self.items]
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _sources(self, item) -> list[int]:
        """The descriptors that tip the balance most (either way), strongest first."""
        edge = item.edge
        order = [int(i) for i in np.argsort(-np.abs(edge), kind="stable") if edge[i] != 0]
        return order[: self.SOURCES]

    def _height(self) -> int:
        return (
            sum(
                self.GAP + self.ROW * (len(item.balances) + len(self._sources(item)) + 1)
                for item in self.items
            )
            + 8
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, max(120, self._height()))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.items:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            return
        width = self.width()
        label_w = min(180, width // 3)
        bar_x0 = label_w + 8
        bar_w = max(60, width - bar_x0 - 50)
        span = max(1.0, max(float(np.abs(i.balances).max()) for i in self.items))
        zero_x = bar_x0 + bar_w / 2
        scale = (bar_w / 2) / span
        bold = QFont(self.font())
        bold.setBold(True)
        y = 4
        for item, text in zip(self.items, self.texts, strict=True):
            name = self.matrix.descriptors[item.descriptor]
            painter.setFont(bold)
            ok = item.margin >= 0
            if item.margin > 0:
                verdict = self.tr("holds by {0:g}").format(item.margin)
            elif ok:
                verdict = self.tr("holds, tied with another variant")
            else:
                verdict = self.tr("does not hold: short by {0:g}").format(-item.margin)
            painter.setPen(QColor("#000000"))
            painter.drawText(4, y + 12, f"{name}  ({verdict})")
            painter.setFont(self.font())
            painter.setPen(QColor("#555555"))
            metrics = painter.fontMetrics()
            painter.drawText(
                QRectF(4, y + 16, width - 8, self.GAP - 16),
                int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
                text,
            )
            y += self.GAP - 4
            for v, value in enumerate(item.balances):
                chosen = v == item.chosen
                painter.setPen(QColor("#000000"))
                painter.setFont(bold if chosen else self.font())
                label = self.matrix.variants[item.descriptor][v]
                painter.drawText(
                    QRectF(4, y, label_w, self.ROW),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4),
                )
                length = float(value) * scale
                rect = QRectF(min(zero_x, zero_x + length), y + 3, abs(length), self.ROW - 6)
                colour = QColor("#0072B2") if chosen else QColor("#BBBBBB")
                painter.fillRect(rect, colour)
                painter.setPen(QColor("#333333"))
                painter.drawText(
                    QRectF(bar_x0 + bar_w + 4, y, 46, self.ROW),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{float(value):g}",
                )
                y += self.ROW
            sources = self._sources(item)
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
            painter.setFont(small)
            runner = self.matrix.variants[item.descriptor][item.runner_up]
            if sources:
                painter.setPen(QColor("#555555"))
                caption = self.tr("what tips it towards {0!r} (+) or {1!r} (-):").format(
                    self.matrix.variants[item.descriptor][item.chosen], runner
                )
                painter.drawText(
                    QRectF(4, y, width - 8, self.ROW),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    caption,
                )
                y += self.ROW
            for i in sources:
                value = float(item.edge[i])
                painter.setPen(QColor("#555555"))
                label = self.matrix.descriptors[i]
                painter.drawText(
                    QRectF(4, y, label_w, self.ROW),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4),
                )
                length = value * scale
                rect = QRectF(min(zero_x, zero_x + length), y + 5, abs(length), self.ROW - 10)
                painter.fillRect(rect, QColor("#56B4E9") if value > 0 else QColor("#E69F00"))
                painter.drawText(
                    QRectF(bar_x0 + bar_w + 4, y, 46, self.ROW),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{value:+g}",
                )
                y += self.ROW
            painter.setPen(QPen(QColor("#888888"), 1))
            top = y - self.ROW * (len(item.balances) + len(sources) + bool(sources))
            painter.drawLine(int(zero_x), top, int(zero_x), y)
            y += 4
        painter.end()


class ScenarioSolveView(StudyPage):
    """Solve the study, list its scenarios, compare them and explain why each holds."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.loaded: service.LoadedStudy | None = None
        self.last_note = ""
        self._certainty_of = None  # what the robust / volume weight columns were computed for
        self._certainty_note = ""  # why they are empty: being computed, stopped or failed

        self.max_ic = QSpinBox()
        self.max_ic.setRange(0, 50)
        self.max_ic.setToolTip(
            self.tr("0: consistent scenarios only; k: also those with inconsistency up to k")
        )
        self.solve_button = QPushButton(self.tr("Find scenarios"))
        self.ensemble_button = QPushButton(self.tr("Robustness across experts"))
        top = self.study_row()
        top.addWidget(labelled(self.tr("Inconsistency up to:"), self.max_ic))
        top.addWidget(self.solve_button)
        top.addWidget(self.ensemble_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = ScenarioTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # sized to the contents when the list or its columns change, not on every change of
        # a cell (with ResizeToContents each one measured every cell again)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.bars = BalanceBars()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.bars)
        self.certainty_line = QLabel()
        self.certainty_line.setWordWrap(True)
        why = QWidget()
        wlay = QVBoxLayout(why)
        wlay.setContentsMargins(0, 0, 0, 0)
        wlay.addWidget(self.certainty_line)
        wlay.addWidget(scroll, 1)

        self.compare = QTableWidget()
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Scenario name"))
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setPlaceholderText(
            self.tr("What this future looks like, in a few sentences.")
        )
        save = QPushButton(self.tr("Save name and narrative"))
        save.clicked.connect(self._save_text)
        narrative = QWidget()
        nlay = QVBoxLayout(narrative)
        nlay.addWidget(self.name_edit)
        nlay.addWidget(self.narrative_edit, 1)
        nlay.addWidget(save)

        self.tabs = QTabWidget()
        self.tabs.addTab(why, self.tr("Why it holds"))
        self.tabs.addTab(self.compare, self.tr("Compare"))
        self.tabs.addTab(narrative, self.tr("Name and narrative"))
        self.succession = SuccessionPanel()
        self.tabs.addTab(self.succession, self.tr("Succession"))

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.solve_button.clicked.connect(self.solve)
        self.ensemble_button.clicked.connect(self.run_ensemble)
        self.follow_study(when_shown=True)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.load_study() is None:
            self.loaded = None
            self.succession.set_study(None)
            self.model.reset(None, [])
            self.summary.setText(self.tr("No scenario study yet: create or import one."))
            self._selected()
            return
        try:
            self.loaded = service.load_project_study(self.session.db, self.study.id)
        except ValueError as error:
            self.loaded = None
            self.summary.setText(error_message(error))
        self.succession.set_study(self.loaded.matrix if self.loaded is not None else None)
        rows = store.list_scenarios(self.session.db, self.study)
        keep = [r.id for r in self.selected_rows()]
        self.model.reset(self.study, rows)
        self.table.resizeColumnsToContents()
        for k, row in enumerate(rows):
            if row.id in keep:
                self.table.selectRow(k)
        if rows and not self.selected_rows():
            self.table.selectRow(0)
        if self.loaded is not None:
            m = self.loaded.matrix
            text = self.tr("{0} descriptors, {1} combinations, {2} stored scenarios.").format(
                len(m.descriptors), in_locale(f"{m.n_combinations:,}"), len(rows)
            )
            notes = [*self.loaded.notes, self.last_note]
            self.summary.setText(" ".join([text, *(f"{n[0].upper()}{n[1:]}." for n in notes if n)]))
            self.bars.placeholder = (
                self.tr("Select a scenario.")
                if rows
                else self.tr("No scenarios stored yet: press “Find scenarios”.")
            )
            self._weigh(rows)
        self._selected()

    def selected_rows(self) -> list[store.SavedScenario]:
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[k] for k in picked if k < len(self.model.rows)]

    def _weigh(self, rows) -> None:
        """Robustness and volume weight of the listed scenarios, in the background, once per
        list and matrix (renaming a scenario does not start it again)."""
        matrix = self.loaded.matrix
        scenarios = np.array([r.variants for r in rows], dtype=np.int64).reshape(
            -1, len(matrix.descriptors)
        )
        ic = np.array([np.inf if r.ic is None else r.ic for r in rows])
        wanted = (hash(matrix.values.tobytes()), scenarios.tobytes(), ic.tobytes())
        if wanted == self._certainty_of:
            return
        self._certainty_of = wanted
        self._certainty_note = self.tr("Robustness and volume weight: being computed…")
        self.model.set_certainty(None, [])
        if not len(scenarios):
            return

        def run(progress):
            return service.scenario_certainty(matrix, scenarios, ic, progress=progress)

        def done(sure: service.ScenarioCertainty) -> None:
            self.model.set_certainty(sure, scenarios.tolist())
            for column in (self.model.ROBUST, self.model.VOLUME):
                self.table.resizeColumnToContents(column)
            self._selected()

        def stopped(error=None) -> None:
            self._certainty_of = None  # the next reload tries again
            self._certainty_note = (
                self.tr("Robustness and volume weight: stopped.")
                if error is None
                else error_text(error)
            )
            self._selected()

        self.session.tasks.start(
            self.tr("Weighing the scenarios"), run, done, stopped, stopped, key=_CERTAINTY_TASK
        )

    def _certainty_text(self, row: store.SavedScenario) -> str:
        """The line above the "why": how sure this scenario is, with the sample sizes."""
        known = self.model.certainty_of(row.variants)
        if known is None:
            return self._certainty_note
        robust, share = known
        sure, matrix = self.model.certainty, self.loaded.matrix
        starts = self.tr(
            "Volume weight {0}: the share of {1} random starts whose succession ends here."
        ).format(format_number(share, Kind.SHARE), format_number(sure.starts, Kind.COUNT))
        if robust is None:
            return " ".join([self.tr("Not consistent: no robustness."), starts])
        lines = [
            self.tr("Robust {0}: consistent in {1} of {2} perturbed matrices.").format(
                format_number(robust.share, Kind.SHARE),
                format_number(robust.kept, Kind.COUNT),
                format_number(robust.draws, Kind.COUNT),
            )
        ]
        ties = sorted({matrix.descriptors[h.descriptor] for h in robust.hinges})
        if ties:
            lines.append(
                self.tr("One judgement moved by a step removes it (a tie on {0}).").format(
                    ", ".join(ties)
                )
            )
        return " ".join([*lines, starts])

    # -- actions ---------------------------------------------------------------------------
    def solve(self) -> None:
        if self.study is None:
            return
        study_id, max_ic = self.study.id, self.max_ic.value()
        project = self.session.project

        def run(progress):
            with project.connection() as db:
                _loaded, result = service.solve_project_study(db, study_id, max_ic, progress)
            return result

        self.solve_button.setEnabled(False)
        self.session.tasks.start(
            self.tr("Finding scenarios"),
            run,
            on_done=self._solved,
            on_error=self._failed,
            on_cancelled=lambda: self._failed(None),
            key="scenarios-solve",
        )

    def _solved(self, result: cib.SolveResult) -> None:
        self.solve_button.setEnabled(True)
        self.last_note = result.note
        self.model.robustness = {}
        self.reload()
        self.signals.sig_study_changed.emit(self.study.id if self.study else -1)

    def _failed(self, error) -> None:
        self.solve_button.setEnabled(True)
        self.summary.setText(
            self.tr("Stopped; the stored scenarios are unchanged.") if error is None else error_text(error)
        )

    def run_ensemble(self) -> None:
        if self.loaded is None or not self.loaded.experts:
            return
        matrix, experts = self.loaded.matrix, [v for _, v in self.loaded.experts]
        max_ic = self.max_ic.value()

        def run(progress):
            def callback(fraction):
                progress.report(fraction, self.tr("Solving each expert's matrix"))
                progress.check()

            return cib.ensemble(matrix, experts, max_ic, callback=callback)

        def done(result: cib.EnsembleResult) -> None:
            total = len(experts)
            self.model.robustness = {
                tuple(int(v) for v in z): f"{int(n)}/{total}"
                for z, n in zip(result.scenarios, result.robustness, strict=True)
            }
            for row in self.model.rows:
                self.model.robustness.setdefault(row.variants, f"0/{total}")
            if self.model.rows:
                self.model.dataChanged.emit(
                    self.model.index(0, 3), self.model.index(len(self.model.rows) - 1, 3)
                )
            held = int((result.robustness == total).sum())
            self.summary.setText(
                self.tr(
                    "{0} scenarios hold under at least one expert's matrix, {1} under all {2}."
                ).format(len(result.scenarios), held, total)
            )

        self.session.tasks.start(
            self.tr("Robustness across experts"),
            run,
            on_done=done,
            on_error=lambda e: self.summary.setText(error_text(e)),
            key="scenarios-solve",
        )

    def rename(self, row: store.SavedScenario, name: str, narrative: str) -> None:
        """Give a scenario a name and narrative; undo restores the old ones."""
        scenario_id = row.id

        def write(texts: tuple[str, str]) -> None:
            store.update_scenario(self.session.db, scenario_id, name=texts[0], narrative=texts[1])
            self.reload()

        self.session.undo_stack_for("scenarios").push(
            ValueCommand(
                self.tr("Name scenario"), write, (row.name, row.narrative), (name, narrative)
            )
        )

    def _save_text(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.rename(rows[0], self.name_edit.text().strip(), self.narrative_edit.toPlainText())

    # -- selection -------------------------------------------------------------------------
    def _selected(self, *_args) -> None:
        rows = self.selected_rows()
        matrix = self.loaded.matrix if self.loaded is not None else None
        if rows and matrix is not None:
            self.bars.show_scenario(matrix, rows[0].variants)
            self.succession.set_start(rows[0].variants)
            self.certainty_line.setText(self._certainty_text(rows[0]))
        else:
            self.bars.show_scenario(None, None)
            self.certainty_line.clear()
        single = rows[0] if len(rows) == 1 else None
        self.name_edit.setText(single.name if single else "")
        self.narrative_edit.setPlainText(single.narrative if single else "")
        self.name_edit.setEnabled(single is not None)
        self.narrative_edit.setEnabled(single is not None)
        self._fill_compare(rows)

    def _fill_compare(self, rows) -> None:
        self.compare.clear()
        if self.study is None or not rows:
            self.compare.setRowCount(0)
            self.compare.setColumnCount(0)
            return
        descriptors = self.study.descriptors
        self.compare.setRowCount(len(descriptors) + 1)
        self.compare.setColumnCount(len(rows))
        self.compare.setVerticalHeaderLabels([self.tr("TIS"), *(d.name for d in descriptors)])
        self.compare.setHorizontalHeaderLabels(
            [r.name or self.tr("Scenario {0}").format(self.model.rows.index(r) + 1) for r in rows]
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for c, row in enumerate(rows):
            self.compare.setItem(0, c, QTableWidgetItem("" if row.tis is None else f"{row.tis:g}"))
            for j, d in enumerate(descriptors):
                position = row.variants[j]
                item = QTableWidgetItem(d.variants[position].name)
                item.setBackground(variant_colour(position))
                if c > 0 and position != rows[0].variants[j]:
                    item.setFont(bold)
                    item.setToolTip(self.tr("Differs from the first selected scenario"))
                self.compare.setItem(j + 1, c, item)
        self.compare.resizeColumnsToContents()
