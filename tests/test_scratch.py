"""Temporary files of killed processes are removed by the next start; nothing is left behind."""

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import scratch
from desktop_app.io.xlsx_safety import atomic_target


def _ended_pid() -> int:
    """The id of a process that has just ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _fill(folder: Path, sizes: dict[str, int]) -> None:
    for name, size in sizes.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"\0" * size)


def test_folders_of_ended_processes_are_removed_and_counted(tmp_path):
    gone = tmp_path / f"anticipa-{_ended_pid()}"
    _fill(gone, {"anticipa-sheet-x/piece1.xlsx": 30_000, "openpyxl.abc": 12_345})
    alive = tmp_path / f"anticipa-{os.getppid()}"
    _fill(alive, {"in-use.xlsx": 1_000})
    unrelated = tmp_path / "anticipa-settings-7"
    _fill(unrelated, {"x": 10})
    assert scratch.clean_leftovers(tmp_path) == 42_345
    assert not gone.exists()
    assert (alive / "in-use.xlsx").exists() and (unrelated / "x").exists()
    assert scratch.clean_leftovers(tmp_path) == 0


def test_a_command_cleans_up_after_a_killed_one_and_says_so(tmp_path, demo_project):
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    env = os.environ | {"TMPDIR": str(temp_root)}
    killed = subprocess.Popen(
        [sys.executable, "-c",
         "import os, time; from desktop_app import scratch; "
         "folder = scratch.use_process_folder(); "
         "open(folder / 'openpyxl.big', 'wb').write(b'0' * 2_500_000); "
         "print(folder, flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    folder = Path(killed.stdout.readline().strip())
    assert folder.parent == temp_root and folder.name == f"anticipa-{killed.pid}"
    killed.kill()
    killed.wait()
    assert folder.exists()  # a killed process cannot tidy up
    result = subprocess.run([sys.executable, "-m", "desktop_app", "info", str(demo_project)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ("anticipa: removed 2.5 MB of temporary files left by Anticipa "
                             "processes that were stopped\n")
    assert not folder.exists()
    assert list(temp_root.iterdir()) == []  # the command's own folder went when it ended


def test_an_export_removes_partials_of_ended_processes(tmp_path):
    stale = tmp_path / f".out.xlsx.{_ended_pid()}-k2j4.partial"
    stale.write_bytes(b"x" * 100)
    live = tmp_path / f".out.xlsx.{os.getppid()}-a8c1.partial"
    live.write_bytes(b"y")
    other = tmp_path / ".notes.partial"
    other.write_bytes(b"z")
    with atomic_target(tmp_path / "out.xlsx") as temp:
        assert temp.name.startswith(f".out.xlsx.{os.getpid()}-")
        temp.write_bytes(b"done")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [live.name, other.name, "out.xlsx"])


def test_sheet_pieces_go_into_the_process_folder():
    from desktop_app.io import sheet_pieces

    with sheet_pieces._scratch() as folder:
        assert Path(folder).parent == scratch.process_folder()
        assert Path(folder).parent.name == f"anticipa-{os.getpid()}"
