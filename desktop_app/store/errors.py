"""Named errors for the project file; each message is meant for the user as it stands."""

from desktop_app.errors import UserError


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
