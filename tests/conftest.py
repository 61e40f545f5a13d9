"""Test set-up shared by every layer: Qt offscreen, private settings, demo and empty projects."""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "ANTICIPA_SETTINGS_DIR" not in os.environ:
    os.environ["ANTICIPA_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="anticipa-settings-")
    atexit.register(shutil.rmtree, os.environ["ANTICIPA_SETTINGS_DIR"], ignore_errors=True)

FIXTURES = Path(__file__).parent / "fixtures"
# tests/core holds the reference packages' figures (reference_values.py) and the demo CSV
# loaders; the service and command-line tests check the same numbers end to end.
sys.path.append(str(Path(__file__).parent / "core"))


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory) -> Path:
    from desktop_app.services.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo-master") / "demo.anticipa")


@pytest.fixture
def demo_project(_demo_master, tmp_path) -> Path:
    """Path of a fresh copy of the demo project (real employment data), closed."""
    target = tmp_path / "demo.anticipa"
    shutil.copyfile(_demo_master, target)
    return target


@pytest.fixture
def project(tmp_path):
    """An empty, open project; closed at teardown."""
    from desktop_app.store.project import create_project

    opened = create_project(tmp_path / "empty.anticipa")
    yield opened
    opened.close()


@pytest.fixture
def main_window(qtbot):
    """A main window, hidden, closed (and its project released) at teardown."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    yield window
    window.close()


@pytest.fixture(scope="session")
def qapp():
    """The application as Anticipa makes it (names, settings folder, translations)."""
    from desktop_app.ui.app import make_application

    return make_application()
