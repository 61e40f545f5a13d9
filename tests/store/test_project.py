"""The project file: creation, refusal of foreign files, lock, migrations with backup."""

import hashlib
import sqlite3
import struct
from dataclasses import replace

import pytest

from desktop_app.store.errors import NewerProjectError, NotAProjectError, ProjectLockedError
from desktop_app.store.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop_app.store.project import (
    APPLICATION_ID,
    backup_path_for,
    create_project,
    open_project,
)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_has_schema_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "p.anticipa"
    with create_project(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert project.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert {
            "regions",
            "industries",
            "observations",
            "import_batches",
            "competencies",
            "institutions",
            "lifecycle_judgements",
            "scenario_studies",
        } <= set(project.db.table_names())
    # closed: the write-ahead log is folded in, so the file can be copied alone
    assert (
        not (tmp_path / "p.anticipa-wal").exists()
        or (tmp_path / "p.anticipa-wal").stat().st_size == 0
    )


def test_random_bytes_are_refused_and_untouched(tmp_path):
    path = tmp_path / "noise.anticipa"
    path.write_bytes(bytes(range(256)) * 40)
    before = _digest(path)
    with pytest.raises(NotAProjectError, match="not an Anticipa project"):
        open_project(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noise.anticipa"]


@pytest.mark.parametrize(
    ("name", "a_project", "statements", "error", "message"),
    [
        (
            "other.db",
            False,
            ["CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"],
            NotAProjectError,
            "database, but not an Anticipa project",
        ),
        (
            "future.anticipa",
            True,
            [f"PRAGMA user_version = {SCHEMA_VERSION + 1}"],
            NewerProjectError,
            "newer version",
        ),
    ],
    ids=["other-sqlite-database", "newer-project"],
)
def test_database_is_refused_and_untouched(tmp_path, name, a_project, statements, error, message):
    path = tmp_path / name
    if a_project:
        create_project(path).close()
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(error, match=message):
        open_project(path)
    assert _digest(path) == before


def test_second_opener_gets_a_clear_lock_message(tmp_path):
    path = tmp_path / "shared.anticipa"
    first = create_project(path)
    try:
        with pytest.raises(ProjectLockedError, match="already open in another Anticipa window"):
            open_project(path)
    finally:
        first.close()
    open_project(path).close()  # released on close


def test_lock_is_released_when_the_holder_dies(tmp_path):
    import signal
    import subprocess
    import sys

    path = tmp_path / "crash.anticipa"
    create_project(path).close()
    code = (
        "import sys; from desktop_app.store.project import open_project; "
        f"p = open_project(r'{path}'); print('held', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ProjectLockedError):
            open_project(path)  # the child holds it while it lives
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert holder.returncode == -signal.SIGKILL
    with open_project(path) as reopened:  # a killed holder cannot release: the OS does
        assert not reopened.read_only


def _version_one_project(path):
    """A project as version 1 of the schema wrote it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO regions (code, name) VALUES ('DE1', 'Baden-Württemberg')")
    conn.execute("COMMIT")
    conn.close()


def test_old_project_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.anticipa"
    _version_one_project(path)
    before = _digest(path)
    with open_project(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert project.db.execute("SELECT name FROM regions").fetchone()[0] == "Baden-Württemberg"
        assert "import_recipes" in project.db.table_names()
    backup = backup_path_for(path, 1)
    header = backup.read_bytes()[:100]
    assert struct.unpack(">I", header[60:64])[0] == 1
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT code, name FROM regions").fetchall() == [
        ("DE1", "Baden-Württemberg")
    ]
    assert "import_recipes" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert _digest(path) != before


def test_failed_migration_rolls_back_everything(tmp_path, monkeypatch):
    import desktop_app.store.project as project_module

    path = tmp_path / "old.anticipa"
    _version_one_project(path)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(project_module, "MIGRATIONS", (*MIGRATIONS[:-1], broken))
    with pytest.raises(RuntimeError, match="disk full"):
        open_project(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "competencies" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_transaction_is_all_or_nothing(project):
    from desktop_app.store import classifications

    with pytest.raises(RuntimeError, match="power cut"), project.transaction():
        classifications.ensure(project.db, "region", "X1", "Somewhere")
        raise RuntimeError("power cut")
    assert classifications.list_all(project.db, "region") == []


def test_migration_drops_the_unused_year_index(tmp_path):
    """Version 6 leaves observations with their unique key and the batch index only."""
    path = tmp_path / "old.anticipa"
    _version_one_project(path)
    with open_project(path) as project:
        indexes = {
            r[0]
            for r in project.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations'"
                " AND sql IS NOT NULL"
            )
        }
    assert indexes == {"observations_by_batch"}
    conn = sqlite3.connect(backup_path_for(path, 1))
    assert conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'observations_by_year'"
    ).fetchone() == (1,)
    conn.close()


def test_migration_gives_old_batches_their_sheet_and_no_period_rule(tmp_path):
    """Version 7: a batch written by version 6 lists the one sheet it read."""
    path = tmp_path / "old.anticipa"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for upgrade in MIGRATIONS[:6]:
        upgrade(conn)
    conn.execute("PRAGMA user_version = 6")
    conn.execute(
        "INSERT INTO import_batches (kind, label, file_name, sheet) "
        "VALUES ('import', 'jobs.xlsx [Jobs]', 'jobs.xlsx', 'Jobs'), ('manual', 'edit', NULL, NULL)"
    )
    conn.execute("COMMIT")
    conn.close()
    from desktop_app.store.batches import list_batches

    with open_project(path) as project:
        imported, edit = list_batches(project.db)
    assert (imported.sheets, imported.period_rule) == (("Jobs",), None)
    assert (edit.sheets, edit.period_rule) == ((), None)


def test_migration_keeps_futures_choices_and_gives_descriptors_a_role(tmp_path):
    """Version 9 rebuilds futures_settings (a CHECK that now allows 'analyst') with its rows."""
    path = tmp_path / "old.anticipa"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for upgrade in MIGRATIONS[:8]:
        upgrade(conn)
    conn.execute("PRAGMA user_version = 8")
    conn.execute("INSERT INTO scenario_studies (id, name) VALUES (1, 'Global')")
    conn.execute(
        "INSERT INTO descriptors (study_id, position, short_name, name) "
        "VALUES (1, 0, 'WTRD', 'World trade')"
    )
    conn.execute(
        "INSERT INTO futures_settings (study_id, horizon, draws, seed, weights) "
        "VALUES (1, 2035, 500, 7, 'tis')"
    )
    conn.execute("COMMIT")
    conn.close()
    from desktop_app.store import futures
    from desktop_app.store.scenarios import require_study

    with open_project(path) as project:
        settings = futures.get_settings(project.db, 1)
        assert (settings.horizon, settings.draws, settings.seed, settings.weights) == (
            2035,
            500,
            7,
            "tis",
        )
        futures.set_settings(project.db, 1, replace(settings, weights="analyst"))
        assert futures.get_settings(project.db, 1).weights == "analyst"
        descriptor = require_study(project.db, "Global").descriptors[0]
        assert (descriptor.role, descriptor.weight) == ("system", 1.0)


def test_migration_gives_studies_their_scale_from_the_judgements(tmp_path):
    """Version 12 stores each study's scale: the widest judgement either way, at least 3;
    MICMAC influences keep their values and carry no P mark."""
    path = tmp_path / "old.anticipa"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for upgrade in MIGRATIONS[:11]:
        upgrade(conn)
    conn.execute("PRAGMA user_version = 11")
    conn.execute("INSERT INTO scenario_studies (id, name) VALUES (1, 'Wide'), (2, 'Narrow'), "
                 "(3, 'Empty')")
    for sid in (1, 2):
        for pos, short in enumerate(("A", "B")):
            conn.execute(
                "INSERT INTO descriptors (id, study_id, position, short_name, name) "
                "VALUES (?, ?, ?, ?, ?)", [10 * sid + pos, sid, pos, short, short])
            for k in range(2):
                conn.execute(
                    "INSERT INTO variants (id, descriptor_id, position, short_name, name) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [100 * sid + 10 * pos + k, 10 * sid + pos, k, f"v{k}", f"v{k}"])
        conn.execute("INSERT INTO experts (id, study_id, name) VALUES (?, ?, 'e')", [sid, sid])
    # study 1: judgements +2 and -5 (scale -5..+5); study 2: +1 and -2 (stays -3..+3)
    for expert, src, dst, value in ((1, 100, 110, 2), (1, 101, 111, -5),
                                    (2, 200, 210, 1), (2, 201, 211, -2)):
        conn.execute("INSERT INTO cross_impacts (expert_id, source_variant_id, "
                     "target_variant_id, value) VALUES (?, ?, ?, ?)", [expert, src, dst, value])
    conn.execute("INSERT INTO micmac_influences VALUES (10, 11, 2)")
    conn.execute("COMMIT")
    conn.close()
    from desktop_app.store.scenarios import micmac_direct, require_study

    with open_project(path) as project:
        assert require_study(project.db, "Wide").scale == (-5, 5)
        assert require_study(project.db, "Narrow").scale == (-3, 3)
        assert require_study(project.db, "Empty").scale == (-3, 3)
        entries = micmac_direct(project.db, require_study(project.db, "Wide"))
        assert entries.entry(0, 1) == 2 and not entries.potential.any()
