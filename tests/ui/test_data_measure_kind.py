"""The Data view marks the chosen measure as held per job (an intensity), undoably."""

from PySide6.QtCore import Qt

from desktop_app.store.measures import list_measures


def _intensity(db, measure_id: int) -> bool:
    return next(m.intensity for m in list_measures(db) if m.id == measure_id)


def test_measure_is_marked_as_held_per_job_and_undone(main_window, demo_project):
    main_window.open_path(demo_project)
    view = main_window.project_page.show_section("data")
    db = view.session.db
    view.measure_box.setCurrentIndex(
        view.measure_box.findText("Employees subject", Qt.MatchFlag.MatchStartsWith)
    )
    chosen = view.measure_box.currentData()
    assert view.intensity_box.isEnabled() and not view.intensity_box.isChecked()
    view.intensity_box.click()
    assert _intensity(db, chosen) and view.intensity_box.isChecked()
    view.session.undo_stack_for("data").undo()
    assert not _intensity(db, chosen) and not view.intensity_box.isChecked()
