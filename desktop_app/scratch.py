"""One temporary folder per process, and the removal of those whose process has ended.

Large temporary files (a sheet cut into pieces, openpyxl's files while an export is written)
go into ``<TMPDIR>/anticipa-<pid>/``. A process that ends normally removes its folder; one that
is killed cannot, so every start of the command line or the window removes the folders of
processes that are gone (``clean_leftovers``) and says how much that freed. A partial file
beside an export carries its process id the same way (``.<name>.<pid>-<random>.partial``), and
the next export into that folder removes those of ended processes (``remove_stale_partials``).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

_PREFIX = "anticipa-"
_FOLDER_RE = re.compile(r"anticipa-(\d+)$")
_PARTIAL_RE = re.compile(r"^\..+\.(\d+)-[^.]+\.partial$")
_folder: Path | None = None


def process_folder() -> Path:
    """This process's temporary folder, made on first use and removed when the process exits."""
    global _folder
    if _folder is None or not _folder.is_dir():
        folder = Path(_system_temp()) / f"{_PREFIX}{os.getpid()}"
        if folder.exists():  # left by an ended process that had the same id
            shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        if _folder is None:
            atexit.register(_remove_own_folder)
        _folder = folder
    return _folder


def use_process_folder() -> Path:
    """Send every temporary file of this process (openpyxl's included) to its own folder."""
    folder = process_folder()
    tempfile.tempdir = str(folder)
    return folder


def _remove_own_folder() -> None:
    if _folder is not None:
        if tempfile.tempdir == str(_folder):
            tempfile.tempdir = None
        shutil.rmtree(_folder, ignore_errors=True)


def clean_leftovers(temp_root: Path | None = None) -> int:
    """Remove the temporary folders of Anticipa processes that have ended; bytes freed."""
    freed = 0
    for entry in _orphans(Path(temp_root or _system_temp()), _FOLDER_RE):
        if not entry.is_dir():
            continue
        size = _size(entry)
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            freed += size
    return freed


def partial_name(target: Path) -> str:
    """The prefix of a partial file written beside ``target`` by this process."""
    return f".{target.name}.{os.getpid()}-"


def remove_stale_partials(folder: Path) -> int:
    """Remove partial exports in ``folder`` whose process has ended; bytes freed."""
    freed = 0
    for entry in _orphans(folder, _PARTIAL_RE):
        try:
            size = entry.stat().st_size
            entry.unlink()
        except OSError:
            continue
        freed += size
    return freed


def _orphans(folder: Path, name: re.Pattern[str]) -> list[Path]:
    """Entries of ``folder`` whose name matches ``name`` and whose process (group 1) has ended."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return [
        entry
        for entry in entries
        if (match := name.match(entry.name)) and not process_alive(int(match.group(1)))
    ]


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running (any user's); an unknown answer counts as yes."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - exercised on Windows builds
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or not allowed to ask
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    process = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
    if not process:
        return ctypes.windll.kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(process, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        ctypes.windll.kernel32.CloseHandle(process)


def _system_temp() -> str:
    """The temporary folder TMPDIR names, not this process's own (which ``tempdir`` may be)."""
    if _folder is not None and tempfile.tempdir == str(_folder):
        return str(_folder.parent)
    return tempfile.gettempdir()


def _size(folder: Path) -> int:
    total = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
