"""What the window's tests share: an open session on a fresh copy of the demo project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_app.paths import resources_dir
from desktop_app.store.project import open_project


@pytest.fixture
def session(demo_project, qtbot):
    """The demo project open as the window opens it; its background tasks stopped at the end."""
    from desktop_app.ui.session import ProjectSession
    from desktop_app.ui.tasks import TaskRunner

    opened = ProjectSession(open_project(demo_project), TaskRunner())
    yield opened
    opened.tasks.cancel()
    opened.tasks._pool.waitForDone(10_000)
    opened.close()


@pytest.fixture
def spanish(qapp):
    """The Spanish translator and locale for one test; then those before come back."""
    translator = QTranslator()
    assert translator.load("anticipa_es", str(resources_dir() / "translations"))
    locale = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def drawn(qtbot):
    """Wait until the views in the given widgets have drawn what they were last asked to.

    A shown view draws in the event loop's next turn (``ui.when_shown``), so a test waits for
    it after showing a view or changing what it shows.
    """
    from desktop_app.ui.when_shown import WhenShown

    def wait(*widgets) -> None:
        def done() -> bool:
            return not any(
                shown.pending for widget in widgets for shown in widget.findChildren(WhenShown)
            )

        qtbot.waitUntil(done, timeout=5000)

    return wait
