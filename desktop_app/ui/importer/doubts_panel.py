"""The implausible mappings of an import, each with what settles it and an "Import anyway" box.

The reasons come from :mod:`desktop_app.io.plausibility`. Going back to the table page and
changing what a reason names settles it; ticking "Import anyway" lists its code in the
recipe's ``accept`` field instead, so a saved recipe remembers the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.translated import translated


class DoubtsPanel(QWidget):
    """A row per doubt: Import anyway (a box), the cell, what looks wrong, what settles it.

    ``sig_accepted_changed`` carries the codes ticked, whenever a box changes.
    """

    sig_accepted_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Import anyway"),
                self.tr("Place"),
                self.tr("What looks wrong"),
                self.tr("What settles it"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        self._codes: list[str] = []

    def show_doubts(self, doubts, accepted: list[str]) -> None:
        """List ``doubts`` (all found, accepted or not); ``accepted`` are ticked."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(doubts))
        self._codes = [d.code for d in doubts]
        for k, doubt in enumerate(doubts):
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(
                Qt.CheckState.Checked if doubt.code in accepted else Qt.CheckState.Unchecked
            )
            box.setToolTip(
                self.tr('Listed as "{code}" in the recipe\'s accept field').format(code=doubt.code)
            )
            self.table.setItem(k, 0, box)
            self.table.setItem(k, 1, QTableWidgetItem(doubt.place))
            self.table.setItem(k, 2, QTableWidgetItem(translated(doubt.reason)))
            self.table.setItem(k, 3, QTableWidgetItem(translated(doubt.settle)))
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        self._say(accepted)

    def accepted(self) -> list[str]:
        """Codes of the doubts ticked "Import anyway"."""
        return [
            code
            for k, code in enumerate(self._codes)
            if self.table.item(k, 0).checkState() == Qt.CheckState.Checked
        ]

    def set_accepted(self, code: str, accepted: bool = True) -> None:
        """Tick (or untick) "Import anyway" for a doubt, as a click does."""
        k = self._codes.index(code)
        state = Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        self.table.item(k, 0).setCheckState(state)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            accepted = self.accepted()
            self._say(accepted)
            self.sig_accepted_changed.emit(accepted)

    def _say(self, accepted: list[str]) -> None:
        left = len([c for c in self._codes if c not in accepted])
        if left:
            self.intro.setText(
                self.tr(
                    "The mapping looks wrong in {n} way(s); nothing can be imported until each "
                    "is settled. Go Back and change what a reason names, or tick Import anyway "
                    "if the mapping is right."
                ).format(n=left)
            )
            self.intro.setStyleSheet("color: #b3261e;")
        else:
            self.intro.setText(self.tr("Every reason is settled or accepted."))
            self.intro.setStyleSheet("")
