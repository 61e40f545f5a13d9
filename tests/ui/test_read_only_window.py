"""A second window on a project opens it read-only with a banner; errors read as on the CLI."""

import sqlite3

from PySide6.QtCore import Qt

from desktop_app.errors import UserError
from desktop_app.store.project import open_project
from desktop_app.ui.data.observation_model import VALUE_COLUMN
from desktop_app.ui.errors import error_text, show_error


def test_second_window_opens_read_only_with_a_banner(main_window, demo_project):
    with open_project(demo_project):  # another window (or command) has it open for changes
        main_window.open_project_file(demo_project)
        assert main_window.session.project.read_only
        banner = main_window.read_only_banner
        assert not banner.isHidden()
        assert banner.text().startswith("Read-only: demo.anticipa is already open in another")
        enabled = {a.text(): a.isEnabled() for a in main_window.project_actions}
        assert enabled == {"Import workbook…": False, "Import batches…": False,
                           "&Export to Excel…": True, "Export &brief (PDF)…": True,
                           "&Merge another office's project…": False}
        view = main_window.project_page.show_section("data")
        assert view.model.rowCount() == 1120  # everything can be read, values not edited
        assert not view.model.flags(view.model.index(0, VALUE_COLUMN)) & Qt.ItemFlag.ItemIsEditable
        main_window.close_project()
    assert main_window.read_only_banner.isHidden()


def test_first_window_writes_and_shows_no_banner(main_window, demo_project):
    main_window.open_project_file(demo_project)
    assert not main_window.session.project.read_only
    assert main_window.read_only_banner.isHidden()
    assert all(a.isEnabled() for a in main_window.project_actions)
    view = main_window.project_page.show_section("data")
    assert view.model.flags(view.model.index(0, VALUE_COLUMN)) & Qt.ItemFlag.ItemIsEditable


def test_error_text_tells_faults_from_user_errors(tmp_path):
    assert error_text(UserError("B7 holds text, not a number")) == "B7 holds text, not a number"
    full = error_text(sqlite3.OperationalError("database or disk is full"), tmp_path / "p.anticipa")
    assert full.startswith(f"The disk is full while writing {tmp_path / 'p.anticipa'}")
    fault = error_text(IndexError("list index out of range"))
    assert fault.startswith("Anticipa ran into a fault (IndexError: list index out of range)")


def test_offscreen_error_goes_to_stderr_not_to_a_modal_dialog(main_window, capsys):
    show_error(main_window, "Open project", UserError("p.anticipa: no such file."))
    assert capsys.readouterr().err == "anticipa: Open project: p.anticipa: no such file.\n"


def test_error_box_keeps_the_traceback_under_details(main_window, tmp_path):
    from desktop_app.ui.errors import error_box

    try:
        raise UserError("B7 holds text, not a number", file=tmp_path / "in.xlsx", sheet="Data",
                        cell="B7")
    except UserError as error:
        box = error_box(main_window, "Import", error)
    assert box.text() == "B7 holds text, not a number"
    details = box.detailedText()
    assert details.startswith("in.xlsx, Data, B7\n\nTraceback (most recent call last):")
    assert "test_error_box_keeps_the_traceback_under_details" in details
