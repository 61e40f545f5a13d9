"""File ▸ Import batches…: every import with its file, sheet and values, and undo of a whole one.

Undoing a batch removes the values it brought and puts back the values it overwrote
(:func:`desktop_app.services.importing.undo_batch`), in one transaction in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store.batches import list_imports
from desktop_app.ui.errors import error_text
from desktop_app.ui.policy.news import signpost_news
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.tasks import TaskPanel


class ImportBatchesDialog(QDialog):
    """The project's imports, newest first; the selected one can be undone as a whole."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import batches"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every import is one batch. Undoing a batch removes the values it brought and "
                "puts back the values it replaced."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Imported"),
                self.tr("File"),
                self.tr("Sheet"),
                self.tr("Recipe"),
                self.tr("By"),
                self.tr("Values now"),
                self.tr("Undone"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.task_panel = TaskPanel(session.tasks, self, inline=True)
        layout.addWidget(self.task_panel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = self.buttons.addButton(
            self.tr("Undo this import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.ask_undo)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        rows = list_imports(self.session.db)
        self.table.setRowCount(len(rows))
        for k, row in enumerate(rows):
            batch_id, created, file_name, sheet, recipe, author, undone, count = (
                row.id, row.created_at, row.file_name, row.sheet, row.recipe_name, row.author,
                row.undone_at, row.observations,
            )
            cells = (
                str(batch_id),
                created,
                file_name or "",
                sheet,
                recipe,
                author,
                f"{count:,}",
                undone or "",
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, batch_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, bool(undone))
                if j in (0, 6):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(k, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if rows:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("Nothing has been imported into this project yet."))
        self._selection_changed()

    def selected_batch(self) -> int | None:
        items = self.table.selectedItems()
        if not items or items[0].data(Qt.ItemDataRole.UserRole + 1):
            return None
        return items[0].data(Qt.ItemDataRole.UserRole)

    def _selection_changed(self) -> None:
        self.undo_button.setEnabled(
            self.selected_batch() is not None and not self.session.tasks.running()
        )

    def ask_undo(self) -> None:
        batch_id = self.selected_batch()
        if batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr(
                "Remove every value import batch {batch} brought and put back the values it "
                "replaced?"
            ).format(batch=batch_id),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo(batch_id)

    def undo(self, batch_id: int) -> None:
        """Undo a batch in the background, then refresh the list and the views."""
        from desktop_app.services.importing import undo_batch

        project = self.session.project

        def run(progress):
            with project.connection() as db:
                return undo_batch(db, batch_id)

        def done(touched: int) -> None:
            self.status.setText(
                self.tr("Import batch {batch} undone: {n} values removed or put back.").format(
                    batch=batch_id, n=f"{touched:,}"
                )
            )
            self.session.sig_observations_changed.emit(None)
            self.session.sig_classifications_changed.emit()
            self.session.sig_status.emit(
                self.tr("Import batch {batch} undone.").format(batch=batch_id)
                + signpost_news(self.session.db, batch_id, "undo")
            )
            self.refresh()

        def failed(error: Exception) -> None:
            self.status.setText(error_text(error))
            self._selection_changed()

        self.undo_button.setEnabled(False)
        self.session.tasks.start(
            self.tr("Undoing import batch {batch}").format(batch=batch_id),
            run,
            done,
            failed,
            self._selection_changed,
        )


def open_import_batches(window, session: ProjectSession, path=None) -> ImportBatchesDialog | None:
    """File ▸ Import batches…"""
    if session is None:
        return None
    dialog = ImportBatchesDialog(session, window)
    if window is not None:
        window._import_batches = dialog
    dialog.show()
    return dialog
