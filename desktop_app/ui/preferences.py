"""Preferences: the interface language (system, English, Español), applied at the next start."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

#: Where the chosen language is kept in the settings ("system", "en" or "es").
LANGUAGE_KEY = "interface/language"


def language_choices() -> list[tuple[str, str]]:
    """(code, what the user reads): each language in its own words, the system's in theirs."""
    return [
        ("system", QCoreApplication.translate("PreferencesDialog", "As the system (%s)")
         % QLocale.system().nativeLanguageName()),
        ("en", "English"),
        ("es", "Español"),
    ]


def interface_language() -> str:
    """The language to start in: ANTICIPA_LANGUAGE, else the preference, else the system's."""
    chosen = os.environ.get("ANTICIPA_LANGUAGE") or str(QSettings().value(LANGUAGE_KEY, "system"))
    return QLocale().name() if chosen == "system" else chosen


class PreferencesDialog(QDialog):
    """Choose the language; it is saved when the dialog is accepted and used at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, title in language_choices():
            self.language.addItem(title, code)
        saved = str(QSettings().value(LANGUAGE_KEY, "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        note = QLabel(self.tr("The new language is used from the next start of Anticipa."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        super().accept()


def show_preferences(parent: QWidget) -> None:
    PreferencesDialog(parent).exec()
