"""The four pages of the import wizard.

- :class:`SheetPage`: the sheets with a preview of each, and the saved recipes that fit.
- :class:`TablePage`: the sheet's cells tinted by what will be read; header rows and the first
  and last data row corrected by clicking; column roles, what the headers over the value
  columns hold (unpivot), measure, unit and scale.
- :class:`LabelsPage`: file labels the project does not know, with ranked suggestions.
- :class:`ReportPage`: the validation report, the changed values to keep or replace, the
  report as a workbook, the recipe to save; Import writes in the background with Cancel.

A page that needs the file or the project starts a task and returns ``False`` from
``validatePage``; when the task is done it stores the result on the wizard and moves on.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.io.cells import column_letter
from desktop_app.io.recipes import Recipe, column_index, describe_columns, expectations
from desktop_app.ui.importer.grid_model import (
    ROW_KINDS,
    TINTS,
    SheetGridModel,
    cell_text,
    kind_title,
)
from desktop_app.ui.importer.wizard import LABELS, REPORT, TABLE
from desktop_app.ui.tasks import TaskPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def role_titles() -> dict[str, str]:
    """Column roles as the user reads them, in menu order."""
    return {
        "ignore": _tr("(not read)"),
        "value": _tr("value"),
        "region": _tr("region"),
        "region_code": _tr("region code"),
        "region_name": _tr("region name"),
        "industry": _tr("industry"),
        "industry_code": _tr("industry code"),
        "industry_name": _tr("industry name"),
        "year": _tr("year"),
        "measure": _tr("measure"),
        "unit": _tr("unit"),
        "flag": _tr("flag"),
    }


def across_titles() -> dict[str, str]:
    """What a header row over the value columns may hold."""
    return {
        "": _tr("(nothing to read)"),
        "year": _tr("years"),
        "region": _tr("regions"),
        "industry": _tr("industries"),
        "measure": _tr("measures"),
    }


def scale_titles() -> dict[str, str]:
    return {
        "units": _tr("units"),
        "thousands": _tr("thousands"),
        "millions": _tr("millions"),
        "billions": _tr("billions"),
    }


class _Page(QWizardPage):
    """A page with a status line and the task panel (progress and Cancel) at its foot."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.body = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.body, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status)
        self.task_panel = TaskPanel(wizard.session.tasks, self, inline=True)
        outer.addWidget(self.task_panel)

    def sheet_views(self) -> list[QWidget]:
        """Views whose cells come from Python models (frozen while a step runs)."""
        return []

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)


# --- 1. sheets -----------------------------------------------------------------------------
class SheetPage(_Page):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(
            self.tr(
                "Each sheet of {name} with its first rows. Pick the one that holds the table."
            ).format(name=wizard.path.name)
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sheet_list = QListWidget()
        self.sheet_list.currentRowChanged.connect(self._show_preview)
        self.sheet_list.setMinimumWidth(220)
        self.preview = QTableView()
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split.addWidget(self.sheet_list)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        self.body.addWidget(split, 1)
        box = QGroupBox(self.tr("Saved recipes"))
        row = QHBoxLayout(box)
        self.recipe_combo = QComboBox()
        self.recipe_combo.setMinimumWidth(320)
        self.one_step_button = QPushButton(self.tr("Import with this recipe"))
        self.one_step_button.clicked.connect(self.import_with_recipe)
        row.addWidget(self.recipe_combo, 1)
        row.addWidget(self.one_step_button)
        self.body.addWidget(box)
        self.recipes: list[Recipe] = []
        self._models: dict[int, SheetGridModel] = {}

    def load(self) -> None:
        """Read the sheet list and previews in the background."""
        wizard = self.wizard_
        path = wizard.path

        def run(progress):
            # loaded here, not in the window's thread, the first time a wizard opens (the
            # exchange workbook's layouts bring openpyxl along)
            from desktop_app.services.exchange_import import layout_of_overview
            from desktop_app.services.importing import read_overview

            overview = read_overview(path, progress=progress)
            return overview, layout_of_overview(overview)

        self.show_status(self.tr("Reading {name}…").format(name=path.name))
        wizard.run_task(self.tr("Reading {name}").format(name=path.name), run, self._loaded)

    def _loaded(self, result) -> None:
        overview, layout = result
        if layout is not None:  # Anticipa's own workbook: nothing to map
            self.wizard_.import_exchange(overview, layout)
            return
        self.show_sheets(overview)

    def show_sheets(self, overview) -> None:
        """List the sheets with their previews and the project's saved recipes."""
        from desktop_app.services.importing import recipes_for

        wizard = self.wizard_
        wizard.overview = overview
        self.sheet_list.clear()
        first_visible = None
        for k, sheet in enumerate(overview.sheets):
            text = (
                sheet.name if sheet.visible else self.tr("{name} (hidden)").format(name=sheet.name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            self.sheet_list.addItem(item)
            if first_visible is None and sheet.visible and sheet.has_table:
                first_visible = k
            if not sheet.has_table:
                item.setToolTip(self.tr("No table of numbers in the first rows"))
                item.setForeground(self.palette().placeholderText())
        self.sheet_list.setCurrentRow(first_visible or 0)
        self.recipes = recipes_for(wizard.session.db, overview.sheet_names)
        self.recipe_combo.clear()
        for recipe in self.recipes:
            fits = recipe.sheet in overview.sheet_names
            label = (
                self.tr("{name} (sheet {sheet})")
                if fits
                else self.tr("{name} (no sheet {sheet} here)")
            ).format(name=recipe.name, sheet=recipe.sheet)
            self.recipe_combo.addItem(label)
        self.recipe_combo.setEnabled(bool(self.recipes))
        self.one_step_button.setEnabled(bool(self.recipes))
        if not self.recipes:
            self.recipe_combo.addItem(self.tr("No recipe saved in this project yet"))
        notes = [str(p) for p in overview.notices]
        self.show_status(
            self.tr("{n} sheet(s).").format(n=len(overview.sheets))
            + "".join(f" {t}" for t in notes)
        )
        self.completeChanged.emit()

    def _show_preview(self, row: int) -> None:
        overview = self.wizard_.overview
        if overview is None or row < 0:
            return
        self.wizard_.one_step = False  # another sheet: map it step by step
        model = self._models.get(row)
        if model is None:
            model = self._models[row] = SheetGridModel(
                overview.sheets[row].rows, max_cols=12, parent=self
            )
        self.preview.setModel(model)
        _fit_columns(self.preview, overview.sheets[row].rows, 220)
        self.completeChanged.emit()

    def sheet_views(self) -> list[QWidget]:
        return [self.preview]

    def release(self) -> None:
        """Drop the previews (the wizard is closing)."""
        self.preview.setModel(None)
        self._models.clear()

    def sheet_name(self) -> str | None:
        item = self.sheet_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_sheet(self, name: str) -> None:
        for k in range(self.sheet_list.count()):
            if self.sheet_list.item(k).data(Qt.ItemDataRole.UserRole) == name:
                self.sheet_list.setCurrentRow(k)
                return
        raise KeyError(name)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wizard_.overview is not None and self.sheet_name() is not None

    def nextId(self) -> int:  # noqa: N802
        wizard = self.wizard_
        if wizard.one_step and wizard.plan is not None:
            return LABELS if _to_decide(wizard.matches) else REPORT
        return TABLE

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.services.importing import read_sheet

        wizard = self.wizard_
        if wizard.one_step and wizard.plan is not None:
            return True
        sheet = self.sheet_name()
        if wizard.sheet_layout is not None and wizard.sheet_layout.grid.sheet == sheet:
            return True
        if wizard.busy:
            return False
        path = wizard.path

        def done(layout) -> None:
            wizard.sheet_layout = layout
            wizard.recipe = None
            if not layout.tables:
                self.show_status(
                    self.tr("{sheet}: no table of numbers found on this sheet.").format(
                        sheet=sheet
                    ),
                    error=True,
                )
                return
            self.show_status("")
            wizard.next()

        self.show_status(self.tr("Reading sheet {sheet}…").format(sheet=sheet))
        wizard.run_task(
            self.tr("Reading {sheet}").format(sheet=sheet),
            lambda progress: read_sheet(path, sheet, progress=progress),
            done,
        )
        return False

    def import_with_recipe(self) -> None:
        """One step: map the file with a saved recipe and go straight to the report."""
        from desktop_app.services.importing import plan_import

        wizard = self.wizard_
        index = self.recipe_combo.currentIndex()
        if not self.recipes or index < 0 or wizard.busy:
            return
        recipe = copy.deepcopy(self.recipes[index])
        path, project = wizard.path, wizard.session.project

        def run(progress):
            plan = plan_import(path, recipe=recipe, progress=progress)
            with project.connection() as db:
                return _checked(db, plan)

        def done(result) -> None:
            wizard.plan, wizard.matches, wizard.report = result
            wizard.recipe = wizard.plan.recipe
            wizard.aliases = _automatic_aliases(wizard.matches)
            wizard.one_step = True
            wizard.next()

        self.show_status(
            self.tr("Reading {name} with the recipe {recipe}…").format(
                name=path.name, recipe=recipe.name
            )
        )
        wizard.run_task(self.tr("Import with {recipe}").format(recipe=recipe.name), run, done)


def _checked(db, plan):
    """Labels to match and the report as the automatic matches leave it (worker thread)."""
    from desktop_app.services.importing import match_labels_to_project, validate

    matches = match_labels_to_project(db, plan)
    return plan, matches, validate(db, plan, _automatic_aliases(matches))


def _to_decide(matches) -> bool:
    """Whether any unknown label resembles a project entry (else all are simply added)."""
    return any(m.suggestions or m.target_id is not None for m in matches)


def _automatic_aliases(matches) -> dict[tuple[str, str], int]:
    """Labels that name a project entry in another spelling (matched by code or alias)."""
    return {(m.kind, m.label): m.target_id for m in matches if m.target_id is not None}


# --- 2. the table --------------------------------------------------------------------------
class TablePage(_Page):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Find the table"))
        self.setSubTitle(
            self.tr(
                "The rows are tinted by what will be read. Select rows and use the buttons (or "
                "right-click) to correct the header and the data rows; give each column its role."
            )
        )
        top = QHBoxLayout()
        self.table_combo = QComboBox()
        self.table_combo.currentIndexChanged.connect(self._table_chosen)
        top.addWidget(QLabel(self.tr("Table")))
        top.addWidget(self.table_combo, 1)
        self.body.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QTableView()
        self.grid.verticalHeader().setDefaultSectionSize(22)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        left_layout.addWidget(self.grid, 1)
        buttons = QHBoxLayout()
        self.header_button = QPushButton(self.tr("Header rows"))
        self.first_button = QPushButton(self.tr("First data row"))
        self.last_button = QPushButton(self.tr("Last data row"))
        self.skip_button = QPushButton(self.tr("Skip rows"))
        for button, slot in (
            (self.header_button, self.set_header_rows),
            (self.first_button, self.set_first_row),
            (self.last_button, self.set_last_row),
            (self.skip_button, self.skip_rows),
        ):
            button.setToolTip(self.tr("Applies to the rows selected in the grid"))
            button.clicked.connect(lambda _=False, s=slot: s(self.selected_rows()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self._legend())
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        columns_box = QGroupBox(self.tr("Columns"))
        columns_layout = QVBoxLayout(columns_box)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Role")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setWordWrap(False)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns_layout.addWidget(self.columns)
        right_layout.addWidget(columns_box, 1)

        self.across_box = QGroupBox(self.tr("The headers over the value columns hold"))
        self.across_layout = QFormLayout(self.across_box)
        right_layout.addWidget(self.across_box)

        what = QGroupBox(self.tr("What the values are"))
        form = QFormLayout(what)
        self.measure_edit = QLineEdit()
        self.measure_edit.setPlaceholderText(self.tr("e.g. employment"))
        self.unit_edit = QLineEdit()
        self.scale_combo = QComboBox()
        for key, title in scale_titles().items():
            self.scale_combo.addItem(title, key)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(0, 2200)
        self.year_spin.setSpecialValueText(self.tr("from the table"))
        self.region_edit = QLineEdit()
        self.industry_edit = QLineEdit()
        form.addRow(self.tr("Measure"), self.measure_edit)
        form.addRow(self.tr("Unit"), self.unit_edit)
        form.addRow(self.tr("Scale"), self.scale_combo)
        form.addRow(self.tr("Year of all values"), self.year_spin)
        form.addRow(self.tr("Region of all values"), self.region_edit)
        form.addRow(self.tr("Industry of all values"), self.industry_edit)
        for edit in (self.measure_edit, self.unit_edit, self.region_edit, self.industry_edit):
            edit.editingFinished.connect(self._changed)
        self.scale_combo.currentIndexChanged.connect(self._changed)
        self.year_spin.valueChanged.connect(self._changed)
        right_layout.addWidget(what)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 430])
        self.body.addWidget(split, 1)
        self.model: SheetGridModel | None = None
        self._filling = False

    def _legend(self) -> QWidget:
        legend = QWidget()
        grid = QGridLayout(legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for k, kind in enumerate(ROW_KINDS):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {TINTS[kind]}; border: 1px solid #9a9a9a;")
            text = QLabel(kind_title(kind))
            cell = QHBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(swatch)
            cell.addWidget(text)
            cell.addStretch(1)
            grid.addLayout(cell, k // 5, k % 5)
        return legend

    # --- filling --------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard_
        layout = wizard.sheet_layout
        self._filling = True
        self.table_combo.clear()
        for table in layout.tables:
            title = f" — {table.title}" if table.title else ""
            self.table_combo.addItem(f"{table.range}{title}")
        self.table_combo.setEnabled(len(layout.tables) > 1)
        self.model = SheetGridModel(layout.grid.rows, parent=self)
        self.grid.setModel(self.model)
        self._filling = False
        index = 0
        if wizard.recipe is not None:
            from desktop_app.services.importing import table_at

            chosen = table_at(layout.tables, wizard.recipe.first_data_row - 1)
            index = layout.tables.index(chosen) if chosen in layout.tables else 0
        else:
            wizard.recipe = copy.deepcopy(layout.recipes[0])
        self.table_combo.setCurrentIndex(index)
        self._fill()
        self._size_columns()

    def sheet_views(self) -> list[QWidget]:
        return [self.grid]

    def release(self) -> None:
        """Drop the sheet's cells (the wizard is closing)."""
        self.grid.setModel(None)
        self.model = None

    def _size_columns(self) -> None:
        """Column widths from the texts of the first rows, capped (measured here, in one go)."""
        if self.model is None:
            return
        _fit_columns(self.grid, self.wizard_.sheet_layout.grid.rows[:40], 240)

    def _table_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        wizard = self.wizard_
        wizard.recipe = copy.deepcopy(wizard.sheet_layout.recipes[index])
        self._fill()

    def current_table(self):
        layout = self.wizard_.sheet_layout
        index = max(self.table_combo.currentIndex(), 0)
        return layout.tables[index] if layout.tables else None

    def _fill(self) -> None:
        """Show the recipe in the widgets and the grid."""
        recipe = self.wizard_.recipe
        table = self.current_table()
        self._filling = True
        self.model.set_layout(table, recipe)
        first_col = table.first_col if table else 0
        last_col = table.last_col if table else self.model.columnCount() - 1
        roles = {column_index(c): role for c, role in recipe.columns.items()}
        values = set(_value_columns(recipe))
        titles = role_titles()
        self.columns.setRowCount(0)
        for c in range(first_col, last_col + 1):
            k = self.columns.rowCount()
            self.columns.insertRow(k)
            self.columns.setItem(k, 0, QTableWidgetItem(column_letter(c)))
            header = table.header(c) if table else ""
            self.columns.setItem(k, 1, QTableWidgetItem(header))
            combo = QComboBox()
            for key, title in titles.items():
                combo.addItem(title, key)
            role = "value" if c in values else roles.get(c, "ignore")
            combo.setCurrentIndex(max(combo.findData(role), 0))
            combo.currentIndexChanged.connect(self._changed)
            combo.setProperty("column", c)
            self.columns.setCellWidget(k, 2, combo)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 150)
        # one choice per header row over the value columns
        while self.across_layout.rowCount():
            self.across_layout.removeRow(0)
        self.across_combos: list[QComboBox] = []
        levels = list(recipe.across)
        header_rows = recipe.header_rows
        pad = [""] * max(len(header_rows) - len(levels), 0)
        for k, row in enumerate(header_rows or [0]):
            combo = QComboBox()
            for key, title in across_titles().items():
                combo.addItem(title, key)
            chosen = (pad + levels)[k] if k < len(pad + levels) else ""
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(self._changed)
            label = self.tr("Header row {row}").format(row=row) if row else self.tr("Headers")
            self.across_layout.addRow(label, combo)
            self.across_combos.append(combo)
        self.measure_edit.setText(recipe.measure)
        self.unit_edit.setText(recipe.unit)
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(recipe.scale), 0))
        self.year_spin.setValue(int(recipe.fixed.get("year", 0) or 0))
        self.region_edit.setText(str(recipe.fixed.get("region", "")))
        self.industry_edit.setText(str(recipe.fixed.get("industry", "")))
        self._filling = False
        self._describe()

    def _describe(self) -> None:
        from desktop_app.io.tidy import missing_roles

        recipe = self.wizard_.recipe
        gaps = missing_roles(recipe)
        rows = self.tr("Header rows {headers}; data rows {first} to {last}.").format(
            headers=", ".join(str(r) for r in recipe.header_rows) or "-",
            first=recipe.first_data_row,
            last=recipe.last_data_row or self.tr("the end"),
        )
        periods = self._periods_without_rule()
        if gaps:
            from desktop_app.io.tidy import explain_gaps

            rows += " " + self.tr("Still to say: where the {what} is.").format(what=", ".join(gaps))
            table = self.current_table()
            if table is not None:
                rows += "\n" + explain_gaps(self.wizard_.sheet_layout.grid, table, gaps)
        elif periods:
            rows += " " + self.tr("Still to say: how a year is formed from its periods.")
            rows += "\n" + periods
        self.show_status(rows, error=bool(gaps or periods))
        self.completeChanged.emit()

    # --- corrections ----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """1-based rows selected in the grid."""
        rows = {i.row() + 1 for i in self.grid.selectionModel().selectedIndexes()}
        return sorted(rows)

    def set_header_rows(self, rows: list[int]) -> None:
        if not rows:
            return
        recipe = self.wizard_.recipe
        recipe.header_rows = rows
        if recipe.first_data_row <= rows[-1]:
            recipe.first_data_row = rows[-1] + 1
        self._relabel()

    def set_first_row(self, rows: list[int]) -> None:
        if rows:
            self.wizard_.recipe.first_data_row = rows[0]
            self._relabel()

    def set_last_row(self, rows: list[int]) -> None:
        if rows:
            recipe = self.wizard_.recipe
            recipe.last_data_row = max(rows[-1], recipe.first_data_row)
            self._relabel()

    def skip_rows(self, rows: list[int]) -> None:
        if rows:
            recipe = self.wizard_.recipe
            recipe.skip_rows = sorted(set(recipe.skip_rows) ^ set(rows))
            self._relabel()

    def _relabel(self) -> None:
        """After a row correction: the header texts the recipe remembers, then redraw."""
        recipe = self.wizard_.recipe
        table = self.current_table()
        grid = self.wizard_.sheet_layout.grid
        cols = range(table.first_col, table.last_col + 1) if table else range(grid.n_cols)
        recipe.expect = expectations(grid, [r - 1 for r in recipe.header_rows], list(cols))
        self._fill()

    def _context_menu(self, pos) -> None:
        rows = self.selected_rows()
        if not rows:
            index = self.grid.indexAt(pos)
            if not index.isValid():
                return
            rows = [index.row() + 1]
        menu = QMenu(self)
        for text, slot in (
            (self.tr("Header rows"), self.set_header_rows),
            (self.tr("First data row"), self.set_first_row),
            (self.tr("Last data row"), self.set_last_row),
            (self.tr("Skip rows / read them again"), self.skip_rows),
        ):
            menu.addAction(text, lambda s=slot: s(rows))
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def set_role(self, letter: str, role: str) -> None:
        """Give a column a role (as choosing it in the Columns list does)."""
        for k in range(self.columns.rowCount()):
            if self.columns.item(k, 0).text() == letter:
                combo = self.columns.cellWidget(k, 2)
                combo.setCurrentIndex(combo.findData(role))
                return
        raise KeyError(letter)

    def set_across(self, roles: list[str]) -> None:
        """Say what each header row over the value columns holds (top row first)."""
        for combo, role in zip(self.across_combos, roles, strict=False):
            combo.setCurrentIndex(combo.findData(role))

    def _changed(self, *_args) -> None:
        if self._filling:
            return
        recipe = self.wizard_.recipe
        columns: dict[str, str] = {}
        value_cols: list[int] = []
        for k in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(k, 2)
            c = combo.property("column")
            role = combo.currentData()
            if role == "value":
                value_cols.append(c)
            elif role != "ignore":
                columns[column_letter(c)] = role
        recipe.columns = columns
        recipe.value_columns = describe_columns(value_cols)
        recipe.across = [combo.currentData() for combo in self.across_combos if combo.currentData()]
        recipe.measure = self.measure_edit.text().strip()
        recipe.unit = self.unit_edit.text().strip()
        recipe.scale = self.scale_combo.currentData()
        fixed: dict[str, str | int] = {}
        if self.year_spin.value():
            fixed["year"] = self.year_spin.value()
        for key, edit in (("region", self.region_edit), ("industry", self.industry_edit)):
            if edit.text().strip():
                fixed[key] = edit.text().strip()
        recipe.fixed = fixed
        recipe.fill_down = [c for c in recipe.fill_down if c in columns]
        self.model.set_layout(self.current_table(), recipe)
        self._describe()

    # --- leaving ----------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802
        from desktop_app.io.tidy import missing_roles

        recipe = self.wizard_.recipe
        return (
            recipe is not None
            and not missing_roles(recipe)
            and bool(_value_columns(recipe))
            and not self._periods_without_rule()
        )

    def _periods_without_rule(self) -> str | None:
        """Months or quarters that no rule forms into years yet (the recipe's ``periods``)."""
        from desktop_app.io.recipes import periods_without_rule

        recipe, layout = self.wizard_.recipe, self.wizard_.sheet_layout
        if recipe is None or layout is None:
            return None
        return periods_without_rule(layout.grid, recipe)

    def nextId(self) -> int:  # noqa: N802
        return LABELS if _to_decide(self.wizard_.matches) else REPORT

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.services.importing import plan_sheet

        wizard = self.wizard_
        if getattr(self, "_ready_for", None) is wizard.recipe and wizard.plan is not None:
            self._ready_for = None
            return True
        if wizard.busy:
            return False
        recipe = copy.deepcopy(wizard.recipe)
        layout, project = wizard.sheet_layout, wizard.session.project

        def run(progress):
            progress.report(None, "mapping the values")
            plan = plan_sheet(layout, recipe)
            progress.check()
            with project.connection() as db:
                return _checked(db, plan)

        def done(result) -> None:
            plan, matches, report = result
            if not plan.records:
                reasons = [str(p) for p in plan.problems if p.severity != "info"][:3]
                self.show_status(
                    self.tr("No value could be read with these choices.")
                    + "".join(f"\n{r}" for r in reasons),
                    error=True,
                )
                return
            wizard.plan, wizard.matches, wizard.report = plan, matches, report
            wizard.aliases = _automatic_aliases(matches)
            wizard.one_step = False
            self._ready_for = wizard.recipe
            wizard.next()

        self.show_status(self.tr("Reading the values…"))
        wizard.run_task(self.tr("Mapping {name}").format(name=wizard.path.name), run, done)
        return False


def _fit_columns(view: QTableView, rows: list[list], cap: int) -> None:
    """Size a sheet view's columns to its texts (at most ``cap`` pixels) without asking the model.

    ``resizeColumnsToContents`` would call the Python model for every cell and role.
    """
    metrics = view.fontMetrics()
    pad = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 12
    model = view.model()
    for c in range(model.columnCount()):
        texts = {cell_text(row[c]) for row in rows if c < len(row)}
        texts.add(column_letter(c))
        width = max(metrics.horizontalAdvance(t) for t in texts) + pad
        view.setColumnWidth(c, min(width, cap))


def _is_reading_note(problem) -> bool:
    """A note on how text became a number ('"1.234,5" read as 1234.5'); shown on request."""
    return problem.severity == "info" and " read as " in problem.reason


def _value_columns(recipe: Recipe) -> list[int]:
    from desktop_app.io.recipes import expand_columns

    roles = {column_index(c): r for c, r in recipe.columns.items()}
    named = [c for c, r in roles.items() if r == "value"]
    return named or expand_columns(recipe.value_columns)


# --- 3. labels -----------------------------------------------------------------------------
class LabelsPage(_Page):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the labels"))
        self.setSubTitle(
            self.tr(
                "These regions and industries are not in the project yet. Choose what each one "
                "is; a label matched once is remembered as an alias. Unmatched labels are added."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Label in the file"),
                self.tr("Values"),
                self.tr("Closest in the project"),
                self.tr("Use"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        accept = QPushButton(self.tr("Take every first suggestion"))
        accept.clicked.connect(self.accept_suggestions)
        add_all = QPushButton(self.tr("Add all as new"))
        add_all.clicked.connect(self.add_all_as_new)
        row.addWidget(accept)
        row.addWidget(add_all)
        row.addStretch(1)
        self.body.addLayout(row)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard_
        kinds = {"region": self.tr("region"), "industry": self.tr("industry")}
        self.table.setRowCount(0)
        self.combos = []
        for match in wizard.matches:
            k = self.table.rowCount()
            self.table.insertRow(k)
            self.table.setItem(k, 0, QTableWidgetItem(kinds[match.kind]))
            self.table.setItem(k, 1, QTableWidgetItem(match.label))
            count = QTableWidgetItem(f"{match.values:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(k, 2, count)
            if match.suggestions:
                _, code, name, score = match.suggestions[0]
                closest = f"{code} {name}  ({score:.0%})"
            else:
                closest = self.tr("nothing alike") if match.target_id is None else ""
            self.table.setItem(k, 3, QTableWidgetItem(closest))
            combo = QComboBox()
            combo.addItem(self.tr("Add as a new {kind}").format(kind=kinds[match.kind]), None)
            for target, code, name, score in match.suggestions:
                combo.addItem(f"{code} {name}  ({score:.0%})", target)
            if match.target_id is not None and combo.findData(match.target_id) < 0:
                combo.addItem(self.tr("the entry with the same code"), match.target_id)
            if match.target_id is not None:
                combo.setCurrentIndex(combo.findData(match.target_id))
            self.table.setCellWidget(k, 4, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        fuzzy = sum(1 for m in wizard.matches if m.suggestions and m.target_id is None)
        self.show_status(
            self.tr("{n} label(s) not in the project; {f} with suggestions.").format(
                n=len(wizard.matches), f=fuzzy
            )
        )

    def accept_suggestions(self) -> None:
        for combo in self.combos:
            if combo.count() > 1 and combo.currentIndex() == 0:
                combo.setCurrentIndex(1)

    def add_all_as_new(self) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(0)

    def chosen_aliases(self) -> dict[tuple[str, str], int]:
        out = {}
        for match, combo in zip(self.wizard_.matches, self.combos, strict=True):
            if combo.currentData() is not None:
                out[(match.kind, match.label)] = combo.currentData()
        return out

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.services.importing import validate

        wizard = self.wizard_
        aliases = self.chosen_aliases()
        if aliases == wizard.aliases and wizard.report is not None:
            return True
        if wizard.busy:
            return False
        plan, project = wizard.plan, wizard.session.project

        def run(progress):
            with project.connection() as db:
                return validate(db, plan, aliases)

        def done(report) -> None:
            wizard.aliases, wizard.report = aliases, report
            wizard.next()

        wizard.run_task(self.tr("Checking against the project"), run, done)
        return False


# --- 4. report and import -----------------------------------------------------------------
class ReportPage(_Page):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Import writes everything as one batch.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.summary)
        self.tabs = QTabWidget()
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        self.show_notes = QCheckBox(self.tr("Also show how text was read as numbers"))
        self.show_notes.setChecked(False)
        self.show_notes.toggled.connect(self._fill_problems)
        problems_layout.addWidget(self.show_notes)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Place"), self.tr("Severity"), self.tr("What happened")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        problems_layout.addWidget(self.problems)
        self.tabs.addTab(problems, self.tr("Problems"))
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        policy = QHBoxLayout()
        self.policy = QButtonGroup(self)
        for k, text in enumerate(
            (
                self.tr("Replace the project's values"),
                self.tr("Keep the project's values"),
                self.tr("Ask for each value"),
            )
        ):
            radio = QRadioButton(text)
            radio.setChecked(k == 0)
            self.policy.addButton(radio, k)
            policy.addWidget(radio)
        policy.addStretch(1)
        self.policy.idToggled.connect(self._policy_changed)
        changes_layout.addLayout(policy)
        self.changes = QTableWidget(0, 7)
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("Region"),
                self.tr("Industry"),
                self.tr("Measure"),
                self.tr("Year"),
                self.tr("In the project"),
                self.tr("In the file"),
                self.tr("Keep the project's"),
            ]
        )
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        changes_layout.addWidget(self.changes)
        self.tabs.addTab(changes, self.tr("Changed values"))
        self.body.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export the report…"))
        self.export_button.clicked.connect(self._choose_report_file)
        bottom.addWidget(self.export_button)
        bottom.addSpacing(24)
        self.save_recipe = QCheckBox(self.tr("Save the choices as the recipe"))
        self.recipe_name = QLineEdit()
        self.recipe_name.setPlaceholderText(self.tr("recipe name, e.g. INE employment by branch"))
        self.save_recipe.toggled.connect(self.recipe_name.setEnabled)
        bottom.addWidget(self.save_recipe)
        bottom.addWidget(self.recipe_name, 1)
        self.body.addLayout(bottom)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard_
        report, plan = wizard.report, wizard.plan
        tr = self.tr
        text = tr(
            "<b>{file}</b>, sheet <b>{sheet}</b>: {rows} rows read. Values: <b>{new}</b> new, "
            "<b>{changed}</b> changed, <b>{unchanged}</b> unchanged; <b>{rejected}</b> rejected."
        ).format(
            file=report.file,
            sheet=report.sheet,
            rows=f"{report.rows_read:,}",
            new=f"{report.new:,}",
            changed=f"{report.changed:,}",
            unchanged=f"{report.unchanged:,}",
            rejected=f"{report.rejected:,}",
        )
        if report.cells:
            text += "<br>" + tr(
                "Cells: {read} read = {used} used + {explained} explained (listed below with "
                "their reasons)."
            ).format(
                read=f"{report.cells.read:,}",
                used=f"{report.cells.used:,}",
                explained=f"{report.cells.explained:,}",
            )
        if report.already_imported:
            text += "<br>" + tr(
                "<span style='color:#b3261e'>This file was imported before ({when}).</span>"
            ).format(when=report.already_imported)
        if plan.extraction.mismatches:
            text += "<br>" + tr(
                "<span style='color:#b3261e'>The recipe no longer matches this file; nothing "
                "can be imported with it.</span>"
            )
        new_labels = {
            kind: sum(
                1
                for m in wizard.matches
                if m.kind == kind and (kind, m.label) not in wizard.aliases
            )
            for kind in ("region", "industry")
        }
        if any(new_labels.values()):
            text += "<br>" + tr("New in the project: {r} region(s), {i} industry(ies).").format(
                r=new_labels["region"], i=new_labels["industry"]
            )
        if wizard.aliases:
            text += "<br>" + tr("{n} label(s) will be remembered as aliases.").format(
                n=len(wizard.aliases)
            )
        self.summary.setText(text)
        self._fill_problems()
        self._fill_changes()
        self.tabs.setTabText(1, tr("Changed values ({n})").format(n=f"{len(report.changes):,}"))
        recipe = wizard.recipe
        self.recipe_name.setText(
            recipe.name if recipe and recipe.name else f"{wizard.path.stem} [{report.sheet}]"
        )
        self.save_recipe.setChecked(bool(recipe and recipe.name and not wizard.one_step))
        self.recipe_name.setEnabled(self.save_recipe.isChecked())
        self.show_status("")
        self.completeChanged.emit()

    def _fill_problems(self) -> None:
        report = self.wizard_.report
        if report is None:
            return
        notes = self.show_notes.isChecked()
        shown = [p for p in report.problems if notes or not _is_reading_note(p)]
        limit = 5000
        self.problems.clearSpans()
        if not shown:
            self.problems.setRowCount(1)
            self.problems.setSpan(0, 0, 1, 3)
            self.problems.setItem(0, 0, QTableWidgetItem(self.tr("Every cell was read.")))
            self.problems.setItem(0, 1, None)
            self.problems.setItem(0, 2, None)
            return
        self.problems.setRowCount(min(len(shown), limit))
        severities = {
            "error": self.tr("rejected"),
            "warning": self.tr("not read"),
            "info": self.tr("note"),
        }
        for k, p in enumerate(shown[:limit]):
            self.problems.setItem(k, 0, QTableWidgetItem(p.place))
            self.problems.setItem(k, 1, QTableWidgetItem(severities.get(p.severity, p.severity)))
            self.problems.setItem(k, 2, QTableWidgetItem(p.reason))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        n_problems = sum(1 for p in report.problems if p.severity != "info")
        n_notes = len(report.problems) - n_problems
        self.tabs.setTabText(
            0,
            self.tr("Problems ({n}) and notes ({m})").format(n=f"{n_problems:,}", m=f"{n_notes:,}"),
        )

    def _fill_changes(self) -> None:
        changes = self.wizard_.report.changes
        limit = 5000
        self.changes.setRowCount(min(len(changes), limit))
        for k, c in enumerate(changes[:limit]):
            for j, value in enumerate((c.region, c.industry, c.measure, str(c.year))):
                self.changes.setItem(k, j, QTableWidgetItem(value))
            for j, value in ((4, c.old), (5, c.new)):
                item = QTableWidgetItem("" if value is None else f"{value:,.6g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.changes.setItem(k, j, item)
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            keep.setCheckState(Qt.CheckState.Unchecked)
            keep.setData(Qt.ItemDataRole.UserRole, c.cell)
            self.changes.setItem(k, 6, keep)
        self.changes.resizeColumnsToContents()
        self._policy_changed()

    def _policy_changed(self, *_args) -> None:
        ask = self.policy.checkedId() == 2
        self.changes.setColumnHidden(6, not ask)

    def policy_key(self) -> str:
        return ("replace", "keep", "ask")[self.policy.checkedId()]

    def keep_cells(self) -> set[str]:
        if self.policy_key() != "ask":
            return set()
        out = set()
        for k in range(self.changes.rowCount()):
            item = self.changes.item(k, 6)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _choose_report_file(self) -> None:
        wizard = self.wizard_
        default = str(wizard.path.with_name(f"{wizard.path.stem} import report.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_report_to(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export_report_to(self, path: Path) -> None:
        """Write the validation report as a workbook in the background."""
        from desktop_app.services.importing import export_report

        wizard = self.wizard_
        report = wizard.report
        wizard.run_task(
            self.tr("Exporting the report"),
            lambda progress: export_report(report, path),
            lambda written: self.show_status(
                self.tr("Report written to {name}.").format(name=written.name)
            ),
        )

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        return (
            wizard.plan is not None
            and bool(wizard.plan.records)
            and not wizard.plan.extraction.mismatches
            and wizard.batch_id is None
        )

    def validatePage(self) -> bool:  # noqa: N802
        """Import: write in the background; the wizard closes when the batch is written."""
        wizard = self.wizard_
        if wizard.batch_id is not None:
            return True
        if wizard.busy:
            return False
        self.commit()
        return False

    def commit(self) -> None:
        from desktop_app.services.importing import commit_import, import_transaction, save_recipe

        wizard = self.wizard_
        plan, aliases = wizard.plan, dict(wizard.aliases)
        policy = self.policy_key()
        on_changed = "keep" if policy == "keep" else "replace"
        keep_cells = self.keep_cells()
        recipe = copy.deepcopy(plan.recipe)
        name = self.recipe_name.text().strip() if self.save_recipe.isChecked() else ""
        if name:
            recipe.name = name
            plan.recipe.name = name
        project = wizard.session.project

        def run(progress):
            with project.connection() as db, import_transaction(db):
                batch = commit_import(db, plan, on_changed, keep_cells, progress, aliases)
                if name:
                    save_recipe(db, recipe)
                return batch

        def cancelled() -> None:
            self.show_status(self.tr("Import cancelled; nothing was written."))
            self._set_editable(True)

        def failed(error: Exception) -> None:
            self.show_status(
                self.tr("The import failed; nothing was written: {error}").format(error=error),
                error=True,
            )
            self._set_editable(True)

        self._set_editable(False)
        self.show_status(self.tr("Importing {n} values…").format(n=f"{len(plan.records):,}"))
        wizard.run_task(
            self.tr("Importing {name}").format(name=wizard.path.name),
            run,
            wizard.committed,
            failed,
            cancelled,
        )

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.tabs, self.save_recipe, self.recipe_name, self.export_button):
            widget.setEnabled(editable)
        self.recipe_name.setEnabled(editable and self.save_recipe.isChecked())


__all__ = ["LabelsPage", "ReportPage", "SheetPage", "TablePage"]
