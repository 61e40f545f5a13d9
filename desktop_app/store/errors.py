"""Named errors for the project file; each message is meant for the user as it stands."""

import sqlite3
from pathlib import Path

from desktop_app.errors import UserError, storage_error

_SQLITE_DAMAGE = ("database disk image is malformed", "file is not a database")


class ProjectError(UserError):
    """A project file could not be created, opened or changed."""


class NotAProjectError(ProjectError):
    """The file is not an Anticipa project (random bytes, another SQLite database, ...)."""


class NewerProjectError(ProjectError):
    """The project was written by a newer Anticipa; opening it would risk its data."""


class ProjectLockedError(ProjectError):
    """Another Anticipa window or process has the project open for writing."""


class DamagedProjectError(ProjectError):
    """SQLite's own check found the project file damaged; only reading it is allowed."""


def as_user_error(error: BaseException, path: str | Path | None = None) -> UserError | None:
    """``error`` as the user should read it, or ``None`` when it is a fault in Anticipa.

    ``path`` names the project (or file) the error was about when the error does not: SQLite's
    never do. Besides user errors and storage refusals, SQLite finding a project damaged while
    reading it is a condition the user must act on.
    """
    if isinstance(error, UserError):
        return error
    found = storage_error(error, path)
    if found is not None:
        return found
    if isinstance(error, sqlite3.DatabaseError) and path is not None and any(
        phrase in str(error) for phrase in _SQLITE_DAMAGE
    ):
        from desktop_app.store.project import damage_message

        return DamagedProjectError(damage_message(Path(path), str(error)), file=path)
    return None
