"""Export and merge dialogs: choose a layout or a package, run it in the background, decide.

The export dialog offers the four layouts with a line on what each is for, a selection of
measures and years, for the report the regions whose lifecycles it fits and the scenario
studies it shows (nothing chosen behind the user's back), the target file, and runs the export
with a progress bar and Cancel. The
merge dialog first runs a dry run of the merge, lists the conflicts with a check box each
("take theirs"), and merges only when asked, with the checked conflicts taken from the other
office.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store.measures import list_measures
from desktop_app.store.observations import years as stored_years
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.tasks import TaskPanel
from desktop_app.ui.translated import export_language, translated


def export_layouts() -> list[tuple[str, str, str]]:
    """(key, title, what it is for) of each export layout, in the order they are offered."""
    return [
        (
            "tidy",
            QCoreApplication.translate("ExportLayouts", "Exchange (tidy)"),
            QCoreApplication.translate(
                "ExportLayouts",
                "One observation per row with classifications, aliases and sources; another "
                "Anticipa imports it unchanged."
            ),
        ),
        (
            "official",
            QCoreApplication.translate("ExportLayouts", "Official tables"),
            QCoreApplication.translate(
                "ExportLayouts",
                "One table per measure and industry, regions by year, with titles, units and "
                "source notes, as statistics offices publish."
            ),
        ),
        (
            "template",
            QCoreApplication.translate("ExportLayouts", "Collection template"),
            QCoreApplication.translate(
                "ExportLayouts",
                "A workbook for officials to fill in, with drop-down lists of regions, industries, "
                "measures and years; it imports with no mapping."
            ),
        ),
        (
            "report",
            QCoreApplication.translate("ExportLayouts", "Report workbook"),
            QCoreApplication.translate(
                "ExportLayouts",
                "Indicator tables (location quotients, shift-share, concentration, complexity), "
                "lifecycle stages, competencies and scenario results, with Excel charts and "
                "colour highlights."
            ),
        ),
    ]


class ExportDialog(QDialog):
    """Choose a layout, a selection and a file, then export in the background."""

    def __init__(
        self, session: ProjectSession, parent: QWidget | None = None, layout_key: str = "tidy"
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.result = None
        self.setWindowTitle(self.tr("Export to Excel"))
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("Layout"))
        box_layout = QVBoxLayout(box)
        self.layout_group = QButtonGroup(self)
        for k, (key, title, description) in enumerate(export_layouts()):
            radio = QRadioButton(title)
            radio.setProperty("layout_key", key)
            radio.setChecked(key == layout_key)
            self.layout_group.addButton(radio, k)
            hint = QLabel(description)
            hint.setWordWrap(True)
            hint.setContentsMargins(22, 0, 0, 4)
            box_layout.addWidget(radio)
            box_layout.addWidget(hint)
        layout.addWidget(box)

        selection = QGroupBox(self.tr("Selection"))
        form = QFormLayout(selection)
        self.measure_list = check_list(
            [(m.code, f"{m.code}: {m.name}", True) for m in list_measures(session.db)])
        form.addRow(self.tr("Measures"), self.measure_list)
        years = stored_years(session.db)
        self.year_from, self.year_to = QSpinBox(), QSpinBox()
        for spin, value in (
            (self.year_from, years[0] if years else 2000),
            (self.year_to, years[-1] if years else 2000),
        ):
            spin.setRange(1800, 2200)
            spin.setValue(value)
        years_row = QHBoxLayout()
        years_row.addWidget(self.year_from)
        years_row.addWidget(QLabel(self.tr("to")))
        years_row.addWidget(self.year_to)
        years_row.addStretch(1)
        form.addRow(self.tr("Years"), years_row)
        self.authors = QCheckBox(self.tr("Include the user names recorded with sources"))
        form.addRow("", self.authors)
        layout.addWidget(selection)
        self.report_box = self._report_choices()
        layout.addWidget(self.report_box)
        self.layout_group.buttonToggled.connect(
            lambda _button, _on: self.report_box.setVisible(self.layout_key() == "report"))
        self.report_box.setVisible(self.layout_key() == "report")

        file_row = QHBoxLayout()
        default = Path(session.project.path).with_suffix(".xlsx")
        self.path_edit = QLineEdit(str(default))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)

        self.run_panel = TaskPanel(session.tasks, self, inline=True)
        layout.addWidget(self.run_panel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        room = self.screen().availableGeometry().size() * 0.9  # lists give way on a small screen
        self.resize(self.sizeHint().expandedTo(QSize(560, 640)).boundedTo(room))

    def _report_choices(self) -> QGroupBox:
        """The report's regions (lifecycles) and studies, checked as the report will use them."""
        from desktop_app.services.lifecycles import report_regions
        from desktop_app.store import classifications
        from desktop_app.store import scenarios as studies
        from desktop_app.store.observations import regions_with_values

        db = self.session.db
        box = QGroupBox(self.tr("Report"))
        form = QFormLayout(box)
        default = {classifications.get(db, "region", rid).code
                   for rid in report_regions(db, None)}
        self.report_regions = check_list(
            [(code, f"{code} {name}", code in default) for code, name in regions_with_values(db)])
        form.addRow(self.tr("Lifecycles of"), self.report_regions)
        first = next((self.report_regions.item(k) for k in range(self.report_regions.count())
                      if self.report_regions.item(k).checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.report_regions.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)
        self.report_studies = check_list([
            (s.name, self.tr("{name}: {n} scenarios stored").format(name=s.name, n=s.n_scenarios)
             if s.n_scenarios else self.tr("{name}: not solved yet").format(name=s.name), True)
            for s in studies.list_studies(db)])
        form.addRow(self.tr("Scenario studies"), self.report_studies)
        return box

    def report_scope(self):
        """What the report covers, as checked; None for the other layouts."""
        from desktop_app.services.export import ReportScope

        if self.layout_key() != "report":
            return None
        return ReportScope(regions=checked_keys(self.report_regions),
                           studies=checked_keys(self.report_studies))

    def layout_key(self) -> str:
        return self.layout_group.checkedButton().property("layout_key")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.path_edit.setText(path if path.endswith(".xlsx") else path + ".xlsx")

    def selection(self):
        from desktop_app.services.export import Selection

        codes = checked_keys(self.measure_list)
        all_measures = len(codes) == self.measure_list.count()
        lo, hi = sorted((self.year_from.value(), self.year_to.value()))
        known = stored_years(self.session.db)
        years = tuple(y for y in known if lo <= y <= hi)
        return Selection(
            measures=None if all_measures else codes, years=None if years == tuple(known) else years
        )

    def start(self) -> None:
        from desktop_app.services.export import export_project

        target = Path(self.path_edit.text().strip())
        if target.suffix.lower() != ".xlsx":
            self.status.setText(self.tr("Choose a file ending in .xlsx."))
            return
        layout, selection, scope = self.layout_key(), self.selection(), self.report_scope()
        if scope is not None and not scope.regions and self.report_regions.count():
            self.status.setText(self.tr("Check the regions whose lifecycles the report shows."))
            return
        authors = self.authors.isChecked()
        project = self.session.project
        language = export_language()

        def run(progress):
            with project.connection() as db:
                return export_project(db, target, layout, selection, authors, progress, scope,
                                      language)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.session.tasks.start(
            self.tr("Export to Excel"), run, self._done, self._failed, self._cancelled
        )

    def _finish(self, text: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(text)

    def _done(self, result) -> None:
        self.result = result
        self._finish(
            self.tr("Wrote {0}: {1} observations.").format(
                result.path.name, in_locale(f"{result.observations:,}")
            )
            + "".join(f"\n{translated(note)}" for note in result.notes)
        )
        self.session.sig_status.emit(self.tr("Exported {0}").format(result.path.name))

    def _failed(self, error: Exception) -> None:
        self._finish(self.tr("The export failed: {0}").format(error))

    def _cancelled(self) -> None:
        self._finish(self.tr("Export cancelled; no file was written."))


def check_list(items: list[tuple[str, str, bool]]) -> QListWidget:
    """A list of check boxes: (key, text, checked) each."""
    widget = QListWidget()
    widget.setMaximumHeight(80)
    for key, text, checked in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_keys(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(k).data(Qt.ItemDataRole.UserRole) for k in range(widget.count())
                 if widget.item(k).checkState() == Qt.CheckState.Checked)


class MergeDialog(QDialog):
    """Merge another office's project: dry run, conflicts to decide, then merge."""

    def __init__(
        self,
        session: ProjectSession,
        other: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.report = None
        self.setWindowTitle(self.tr("Merge another office's project"))
        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit(str(other) if other else "")
        self.path_edit.setPlaceholderText(self.tr("The other office's project file (.anticipa)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        file_row.addWidget(self.check_button)
        layout.addLayout(file_row)
        self.summary = QLabel(
            self.tr("Choose a project package and press Check: nothing is written until you merge.")
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Take theirs"),
                self.tr("What"),
                self.tr("Here"),
                self.tr("Theirs"),
                self.tr("Their source"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.run_panel = TaskPanel(session.tasks, self, inline=True)
        layout.addWidget(self.run_panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(lambda: self.start(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Project package"), "", self.tr("Anticipa project (*.anticipa)")
        )
        if path:
            self.path_edit.setText(path)

    def chosen_keys(self) -> list[str]:
        keys = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def start(self, dry_run: bool) -> None:
        from desktop_app.services.merge import merge_project

        other = Path(self.path_edit.text().strip())
        if not other.is_file():
            self.summary.setText(self.tr("{0} is not a file.").format(other))
            return
        take = [] if dry_run else self.chosen_keys()
        project = self.session.project

        def run(progress):
            with project.connection() as db:
                return merge_project(
                    db, other, dry_run=dry_run, take_theirs=take, progress=progress
                )

        self.check_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.session.tasks.start(self.tr("Merge"), run, self._done, self._failed, self._cancelled)

    def _idle(self) -> None:
        self.check_button.setEnabled(True)

    def _done(self, report) -> None:
        self._idle()
        self.report = report
        added = ", ".join(f"{n:,} {what}" for what, n in report.added.items() if n)
        if report.dry_run:
            text = self.tr(
                "{0} would bring: {1}. {2} conflict(s): tick those where "
                "{0}'s version should win, then Merge."
            )
            self.summary.setText(
                text.format(report.office, added or self.tr("nothing new"), len(report.conflicts))
            )
            self.show_conflicts(report.conflicts)
            self.merge_button.setEnabled(True)
        else:
            text = self.tr("Merged from {0}: {1}. {2} conflict(s) taken from {0}, the others kept.")
            self.summary.setText(
                text.format(report.office, added or self.tr("nothing new"), report.taken_from_them)
            )
            self.session.sig_observations_changed.emit(None)
            self.session.sig_classifications_changed.emit()

    def show_conflicts(self, conflicts) -> None:
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, c.key)
            self.table.setItem(row, 0, check)
            for col, text in enumerate((f"{c.kind}: {c.key}", c.ours, c.theirs, c.source), start=1):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.summary.setText(self.tr("The merge failed: {0}").format(error))

    def _cancelled(self) -> None:
        self._idle()
        self.summary.setText(self.tr("Cancelled; the project is unchanged."))


def run_export(window, session: ProjectSession, path=None) -> None:
    """Menu entry: the export dialog for the open project."""
    if session is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Export"), QCoreApplication.translate("MainWindow", "Open a project first."))
        return
    ExportDialog(session, window).exec()


def run_merge(window, session: ProjectSession, path=None) -> None:
    """Menu entry: the merge dialog for the open project."""
    if session is None:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Merge"), QCoreApplication.translate("MainWindow", "Open a project first."))
        return
    MergeDialog(session, path, window).exec()
