"""Compiled Qt translations (.qm) read without Qt, for the exports the command line writes.

The installer ships the .qm, not the .ts, so this reads the file Qt itself loads: a magic
number, then tagged blocks; the messages block holds, per message, its translation (UTF-16),
source text and context (UTF-8), each a tag and a length, up to an end tag.
"""

from __future__ import annotations

import struct
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.texts import Text

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source text) → translation of every message in the .qm at ``path``."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise UserError(Text("{name} is not a Qt translation file", name=path.name), file=path)
    found: dict[tuple[str, str], str] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        if tag == _MESSAGES:
            found.update(_messages(data[at + 5 : at + 5 + length], path))
        at += 5 + length
    return found


def _messages(block: bytes, path: Path) -> dict[tuple[str, str], str]:
    found = {}
    fields: dict[int, str] = {}
    at = 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if _TRANSLATION in fields and _SOURCE in fields:
                found[(fields.get(_CONTEXT, ""), fields[_SOURCE])] = fields[_TRANSLATION]
            fields = {}
        elif tag == _OBSOLETE1:
            continue
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            (length,) = struct.unpack_from(">I", block, at)
            at += 4
            if length == 0xFFFFFFFF:  # a null translation
                continue
            raw = block[at : at + length]
            at += length
            fields[tag] = raw.decode("utf-16-be" if tag == _TRANSLATION else "utf-8")
        else:
            raise UserError(Text(
                "{name}: unknown entry {tag} in the translations",
                name=path.name,
                tag=tag,
            ), file=path)
    return found
