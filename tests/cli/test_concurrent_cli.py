"""Two commands at once, and the window offscreen on a project it cannot write."""

import random
import subprocess
import sys

from desktop_app.store.project import open_project


def _start(*args):
    return subprocess.Popen([sys.executable, "-m", "desktop_app", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_demo_started_twice_at_once(tmp_path):
    target = tmp_path / "D.anticipa"
    runs = [_start("demo", target) for _ in range(2)]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2], results
    refused = next(err for code, _, err in results if code == 2)
    assert "D.anticipa" in refused and ("already exists" in refused or "meanwhile" in refused)
    assert "Traceback" not in refused
    with open_project(target, read_only=True) as project:
        assert project.damage is None
        assert project.db.execute("SELECT count(*) FROM observations").fetchone()[0] == 4120
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_screenshot_of_a_project_open_for_changes_elsewhere(demo_project, tmp_path):
    """No dialog no one could see: the window opens it read-only, with its banner."""
    out = tmp_path / "locked.png"
    with open_project(demo_project):
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app", "open", str(demo_project), "--screenshot",
             str(out), "--view", "data"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "read-only" in result.stderr.lower() and "already open" in result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_a_damaged_project(demo_project, tmp_path):
    with demo_project.open("r+b") as handle:
        handle.seek(demo_project.stat().st_size // 4096 // 2 * 4096)
        handle.write(random.Random(17).randbytes(4096))
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "open", str(demo_project), "--screenshot",
         str(tmp_path / "damaged.png")], capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 2), result.stderr
    assert "demo.anticipa is damaged" in result.stderr and "Traceback" not in result.stderr


def test_screenshot_of_a_file_that_is_no_project(tmp_path):
    bad = tmp_path / "bad.anticipa"
    bad.write_bytes(b"not a database at all" * 10)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "open", str(bad), "--screenshot",
         str(tmp_path / "x.png")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "anticipa: bad.anticipa is not an Anticipa project (not a database file)."]


def test_a_second_writer_command_waits_and_says_for_whom(tmp_path, capsys):
    from desktop_app.cli import main
    from desktop_app.paths import resources_dir
    from desktop_app.store.project import create_project

    target = tmp_path / "p.anticipa"
    create_project(target).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import time; from desktop_app.store.project import open_project; "
         f"p = open_project(r'{target}'); print('held', flush=True); time.sleep(1.5); p.close()"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        csv = resources_dir() / "demo" / "germany_laender_employment.csv"
        assert main(["import", str(csv), "--project", str(target), "--json"]) == 0
    finally:
        holder.wait(timeout=60)
    err = capsys.readouterr().err
    assert f"process {holder.pid}) is changing this project; waiting up to 120 s" in err
    with open_project(target, read_only=True) as project:
        assert project.db.execute("SELECT count(*) FROM observations").fetchone()[0] == 1120
