"""Generators of hostile and broken workbooks, written byte by byte so each test owns its file."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
SMALL_ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>year</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>value</t></is></c></row>'
    '<row r="2"><c r="A2"><v>2018</v></c><c r="B2"><v>5</v></c></row>'
)


def write_xlsx(path: Path, sheet_xml: str | bytes, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal one-sheet .xlsx whose worksheet part is ``sheet_xml``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def zip_bomb(path: Path, megabytes: int = 120) -> Path:
    """A valid-looking .xlsx with one member of ``megabytes`` MB of zeros (ratio ~1000)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("xl/workbook.xml", _WB)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            block = b"\0" * (1 << 20)
            for _ in range(megabytes):
                fh.write(block)
    return path


def billion_laughs(path: Path) -> Path:
    """An .xlsx whose worksheet declares nested entities (XML entity expansion)."""
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{ents}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    return write_xlsx(path, xml)


def million_empty_rows(path: Path, n: int = 1_000_000) -> Path:
    """Two real rows, then ``n`` formatted but empty rows, under a dimension tag that lies."""
    empty = "".join(
        f'<row r="{i}" s="1" customFormat="1"><c r="A{i}" s="1"/><c r="B{i}" s="1"/></row>'
        for i in range(3, n + 3)
    )
    xml = SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData>' + SMALL_ROWS + empty
    return write_xlsx(path, xml + "</sheetData></worksheet>")


def formula_without_cache(path: Path) -> Path:
    """A sheet whose B3 and B4 hold formulas with no cached value."""
    rows = SMALL_ROWS + (
        '<row r="3"><c r="A3"><v>2019</v></c><c r="B3"><f>B2*2</f></c></row>'
        '<row r="4"><c r="A4"><v>2020</v></c><c r="B4"><f t="shared" si="0"/></c></row>'
        '<row r="5"><c r="A5"><v>2021</v></c><c r="B5"><f>B2+1</f><v>6</v></c></row>'
    )
    return write_xlsx(path, SHEET_HEAD + "<sheetData>" + rows + "</sheetData></worksheet>")


def empty_xlsx(path: Path) -> Path:
    """A workbook with one sheet and no cell."""
    return write_xlsx(path, SHEET_HEAD + "<sheetData/></worksheet>")


def encrypted_cfb(path: Path) -> Path:
    """A Compound File with the streams of an Office-encrypted workbook (no real payload)."""
    sector = 512
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 0x20, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<IIII", header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * (sector // 4 - 2)
    fat_sector = struct.pack(f"<{sector // 4}I", *fat)

    def entry(name: str, kind: int) -> bytes:
        e = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        e[: len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
        struct.pack_into("<III", e, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<I", e, 116, 0xFFFFFFFE)
        return bytes(e)

    directory = (
        entry("Root Entry", 5)
        + entry("EncryptionInfo", 2)
        + entry("EncryptedPackage", 2)
        + bytes(128)
    )
    path.write_bytes(bytes(header) + fat_sector + directory)
    return path
