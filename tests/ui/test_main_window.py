"""The main window on the demo project: navigator, Data view, edits with undo, tasks, settings."""

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.store import classifications
from desktop_app.store import observations as store
from desktop_app.ui.about import versions
from desktop_app.ui.data.data_view import DataView
from desktop_app.ui.data.observation_model import CACHED_PAGES, PAGE_ROWS, VALUE_COLUMN
from desktop_app.ui.main_window import ComingPage
from desktop_app.ui.views import SECTIONS


def _data_view(window) -> DataView:
    return window.project_page.show_section("data")


def test_welcome_page_without_a_project(main_window):
    assert main_window.central.currentWidget() is main_window.welcome
    assert not main_window.close_action.isEnabled()


def test_open_demo_shows_real_observations(main_window, demo_project):
    assert main_window.open_path(demo_project)
    view = _data_view(main_window)
    # first measure: the German Laender, 16 x 10 x 7
    assert view.model.rowCount() == 1120
    first = view.model.observation(0)
    assert (first.region, first.year, first.value) == ("DE1 Baden-Württemberg", 2008, 14042.0)
    view.region_box.setCurrentIndex(view.region_box.findText("DEG Thüringen"))
    assert view.model.rowCount() == 70
    assert all(view.model.observation(r).region == "DEG Thüringen" for r in range(70))
    assert str(demo_project.resolve()) in QSettings().value("recent/projects")


def test_every_section_opens(main_window, demo_project):
    main_window.open_path(demo_project)
    for section in SECTIONS:
        page = main_window.project_page.show_section(section.key)  # the view in front
        shown = main_window.project_page.stack.currentWidget()
        assert page is shown or shown.isAncestorOf(page)
        if not section.modules:
            assert isinstance(page, ComingPage)


def test_edit_is_undoable_and_keeps_the_old_value(main_window, demo_project):
    main_window.open_path(demo_project)
    view = _data_view(main_window)
    index = view.model.index(0, VALUE_COLUMN)
    assert view.model.setData(index, "14,100") is False  # 14100 or 14.1: refused
    assert view.model.setData(index, "14100,5")
    db = main_window.session.db
    observation_id = view.model.observation_id(0)
    assert store.get_row(db, observation_id).value == 14100.5
    assert store.get_row(db, observation_id).source == "Manual edit"
    assert store.history(db, observation_id)[0][0] == 14042.0
    assert view.model.data(index) == "14,100.5"
    main_window.undo_action.trigger()
    restored = store.get_row(db, observation_id)
    assert (restored.value, restored.cell) == (14042.0, "E2")
    assert view.model.data(index) == "14,042"
    main_window.redo_action.trigger()
    assert store.get_row(db, observation_id).value == 14100.5


def test_chart_follows_the_selection(main_window, demo_project, qtbot):
    main_window.show()  # the chart is built after the first frame
    main_window.open_path(demo_project)
    view = _data_view(main_window)
    qtbot.waitUntil(lambda: view.chart is not None)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows)
    assert view.chart.series_count() == 2
    assert "Inspector" in main_window.inspector_dock.windowTitle()
    assert "germany_laender_employment.csv" in main_window.inspector.toPlainText()
    # each section has its own inspector content: the observation stays with Data
    main_window.project_page.show_section("reports")
    assert main_window.inspector_dock.windowTitle() == "Inspector"
    assert "germany_laender_employment.csv" not in main_window.inspector.toPlainText()
    main_window.project_page.show_section("data")
    assert "germany_laender_employment.csv" in main_window.inspector.toPlainText()


def test_demo_is_built_in_the_background_then_opened(main_window, qtbot, tmp_path):
    target = tmp_path / "built.anticipa"
    main_window.build_demo(target)
    qtbot.waitUntil(lambda: main_window.session is not None, timeout=30000)
    assert main_window.session.project.path == target
    assert _data_view(main_window).model.rowCount() == 1120


def test_cancel_stops_the_demo_build(main_window, qtbot, tmp_path):
    target = tmp_path / "never.anticipa"
    progress = main_window.tasks.start("slow", lambda progress: _wait_for_cancel(progress))
    main_window.tasks.cancel()
    qtbot.waitUntil(lambda: not main_window.tasks.busy, timeout=10000)
    assert progress.cancelled() and not target.exists()


def _wait_for_cancel(progress):
    import time

    for _ in range(1000):
        progress.check()
        time.sleep(0.01)


def test_lazy_table_holds_few_rows_after_scrolling_to_the_end(main_window, tmp_path):
    from desktop_app.store.batches import create_batch
    from desktop_app.store.measures import ensure_measure
    from desktop_app.store.observations import NewObservation
    from desktop_app.store.project import create_project

    path = tmp_path / "big.anticipa"
    with create_project(path) as project, project.transaction():
        db = project.db
        regions = [classifications.ensure(db, "region", f"R{k}") for k in range(100)]
        industries = [classifications.ensure(db, "industry", f"I{k}") for k in range(60)]
        measure = ensure_measure(db, "jobs")
        batch = create_batch(db, "import", label="generated")
        store.write_observations(db, (NewObservation(r, i, measure, y, float(y))
                                      for r in regions for i in industries
                                      for y in range(2000, 2010)), batch)
    main_window.open_path(path)
    view = _data_view(main_window)
    assert view.model.rowCount() == 60_000
    view.table.scrollToBottom()
    last = view.model.rowCount() - 1
    assert view.model.observation(last).region == "R99 R99"
    assert view.model.cached_rows() <= PAGE_ROWS * CACHED_PAGES


def test_dropped_project_opens(main_window, demo_project):
    main_window.open_dropped(Path(demo_project))
    assert main_window.session is not None


def test_about_lists_versions():
    found = versions()
    assert {"Anticipa", "Python", "Qt", "numpy", "pyqtgraph", "openpyxl"} <= set(found)
    assert all(found[name] not in ("", "?") for name in ("Qt", "numpy", "openpyxl"))


def test_window_size_is_remembered(main_window, qtbot):
    from desktop_app.ui.main_window import MainWindow

    main_window.show()
    main_window.resize(640, 480)  # within the offscreen screen (800 x 800)
    main_window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (640, 480)


def test_spanish_interface(qapp):
    from desktop_app.ui.app import install_translation
    from desktop_app.ui.main_window import MainWindow

    assert install_translation(qapp, "es")
    try:
        window = MainWindow()
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Archivo", "&Edición"]
        window.close()
    finally:
        from PySide6.QtCore import QCoreApplication, QTranslator

        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
