"""Import batches: the unit of provenance and of undo for everything that enters a project."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils


@dataclass(frozen=True)
class Batch:
    id: int
    kind: str
    label: str
    file_name: str | None
    file_sha256: str | None
    created_at: str
    undone_at: str | None
    sheets: tuple[str, ...] = ()
    period_rule: str | None = None


def current_author() -> str:
    """The signed-in user's name, recorded with manual edits and judgements."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - a missing user name must not block a write
        return ""


def create_batch(
    db: sqlite_utils.Database,
    kind: str,
    label: str = "",
    file_name: str | None = None,
    file_sha256: str | None = None,
    **extra: object,
) -> int:
    """Start a batch; its id goes on every observation it writes."""
    record = {"kind": kind, "label": label, "file_name": file_name,
              "file_sha256": file_sha256, "author": current_author(), **extra}
    return db["import_batches"].insert(record).last_pk


_COLUMNS = "id, kind, label, file_name, file_sha256, created_at, undone_at, sheets, period_rule"


def _batch(row: tuple) -> Batch:
    return Batch(*row[:7], tuple(json.loads(row[7] or "[]")), row[8])


def list_batches(db: sqlite_utils.Database) -> list[Batch]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM import_batches ORDER BY id")
    return [_batch(row) for row in rows]


def find_by_hash(db: sqlite_utils.Database, sha256: str) -> Batch | None:
    """The latest batch that is still in effect and came from a file with this content."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM import_batches "
        "WHERE file_sha256 = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
        [sha256],
    ).fetchone()
    return _batch(row) if row else None


@dataclass(frozen=True)
class ImportBatchSummary:
    """One import as the list of imports shows it, with how many values it still holds."""

    id: int
    created_at: str
    file_name: str | None
    sheet: str
    recipe_name: str
    author: str | None
    undone_at: str | None
    observations: int


def list_imports(db: sqlite_utils.Database) -> list[ImportBatchSummary]:
    """The project's import batches, newest first."""
    rows = db.execute(
        "SELECT b.id, b.created_at, b.file_name, COALESCE(b.sheet, ''), "
        "COALESCE(b.recipe_name, ''), b.author, b.undone_at, "
        "(SELECT count(*) FROM observations o WHERE o.batch_id = b.id) "
        "FROM import_batches b WHERE b.kind = 'import' ORDER BY b.id DESC"
    )
    return [ImportBatchSummary(*row) for row in rows]
