"""The first page of the import wizard: the sheets with a preview of each, and the saved recipes
that fit (one step to the check page with a recipe)."""

from __future__ import annotations

import copy
import fnmatch

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from desktop_app.io.recipes import Recipe
from desktop_app.ui.importer.grid_model import SheetGridModel
from desktop_app.ui.importer.labels_page import page_after_mapping
from desktop_app.ui.importer.page_base import ImportPage, fit_columns


class SheetPage(ImportPage):
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
            fits = bool(
                fnmatch.filter(overview.sheet_names, recipe.sheet)
            )  # a name or a pattern such as '*'
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
        fit_columns(self.preview, overview.sheets[row].rows, 220)
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
        from desktop_app.ui.importer.wizard import TABLE

        wizard = self.wizard_
        if wizard.one_step and wizard.plan is not None:
            return page_after_mapping(wizard.matches)
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
        from desktop_app.services.importing import check_import, plan_import

        wizard = self.wizard_
        index = self.recipe_combo.currentIndex()
        if not self.recipes or index < 0 or wizard.busy:
            return
        recipe = copy.deepcopy(self.recipes[index])
        path, project = wizard.path, wizard.session.project

        def run(progress):
            plan = plan_import(path, recipe=recipe, progress=progress)
            with project.connection() as db:
                return check_import(db, plan)

        def done(result) -> None:
            wizard.checked = result
            wizard.recipe = result.plan.recipe
            wizard.aliases = dict(result.aliases)
            wizard.one_step = True
            wizard.next()

        self.show_status(
            self.tr("Reading {name} with the recipe {recipe}…").format(
                name=path.name, recipe=recipe.name
            )
        )
        wizard.run_task(self.tr("Import with {recipe}").format(recipe=recipe.name), run, done)
