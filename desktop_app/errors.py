"""What the user can fix, as one type every layer can raise (core, io and store included).

A ``UserError`` is shown as its message alone (one line on the command line, exit 2; a dialog in
the window); anything else is a crash, shown with its traceback and a request to report it.
The message names the file, sheet and cell where they are known, so the user can go and look.
``storage_error`` turns the operating system's and SQLite's refusals to write (disk full,
read-only media, no permission) into user errors that name the path.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from desktop_app.scratch import megabytes
from desktop_app.texts import Text


class UserError(ValueError):
    """A mistake or a condition the user can fix; its message is written for the user.

    It is a ValueError too, so that code refusing bad input with ``except ValueError`` keeps
    catching it; what tells it apart from a fault is this type, never ValueError.
    """

    def __init__(self, message: str, *, file: str | Path | None = None, sheet: str | None = None,
                 cell: str | None = None) -> None:
        super().__init__(message)
        self.file = None if file is None else str(file)
        self.sheet = sheet
        self.cell = cell

    @property
    def where(self) -> str:
        """``file, sheet, cell`` as far as they are known (empty when none is)."""
        return ", ".join(part for part in (self.file and Path(self.file).name, self.sheet,
                                           self.cell) if part)


class StorageError(UserError):
    """The disk refused a write or a read: full, read-only, or not permitted."""


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM}
_SQLITE_FULL = "database or disk is full"
_SQLITE_READ_ONLY = ("attempt to write a readonly database", "unable to open database file",
                     "readonly database")


def storage_error(error: BaseException, path: str | Path | None = None) -> StorageError | None:
    """The user error a storage failure stands for, or ``None`` when ``error`` is not one.

    ``path`` names the file being written when the error itself does not (SQLite's never do).
    """
    if isinstance(error, StorageError):
        return error
    if isinstance(error, OSError):
        path = error.filename or path
        if error.errno in _FULL_ERRNOS:
            return _disk_full(path)
        if error.errno == errno.EROFS:
            return StorageError(Text(
                "{path} is on read-only media; copy it to a writable folder first.",
                path=path,
            ), file=path)
        if error.errno in _DENIED_ERRNOS:
            return StorageError(Text(
                "No permission to write {path}; choose another folder or ask for write access.",
                path=path,
            ), file=path)
        return None
    if isinstance(error, sqlite3.OperationalError | sqlite3.DatabaseError):
        text = str(error).lower()
        if _SQLITE_FULL in text:
            return _disk_full(path)
        if any(phrase in text for phrase in _SQLITE_READ_ONLY) and path is not None:
            return StorageError(Text(
                "{path} cannot be written here (read-only media, a read-only file or no "
                "permission); copy it to a writable folder first.",
                path=path,
            ),
                                file=path)
    return None


def _disk_full(path: str | Path | None) -> StorageError:
    where = f" while writing {path}" if path else ""
    free = ""
    if path:
        folder = Path(path).parent if not Path(path).is_dir() else Path(path)
        try:
            free = f" ({megabytes(shutil.disk_usage(folder).free)} free there)"
        except OSError:
            free = ""
    return StorageError(Text(
        "The disk is full{where}{free}; free some space and try again. Nothing was changed.",
        where=where,
        free=free,
    ), file=path)
