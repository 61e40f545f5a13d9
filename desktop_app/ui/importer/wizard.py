"""The import wizard: sheet, table, labels, check, then one all-or-nothing import.

File ▸ Import workbook… (or a workbook dropped on the window) opens it. Anticipa's own exchange
workbook and a filled collection template skip the mapping: they are imported at once and a
summary says what was written (:meth:`ImportWizard.import_exchange`). Every step that reads
the file, maps labels, checks against the project or writes runs in the session's task runner,
so the window stays responsive; the commit can be cancelled and then leaves nothing behind.
One module per page: :mod:`~desktop_app.ui.importer.sheet_page`, ``table_page``,
``labels_page`` and ``check_page``. The pages plan, check and commit through the service
functions the command line uses (``plan_sheet``/``plan_import``, ``check_import``,
``commit_checked``), so both refuse the same implausible mappings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget, QWizard

from desktop_app.collection import collection_paused
from desktop_app.io.recipes import Recipe
from desktop_app.ui.errors import error_text
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.policy.news import signpost_news
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import error_message

#: Page ids, in order.
SHEET, TABLE, LABELS, CHECK = range(4)

WORKBOOK_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


class ImportWizard(QWizard):
    """Guides one import; holds what each step found for the next one.

    Attributes
    ----------
    overview : WorkbookOverview or None
        The sheets and their previews.
    sheet_layout : SheetLayout or None
        The chosen sheet in full, its tables and the proposed recipes.
    recipe : Recipe or None
        The recipe being edited (proposed, saved or corrected).
    checked : CheckedImport or None
        The mapped values, the labels the project does not know, the report, the
        implausible mappings and the preview (``plan``, ``matches`` and ``report`` read it).
    aliases : dict
        (kind, label) -> id chosen on the labels page.
    batch_id : int or None
        The import batch once written.
    """

    def __init__(self, session: ProjectSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.ui.importer.check_page import CheckPage
        from desktop_app.ui.importer.labels_page import LabelsPage
        from desktop_app.ui.importer.sheet_page import SheetPage
        from desktop_app.ui.importer.table_page import TablePage

        self.session = session
        self.path = Path(path)
        self.overview = None
        self.sheet_layout = None
        self.recipe: Recipe | None = None
        self.checked = None
        self.aliases: dict[tuple[str, str], int] = {}
        self.batch_id: int | None = None
        self.exchange_result = None
        self.summary: QMessageBox | None = None
        self.one_step = False
        self._closed = False
        self.setWindowTitle(self.tr("Import {name}").format(name=self.path.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.sheet_page = SheetPage(self)
        self.table_page = TablePage(self)
        self.labels_page = LabelsPage(self)
        self.check_page = CheckPage(self)
        for page_id, page in (
            (SHEET, self.sheet_page),
            (TABLE, self.table_page),
            (LABELS, self.labels_page),
            (CHECK, self.check_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(SHEET)
        self.resize(1180, 760)

    @property
    def plan(self):
        return self.checked.plan if self.checked is not None else None

    @property
    def report(self):
        return self.checked.report if self.checked is not None else None

    @property
    def matches(self) -> list:
        return self.checked.matches if self.checked is not None else []

    # --- background work ---------------------------------------------------------------
    def run_task(
        self,
        title: str,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run ``fn(progress=...)`` in the task runner; callbacks are dropped once closed."""

        # Views over the sheet ask Python for every cell they paint; while a worker runs
        # Python, each of those calls waits its turn for the interpreter, so a repaint of the
        # grid would stall the window. They keep their last picture until the step is done.
        frozen = [
            v for v in getattr(self.currentPage(), "sheet_views", list)() if v.updatesEnabled()
        ]
        for view in frozen:
            view.setUpdatesEnabled(False)

        def guard(callback):
            def call(*args):
                if not self._closed and callback is not None:
                    callback(*args)  # may move to the next page: the views then stay unpainted
                for view in frozen:
                    view.setUpdatesEnabled(True)

            return call

        def quietly(progress):
            # no collection walks the sheet meanwhile; the GUI thread's collector then
            # freezes what the step left (desktop_app.ui.gui_collector)
            with collection_paused():
                return fn(progress=progress)

        self.session.tasks.start(
            title,
            quietly,
            guard(on_done),
            guard(on_failed or self.current_page_failed),
            guard(on_cancelled or self.current_page_cancelled),
        )

    def current_page_failed(self, error: Exception) -> None:
        page = self.currentPage()
        if hasattr(page, "show_status"):
            page.show_status(error_text(error), error=True)

    def current_page_cancelled(self) -> None:
        page = self.currentPage()
        if hasattr(page, "show_status"):
            page.show_status(self.tr("Stopped."))

    @property
    def busy(self) -> bool:
        return self.session.tasks.running()

    # --- closing -----------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel stops a running step first (an import being written leaves nothing)."""
        if self.busy:
            self.session.tasks.cancel()
        self._close()
        super().reject()

    def accept(self) -> None:
        self._close()
        super().accept()

    def _close(self) -> None:
        """Let go of the sheet and the values."""
        self._closed = True
        self.overview = self.sheet_layout = self.checked = None
        for page in (self.sheet_page, self.table_page):
            page.release()

    # --- what happens after the commit ---------------------------------------------------
    def committed(self, batch_id: int) -> None:
        """Tell the views, say what was written, close."""
        self.batch_id = batch_id
        session = self.session
        session.sig_observations_changed.emit(None)
        session.sig_classifications_changed.emit()
        count = len(self.plan.records) if self.plan else 0
        session.sig_status.emit(
            self.tr("Imported {n} values from {file} (import batch {batch}).").format(
                n=in_locale(f"{count:,}"), file=self.path.name, batch=batch_id
            ) + signpost_news(session.db, batch_id, "import")
        )
        self.accept()

    # --- Anticipa's own workbooks --------------------------------------------------------
    def import_exchange(self, overview, layout: str) -> None:
        """An exchange workbook or filled template: no mapping, imported in the background.

        The file is checked whole and written as one batch (progress and Cancel on the page
        and in the status bar); a summary says what was written. A file that cannot be
        imported as it is shows its sheets as usual, with the reason.
        """
        from desktop_app.services.exchange_import import EXCHANGE

        page = self.sheet_page
        project, path = self.session.project, self.path

        def run(progress):
            from desktop_app.services.exchange_import import import_exchange

            with project.connection() as db:
                return import_exchange(db, path, progress=progress)

        def failed(error: Exception) -> None:
            page.show_sheets(overview)
            page.show_status(
                self.tr("{name} cannot be imported as it is; nothing was written. {error}").format(
                    name=path.name, error=error_message(error)
                ),
                error=True,
            )

        def cancelled() -> None:
            page.show_sheets(overview)
            page.show_status(self.tr("Import cancelled; nothing was written."))

        kind = (
            self.tr("an Anticipa exchange workbook")
            if layout == EXCHANGE
            else self.tr("a filled collection template")
        )
        page.show_status(
            self.tr("{name} is {kind}: importing it, no mapping needed…").format(
                name=path.name, kind=kind
            )
        )
        self.run_task(
            self.tr("Importing {name}").format(name=path.name),
            run,
            self._exchange_imported,
            failed,
            cancelled,
        )

    def _exchange_imported(self, result) -> None:
        """Tell the views, show the summary, close."""
        report = result.report
        session = self.session
        if result.batch_id is not None:
            self.batch_id = result.batch_id
            session.sig_observations_changed.emit(None)
            session.sig_classifications_changed.emit()
            lines = [
                self.tr(
                    "Imported {new} new and {changed} changed values from {file} "
                    "(import batch {batch})."
                ).format(
                    new=in_locale(f"{report.new:,}"),
                    changed=in_locale(f"{report.changed - result.kept:,}"),
                    file=self.path.name,
                    batch=result.batch_id,
                )
            ]
        else:
            lines = [
                self.tr("Nothing was written: {file} holds no new or changed values.").format(
                    file=self.path.name
                )
            ]
        session.sig_status.emit(lines[0] + (
            signpost_news(session.db, result.batch_id, "import") if result.batch_id else ""))
        lines.append(
            self.tr("{n} values were already in the project as they are.").format(
                n=in_locale(f"{report.unchanged:,}")
            )
        )
        if result.kept:
            lines.append(
                self.tr("{n} changed values were kept as the project had them.").format(
                    n=in_locale(f"{result.kept:,}")
                )
            )
        if any(result.added.values()):
            lines.append(
                self.tr(
                    "Added {regions} regions, {industries} industries, {measures} measures."
                ).format(**result.added)
            )
        if result.not_filled:
            lines.append(
                self.tr("{n} template rows were left empty and skipped.").format(
                    n=result.not_filled
                )
            )
        if report.already_imported:
            lines.append(
                self.tr("This file was imported before ({batch}).").format(
                    batch=report.already_imported
                )
            )
        self.summary = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import {name}").format(name=self.path.name),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.open()
        # QWizard.done would first validate the sheet page, which has nothing to validate here
        self._close()
        QDialog.done(self, QDialog.DialogCode.Accepted)
        self.exchange_result = result


def open_import_wizard(window, session: ProjectSession, path=None) -> ImportWizard | None:
    """File ▸ Import workbook…: ask for a file (unless one was dropped) and open the wizard."""
    if session is None:
        return None
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("ImportWizard", "Import workbook"),
            "",
            QCoreApplication.translate(
                "ImportWizard", "Workbooks ({patterns});;All files (*)"
            ).format(patterns=WORKBOOK_FILTER),
        )
        if not chosen:
            return None
        path = chosen
    wizard = ImportWizard(session, Path(path), window)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    if window is not None:
        window._import_wizard = wizard  # kept alive while it is open
    wizard.show()
    wizard.sheet_page.load()
    return wizard
