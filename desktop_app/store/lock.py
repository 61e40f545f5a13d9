"""An advisory lock beside the project file, so two instances never write the same project.

The lock is an OS file lock (``flock`` / ``msvcrt.locking``) on ``<project>.lock``: it is released
by the OS when the holder exits or crashes, so a stale lock never blocks the user. The file's text
says who holds it, for the message the second instance shows.

The file stays beside the project once made. Removing it on release let a process that had opened
the old file lock it while a third created and locked a new one: two holders at once. Readers take
no lock at all; SQLite's write-ahead log gives them a consistent snapshot.
"""

from __future__ import annotations

import getpass
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.store.errors import ProjectLockedError
from desktop_app.texts import Text

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


class ProjectLock:
    """Holds the write lock of one project until ``release``."""

    def __init__(self, project_path: Path) -> None:
        self.path = lock_path_for(project_path)
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting up to ``wait`` seconds for its holder to finish.

        ``on_wait`` is told once, with the holder, when the lock is busy and waiting begins.
        """
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        told = False
        while not _try_lock(fd):
            holder = self._read_holder()
            if time.monotonic() >= deadline:
                os.close(fd)
                waited = f" after waiting {wait:.0f} s" if wait >= 1 else ""
                raise ProjectLockedError(
                    Text(
                        "{name} is already open in another Anticipa window or "
                        "command{value}{waited}. Close it there, or try again when that command "
                        "has finished.",
                        name=self.path.name[:-5],
                        value=f' ({holder})' if holder else '',
                        waited=waited,
                    )
                )
            if on_wait is not None and not told:
                on_wait(holder)
                told = True
            time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        holder = f"{_user()}@{socket.gethostname()}, process {os.getpid()}"
        # Windows locks byte 0 only, so the holder text starts at byte 1 there.
        os.write(fd, (" " + holder).encode("utf-8"))
        self._fd = fd

    def _read_holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is fine for a lock message
        return "unknown user"
