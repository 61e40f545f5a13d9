"""Help inside the window: a methods page for every view, F1 and the "?" open the one in front,
links between pages stay inside the shipped files."""

import re

from PySide6.QtCore import Qt

from desktop_app.ui.help import methods_folder, methods_page
from desktop_app.ui.views import SECTIONS

VIEW_KEYS = [view.key for section in SECTIONS for view in section.load_views()]


def test_every_view_has_a_methods_page_with_its_parts():
    for key in VIEW_KEYS:
        page = methods_folder() / f"{key}.md"
        assert page.is_file(), f"no methods page for the view {key!r}"
        text = page.read_text(encoding="utf-8")
        assert text.startswith("# "), page
        for part in ("**What it shows.**", "**How to read it.**", "**Reference.**"):
            assert part in text, f"{page.name} lacks {part}"


def test_methods_index_links_every_page_and_only_shipped_ones():
    index = (methods_folder() / "index.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([^)]+\.md)\)", index))
    assert {f"{key}.md" for key in VIEW_KEYS} <= linked
    assert all((methods_folder() / name).is_file() for name in linked)


def test_f1_opens_the_page_of_the_view_in_front(main_window, demo_project, qtbot):
    main_window.show()
    main_window.open_path(demo_project)
    data_view = main_window.project_page.show_view("data")
    qtbot.waitUntil(lambda: data_view.chart is not None)  # built after the first frame
    for key in VIEW_KEYS:
        main_window.show_view(key)
        main_window.activateWindow()  # F1 is the main window's shortcut
        qtbot.waitUntil(main_window.isActiveWindow)
        qtbot.keyClick(main_window.project_page.stack.currentWidget(), Qt.Key.Key_F1)
        assert main_window.help_browser is not None and main_window.help_browser.isVisible()
        assert main_window.help_browser.page() == methods_page(key), key
        shown_title = main_window.help_browser.browser.toPlainText().splitlines()[0]
        page_title = methods_page(key).read_text(encoding="utf-8").splitlines()[0]
        assert shown_title == page_title.removeprefix("# ")


def test_question_mark_beside_the_tabs_opens_the_page(main_window, demo_project, qtbot):
    main_window.open_path(demo_project)
    main_window.show_view("micmac")
    tabs = main_window.project_page.stack.currentWidget()
    qtbot.mouseClick(tabs.help_button, Qt.MouseButton.LeftButton)
    assert main_window.help_browser.page() == methods_page("micmac")
    assert "determinant" in main_window.help_browser.browser.toPlainText().lower()


def test_without_a_project_f1_opens_the_index_and_links_are_followed(main_window, qtbot):
    main_window.view_help_action.trigger()
    browser = main_window.help_browser
    assert browser.page() == methods_page("index")
    browser._follow(browser.browser.source().resolved("portfolio.md"))
    assert browser.page() == methods_folder() / "portfolio.md"
    browser._follow(browser.browser.source().resolved("https://example.org/"))
    assert browser.page() == methods_folder() / "portfolio.md"  # no network: stays, says so
    assert "Not shipped" in browser.note.text()


def test_user_guide_shows_every_view_and_its_pictures_are_there(main_window):
    from desktop_app.ui.help import guide_page

    text = guide_page().read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert {f"images/{key}.png" for key in VIEW_KEYS} <= set(pictures)
    missing = [p for p in pictures if not (guide_page().parent / p).is_file()]
    assert missing == [], "run build/guide-screenshots.sh"
    guide_action = next(a for m in main_window.menuBar().actions() for a in m.menu().actions()
                        if a.text() == "User &guide…")
    guide_action.trigger()
    assert main_window.help_browser.page() == guide_page()
    assert "Getting started" in main_window.help_browser.browser.toPlainText()
