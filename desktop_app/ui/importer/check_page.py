"""The check page of the import wizard: what would be written, and why it may be wrong.

The summary counts, the implausible mappings (each with what settles it and an "Import anyway"
box), a preview of the rows (first rows and a seeded sample, filterable) with the number of
values per region, industry and year, the problems and the changed values to keep or replace.
Import stays disabled while a doubt is open; it writes through the same service function as
the command line (:func:`desktop_app.services.importing.commit_checked`).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.importer.doubts_panel import DoubtsPanel
from desktop_app.ui.importer.page_base import ImportPage
from desktop_app.ui.importer.preview_panel import PreviewPanel
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.translated import error_message, translated


class CheckPage(ImportPage):
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
        self.doubts = DoubtsPanel()
        self.doubts.sig_accepted_changed.connect(self._accepted_changed)
        self.tabs.addTab(self.doubts, self.tr("Before importing"))
        self.preview = PreviewPanel()
        self.tabs.addTab(self.preview, self.tr("Rows to be written"))
        problems = self.problems_tab = QWidget()
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
        changes = self.changes_tab = QWidget()
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
        text = self.tr(
            "<b>{file}</b>, sheet <b>{sheet}</b>: {rows} rows read. Values: <b>{new}</b> new, "
            "<b>{changed}</b> changed, <b>{unchanged}</b> unchanged; <b>{rejected}</b> rejected."
        ).format(
            file=report.file,
            sheet=report.sheet,
            rows=in_locale(f"{report.rows_read:,}"),
            new=in_locale(f"{report.new:,}"),
            changed=in_locale(f"{report.changed:,}"),
            unchanged=in_locale(f"{report.unchanged:,}"),
            rejected=in_locale(f"{report.rejected:,}"),
        )
        if report.cells:
            text += "<br>" + self.tr(
                "Cells: {read} read = {used} used + {explained} explained (listed below with "
                "their reasons)."
            ).format(
                read=in_locale(f"{report.cells.read:,}"),
                used=in_locale(f"{report.cells.used:,}"),
                explained=in_locale(f"{report.cells.explained:,}"),
            )
        if report.already_imported:
            text += "<br>" + self.tr(
                "<span style='color:#b3261e'>This file was imported before ({when}).</span>"
            ).format(when=report.already_imported)
        if plan.extraction.mismatches:
            text += "<br>" + self.tr(
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
            text += "<br>" + self.tr(
                "New in the project: {r} region(s), {i} industry(ies)."
            ).format(r=new_labels["region"], i=new_labels["industry"])
        if wizard.aliases:
            text += "<br>" + self.tr("{n} label(s) will be remembered as aliases.").format(
                n=len(wizard.aliases)
            )
        self.summary.setText(text)
        checked = wizard.checked
        self.doubts.show_doubts(checked.doubts, plan.recipe.accept)
        self.tabs.setTabVisible(self.tabs.indexOf(self.doubts), bool(checked.doubts))
        self.tabs.setTabText(
            self.tabs.indexOf(self.doubts),
            self.tr("Before importing ({n})").format(n=len(checked.doubts)),
        )
        self.tabs.setCurrentWidget(self.doubts if checked.open_doubts() else self.preview)
        self.preview.show_preview(checked.preview)
        self._fill_problems()
        self._fill_changes()
        self.tabs.setTabText(
            self.tabs.indexOf(self.changes_tab),
            self.tr("Changed values ({n})").format(n=f"{len(report.changes):,}"),
        )
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
            self.problems.setItem(k, 2, QTableWidgetItem(translated(p.reason)))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        n_problems = sum(1 for p in report.problems if p.severity != "info")
        n_notes = len(report.problems) - n_problems
        self.tabs.setTabText(
            self.tabs.indexOf(self.problems_tab),
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
                item = QTableWidgetItem("" if value is None else in_locale(f"{value:,.6g}"))
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

    def _accepted_changed(self, accepted: list[str]) -> None:
        """'Import anyway' ticked or not: the recipe's accept field, kept if it is saved."""
        wizard = self.wizard_
        for recipe in {id(r): r for r in (wizard.plan.recipe, wizard.recipe) if r}.values():
            recipe.accept = sorted(accepted)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        wizard = self.wizard_
        return wizard.checked is not None and wizard.checked.can_commit and wizard.batch_id is None

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
        from desktop_app.services.importing import commit_checked

        wizard = self.wizard_
        checked = wizard.checked
        plan = checked.plan
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
            with project.connection() as db:
                return commit_checked(
                    db, checked, on_changed, keep_cells, progress, recipe if name else None
                )

        def cancelled() -> None:
            self.show_status(self.tr("Import cancelled; nothing was written."))
            self._set_editable(True)

        def failed(error: Exception) -> None:
            self.show_status(
                self.tr("The import failed; nothing was written: {error}").format(error=error_message(error)),
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


def _is_reading_note(problem) -> bool:
    """A note on how text became a number ('"1.234,5" read as 1234.5'); shown on request."""
    return problem.severity == "info" and " read as " in problem.reason
