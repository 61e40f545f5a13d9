"""What the window's tests share: an open session on a fresh copy of the demo project."""

from __future__ import annotations

import pytest

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
