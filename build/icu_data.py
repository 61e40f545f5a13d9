"""A smaller libicudata for the Linux bundle: ICU's data without the parts Qt never reads.

PySide6's Qt Core links ICU for four things only (its imported ICU functions say so: ucol_*,
ucal_*, ucnv_*, u_strToUpper/u_strToLower): collation, time-zone names, converters between
Unicode and other encodings, and locale-aware case mapping. The 32 MB data library also holds
break-iterator dictionaries, currency, language and unit names, number spell-out rules,
transliterators and character names, which nothing in the bundle asks for. The application reads
and writes UTF-8 and workbooks through Python, never through Qt's converters, so the legacy
encoding tables go too.

Used by installer.spec on Linux; needs objcopy (binutils), icupkg (icu-devtools) and a C compiler.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

#: Item names (as `icupkg -l` lists them) that are left out.
UNUSED_ITEMS = (
    re.compile(r"(brkitr|curr|lang|unit|rbnf|translit)/"),  # whole categories Qt never opens
    re.compile(r"[^/]+\.(cnv|spp)$"),  # legacy encodings and stringprep profiles
    re.compile(r"(unames\.icu|confusables\.cfu)$"),  # character names, spoof checks
)

ASSEMBLY = """\
    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack, "", @progbits
"""


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], check=True, capture_output=True,
                          text=True).stdout


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol (icudtNN_dat) with its file offset and size in the library."""
    symbols = run("readelf", "--dyn-syms", "--wide", library)
    found = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+"
                      r"(icudt\d+_dat)$", symbols, re.MULTILINE)
    if found is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol; is this ICU's data library?")
    address, size, section, symbol = found.groups()
    headers = run("readelf", "--section-headers", "--wide", library)
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", headers)
    section_address, section_offset = (int(value, 16) for value in row.groups())
    return symbol, int(address, 16) - section_address + section_offset, int(size, 0)


def lean_icu_data(library: Path, work: Path) -> Path:
    """Write a copy of ``library`` (libicudataNN) without the unused items; return its path."""
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the name its items are filed under
    full = work / "full" / f"{package}.dat"
    full.parent.mkdir(exist_ok=True)
    full.write_bytes(library.read_bytes()[offset:offset + size])
    items = run("icupkg", "--list", full).split()
    unused = [item for item in items if any(pattern.match(item) for pattern in UNUSED_ITEMS)]
    remove = work / "unused-items.txt"
    remove.write_text("\n".join(unused) + "\n")
    lean = work / f"{package}.dat"
    # icupkg refuses to remove an item that a kept item depends on.
    run("icupkg", "--remove", remove, full, lean)
    assembly = work / "icudata.S"
    assembly.write_text(ASSEMBLY.format(symbol=symbol, data=lean.resolve()))
    out = work / library.name
    run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", out, assembly)
    return out
