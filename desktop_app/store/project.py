"""Opening, creating and closing a project file (``.anticipa``, one SQLite database).

Everything that touches the file's identity lives here: the header check that refuses files
which are not projects without changing a byte of them, the single-writer lock, WAL and foreign
keys, and schema migrations with a backup copy written first.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import storage_error
from desktop_app.store.errors import (
    DamagedProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectError,
)
from desktop_app.store.lock import ProjectLock
from desktop_app.store.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

PROJECT_SUFFIX = ".anticipa"
APPLICATION_ID = 0x414E5450  # "ANTP": marks the SQLite file as an Anticipa project
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ProjectHeader:
    """What the first 100 bytes of a file say about it."""

    schema_version: int


def read_header(path: Path) -> ProjectHeader:
    """Check that ``path`` is an Anticipa project by reading its header only (never writes).

    Raises
    ------
    NotAProjectError
        The file is missing, not SQLite, or SQLite without Anticipa's application id.
    NewerProjectError
        The project's schema is newer than this version of Anticipa knows.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise NotAProjectError(Text("{path}: no such file.", path=path)) from None
    except IsADirectoryError:
        raise NotAProjectError(Text("{path} is a folder, not a project file.", path=path)) from None
    except OSError as error:
        raise NotAProjectError(Text(
            "{path} cannot be read: {strerror}.",
            path=path,
            strerror=error.strerror,
        )) from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAProjectError(Text(
            "{name} is not an Anticipa project (not a database file).",
            name=path.name,
        ))
    user_version, = struct.unpack(">I", header[60:64])
    application_id, = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotAProjectError(
            Text(
                "{name} is a database, but not an Anticipa project; it was left unchanged.",
                name=path.name,
            )
        )
    if user_version > SCHEMA_VERSION:
        raise NewerProjectError(
            Text(
                "{name} was saved by a newer version of Anticipa (project format {user_version}, "
                "this version reads up to {schema_version}); it was left unchanged. Please update "
                "Anticipa to open it.",
                name=path.name,
                user_version=user_version,
                schema_version=SCHEMA_VERSION,
            )
        )
    return ProjectHeader(schema_version=user_version)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def read_only_connection(path: str | Path) -> sqlite3.Connection:
    """A connection that can only read ``path``, also on read-only media (a CD, a locked share).

    A project in write-ahead-log mode needs its ``-shm`` file to be read; where it cannot be
    made, the file is read as immutable (nothing else can be writing it there).
    """
    uri = Path(path).resolve().as_posix()
    conn = sqlite3.connect(f"file:{uri}?mode=ro", uri=True, isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if os.access(Path(path).resolve().parent, os.W_OK):
            raise
        conn = sqlite3.connect(f"file:{uri}?immutable=1", uri=True, isolation_level=None)
    return conn


def damage_of(conn: sqlite3.Connection, thorough: bool = False) -> str | None:
    """What SQLite's own check finds wrong with the file, or ``None`` when it is sound.

    ``quick_check`` (every page and record, no index contents) runs at each opening;
    ``integrity_check`` (indexes too) before a migration and in ``anticipa check``.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as error:
        if storage_error(error) is not None or isinstance(error, sqlite3.OperationalError) and (
            "locked" in str(error) or "busy" in str(error)
        ):
            raise
        return str(error)
    if rows == ["ok"]:
        return None
    lines = [line.strip() for row in rows for line in row.splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("*** in database"))


def check_project(path: str | Path) -> str | None:
    """Run SQLite's full ``integrity_check`` without changing the file; what to tell the user
    about the damage it finds, or ``None`` when the project is sound."""
    path = Path(path)
    try:
        conn = read_only_connection(path)
    except sqlite3.DatabaseError as error:
        if storage_error(error, path) is not None:
            raise storage_error(error, path) from None
        return damage_message(path, str(error))
    try:
        damage = damage_of(conn, thorough=True)
    finally:
        conn.close()
    return damage and damage_message(path, damage)


def damage_message(path: Path, damage: str) -> str:
    """What the user reads about a damaged project: what is wrong and how to get the data back."""
    backups = sorted(path.parent.glob(f"{path.stem}.v*-backup{path.suffix}"))
    backup = f" the backup {backups[-1].name}," if backups else " your last backup copy,"
    return (
        f"{path.name} is damaged ({damage[:200]}). Anticipa only reads it, so that nothing makes "
        f"it worse. To recover, open{backup} or import a workbook exported from this project "
        "into a new project (anticipa export, anticipa new, anticipa import)."
    )


def backup_path_for(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")


class Project:
    """An open project: its main-thread connection, its lock and its transactions.

    Use ``project.db`` (a ``sqlite_utils.Database``) on the thread that opened the project, and
    ``project.connection()`` for a fresh connection in a worker thread. ``project.conn`` is the
    same connection as plain ``sqlite3``, for reads on paths that must start fast.

    A project opened with ``read_only`` holds no lock and cannot be written; ``damage`` says what
    SQLite's check found wrong when the file is damaged (such a project is always read-only).
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ProjectLock | None,
                 damage: str | None = None) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._open = True
        self.damage = damage

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        import sqlite_utils  # imports numpy: deferred until something needs more than reads

        return sqlite_utils.Database(self.conn)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def transaction(self) -> contextlib.AbstractContextManager[sqlite_utils.Database]:
        """All writes inside the block land together or not at all (nested blocks: savepoints)."""
        return self.db.atomic()

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite_utils.Database]:
        """A new connection to this project for the calling thread, closed after the block."""
        import sqlite_utils

        conn = read_only_connection(self.path) if self.read_only else _connect(self.path)
        try:
            yield sqlite_utils.Database(conn)
        finally:
            conn.close()

    def close(self) -> None:
        """Fold the write-ahead log into the file (so it can be copied alone) and unlock."""
        if not self._open:
            return
        self._open = False
        if self._lock is None:
            self.conn.close()
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as error:
            # what was committed is safe in the log, and the next opening folds it in: a disk
            # too full for the fold is no failed write (it was reported as "Nothing was
            # changed" after an import had been committed)
            if storage_error(error, self.path) is None:
                raise
        finally:
            self.conn.close()
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def create_project(path: str | Path) -> Project:
    """Create a new, empty project at ``path`` (which must not exist yet)."""
    path = Path(path)
    if path.exists():
        raise ProjectError(Text(
            "{name} already exists; choose another name or open it.",
            name=path.name,
        ))
    if not path.parent.is_dir():
        raise ProjectError(Text("The folder {parent} does not exist.", parent=path.parent))
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except OSError as error:
        raise storage_error(error, path) or error from None
    try:
        if path.exists():  # made by another process between the check above and the lock
            raise ProjectError(Text(
                "{name} already exists; choose another name or open it.",
                name=path.name,
            ))
        conn = _connect(path)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            _migrate(conn, 0, SCHEMA_VERSION)
        except BaseException as error:
            conn.close()
            for leftover in _database_files(path):
                leftover.unlink(missing_ok=True)
            raise storage_error(error, path) or error from None
    except BaseException:
        lock.release()
        raise
    return Project(path, conn, lock)


def open_project(path: str | Path, *, read_only: bool = False, wait: float = 0.0,
                 on_wait: Callable[[str], None] | None = None) -> Project:
    """Open an existing project, upgrading its schema if it is older.

    Files that are not projects, or are from a newer Anticipa, are refused before anything is
    written. An older project is checked and copied to ``<name>.v<N>-backup.anticipa`` before
    migrating. A writer waits up to ``wait`` seconds for another writer to finish (``on_wait`` is
    told who it is); a reader (``read_only``) takes no lock and sees the last committed state.

    Raises
    ------
    DamagedProjectError
        SQLite's check found the file damaged (open it ``read_only`` to read what is left).
    ProjectLockedError
        Another writer held the project for longer than ``wait``.
    StorageError
        The disk is full, read-only or not writable for an upgrade that was needed.
    """
    path = Path(path)
    header = read_header(path)
    if read_only:
        reader = _open_reader(path)
        if reader.damage is None and reader.schema_version > SCHEMA_VERSION:
            reader.close()  # the header was stale (uncheckpointed log)
            raise NewerProjectError(
                Text(
                    "{name} was saved by a newer version of Anticipa; please update.",
                    name=path.name,
                )
            )
        if reader.damage is None and reader.schema_version < SCHEMA_VERSION:
            reader.close()  # the upgrade needs the writer's lock, once
            open_project(path, wait=wait, on_wait=on_wait).close()
            reader = _open_reader(path)
        return reader
    lock = ProjectLock(path)
    try:
        lock.acquire(wait, on_wait)
    except OSError as error:
        raise storage_error(error, path) or error from None
    try:
        conn = _connect(path)
        try:
            _check_sound(conn, path, thorough=header.schema_version < SCHEMA_VERSION)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # the header was stale (uncheckpointed log)
                raise NewerProjectError(
                    Text(
                        "{name} was saved by a newer version of Anticipa; please update.",
                        name=path.name,
                    )
                )
            if version < SCHEMA_VERSION:
                _backup(conn, backup_path_for(path, header.schema_version))
                _migrate(conn, version, SCHEMA_VERSION)
            if conn.execute("PRAGMA journal_mode").fetchall() != [("wal",)]:
                # switched on a connection that has run no check: after quick_check or
                # integrity_check SQLite refuses the checkpoint at closing ("database table
                # is locked"), which made every upgrade of an older project end in a fault
                conn.close()
                conn = _connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            conn.close()
            full = storage_error(error, path)
            if full is not None:
                raise full from None
            raise DamagedProjectError(damage_message(path, str(error))) from None
        except BaseException as error:
            conn.close()
            raise storage_error(error, path) or error from None
    except BaseException:
        lock.release()
        raise
    return Project(path, conn, lock)


def _open_reader(path: Path) -> Project:
    try:
        conn = read_only_connection(path)
    except sqlite3.DatabaseError as error:
        raise storage_error(error, path) or DamagedProjectError(
            damage_message(path, str(error))) from None
    try:
        damage = damage_of(conn)
    except BaseException:
        conn.close()
        raise
    return Project(path, conn, None, damage=damage and damage_message(path, damage))


def _check_sound(conn: sqlite3.Connection, path: Path, thorough: bool) -> None:
    damage = damage_of(conn, thorough)
    if damage is not None:
        raise DamagedProjectError(damage_message(path, damage))


def _database_files(path: Path) -> tuple[Path, ...]:
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the project to ``target`` whole, or leave no file there (never a partial backup)."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        backup = sqlite3.connect(partial)
        try:
            conn.backup(backup)
        finally:
            backup.close()
        os.replace(partial, target)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        raise storage_error(error, target) or error from None


def _migrate(conn: sqlite3.Connection, current: int, target: int) -> None:
    """Run migrations ``current+1 .. target`` in one transaction; any error rolls all back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current, target):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {target}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
