"""Help inside the window: a methods page for every view, F1 and the "?" open the one in front,
links between pages stay inside the shipped files; under Spanish, the Spanish pages and guide."""

import re
import shutil
from collections import Counter

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop_app.paths import guide_dir
from desktop_app.ui import help as help_module
from desktop_app.ui.help import guide_page, methods_folder, methods_page
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


def pictures_of(guide) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text(encoding="utf-8"))


@pytest.mark.parametrize("guide, script", [
    (guide_dir() / "index.md", "build/guide-screenshots.sh"),
    (guide_dir() / "es" / "index.md", "build/guide-screenshots.sh es"),
])
def test_each_guide_shows_every_view_and_its_pictures_are_there(guide, script):
    pictures = pictures_of(guide)
    assert {f"images/{key}.png" for key in VIEW_KEYS} <= set(pictures)
    missing = [p for p in pictures if not (guide.parent / p).is_file()]
    assert missing == [], f"run {script}"


def test_the_spanish_guide_shows_the_same_pictures_in_the_same_order():
    assert pictures_of(guide_dir() / "es" / "index.md") == pictures_of(guide_dir() / "index.md")


def test_user_guide_opens_from_the_help_menu(main_window):
    guide_action = next(a for m in main_window.menuBar().actions() for a in m.menu().actions()
                        if a.text() == "User &guide…")
    guide_action.trigger()
    assert main_window.help_browser.page() == guide_page() == guide_dir() / "index.md"
    assert "Getting started" in main_window.help_browser.browser.toPlainText()
    browser = main_window.help_browser
    assert "](es/index.md)" in guide_page().read_text(encoding="utf-8")  # each names the other
    assert "](../index.md)" in guide_page("es").read_text(encoding="utf-8")
    browser._follow(browser.browser.source().resolved("es/index.md"))
    assert browser.page() == guide_dir() / "es" / "index.md"
    browser._follow(browser.browser.source().resolved("../index.md"))
    assert browser.page() == guide_dir() / "index.md"


# The parts of an English methods page and their names in the Spanish one.
SPANISH_PARTS = {
    "What it shows": "Qué muestra",
    "How it is computed": "Cómo se calcula",
    "Formula": "Fórmula",
    "Formulas": "Fórmulas",
    "Formula (Dunn)": "Fórmula (Dunn)",
    "Formula (CIB)": "Fórmula (CIB)",
    "Rules": "Reglas",
    "How to read it": "Cómo leerlo",
    "How sure each one is": "Qué tan seguro es cada uno",
    "Reference": "Referencia",
}


def parts(text: str) -> list[str]:
    """The bold heads that open a page's paragraphs ("**What it shows.**"), in order."""
    return re.findall(r"^\*\*([^*]+)\.\*\*", text, re.MULTILINE)


def formula_tokens(text: str) -> dict[str, Counter]:
    """What a translation must carry over unchanged: code spans, numbers (a thousands comma
    aside: "2,000" is written "2000" in Spanish), subscripted symbols, operators and links."""
    text_without_code = re.sub(r"`[^`]*`", " ", text)
    numbers = re.sub(r"(\d),(\d{3})\b", r"\1\2", text_without_code)
    return {
        "code": Counter(re.findall(r"`[^`]*`", text)),
        "numbers": Counter(re.findall(r"\d+(?:\.\d+)?", numbers)),
        "symbols": Counter(re.findall(r"\w+_[\w{},()−]+", text_without_code)),
        "operators": Counter(re.findall(r"[=≥≤±Σ×φθ<>]", text_without_code)),
        "links": Counter(re.findall(r"\]\(([^)]+)\)", text)),
    }


ENGLISH_PAGES = sorted(methods_folder().glob("*.md"))


@pytest.mark.parametrize("english", ENGLISH_PAGES, ids=lambda page: page.stem)
def test_every_methods_page_has_a_spanish_one_with_the_same_parts_and_formulas(english):
    spanish = methods_folder("es") / english.name
    assert spanish.is_file(), f"no Spanish page {spanish}"
    english_text, spanish_text = (page.read_text(encoding="utf-8") for page in (english, spanish))
    assert spanish_text.startswith("# ")
    assert parts(spanish_text) == [SPANISH_PARTS[part] for part in parts(english_text)]
    for kind, found in formula_tokens(english_text).items():
        assert formula_tokens(spanish_text)[kind] == found, f"{spanish.name}: {kind} differ"


def test_the_formula_check_finds_a_changed_formula():
    english = (methods_folder() / "portfolio.md").read_text(encoding="utf-8")
    changed = english.replace("(E_i / E)", "(E_r / E)").replace("1e-12", "1e-10")
    assert formula_tokens(changed)["symbols"] != formula_tokens(english)["symbols"]
    assert formula_tokens(changed)["numbers"] != formula_tokens(english)["numbers"]


@pytest.fixture
def spanish_locale(qapp):
    """The interface's language is Spanish for one test, as the application sets it at start."""
    locale = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(locale)


def test_under_spanish_f1_opens_the_spanish_page(spanish_locale, main_window, demo_project, qtbot):
    main_window.show()
    main_window.open_path(demo_project)
    data_view = main_window.project_page.show_view("data")
    qtbot.waitUntil(lambda: data_view.chart is not None)  # built after the first frame
    for key in ("data", "portfolio", "micmac", "signposts"):
        main_window.show_view(key)
        main_window.activateWindow()
        qtbot.waitUntil(main_window.isActiveWindow)
        qtbot.keyClick(main_window.project_page.stack.currentWidget(), Qt.Key.Key_F1)
        page = methods_folder("es") / f"{key}.md"
        assert main_window.help_browser.page() == page, key
        shown_title = main_window.help_browser.browser.toPlainText().splitlines()[0]
        assert shown_title == page.read_text(encoding="utf-8").splitlines()[0].removeprefix("# ")
    assert "Qué muestra." in main_window.help_browser.browser.toPlainText()
    main_window.help_browser.show_page(methods_page("index"))  # "All methods"
    assert main_window.help_browser.page() == methods_folder("es") / "index.md"
    browser = main_window.help_browser
    browser._follow(browser.browser.source().resolved("micmac.md"))  # links stay in Spanish
    assert browser.page() == methods_folder("es") / "micmac.md"


def test_under_spanish_the_user_guide_is_the_spanish_one(spanish_locale, main_window):
    guide_action = next(a for m in main_window.menuBar().actions() for a in m.menu().actions()
                        if a.text() == "User &guide…")  # the locale alone: texts stay English
    guide_action.trigger()
    assert main_window.help_browser.page() == guide_dir() / "es" / "index.md"
    assert "Primeros pasos" in main_window.help_browser.browser.toPlainText()


def test_a_page_not_yet_translated_is_shown_in_english(tmp_path, monkeypatch):
    shutil.copytree(methods_folder(), tmp_path / "help" / "methods")
    (tmp_path / "help" / "methods" / "es" / "micmac.md").unlink()
    monkeypatch.setattr(help_module, "resources_dir", lambda: tmp_path)
    assert methods_page("micmac", "es") == tmp_path / "help" / "methods" / "micmac.md"
    assert methods_page("portfolio", "es") == tmp_path / "help" / "methods" / "es" / "portfolio.md"
    assert methods_page("nowhere", "es") == tmp_path / "help" / "methods" / "es" / "index.md"
    assert methods_page("portfolio", "de") == tmp_path / "help" / "methods" / "portfolio.md"
    assert methods_page("portfolio", "en") == tmp_path / "help" / "methods" / "portfolio.md"
