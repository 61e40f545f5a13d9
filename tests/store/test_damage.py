"""A damaged project is noticed when it opens: never written, read-only, with how to recover."""

import hashlib
import json
import random
import subprocess
import sys

import pytest

from desktop_app.cli import main
from desktop_app.store.errors import DamagedProjectError
from desktop_app.store.project import check_project, open_project

DEMO_CSV = "germany_laender_employment.csv"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(demo_project):
    """The demo project with one 4 KB page in its middle overwritten with noise."""
    size = demo_project.stat().st_size
    page = size // 4096 // 2
    with demo_project.open("r+b") as handle:
        handle.seek(page * 4096)
        handle.write(random.Random(17).randbytes(4096))  # the same noise every run
    return demo_project


def test_sound_project_passes_both_checks(demo_project):
    assert check_project(demo_project) is None
    with open_project(demo_project, read_only=True) as project:
        assert project.damage is None


def test_writer_is_refused_and_the_file_left_as_it_was(damaged):
    before = _digest(damaged)
    with pytest.raises(DamagedProjectError, match="is damaged") as caught:
        open_project(damaged)
    assert "To recover" in str(caught.value) and "anticipa export" in str(caught.value)
    assert _digest(damaged) == before


def test_reader_opens_it_and_says_what_is_wrong(damaged):
    with open_project(damaged, read_only=True) as project:
        assert project.read_only
        assert project.damage.startswith("demo.anticipa is damaged (")
        assert "\n" not in project.damage


def test_recovery_names_the_backup_when_there_is_one(damaged):
    (damaged.parent / "demo.v3-backup.anticipa").write_bytes(b"")
    with open_project(damaged, read_only=True) as project:
        assert "open the backup demo.v3-backup.anticipa" in project.damage


def test_check_command(damaged, capsys):
    assert main(["check", str(damaged), "--json"]) == 2
    payload = json.loads(capsys.readouterr().out)
    assert payload["sound"] is False and "is damaged" in payload["damage"]


def test_check_command_on_a_sound_project(tmp_path, capsys):
    assert main(["new", str(tmp_path / "fresh")]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path / "fresh.anticipa")]) == 0
    assert capsys.readouterr().out == "fresh.anticipa: no damage found.\n"


def test_import_into_a_damaged_project_writes_nothing(damaged):
    from desktop_app.paths import resources_dir

    before = _digest(damaged)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "import", str(resources_dir() / "demo" / DEMO_CSV),
         "--project", str(damaged)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "is damaged" in result.stderr and "Traceback" not in result.stderr
    assert _digest(damaged) == before


def test_reading_commands_warn_and_never_crash(damaged):
    """info reads pages the noise hit: a one-line message, exit 2; never a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "info", str(damaged)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.stderr.startswith("anticipa: warning: demo.anticipa is damaged")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 2)
