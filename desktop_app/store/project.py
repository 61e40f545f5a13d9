"""Opening, creating and closing a project file (``.anticipa``, one SQLite database).

Everything that touches the file's identity lives here: the header check that refuses files
which are not projects without changing a byte of them, the single-writer lock, WAL and foreign
keys, and schema migrations with a backup copy written first.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.store.errors import (
    NewerProjectError,
    NotAProjectError,
    ProjectError,
)
from desktop_app.store.lock import ProjectLock
from desktop_app.store.migrations import MIGRATIONS, SCHEMA_VERSION

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
        raise NotAProjectError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise NotAProjectError(f"{path} is a folder, not a project file.") from None
    except OSError as error:
        raise NotAProjectError(f"{path} cannot be read: {error.strerror}.") from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAProjectError(f"{path.name} is not an Anticipa project (not a database file).")
    user_version, = struct.unpack(">I", header[60:64])
    application_id, = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path.name} is a database, but not an Anticipa project; it was left unchanged."
        )
    if user_version > SCHEMA_VERSION:
        raise NewerProjectError(
            f"{path.name} was saved by a newer version of Anticipa (project format "
            f"{user_version}, this version reads up to {SCHEMA_VERSION}); it was left unchanged. "
            "Please update Anticipa to open it."
        )
    return ProjectHeader(schema_version=user_version)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def backup_path_for(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")


class Project:
    """An open project: its main-thread connection, its lock and its transactions.

    Use ``project.db`` (a ``sqlite_utils.Database``) on the thread that opened the project, and
    ``project.connection()`` for a fresh connection in a worker thread. ``project.conn`` is the
    same connection as plain ``sqlite3``, for reads on paths that must start fast.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ProjectLock) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock

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

        conn = _connect(self.path)
        try:
            yield sqlite_utils.Database(conn)
        finally:
            conn.close()

    def close(self) -> None:
        """Fold the write-ahead log into the file (so it can be copied alone) and unlock."""
        if self._lock is None:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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
        raise ProjectError(f"{path.name} already exists; choose another name or open it.")
    if not path.parent.is_dir():
        raise ProjectError(f"The folder {path.parent} does not exist.")
    lock = ProjectLock(path)
    lock.acquire()
    try:
        conn = _connect(path)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            _migrate(conn, 0, SCHEMA_VERSION)
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            raise
    except BaseException:
        lock.release()
        raise
    return Project(path, conn, lock)


def open_project(path: str | Path) -> Project:
    """Open an existing project for writing, upgrading its schema if it is older.

    Files that are not projects, or are from a newer Anticipa, are refused before anything is
    written. An older project is copied to ``<name>.v<N>-backup.anticipa`` before migrating.
    """
    path = Path(path)
    header = read_header(path)
    lock = ProjectLock(path)
    lock.acquire()
    try:
        conn = _connect(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # the header was stale (uncheckpointed log)
                raise NewerProjectError(
                    f"{path.name} was saved by a newer version of Anticipa; please update."
                )
            if version < SCHEMA_VERSION:
                _backup(conn, backup_path_for(path, header.schema_version))
                _migrate(conn, version, SCHEMA_VERSION)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            conn.close()
            raise ProjectError(f"{path.name} is damaged and cannot be opened: {error}.") from None
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Project(path, conn, lock)


def _backup(conn: sqlite3.Connection, target: Path) -> None:
    if target.exists():
        target.unlink()
    backup = sqlite3.connect(target)
    try:
        conn.backup(backup)
    finally:
        backup.close()


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
