"""The policy options register: a grid of options and a grid of their effects in one study.

The upper grid has a row per option (name, instrument, targets, cost, start year, time to
effect, owner) and an empty last row that adds one; targets are written as in the options
workbook (``industry:B-E; Machining; IHK ...``). The lower grid has a row per option and a
column per descriptor variant and per scenario of the chosen study, for the chosen outcome: a
cell holds ``low / mode / high`` or one number. Blocks paste from Excel (tab-separated); every
edit, paste or import is one undoable step, refused whole when one cell is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.io.cells import parse_number
from desktop_app.io.policy_workbook import read_options_workbook, write_options_workbook
from desktop_app.services.policy_options import (
    find_targets,
    store_workbook_options,
    workbook_rows,
)
from desktop_app.store import policy_options as store
from desktop_app.store.scenarios import list_scenarios
from desktop_app.ui.policy.options_common import OptionSignals, RegisterCommand
from desktop_app.ui.scenarios.futures_view import effect_text, parse_effect
from desktop_app.ui.scenarios.study_common import StudyPage
from desktop_app.ui.translated import error_message

#: Columns of the register grid: (field, header).
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("OptionsRegisterView", "Option")),
    ("instrument", QT_TRANSLATE_NOOP("OptionsRegisterView", "Instrument")),
    ("targets", QT_TRANSLATE_NOOP("OptionsRegisterView", "Targets")),
    ("cost", QT_TRANSLATE_NOOP("OptionsRegisterView", "Cost")),
    ("start_year", QT_TRANSLATE_NOOP("OptionsRegisterView", "Start year")),
    ("time_to_effect", QT_TRANSLATE_NOOP("OptionsRegisterView", "Years to effect")),
    ("owner", QT_TRANSLATE_NOOP("OptionsRegisterView", "Owner")),
)
_NUMBERS = ("cost", "start_year", "time_to_effect")


def field_value(field: str, text: str):
    """The stored value of a typed cell; ValueError says why a number is not one."""
    text = text.strip()
    if field not in _NUMBERS:
        return text
    if not text:
        return None
    number = parse_number(text)
    if number is None:
        raise ValueError(f"{text!r} is not a number")
    return int(number) if field == "start_year" and float(number).is_integer() else number


class OptionsRegisterView(StudyPage):
    """Edit the options, their targets and their effects in the chosen study."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self._filling = False
        self.options: list[store.PolicyOption] = []
        self.outcome = QComboBox()
        top = self.study_row()
        top.addWidget(QLabel(self.tr("Effects on")))
        top.addWidget(self.outcome)
        self.grid = QTableWidget()
        self.grid.setColumnCount(len(COLUMNS))
        self.grid.setHorizontalHeaderLabels([self.tr(h) for _, h in COLUMNS])
        self.grid.itemChanged.connect(self._grid_edited)
        self.grid.installEventFilter(self)
        self.effects = QTableWidget()
        self.effects.itemChanged.connect(self._effect_edited)
        self.effects.installEventFilter(self)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete option"))
        self.delete_button.clicked.connect(self._delete_current)
        self.import_button = QPushButton(self.tr("Import options workbook..."))
        self.import_button.setToolTip(self.tr(
            "Sheets Options (option, instrument, target, cost ...) and Option effects (option, "
            "scenario, descriptor, variant, outcome, low, mode, high)"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("Export options workbook..."))
        self.export_button.clicked.connect(self._choose_export)
        for button in (self.delete_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget()
        llay = QVBoxLayout(lower)
        llay.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr(
            "Effect of each option under a variant or in a scenario (a scenario's own entry "
            "replaces its variants'): one number, or low / mode / high. Paste blocks from Excel."))
        hint.setWordWrap(True)
        llay.addWidget(hint)
        llay.addWidget(self.effects, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.outcome.currentIndexChanged.connect(lambda _i: self._fill_effects())
        OptionSignals.of(session).sig_register_changed.connect(self.reload)
        self.follow_study()

    def warning_title(self) -> str:
        return self.tr("Policy options")

    # -- filling ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.load_study()
        db = self.session.db
        current = self.outcome.currentText()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for outcome in store.list_outcomes(db):
            self.outcome.addItem(outcome.name)
        self.outcome.setCurrentIndex(max(0, self.outcome.findText(current)))
        self.outcome.blockSignals(False)
        self.options = store.list_options(db)
        targets: dict[int, list[str]] = {}
        for option_id, t in store.targets_by_option(db):
            targets.setdefault(option_id, []).append(f"{t.kind}:{t.name}")
        self._filling = True
        try:
            self.grid.setRowCount(len(self.options) + 1)
            for r, option in enumerate([*self.options, None]):
                for c, (field, _) in enumerate(COLUMNS):
                    if option is None:
                        text = ""
                    elif field == "targets":
                        text = "; ".join(targets.get(option.id, []))
                    else:
                        value = getattr(option, field)
                        text = "" if value is None else (
                            f"{value:g}" if isinstance(value, float) else str(value))
                    self.grid.setItem(r, c, QTableWidgetItem(text))
            self.grid.setVerticalHeaderLabels([*(str(k + 1) for k in range(len(self.options))),
                                               self.tr("new")])
            self.grid.resizeColumnsToContents()
            self.grid.setColumnWidth(2, min(self.grid.columnWidth(2), 360))
        finally:
            self._filling = False
        self._fill_effects()

    def _columns(self) -> list[tuple[str, int | None, int | None]]:
        """The effects grid's columns: (header, variant id, scenario id)."""
        if self.study is None:
            return []
        columns = [(label, vid, None)
                   for label, vid in zip(self.study.labels, self.study.variant_ids, strict=True)]
        columns += [(f"S{s.id}", None, s.id) for s in list_scenarios(self.session.db, self.study)]
        return columns

    def _fill_effects(self) -> None:
        self._filling = True
        try:
            self.effects.clear()
            columns = self._columns()
            self.effects.setRowCount(len(self.options) if columns else 0)
            self.effects.setColumnCount(len(columns))
            self.effects.setHorizontalHeaderLabels([h for h, _, _ in columns])
            self.effects.setVerticalHeaderLabels([o.name for o in self.options])
            outcome = self.outcome.currentText().casefold()
            stored = {(e.option_id, e.variant_id, e.scenario_id): (e.low, e.mode, e.high)
                      for e in (store.list_effects(self.session.db, self.study)
                                if self.study else [])
                      if e.outcome.casefold() == outcome}
            for r, option in enumerate(self.options):
                for c, (_, vid, sid) in enumerate(columns):
                    self.effects.setItem(r, c, QTableWidgetItem(
                        effect_text(stored.get((option.id, vid, sid)))))
            self.effects.resizeColumnsToContents()
        finally:
            self._filling = False

    # -- editing ---------------------------------------------------------------------------

    def _grid_edited(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.write_register({(item.row(), item.column()): item.text()},
                                self.tr("Edit policy option"))

    def _effect_edited(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.write_effects({(item.row(), item.column()): item.text()},
                               self.tr("Edit option effect"))

    def _push(self, text: str, apply) -> bool:
        if self.session.project.read_only:
            self.reload()
            return self.refuse(self.tr("This project is open read-only."))
        command = RegisterCommand(self.session, text, apply)
        self.session.undo_stack_for("policy").push(command)
        if command.error is not None:
            self.reload()
            return self.refuse(str(command.error))
        return True

    def write_register(self, texts: dict[tuple[int, int], str], title: str) -> bool:
        """Write register cells ``(row, col) -> text`` (rows past the last option add new
        options, named in the first column) as one undoable edit."""
        rows: dict[int, dict[str, str]] = {}
        for (r, c), text in texts.items():
            rows.setdefault(r, {})[COLUMNS[c][0]] = text
        options = list(self.options)

        def apply(db) -> None:
            for r, cells in sorted(rows.items()):
                targets = cells.pop("targets", None)
                try:
                    changes = {f: field_value(f, t) for f, t in cells.items()}
                except ValueError as error:
                    raise UserError(f"Row {r + 1}: {error}.") from None
                if r < len(options):
                    option_id = options[r].id
                    if changes:
                        store.update_option(db, option_id, **changes)
                elif not changes.get("name"):
                    raise UserError(f"Row {r + 1}: a new option needs a name first.")
                else:
                    option_id = store.add_option(db, **changes)
                if targets is not None:
                    store.set_targets(db, option_id,
                                      [(t.kind, t.id) for t in find_targets(db, targets)])

        return self._push(title, apply)

    def write_effects(self, texts: dict[tuple[int, int], str], title: str) -> bool:
        """Write effect cells ``(row, col) -> text`` of the chosen outcome as one undoable edit."""
        columns, options, outcome = self._columns(), list(self.options), self.outcome.currentText()

        def apply(db) -> None:
            for (r, c), text in texts.items():
                _, vid, sid = columns[c]
                try:
                    value = parse_effect(text)
                except ValueError as error:
                    raise UserError(str(error)) from None
                effect = store.OptionEffect(options[r].id, outcome, sid, vid, 0.0, 0.0, 0.0)
                if value is None:
                    store.delete_effect(db, effect)
                else:
                    low, mode, high = value
                    store.set_effect(db, store.OptionEffect(options[r].id, outcome, sid, vid,
                                                            low, mode, high))

        return self._push(title, apply)

    def _delete_current(self) -> None:
        row = self.grid.currentRow()
        if 0 <= row < len(self.options):
            option = self.options[row]
            self._push(self.tr("Delete {0}").format(option.name),
                       lambda db: store.delete_option(db, option.id))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched in (self.grid, self.effects) and event.type() == event.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Paste)):
            self.paste(watched, QGuiApplication.clipboard().text())
            return True
        return super().eventFilter(watched, event)

    def paste(self, grid: QTableWidget, text: str) -> bool:
        """Paste a tab-separated block at the grid's current cell; in the register, rows past
        the end add options (cells beyond the columns are dropped)."""
        r0, c0 = max(0, grid.currentRow()), max(0, grid.currentColumn())
        cells = {}
        for dr, line in enumerate(text.rstrip("\n").split("\n")):
            for dc, value in enumerate(line.rstrip("\r").split("\t")):
                r, c = r0 + dr, c0 + dc
                if c < grid.columnCount() and (grid is self.grid or r < grid.rowCount()):
                    cells[(r, c)] = value
        if not cells:
            return False
        if grid is self.grid:
            return self.write_register(cells, self.tr("Paste {n} cells").format(n=len(cells)))
        return self.write_effects(cells, self.tr("Paste {n} effects").format(n=len(cells)))

    # -- workbooks -------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Options workbook"), "",
                                              self.tr("Workbooks (*.xlsx *.xls *.ods)"))
        if path:
            self.import_workbook(path)

    def import_workbook(self, path: str) -> bool:
        """Options and effects of the workbook into the register and the chosen study."""
        if self.study is None:
            return self.refuse(self.tr("Choose a study first."))
        study_id = self.study.id
        try:
            book = read_options_workbook(path)
        except UserError as error:
            return self.refuse(error_message(error))
        return self._push(self.tr("Import options workbook"),
                          lambda db: store_workbook_options(db, study_id, book))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Options workbook"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_workbook(path)

    def export_workbook(self, path: str) -> None:
        """The register and the chosen study's effects, ready to edit in Excel and read back."""
        if self.study is None:
            self.refuse(self.tr("Choose a study first."))
            return
        options, effects = workbook_rows(self.session.db, self.study)
        try:
            write_options_workbook(path, options, effects)
        except UserError as error:
            self.refuse(error_message(error))
            return
        self.session.sig_status.emit(self.tr("Options written to {0}").format(path))
