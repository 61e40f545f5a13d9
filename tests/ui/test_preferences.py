"""Preferences: the language is saved in the settings the tests keep private, and used at start."""

import os

from PySide6.QtCore import QLocale, QSettings

from desktop_app.ui.preferences import LANGUAGE_KEY, PreferencesDialog, interface_language


def test_language_is_saved_in_the_private_settings_and_used_at_the_next_start(qapp, monkeypatch):
    monkeypatch.delenv("ANTICIPA_LANGUAGE", raising=False)
    settings_file = QSettings().fileName()
    assert settings_file.startswith(os.environ["ANTICIPA_SETTINGS_DIR"])  # never the user's
    try:
        assert interface_language() == QLocale().name()  # nothing chosen: the system's
        dialog = PreferencesDialog()
        assert [dialog.language.itemData(i) for i in range(3)] == ["system", "en", "es"]
        dialog.language.setCurrentIndex(dialog.language.findText("Español"))
        dialog.reject()
        assert interface_language() == QLocale().name()  # cancelled: nothing saved
        dialog = PreferencesDialog()
        dialog.language.setCurrentIndex(dialog.language.findText("Español"))
        dialog.accept()
        assert QSettings().value(LANGUAGE_KEY) == "es"
        assert interface_language() == "es"
        assert PreferencesDialog().language.currentData() == "es"  # shown as saved
        monkeypatch.setenv("ANTICIPA_LANGUAGE", "en")  # the environment still wins
        assert interface_language() == "en"
    finally:
        QSettings().remove(LANGUAGE_KEY)
