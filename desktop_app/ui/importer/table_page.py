"""The table page of the import wizard: the sheet's cells tinted by what will be read.

Header rows and the first and last data row are corrected by clicking; each column gets its
role (several selected columns at once too); what the headers over the value columns hold
(unpivot), what the headings over stacked blocks name (``section_role``), and the measure,
unit, scale and the fixed year, region or industry.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.io.cells import column_letter
from desktop_app.io.periods import INCOMPLETE_CHOICES, PERIOD_RULES
from desktop_app.io.recipes import Recipe, column_index, describe_columns, expectations
from desktop_app.ui.importer.grid_model import ROW_KINDS, TINTS, SheetGridModel, kind_title
from desktop_app.ui.importer.labels_page import page_after_mapping
from desktop_app.ui.importer.page_base import ImportPage, fit_columns
from desktop_app.ui.translated import translated


def role_titles() -> dict[str, str]:
    """Column roles as the user reads them, in menu order."""
    return {
        "ignore": QCoreApplication.translate("ImportWizard", "(not read)"),
        "value": QCoreApplication.translate("ImportWizard", "value"),
        "region": QCoreApplication.translate("ImportWizard", "region"),
        "region_code": QCoreApplication.translate("ImportWizard", "region code"),
        "region_name": QCoreApplication.translate("ImportWizard", "region name"),
        "industry": QCoreApplication.translate("ImportWizard", "industry"),
        "industry_code": QCoreApplication.translate("ImportWizard", "industry code"),
        "industry_name": QCoreApplication.translate("ImportWizard", "industry name"),
        "year": QCoreApplication.translate("ImportWizard", "year"),
        "measure": QCoreApplication.translate("ImportWizard", "measure"),
        "unit": QCoreApplication.translate("ImportWizard", "unit"),
        "flag": QCoreApplication.translate("ImportWizard", "flag"),
    }


def across_titles() -> dict[str, str]:
    """What a header row over the value columns may hold."""
    return {
        "": QCoreApplication.translate("ImportWizard", "(nothing to read)"),
        "year": QCoreApplication.translate("ImportWizard", "years"),
        "region": QCoreApplication.translate("ImportWizard", "regions"),
        "industry": QCoreApplication.translate("ImportWizard", "industries"),
        "measure": QCoreApplication.translate("ImportWizard", "measures"),
    }


def section_titles() -> dict[str, str]:
    """What the headings over stacked blocks may name (recipe field ``section_role``)."""
    return {
        "": QCoreApplication.translate("ImportWizard", "(nothing to read)"),
        "region": QCoreApplication.translate("ImportWizard", "regions"),
        "industry": QCoreApplication.translate("ImportWizard", "industries"),
        "measure": QCoreApplication.translate("ImportWizard", "measures"),
    }


def scale_titles() -> dict[str, str]:
    return {
        "units": QCoreApplication.translate("ImportWizard", "units"),
        "thousands": QCoreApplication.translate("ImportWizard", "thousands"),
        "millions": QCoreApplication.translate("ImportWizard", "millions"),
        "billions": QCoreApplication.translate("ImportWizard", "billions"),
    }


class TablePage(ImportPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Find the table"))
        self.setSubTitle(
            self.tr(
                "The rows are tinted by what will be read. Select rows and use the buttons (or "
                "right-click) to correct the header and the data rows; give each column its role "
                "(select several columns to give them one role at once)."
            )
        )
        top = QHBoxLayout()
        self.table_combo = QComboBox()
        self.table_combo.currentIndexChanged.connect(self._table_chosen)
        top.addWidget(QLabel(self.tr("Table")))
        top.addWidget(self.table_combo, 1)
        self.all_sheets_check = QCheckBox(self.tr("Apply to all sheets like this one"))
        self.all_sheets_check.setToolTip(
            self.tr(
                "Read every sheet whose header is the same with these choices, as one import "
                "(the others are listed and left out); a recipe saved from it serves them all"
            )
        )
        top.addWidget(self.all_sheets_check)
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
        many = QHBoxLayout()
        many.addWidget(QLabel(self.tr("Selected columns:")))
        self.many_role_combo = QComboBox()
        for key, title in role_titles().items():
            self.many_role_combo.addItem(title, key)
        self.many_role_button = QPushButton(self.tr("Give them this role"))
        self.many_role_button.setToolTip(
            self.tr("Columns selected in the grid or in the list below")
        )
        self.many_role_button.clicked.connect(
            lambda: self.set_roles(self.selected_columns(), self.many_role_combo.currentData())
        )
        many.addWidget(self.many_role_combo, 1)
        many.addWidget(self.many_role_button)
        columns_layout.addLayout(many)
        self.columns = QTableWidget(0, 3)
        self.columns.setMinimumHeight(200)
        self.columns.verticalHeader().setDefaultSectionSize(26)  # as tall as a role menu
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Role")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setWordWrap(False)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns_layout.addWidget(self.columns)
        right_layout.addWidget(columns_box, 1)

        self.across_box = QGroupBox(self.tr("What the headers and block headings hold"))
        box_layout = QVBoxLayout(self.across_box)
        self.across_layout = QFormLayout()  # one line per header row, made by _fill
        box_layout.addLayout(self.across_layout)
        section_form = QFormLayout()
        box_layout.addLayout(section_form)
        self.section_combo = QComboBox()
        for key, title in section_titles().items():
            self.section_combo.addItem(title, key)
        self.section_combo.setToolTip(
            self.tr(
                "What the one-cell headings over stacked blocks ('Stadt Göttingen', "
                "'Deutschland') name; recipe field section_role"
            )
        )
        self.section_combo.currentIndexChanged.connect(self._changed)
        section_form.addRow(self.tr("The block headings are"), self.section_combo)
        self.region_from_combo = QComboBox()
        self.region_from_combo.setToolTip(
            self.tr("Read the region of all values from each sheet (recipe field region_from)")
        )
        self.region_from_combo.currentIndexChanged.connect(self._changed)
        section_form.addRow(self.tr("The region of all values"), self.region_from_combo)
        self.region_from_row = section_form.rowCount() - 1
        self.periods_combo = QComboBox()
        self.periods_combo.addItem(self.tr("not set"), None)
        for rule, title in (("mean", self.tr("the mean of its periods (stocks, e.g. jobs)")),
                            ("sum", self.tr("the sum of its periods (flows)")),
                            ("last", self.tr("its last period"))):
            self.periods_combo.addItem(title, rule)
        for rule in PERIOD_RULES:
            if rule not in ("mean", "sum", "last"):
                self.periods_combo.addItem(self.tr("period {rule} only").format(rule=rule), rule)
        self.periods_combo.setToolTip(
            self.tr("How months or quarters form a year (recipe field periods)")
        )
        self.periods_combo.currentIndexChanged.connect(self._changed)
        section_form.addRow(self.tr("A year from months or quarters is"), self.periods_combo)
        self.incomplete_combo = QComboBox()
        titles = {"flag": self.tr("kept, flagged incomplete"), "drop": self.tr("left out")}
        for choice in INCOMPLETE_CHOICES:
            self.incomplete_combo.addItem(titles[choice], choice)
        self.incomplete_combo.setToolTip(
            self.tr("A year with missing periods (recipe field incomplete_years)")
        )
        self.incomplete_combo.currentIndexChanged.connect(self._changed)
        section_form.addRow(self.tr("A year with missing periods is"), self.incomplete_combo)
        self.section_form = section_form
        right_layout.addWidget(self.across_box)

        what = QGroupBox(self.tr("What the values are"))
        form = QGridLayout(what)
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
        # two label-field pairs a line, so that the columns list above keeps its height
        for k, (text, widget) in enumerate(
            (
                (self.tr("Measure"), self.measure_edit),
                (self.tr("Unit"), self.unit_edit),
                (self.tr("Scale"), self.scale_combo),
                (self.tr("Year of all"), self.year_spin),
                (self.tr("Region of all"), self.region_edit),
                (self.tr("Industry of all"), self.industry_edit),
            )
        ):
            form.addWidget(QLabel(text), k // 2, 2 * (k % 2))
            form.addWidget(widget, k // 2, 2 * (k % 2) + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.region_edit.setToolTip(self.tr("Region of all values (recipe field fixed.region)"))
        self.industry_edit.setToolTip(
            self.tr("Industry of all values (recipe field fixed.industry)")
        )
        self.year_spin.setToolTip(self.tr("Year of all values (recipe field fixed.year)"))
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
        fit_columns(self.grid, self.wizard_.sheet_layout.grid.rows[:40], 240)

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
        values = set(value_columns(recipe))
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
        self.section_combo.setCurrentIndex(
            max(self.section_combo.findData(recipe.section_role or ""), 0)
        )
        self.periods_combo.setCurrentIndex(max(self.periods_combo.findData(recipe.periods), 0))
        self.incomplete_combo.setCurrentIndex(
            max(self.incomplete_combo.findData(recipe.incomplete_years), 0)
        )
        self._offer_region_from(recipe, table)
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
        letters = self.selected_columns()
        if letters:
            roles = menu.addMenu(
                self.tr("Give column(s) {letters} the role").format(letters=", ".join(letters))
            )
            for key, title in role_titles().items():
                roles.addAction(title, lambda k=key: self.set_roles(letters, k))
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def set_role(self, letter: str, role: str) -> None:
        """Give a column a role (as choosing it in the Columns list does)."""
        for k in range(self.columns.rowCount()):
            if self.columns.item(k, 0).text() == letter:
                combo = self.columns.cellWidget(k, 2)
                combo.setCurrentIndex(combo.findData(role))
                return
        raise KeyError(letter)

    def selected_columns(self) -> list[str]:
        """Letters of the columns selected in the grid or in the Columns list."""
        cols = {i.column() for i in self.grid.selectionModel().selectedIndexes()}
        letters = {column_letter(c) for c in cols}
        letters |= {
            self.columns.item(i.row(), 0).text()
            for i in self.columns.selectionModel().selectedRows()
        }
        return sorted(letters, key=column_index)

    def set_roles(self, letters: list[str], role: str) -> None:
        """Give several columns one role, as one change (the check runs once)."""
        shown = {self.columns.item(k, 0).text(): k for k in range(self.columns.rowCount())}
        wanted = [shown[letter] for letter in letters if letter in shown]
        if not wanted:
            return
        self._filling = True
        for k in wanted:
            combo = self.columns.cellWidget(k, 2)
            combo.setCurrentIndex(combo.findData(role))
        self._filling = False
        self._changed()

    def _offer_region_from(self, recipe: Recipe, table) -> None:
        """Offer the region from the sheet's name or the title when either names a place
        ('1. North East', 'Region - North East'); the row is hidden when neither does."""
        from desktop_app.io.places import place_from_text, place_from_title

        grid = self.wizard_.sheet_layout.grid
        top = table.header_rows[0] if table and table.header_rows else recipe.first_data_row - 1
        titles = [
            (column_letter(0) + str(r + 1), " ".join(str(v).strip() for v in row if str(v).strip()))
            for r, row in enumerate(grid.rows[:top])
        ]
        offers = {
            "sheet": place_from_text(grid.sheet),
            "title": (place_from_title([t for t in titles if t[1]]) or (None,))[0],
        }
        combo = self.region_from_combo
        combo.clear()
        combo.addItem(self.tr("from the table or as typed"), "")
        if offers["sheet"] or recipe.region_from == "sheet":
            combo.addItem(
                self.tr("from each sheet's name (here: {place})").format(place=offers["sheet"]),
                "sheet",
            )
        if offers["title"] or recipe.region_from == "title":
            combo.addItem(
                self.tr("from each sheet's title (here: {place})").format(place=offers["title"]),
                "title",
            )
        combo.setCurrentIndex(max(combo.findData(recipe.region_from or ""), 0))
        self.section_form.setRowVisible(self.region_from_row, combo.count() > 1)

    def set_region_from(self, source: str | None) -> None:
        """Take the region of all values from each sheet's name or title (None: as typed)."""
        self.region_from_combo.setCurrentIndex(self.region_from_combo.findData(source or ""))

    def set_section_role(self, role: str | None) -> None:
        """Say what the headings over stacked blocks name (None: nothing to read)."""
        self.section_combo.setCurrentIndex(self.section_combo.findData(role or ""))

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
        recipe.section_role = self.section_combo.currentData() or None
        recipe.region_from = self.region_from_combo.currentData() or None
        recipe.periods = self.periods_combo.currentData() or None
        recipe.incomplete_years = self.incomplete_combo.currentData() or "flag"
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
            and bool(value_columns(recipe))
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
        return page_after_mapping(self.wizard_.matches)

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.services.importing import check_import, plan_sheet, plan_sheets

        wizard = self.wizard_
        if getattr(self, "_ready_for", None) is wizard.recipe and wizard.plan is not None:
            self._ready_for = None
            return True
        if wizard.busy:
            return False
        all_sheets = self.all_sheets_check.isChecked()
        wizard.recipe.sheet = "*" if all_sheets else wizard.sheet_layout.grid.sheet
        recipe = copy.deepcopy(wizard.recipe)
        layout, project = wizard.sheet_layout, wizard.session.project

        def run(progress):
            progress.report(None, "mapping the values")
            if all_sheets:  # the file is read again, every sheet like this one
                plan = plan_sheets(layout.path, recipe, "*", progress)
            else:
                plan = plan_sheet(layout, recipe)
            progress.check()
            with project.connection() as db:
                return check_import(db, plan)

        def done(checked) -> None:
            plan = checked.plan
            if not plan.records:
                reasons = [
                    f"{p.place}: {translated(p.reason)}"
                    for p in plan.problems
                    if p.severity != "info"
                ][:3]
                self.show_status(
                    self.tr("No value could be read with these choices.")
                    + "".join(f"\n{r}" for r in reasons),
                    error=True,
                )
                return
            wizard.checked = checked
            wizard.aliases = dict(checked.aliases)
            wizard.one_step = False
            self._ready_for = wizard.recipe
            wizard.next()

        self.show_status(self.tr("Reading the values…"))
        wizard.run_task(self.tr("Mapping {name}").format(name=wizard.path.name), run, done)
        return False


def value_columns(recipe: Recipe) -> list[int]:
    """The columns whose cells are read as values (named "value", else the value range)."""
    from desktop_app.io.recipes import expand_columns

    roles = {column_index(c): r for c, r in recipe.columns.items()}
    named = [c for c, r in roles.items() if r == "value"]
    return named or expand_columns(recipe.value_columns)
