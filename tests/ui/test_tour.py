"""The guided first run on the demo: its steps point at what they name; offered once, and never
in an offscreen rendering such as the self-test."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from desktop_app.ui import tour
from desktop_app.ui.tour import STEPS, TOUR_DONE, GuidedTour


def test_each_step_shows_its_view_and_points_at_a_visible_widget(main_window, demo_project, qtbot):
    main_window.resize(1280, 720)
    main_window.show()
    main_window.open_path(demo_project)
    qtbot.waitUntil(lambda: main_window.project_page.show_view("data").chart is not None)
    guide = GuidedTour(main_window)
    seen = []
    for index, step in enumerate(STEPS):
        assert guide.index == index
        if step.view:
            assert main_window.project_page.current_view_key() == step.view
        assert guide.target.isVisible() and guide.isVisible()
        assert guide.highlight.geometry().intersects(main_window.rect())
        assert main_window.rect().contains(guide.geometry())  # the note stays on the window
        seen.append(guide.text.text())
        guide.next.click()
    assert "navigator" in seen[0] and "Import" in seen[1]
    assert "portfolio" in seen[2] and "scenario" in seen[3]
    qtbot.waitUntil(lambda: not main_window.findChildren(GuidedTour))


def test_offered_once_on_a_real_screen_only(main_window, demo_project, monkeypatch):
    QSettings().remove(TOUR_DONE)
    main_window.open_path(demo_project)
    assert tour.offer_tour(main_window) is None  # offscreen, as in tests and screenshots
    assert QSettings().value(TOUR_DONE) is None
    monkeypatch.setattr(tour.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    first = tour.offer_tour(main_window)
    assert isinstance(first, GuidedTour) and isinstance(first.text, QLabel)
    first.finish()
    assert tour.offer_tour(main_window) is None  # shown once
    QSettings().remove(TOUR_DONE)


def test_self_test_shows_no_tour(monkeypatch, capsys):
    from desktop_app.ui.app import self_test

    started = []
    monkeypatch.setattr(GuidedTour, "__init__", lambda self, window: started.append(window))
    assert self_test() == 0
    assert "self-test passed" in capsys.readouterr().out
    assert started == []
