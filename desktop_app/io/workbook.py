"""Open a workbook someone sent (.xlsx, .xls, .ods, .csv) safely, and read its sheets as grids.

Files from outside are checked before a reader parses them: the format is taken from the
content, not the name; zip archives are checked for corruption and for members that expand
to far more than any workbook needs (zip bombs) using the sizes in the zip directory; XML
parts that declare a DTD (the way entity-expansion attacks start) are refused; encrypted or
password-protected workbooks are recognised by their container; formula cells whose cached
value is missing are reported by cell. Each case raises a named :class:`WorkbookError`
subclass whose message names the file and what to do.

Reading uses python-calamine, which keeps only cells that hold a value, so a wrong dimension
tag or a million empty formatted rows costs time proportional to the file, not memory.
"""

from __future__ import annotations

import codecs
import concurrent.futures
import csv
import hashlib
import io
import re
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.collection import collection_paused
from desktop_app.errors import UserError
from desktop_app.io.cells import a1
from desktop_app.io.sheet_pieces import (
    ARCHIVE_ERRORS,
    parse_first_rows,
    parse_in_pieces,
    piece_count,
)
from desktop_app.pacing import pause_point
from desktop_app.texts import Text

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "CorruptWorkbookError",
    "EmptyWorkbookError",
    "EncryptedWorkbookError",
    "Grid",
    "Limits",
    "NotAWorkbookError",
    "Problem",
    "SheetInfo",
    "SheetTooLargeError",
    "UnsafeXmlError",
    "Workbook",
    "WorkbookError",
    "ZipBombError",
    "open_workbook",
]

_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD_RE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_FORMULA_CELL_RE = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_CACHED_VALUE_RE = re.compile(rb"<v\b[^>]*>[^<]+</v>")
_REF_RE = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_VALUE_OR_FORMULA_RE = re.compile(rb"<(?:\w+:)?(?:v\b[^>/]*>[^<]|is>|f[\s>/])")
_SHEET_DATA_END_RE = re.compile(rb"</(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*/>")
#: Sheets with less XML than this are parsed whole for a preview of their first rows.
PREVIEW_WHOLE_BYTES = 1 << 20


class WorkbookError(UserError):
    """A file that cannot be read as a workbook; the message says why and names the file."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}: {reason}")


class NotAWorkbookError(WorkbookError):
    """The content is neither a spreadsheet archive, a legacy Excel file nor delimited text."""


class CorruptWorkbookError(WorkbookError):
    """The archive or the legacy container is truncated or damaged."""


class ZipBombError(WorkbookError):
    """The archive would expand to far more data than a workbook of its size can hold."""


class UnsafeXmlError(WorkbookError):
    """An XML part declares a DTD or entities (entity-expansion attack or exotic producer)."""


class EncryptedWorkbookError(WorkbookError):
    """The workbook is encrypted or protected by a password to open."""


class EmptyWorkbookError(WorkbookError):
    """The workbook has no sheet holding any value."""


class SheetTooLargeError(WorkbookError):
    """A sheet holds more cells than the configured limit."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing worth telling the user about a place in a file.

    ``cell`` is A1-style (``'F17'``) or a range (``'A5:G120'``); for CSV files the sheet is
    the file name and the cell names the line and column.
    """

    file: str
    sheet: str | None
    cell: str | None
    reason: str
    severity: str = "warning"  # 'info' | 'warning' | 'error'

    @property
    def place(self) -> str:
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or self.cell or self.file

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or broken file from exhausting the machine.

    Attributes
    ----------
    max_uncompressed : int
        Total bytes the archive members may expand to (zip directory sizes).
    max_ratio : float
        Largest expansion ratio allowed for a member bigger than ``ratio_floor`` bytes.
    max_cells : int
        Cells one sheet may span (rows x columns of its used range).
    """

    max_uncompressed: int = 2_000_000_000
    max_ratio: float = 250.0
    ratio_floor: int = 5_000_000
    max_cells: int = 60_000_000


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A sheet's name, position and whether the office hid it."""

    name: str
    index: int
    visible: bool = True


@dataclass
class Grid:
    """The cells of one sheet as rows of Python values, with A1 row 0 / column 0 at [0][0].

    Attributes
    ----------
    rows : list of list
        Cell values: float, int, str, bool, date/datetime, or '' for empty.
    merged : list of tuple
        Merged ranges as (first_row, first_col, last_row, last_col), 0-based inclusive.
    formula_without_value : list of str
        A1 references of formula cells whose cached value is missing (read as empty).
    problems : list of Problem
    decimal : {None, ','}
        The decimal separator numbers written as text use, when the file says it (delimited
        text separated by ';'); None when each number says it itself.
    filled : numpy.ndarray or None
        Which cells hold something (rows x columns, bool), kept by the table detection that
        classifies every cell anyway; the import's cell accounting starts from it.
    """

    file: str
    sheet: str
    rows: list[list]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formula_without_value: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    decimal: str | None = None
    filled: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> object:
        """The cell at 0-based (row, col), '' outside the grid."""
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            if 0 <= col < len(r):
                return r[col]
        return ""


class Workbook:
    """An opened, checked workbook; read sheets with :meth:`read_sheet`.

    Use :func:`open_workbook` to create one; close it (or use ``with``) when done.
    """

    def __init__(self, path: Path, fmt: str, sha256: str, limits: Limits):
        self.path = path
        self.format = fmt
        self.sha256 = sha256
        self.limits = limits
        self.problems: list[Problem] = []
        self.sheets: list[SheetInfo] = []
        self._book = None
        self._csv_rows: list[list] | None = None
        #: The decimal separator of delimited text separated by ';' (written where the comma is
        #: the decimal separator), None when the numbers say it themselves.
        self.csv_decimal: str | None = None
        self._sheet_parts: dict[str, str] = {}
        self._loaded: dict[str, object] = {}
        self._formula_scans: dict[str, concurrent.futures.Future] = {}
        self._scanner: concurrent.futures.ThreadPoolExecutor | None = None
        self._closing = threading.Event()

    # context manager
    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._closing.set()
        if self._scanner is not None:
            self._scanner.shutdown(wait=True, cancel_futures=True)
            self._scanner = None
        if self._book is not None:
            self._book.close()
            self._book = None

    def _scan_formulas(self, name: str) -> concurrent.futures.Future | None:
        """Start looking for formulas without a value in a sheet's XML, in a worker thread.

        Started while the reader parses the sheet: the parse runs without the interpreter
        lock, so the search (mostly decompression) costs no time beside it.
        """
        if self.format != "xlsx" or name not in self._sheet_parts:
            return None
        if name not in self._formula_scans:
            if self._scanner is None:
                self._scanner = concurrent.futures.ThreadPoolExecutor(
                    1, thread_name_prefix="formulas"
                )
            self._formula_scans[name] = self._scanner.submit(
                self._formulas_without_value, self._sheet_parts[name]
            )
        return self._formula_scans[name]

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def read_sheet(self, name: str, max_rows: int | None = None) -> Grid:
        """Read one sheet as a :class:`Grid` (at most ``max_rows`` rows for previews).

        Raises
        ------
        KeyError
            When the sheet does not exist.
        SheetTooLargeError
            When its used range spans more than ``limits.max_cells`` cells.
        """
        if name not in self.sheet_names:
            raise KeyError(f"{self.file_name} has no sheet named {name!r}")
        if self._csv_rows is not None:
            rows = self._csv_rows if max_rows is None else self._csv_rows[:max_rows]
            return Grid(self.file_name, name, rows, decimal=self.csv_decimal)
        from python_calamine import CalamineError

        try:
            sheet = (
                self._loaded.pop(name, None)
                or (self._first_rows(name, max_rows) if max_rows is not None else None)
                or self._parse(name, scan=max_rows is None)
            )
        except (CalamineError, ValueError) as exc:
            raise CorruptWorkbookError(self.path, f"sheet {name!r} cannot be read ({exc})") from exc
        n_rows, n_cols = sheet.end[0] + 1 if sheet.end else 0, sheet.end[1] + 1 if sheet.end else 0
        if n_rows * n_cols > self.limits.max_cells and max_rows is None:
            raise SheetTooLargeError(
                self.path,
                f"sheet {name!r} spans {n_rows:,} rows x {n_cols:,} columns, more than "
                f"{self.limits.max_cells:,} cells; save the table alone in a new workbook",
            )
        rows = _sheet_rows(sheet, n_rows, max_rows)
        merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])]
        grid = Grid(self.file_name, name, rows, merged)
        found = self._formula_scans.get(name) if max_rows is None else None
        if found is not None:
            grid.formula_without_value = found.result()
            if grid.formula_without_value:
                refs = grid.formula_without_value
                shown = ", ".join(refs[:5]) + (
                    f" and {len(refs) - 5} more" if len(refs) > 5 else ""
                )
                grid.problems.append(
                    Problem(
                        self.file_name,
                        name,
                        refs[0],
                        Text(
                            "{n} formula cell(s) have no saved value ({shown}); open the file in a "
                            "spreadsheet program, recalculate and save it",
                            n=len(refs),
                            shown=shown,
                        ),
                        "error",
                    )
                )
        return grid

    def _parse(self, name: str, scan: bool = True):
        """Parse a sheet with calamine, a large .xlsx one in pieces on several cores.

        With ``scan``, the search for formulas without a value starts beside the parse.
        """
        info = self._xlsx_part(name)
        if info is not None and (pieces := piece_count(info.file_size)) > 1:
            search = _FormulaSearch() if scan else None
            sheet = parse_in_pieces(
                self.path, info.filename, name, pieces, search.feed if search else None
            )
            if sheet is not None:
                if search is not None and name not in self._formula_scans:
                    found = self._formula_scans[name] = concurrent.futures.Future()
                    found.set_result(search.refs)
                return sheet
        if scan:
            self._scan_formulas(name)
        return self._book.get_sheet_by_name(name)

    def _holds_a_value(self, name: str) -> bool | None:
        """Whether a .xlsx sheet's XML holds a value or a formula (None for other formats).

        Read up to the first one, which is near the top of any sheet that has one: far
        cheaper than parsing the sheet to see whether it is empty.
        """
        tail = b""
        try:
            info = self._xlsx_part(name)
            if info is None:
                return None
            with zipfile.ZipFile(self.path) as zf, zf.open(info) as fh:
                while block := fh.read(1 << 16):
                    window = tail + block
                    found = _VALUE_OR_FORMULA_RE.search(window)
                    rows_end = _SHEET_DATA_END_RE.search(window)
                    if found and (rows_end is None or found.start() < rows_end.start()):
                        return True
                    if rows_end is not None:  # what follows the rows (lists, rules) is no value
                        return False
                    tail = block[-32:]
        except ARCHIVE_ERRORS:
            return None  # the parse says what is wrong
        return False

    def _first_rows(self, name: str, n_rows: int):
        """The first rows of a large .xlsx sheet parsed alone (None: parse it whole)."""
        info = self._xlsx_part(name)
        if info is None or info.file_size < PREVIEW_WHOLE_BYTES:
            return None
        return parse_first_rows(self.path, info.filename, name, n_rows)

    def _xlsx_part(self, name: str) -> zipfile.ZipInfo | None:
        """The zip entry of a .xlsx sheet's XML (None for other formats or a missing part)."""
        part = self._sheet_parts.get(name)
        if self.format != "xlsx" or not part:
            return None
        with zipfile.ZipFile(self.path) as zf:
            return zf.NameToInfo.get(part)

    def _formulas_without_value(self, part: str) -> list[str]:
        """A1 references of formula cells without a cached <v> in one worksheet part."""
        search = _FormulaSearch()
        with zipfile.ZipFile(self.path) as zf, zf.open(part) as fh:
            while not self._closing.is_set() and (block := fh.read(1 << 20)):
                search.feed(block)
        return search.refs


class _FormulaSearch:
    """Formula cells without a cached <v> in a worksheet's XML, given block by block."""

    def __init__(self) -> None:
        self.refs: list[str] = []  # their A1 references
        self._tail = b""  # the end of the last block, from the cell it left unfinished

    def feed(self, chunk: bytes) -> None:
        data = self._tail + chunk
        closed = data.rfind(b"</c>")
        # a cell begun after the last one closed goes on in the next block, or one whose '<'
        # ends this one
        cut = data.rfind(b"<c", closed + 4 if closed >= 0 else 0)
        if cut < 0:
            cut = len(data) - 1 if data.endswith(b"<") else len(data)
        block, self._tail = data[:cut], data[cut:]
        # a lone byte is looked for at memchr's speed, '<f' at a nanosecond a byte ('<' is
        # everywhere in XML)
        if b"f" not in block or b"<f" not in block:
            return
        for m in _FORMULA_CELL_RE.finditer(block):
            inner = m.group(2) or b""
            if b"<f" in inner and not _CACHED_VALUE_RE.search(inner):
                ref = _REF_RE.search(m.group(1))
                if ref:
                    self.refs.append(ref.group(1).decode())


def _sheet_rows(sheet, n_rows: int, max_rows: int | None) -> list[list]:
    """All rows of a calamine sheet from A1 (at most ``max_rows``), one row per call.

    Reading row by row lets a window stay responsive while a worker thread reads a large
    sheet: the interpreter can switch threads between rows, which a single call converting
    the whole sheet would not allow.
    """
    pad = [""] * (sheet.start[1] if sheet.start else 0)
    limit = n_rows if max_rows is None else min(n_rows, max_rows)
    rows: list[list] = []
    append = rows.append
    with collection_paused():
        if pad:
            for row in sheet.iter_rows():
                if len(rows) >= limit:
                    break
                append(pad + row)
                if not len(rows) & 4095:
                    pause_point()
        else:
            for row in sheet.iter_rows():
                if len(rows) >= limit:
                    break
                append(row)
                if not len(rows) & 4095:
                    pause_point()
    return rows


def _sha256(path: Path) -> tuple[str, bytes]:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        head = fh.read(1 << 16)
        digest.update(head)
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest(), head


def open_workbook(path: str | Path, limits: Limits | None = None) -> Workbook:
    """Check a file and open it as a workbook, whatever its name says.

    Parameters
    ----------
    path : str or Path
    limits : Limits, optional

    Returns
    -------
    Workbook
        With ``problems`` holding notices such as a legacy .xls named .xlsx.

    Raises
    ------
    WorkbookError
        A subclass naming the reason: :class:`NotAWorkbookError`,
        :class:`CorruptWorkbookError`, :class:`ZipBombError`, :class:`UnsafeXmlError`,
        :class:`EncryptedWorkbookError` or :class:`EmptyWorkbookError`.
    """
    path = Path(path)
    limits = limits or Limits()
    if not path.is_file():
        raise NotAWorkbookError(path, "file not found")
    sha, head = _sha256(path)
    ext = path.suffix.lower().lstrip(".")
    if head.startswith(_ZIP_MAGIC):
        fmt, sheet_parts = _check_zip(path, limits)
    elif head.startswith(_CFB_MAGIC):
        fmt, sheet_parts = _check_cfb(path), {}
    elif not head:
        raise EmptyWorkbookError(path, "the file is empty (0 bytes)")
    elif _looks_like_text(head):
        fmt, sheet_parts = "csv", {}
    else:
        raise NotAWorkbookError(
            path,
            "not a workbook: the content is neither .xlsx/.ods (zip), .xls (Excel 97-2003) "
            "nor delimited text",
        )
    book = Workbook(path, fmt, sha, limits)
    book._sheet_parts = sheet_parts
    expected = {
        "xlsx": {"xlsx", "xlsm"},
        "xls": {"xls"},
        "ods": {"ods"},
        "csv": {"csv", "txt", "tsv"},
    }
    if ext and ext not in expected[fmt]:
        book.problems.append(
            Problem(
                path.name,
                None,
                None,
                Text(
                    "the file is named .{ext} but its content is {format_names}; read as .{fmt}",
                    ext=ext,
                    format_names=_FORMAT_NAMES[fmt],
                    fmt=fmt,
                ),
                "info",
            )
        )
    if fmt == "csv":
        _load_csv(book)
    else:
        _load_calamine(book)
    return book


_FORMAT_NAMES = {
    "xlsx": "an Excel .xlsx workbook",
    "xls": "a legacy Excel 97-2003 (.xls) workbook",
    "ods": "an OpenDocument spreadsheet",
    "csv": "delimited text",
}


def _check_zip(path: Path, limits: Limits) -> tuple[str, dict[str, str]]:
    """Validate the archive directory and the XML prologs; return format and sheet parts."""
    try:
        zf = zipfile.ZipFile(path)
    # NotImplementedError: a member needing a newer zip version than Python reads (8.7)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
        raise CorruptWorkbookError(
            path, f"the archive is truncated or damaged ({exc}); ask the sender for a new copy"
        ) from exc
    with zf:
        infos = zf.infolist()
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
                raise ZipBombError(
                    path,
                    f"archive member {info.filename} expands {ratio:,.0f}-fold to "
                    f"{info.file_size:,} bytes; refused as a zip bomb",
                )
        if total > limits.max_uncompressed:
            raise ZipBombError(
                path,
                f"the archive expands to {total:,} bytes, more than the limit of "
                f"{limits.max_uncompressed:,}; refused as a zip bomb",
            )
        names = {i.filename for i in infos}
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            fmt = "xlsx"
            if "xl/workbook.bin" in names:
                raise NotAWorkbookError(
                    path, "binary .xlsb workbooks are not supported; save as .xlsx"
                )
        elif "content.xml" in names:
            fmt = "ods"
        elif "EncryptedPackage" in names:
            raise EncryptedWorkbookError(
                path, "the workbook is encrypted; save it without a password"
            )
        else:
            raise NotAWorkbookError(path, "a zip archive, but not an .xlsx or .ods workbook")
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                try:
                    with zf.open(info) as fh:
                        prolog = fh.read(4096)
                # NotImplementedError: a member compressed by a method Python cannot read
                except (zipfile.BadZipFile, EOFError, OSError, zlib.error,
                        NotImplementedError) as exc:
                    raise CorruptWorkbookError(
                        path, f"archive member {info.filename} is damaged ({exc})"
                    ) from exc
                if _DTD_RE.search(prolog):
                    raise UnsafeXmlError(
                        path,
                        f"{info.filename} declares a DTD/entities (XML entity expansion); refused",
                    )
        sheet_parts = _xlsx_sheet_parts(zf) if fmt == "xlsx" else {}
    return fmt, sheet_parts


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Map sheet names to their worksheet part (xl/worksheets/sheetN.xml)."""
    try:
        wb = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {
        m.group(1).decode(): m.group(2).decode()
        for m in re.finditer(rb'<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)
    }
    targets.update(
        {
            m.group(2).decode(): m.group(1).decode()
            for m in re.finditer(rb'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)
        }
    )
    parts = {}
    for m in re.finditer(rb"<(?:\w+:)?sheet\b([^>]*)/?>", wb):
        attrs = m.group(1)
        name = re.search(rb'\bname="([^"]*)"', attrs)
        rid = re.search(rb'\br:id="([^"]*)"', attrs) or re.search(rb'\bid="([^"]*)"', attrs)
        if name and rid and rid.group(1).decode() in targets:
            target = targets[rid.group(1).decode()].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            parts[_xml_unescape(name.group(1).decode())] = target
    return parts


def _xml_unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _cfb_stream_names(path: Path) -> list[str]:
    """Names in a Compound File Binary directory (the container of .xls and encrypted files)."""
    with path.open("rb") as fh:
        header = fh.read(512)
        if len(header) < 512:
            raise CorruptWorkbookError(path, "the legacy Excel container is truncated")
        sector_size = 1 << struct.unpack_from("<H", header, 0x1E)[0]
        if sector_size not in (512, 4096):
            raise CorruptWorkbookError(path, "the legacy Excel container has a damaged header")
        first_dir = struct.unpack_from("<I", header, 0x30)[0]
        difat = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < 0xFFFFFFFA]
        fat: list[int] = []
        for sector in difat[:64]:
            fh.seek((sector + 1) * sector_size)
            data = fh.read(sector_size)
            fat.extend(struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4]))
        names: list[str] = []
        sector, seen = first_dir, set()
        while sector < 0xFFFFFFFA and sector not in seen and len(seen) < 4096:
            seen.add(sector)
            fh.seek((sector + 1) * sector_size)
            data = fh.read(sector_size)
            if len(data) < sector_size:
                raise CorruptWorkbookError(path, "the legacy Excel container is truncated")
            for off in range(0, sector_size, 128):
                entry = data[off : off + 128]
                n = struct.unpack_from("<H", entry, 64)[0]
                if 2 <= n <= 64:
                    names.append(entry[: n - 2].decode("utf-16-le", "replace"))
            sector = fat[sector] if sector < len(fat) else 0xFFFFFFFE
    return names


def _check_cfb(path: Path) -> str:
    names = {n.lower() for n in _cfb_stream_names(path)}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise EncryptedWorkbookError(
            path,
            "the workbook is encrypted with a password; open it in Excel and save it without one",
        )
    if "workbook" in names or "book" in names:
        return "xls"
    raise NotAWorkbookError(
        path, "an Office container without a workbook stream (a Word or other Office file?)"
    )


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head.replace(b"\x00\x00", b"") and not head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        return False
    sample = head[:8192]
    for enc in _encodings(sample):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:  # also a character cut at the end of the sample
            text = sample.decode(enc, "ignore")
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        if printable >= 0.97 * max(len(text), 1):
            return True
    return False


def _encodings(raw: bytes) -> tuple[str, ...]:
    """The encodings to try on delimited text, most likely first.

    A byte-order mark says it; UTF-16 without one only when NUL bytes show it (any even
    number of bytes decodes as UTF-16); then UTF-8, Windows-1252 (what Excel writes in western
    Europe) and Latin-1, which decodes every byte.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return ("utf-8-sig",)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ("utf-16",)
    if b"\x00" in raw[:4096]:
        return ("utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be",)
    return ("utf-8", "cp1252", "latin-1")


_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO 8859-1)"}


def _load_csv(book: Workbook) -> None:
    raw = book.path.read_bytes()
    for enc in _encodings(raw):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise NotAWorkbookError(book.path, "the text encoding is not recognised")
    if enc in _ENCODING_NAMES:
        book.problems.append(
            Problem(
                book.file_name,
                None,
                None,
                Text(
                    "not UTF-8: read as {encoding_names} text",
                    encoding_names=_ENCODING_NAMES[enc],
                ),
                "info",
            )
        )
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = _csv_rows(book.path, text, delimiter)
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise EmptyWorkbookError(book.path, "the file holds no rows")
    book._csv_rows = rows
    book.csv_decimal = "," if delimiter == ";" else None
    book.sheets = [SheetInfo(book.path.stem, 0, True)]


def _csv_rows(path: Path, text: str, delimiter: str) -> list[list[str]]:
    """The rows of delimited text, whatever ends its lines (CR alone as Excel for Mac writes).

    A field may be as long as the file; a quote that is never closed or a stray character
    after a closing quote is refused with the line it is on, not read into one huge field.
    """
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    line = 1
    try:
        for row in reader:
            rows.append(row)
            line = reader.line_num + 1
    except csv.Error as exc:
        if "end of data" in str(exc):
            reason = f"line {line}: a quote opened on this line is never closed"
        else:
            reason = f"line {line}: cannot be read as delimited text ({exc})"
        raise CorruptWorkbookError(path, reason + "; correct the file and import it again") from exc
    return rows


def _load_calamine(book: Workbook) -> None:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        if book.path.suffix.lower().lstrip(".") == book.format:
            cal = CalamineWorkbook.from_path(str(book.path))
        else:
            with book.path.open("rb") as fh:
                cal = CalamineWorkbook.from_filelike(fh)
    except PasswordError as exc:
        raise EncryptedWorkbookError(
            book.path, "the workbook is protected by a password; save it without one"
        ) from exc
    except (CalamineError, ValueError, OSError) as exc:
        text = str(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise EncryptedWorkbookError(book.path, f"the workbook is encrypted ({text})") from exc
        raise CorruptWorkbookError(book.path, f"the workbook is damaged: {text}") from exc
    book._book = cal
    book.sheets = [
        SheetInfo(meta.name, i, str(meta.visible).endswith("Visible"))
        for i, meta in enumerate(cal.sheets_metadata)
        if str(meta.typ).endswith("WorkSheet")
    ]
    if not book.sheets:
        book.close()
        raise EmptyWorkbookError(book.path, "the workbook has no worksheets")
    for info in book.sheets:  # stop at the first sheet holding a value
        holds = book._holds_a_value(info.name)
        if holds is not None:  # seen in the sheet's XML: it is parsed when read
            if holds:
                return
            continue
        try:  # other formats: parsed now and kept for the read
            sheet = book._parse(info.name)
        except (CalamineError, ValueError):  # a damaged sheet is reported when it is read
            return
        if sheet.height and sheet.width:
            book._loaded[info.name] = sheet
            return
    book.close()
    raise EmptyWorkbookError(book.path, "every sheet of the workbook is empty")


def grid_problem(grid: Grid, row: int, col: int, reason: str, severity: str = "warning") -> Problem:
    """A :class:`Problem` at a 0-based cell of a grid."""
    return Problem(grid.file, grid.sheet, a1(row, col), reason, severity)
