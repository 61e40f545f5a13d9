"""Typing and pasting values in the Data view: the import's number rules, previewed, refused when
ambiguous. The demo's first row is Baden-Württemberg 2008, 14042 (cell E2 of its source sheet)."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.store import observations as store
from desktop_app.ui.data.observation_model import VALUE_COLUMN


@pytest.fixture(params=["en_GB", "de_DE"])
def locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.fixture
def data_view(main_window, demo_project):
    main_window.open_path(demo_project)
    view = main_window.project_page.show_section("data")
    main_window.resize(1200, 800)
    main_window.show()
    return view


def _open_editor(view, qtbot) -> QLineEdit:
    index = view.model.index(0, VALUE_COLUMN)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(QLineEdit)
    assert editor is not None, "the value column is edited as text, not in a spin box"
    return editor


def _stored(view) -> float:
    return store.get_row(view.session.db, view.model.observation_id(0)).value


def test_editor_shows_the_stored_value_in_the_locale_without_invented_decimals(
        data_view, qtbot, locale):
    editor = _open_editor(data_view, qtbot)
    assert editor.text() == "14042"


def test_typed_decimal_comma_is_stored_as_typed_after_a_preview(data_view, qtbot, locale):
    editor = _open_editor(data_view, qtbot)
    editor.clear()
    qtbot.keyClicks(editor, "14100,5")
    grouped = "14,100.5" if locale == "en_GB" else "14.100,5"
    now = "14,042" if locale == "en_GB" else "14.042"
    assert data_view.entry_label.text() == f"{grouped} will be stored (now {now})."
    assert _stored(data_view) == 14042.0  # nothing stored yet
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(data_view) != 14042.0)  # the delegate commits queued
    assert _stored(data_view) == 14100.5
    assert data_view.model.data(data_view.model.index(0, VALUE_COLUMN)) == grouped


def test_pasted_thousands_or_decimal_is_refused_with_both_readings(data_view, qtbot, locale):
    editor = _open_editor(data_view, qtbot)
    editor.clear()
    editor.insert("14,100")  # pasted
    editor.textEdited.emit(editor.text())
    assert "could mean 14100 or 14" in data_view.entry_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: data_view.table.findChild(QLineEdit) is None)
    assert _stored(data_view) == 14042.0
    assert "could mean 14100 or 14" in data_view.entry_label.text()


def test_a_value_changed_by_a_factor_is_said_before_it_is_stored(data_view, qtbot, locale):
    editor = _open_editor(data_view, qtbot)
    editor.clear()
    qtbot.keyClicks(editor, "140420")
    assert data_view.entry_label.text().endswith(": 10 times the stored value.")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert _stored(data_view) == 14042.0


@pytest.mark.parametrize(("typed", "answer", "stored"), [
    ("140420", "Yes", 140420.0),  # ten times: asked, confirmed, stored
    ("140420", "No", 14042.0),  # ten times: asked, declined, nothing stored
    ("2808", "No", 14042.0),  # a fifth (14042 / 2808 = 5.0007): asked too
    ("14100", None, 14100.0),  # a small change: stored without a question
])
def test_a_value_changed_by_a_factor_of_five_or_more_is_confirmed_first(
        data_view, qtbot, monkeypatch, typed, answer, stored):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def exec_(box):
        asked.append((box.text(), box.informativeText()))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    editor = _open_editor(data_view, qtbot)
    editor.clear()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: data_view.table.findChild(QLineEdit) is None)
    qtbot.wait(50)
    assert _stored(data_view) == stored
    if answer is None:
        assert asked == []
        return
    ratio = "10" if typed == "140420" else "0.2"
    assert asked == [(
        f"The new value {int(typed):,} is {ratio} times the stored value 14,042.",
        f"A unit (thousands, millions) or a digit may have slipped. Store {int(typed):,}?",
    )]
    if answer == "No":
        assert data_view.entry_label.text() == "Not stored: 14,042 is kept."
        assert not data_view.session.undo_stack_for("data").canUndo()
