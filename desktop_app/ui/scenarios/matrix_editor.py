"""Cross-impact grid editor: one expert's judgements in descriptor blocks, typed from the keyboard.

Whole numbers on the study's stored scale (-3..+3 by default; ScenarioWizard studies use wider
ones), shown and set with a spin pair above the grid, are typed straight into a cell (``-2`` Enter), coloured by value (orange
restricts, blue promotes); the self-impact blocks on the diagonal are closed. Each cell can carry a comment.
Blocks copy to and paste from Excel as tab-separated text. Every change is one undoable command
on the session's stack.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.io.questionnaire import Descriptor, write_questionnaire
from desktop_app.services import scenario_files
from desktop_app.store import scenarios as store
from desktop_app.store.scenarios import Cell
from desktop_app.ui.scenarios.block_grid import BlockGridModel, BlockTable, VerticalHeader
from desktop_app.ui.scenarios.study_common import (
    CLOSED,
    StudyPage,
    StudySignals,
    ValueCommand,
    value_colour,
)
from desktop_app.ui.translated import error_message
from desktop_app.ui.widgets import add_buttons, ask_name, labelled

ZERO_TEXT = QColor("#9A9A9A")  # a 0 judgement, in grey
_CLOSED_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_OPEN_FLAGS = _CLOSED_FLAGS | Qt.ItemFlag.ItemIsEditable


def parse_judgement(text: str, scale: tuple[int, int]) -> int | None:
    """A typed or pasted judgement as an int on the low..high scale; '' is 0; else None."""
    text = text.strip().replace("\u2212", "-").lstrip("+")
    if not text:
        return 0
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    if not math.isfinite(value) or not value.is_integer() or not scale[0] <= value <= scale[1]:
        return None
    return int(value)


class CrossImpactModel(BlockGridModel):
    """One expert's N x N matrix; rows impact columns; self-impact blocks read-only."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.study: store.Study | None = None
        self.expert_id: int | None = None
        self.scale: tuple[int, int] = (-store.STANDARD_SCALE, store.STANDARD_SCALE)

    def load(self, study: store.Study | None, expert_id: int | None) -> None:
        self.beginResetModel()
        self.study, self.expert_id = study, expert_id
        if study is None or expert_id is None:
            self._take(None, None)
        else:
            self.scale = study.scale
            matrix = store.expert_matrix(self.session.db, study, expert_id)
            self._take(study, matrix.values, matrix.comments)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        value = self.cells[r][c]
        closed = self._closed[r][c]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if closed and value == 0:
                return ""
            return (
                f"{value:+g}"
                if value > 0 and role == Qt.ItemDataRole.DisplayRole
                else (f"{value:g}")
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if closed:
                return CLOSED
            return value_colour(value, self.scale[1] if value > 0 else -self.scale[0])
        if role == Qt.ItemDataRole.ForegroundRole and value == 0:
            return ZERO_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{self.labels[r]} → {self.labels[c]}: {value:+g}"
            if closed:
                text += "\n" + QCoreApplication.translate(
                    "CrossImpactModel", "Self-impact block: closed."
                )
            if (r, c) in self.comments:
                text += "\n" + self.comments[(r, c)]
            return text
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CLOSED_FLAGS if self.closed(index.row(), index.column()) else _OPEN_FLAGS

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self.closed(index.row(), index.column()):
            return False
        parsed = parse_judgement(str(value), self.scale)
        if parsed is None:
            self.session.sig_status.emit(
                QCoreApplication.translate(
                    "CrossImpactModel", "{value!r} is not a whole number from {low} to {high}."
                ).format(value=str(value), low=f"{self.scale[0]:+d}", high=f"{self.scale[1]:+d}")
            )
            return False
        r, c = index.row(), index.column()
        if parsed == self.values[r, c]:
            return False
        self.push_cells(
            [(r, c, parsed, self.comments.get((r, c), ""))],
            QCoreApplication.translate("CrossImpactModel", "Set {cell} to {value}").format(
                cell=f"{self.labels[r]} → {self.labels[c]}", value=parsed
            ),
        )
        return True

    def push_cells(self, changes: list[tuple[int, int, float, str]], text: str) -> None:
        """Set judgements (value and comment) of the expert; undo restores the exact old cells."""
        ids = self.study.variant_ids
        cells = [Cell(ids[r], ids[c], float(v), comment) for r, c, v, comment in changes]
        session, study_id, expert_id = self.session, self.study.id, self.expert_id
        old = store.get_cells(
            session.db, expert_id, [(c.source_variant_id, c.target_variant_id) for c in cells]
        )

        def write(cells: list[Cell]) -> None:
            store.set_cells(session.db, expert_id, cells)
            StudySignals.of(session).sig_study_changed.emit(study_id)

        session.undo_stack_for("scenarios").push(ValueCommand(text, write, old, cells))


class MatrixTable(BlockTable):
    """The grid: copy/paste of tab-separated blocks, Delete clears to 0."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.parent_editor.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.parent_editor.paste()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.state() == (
            QAbstractItemView.State.EditingState
        ):
            self.parent_editor.clear_selection()
        else:
            super().keyPressEvent(event)


class MatrixEditor(StudyPage):
    """Choose a study and an expert, then judge every pair of variants."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.expert_box = QComboBox()
        self.expert_box.setMinimumContentsLength(16)
        top = self.study_row()
        top.addWidget(labelled(self.tr("Expert"), self.expert_box))
        add_buttons(
            top,
            (
                (self.tr("Add expert…"), self._ask_expert),
                (self.tr("Questionnaire…"), self._ask_questionnaire),
                (self.tr("Import answers…"), self._ask_answers),
            ),
        )
        # the study's judgement scale: a spin pair, written when a box is left or Enter typed
        self.scale_low, self.scale_high = QSpinBox(), QSpinBox()
        self.scale_low.setRange(-99, -1)
        self.scale_high.setRange(1, 99)
        self.scale_high.setPrefix("+")
        scale_box = QWidget()
        scale_layout = QHBoxLayout(scale_box)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        scale_layout.addWidget(self.scale_low)
        scale_layout.addWidget(QLabel(".."))
        scale_layout.addWidget(self.scale_high)
        top.addWidget(labelled(self.tr("Scale"), scale_box))
        for spin in (self.scale_low, self.scale_high):
            spin.setToolTip(self.tr("The whole numbers a judgement of this study may take"))
            spin.editingFinished.connect(self._scale_entered)

        self.model = CrossImpactModel(session, self)
        self.table = MatrixTable()
        self.table.parent_editor = self
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setHorizontalHeader(VerticalHeader(self.table))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().currentChanged.connect(self._show_current)

        self.cell_label = QLabel()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment on this judgement (Enter saves)"))
        self.comment.returnPressed.connect(self.save_comment)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.self_impact = QLabel()
        self.self_impact.setWordWrap(True)
        self.self_impact.setStyleSheet("color: #A14B00;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.cell_label)
        bottom.addWidget(self.comment, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.legend)
        layout.addWidget(self.self_impact)

        self.expert_box.currentIndexChanged.connect(lambda _i: self._load_matrix())
        self.follow_study()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.load_study()
        expert = self.expert_box.currentData()
        self.expert_box.blockSignals(True)
        self.expert_box.clear()
        for e in self.study.experts if self.study else ():
            self.expert_box.addItem(e.name, e.id)
        index = self.expert_box.findData(expert)
        self.expert_box.setCurrentIndex(index if index >= 0 else 0)
        self.expert_box.blockSignals(False)
        self._load_matrix()

    def _load_matrix(self) -> None:
        current = self.table.currentIndex()
        expert_id = self.expert_box.currentData()
        self.model.load(self.study, expert_id)
        self._show_scale()
        self.legend.setText(self._legend_text())
        self.table.horizontalHeader().updateGeometry()
        self.self_impact.setText(self._self_impact_text())
        self.self_impact.setVisible(bool(self.self_impact.text()))
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        if self.study is not None and expert_id is None:
            self.cell_label.setText(self.tr("Add an expert to enter judgements."))

    def _show_scale(self) -> None:
        low, high = self.model.scale
        for spin, value in ((self.scale_low, low), (self.scale_high, high)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.setEnabled(self.study is not None)
            spin.blockSignals(False)

    def _scale_entered(self) -> bool:
        """Store the spin pair's scale (undoable); refused when judgements lie outside it."""
        if self.study is None:
            return False
        old, new = self.study.scale, (self.scale_low.value(), self.scale_high.value())
        if new == old:
            return False
        study_id = self.study.id
        try:
            store.check_study_scale(self.session.db, study_id, new)
        except store.StudyError as error:
            self._show_scale()
            return self.refuse(error_message(error))

        def write(scale: tuple[int, int]) -> None:
            store.set_study_scale(self.session.db, study_id, scale)
            StudySignals.of(self.session).sig_study_changed.emit(study_id)

        command = ValueCommand(
            self.tr("Set the scale to {low}..{high}").format(
                low=f"{new[0]:+d}", high=f"{new[1]:+d}"),
            write, old, new,
        )
        self.session.undo_stack_for("scenarios").push(command)
        return True

    def _legend_text(self) -> str:
        low, high = self.model.scale
        scale = self.tr("Type {low}..{high} in a cell (the study's scale)").format(
            low=f"{low:+d}", high=f"{high:+d}")
        return self.tr(
            "Row impacts column. {scale}; orange restricts, blue promotes; grey blocks (a "
            "descriptor on itself) are closed. Ctrl+C / Ctrl+V copy and paste blocks with Excel; "
            "Delete sets 0; Ctrl+Z undoes."
        ).format(scale=scale)

    def _self_impact_text(self) -> str:
        """Names the descriptors whose closed self-impact block still holds non-zero values."""
        if self.study is None or not len(self.model.values):
            return ""
        owner = self.model.owner
        same = owner[:, None] == owner[None, :]
        names = [
            self.study.descriptors[j].name
            for j in sorted(
                {int(owner[r]) for r, _c in np.argwhere(same & (self.model.values != 0))}
            )
        ]
        if not names:
            return ""
        return self.tr(
            "The self-impact block of {names} is not zero (as stored in the imported "
            "file). Its values are counted in every impact balance, as ScenarioWizard "
            "does; the block stays closed here."
        ).format(names=", ".join(names))

    def _show_current(self, current, _previous=None) -> None:
        if not current.isValid():
            self.cell_label.clear()
            return
        r, c = current.row(), current.column()
        self.cell_label.setText(f"{self.model.labels[r]} → {self.model.labels[c]}")
        self.comment.setText(self.model.comments.get((r, c), ""))
        self.comment.setEnabled(not self.model.closed(r, c))

    # -- editing ------------------------------------------------------------------------------

    def set_value(self, row: int, col: int, text: str) -> bool:
        """Type ``text`` into a cell (as the keyboard does)."""
        return self.model.setData(self.model.index(row, col), text)

    def save_comment(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or self.model.closed(current.row(), current.column()):
            return
        r, c = current.row(), current.column()
        text = self.comment.text().strip()
        if text == self.model.comments.get((r, c), ""):
            return
        self.model.push_cells(
            [(r, c, self.model.values[r, c], text)],
            self.tr("Comment on {cell}").format(
                cell=f"{self.model.labels[r]} → {self.model.labels[c]}"
            ),
        )

    def _selection_box(self) -> tuple[int, int, int, int] | None:
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            current = self.table.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        return min(rows), min(cols), max(rows), max(cols)

    def copy_selection(self) -> str:
        """Put the selected block on the clipboard as tab-separated values (Excel's format)."""
        box = self._selection_box()
        if box is None:
            return ""
        r0, c0, r1, c1 = box
        lines = []
        for r in range(r0, r1 + 1):
            cells = []
            for c in range(c0, c1 + 1):
                v = self.model.values[r, c]
                cells.append("" if self.model.closed(r, c) and v == 0 else f"{v:g}")
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> bool:
        """Paste a tab-separated block at the current cell; refused whole if any value is bad."""
        if self.model.expert_id is None:
            return False
        text = QGuiApplication.clipboard().text() if text is None else text
        rows = [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]
        box = self._selection_box()
        r0, c0 = (box[0], box[1]) if box else (0, 0)
        n = self.model.rowCount()
        changes, skipped = [], 0
        for dr, cells in enumerate(rows):
            for dc, raw in enumerate(cells):
                r, c = r0 + dr, c0 + dc
                if r >= n or c >= n:
                    return self.refuse(
                        self.tr("The block does not fit: it reaches past the last variant.")
                    )
                if self.model.closed(r, c):
                    skipped += 1
                    continue
                value = parse_judgement(raw, self.model.scale)
                if value is None:
                    return self.refuse(
                        self.tr(
                            "{value!r} for {cell} is not a whole number from {low} to {high}; "
                            "nothing was pasted."
                        ).format(
                            value=raw.strip(),
                            low=f"{self.model.scale[0]:+d}",
                            high=f"{self.model.scale[1]:+d}",
                            cell=f"{self.model.labels[r]} → {self.model.labels[c]}",
                        )
                    )
                if value != self.model.values[r, c]:
                    changes.append((r, c, value, self.model.comments.get((r, c), "")))
        if changes:
            self.model.push_cells(changes, self.tr("Paste {n} judgements").format(n=len(changes)))
        if skipped:
            self.session.sig_status.emit(
                self.tr(
                    "{n} value(s) on self-impact blocks were left out (the blocks are closed)."
                ).format(n=skipped)
            )
        return True

    def warning_title(self) -> str:
        return self.tr("Cross impacts")

    def clear_selection(self) -> None:
        box = self._selection_box()
        if box is None or self.model.expert_id is None:
            return
        r0, c0, r1, c1 = box
        changes = [
            (r, c, 0, self.model.comments.get((r, c), ""))
            for r in range(r0, r1 + 1)
            for c in range(c0, c1 + 1)
            if not self.model.closed(r, c) and self.model.values[r, c] != 0
        ]
        if changes:
            self.model.push_cells(changes, self.tr("Clear {n} judgements").format(n=len(changes)))

    # -- experts and questionnaires --------------------------------------------------------

    def add_expert(self, name: str) -> bool:
        study_id = self.study.id if self.study else None
        if not self.push_edit(
            self.tr("Add expert {name}").format(name=name),
            lambda db: store.add_expert(db, study_id, name),
        ):
            return False
        self.expert_box.setCurrentIndex(self.expert_box.findText(name.strip()))
        return True

    def write_questionnaire(self, path: str | Path, expert: str) -> int:
        """An Excel questionnaire for ``expert``, prefilled with the current matrix."""
        descriptors = [
            Descriptor(d.name, tuple(v.name for v in d.variants), d.definition)
            for d in self.study.descriptors
        ]
        prefill = self.model.values if self.model.expert_id is not None else None
        return write_questionnaire(
            path, self.study.name, expert, descriptors, prefill, self.study.scale
        )

    def import_answers(self, path: str | Path) -> bool:
        """Take a returned questionnaire in as its expert's matrix (undoable)."""
        if self.study is None:
            return False
        study = self.study
        result: list = []

        def apply(db) -> None:
            result.append(scenario_files.import_questionnaire(db, study, path))

        if not self.push_edit(
            self.tr("Import answers from {file}").format(file=Path(path).name), apply
        ):
            return False
        imported = result[0]
        index = self.expert_box.findData(imported.expert_id)
        if index >= 0:
            self.expert_box.setCurrentIndex(index)
        if imported.notes:
            self.session.sig_status.emit(" ".join(imported.notes))
        return True

    def _ask_expert(self) -> None:
        name = ask_name(self, self.tr("Add expert"), self.tr("Expert's name"))
        if name is not None:
            self.add_expert(name)

    def _ask_questionnaire(self) -> None:
        if self.study is None or not self.study.descriptors:
            return
        expert = ask_name(self, self.tr("Questionnaire"), self.tr("For which expert?"))
        if expert is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save questionnaire"),
            f"{self.study.name} - {expert}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if path:
            n = self.write_questionnaire(path, expert.strip())
            self.session.sig_status.emit(
                self.tr("Questionnaire with {n} pairs written.").format(n=n)
            )

    def _ask_answers(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an expert's answers"), "", self.tr("Excel (*.xlsx *.xls *.ods)")
        )
        if path:
            self.import_answers(path)
