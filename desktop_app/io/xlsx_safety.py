"""Write workbooks that cannot run code, leak private paths or leave half a file behind.

Three rules hold for every workbook Anticipa writes:

- Text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is stored as a
  text cell with Excel's quote prefix, never as a formula, so a label such as ``=HYPERLINK(..)``
  that came in with an import cannot become a live formula in an official's spreadsheet (the
  quote prefix keeps it text even when the cell is edited later).
- File names are written without their folders and the document properties carry no user name;
  free text is passed through :func:`public_text`, which keeps only the last part of any absolute
  path it contains.
- The workbook is written to a temporary file in the target folder and moved over the target in
  one step (:func:`atomic_target`), so a failed or cancelled export leaves the target untouched.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import tempfile
import traceback
import zipfile
from collections.abc import Iterator
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.workbook import Workbook

from desktop_app.errors import UserError, storage_error
from desktop_app.scratch import partial_name, remove_stale_partials
from desktop_app.texts import Text

__all__ = [
    "FORMULA_TRIGGERS",
    "atomic_target",
    "discard_write_only",
    "neutral_properties",
    "public_file_name",
    "public_text",
    "safe_row",
    "safe_sheet_title",
    "set_safe",
]

#: First characters that make a spreadsheet treat typed text as a formula or a command.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_ABSOLUTE_PATH_RE = re.compile(
    r"""(?:[A-Za-z]:[\\/]|\\\\|/)                # drive, UNC share or root
        (?:[^\s\\/:*?"<>|]+[\\/])+                # folders
        (?P<name>[^\s\\/:*?"<>|]*)""",
    re.VERBOSE,
)
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


def _clean(text: str) -> str:
    """Drop control characters a workbook cannot hold (XML 1.0 forbids them)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _needs_text_cell(text: str) -> bool:
    return text[:1] in FORMULA_TRIGGERS if text else False


def safe_row(ws, row) -> list:
    """A row of values ready for ``ws.append`` on a write-only sheet.

    Numbers, ``None`` and ordinary text pass unchanged; text that would read as a formula is
    wrapped in a text cell with the quote prefix; characters a workbook cannot hold are dropped;
    a float that 16 significant digits cannot hold is written with all 17, so it reads back
    identical; NaN and infinities become empty cells (a workbook cannot hold them).
    """
    out = list(row)
    for k, value in enumerate(out):
        kind = value.__class__
        if kind is float:
            if value != value or value in _INFINITIES:
                out[k] = None
            elif float(f"{value:.16g}") != value:
                out[k] = _exact_number_cell(ws, value)
        elif kind is str and value:
            if value[0] in FORMULA_TRIGGERS:
                out[k] = _text_cell(ws, _clean(value))
            elif ILLEGAL_CHARACTERS_RE.search(value):
                out[k] = _clean(value)
    return out


_INFINITIES = (float("inf"), float("-inf"))


def _exact_number_cell(ws, value: float) -> WriteOnlyCell:
    # openpyxl formats numbers with "%.16g", which rounds some doubles; the shortest repr
    # of a float always reads back to the same double.
    cell = WriteOnlyCell(ws, value)
    cell._value = repr(value)
    return cell


def _text_cell(ws, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def set_safe(cell: Cell, value: object) -> Cell:
    """Put ``value`` into a cell of an ordinary (not write-only) sheet, text never as formula."""
    if isinstance(value, str):
        value = _clean(value)
        cell.value = value
        if _needs_text_cell(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    else:
        cell.value = value
        if isinstance(value, float) and float(f"{value:.16g}") != value:
            cell._value = repr(value)  # see _exact_number_cell
    return cell


def discard_write_only(wb: Workbook) -> None:
    """Close the streams of an abandoned write-only workbook and remove its temporary files."""
    for ws in wb.worksheets:
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.close()
                writer.cleanup()


def public_file_name(name: str | os.PathLike | None) -> str | None:
    """The last part of a file name, without any folder (Windows or POSIX separators)."""
    if name is None:
        return None
    text = str(name).replace("\\", "/").rstrip("/")
    return text.rsplit("/", 1)[-1]


def public_text(text: str | None) -> str | None:
    """Free text with every absolute path reduced to its last part (the file name)."""
    if not text:
        return text
    return _ABSOLUTE_PATH_RE.sub(lambda m: m.group("name"), text)


def safe_sheet_title(title: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet title: no ``[]:*?/\\``, at most 31 characters, not in ``taken``.

    The chosen title is added to ``taken`` (compared case-insensitively, as Excel does).
    """
    base = _SHEET_TITLE_BAD.sub("-", _clean(title)).strip().strip("'") or "Sheet"
    taken = taken if taken is not None else set()
    lowered = {t.casefold() for t in taken}
    candidate = base[:31]
    n = 2
    while candidate.casefold() in lowered:
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(candidate)
    return candidate


def neutral_properties(wb: Workbook, title: str = "") -> None:
    """Document properties without the user's name: creator is the product, no last editor."""
    wb.properties.creator = "Anticipa"
    wb.properties.lastModifiedBy = None
    wb.properties.title = title or None


@contextlib.contextmanager
def atomic_target(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; move it over ``target`` only on success.

    Any exception inside the block (an error, a cancel, an interrupt) removes the temporary
    file and leaves ``target`` as it was: absent, or the previous complete file. The temporary
    file's name carries the process id, so that the next export into the folder removes it if
    this process is killed before it can.

    Raises
    ------
    UserError
        The folder of ``target`` does not exist.
    StorageError
        The disk is full, or the folder cannot be written.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(Text(
            "The folder {folder} does not exist; cannot write {name}.",
            folder=folder,
            name=target.name,
        ),
                        file=target)
    remove_stale_partials(folder)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=partial_name(target), suffix=".partial",
                                             dir=folder)
    except OSError as error:
        error.filename = str(target)
        raise storage_error(error, target) or error from None
    os.close(handle)
    temp = Path(temp_name)
    os.chmod(temp, 0o644)  # mkstemp makes it private; an export is an ordinary document
    try:
        yield temp
        os.replace(temp, target)
    except BaseException as error:
        _close_abandoned_archives(error)
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError) and error.filename in (temp_name, str(temp)):
            error.filename = str(target)  # the user knows the file by the name asked for
        elif isinstance(error, OSError) and error.filename is None:
            error.filename = str(_fuller_place(target))
        raise storage_error(error, target) or error from None


def _fuller_place(target: Path) -> Path:
    """Where a write that failed without naming its file went: ``target``, or the temporary
    folder openpyxl writes a large sheet to first, whichever has less room left."""
    temporary = Path(tempfile.gettempdir())
    try:
        if shutil.disk_usage(temporary).free < shutil.disk_usage(target.parent).free:
            return temporary
    except OSError:
        pass
    return target


def _close_abandoned_archives(error: BaseException) -> None:
    """Close the zip archives a failed save left open (openpyxl does not), quietly.

    Otherwise the archive's own clean-up, at some later moment, tries the failed write again and
    prints an "Exception ignored" traceback after the user's message (on a full disk, say).
    """
    for frame, _ in traceback.walk_tb(error.__traceback__):
        for value in frame.f_locals.values():
            if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                with contextlib.suppress(Exception):
                    value.close()
