"""Test set-up shared by every layer: Qt offscreen, private settings, demo and empty projects."""

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "ANTICIPA_SETTINGS_DIR" not in os.environ:
    # in the run's own temporary folder (desktop_app.scratch): removed when the run ends, and
    # by the next start of Anticipa when the run was killed
    from desktop_app.scratch import process_folder

    os.environ["ANTICIPA_SETTINGS_DIR"] = str(process_folder() / "settings")

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
