"""What every page of the import wizard has: a status line and the task panel at its foot.

A page that needs the file or the project starts a task and returns ``False`` from
``validatePage``; when the task is done it stores the result on the wizard and moves on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget, QWizardPage

from desktop_app.io.cells import column_letter
from desktop_app.ui.importer.grid_model import cell_text
from desktop_app.ui.tasks import TaskPanel


class ImportPage(QWizardPage):
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


def fit_columns(view: QTableView, rows: list[list], cap: int) -> None:
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
