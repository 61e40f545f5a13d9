"""The rows an import would write: first rows and a seeded sample, filterable, and the counts.

Shows a :class:`~desktop_app.services.import_preview.Preview` (the same the command line
prints with ``--dry-run --json``): region, industry, measure, year, value, flag and source cell
of each row, whether it is a first row or a sample, and beside it how many values go to each
region, industry and year.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class PreviewPanel(QWidget):
    """Rows table with a filter line on the left, counts per region, industry, year on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Filter")))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("text in any field, e.g. a region, a year or a cell")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._show_rows)
        top.addWidget(self.filter_edit, 1)
        self.shown_label = QLabel()
        top.addWidget(self.shown_label)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.rows = _table(
            [
                self.tr("Region"),
                self.tr("Industry"),
                self.tr("Measure"),
                self.tr("Year"),
                self.tr("Value"),
                self.tr("Flag"),
                self.tr("Cell"),
                self.tr("Shown as"),
            ],
            stretch=7,
        )
        split.addWidget(self.rows)
        self.counts = QTabWidget()
        self.count_tables = {}
        for kind, title, column in (
            ("region", self.tr("Per region"), self.tr("Region")),
            ("industry", self.tr("Per industry"), self.tr("Industry")),
            ("year", self.tr("Per year"), self.tr("Year")),
        ):
            table = _table([column, self.tr("Values")])
            self.count_tables[kind] = table
            self.counts.addTab(table, title)
        split.addWidget(self.counts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self._preview = None

    def show_preview(self, preview) -> None:
        self._preview = preview
        for kind, counts in (
            ("region", preview.regions),
            ("industry", preview.industries),
            ("year", preview.years),
        ):
            table = self.count_tables[kind]
            table.setRowCount(len(counts))
            for k, (label, n) in enumerate(counts.items()):
                table.setItem(k, 0, QTableWidgetItem(str(label)))
                table.setItem(k, 1, _number(f"{n:,}"))
            table.resizeColumnToContents(1)
        self._show_rows()

    def shown_rows(self) -> list:
        """The preview rows the filter lets through."""
        if self._preview is None:
            return []
        text = self.filter_edit.text().strip()
        return [r for r in self._preview.rows if not text or r.matches(text)]

    def _show_rows(self, *_args) -> None:
        rows = self.shown_rows()
        self.rows.setRowCount(len(rows))
        shown_as = {"first": self.tr("first rows"), "sample": self.tr("sample")}
        for k, r in enumerate(rows):
            for j, text in enumerate((r.region, r.industry, r.measure, str(r.year))):
                self.rows.setItem(k, j, QTableWidgetItem(text))
            self.rows.setItem(k, 4, _number("" if r.value is None else f"{r.value:,.6g}"))
            self.rows.setItem(k, 5, QTableWidgetItem(r.flag or ""))
            self.rows.setItem(k, 6, QTableWidgetItem(r.cell))
            self.rows.setItem(k, 7, QTableWidgetItem(shown_as.get(r.shown_as, r.shown_as)))
        self.rows.resizeColumnsToContents()
        total = len(self._preview.rows) if self._preview else 0
        self.shown_label.setText(self.tr("{n} of {m} rows").format(n=len(rows), m=total))


def _table(headers: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _number(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
