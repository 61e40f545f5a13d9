"""The cells of a sheet as a Qt table, each row tinted by what the importer takes it for.

Rows are classified from the detected table and the recipe being edited: title, header, data
(label columns and value columns in two shades), subtotal, section heading, repeated header,
footnote and skipped rows. The model only indexes the sheet's rows, so a sheet of 200,000
rows costs nothing until rows are scrolled into view.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.io.cells import column_letter
from desktop_app.io.recipes import Recipe, column_index, expand_columns
from desktop_app.io.table_detection import DetectedTable

#: Row kinds, in the order the legend shows them.
ROW_KINDS = (
    "title",
    "header",
    "labels",
    "values",
    "subtotal",
    "section",
    "repeated",
    "footnote",
    "skipped",
)

#: Light tints of the Okabe-Ito colours (colour-blind safe), one per row kind.
TINTS = {
    "title": "#f3ecc2",  # yellow
    "header": "#c9def0",  # blue
    "labels": "#e4f1ea",  # bluish green, lighter
    "values": "#c7e6d6",  # bluish green
    "subtotal": "#f6ddb0",  # orange
    "section": "#ecd4e3",  # reddish purple
    "repeated": "#dcebf7",  # sky blue
    "footnote": "#e3e3e3",  # grey
    "skipped": "#f2f2f2",
}


_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset((_DISPLAY, _BACKGROUND, _FOREGROUND, Qt.ItemDataRole.ToolTipRole))


def kind_title(kind: str) -> str:
    """What a row kind is called in the legend."""
    return {
        "title": QCoreApplication.translate("SheetGrid", "Title"),
        "header": QCoreApplication.translate("SheetGrid", "Header"),
        "labels": QCoreApplication.translate("SheetGrid", "Labels"),
        "values": QCoreApplication.translate("SheetGrid", "Values"),
        "subtotal": QCoreApplication.translate("SheetGrid", "Subtotal (skipped)"),
        "section": QCoreApplication.translate("SheetGrid", "Heading"),
        "repeated": QCoreApplication.translate("SheetGrid", "Repeated header (skipped)"),
        "footnote": QCoreApplication.translate("SheetGrid", "Footnote"),
        "skipped": QCoreApplication.translate("SheetGrid", "Skipped"),
    }[kind]


def cell_text(value: object) -> str:
    """A cell as the user typed it: whole floats without '.0', dates as ISO dates."""
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.10g}"
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    return str(value)


class SheetGridModel(QAbstractTableModel):
    """A sheet's cells with a tint per row kind; ``set_layout`` classifies the rows."""

    def __init__(self, rows: list[list], max_cols: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows = rows
        width = max(map(len, rows), default=0)
        self._n_cols = min(width, max_cols) if max_cols else width
        self._row_kind: dict[int, str] = {}
        self._first = self._last = -1
        self._value_cols: set[int] = set()
        self._label_cols: set[int] = set()
        self._brushes = {k: QBrush(QColor(v)) for k, v in TINTS.items()}
        self._grey = QBrush(QColor("#8a8a8a"))

    # --- classification ----------------------------------------------------------------
    def set_layout(self, table: DetectedTable | None, recipe: Recipe | None) -> None:
        """Tint the rows by the detected table, corrected by the recipe being edited."""
        kinds: dict[int, str] = {}
        first = last = -1
        values: set[int] = set()
        labels: set[int] = set()
        if table is not None:
            for r in table.title_rows:
                kinds[r] = "title"
            for r in table.footnote_rows:
                kinds[r] = "footnote"
            first, last = table.first_data_row, table.last_data_row
            values, labels = set(table.value_cols), set(table.label_cols)
        if recipe is not None:
            first = recipe.first_data_row - 1
            last = recipe.last_data_row - 1 if recipe.last_data_row else last
            roles = {column_index(c): role for c, role in recipe.columns.items()}
            values = {c for c, role in roles.items() if role == "value"} or set(
                expand_columns(recipe.value_columns)
            )
            labels = {c for c, role in roles.items() if role not in ("value", "ignore")}
            for r in recipe.header_rows:
                kinds[r - 1] = "header"
        elif table is not None:
            for r in table.header_rows:
                kinds[r] = "header"
        if table is not None:
            for r in table.subtotal_rows:
                kinds[r] = "subtotal"
            for r in table.section_rows:
                kinds[r] = "section"
            for r in table.repeated_header_rows:
                kinds[r] = "repeated"
        if recipe is not None:
            for r in recipe.skip_rows:
                kinds[r - 1] = "skipped"
        self.beginResetModel()
        self._row_kind, self._first, self._last = kinds, first, last
        self._value_cols, self._label_cols = values, labels
        self.endResetModel()

    def row_kind(self, row: int) -> str | None:
        """The kind of a 0-based row ('labels' for a data row), or None outside the table."""
        kind = self._row_kind.get(row)
        if kind is None and self._first <= row <= self._last and self._first >= 0:
            return "labels"
        return kind

    def cell_kind(self, row: int, col: int) -> str | None:
        kind = self.row_kind(row)
        if kind == "labels" and col in self._value_cols:
            return "values"
        if kind == "labels" and col not in self._label_cols:
            return None
        return kind

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else self._n_cols

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # painting asks for many roles; answer the others at once
            return None
        r, c = index.row(), index.column()
        if role == _DISPLAY:
            row = self._rows[r]
            return cell_text(row[c]) if c < len(row) else ""
        if role == _BACKGROUND:
            kind = self.cell_kind(r, c)
            return self._brushes.get(kind) if kind else None
        if role == _FOREGROUND:
            return self._grey if self.row_kind(r) in ("skipped", "repeated", "subtotal") else None
        kind = self.cell_kind(r, c)  # tooltip
        return kind_title(kind) if kind else None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)
