"""Edit ▸ Undo acts in the section the user is in: one undo stack per section in a QUndoGroup."""

from pathlib import Path

from desktop_app.store import observations as store
from desktop_app.store import scenarios as st
from desktop_app.ui.data.observation_model import VALUE_COLUMN
from desktop_app.ui.scenarios.study_editor import StudyEditor

SCW = Path(__file__).parents[1] / "fixtures" / "cib" / "CIB_global.scw"


def test_undo_in_the_data_view_leaves_an_imported_study_alone(main_window, demo_project):
    main_window.open_path(demo_project)
    db = main_window.session.db
    main_window.project_page.show_section("scenarios")
    editor = main_window.project_page.findChild(StudyEditor)
    study_id = editor.import_file(SCW)
    assert st.find_study(db, study_id) is not None
    assert main_window.undo_action.text() == "&Undo Import CIB_global.scw"

    data = main_window.project_page.show_section("data")
    assert not main_window.undo_action.isEnabled()  # nothing done in this section yet
    assert main_window.undo_action.text() == "&Undo"
    first, second = data.model.observation_id(0), data.model.observation_id(1)
    assert data.model.setData(data.model.index(0, VALUE_COLUMN), "14100")
    assert data.model.setData(data.model.index(1, VALUE_COLUMN), "1322000")
    # demo row 2: DE1 Baden-Württemberg, B-E Industry, 2008
    assert main_window.undo_action.text() == (
        "&Undo Edit DE1 Baden-Württemberg / B-E Industry (except construction) / 2008")
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    assert (store.get_row(db, first).value, store.get_row(db, second).value) == (14042, 1322295)
    assert not main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()  # the shortcut still fires: it must not reach the study
    assert st.find_study(db, study_id) is not None

    main_window.project_page.show_section("scenarios")
    assert main_window.undo_action.text() == "&Undo Import CIB_global.scw"
    main_window.undo_action.trigger()
    assert st.find_study(db, study_id) is None
    main_window.project_page.show_section("data")
    assert main_window.redo_action.text() == "&Redo Edit DE1 Baden-Württemberg / A Agriculture, " \
        "forestry and fishing / 2008"
