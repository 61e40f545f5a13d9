"""The cross-impact grid's layout: variants in descriptor blocks, the self-impact blocks closed.

The judgement editor and the experts' spread grid show the same square grid (a row acts on a
column) with the same headers, block borders and comment marks; what differs is the value a
cell holds and how it is shown.

A 30-descriptor study shows some 500 cells at once and Qt asks the model for each cell's text,
colours and alignment on every paint, so the models answer from plain lists made once per load
(not numpy scalars), and the table draws the block borders and comment marks in one pass over
the visible part rather than one Python call per cell.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

from desktop_app.store import scenarios as store

_ROOT = QModelIndex()


class BlockGridModel(QAbstractTableModel):
    """A study's variants by its variants, in descriptor blocks; ``values`` is what cells hold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.values = np.zeros((0, 0))
        self.comments: dict[tuple[int, int], str] = {}
        self.labels: list[str] = []
        self.short_labels: list[str] = []
        self.owner = np.zeros(0, dtype=int)  # each variant's descriptor
        self.first_of_block: list[int] = []
        self.cells: list[list[float]] = []  # ``values`` as Python floats, for ``data``
        self._closed: list[list[bool]] = []

    def _take(
        self,
        study: store.Study | None,
        values: np.ndarray | None,
        comments: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Hold ``values`` laid out by ``study``'s blocks (an empty grid when either is None).

        Call between ``beginResetModel`` and ``endResetModel``.
        """
        if study is None or values is None:
            self.values, self.comments, self.labels, self.short_labels = (
                np.zeros((0, 0)),
                {},
                [],
                [],
            )
            self.owner, self.first_of_block, self.cells, self._closed = np.zeros(0, int), [], [], []
            return
        self.values, self.comments = values, comments or {}
        self.labels = study.labels
        self.short_labels = [
            f"{d.short_name}: {v.short_name}" for d in study.descriptors for v in d.variants
        ]
        self.owner = np.repeat(np.arange(len(study.sizes)), study.sizes)
        self.first_of_block = [0, *np.cumsum(study.sizes)[:-1].tolist()]
        self.cells = np.asarray(values, dtype=float).tolist()
        self._closed = (self.owner[:, None] == self.owner[None, :]).tolist()

    def closed(self, row: int, col: int) -> bool:
        """Whether the cell lies in a descriptor's block on itself."""
        return self._closed[row][col]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.values)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.values)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if section >= len(self.labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.short_labels[section]
            return self.labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.labels[section]
        return None


class BlockTable(QTableView):
    """A table of a ``BlockGridModel``: descriptor block borders, and a small mark on cells that
    carry a comment, drawn over the cells."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)  # cells hold short numbers; wrapping lays each text out first

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        count = model.rowCount() if isinstance(model, BlockGridModel) else 0
        if not count:
            return
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        right = columns.sectionViewportPosition(count - 1) + columns.sectionSize(count - 1)
        bottom = rows.sectionViewportPosition(count - 1) + rows.sectionSize(count - 1)
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor("#404040"), 2))
        for first in model.first_of_block:
            x = columns.sectionViewportPosition(first)
            y = rows.sectionViewportPosition(first)
            painter.drawLine(x, 0, x, bottom)
            painter.drawLine(0, y, right, y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#D55E00"))
        for row, column in model.comments:
            corner = columns.sectionViewportPosition(column) + columns.sectionSize(column) - 1
            top = rows.sectionViewportPosition(row)
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(corner - 7, top), QPointF(corner, top), QPointF(corner, top + 7)]
                )
            )
        painter.end()


class VerticalHeader(QHeaderView):
    """Column header with the labels written bottom-up, so narrow columns show whole names."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(30)
        self.setMinimumSectionSize(24)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        model = self.model()
        width = 40
        if model is not None:
            metrics = self.fontMetrics()
            width = max(
                (
                    metrics.horizontalAdvance(str(model.headerData(k, self.orientation())))
                    for k in range(model.columnCount())
                ),
                default=40,
            )
        hint.setHeight(min(200, width + 14))
        return hint

    def paintSection(self, painter: QPainter, rect, index: int) -> None:  # noqa: N802
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = index
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        text = self.model().headerData(index, self.orientation())
        painter.save()
        painter.translate(
            rect.left() + rect.width() / 2 + self.fontMetrics().ascent() / 2 - 2, rect.bottom() - 6
        )
        painter.rotate(-90)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            0,
            0,
            self.fontMetrics().elidedText(
                str(text or ""), Qt.TextElideMode.ElideRight, rect.height() - 10
            ),
        )
        painter.restore()
