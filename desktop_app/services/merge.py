"""Merge a field office's project package into headquarters' project.

What the other project has and this one lacks comes in: regions, industries and measures (by
code), observations, competencies and institutions (by name), their links, lifecycle judgements.
Where both hold something different (a value for the same region, industry, measure and year; a
competency described differently; a link of another strength) nothing is overwritten: the
difference is listed as a :class:`Conflict` for a decision, and only the conflicts named in
``take_theirs`` are resolved in favour of the other office. Every merged value belongs to a
``merge`` batch that names the office and the file it was first read from, so provenance says
which office each value came from. The merge is one transaction: a cancel or error leaves the
project as it was; a dry run computes the same report and rolls back.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.errors import storage_error
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import classifications
from desktop_app.store.batches import create_batch
from desktop_app.store.errors import ProjectError
from desktop_app.store.measures import ensure_measure
from desktop_app.store.observations import NewObservation, write_observations
from desktop_app.store.project import read_header, read_only_connection
from desktop_app.store.sql import atomic

__all__ = ["Conflict", "MergeReport", "merge_project"]

_CHUNK = 5000


@dataclass(frozen=True)
class Conflict:
    """Something both projects hold differently; ``key`` names it for a decision."""

    kind: str  # 'observation' | 'competency' | 'institution' | 'competency link' | ...
    key: str
    ours: str
    theirs: str
    source: str  # where the other office's version came from


@dataclass
class MergeReport:
    office: str
    file_name: str
    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    unchanged_observations: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    taken_from_them: int = 0

    def as_dict(self) -> dict:
        return {
            "office": self.office,
            "file": self.file_name,
            "dry_run": self.dry_run,
            "added": self.added,
            "unchanged_observations": self.unchanged_observations,
            "conflicts": [asdict(c) for c in self.conflicts],
            "taken_from_them": self.taken_from_them,
        }

    def as_text(self, max_conflicts: int = 30) -> str:
        added = ", ".join(f"{n:,} {what}" for what, n in self.added.items() if n) or "nothing"
        lines = [
            f"Merge from {self.office} ({self.file_name})"
            + (" - dry run, nothing written" if self.dry_run else ""),
            f"new: {added}",
            f"unchanged observations: {self.unchanged_observations:,}",
            f"conflicts: {len(self.conflicts):,} (taken from {self.office}: "
            f"{self.taken_from_them:,}; the others keep this project's version)",
        ]
        for c in self.conflicts[:max_conflicts]:
            lines.append(
                f"  {c.kind} {c.key}: here {c.ours}, {self.office} {c.theirs} [{c.source}]"
            )
        if len(self.conflicts) > max_conflicts:
            lines.append(f"  ... and {len(self.conflicts) - max_conflicts:,} more (use --json)")
        return "\n".join(lines)


def merge_project(
    db: sqlite_utils.Database,
    other: str | Path,
    office: str | None = None,
    dry_run: bool = False,
    take_theirs: bool | Iterable[str] = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge the project file ``other`` into ``db``; return what came in and what conflicts.

    Parameters
    ----------
    db : sqlite_utils.Database
        The receiving project (headquarters).
    other : path
        The field office's project file (.anticipa); read only, never changed.
    office : str, optional
        The sending office's name for provenance; default: the name stored in the other
        project (project_info 'office'), else its file name without suffix.
    dry_run : bool
        Compute the report only.
    take_theirs : bool or iterable of conflict keys
        Which conflicts to resolve with the other office's version (True: all).
    progress : Progress, optional
    """
    progress = progress or NullProgress()
    other = Path(other)
    read_header(other)
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    try:
        theirs = read_only_connection(other)
    except sqlite3.DatabaseError as error:
        raise storage_error(error, other) or ProjectError(
            f"{other.name} cannot be read: {error}.") from None
    try:
        office = office or _their_office(theirs) or other.stem
        report = MergeReport(office, other.name, dry_run)
        accept = take_theirs if isinstance(take_theirs, bool) else set(take_theirs)
        with atomic(db, dry_run):
            merger = _Merger(db, theirs, report, accept, progress)
            merger.run()
            if not dry_run:
                db["merges"].insert(
                    {
                        "office": office,
                        "file_name": other.name,
                        "file_sha256": digest,
                        "summary_json": json.dumps(
                            {
                                "added": report.added,
                                "conflicts": len(report.conflicts),
                                "taken_from_them": report.taken_from_them,
                            }
                        ),
                    }
                )
    finally:
        theirs.close()
    progress.report(1.0, "Merge done" if not dry_run else "Dry run done")
    return report


def _their_office(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM project_info WHERE key = 'office'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and row[0] else None


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        is not None
    )


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _fmt(value, flag) -> str:
    text = "empty" if value is None else f"{value:,.10g}"
    return f"{text} ({flag})" if flag else text


class _Merger:
    def __init__(self, db, theirs, report: MergeReport, accept, progress: Progress) -> None:
        self.db = db
        self.theirs = theirs
        self.report = report
        self.accept = accept
        self.progress = progress
        self.added = dict.fromkeys(
            (
                "regions",
                "industries",
                "measures",
                "observations",
                "competencies",
                "institutions",
                "competency links",
                "institution links",
                "lifecycle judgements",
            ),
            0,
        )
        report.added = self.added
        self.ids: dict[tuple[str, str], int] = {}
        self.batches: dict[int, int] = {}

    def take(self, key: str) -> bool:
        return self.accept is True or (self.accept is not False and key in self.accept)

    def conflict(self, kind, key, ours, theirs, source) -> bool:
        """Record a conflict; return whether the other office's version is to be written."""
        self.report.conflicts.append(Conflict(kind, key, ours, theirs, source))
        if self.take(key):
            self.report.taken_from_them += 1
            return True
        return False

    def run(self) -> None:
        self.progress.report(0.0, "Classifications")
        self.classifications("region", "regions", "level")
        self.classifications("industry", "industries", "system")
        self.measures()
        self.progress.check()
        self.observations(self.progress.sub(0.05, 0.85))
        if _has_table(self.theirs, "competencies"):
            self.progress.report(0.9, "Competencies and institutions")
            self.competencies()
            self.institutions()
            self.competency_links()
            self.institution_links()
            self.judgements()

    # -- classifications and measures ----------------------------------------------------

    def classifications(self, kind, table, extra) -> None:
        alias_table = f"{kind}_aliases"
        column = f"{kind}_id"
        rows = self.theirs.execute(
            f"SELECT c.id, c.code, c.name, p.code, c.{extra} FROM {table} c "
            f"LEFT JOIN {table} p ON p.id = c.parent_id ORDER BY c.parent_id IS NOT NULL, c.id"
        ).fetchall()
        aliases: dict[int, list[str]] = {}
        for alias, target in self.theirs.execute(f"SELECT alias, {column} FROM {alias_table}"):
            aliases.setdefault(target, []).append(alias)
        new = sum(
            self.db.execute(f"SELECT 1 FROM {table} WHERE code = ?", [row[1]]).fetchone() is None
            for row in rows
        )
        self.added["regions" if kind == "region" else "industries"] += new
        for cid, code, name, parent, detail in rows:
            parent_id = (
                (
                    self.db.execute(f"SELECT id FROM {table} WHERE code = ?", [parent]).fetchone()
                    or [None]
                )[0]
                if parent
                else None
            )
            our_id = classifications.ensure(self.db, kind, code, name, parent_id, **{extra: detail})
            for alias in aliases.get(cid, []):
                classifications.add_alias(self.db, kind, alias, our_id)
            self.ids[(kind, code)] = our_id

    def measures(self) -> None:
        for code, name, unit in self.theirs.execute("SELECT code, name, unit FROM measures"):
            if self.db.execute("SELECT 1 FROM measures WHERE code = ?", [code]).fetchone() is None:
                self.added["measures"] += 1
            self.ids[("measure", code)] = ensure_measure(self.db, code, name, unit or "")

    # -- observations --------------------------------------------------------------------

    def batch_for(self, their_batch: int) -> int:
        if their_batch not in self.batches:
            office_col = "office" if "office" in _columns(self.theirs, "import_batches") else "''"
            label, file_name, sha, their_office = self.theirs.execute(
                f"SELECT label, file_name, file_sha256, {office_col} FROM import_batches "
                "WHERE id = ?",
                [their_batch],
            ).fetchone()
            office = their_office or self.report.office
            self.batches[their_batch] = create_batch(
                self.db,
                "merge",
                label=f"{office}: {label or file_name or 'values'}",
                file_name=file_name,
                file_sha256=sha,
                office=office,
            )
        return self.batches[their_batch]

    def observations(self, progress: Progress) -> None:
        total = self.theirs.execute("SELECT count(*) FROM observations").fetchone()[0]
        cursor = self.theirs.execute(
            "SELECT r.code, i.code, m.code, o.year, o.value, o.flag, o.batch_id, o.sheet, o.cell, "
            "COALESCE(NULLIF(b.file_name, ''), b.label) FROM observations o "
            "JOIN regions r ON r.id = o.region_id JOIN industries i ON i.id = o.industry_id "
            "JOIN measures m ON m.id = o.measure_id JOIN import_batches b ON b.id = o.batch_id "
            "ORDER BY o.measure_id, o.batch_id"
        )
        ours: dict[int, dict] = {}
        done = 0
        while True:
            chunk = cursor.fetchmany(_CHUNK)
            if not chunk:
                break
            progress.check()
            writes: dict[int, list[NewObservation]] = {}
            for r, i, m, year, value, flag, batch, sheet, cell, source in chunk:
                rid, iid = self.ids[("region", r)], self.ids[("industry", i)]
                mid = self.ids[("measure", m)]
                if mid not in ours:
                    ours[mid] = {
                        (a, b, y): (v, f)
                        for a, b, y, v, f in self.db.execute(
                            "SELECT region_id, industry_id, year, value, flag FROM observations "
                            "WHERE measure_id = ?",
                            [mid],
                        )
                    }
                old = ours[mid].get((rid, iid, year))
                if old is None:
                    self.added["observations"] += 1
                elif old == (value, flag):
                    self.report.unchanged_observations += 1
                    continue
                else:
                    where = f"{source}, {sheet}!{cell}" if cell else str(source)
                    if not self.conflict(
                        "observation", f"{m}/{r}/{i}/{year}", _fmt(*old), _fmt(value, flag), where
                    ):
                        continue
                ours[mid][(rid, iid, year)] = (value, flag)
                writes.setdefault(batch, []).append(
                    NewObservation(rid, iid, mid, year, value, flag, sheet, cell)
                )
            for batch, rows in writes.items():
                write_observations(self.db, rows, self.batch_for(batch))
            done += len(chunk)
            progress.report(done / max(total, 1), f"{done:,} of {total:,} observations")

    # -- capabilities --------------------------------------------------------------------

    def competencies(self) -> None:
        for name, description, ctype, evidence, sources in self.theirs.execute(
            "SELECT name, description, type, evidence, sources FROM competencies"
        ):
            row = self.db.execute(
                "SELECT id, description, type FROM competencies WHERE name = ?", [name]
            ).fetchone()
            if row is None:
                self.db["competencies"].insert(
                    {
                        "name": name,
                        "description": description,
                        "type": ctype,
                        "evidence": evidence,
                        "sources": sources,
                    }
                )
                self.added["competencies"] += 1
            elif (row[1], row[2]) != (description, ctype) and self.conflict(
                "competency",
                name,
                f"{row[2]}: {row[1]}",
                f"{ctype}: {description}",
                self.report.office,
            ):
                self.db.execute(
                    "UPDATE competencies SET description = ?, type = ? WHERE id = ?",
                    [description, ctype, row[0]],
                )

    def institutions(self) -> None:
        for name, itype, region, description in self.theirs.execute(
            "SELECT n.name, n.type, r.code, n.description FROM institutions n "
            "LEFT JOIN regions r ON r.id = n.region_id"
        ):
            region_id = self.ids.get(("region", region)) if region else None
            row = self.db.execute(
                "SELECT id, type, region_id, description FROM institutions WHERE name = ?", [name]
            ).fetchone()
            if row is None:
                self.db["institutions"].insert(
                    {
                        "name": name,
                        "type": itype,
                        "region_id": region_id,
                        "description": description,
                    }
                )
                self.added["institutions"] += 1
            elif (row[1], row[2], row[3]) != (itype, region_id, description) and self.conflict(
                "institution",
                name,
                f"{row[1]}: {row[3]}",
                f"{itype}: {description}",
                self.report.office,
            ):
                self.db.execute(
                    "UPDATE institutions SET type = ?, region_id = ?, description = ? WHERE id = ?",
                    [itype, region_id, description, row[0]],
                )

    def _id(self, table: str, name: str) -> int:
        return self.db.execute(f"SELECT id FROM {table} WHERE name = ?", [name]).fetchone()[0]

    def competency_links(self) -> None:
        for comp, industry, region, strength, evidence, valid_from, valid_to in self.theirs.execute(
            "SELECT c.name, i.code, r.code, l.strength, l.evidence, l.valid_from, l.valid_to "
            "FROM competency_industry_links l JOIN competencies c ON c.id = l.competency_id "
            "JOIN industries i ON i.id = l.industry_id "
            "LEFT JOIN regions r ON r.id = l.region_id"
        ):
            cid = self._id("competencies", comp)
            iid = self.ids[("industry", industry)]
            rid = self.ids.get(("region", region)) if region else None
            row = self.db.execute(
                "SELECT id, strength, evidence, valid_to FROM competency_industry_links "
                "WHERE competency_id = ? AND industry_id = ? AND region_id IS ? "
                "AND valid_from IS ?",
                [cid, iid, rid, valid_from],
            ).fetchone()
            if row is None:
                self.db["competency_industry_links"].insert(
                    {
                        "competency_id": cid,
                        "industry_id": iid,
                        "region_id": rid,
                        "strength": strength,
                        "evidence": evidence,
                        "valid_from": valid_from,
                        "valid_to": valid_to,
                    }
                )
                self.added["competency links"] += 1
            elif (row[1], row[3]) != (strength, valid_to) and self.conflict(
                "competency link",
                f"{comp} -> {industry}"
                + (f" in {region}" if region else "")
                + f" from {valid_from or '-'}",
                f"strength {row[1]}, until {row[3] or '-'}",
                f"strength {strength}, until {valid_to or '-'}",
                self.report.office,
            ):
                self.db.execute(
                    "UPDATE competency_industry_links SET strength = ?, "
                    "evidence = ?, valid_to = ? WHERE id = ?",
                    [strength, evidence, valid_to, row[0]],
                )

    def institution_links(self) -> None:
        for comp, inst, strength, evidence, valid_from, valid_to in self.theirs.execute(
            "SELECT c.name, n.name, l.strength, l.evidence, l.valid_from, l.valid_to "
            "FROM competency_institution_links l "
            "JOIN competencies c ON c.id = l.competency_id "
            "JOIN institutions n ON n.id = l.institution_id"
        ):
            cid, nid = self._id("competencies", comp), self._id("institutions", inst)
            row = self.db.execute(
                "SELECT id, strength, valid_to FROM competency_institution_links "
                "WHERE competency_id = ? AND institution_id = ? AND valid_from IS ?",
                [cid, nid, valid_from],
            ).fetchone()
            if row is None:
                self.db["competency_institution_links"].insert(
                    {
                        "competency_id": cid,
                        "institution_id": nid,
                        "strength": strength,
                        "evidence": evidence,
                        "valid_from": valid_from,
                        "valid_to": valid_to,
                    }
                )
                self.added["institution links"] += 1
            elif (row[1], row[2]) != (strength, valid_to) and self.conflict(
                "institution link",
                f"{comp} -> {inst} from {valid_from or '-'}",
                f"strength {row[1]}, until {row[2] or '-'}",
                f"strength {strength}, until {valid_to or '-'}",
                self.report.office,
            ):
                self.db.execute(
                    "UPDATE competency_institution_links SET strength = ?, "
                    "evidence = ?, valid_to = ? WHERE id = ?",
                    [strength, evidence, valid_to, row[0]],
                )

    def judgements(self) -> None:
        """Judgements are history: each one the other office made comes in once."""
        for region, industry, stage, judged_on, author, reason in self.theirs.execute(
            "SELECT r.code, i.code, j.stage, j.judged_on, j.author, j.reason "
            "FROM lifecycle_judgements j JOIN regions r ON r.id = j.region_id "
            "JOIN industries i ON i.id = j.industry_id ORDER BY j.id"
        ):
            rid, iid = self.ids[("region", region)], self.ids[("industry", industry)]
            marked = f"{reason} (from {self.report.office})"
            exists = self.db.execute(
                "SELECT 1 FROM lifecycle_judgements WHERE region_id = ? AND industry_id = ? "
                "AND stage = ? AND judged_on = ? AND author = ? AND reason IN (?, ?)",
                [rid, iid, stage, judged_on, author, reason, marked],
            ).fetchone()
            if exists is None:
                self.db["lifecycle_judgements"].insert(
                    {
                        "region_id": rid,
                        "industry_id": iid,
                        "stage": stage,
                        "judged_on": judged_on,
                        "author": author,
                        "reason": marked,
                    }
                )
                self.added["lifecycle judgements"] += 1
