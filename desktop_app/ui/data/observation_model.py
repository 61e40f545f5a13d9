"""A table model over any number of observations that only ever holds a few pages of them.

The model keeps the ids of the filtered observations in an ``array('q')`` (8 bytes a row) and
fetches display rows a page at a time, keeping the most recently used pages. Scrolling to the end
of a million rows therefore loads only the pages on screen.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.errors import UserError
from desktop_app.store import observations as store
from desktop_app.store.observations import ObservationFilter, ObservationRow
from desktop_app.ui.data.value_entry import STORED_ROLE, entry_text, read_entry, shown_number
from desktop_app.ui.translated import error_message

PAGE_ROWS = 256
CACHED_PAGES = 24
VALUE_COLUMN = 4


class ObservationTableModel(QAbstractTableModel):
    """Rows are observations; the value column is editable through ``edit_value``.

    Typed text is read by :func:`value_entry.read_entry`; text it refuses is reported by
    ``sig_refused`` with the reason and nothing is stored.
    """

    sig_refused = Signal(str)  # why typed text was not stored

    COLUMNS = (
        QT_TRANSLATE_NOOP("ObservationTableModel", "Region"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Industry"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Measure"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Year"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Value"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Flag"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Source"),
        QT_TRANSLATE_NOOP("ObservationTableModel", "Cell"),
    )

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._filter = ObservationFilter()
        self._ids = array("q")
        self._pages: OrderedDict[int, list[ObservationRow]] = OrderedDict()
        self.edit_value = None  # set by the view: callable(observation_id, value, stored)

    # --- loading -----------------------------------------------------------------------
    def set_filter(self, flt: ObservationFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._ids = store.matching_ids(self._session.project.conn, flt)
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Read the current filter again (after an edit, an import or an undo)."""
        self.set_filter(self._filter)

    def invalidate_rows(self, observation_ids: list[int]) -> None:
        """Refetch the cached pages holding these observations and repaint them."""
        for observation_id in observation_ids:
            row = bisect_left(self._ids, observation_id)
            if row < len(self._ids) and self._ids[row] == observation_id:
                self._pages.pop(row // PAGE_ROWS, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _row(self, row: int) -> ObservationRow:
        page_no = row // PAGE_ROWS
        page = self._pages.get(page_no)
        if page is None:
            first = page_no * PAGE_ROWS
            page = store.rows_for_ids(self._session.project.conn,
                                      self._ids[first:first + PAGE_ROWS])
            self._pages[page_no] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_ROWS]

    def observation_id(self, row: int) -> int:
        return self._ids[row]

    def observation(self, row: int) -> ObservationRow:
        return self._row(row)

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ObservationTableModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == VALUE_COLUMN:
            return entry_text(row.value)
        if role == STORED_ROLE and column == VALUE_COLUMN:
            return row.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, VALUE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE_COLUMN and row.value is None:
            return self.tr("No value: {flag}").format(flag=row.flag or self.tr("missing"))
        return None

    def flags(self, index):
        base = super().flags(index)
        if (index.isValid() and index.column() == VALUE_COLUMN
                and not self._session.project.read_only):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE_COLUMN:
            return False
        if self.edit_value is None:
            return False
        try:
            number = float(value) if isinstance(value, int | float) else \
                read_entry("" if value is None else str(value))
        except UserError as error:
            self.sig_refused.emit(error_message(error))
            return False
        return self.edit_value(self.observation_id(index.row()), number,
                               self._row(index.row()).value)


def _display(row: ObservationRow, column: int) -> str:
    if column == VALUE_COLUMN:
        return "" if row.value is None else shown_number(row.value)
    values = (row.region, row.industry, row.measure, str(row.year), None, row.unit,
              row.flag or "", row.source, f"{row.sheet}!{row.cell}" if row.cell else "")
    return values[column]
