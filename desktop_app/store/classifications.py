"""Regions and industries: codes, names, hierarchy and the aliases that resolve labels to codes.

Labels from officials' workbooks vary ("C10", "10", "Food products"); every spelling that was
mapped once is kept as an alias, stored normalised so that case, accents and spacing never matter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

Kind = Literal["region", "industry"]
_TABLES = {"region": ("regions", "region_aliases", "region_id"),
           "industry": ("industries", "industry_aliases", "industry_id")}


@dataclass(frozen=True)
class Classification:
    """One region or industry as stored."""

    id: int
    code: str
    name: str
    parent_id: int | None


def normalize_label(label: str) -> str:
    """Fold a label to the form aliases are stored in: no accents, lower case, single spaces."""
    text = unicodedata.normalize("NFKD", str(label))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u00a0", " ").casefold()
    return re.sub(r"\s+", " ", text).strip()


def ensure(
    db: sqlite_utils.Database,
    kind: Kind,
    code: str,
    name: str | None = None,
    parent_id: int | None = None,
    **extra: object,
) -> int:
    """Return the id of the region/industry with ``code``, creating it if it does not exist.

    The code and the name both become aliases, so later labels resolve to it.
    """
    table, _, _ = _TABLES[kind]
    code = str(code).strip()
    row = db.execute(f"SELECT id FROM {table} WHERE code = ?", [code]).fetchone()
    if row:
        return row[0]
    record = {"code": code, "name": (name or code).strip(), "parent_id": parent_id, **extra}
    columns = ", ".join(record)
    marks = ", ".join("?" * len(record))
    new_id = db.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(record.values())
    ).lastrowid
    add_alias(db, kind, code, new_id)
    if name:
        add_alias(db, kind, name, new_id)
    return new_id


def add_alias(db: sqlite_utils.Database, kind: Kind, label: str, target_id: int) -> None:
    """Remember that ``label`` means ``target_id``; an alias already used elsewhere is kept."""
    _, alias_table, column = _TABLES[kind]
    alias = normalize_label(label)
    if alias:
        db.execute(
            f"INSERT OR IGNORE INTO {alias_table} (alias, {column}) VALUES (?, ?)",
            [alias, target_id],
        )


def resolve(db: sqlite_utils.Database, kind: Kind, label: str) -> int | None:
    """The id a label stands for, by exact code or by alias; ``None`` when unknown."""
    table, alias_table, column = _TABLES[kind]
    row = db.execute(f"SELECT id FROM {table} WHERE code = ?", [str(label).strip()]).fetchone()
    if row:
        return row[0]
    row = db.execute(
        f"SELECT {column} FROM {alias_table} WHERE alias = ?", [normalize_label(label)]
    ).fetchone()
    return row[0] if row else None


def list_all(db: sqlite_utils.Database, kind: Kind) -> list[Classification]:
    """All regions or industries, in code order."""
    table, _, _ = _TABLES[kind]
    rows = db.execute(f"SELECT id, code, name, parent_id FROM {table} ORDER BY code")
    return [Classification(*row) for row in rows]


def aliases(db: sqlite_utils.Database, kind: Kind) -> dict[str, int]:
    """Every stored alias and the id it resolves to."""
    _, alias_table, column = _TABLES[kind]
    return dict(db.execute(f"SELECT alias, {column} FROM {alias_table}").fetchall())


def known_places(db: sqlite_utils.Database, kind: Kind) -> set[str]:
    """Every code and name of the project's regions (or industries), to recognise labels."""
    table, _, _ = _TABLES[kind]
    return {text for row in db.execute(f"SELECT code, name FROM {table}") for text in row if text}


def set_parent(db: sqlite_utils.Database, kind: Kind, entry_id: int, parent_id: int) -> None:
    """Place a region or industry under another one."""
    table, _, _ = _TABLES[kind]
    db.execute(f"UPDATE {table} SET parent_id = ? WHERE id = ?", [parent_id, entry_id])


def get(db: sqlite_utils.Database, kind: Kind, entry_id: int) -> Classification:
    """The region or industry with this id (``KeyError`` if there is none)."""
    table, _, _ = _TABLES[kind]
    row = db.execute(f"SELECT id, code, name, parent_id FROM {table} WHERE id = ?",
                     [entry_id]).fetchone()
    if row is None:
        raise KeyError(f"no {kind} with id {entry_id}")
    return Classification(*row)
