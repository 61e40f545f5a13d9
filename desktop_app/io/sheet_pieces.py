"""A large .xlsx worksheet parsed on several cores at once.

python-calamine parses a worksheet in one thread, without holding the interpreter lock, and
the parse is most of the time an import of a large sheet takes. A worksheet's rows are
independent of each other, so a large one is cut at row boundaries into pieces; each piece is
written as a small uncompressed workbook of its own (the workbook, relationship, style and
shared-string parts of the original beside the piece of the sheet) and all pieces are parsed
at the same time, one thread each. Every row names its row number, so each cell keeps its
place and the pieces laid one after the other are the sheet. XML this cutting does not
expect (a namespace prefix, a row without its number, rows out of order) is read whole.

The same cutting gives a preview: the first rows of a sheet, parsed from their XML alone.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop_app.scratch import process_folder

__all__ = [
    "ARCHIVE_ERRORS",
    "SheetPieces",
    "parse_first_rows",
    "parse_in_pieces",
    "piece_count",
]

#: Smallest piece of sheet XML worth a thread of its own (bytes, uncompressed).
MIN_PIECE_BYTES = 8 << 20
#: Most pieces a sheet is cut into (threads parsing at once).
MAX_PIECES = 4
#: The parts beside a worksheet that its values need (cell text, number formats, names).
_SHARED_PARTS = (
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
)
#: Bytes of XML held back from a piece while the place to cut it is looked for (a row's
#: opening tag is shorter).
_HELD_BACK = 4096
#: Bytes decompressed at a time.
_BLOCK = 1 << 20
_CLOSING = b"</sheetData></worksheet>"
#: What reading the archive or writing the pieces may raise; the sheet is then read whole,
#: which reports a damaged file as such.
ARCHIVE_ERRORS = (OSError, EOFError, KeyError, zipfile.BadZipFile, zlib.error)
_SHEET_DATA_RE = re.compile(rb"<sheetData>")
_DIMENSION_RE = re.compile(rb"<dimension\b[^>]*/>")
_NUMBERED_ROW_RE = re.compile(rb'<row\b[^>]*?\br="(\d+)"')


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def piece_count(xml_bytes: int) -> int:
    """Into how many pieces a worksheet of ``xml_bytes`` is cut (1: read it whole)."""
    return max(1, min(_cores(), MAX_PIECES, xml_bytes // MIN_PIECE_BYTES))


class SheetPieces:
    """A worksheet parsed as calamine sheets of consecutive row ranges, read as one.

    It answers what :class:`python_calamine.CalamineSheet` answers for a whole sheet:
    ``start``, ``end``, ``height``, ``width``, ``merged_cell_ranges`` and ``iter_rows``.
    """

    def __init__(self, sheets: list, merged: list | None) -> None:
        self.sheets = [s for s in sheets if s.start is not None and s.height and s.width]
        self.merged_cell_ranges = merged
        if self.sheets:
            self.start = (self.sheets[0].start[0], min(s.start[1] for s in self.sheets))
            self.end = (self.sheets[-1].end[0], max(s.end[1] for s in self.sheets))
        else:
            self.start = self.end = None

    @property
    def height(self) -> int:
        return self.end[0] - self.start[0] + 1 if self.end else 0

    @property
    def width(self) -> int:
        return self.end[1] - self.start[1] + 1 if self.end else 0

    def in_order(self) -> bool:
        """Whether each piece's rows come after the previous piece's (as the cutting assumed)."""
        ends = [s.end[0] for s in self.sheets[:-1]]
        return all(s.start[0] > end for s, end in zip(self.sheets[1:], ends, strict=True))

    def iter_rows(self) -> Iterator[list]:
        """Rows from row 1 to the last, from the sheet's first column to its last."""
        first_col, width = (self.start[1], self.width) if self.end else (0, 0)
        emitted = 0
        for sheet in self.sheets:
            left = [""] * (sheet.start[1] - first_col)
            right = [""] * (width - len(left) - sheet.width)
            # each piece's rows start at row 1 too, empty above its first cell
            rows = itertools.islice(sheet.iter_rows(), emitted, None)
            if left or right:
                rows = (left + row + right for row in rows)
            yield from rows
            emitted = sheet.end[0] + 1


class _Piece:
    """One piece being written: an uncompressed workbook whose sheet part is left open."""

    def __init__(self, target: Path, shared: dict[str, bytes], part: str, head: bytes) -> None:
        self.target = target
        self.archive = zipfile.ZipFile(target, "w", zipfile.ZIP_STORED)
        try:
            for name, data in shared.items():
                self.archive.writestr(name, data)
            self.member = self.archive.open(part, "w", force_zip64=True)
            self.member.write(head)
        except BaseException:
            self.archive.close()  # its file can then be removed, on Windows too
            raise

    def close(self, tail: bytes = b"") -> Path:
        try:
            self.member.write(tail)
            self.member.close()
        finally:
            self.archive.close()
        return self.target


def _scratch() -> tempfile.TemporaryDirectory:
    """A temporary folder for the pieces, inside this process's own (removed after a kill too);
    a piece still open elsewhere does not stop removal."""
    return tempfile.TemporaryDirectory(prefix="anticipa-sheet-", dir=process_folder(),
                                       ignore_cleanup_errors=True)


def _shared_parts(zf: zipfile.ZipFile) -> dict[str, bytes]:
    """The parts beside the sheet, under their own names (calamine ignores their case)."""
    names = {name.casefold(): name for name in zf.namelist()}
    found = [names[want.casefold()] for want in _SHARED_PARTS if want.casefold() in names]
    return {name: zf.read(name) for name in found}


def _take_head(buffer: bytearray) -> tuple[bytes, int] | None:
    """The XML before the rows (less the dimension tag, the whole sheet's) and how many bytes
    of the buffer it took, removed from it; None while it has not all been read."""
    opening = _SHEET_DATA_RE.search(buffer)
    if opening is None:
        return None
    head = _DIMENSION_RE.sub(b"", bytes(buffer[: opening.end()]), count=1)
    del buffer[: opening.end()]
    return head, opening.end()


def _parse_piece(path: Path, sheet: str):
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        return book.get_sheet_by_name(sheet)
    finally:
        book.close()  # its file can then be removed, on Windows too


def parse_in_pieces(
    path: Path, part: str, sheet: str, pieces: int, look: Callable[[bytes], None] | None = None
) -> SheetPieces | None:
    """Parse worksheet ``part`` (named ``sheet``) of workbook ``path`` in ``pieces`` threads.

    The XML is decompressed once, block by block, straight into the pieces on disk (memory
    stays bounded whatever the sheet's size), and each piece is parsed as soon as it is
    complete, while the next one is written. ``look`` is shown every block too, for whoever
    needs the XML as well. Returns None when the XML cannot be cut safely, a piece cannot be
    read or the temporary folder has no room for the pieces; the caller then reads the sheet
    whole, which reports what is wrong with it.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            size = zf.getinfo(part).file_size
        if shutil.disk_usage(process_folder()).free < 2 * size:
            return None
        return _cut_and_parse(path, part, size, sheet, pieces, look)
    except ARCHIVE_ERRORS:  # the disk filled up, a damaged archive ...
        return None


def _cut_and_parse(path, part, size, sheet, pieces, look) -> SheetPieces | None:
    from python_calamine import CalamineError

    with (
        zipfile.ZipFile(path) as zf,
        _scratch() as tmp,
        concurrent.futures.ThreadPoolExecutor(pieces) as pool,
    ):
        shared = _shared_parts(zf)
        parsed: list[concurrent.futures.Future] = []
        piece: _Piece | None = None
        buffer = bytearray()
        offset = 0  # where in the sheet's XML the buffer begins
        try:
            with zf.open(part) as fh:
                for block in iter(lambda: fh.read(_BLOCK), b""):
                    if look is not None:
                        look(block)
                    buffer += block
                    if piece is None:  # the rows have not begun yet
                        taken = _take_head(buffer)
                        if taken is None:
                            continue
                        head, offset = taken
                        piece = _Piece(Path(tmp) / "0.xlsx", shared, part, head)
                    while len(parsed) < pieces - 1:  # a cut is due in the buffer
                        due = size * (len(parsed) + 1) // pieces - offset
                        at = buffer.find(b"<row ", max(due, 0)) if due < len(buffer) else -1
                        if at < 0 or buffer.find(b">", at) < 0:
                            break  # not read yet
                        if not _NUMBERED_ROW_RE.match(buffer, at):
                            return None
                        piece.member.write(buffer[:at])
                        parsed.append(pool.submit(_parse_piece, piece.close(_CLOSING), sheet))
                        piece = _Piece(Path(tmp) / f"{len(parsed)}.xlsx", shared, part, head)
                        del buffer[:at]
                        offset += at
                    done = len(buffer) - (_HELD_BACK if len(parsed) < pieces - 1 else 0)
                    if done > 0:
                        piece.member.write(buffer[:done])
                        del buffer[:done]
                        offset += done
            if piece is None or not parsed:
                return None  # no rows, or nowhere to cut them: nothing to gain
            piece.member.write(buffer)  # the last rows and the end of the sheet
            parsed.append(pool.submit(_parse_piece, piece.close(), sheet))
            piece = None
            sheets = [found.result() for found in parsed]
        except (CalamineError, ValueError):
            return None
        finally:
            if piece is not None:
                piece.close()
    whole = SheetPieces(sheets, sheets[-1].merged_cell_ranges)  # the last has the sheet's end
    return whole if whole.in_order() else None


def parse_first_rows(path: Path, part: str, sheet: str, n_rows: int):
    """The first ``n_rows`` rows of worksheet ``part``, parsed from the XML of those rows only.

    A preview of a large sheet then costs what its first rows cost, not the whole sheet.
    Merged ranges, listed after the rows, are not read. Returns None (the caller then parses
    the whole sheet) when the XML is not as expected, a row has no number, or the piece cannot
    be read.
    """
    from python_calamine import CalamineError

    try:
        with (
            zipfile.ZipFile(path) as zf,
            _scratch() as tmp,
        ):
            head, rows, tail = _first_rows_xml(zf, part, n_rows)
            if head is None:
                return None
            piece = _Piece(Path(tmp) / "first.xlsx", _shared_parts(zf), part, head)
            piece.member.write(rows)
            return _parse_piece(piece.close(tail), sheet)
    except (CalamineError, ValueError, *ARCHIVE_ERRORS):
        return None


def _first_rows_xml(zf: zipfile.ZipFile, part: str, n_rows: int) -> tuple:
    """(head, rows, tail) of a sheet's XML up to its row ``n_rows``; head None if unexpected."""
    buffer = bytearray()
    head = None
    searched = 0  # rows before this place in the buffer are numbered at most n_rows
    last = 0  # the number of the last of them
    with zf.open(part) as fh:
        for block in iter(lambda: fh.read(_BLOCK), b""):
            buffer += block
            if head is None:
                taken = _take_head(buffer)
                if taken is None:
                    continue
                head = taken[0]
            while (at := buffer.find(b"<row", searched)) >= 0 and buffer.find(b">", at) >= 0:
                searched = at + 4
                if not buffer[searched : searched + 1].isspace() and buffer[searched] != 62:
                    continue  # <rowBreaks> ... after the rows; 62 is '>'
                numbered = _NUMBERED_ROW_RE.match(buffer, at)
                number = int(numbered.group(1)) if numbered else 0
                if number <= last or (number > n_rows and not last):
                    # no number, out of order, or not one row to show: read the sheet whole
                    return None, b"", b""
                if number > n_rows:
                    return head, bytes(buffer[:at]), _CLOSING
                last = number
    return head, bytes(buffer), b""  # every row, and the end of the sheet
