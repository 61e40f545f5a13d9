"""File ▸ Export brief…: choose a region and the studies, then the PDF is written.

The content is gathered off the window's thread (``services.brief``); the pages are drawn in
it (``ui.brief_pdf``, well under a second), since painting belongs to the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.store import scenarios as study_store
from desktop_app.store.observations import regions_with_values
from desktop_app.ui.exchange.dialogs import check_list, checked_keys
from desktop_app.ui.session import ProjectSession


class BriefDialog(QDialog):
    """Region, studies and file of the PDF brief."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export brief"))
        self.region = QComboBox()
        for code, name in regions_with_values(session.db):
            self.region.addItem(f"{name} ({code})", code)
        self.studies = check_list(
            [(s.name, s.name, True) for s in study_store.list_studies(session.db)]
        )
        self.path_edit = QLineEdit(str(Path.home() / "brief.pdf"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Scenario studies"), self.studies)
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.status)
        form.addRow(buttons)
        self.written: Path | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export brief"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path_edit.setText(path)

    def start(self) -> None:
        from desktop_app.services.brief import build_brief

        target = Path(self.path_edit.text().strip())
        if target.suffix.lower() != ".pdf":
            self.status.setText(self.tr("Choose a file ending in .pdf."))
            return
        region, studies = self.region.currentData(), checked_keys(self.studies)
        project = self.session.project

        def run(progress):
            with project.connection() as db:
                return build_brief(db, region, studies, progress=progress)

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Gathering the brief…"))
        self.session.tasks.start(
            self.tr("Export brief"),
            run,
            lambda brief: self._write(brief, target),
            self._failed,
            lambda: self._finish(self.tr("Cancelled; no file was written.")),
        )

    def _write(self, brief, target: Path) -> None:
        from desktop_app.ui.brief_pdf import write_brief_pdf

        try:
            pages = write_brief_pdf(brief, target)
        except Exception as error:  # noqa: BLE001 - shown to the user, nothing was written
            self._failed(error)
            return
        self.written = target
        self._finish(self.tr("Wrote {0} ({1} pages).").format(target.name, pages))
        self.session.sig_status.emit(self.tr("Exported {0}").format(target.name))

    def _failed(self, error: Exception) -> None:
        self._finish(self.tr("The brief could not be written: {0}").format(error))

    def _finish(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(text)


def run_brief(window, session: ProjectSession, path=None) -> None:
    """Menu entry: the brief dialog for the open project."""
    if session is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Export brief"),
            QCoreApplication.translate("MainWindow", "Open a project first."),
        )
        return
    BriefDialog(session, window).exec()
