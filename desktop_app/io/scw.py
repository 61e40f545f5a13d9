"""ScenarioWizard files: project files (.scw) and solution lists (.sl), read and written.

A .scw file is plain text, one item per line: a header, the title, short names
(section A), long names (B), colours (C), the judgement matrix (D) and annotation texts (E).
Reading keeps everything a faithful rewrite needs (verbatim names, colours, texts, line endings,
encoding), so :func:`write_scw` reproduces a file read by :func:`read_scw` byte for byte.

Errors: a malformed file raises :class:`ScwError` naming the file and line; nothing is returned
half-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = [
    "ScwDescriptor",
    "ScwError",
    "ScwFile",
    "SolutionEntry",
    "SolutionList",
    "read_scw",
    "read_sl",
    "write_scw",
    "write_sl",
]

HEADER = "$ ScenarioWizard 4.0"
SL_HEADER = "$ ScenarioWizard 3.0"


class ScwError(UserError):
    """A ScenarioWizard file that cannot be read; ``line`` is 1-based (None: whole file)."""

    def __init__(self, file: str, line: int | None, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        place = f"{file}, line {line}" if line else file
        super().__init__(f"{place}: {reason}")


@dataclass
class ScwDescriptor:
    """One descriptor as stored: names are verbatim (strip them for display)."""

    short: str
    long: str
    variant_short: list[str]
    variant_long: list[str]

    @property
    def name(self) -> str:
        """The name to show: the long name when there is one, else the short name."""
        return self.long.strip() or self.short.strip()

    @property
    def variants(self) -> list[str]:
        return [
            lg.strip() or sh.strip()
            for sh, lg in zip(self.variant_short, self.variant_long, strict=True)
        ]


@dataclass
class ScwFile:
    """A ScenarioWizard project: descriptors, the integer judgement matrix and texts.

    ``essays[d]`` is descriptor d's text block and ``reasons[i][j]`` the text of judgement
    section i -> j, each as the stored lines (a quoted text, ``'""'`` when empty).
    """

    title: str
    descriptors: list[ScwDescriptor]
    matrix: np.ndarray
    colours: list[str] = field(default_factory=list)
    intro: list[str] = field(default_factory=lambda: ['""'])
    essays: list[list[str]] = field(default_factory=list)
    reasons: list[list[list[str]]] = field(default_factory=list)
    header: str | None = HEADER
    newline: str = "\n"
    final_newline: bool = True
    encoding: str = "ascii"
    bom: bool = False

    @property
    def sizes(self) -> list[int]:
        return [len(d.variant_short) for d in self.descriptors]


def _decode(data: bytes) -> tuple[str, str, bool]:
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    try:
        text = data.decode("utf-8")
        encoding = "ascii" if text.isascii() else "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    return text, encoding, bom


def _split(text: str) -> tuple[list[str], str, bool]:
    newline = "\r\n" if "\r\n" in text else "\n"
    final = text.endswith(("\n", "\r"))
    lines = text.splitlines()
    return lines, newline, final


class _Cursor:
    def __init__(self, lines: list[str], file: str) -> None:
        self.lines, self.file, self.k = lines, file, 0

    def fail(self, reason: str, line: int | None = None) -> ScwError:
        return ScwError(self.file, line if line is not None else self.k + 1, reason)

    def peek(self) -> str | None:
        return self.lines[self.k] if self.k < len(self.lines) else None

    def take(self, what: str) -> str:
        if self.k >= len(self.lines):
            raise self.fail(f"the file ends where {what} was expected", len(self.lines))
        self.k += 1
        return self.lines[self.k - 1]

    def hash_line(self, what: str) -> None:
        line = self.take(what)
        if line.strip() != "#":
            raise self.fail(f"expected a '#' line ({what}), found {line[:40]!r}", self.k)


_CELL = re.compile(r"^\s*(-?\d+)\s*$")


def read_scw(path: str | Path) -> ScwFile:
    """Read a ScenarioWizard project file; raise :class:`ScwError` with the line if malformed."""
    path = Path(path)
    return parse_scw(path.read_bytes(), path.name)


def parse_scw(data: bytes, file: str = "file.scw") -> ScwFile:
    """Parse the bytes of a .scw file (see :func:`read_scw`)."""
    text, encoding, bom = _decode(data)
    lines, newline, final = _split(text)
    cur = _Cursor(lines, file)
    header = None
    if cur.peek() is not None and cur.peek().startswith("$"):
        header = cur.take("the header")
    title = cur.take("the title")
    descriptors: list[ScwDescriptor] = []
    while (line := cur.peek()) is not None and not line.startswith("#"):
        cur.k += 1
        if line.startswith("&"):
            descriptors.append(ScwDescriptor(line[1:], "", [], []))
        elif line.startswith(" -") and descriptors:
            descriptors[-1].variant_short.append(line[2:])
        elif not line.strip():
            continue
        else:
            raise cur.fail(
                f"expected a descriptor ('&name') or a variant (' -name'), found {line[:40]!r}",
                cur.k,
            )
    if not descriptors:
        raise cur.fail("no descriptors (lines starting with '&') before the first '#'")
    for d_index, d in enumerate(descriptors, start=1):
        if len(d.variant_short) < 1:
            raise cur.fail(f"descriptor {d_index} ({d.short.strip()!r}) has no variants")
    cur.hash_line("end of the short names")
    for d in descriptors:
        line = cur.take("a long descriptor name")
        if not line.startswith("&"):
            raise cur.fail(
                f"expected the long name of {d.short.strip()!r} ('&...'), found {line[:40]!r}",
                cur.k,
            )
        d.long = line[1:]
        for _ in d.variant_short:
            line = cur.take("a long variant name")
            if not line.startswith(" ") and line != "":
                raise cur.fail(
                    f"expected a long variant name of {d.short.strip()!r} (' name'), "
                    f"found {line[:40]!r}",
                    cur.k,
                )
            d.variant_long.append(line[1:])
    cur.hash_line("end of the long names")
    cur.hash_line("start of the colours")
    n = sum(len(d.variant_short) for d in descriptors)
    colours = []
    for _ in range(n):
        line = cur.take("a colour")
        if not re.fullmatch(r"[0-9A-Fa-f]{6}", line.strip()):
            raise cur.fail(
                f"expected a colour (6 hex digits), found {line[:40]!r}; the file has "
                f"{n} variants, so {n} colour lines",
                cur.k,
            )
        colours.append(line)
    cur.hash_line("end of the colours")
    cur.hash_line("start of the matrix")
    matrix = np.zeros((n, n), dtype=np.int64)
    for r in range(n):
        line = cur.take(f"matrix row {r + 1} of {n}")
        if line.startswith("#"):
            raise cur.fail(f"the matrix has {r} rows but the descriptors have {n} variants", cur.k)
        cells = line.split(",")
        if len(cells) != n:
            raise cur.fail(f"matrix row {r + 1} has {len(cells)} values, expected {n}", cur.k)
        for k, cell in enumerate(cells):
            m = _CELL.match(cell)
            if not m:
                raise cur.fail(
                    f"matrix row {r + 1}, value {k + 1}: {cell.strip()!r} is not a whole number",
                    cur.k,
                )
            matrix[r, k] = int(m.group(1))
    cur.hash_line("end of the matrix")
    intro, essays, reasons = _read_texts(cur, descriptors)
    return ScwFile(
        title,
        descriptors,
        matrix,
        colours,
        intro,
        essays,
        reasons,
        header,
        newline,
        final,
        encoding,
        bom,
    )


def _text_block(cur: _Cursor) -> list[str]:
    """Lines of one annotation text, up to the next '#' line."""
    block = []
    while (line := cur.peek()) is not None and not line.startswith("#"):
        block.append(line)
        cur.k += 1
    return block


def _read_texts(cur: _Cursor, descriptors: list[ScwDescriptor]):
    """Section E: the '# 0-0' text, one per descriptor, one per ordered pair, then '#','#'."""
    d = len(descriptors)
    if cur.peek() is None:  # a file without annotation texts
        return ['""'], [['""'] for _ in range(d)], [[['""'] for _ in range(d)] for _ in range(d)]
    line = cur.take("the annotation texts")
    if line != "# 0-0":
        raise cur.fail(
            f"expected '# 0-0' to start the annotation texts, found {line[:40]!r}", cur.k
        )
    intro = _text_block(cur)
    essays = []
    for desc in descriptors:
        expected = "# " + desc.long
        line = cur.take(f"the text header of {desc.short.strip()!r}")
        if line != expected:
            raise cur.fail(f"expected {expected!r}, found {line[:40]!r}", cur.k)
        essays.append(_text_block(cur))
    reasons = []
    for a in descriptors:
        row = []
        for b in descriptors:
            expected = f"# {a.long} -> {b.long}"
            line = cur.take("a judgement-section text header")
            if line != expected:
                raise cur.fail(f"expected {expected!r}, found {line[:40]!r}", cur.k)
            row.append(_text_block(cur))
        reasons.append(row)
    cur.hash_line("end of the texts")
    cur.hash_line("end of the file")
    while (line := cur.peek()) is not None:
        if line.strip():
            raise cur.fail(f"unexpected text after the end: {line[:40]!r}", cur.k + 1)
        cur.k += 1
    return intro, essays, reasons


def _cell(value: int) -> str:
    return f"{'-' if value < 0 else ' '}{abs(int(value))} "


def format_scw(scw: ScwFile) -> bytes:
    """The bytes of a .scw file (see :func:`write_scw`)."""
    m = np.asarray(scw.matrix)
    n = sum(scw.sizes)
    if m.shape != (n, n):
        raise ValueError(f"the matrix is {m.shape} but the descriptors have {n} variants")
    if not np.all(np.mod(m, 1) == 0):
        raise UserError(Text("ScenarioWizard stores whole numbers only; round the matrix first"))
    lines = [] if scw.header is None else [scw.header]
    lines.append(scw.title)
    for d in scw.descriptors:
        lines.append("&" + d.short)
        lines.extend(" -" + v for v in d.variant_short)
    lines.append("#")
    for d in scw.descriptors:
        lines.append("&" + d.long)
        lines.extend(" " + v for v in d.variant_long)
    lines += ["#", "#"]
    colours = scw.colours or ["FFFFFF"] * n
    if len(colours) != n:
        raise ValueError(f"{len(colours)} colours for {n} variants")
    lines += colours + ["#", "#"]
    lines += [",".join(_cell(v) for v in row) for row in m.astype(np.int64)]
    lines += ["#", "# 0-0"] + list(scw.intro)
    dn = len(scw.descriptors)
    essays = scw.essays or [['""'] for _ in range(dn)]
    reasons = scw.reasons or [[['""'] for _ in range(dn)] for _ in range(dn)]
    for d, text in zip(scw.descriptors, essays, strict=True):
        lines += ["# " + d.long, *text]
    for a, row in zip(scw.descriptors, reasons, strict=True):
        for b, text in zip(scw.descriptors, row, strict=True):
            lines += [f"# {a.long} -> {b.long}", *text]
    lines += ["#", "#"]
    text = scw.newline.join(lines) + (scw.newline if scw.final_newline else "")
    encoding = scw.encoding if scw.encoding != "ascii" or text.isascii() else "cp1252"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" if scw.bom else b"") + data


def write_scw(path: str | Path, scw: ScwFile) -> None:
    """Write a .scw file; a file read with :func:`read_scw` comes back byte for byte."""
    Path(path).write_bytes(format_scw(scw))


# -- solution lists ---------------------------------------------------------------------------------


@dataclass
class SolutionEntry:
    """One line of a solution list: the scenario (0-based variants) and its stored fields.

    ``fields`` keeps the three numbers before the TIS verbatim (their meaning is unknown).
    """

    scenario: tuple[int, ...]
    tis: int
    fields: tuple[str, str, str] = ("0", "0", "0")
    comment: str = ""


@dataclass
class SolutionList:
    entries: list[SolutionEntry]
    title: str = "Solution set"
    count_text: str | None = None
    newline: str = "\n"
    final_newline: bool = True


_SL_LINE = re.compile(r'^"([^"]*)",([^,]*),([^,]*),([^,]*),(-?\d+),"(.*)"$')


def read_sl(path: str | Path) -> SolutionList:
    """Read a ScenarioWizard solution list (.sl)."""
    path = Path(path)
    text, _, _ = _decode(path.read_bytes())
    lines, newline, final = _split(text)
    cur = _Cursor(lines, path.name)
    if (cur.peek() or "").startswith("$"):
        cur.take("the header")
    title = cur.take("the title")
    count_text = cur.take("the number of scenarios")
    try:
        count = int(count_text)
    except ValueError:
        raise cur.fail(
            f"expected the number of scenarios, found {count_text[:40]!r}", cur.k
        ) from None
    entries = []
    while (line := cur.peek()) is not None:
        cur.k += 1
        if not line.strip():
            continue
        m = _SL_LINE.match(line)
        if not m:
            raise cur.fail(f"not a solution line: {line[:60]!r}", cur.k)
        scenario = tuple(int(x) - 1 for x in m.group(1).split())
        entries.append(SolutionEntry(scenario, int(m.group(5)), m.group(2, 3, 4), m.group(6)))
    if len(entries) != count:
        raise cur.fail(f"the list says {count} scenarios but holds {len(entries)}", 3)
    return SolutionList(entries, title, count_text, newline, final)


def write_sl(path: str | Path, solutions: SolutionList) -> None:
    """Write a solution list in ScenarioWizard's layout."""
    count = solutions.count_text or f" {len(solutions.entries)} "
    lines = [SL_HEADER, solutions.title, count, ""]
    for e in solutions.entries:
        variants = "".join(f" {v + 1}" for v in e.scenario)
        lines.append(f'"{variants}",{",".join(e.fields)},{e.tis},"{e.comment}"')
    text = solutions.newline.join(lines) + (solutions.newline if solutions.final_newline else "")
    Path(path).write_text(text, encoding="utf-8", newline="")
