"""What a merge of a field office's project reads and writes, and the record of merges.

:class:`OtherProject` reads the office's project file through a read-only connection (it is
never changed); the functions below look up and write this project's competencies,
institutions, their links and lifecycle judgements the way the merge compares them (by name,
by the link's ends and start date), and keep one row per merge in ``merges``. The observations
themselves go through :mod:`desktop_app.store.observation_writer` like every other value.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.errors import storage_error
from desktop_app.store.errors import ProjectError
from desktop_app.store.project import read_only_connection
from desktop_app.texts import Text

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

_CLASSIFICATION_TABLES = {"region": ("regions", "level"), "industry": ("industries", "system")}


class TheirObservation(NamedTuple):
    """One of the other project's values, by codes, with its batch and where it was read."""

    region: str
    industry: str
    measure: str
    year: int
    value: float | None
    flag: str | None
    batch_id: int
    sheet: str | None
    cell: str | None
    source: str | None


@dataclass(frozen=True)
class TheirBatch:
    label: str | None
    file_name: str | None
    file_sha256: str | None
    office: str | None


@dataclass(frozen=True)
class MergeRecord:
    """One merge as the project keeps it; ``summary_json`` holds what was added."""

    office: str
    file_name: str
    merged_at: str
    summary_json: str | None


class OtherProject:
    """Another office's project file, opened read-only (never changed), also on read-only media.

    A file that cannot be read raises a ``ProjectError`` or, for the disk's reasons, a
    ``StorageError`` naming it.
    """

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        try:
            self.conn = read_only_connection(path)
        except sqlite3.DatabaseError as error:
            raise storage_error(error, path) or ProjectError(
                Text("{name} cannot be read: {error}.", name=path.name, error=error)) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> OtherProject:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def office(self) -> str | None:
        """The office name the project carries (project_info 'office'), if any."""
        try:
            row = self.conn.execute(
                "SELECT value FROM project_info WHERE key = 'office'"
            ).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row and row[0] else None

    def has_capabilities(self) -> bool:
        """Whether the project has the competency tables (older projects lack them)."""
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'competencies'"
        ).fetchone() is not None

    def has_signals(self) -> bool:
        """Whether the project has the signpost tables (older projects lack them)."""
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signposts'"
        ).fetchone() is not None

    def has_studies(self) -> bool:
        """Whether the project has scenario study tables (the first projects lack them)."""
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scenario_studies'"
        ).fetchone() is not None

    def study_database(self) -> sqlite_utils.Database:
        """Its connection as the repositories (``store.scenarios``, ``store.signals``) read a
        project."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def classifications(self, kind: str) -> list[tuple]:
        """(id, code, name, parent code, level or system) of its regions or industries,
        those without a parent first."""
        table, extra = _CLASSIFICATION_TABLES[kind]
        return self.conn.execute(
            f"SELECT c.id, c.code, c.name, p.code, c.{extra} FROM {table} c "
            f"LEFT JOIN {table} p ON p.id = c.parent_id ORDER BY c.parent_id IS NOT NULL, c.id"
        ).fetchall()

    def aliases(self, kind: str) -> dict[int, list[str]]:
        """Id of a region or industry -> its aliases."""
        out: dict[int, list[str]] = {}
        for alias, target in self.conn.execute(f"SELECT alias, {kind}_id FROM {kind}_aliases"):
            out.setdefault(target, []).append(alias)
        return out

    def measures(self) -> list[tuple[str, str, str | None, bool | None]]:
        """(code, name, unit, held per job) of its measures (None: a project from before the
        mark)."""
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(measures)")}
        per_job = "intensity" if "intensity" in columns else "NULL"
        rows = self.conn.execute(f"SELECT code, name, unit, {per_job} FROM measures")
        return [(code, name, unit, None if mark is None else bool(mark))
                for code, name, unit, mark in rows]

    def batch(self, batch_id: int) -> TheirBatch:
        """One of its batches (``office`` is None in projects from before offices)."""
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(import_batches)")}
        office = "office" if "office" in columns else "''"
        row = self.conn.execute(
            f"SELECT label, file_name, file_sha256, {office} FROM import_batches WHERE id = ?",
            [batch_id],
        ).fetchone()
        return TheirBatch(*row)

    def count_observations(self) -> int:
        return self.conn.execute("SELECT count(*) FROM observations").fetchone()[0]

    def observations(self, chunk: int) -> Iterator[list[TheirObservation]]:
        """Its values, ``chunk`` at a time, grouped by measure, then batch."""
        cursor = self.conn.execute(
            "SELECT r.code, i.code, m.code, o.year, o.value, o.flag, o.batch_id, o.sheet, o.cell, "
            "COALESCE(NULLIF(b.file_name, ''), b.label) FROM observations o "
            "JOIN regions r ON r.id = o.region_id JOIN industries i ON i.id = o.industry_id "
            "JOIN measures m ON m.id = o.measure_id JOIN import_batches b ON b.id = o.batch_id "
            "ORDER BY o.measure_id, o.batch_id"
        )
        while rows := cursor.fetchmany(chunk):
            yield list(map(TheirObservation._make, rows))

    def competencies(self) -> list[tuple]:
        """(name, description, type, evidence, sources) of its competencies."""
        return self.conn.execute(
            "SELECT name, description, type, evidence, sources FROM competencies"
        ).fetchall()

    def institutions(self) -> list[tuple]:
        """(name, type, region code or None, description) of its institutions."""
        return self.conn.execute(
            "SELECT n.name, n.type, r.code, n.description FROM institutions n "
            "LEFT JOIN regions r ON r.id = n.region_id"
        ).fetchall()

    def competency_links(self) -> list[tuple]:
        """(competency, industry code, region code or None, strength, evidence, valid_from,
        valid_to) of its competency-industry links."""
        return self.conn.execute(
            "SELECT c.name, i.code, r.code, l.strength, l.evidence, l.valid_from, l.valid_to "
            "FROM competency_industry_links l JOIN competencies c ON c.id = l.competency_id "
            "JOIN industries i ON i.id = l.industry_id "
            "LEFT JOIN regions r ON r.id = l.region_id"
        ).fetchall()

    def institution_links(self) -> list[tuple]:
        """(competency, institution, strength, evidence, valid_from, valid_to) of its
        competency-institution links."""
        return self.conn.execute(
            "SELECT c.name, n.name, l.strength, l.evidence, l.valid_from, l.valid_to "
            "FROM competency_institution_links l "
            "JOIN competencies c ON c.id = l.competency_id "
            "JOIN institutions n ON n.id = l.institution_id"
        ).fetchall()

    def judgements(self) -> list[tuple]:
        """(region code, industry code, stage, judged_on, author, reason), in the order made."""
        return self.conn.execute(
            "SELECT r.code, i.code, j.stage, j.judged_on, j.author, j.reason "
            "FROM lifecycle_judgements j JOIN regions r ON r.id = j.region_id "
            "JOIN industries i ON i.id = j.industry_id ORDER BY j.id"
        ).fetchall()


# -- this project ------------------------------------------------------------------------------


def classification_id(db: sqlite_utils.Database, kind: str, code: str) -> int | None:
    """Id of the region or industry with exactly this code (no alias), else None."""
    table, _extra = _CLASSIFICATION_TABLES[kind]
    row = db.execute(f"SELECT id FROM {table} WHERE code = ?", [code]).fetchone()
    return row[0] if row else None


def has_measure(db: sqlite_utils.Database, code: str) -> bool:
    """Whether a measure with exactly this code exists."""
    return db.execute("SELECT 1 FROM measures WHERE code = ?", [code]).fetchone() is not None


def competency(db: sqlite_utils.Database, name: str) -> tuple | None:
    """(id, description, type) of the competency with this name, else None."""
    return db.execute(
        "SELECT id, description, type FROM competencies WHERE name = ?", [name]
    ).fetchone()


def competency_id(db: sqlite_utils.Database, name: str) -> int:
    return db.execute("SELECT id FROM competencies WHERE name = ?", [name]).fetchone()[0]


def add_competency(db: sqlite_utils.Database, name, description, ctype, evidence, sources) -> None:
    db["competencies"].insert(
        {"name": name, "description": description, "type": ctype, "evidence": evidence,
         "sources": sources}
    )


def set_competency(db: sqlite_utils.Database, competency_id: int, description, ctype) -> None:
    db.execute(
        "UPDATE competencies SET description = ?, type = ? WHERE id = ?",
        [description, ctype, competency_id],
    )


def institution(db: sqlite_utils.Database, name: str) -> tuple | None:
    """(id, type, region_id, description) of the institution with this name, else None."""
    return db.execute(
        "SELECT id, type, region_id, description FROM institutions WHERE name = ?", [name]
    ).fetchone()


def institution_id(db: sqlite_utils.Database, name: str) -> int:
    return db.execute("SELECT id FROM institutions WHERE name = ?", [name]).fetchone()[0]


def add_institution(db: sqlite_utils.Database, name, itype, region_id, description) -> None:
    db["institutions"].insert(
        {"name": name, "type": itype, "region_id": region_id, "description": description}
    )


def set_institution(db: sqlite_utils.Database, institution_id: int, itype, region_id,
                    description) -> None:
    db.execute(
        "UPDATE institutions SET type = ?, region_id = ?, description = ? WHERE id = ?",
        [itype, region_id, description, institution_id],
    )


def competency_link(db: sqlite_utils.Database, competency_id: int, industry_id: int,
                    region_id: int | None, valid_from: str | None) -> tuple | None:
    """(id, strength, evidence, valid_to) of the link with these ends and start, else None."""
    return db.execute(
        "SELECT id, strength, evidence, valid_to FROM competency_industry_links "
        "WHERE competency_id = ? AND industry_id = ? AND region_id IS ? AND valid_from IS ?",
        [competency_id, industry_id, region_id, valid_from],
    ).fetchone()


def add_competency_link(db: sqlite_utils.Database, **link) -> None:
    """Insert a competency-industry link (competency_id, industry_id, region_id, strength,
    evidence, valid_from, valid_to)."""
    db["competency_industry_links"].insert(link)


def set_competency_link(db: sqlite_utils.Database, link_id: int, strength, evidence,
                        valid_to) -> None:
    db.execute(
        "UPDATE competency_industry_links SET strength = ?, evidence = ?, valid_to = ? "
        "WHERE id = ?",
        [strength, evidence, valid_to, link_id],
    )


def institution_link(db: sqlite_utils.Database, competency_id: int, institution_id: int,
                     valid_from: str | None) -> tuple | None:
    """(id, strength, valid_to) of the link with these ends and start, else None."""
    return db.execute(
        "SELECT id, strength, valid_to FROM competency_institution_links "
        "WHERE competency_id = ? AND institution_id = ? AND valid_from IS ?",
        [competency_id, institution_id, valid_from],
    ).fetchone()


def add_institution_link(db: sqlite_utils.Database, **link) -> None:
    """Insert a competency-institution link (competency_id, institution_id, strength,
    evidence, valid_from, valid_to)."""
    db["competency_institution_links"].insert(link)


def set_institution_link(db: sqlite_utils.Database, link_id: int, strength, evidence,
                         valid_to) -> None:
    db.execute(
        "UPDATE competency_institution_links SET strength = ?, evidence = ?, valid_to = ? "
        "WHERE id = ?",
        [strength, evidence, valid_to, link_id],
    )


def has_judgement(db: sqlite_utils.Database, region_id: int, industry_id: int, stage: str,
                  judged_on: str, author: str, reasons: tuple[str, ...]) -> bool:
    """Whether this judgement is there already, with one of these reasons."""
    marks = ", ".join("?" * len(reasons))
    return db.execute(
        "SELECT 1 FROM lifecycle_judgements WHERE region_id = ? AND industry_id = ? "
        f"AND stage = ? AND judged_on = ? AND author = ? AND reason IN ({marks})",
        [region_id, industry_id, stage, judged_on, author, *reasons],
    ).fetchone() is not None


def add_judgement_as_made(db: sqlite_utils.Database, **judgement) -> None:
    """Insert a judgement made elsewhere as it is (region_id, industry_id, stage, judged_on,
    author, reason): unlike :func:`desktop_app.store.lifecycle_judgements.add_judgement`, the
    author and date are the other office's."""
    db["lifecycle_judgements"].insert(judgement)


def record_merge(db: sqlite_utils.Database, office: str, file_name: str, file_sha256: str,
                 summary_json: str) -> None:
    db["merges"].insert(
        {"office": office, "file_name": file_name, "file_sha256": file_sha256,
         "summary_json": summary_json}
    )


def list_merges(db: sqlite_utils.Database) -> list[MergeRecord]:
    """The merges made into this project, latest first."""
    rows = db.execute(
        "SELECT office, file_name, merged_at, summary_json FROM merges "
        "ORDER BY merged_at DESC, id DESC"
    )
    return [MergeRecord(*row) for row in rows]
