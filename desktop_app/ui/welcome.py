"""The page shown when no project is open: new, open, demo and recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    sig_new = Signal()
    sig_open = Signal()
    sig_demo = Signal()
    sig_open_path = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h1>Anticipa</h1><p>Anticipate the future of your region's "
                               "industries: import official statistics, see strengths and "
                               "lifecycles, build scenarios with experts, test policies.</p>"))
        title.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, signal in ((self.tr("New project…"), self.sig_new),
                             (self.tr("Open project…"), self.sig_open),
                             (self.tr("Open the demo"), self.sig_demo)):
            button = QPushButton(text)
            button.setMinimumHeight(36)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda item: self.sig_open_path.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("<b>Recent projects</b>")))
        layout.addWidget(self.recent, 1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name} — {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if not paths:
            self.recent.addItem(self.tr("No recent projects yet."))
