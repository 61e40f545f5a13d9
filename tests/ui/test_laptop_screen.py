"""Every view fits a 1280 x 720 laptop screen: a view too wide or too tall scrolls in its tab, its
choosers wrap, and the navigator and the inspector can be hidden."""

import pytest

from desktop_app.ui.views import SECTIONS

LAPTOP = (1280, 720)
VIEW_KEYS = [view.key for section in SECTIONS for view in section.load_views()]


@pytest.fixture
def laptop_window(main_window, demo_project, qapp):
    main_window.resize(*LAPTOP)
    main_window.show()
    assert main_window.open_path(demo_project)
    return main_window


def _settle(window, qapp):
    for _ in range(3):
        qapp.processEvents()
    while window.tasks.busy:  # views that compute in the background: their result changes sizes
        window.tasks.wait()
        qapp.processEvents()


def test_every_view_fits_1280_by_720(laptop_window, qapp):
    too_large = {}
    for key in VIEW_KEYS:
        laptop_window.show_view(key)
        _settle(laptop_window, qapp)
        needed = laptop_window.minimumSizeHint().expandedTo(laptop_window.minimumSize())
        if needed.width() > LAPTOP[0] or needed.height() > LAPTOP[1]:
            too_large[key] = needed.toTuple()
    assert too_large == {}, f"views that need a larger window: {too_large}"
    assert (laptop_window.width(), laptop_window.height()) == LAPTOP


def test_a_view_that_fits_does_not_scroll(laptop_window, qapp):
    # A word-wrapped label once made the tab's scroll area as tall as the views' preferred
    # sizes: MICMAC's page was 993 px tall in a 617 px tab, its table below the window's edge,
    # and seven more views scrolled although their minimum fitted.
    from desktop_app.ui.widgets import FittingScrollArea

    scrolled = {}
    for key in VIEW_KEYS:
        view = laptop_window.project_page.show_view(key)
        _settle(laptop_window, qapp)
        area = view.parent().parent()  # the view's tab holds it in a scroll area's viewport
        assert isinstance(area, FittingScrollArea)
        least = view.minimumSizeHint().expandedTo(view.minimumSize())
        room = area.viewport().size()
        if least.height() <= room.height() and view.height() > room.height():
            scrolled[key] = (view.height(), room.height())
        if least.width() <= room.width() and view.width() > room.width():
            scrolled[key] = (view.width(), room.width())
    assert scrolled == {}


def _too_wide(window, qapp) -> dict[str, tuple[int, int]]:
    """Views whose least width passes their tab's: they scroll sideways, their right part
    (a chart's legend, the export buttons) out of sight."""
    wide = {}
    for key in VIEW_KEYS:
        view = window.project_page.show_view(key)
        _settle(window, qapp)
        least = view.minimumSizeHint().expandedTo(view.minimumSize()).width()
        room = view.parent().parent().viewport().width()
        if least > room:
            wide[key] = (least, room)
    return wide


def test_every_view_fits_the_laptop_width(laptop_window, qapp):
    # the 2x2 axes' quadrant cards were as wide as their titles: 793 px in a 790 px tab
    assert _too_wide(laptop_window, qapp) == {}


def test_every_view_fits_the_laptop_width_in_spanish(spanish, laptop_window, qapp):
    # longer words: the portfolio's and the network's hints on one line, the futures' side tabs
    # made three views 793-824 px wide in a 790 px tab
    assert _too_wide(laptop_window, qapp) == {}


def test_micmac_puts_its_table_under_the_map_when_both_do_not_fit_side_by_side(
    laptop_window, qapp
):
    from PySide6.QtCore import Qt

    view = laptop_window.project_page.show_view("micmac")
    _settle(laptop_window, qapp)
    assert view.table.rowCount() >= 3
    assert view._split.orientation() == Qt.Orientation.Vertical  # the inspector takes room
    area = view.parent().parent()
    assert view.table.mapTo(area, view.table.rect().bottomRight()).y() <= area.height()
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width()  # every column in sight
    laptop_window.inspector_dock.hide()
    laptop_window.project_page.navigator.hide()
    _settle(laptop_window, qapp)
    assert view._split.orientation() == Qt.Orientation.Horizontal


def test_choosers_wrap_instead_of_widening_the_view(laptop_window, qapp):
    # the Analysis choosers once needed 929 pixels on one line
    bar = laptop_window.project_page.show_view("portfolio").chooser
    _settle(laptop_window, qapp)
    assert bar.minimumSizeHint().width() < 400
    one_line = bar.layout().heightForWidth(2000)
    pieces = [bar.layout().itemAt(k).widget() for k in range(bar.layout().count())]
    assert one_line == max(p.sizeHint().height() for p in pieces if p.isVisibleTo(bar)) + 4
    assert bar.layout().heightForWidth(300) >= 3 * one_line  # five choosers on three lines or more


def test_navigator_and_inspector_can_be_hidden(laptop_window):
    page = laptop_window.project_page
    laptop_window.navigator_action.trigger()
    assert page.navigator.isHidden()
    laptop_window.navigator_action.trigger()
    assert not page.navigator.isHidden()
    laptop_window.inspector_dock.toggleViewAction().trigger()
    assert laptop_window.inspector_dock.isHidden()


def test_first_window_is_no_larger_than_the_screen(qtbot):
    from PySide6.QtCore import QSettings

    from desktop_app.ui.main_window import MainWindow

    settings = QSettings()
    for key in ("window/geometry", "window/state"):
        settings.remove(key)
    window = MainWindow()
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()  # offscreen: 800 x 800
    assert screen.width() < 1400
    assert (window.width(), window.height()) == (screen.width(), min(900, screen.height()))


def test_scenario_views_of_every_demo_study_fit(laptop_window, qapp):
    # a 2x2 axes view of a large study once made the window 1,096 px tall
    keys = [view.key for section in SECTIONS if section.key == "scenarios"
            for view in section.load_views()]
    view = laptop_window.project_page.show_view("scenario-axes")
    studies = view.study_box.count()
    assert studies >= 2  # the global and the national-regional sample studies
    too_large = {}
    for index in range(studies):
        view.study_box.setCurrentIndex(index)  # the other views follow the chosen study
        for key in keys:
            laptop_window.show_view(key)
            _settle(laptop_window, qapp)
            needed = laptop_window.minimumSizeHint().expandedTo(laptop_window.minimumSize())
            if needed.width() > LAPTOP[0] or needed.height() > LAPTOP[1]:
                too_large[(view.study_box.currentText(), key)] = needed.toTuple()
    assert too_large == {}
