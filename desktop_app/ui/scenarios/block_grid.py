"""The cross-impact grid's layout: variants in descriptor blocks, the self-impact blocks closed.

The judgement editor and the experts' spread grid show the same square grid (a row acts on a
column) with the same headers, block borders and comment marks; what differs is the value a
cell holds and how it is shown.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionHeader

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
        self.owner = np.zeros(0, dtype=int)
        self.first_of_block: set[int] = set()

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
            return
        self.values, self.comments = values, comments or {}
        self.labels = study.labels
        self.short_labels = [
            f"{d.short_name}: {v.short_name}" for d in study.descriptors for v in d.variants
        ]
        self.owner = np.repeat(np.arange(len(study.sizes)), study.sizes)
        starts = np.concatenate([[0], np.cumsum(study.sizes)[:-1]])
        self.first_of_block = {int(s) for s in starts}

    def closed(self, row: int, col: int) -> bool:
        """Whether the cell lies in a descriptor's block on itself."""
        return bool(self.owner[row] == self.owner[col])

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


class BlockDelegate(QStyledItemDelegate):
    """Draws descriptor block borders and a small mark on cells that carry a comment."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        model = index.model()
        rect = option.rect
        painter.save()
        painter.setPen(QPen(QColor("#404040"), 2))
        if index.column() in model.first_of_block:
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if index.row() in model.first_of_block:
            painter.drawLine(rect.topLeft(), rect.topRight())
        if (index.row(), index.column()) in model.comments:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#D55E00"))
            right, top = rect.right(), rect.top()
            painter.drawPolygon(
                QPolygonF([QPointF(right - 7, top), QPointF(right, top), QPointF(right, top + 7)])
            )
        painter.restore()


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
