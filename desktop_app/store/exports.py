"""What the export layouts read from a project, in the shapes and orders they write.

Read-only queries for :mod:`desktop_app.services.export`: classifications with their parents'
codes and aliases, measures, the sources (batches in effect), the observations a filter
selects in the exchange workbook's order, and the few counts the layouts announce.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.store.observations import ObservationFilter

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

_TABLES = {"region": "regions", "industry": "industries", "measure": "measures"}
#: The column that says more about a region (its level) or an industry (its system).
_DETAIL = {"region": "level", "industry": "system"}


def ids_by_code(db: sqlite_utils.Database, kind: str, codes: Sequence[str]) -> dict[str, int]:
    """Code -> id of the regions, industries or measures with these codes (unknown ones left
    out)."""
    marks = ",".join("?" * len(codes))
    return dict(
        db.execute(
            f"SELECT code, id FROM {_TABLES[kind]} WHERE code IN ({marks})", list(codes)
        ).fetchall()
    )


def aliases_by_id(db: sqlite_utils.Database, kind: str) -> dict[int, list[str]]:
    """Id of a region or industry -> its aliases, in alphabetical order."""
    out: dict[int, list[str]] = {}
    for alias, target in db.execute(
        f"SELECT alias, {kind}_id FROM {kind}_aliases ORDER BY alias"
    ):
        out.setdefault(target, []).append(alias)
    return out


def classification_rows(db: sqlite_utils.Database, kind: str) -> list[tuple]:
    """(id, code, name, parent's code, level or system) of every region or industry, by code."""
    table = _TABLES[kind]
    return db.execute(
        f"SELECT c.id, c.code, c.name, p.code, c.{_DETAIL[kind]} FROM {table} c "
        f"LEFT JOIN {table} p ON p.id = c.parent_id ORDER BY c.code"
    ).fetchall()


def measure_rows(db: sqlite_utils.Database) -> list[tuple]:
    """(id, code, name, unit, description, held per job) of every measure, by code."""
    return db.execute(
        "SELECT id, code, name, unit, description, intensity FROM measures ORDER BY code"
    ).fetchall()


def source_rows(db: sqlite_utils.Database) -> list[tuple]:
    """(id, kind, label, file_name, created_at, office, author) of every batch in effect.

    ``office`` is '' in projects from before offices.
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(import_batches)")}
    office = "office" if "office" in columns else "''"
    return db.execute(
        f"SELECT id, kind, label, file_name, created_at, {office}, author FROM import_batches "
        "WHERE undone_at IS NULL ORDER BY id"
    ).fetchall()


def count_observations(db: sqlite_utils.Database, flt: ObservationFilter) -> int:
    """How many observations the filter selects."""
    where, params = flt.where()
    return db.execute(f"SELECT count(*) FROM observations o WHERE {where}", params).fetchone()[0]


def tidy_rows(db: sqlite_utils.Database, flt: ObservationFilter) -> sqlite3.Cursor:
    """(region, industry, measure codes, year, value, flag, batch_id, sheet, cell) of the
    observations the filter selects, by measure, region, industry and year: a cursor, read as
    the workbook is written."""
    where, params = flt.where()
    return db.execute(
        "SELECT r.code, i.code, m.code, o.year, o.value, o.flag, o.batch_id, o.sheet, o.cell "
        "FROM observations o JOIN regions r ON r.id = o.region_id "
        "JOIN industries i ON i.id = o.industry_id JOIN measures m ON m.id = o.measure_id "
        f"WHERE {where} ORDER BY m.code, r.code, i.code, o.year",
        params,
    )


def source_labels(db: sqlite_utils.Database, measure_id: int, industry_id: int) -> list[str]:
    """The labels (else file names) of the batches one measure's values of an industry came
    from, sorted, empty ones left out."""
    rows = db.execute(
        "SELECT DISTINCT COALESCE(NULLIF(b.label, ''), b.file_name) FROM observations o "
        "JOIN import_batches b ON b.id = o.batch_id WHERE o.measure_id = ? "
        "AND o.industry_id = ? ORDER BY 1",
        [measure_id, industry_id],
    )
    return [label for (label,) in rows if label]


def flagged(db: sqlite_utils.Database, measure_id: int) -> list[tuple[int, int, int, str]]:
    """(region_id, industry_id, year, flag) of one measure's observations that carry a flag."""
    return db.execute(
        "SELECT region_id, industry_id, year, flag FROM observations "
        "WHERE measure_id = ? AND flag IS NOT NULL",
        [measure_id],
    ).fetchall()


def industries_with_values(db: sqlite_utils.Database, measure_id: int) -> int:
    """How many industries have observations of this measure (one official table each)."""
    return db.execute(
        "SELECT count(DISTINCT industry_id) FROM observations WHERE measure_id = ?", [measure_id]
    ).fetchone()[0]


def competency_summary(db: sqlite_utils.Database) -> list[tuple]:
    """(name, type, industries linked, institutions linked, mean industry-link strength) of
    every competency, by name."""
    return db.execute(
        "SELECT c.name, c.type, "
        "(SELECT count(*) FROM competency_industry_links l WHERE l.competency_id = c.id), "
        "(SELECT count(*) FROM competency_institution_links l WHERE l.competency_id = c.id), "
        "(SELECT avg(strength) FROM competency_industry_links l WHERE l.competency_id = c.id) "
        "FROM competencies c ORDER BY c.name"
    ).fetchall()
