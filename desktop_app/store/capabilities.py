"""Competencies, meso institutions and their dated links: the region's capability base.

A competency (know-how, skills, research strength) links to the industries that use it and to the
institutions that build or carry it, each link with a strength 1-5, evidence and the dates it
holds (``valid_from`` / ``valid_to``, ISO ``YYYY`` or ``YYYY-MM-DD``), because policy is judged by
how these links change. Every write returns what it replaced, so the caller can undo it exactly.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING

from desktop_app.core import capability_terms as terms
from desktop_app.core.capability_terms import COMPETENCY_TYPES, INSTITUTION_TYPES, TermError
from desktop_app.errors import UserError
from desktop_app.store.classifications import normalize_label
from desktop_app.texts import Text

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

__all__ = [
    "COMPETENCY_TYPES",
    "INSTITUTION_TYPES",
    "CapabilityError",
    "Competency",
    "CompetencySnapshot",
    "IndustryLink",
    "Institution",
    "InstitutionLink",
    "InstitutionSnapshot",
    "add_competency",
    "add_institution",
    "delete_competency",
    "delete_institution",
    "find_competency",
    "find_institution",
    "industry_links",
    "institution_links",
    "list_competencies",
    "list_institutions",
    "normalize_date",
    "put_industry_link",
    "put_institution_link",
    "restore_competency",
    "restore_institution",
    "set_industry_link",
    "set_institution_link",
    "update_competency",
    "update_institution",
]


class CapabilityError(UserError):
    """A competency, institution or link cannot be stored as given; the message says why."""


@dataclass(frozen=True)
class Competency:
    id: int
    name: str
    description: str = ""
    type: str = "know-how"
    evidence: str = ""
    sources: str = ""


@dataclass(frozen=True)
class Institution:
    id: int
    name: str
    type: str = "other"
    region_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class IndustryLink:
    """A competency used by an industry (in one region, or everywhere when ``region_id`` is None)."""

    id: int
    competency_id: int
    industry_id: int
    region_id: int | None
    strength: int
    evidence: str = ""
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class InstitutionLink:
    """An institution that builds or carries a competency."""

    id: int
    competency_id: int
    institution_id: int
    strength: int
    evidence: str = ""
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class CompetencySnapshot:
    """A competency with all its links, as removed by :func:`delete_competency`."""

    competency: Competency
    industry_links: list[IndustryLink] = field(default_factory=list)
    institution_links: list[InstitutionLink] = field(default_factory=list)


@dataclass(frozen=True)
class InstitutionSnapshot:
    institution: Institution
    links: list[InstitutionLink] = field(default_factory=list)


def _checked(function, *args):
    """Run a vocabulary check, turning its error into a ``CapabilityError``."""
    try:
        return function(*args)
    except TermError as error:
        raise CapabilityError(*error.args) from None  # its Text, to be translated where shown


def _strength(value: object) -> int:
    return _checked(terms.strength, value)


def _check_type(value: str, allowed: tuple[str, ...], what: str) -> str:
    return _checked(terms.check_type, value, allowed, what)


def normalize_date(value: object) -> str | None:
    """A link date as stored (see :func:`desktop_app.core.capability_terms.normalize_date`)."""
    return _checked(terms.normalize_date, value)


def _name(value: object, what: str) -> str:
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    if not text:
        raise CapabilityError(Text("A {what} needs a name.", what=what))
    return text


def _dates(valid_from: object, valid_to: object) -> tuple[str | None, str | None]:
    start, end = normalize_date(valid_from), normalize_date(valid_to)
    if start and end and end < start:
        raise CapabilityError(Text(
            "The link ends ({end}) before it starts ({start}).",
            end=end,
            start=start,
        ))
    return start, end


# ---- the two registers ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Register:
    """What tells the competency register from the institution register: table, row, wording."""

    table: str
    row: type
    a_what: Text  # "A competency": the start of the refusals' sentences
    what: Text  # "competency"
    things: Text  # "Competencies"
    types: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        return [column.name for column in fields(self.row)]

    @property
    def select(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.table}"


_COMPETENCIES = _Register(
    "competencies",
    Competency,
    Text("A competency"),
    Text("competency"),
    Text("Competencies"),
    COMPETENCY_TYPES,
)
_INSTITUTIONS = _Register(
    "institutions",
    Institution,
    Text("An institution"),
    Text("institution"),
    Text("Institutions"),
    INSTITUTION_TYPES,
)


def _add(db: sqlite_utils.Database, register: _Register, name: str, **values) -> int:
    name = _name(name, register.what)
    if _find(db, register, name) is not None:
        raise CapabilityError(Text(
            "{a_what} named {name} already exists.",
            a_what=register.a_what,
            name=f"{name!r}",
        ))
    values["type"] = _check_type(values["type"], register.types, register.what)
    return db[register.table].insert({"name": name, **values}).last_pk


def _update(db: sqlite_utils.Database, register: _Register, row_id: int, changes: dict):
    before = _by_id(db, register, row_id)
    if "name" in changes:
        changes["name"] = _name(changes["name"], register.what)
        other = _find(db, register, changes["name"])
        if other is not None and other.id != row_id:
            raise CapabilityError(Text(
                "{a_what} named {changes} already exists.",
                a_what=register.a_what,
                changes=f"{changes['name']!r}",
            ))
    if "type" in changes:
        changes["type"] = _check_type(changes["type"], register.types, register.what)
    unknown = set(changes) - set(register.columns[1:])
    if unknown:
        raise CapabilityError(
            Text(
                "{things} have no field {field}.",
                things=register.things,
                field=f"{sorted(unknown)[0]!r}",
            )
        )
    db[register.table].update(row_id, changes)
    return before


def _list(db: sqlite_utils.Database, register: _Register) -> list:
    rows = db.execute(register.select + " ORDER BY name COLLATE NOCASE")
    return [register.row(*row) for row in rows]


def _find(db: sqlite_utils.Database, register: _Register, name: str):
    wanted = normalize_label(name)
    for row in _list(db, register):
        if normalize_label(row.name) == wanted:
            return row
    return None


def _by_id(db: sqlite_utils.Database, register: _Register, row_id: int):
    row = db.execute(register.select + " WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise CapabilityError(Text(
            "No {what} with id {row_id}.",
            what=register.what,
            row_id=row_id,
        ))
    return register.row(*row)


# ---- competencies ---------------------------------------------------------------------------


def add_competency(
    db: sqlite_utils.Database,
    name: str,
    description: str = "",
    type: str = "know-how",  # noqa: A002 - the register's column name
    evidence: str = "",
    sources: str = "",
) -> int:
    """Add a competency and return its id; names are unique regardless of case and accents."""
    return _add(
        db,
        _COMPETENCIES,
        name,
        description=description or "",
        type=type,
        evidence=evidence or "",
        sources=sources or "",
    )


def update_competency(db: sqlite_utils.Database, competency_id: int, **changes) -> Competency:
    """Change some fields of a competency; returns it as it was before (for undo)."""
    return _update(db, _COMPETENCIES, competency_id, changes)


def delete_competency(db: sqlite_utils.Database, competency_id: int) -> CompetencySnapshot:
    """Remove a competency and its links; the snapshot puts them back exactly."""
    snapshot = CompetencySnapshot(
        _by_id(db, _COMPETENCIES, competency_id),
        [link for link in industry_links(db) if link.competency_id == competency_id],
        [link for link in institution_links(db) if link.competency_id == competency_id],
    )
    db.execute("DELETE FROM competencies WHERE id = ?", [competency_id])
    return snapshot


def restore_competency(db: sqlite_utils.Database, snapshot: CompetencySnapshot) -> None:
    db["competencies"].insert(asdict(snapshot.competency))
    for link in snapshot.industry_links:
        db["competency_industry_links"].insert(asdict(link))
    for link in snapshot.institution_links:
        db["competency_institution_links"].insert(asdict(link))


def list_competencies(db: sqlite_utils.Database) -> list[Competency]:
    return _list(db, _COMPETENCIES)


def find_competency(db: sqlite_utils.Database, name: str) -> Competency | None:
    """The competency whose name matches ``name`` ignoring case, accents and spacing."""
    return _find(db, _COMPETENCIES, name)


# ---- institutions ---------------------------------------------------------------------------


def add_institution(
    db: sqlite_utils.Database,
    name: str,
    type: str = "other",  # noqa: A002 - the register's column name
    region_id: int | None = None,
    description: str = "",
) -> int:
    return _add(
        db,
        _INSTITUTIONS,
        name,
        type=type,
        region_id=region_id,
        description=description or "",
    )


def update_institution(db: sqlite_utils.Database, institution_id: int, **changes) -> Institution:
    return _update(db, _INSTITUTIONS, institution_id, changes)


def delete_institution(db: sqlite_utils.Database, institution_id: int) -> InstitutionSnapshot:
    snapshot = InstitutionSnapshot(
        _by_id(db, _INSTITUTIONS, institution_id),
        [link for link in institution_links(db) if link.institution_id == institution_id],
    )
    db.execute("DELETE FROM institutions WHERE id = ?", [institution_id])
    return snapshot


def restore_institution(db: sqlite_utils.Database, snapshot: InstitutionSnapshot) -> None:
    db["institutions"].insert(asdict(snapshot.institution))
    for link in snapshot.links:
        db["competency_institution_links"].insert(asdict(link))


def list_institutions(db: sqlite_utils.Database) -> list[Institution]:
    return _list(db, _INSTITUTIONS)


def find_institution(db: sqlite_utils.Database, name: str) -> Institution | None:
    return _find(db, _INSTITUTIONS, name)


# ---- links ----------------------------------------------------------------------------------

_INDUSTRY_LINK = (
    "SELECT id, competency_id, industry_id, region_id, strength, evidence, valid_from, valid_to "
    "FROM competency_industry_links"
)
_INSTITUTION_LINK = (
    "SELECT id, competency_id, institution_id, strength, evidence, valid_from, valid_to "
    "FROM competency_institution_links"
)


def industry_links(db: sqlite_utils.Database, region_id: int | None = None) -> list[IndustryLink]:
    """Competency-industry links; with ``region_id``, those of that region and the general ones."""
    if region_id is None:
        rows = db.execute(_INDUSTRY_LINK + " ORDER BY id")
    else:
        rows = db.execute(
            _INDUSTRY_LINK + " WHERE region_id = ? OR region_id IS NULL ORDER BY id", [region_id]
        )
    return [IndustryLink(*row) for row in rows]


def institution_links(db: sqlite_utils.Database) -> list[InstitutionLink]:
    return [InstitutionLink(*row) for row in db.execute(_INSTITUTION_LINK + " ORDER BY id")]


def set_industry_link(
    db: sqlite_utils.Database,
    competency_id: int,
    industry_id: int,
    strength: int | None,
    region_id: int | None = None,
    evidence: str | None = None,
    valid_from: object = None,
    valid_to: object = None,
) -> IndustryLink | None:
    """Set (or with ``strength=None`` remove) one cell of the competency x industry matrix.

    Returns the link that was there before, or None; pass it to :func:`put_industry_link` to
    undo. A new link without ``valid_from`` is dated today, so the dynamics count it.
    """
    return _set_link(
        db,
        "competency_industry_links",
        _find_industry_link(db, competency_id, industry_id, region_id),
        {"competency_id": competency_id, "industry_id": industry_id, "region_id": region_id},
        strength,
        evidence,
        valid_from,
        valid_to,
    )


def put_industry_link(
    db: sqlite_utils.Database,
    competency_id: int,
    industry_id: int,
    region_id: int | None,
    link: IndustryLink | None,
) -> None:
    """Make the cell hold exactly ``link`` (or nothing): the undo of :func:`set_industry_link`."""
    current = _find_industry_link(db, competency_id, industry_id, region_id)
    _put_link(db, "competency_industry_links", current, link)


def set_institution_link(
    db: sqlite_utils.Database,
    competency_id: int,
    institution_id: int,
    strength: int | None,
    evidence: str | None = None,
    valid_from: object = None,
    valid_to: object = None,
) -> InstitutionLink | None:
    """Set (or remove) the link between a competency and an institution; returns the old one."""
    return _set_link(
        db,
        "competency_institution_links",
        _find_institution_link(db, competency_id, institution_id),
        {"competency_id": competency_id, "institution_id": institution_id},
        strength,
        evidence,
        valid_from,
        valid_to,
    )


def put_institution_link(
    db: sqlite_utils.Database,
    competency_id: int,
    institution_id: int,
    link: InstitutionLink | None,
) -> None:
    current = _find_institution_link(db, competency_id, institution_id)
    _put_link(db, "competency_institution_links", current, link)


def _find_industry_link(db, competency_id, industry_id, region_id) -> IndustryLink | None:
    row = db.execute(
        _INDUSTRY_LINK + " WHERE competency_id = ? AND industry_id = ? "
        "AND COALESCE(region_id, 0) = COALESCE(?, 0)",
        [competency_id, industry_id, region_id],
    ).fetchone()
    return IndustryLink(*row) if row else None


def _find_institution_link(db, competency_id, institution_id) -> InstitutionLink | None:
    row = db.execute(
        _INSTITUTION_LINK + " WHERE competency_id = ? AND institution_id = ?",
        [competency_id, institution_id],
    ).fetchone()
    return InstitutionLink(*row) if row else None


def _set_link(db, table: str, before, cell: dict, strength, evidence, valid_from, valid_to):
    """Write (or with ``strength=None`` remove) the link of ``cell``; ``before`` is the one there.

    What the caller leaves out (evidence, dates) is kept from ``before``; a new link without
    ``valid_from`` is dated today.
    """
    if strength is None:
        if before is not None:
            db.execute(f"DELETE FROM {table} WHERE id = ?", [before.id])
        return before
    start, end = _dates(valid_from, valid_to)
    record = {
        **cell,
        "strength": _strength(strength),
        "evidence": evidence if evidence is not None else (before.evidence if before else ""),
        "valid_from": start or (before.valid_from if before else _dt.date.today().isoformat()),
        "valid_to": end if end is not None else (before.valid_to if before else None),
    }
    if before is None:
        db[table].insert(record)
    else:
        db[table].update(before.id, record)
    return before


def _put_link(db, table: str, current, link) -> None:
    """Replace the link ``current`` (or nothing) by exactly ``link`` (or nothing)."""
    if current is not None:
        db.execute(f"DELETE FROM {table} WHERE id = ?", [current.id])
    if link is not None:
        db[table].insert(asdict(link))
