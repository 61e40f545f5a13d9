"""The command line: JSON output, one-line errors with exit status 2, no Qt for batch commands."""

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.store.migrations import SCHEMA_VERSION


def run(*args):
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_info_json_counts(demo_project, capsys):
    assert main(["info", str(demo_project), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] >= 1
    assert (info["regions"], info["industries"], info["years"]) == (47, 10, 10)
    assert (info["observations"], info["import_batches"]) == (4120, 2)


def test_new_then_info(tmp_path, capsys):
    assert main(["new", str(tmp_path / "fresh")]) == 0
    assert (tmp_path / "fresh.anticipa").exists()
    capsys.readouterr()
    assert main(["info", str(tmp_path / "fresh.anticipa"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["observations"] == 0


@pytest.mark.parametrize("content, message", [
    (b"PK\x03\x04 not a project", "is not an Anticipa project"),
    (None, "no such file"),
])
def test_user_errors_are_one_line(tmp_path, content, message):
    path = tmp_path / "bad.anticipa"
    if content is not None:
        path.write_bytes(content)
    result = run("info", path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_batch_commands_never_import_qt(demo_project):
    code = ("import sys; from desktop_app.cli import main; "
            f"main(['info', r'{demo_project}']); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))], "
            "'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_screenshot_of_the_data_view(demo_project, tmp_path):
    out = tmp_path / "data.png"
    result = run("open", demo_project, "--screenshot", out, "--view", "data")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]  # signature, IHDR length and type, then width and height
    assert header[12:16] == b"IHDR"
    return struct.unpack(">II", header[16:24])


def test_screenshot_has_the_size_asked_for(demo_project, tmp_path):
    out = tmp_path / "large.png"
    result = run("open", demo_project, "--screenshot", out, "--view", "data", "--size", "1600x1000")
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1600, 1000)


def test_screenshot_at_1280_by_720(demo_project, tmp_path):
    out = tmp_path / "guide.png"
    result = run("open", demo_project, "--screenshot", out, "--view", "data", "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1280, 720)


def test_unknown_view_is_a_user_error(demo_project, tmp_path):
    result = run("open", demo_project, "--screenshot", tmp_path / "x.png", "--view", "nowhere")
    assert result.returncode == 2
    assert "No view named 'nowhere'" in result.stderr


def _in_home(tmp_path, *args):
    """Run the command line with HOME and the config folder in ``tmp_path``, no settings folder set."""
    env = {key: value for key, value in os.environ.items() if key != "ANTICIPA_SETTINGS_DIR"}
    home, config = tmp_path / "home", tmp_path / "config"
    home.mkdir()
    config.mkdir()
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(config), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)],
                            capture_output=True, text=True, timeout=180, env=env)
    written = sorted(str(p.relative_to(tmp_path)) for p in (*home.rglob("*"), *config.rglob("*")))
    return result, written


def test_self_test_leaves_the_users_settings_alone(tmp_path):
    # It used to save the offscreen window size and add its deleted demo to Recent projects.
    result, written = _in_home(tmp_path, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed: 4120 observations" in result.stdout
    assert written == []


def test_screenshot_leaves_the_users_settings_alone(demo_project, tmp_path):
    result, written = _in_home(tmp_path, "open", demo_project, "--screenshot", tmp_path / "s.png",
                               "--size", "640x400")
    assert result.returncode == 0, result.stderr
    assert written == []


def test_a_mistyped_view_is_refused_before_the_window_opens_the_project(demo_project, tmp_path):
    # the window used to open the project (adding it to Recent projects) and only then refuse
    settings = tmp_path / "settings"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTICIPA_SETTINGS_DIR=str(settings))
    result = subprocess.run([sys.executable, "-m", "desktop_app", "open", str(demo_project),
                             "--view", "nowhere"], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 2
    assert "No view named 'nowhere'" in result.stderr
    assert not any(demo_project.name in p.read_text(errors="replace")
                   for p in settings.rglob("*") if p.is_file())


def test_screenshot_leaves_a_portable_settings_folder_alone(demo_project, tmp_path):
    # with ANTICIPA_SETTINGS_DIR set (a portable install), the rendering wrote its window size
    # and Recent projects there
    settings = tmp_path / "portable"
    settings.mkdir()
    env = dict(os.environ, ANTICIPA_SETTINGS_DIR=str(settings))
    result = subprocess.run([sys.executable, "-m", "desktop_app", "open", str(demo_project),
                             "--screenshot", str(tmp_path / "s.png"), "--size", "640x400"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert list(settings.rglob("*")) == []


def test_screenshot_in_spanish_leaves_the_language_preference_alone(demo_project, tmp_path):
    # build/guide-screenshots.sh es makes the Spanish guide's pictures this way
    english, spanish = tmp_path / "en.png", tmp_path / "es.png"
    result, written = _in_home(tmp_path, "open", demo_project, "--view", "portfolio",
                               "--size", "640x400", "--lang", "es", "--screenshot", spanish)
    assert result.returncode == 0, result.stderr
    assert written == []
    assert run("open", demo_project, "--view", "portfolio", "--size", "640x400", "--lang", "en",
               "--screenshot", english).returncode == 0
    assert english.read_bytes() != spanish.read_bytes()


def test_a_reading_command_upgrades_an_older_project(tmp_path):
    # opening switched the upgraded file to write-ahead logging and left that statement
    # running, so closing failed with "database table is locked" (a traceback, exit 1)
    sys.path.insert(0, str(Path(__file__).parents[1] / "stress"))
    from stress_kill import version_one_project

    old = tmp_path / "old.anticipa"
    version_one_project(old, filler_rows=10)
    result = run("info", old, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema_version"] == SCHEMA_VERSION
    assert run("info", old).returncode == 0  # and the upgraded file opens again


def test_export_report_for_a_chosen_region_and_study(demo_project, tmp_path, capsys):
    out = tmp_path / "report.xlsx"
    assert main(["export", str(demo_project), str(out), "--layout", "report", "--measure",
                 "employees_de", "--report-region", "DEG", "--study",
                 "Global context (CIB sample)", "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert "Lifecycles of Thüringen (as chosen)." in notes
    assert "Scenario studies: Global context (CIB sample) (as chosen)." in notes
    assert main(["export", str(demo_project), str(tmp_path / "t.xlsx"), "--study", "X"]) == 2
    assert "only for the report layout" in capsys.readouterr().err
