"""Starting the GUI: the application object, translations, the window, screenshots, self-test."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from desktop_app import APP_NAME
from desktop_app.errors import UserError
from desktop_app.paths import resources_dir
from desktop_app.scratch import process_folder

#: Seconds a thread may keep the interpreter once another thread asks for it.
SWITCH_INTERVAL = 0.001


def make_application(offscreen: bool = False):
    """The one QApplication, with settings location and the user's language installed.

    Offscreen (a screenshot, the self-test) the window's size and Recent projects are kept in
    this process's temporary folder: a rendering must not change what the user's next window
    looks like.
    """
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # also over a portable install's folder: a rendering reads no preference (--lang
        # chooses its language) and writes none
        os.environ["ANTICIPA_SETTINGS_DIR"] = str(process_folder() / "settings")
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    from desktop_app.ui.gui_collector import GuiThreadCollector

    GuiThreadCollector(app)
    # A worker holding the interpreter hands it over when another thread asks, at the latest
    # after the switch interval; at Python's 5 ms, with a worker, the window and a helper
    # thread taking turns, the window waited up to 150 ms during a large import. The cost
    # is nil while the window is idle (no thread asks).
    sys.setswitchinterval(SWITCH_INTERVAL)
    settings_dir = os.environ.get("ANTICIPA_SETTINGS_DIR")
    if settings_dir:  # tests and portable installs keep settings in a folder of their own
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from desktop_app.ui.preferences import interface_language

    language = interface_language()
    if language != QLocale().name():  # chosen in Preferences: numbers and dates follow it too
        QLocale.setDefault(QLocale(language))
    install_translation(app, language)
    return app


def install_translation(app, language: str) -> bool:
    """Show the interface in ``language`` (e.g. "es") if a translation for it is bundled."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator(app)
    if not translator.load(f"anticipa_{language}", str(resources_dir() / "translations")):
        return False
    app.installTranslator(translator)
    return True


def run_window(project: Path | None = None, view: str | None = None) -> int:
    app = make_application()
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.views import section_of_view

    if view:
        section_of_view(view)  # a mistyped view is refused before the project is opened
    window = MainWindow()
    window.show()
    if project is not None and window.open_path(project) and view:
        window.show_view(view)
    return app.exec()


def screenshot(project: Path, out: Path, view: str | None, size: tuple[int, int]) -> int:
    """Render the window on ``view`` offscreen to a PNG (for the README and the user guide)."""
    app = make_application(offscreen=True)
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.views import section_of_view

    if view:
        section_of_view(view)
    window = MainWindow()
    window.resize(*size)
    window.show()
    try:
        window.open_project_file(project)
        if window.read_only_banner.text():  # what the window shows above the views
            print(f"anticipa: {window.read_only_banner.text()}", file=sys.stderr)
        if view:
            window.show_view(view)
        for _ in range(5):
            app.processEvents()
        while window.tasks.busy:  # views that compute in the background: wait for their result
            window.tasks.wait()
            app.processEvents()
        for _ in range(5):
            app.processEvents()
        if not window.grab().save(str(out)):
            raise UserError(f"Could not write the screenshot {out}.", file=out)
    finally:
        window.close()
    return 0


def self_test() -> int:
    """Build the demo in a temporary folder, read it back, render a view; 0 when all worked."""
    from desktop_app.services.demo import build_demo
    from desktop_app.store.observations import counts
    from desktop_app.store.project import open_project

    with tempfile.TemporaryDirectory() as folder:
        demo = build_demo(Path(folder) / "self-test.anticipa")
        with open_project(demo) as project:
            found = counts(project.db)
        if found.observations == 0:
            print("self-test: the demo project holds no observations", file=sys.stderr)
            return 1
        shot = Path(folder) / "self-test.png"
        screenshot(demo, shot, "data", (1200, 800))
        if shot.stat().st_size < 10_000:
            print("self-test: the rendered view is empty", file=sys.stderr)
            return 1
    print(f"self-test passed: {found.observations} observations, view rendered")
    return 0


def export_brief(
    project: Path, region: str, out: Path, studies: tuple[str, ...] | None, language: str | None
) -> int:
    """Write the PDF brief of ``region`` offscreen (``anticipa brief``); the number of pages."""
    if language:
        os.environ["ANTICIPA_LANGUAGE"] = language
    make_application(offscreen=True)
    from desktop_app.services.brief import build_brief
    from desktop_app.store.project import open_project
    from desktop_app.ui.brief_pdf import write_brief_pdf

    with open_project(project, read_only=True) as opened:
        brief = build_brief(opened.db, region, studies)
    return write_brief_pdf(brief, out)

