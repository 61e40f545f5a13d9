"""Succession analysis: from a start scenario chosen variant by variant, where does it lead?

Each step lets the descriptors move to their strongest variant (all at once, or only the most
inconsistent ones); the table shows every step with its inconsistency and total impact score,
the variants that changed in bold, until the path settles in a consistent scenario or cycles.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import cib
from desktop_app.ui.scenarios.solve_view_colours import variant_colour


class SuccessionPanel(QWidget):
    """Start variants per descriptor, the rule, and the resulting path."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: cib.CrossImpactMatrix | None = None
        self.path: cib.Succession | None = None
        self.starts: list[QComboBox] = []
        self.rule = QComboBox()
        self.rule.addItem(self.tr("All inconsistent descriptors move at once"), "global")
        self.rule.addItem(self.tr("Only the most inconsistent descriptor moves"), "adjusted")
        run = QPushButton(self.tr("Follow the succession"))
        run.clicked.connect(self.run)
        self.form = QFormLayout()
        form_box = QWidget()
        form_box.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        scroll.setMinimumHeight(110)
        scroll.setMaximumHeight(200)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.steps = QTableWidget()
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self.rule, 1)
        row.addWidget(run)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start scenario:")))
        layout.addWidget(scroll)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.steps, 1)

    def set_study(self, matrix: cib.CrossImpactMatrix | None) -> None:
        """Rebuild the start pickers when the study's descriptors change."""
        same = (
            matrix is not None
            and self.matrix is not None
            and matrix.descriptors == self.matrix.descriptors
            and matrix.variants == self.matrix.variants
        )
        self.matrix = matrix
        if same:
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.starts = []
        self.steps.clear()
        self.steps.setRowCount(0)
        self.result.clear()
        if matrix is None:
            return
        for name, variants in zip(matrix.descriptors, matrix.variants, strict=True):
            box = QComboBox()
            box.addItems(list(variants))
            self.form.addRow(name, box)
            self.starts.append(box)

    def set_start(self, scenario) -> None:
        """Preset the pickers (e.g. to the selected scenario)."""
        for box, v in zip(self.starts, scenario, strict=True):
            box.setCurrentIndex(int(v))

    def run(self) -> None:
        if self.matrix is None:
            return
        m = self.matrix
        start = [box.currentIndex() for box in self.starts]
        self.path = path = cib.succession(m, start, self.rule.currentData())
        if path.consistent:
            self.result.setText(
                self.tr("Settles after {0} step(s) in a consistent scenario.").format(
                    len(path.path) - 1
                )
            )
        else:
            self.result.setText(
                self.tr("Does not settle: it cycles through {0} scenarios.").format(len(path.cycle))
            )
        z = np.array(path.path, dtype=np.int64)
        tis, ic = cib.scenario_scores(m, z)
        headers = [self.tr("Step"), self.tr("IC"), self.tr("TIS"), *m.descriptors]
        self.steps.clear()
        self.steps.setColumnCount(len(headers))
        self.steps.setHorizontalHeaderLabels(headers)
        self.steps.setRowCount(len(z))
        bold = QFont(self.font())
        bold.setBold(True)
        for k, row in enumerate(z):
            for c, text in enumerate((str(k), f"{float(ic[k]):g}", f"{float(tis[k]):g}")):
                self.steps.setItem(k, c, QTableWidgetItem(text))
            for j, v in enumerate(row):
                item = QTableWidgetItem(m.variants[j][int(v)])
                item.setBackground(variant_colour(int(v)))
                if k > 0 and v != z[k - 1, j]:
                    item.setFont(bold)
                self.steps.setItem(k, 3 + j, item)
        self.steps.resizeColumnsToContents()
