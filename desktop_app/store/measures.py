"""Measures (employment, establishments, GVA, ...) and their units."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils


@dataclass(frozen=True)
class Measure:
    id: int
    code: str
    name: str
    unit: str
    #: Held per unit of another measure (per job: a wage, a share, emissions per job), weighted
    #: by the projected jobs rather than summed over industries (docs/futures.md).
    intensity: bool = False


def ensure_measure(
    db: sqlite_utils.Database, code: str, name: str | None = None, unit: str = ""
) -> int:
    """Return the id of the measure ``code``, creating it with ``name`` and ``unit`` if new."""
    row = db.execute("SELECT id FROM measures WHERE code = ?", [code]).fetchone()
    if row:
        return row[0]
    return db["measures"].insert({"code": code, "name": name or code, "unit": unit}).last_pk


def list_measures(db: sqlite_utils.Database) -> list[Measure]:
    rows = db.execute("SELECT id, code, name, unit, intensity FROM measures ORDER BY code")
    return [Measure(*row[:4], bool(row[4])) for row in rows]


def find_measure(db: sqlite_utils.Database, code_or_name: str) -> Measure | None:
    """The measure whose code or name is ``code_or_name`` (case-insensitive)."""
    row = db.execute(
        "SELECT id, code, name, unit, intensity FROM measures WHERE lower(code) = lower(?) "
        "OR lower(name) = lower(?) ORDER BY id LIMIT 1",
        [code_or_name, code_or_name],
    ).fetchone()
    return Measure(*row[:4], bool(row[4])) if row else None


def is_intensity(db: sqlite_utils.Database, measure_id: int) -> bool:
    """Whether the measure is held per job (an intensity such as a wage)."""
    row = db.execute("SELECT intensity FROM measures WHERE id = ?", [measure_id]).fetchone()
    return bool(row and row[0])


def set_description(db: sqlite_utils.Database, measure_id: int, description: str) -> None:
    db.execute("UPDATE measures SET description = ? WHERE id = ?", [description, measure_id])


def set_intensity(db: sqlite_utils.Database, measure_id: int, intensity: bool) -> None:
    """Mark the measure as an intensity (held per job) or as a level."""
    db.execute("UPDATE measures SET intensity = ? WHERE id = ?", [int(intensity), measure_id])
