"""A full disk, read-only media: one line naming the path, exit 2, and nothing half-written.

SQLite's ``max_page_count`` makes a project's disk "full" anywhere; the cases that need the
operating system's own refusal (ENOSPC, a read-only mount) use a small tmpfs or a read-only bind
mount, and are skipped where mounting is not allowed.
"""

import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.paths import resources_dir
from desktop_app.store.migrations import MIGRATIONS
from desktop_app.store.project import APPLICATION_ID, backup_path_for, create_project

DEMO_CSV = resources_dir() / "demo" / "germany_laender_employment.csv"


@pytest.fixture
def cramp(monkeypatch):
    """Call it to let every project connection opened afterwards grow by two pages only: the
    next large write finds the disk full, as SQLite reports it."""
    import desktop_app.store.project as project_module

    connect = project_module._connect

    def cramped(path):
        conn = connect(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    return lambda: monkeypatch.setattr(project_module, "_connect", cramped)


def _mount(where: Path, *options: str) -> None:
    where.mkdir(exist_ok=True)
    result = subprocess.run(["mount", *options, str(where)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here: {result.stderr.decode().strip()}")


@pytest.fixture
def small_disk(tmp_path):
    """A 600 KB file system of its own."""
    disk = tmp_path / "disk"
    _mount(disk, "-t", "tmpfs", "-o", "size=600k", "tmpfs")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.fixture
def read_only_copy(tmp_path, demo_project):
    """The demo project seen through a read-only mount (a CD, a write-protected stick)."""
    source = tmp_path / "media-source"
    source.mkdir()
    demo_project.rename(source / "package.anticipa")
    media = tmp_path / "media"
    _mount(media, "--bind", str(source))
    remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(media)], capture_output=True)
    try:
        if remount.returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield media / "package.anticipa"
    finally:
        subprocess.run(["umount", "-l", str(media)], check=False)


def _observations(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM observations").fetchone()[0]
    finally:
        conn.close()


def test_import_on_a_full_disk(tmp_path, cramp, capsys):
    target = tmp_path / "p.anticipa"
    create_project(target).close()
    cramp()
    assert main(["import", str(DEMO_CSV), "--project", str(target), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"anticipa: The disk is full while writing {target} (")
    assert "Traceback" not in err
    assert _observations(target) == 0


def test_merge_on_a_full_disk(tmp_path, demo_project, cramp, capsys):
    target = tmp_path / "p.anticipa"
    create_project(target).close()
    cramp()
    assert main(["merge", str(target), str(demo_project), "--json"]) == 2
    assert capsys.readouterr().err.startswith(
        f"anticipa: The disk is full while writing {target} (")
    assert _observations(target) == 0


def test_merge_from_read_only_media(tmp_path, read_only_copy, capsys):
    target = tmp_path / "p.anticipa"
    create_project(target).close()
    assert main(["merge", str(target), str(read_only_copy), "--json"]) == 0, capsys.readouterr()
    assert _observations(target) == 4120


def test_export_on_a_full_disk(demo_project, small_disk, capsys):
    out = small_disk / "out.xlsx"
    (small_disk / "filler").write_bytes(b"\0" * 560_000)
    assert main(["export", str(demo_project), str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"anticipa: The disk is full while writing {out} (")
    assert len(err.splitlines()) == 1  # no "Exception ignored" after the message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # no partial left


def test_export_onto_read_only_media(tmp_path, read_only_copy, capsys):
    out = read_only_copy.parent / "out.xlsx"
    assert main(["export", str(read_only_copy), str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{out} is on read-only media" in err and "Traceback" not in err


def _version_one_project(path: Path, filler_rows: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.executemany("INSERT INTO regions (code, name) VALUES (?, ?)",
                     [(f"R{k:05d}", "x" * 200) for k in range(filler_rows)])
    conn.execute("COMMIT")
    conn.close()


def test_migration_on_a_full_disk_is_no_damage(small_disk, capsys):
    """The backup copy does not fit: the disk is named, the project stays as it was (version 1,
    sound) and no empty backup is left beside it."""
    path = small_disk / "old.anticipa"
    _version_one_project(path, filler_rows=1400)
    assert path.stat().st_size > 300_000
    before = path.read_bytes()
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("anticipa: The disk is full while writing ")
    assert "damaged" not in err
    assert not backup_path_for(path, 1).exists()
    assert [p.name for p in small_disk.iterdir() if "backup" in p.name or "partial" in p.name] == []
    assert path.read_bytes() == before


def test_a_full_temporary_folder_is_named_as_such(demo_project, small_disk, tmp_path):
    """openpyxl writes a large sheet to TMPDIR first: when that is full, the message names the
    temporary folder, not the export's roomy one; an import needs no room there."""
    import os
    import sys

    (small_disk / "filler").write_bytes(b"\0" * 590_000)  # a few KB left
    env = os.environ | {"TMPDIR": str(small_disk)}
    out = tmp_path / "tidy.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "export", str(demo_project), str(out)],
        capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"anticipa: The disk is full while writing {small_disk}/")
    assert "(0.0 MB free there)" in result.stderr and len(result.stderr.splitlines()) == 1
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
    target = tmp_path / "p.anticipa"
    create_project(target).close()
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "import", str(DEMO_CSV), "--project", str(target)],
        capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert _observations(target) == 1120
