"""The writer's lock: never held twice, waited for by a second writer, not needed by readers."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.store import classifications
from desktop_app.store.errors import ProjectLockedError
from desktop_app.store.lock import ProjectLock, lock_path_for
from desktop_app.store.project import create_project, open_project

ROOT = Path(__file__).resolve().parents[2]


def test_four_processes_never_hold_the_lock_at_once():
    """The short version of bench/lock_stress.py (the lock that unlinked its file: 161 of 12,000)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "lock_stress.py"), "--processes", "4",
         "--tries", "600", "--json"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["tries"] == 2400 and figures["held"] > 0
    assert figures["overlaps"] == 0


def test_the_lock_file_stays_and_is_taken_again(tmp_path):
    path = tmp_path / "p.anticipa"
    first = ProjectLock(path)
    first.acquire()
    first.release()
    assert lock_path_for(path).exists()  # kept: removing it let a second holder in
    second = ProjectLock(path)
    second.acquire()
    with pytest.raises(ProjectLockedError, match="already open in another Anticipa window"):
        ProjectLock(path).acquire()
    second.release()


def test_a_second_writer_waits_for_the_first(tmp_path):
    path = tmp_path / "p.anticipa"
    create_project(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from desktop_app.store.project import open_project; "
         f"p = open_project(r'{path}'); print('held', flush=True); time.sleep(1.0); p.close()"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        told = []
        began = time.monotonic()
        with open_project(path, wait=30, on_wait=told.append) as second:
            waited = time.monotonic() - began
            assert not second.read_only
    finally:
        holder.wait(timeout=30)
    assert 0.3 < waited < 10
    assert told == [f"{told[0].split(',')[0]}, process {holder.pid}"]  # who holds it, said once


def test_a_writer_gives_up_after_its_wait_and_says_so(tmp_path):
    path = tmp_path / "p.anticipa"
    with create_project(path):
        began = time.monotonic()
        with pytest.raises(ProjectLockedError, match=r"after waiting 1 s"):
            open_project(path, wait=1.0)
        assert time.monotonic() - began >= 1.0


def test_readers_take_no_lock_and_see_committed_data(tmp_path):
    path = tmp_path / "p.anticipa"
    with create_project(path) as writer:
        classifications.ensure(writer.db, "region", "DE1", "Baden-Württemberg")
        with writer.transaction():
            classifications.ensure(writer.db, "region", "DE2", "Bayern")
            # while the writer holds its lock and an open transaction, a reader opens at once
            with open_project(path, read_only=True) as reader:
                assert reader.read_only
                codes = [r.code for r in classifications.list_all(reader.db, "region")]
                assert codes == ["DE1"]  # the committed state only
                with pytest.raises(Exception, match="readonly"):
                    classifications.ensure(reader.db, "region", "DE3", "Berlin")


def test_command_that_reads_runs_while_a_writer_holds_the_project(demo_project, capsys):
    from desktop_app.cli import main

    with open_project(demo_project):
        assert main(["info", str(demo_project), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["observations"] == 4120
