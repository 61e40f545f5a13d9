"""Small building blocks the sections' views share: a row of buttons, a name prompt, a combo fill."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QBoxLayout, QComboBox, QInputDialog, QPushButton, QWidget


def add_buttons(layout: QBoxLayout, buttons: Iterable[tuple[str, Callable]]) -> None:
    """Append one push button per ``(text, slot)`` to ``layout``, each calling its slot."""
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """The name the user typed, or None when they cancelled or typed only spaces."""
    name, ok = QInputDialog.getText(parent, title, label, text=text)
    return name if ok and name.strip() else None


def fill_combo(combo: QComboBox, items: list[tuple[object, str]], current: object) -> None:
    """Replace a combo's items ``(data, text)`` without emitting its signals; select ``current``."""
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
