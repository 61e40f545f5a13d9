"""Scenario studies in the project file: descriptors, variants, experts' judgements, scenarios.

A study's cross-impact matrix is stored per expert and sparsely: one ``cross_impacts`` row per
judged cell (value or comment); a missing row is 0 with no comment. Matrices come back in study
order (descriptor by descriptor, variants in position order), row = impacting variant. Scenarios
store the chosen variant id of each descriptor, so renaming a variant never breaks them.

Every write runs in one ``db.atomic()`` block, and :func:`study_state` / :func:`restore_study_state`
give an exact snapshot of one study for undoing structural edits.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.cib import aggregate
from desktop_app.core.cib.interventions import DESCRIPTOR_KINDS
from desktop_app.errors import UserError
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.core.cib import CrossImpactMatrix

AGGREGATIONS = ("sum", "mean", "median")
#: The judgement scale of the CIB literature: -3..+3; a scale read from judgements is never
#: narrower.
STANDARD_SCALE = 3
_TABLES = ("descriptors", "variants", "experts", "cross_impacts", "scenarios", "micmac_influences")


class StudyError(UserError):
    """A study edit the store refuses (duplicate or empty name, too few variants...)."""


@dataclass(frozen=True)
class StudyVariant:
    id: int
    short_name: str
    name: str
    colour: str = ""


@dataclass(frozen=True)
class StudyDescriptor:
    """``role``: system, lever (policy-controlled) or context (external); ``weight``: factor
    on the descriptor's judgements of the others (1: as judged)."""

    id: int
    short_name: str
    name: str
    definition: str
    variants: tuple[StudyVariant, ...]
    role: str = "system"
    weight: float = 1.0


@dataclass(frozen=True)
class Expert:
    id: int
    name: str


@dataclass(frozen=True)
class Study:
    """One study as stored, descriptors and experts in their order."""

    id: int
    name: str
    description: str
    aggregation: str
    source_file: str
    descriptors: tuple[StudyDescriptor, ...]
    experts: tuple[Expert, ...]
    #: The whole numbers a judgement may take, low..high (low < 0 < high).
    scale: tuple[int, int] = (-3, 3)

    @property
    def sizes(self) -> list[int]:
        return [len(d.variants) for d in self.descriptors]

    @property
    def descriptor_names(self) -> list[str]:
        return [d.name for d in self.descriptors]

    @property
    def variant_names(self) -> list[list[str]]:
        return [[v.name for v in d.variants] for d in self.descriptors]

    @property
    def variant_ids(self) -> list[int]:
        """Variant ids in matrix order (descriptor by descriptor)."""
        return [v.id for d in self.descriptors for v in d.variants]

    @property
    def labels(self) -> list[str]:
        return [f"{d.name}: {v.name}" for d in self.descriptors for v in d.variants]

    def index_of(self) -> dict[int, int]:
        """Matrix position of each variant id."""
        return {vid: k for k, vid in enumerate(self.variant_ids)}


@dataclass(frozen=True)
class StudySummary:
    id: int
    name: str
    n_descriptors: int
    n_variants: int
    n_experts: int
    n_scenarios: int
    #: The judgement scale, low..high.
    scale: tuple[int, int] = (-3, 3)


@dataclass
class NewDescriptor:
    """A descriptor to create; short names default to the names."""

    name: str
    variants: Sequence[str]
    definition: str = ""
    short_name: str | None = None
    variant_short: Sequence[str] | None = None
    colours: Sequence[str] | None = None
    role: str = "system"
    weight: float = 1.0


@dataclass(frozen=True)
class ExpertMatrix:
    expert: Expert
    values: np.ndarray
    comments: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class SavedScenario:
    """A stored scenario: ``variants`` are 0-based variant positions, one per descriptor."""

    id: int
    name: str
    narrative: str
    variants: tuple[int, ...]
    tis: float | None
    ic: float | None
    origin: str
    #: The analysts' weight in the futures' ensemble (None: not set).
    weight: float | None = None


# -- studies --------------------------------------------------------------------------------------


def list_studies(db: sqlite_utils.Database) -> list[StudySummary]:
    rows = db.execute(
        """SELECT s.id, s.name,
                  (SELECT count(*) FROM descriptors d WHERE d.study_id = s.id),
                  (SELECT count(*) FROM variants v JOIN descriptors d ON d.id = v.descriptor_id
                    WHERE d.study_id = s.id),
                  (SELECT count(*) FROM experts e WHERE e.study_id = s.id),
                  (SELECT count(*) FROM scenarios c WHERE c.study_id = s.id),
                  s.scale_min, s.scale_max
           FROM scenario_studies s ORDER BY s.name COLLATE NOCASE"""
    ).fetchall()
    return [StudySummary(*row[:6], (int(row[6]), int(row[7]))) for row in rows]


def find_study(db: sqlite_utils.Database, key: int | str) -> Study | None:
    """The study with id ``key`` (int) or name ``key`` (str, case-insensitive), or None."""
    columns = "id, name, description, aggregation, source_file, scale_min, scale_max"
    if isinstance(key, int):
        row = db.execute(f"SELECT {columns} FROM scenario_studies WHERE id = ?", [key]).fetchone()
    else:
        row = db.execute(
            f"SELECT {columns} FROM scenario_studies WHERE name = ? COLLATE NOCASE",
            [str(key).strip()],
        ).fetchone()
    if row is None:
        return None
    sid, name, description, aggregation, source_file, low, high = row
    descriptors = []
    for did, short, dname, definition, role, weight in db.execute(
        "SELECT id, short_name, name, definition, role, weight FROM descriptors "
        "WHERE study_id = ? ORDER BY position",
        [sid],
    ).fetchall():
        variants = tuple(
            StudyVariant(*v)
            for v in db.execute(
                "SELECT id, short_name, name, colour FROM variants WHERE descriptor_id = ? "
                "ORDER BY position",
                [did],
            ).fetchall()
        )
        descriptors.append(
            StudyDescriptor(did, short, dname, definition, variants, role, float(weight))
        )
    experts = tuple(
        Expert(*e)
        for e in db.execute(
            "SELECT id, name FROM experts WHERE study_id = ? ORDER BY id", [sid]
        ).fetchall()
    )
    return Study(
        sid, name, description, aggregation, source_file, tuple(descriptors), experts,
        (int(low), int(high)),
    )


def free_study_name(db: sqlite_utils.Database, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``, ... when a study has that name already."""
    name, k = wanted.strip() or "Study", 2
    while find_study(db, name) is not None:
        name = f"{wanted.strip()} ({k})"
        k += 1
    return name


def require_study(db: sqlite_utils.Database, key: int | str) -> Study:
    """Like :func:`find_study` but raises :class:`StudyError` naming the known studies."""
    study = find_study(db, key)
    if study is None:
        known = ", ".join(s.name for s in list_studies(db)) or "none"
        raise StudyError(Text(
            "no scenario study {key}; the project has: {known}",
            key=f"{key!r}",
            known=known,
        ))
    return study


def _check_descriptors(descriptors: Sequence[NewDescriptor]) -> None:
    seen: set[str] = set()
    shorts: set[str] = set()
    for d in descriptors:
        name = d.name.strip()
        if not name:
            raise StudyError(Text("a descriptor has no name"))
        if name.casefold() in seen:
            raise StudyError(Text("descriptor name {name} is used twice", name=f"{name!r}"))
        seen.add(name.casefold())
        short = (d.short_name or name).strip()
        if short in shorts:
            raise StudyError(Text(
                "descriptor short name {short} is used twice",
                short=f"{short!r}",
            ))
        shorts.add(short)
        if len(d.variants) < 2:
            raise StudyError(Text(
                "descriptor {name} needs at least two variants",
                name=f"{name!r}",
            ))
        if any(not str(v).strip() for v in d.variants):
            raise StudyError(Text(
                "descriptor {name} has a variant without a name",
                name=f"{name!r}",
            ))


def create_study(
    db: sqlite_utils.Database,
    name: str,
    descriptors: Sequence[NewDescriptor] = (),
    description: str = "",
    aggregation: str = "mean",
    source_file: str = "",
    scale: tuple[int, int] = (-STANDARD_SCALE, STANDARD_SCALE),
) -> int:
    """Create a study with its descriptors, variants and judgement scale; return its id."""
    name = name.strip()
    if not name:
        raise StudyError(Text("a study needs a name"))
    if find_study(db, name) is not None:
        raise StudyError(Text("a study named {name} already exists", name=f"{name!r}"))
    if aggregation not in AGGREGATIONS:
        raise StudyError(Text("aggregation must be one of {names}", names=', '.join(AGGREGATIONS)))
    _check_descriptors(descriptors)
    low, high = _scale(scale)
    with db.atomic():
        sid = (
            db["scenario_studies"]
            .insert(
                {
                    "name": name,
                    "description": description,
                    "aggregation": aggregation,
                    "source_file": source_file,
                    "scale_min": low,
                    "scale_max": high,
                }
            )
            .last_pk
        )
        for position, d in enumerate(descriptors):
            _insert_descriptor(db, sid, position, d)
    return sid


def _insert_descriptor(db, study_id: int, position: int, d: NewDescriptor) -> int:
    did = (
        db["descriptors"]
        .insert(
            {
                "study_id": study_id,
                "position": position,
                "short_name": (d.short_name or d.name).strip(),
                "name": d.name.strip(),
                "definition": d.definition,
                "role": _role(d.role),
                "weight": _weight(d.weight),
            }
        )
        .last_pk
    )
    shorts = d.variant_short or d.variants
    colours = d.colours or [""] * len(d.variants)
    for k, (v, s, colour) in enumerate(zip(d.variants, shorts, colours, strict=True)):
        db["variants"].insert(
            {
                "descriptor_id": did,
                "position": k,
                "short_name": str(s).strip() or str(v).strip(),
                "name": str(v).strip(),
                "colour": colour,
            }
        )
    return did


def update_study(db: sqlite_utils.Database, study_id: int, **fields: str) -> None:
    """Change ``name``, ``description`` or ``aggregation`` of a study."""
    allowed = {"name", "description", "aggregation"}
    unknown = set(fields) - allowed
    if unknown:
        raise StudyError(Text("cannot change {names} of a study", names=', '.join(sorted(unknown))))
    if "aggregation" in fields and fields["aggregation"] not in AGGREGATIONS:
        raise StudyError(Text("aggregation must be one of {names}", names=', '.join(AGGREGATIONS)))
    if "name" in fields:
        fields["name"] = fields["name"].strip()
        other = find_study(db, fields["name"])
        if not fields["name"] or (other is not None and other.id != study_id):
            raise StudyError(Text(
                "a study named {fields} already exists or is empty",
                fields=f"{fields['name']!r}",
            ))
    with db.atomic():
        db["scenario_studies"].update(study_id, fields)


def delete_study(db: sqlite_utils.Database, study_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM scenario_studies WHERE id = ?", [study_id])


# -- structure edits (the study editor) -----------------------------------------------------------


def add_descriptor(db, study_id: int, descriptor: NewDescriptor) -> int:
    """Append a descriptor with its variants; return its id."""
    study = require_study(db, study_id)
    existing = [
        NewDescriptor(d.name, [v.name for v in d.variants], short_name=d.short_name)
        for d in study.descriptors
    ]
    _check_descriptors([*existing, descriptor])
    with db.atomic():
        return _insert_descriptor(db, study_id, len(study.descriptors), descriptor)


def _role(role: str) -> str:
    if role not in DESCRIPTOR_KINDS:
        raise StudyError(Text(
            "a descriptor's role is one of {names}, not {role}",
            names=', '.join(DESCRIPTOR_KINDS),
            role=f"{role!r}",
        ))
    return role


def _weight(weight: float) -> float:
    weight = float(weight)
    if not weight > 0 or weight != weight or weight == float("inf"):
        raise StudyError(Text(
            "a descriptor's weight is a number above 0, not {weight}",
            weight=f"{weight:g}",
        ))
    return weight


def update_descriptor(db, descriptor_id: int, **fields) -> None:
    """Change ``name``, ``short_name``, ``definition``, ``role`` or ``weight`` of a descriptor."""
    if "role" in fields:
        fields["role"] = _role(fields["role"])
    if "weight" in fields:
        fields["weight"] = _weight(fields["weight"])
    fields = {k: v.strip() if k in ("name", "short_name") else v for k, v in fields.items()}
    if any(not fields.get(k, "x") for k in ("name", "short_name")):
        raise StudyError(Text("a descriptor needs a name"))
    try:
        with db.atomic():
            db["descriptors"].update(descriptor_id, fields)
    except sqlite3.IntegrityError as error:
        if not _is_duplicate(error):
            raise
        raise StudyError(
            Text(
                "another descriptor of the study is already called {value}",
                value=f"{fields.get('name') or fields.get('short_name')!r}",
            )
        ) from error


def _is_duplicate(error: sqlite3.IntegrityError) -> bool:
    """Whether a refused write broke a UNIQUE rule (not a foreign key or a NOT NULL)."""
    return "UNIQUE constraint failed" in str(error)


def delete_descriptor(db, descriptor_id: int) -> None:
    """Remove a descriptor, its variants, their judgements and the scenarios that used them."""
    with db.atomic():
        row = db.execute(
            "SELECT study_id FROM descriptors WHERE id = ?", [descriptor_id]
        ).fetchone()
        if row is None:
            return
        db.execute("DELETE FROM scenarios WHERE study_id = ?", [row[0]])
        db.execute("DELETE FROM descriptors WHERE id = ?", [descriptor_id])
        _renumber(db, "descriptors", "study_id", row[0])


def add_variant(db, descriptor_id: int, name: str, short_name: str | None = None) -> int:
    name = name.strip()
    if not name:
        raise StudyError(Text("a variant needs a name"))
    with db.atomic():
        (study_id, n) = db.execute(
            "SELECT d.study_id, (SELECT count(*) FROM variants WHERE descriptor_id = d.id) "
            "FROM descriptors d WHERE d.id = ?",
            [descriptor_id],
        ).fetchone()
        db.execute("DELETE FROM scenarios WHERE study_id = ?", [study_id])
        return (
            db["variants"]
            .insert(
                {
                    "descriptor_id": descriptor_id,
                    "position": n,
                    "short_name": short_name or name,
                    "name": name,
                }
            )
            .last_pk
        )


def rename_variant(db, variant_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise StudyError(Text("a variant needs a name"))
    with db.atomic():
        db["variants"].update(variant_id, {"name": name})


def delete_variant(db, variant_id: int) -> None:
    """Remove a variant (a descriptor keeps at least two) and the scenarios of its study."""
    row = db.execute(
        "SELECT v.descriptor_id, d.study_id, (SELECT count(*) FROM variants w "
        "WHERE w.descriptor_id = v.descriptor_id) FROM variants v "
        "JOIN descriptors d ON d.id = v.descriptor_id WHERE v.id = ?",
        [variant_id],
    ).fetchone()
    if row is None:
        return
    if row[2] <= 2:
        raise StudyError(Text("a descriptor needs at least two variants"))
    with db.atomic():
        db.execute("DELETE FROM scenarios WHERE study_id = ?", [row[1]])
        db.execute("DELETE FROM variants WHERE id = ?", [variant_id])
        _renumber(db, "variants", "descriptor_id", row[0])


def _renumber(db, table: str, parent: str, parent_id: int) -> None:
    ids = [
        r[0]
        for r in db.execute(
            f"SELECT id FROM {table} WHERE {parent} = ? ORDER BY position", [parent_id]
        )
    ]
    for k, row_id in enumerate(ids):  # two passes keep UNIQUE(parent, position) satisfied
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [-1 - k, row_id])
    for k, row_id in enumerate(ids):
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [k, row_id])


def study_state(db, study_id: int) -> dict[str, list[dict]]:
    """Every row that belongs to one study (for an exact undo of structural edits)."""
    q = {
        "scenario_studies": ("SELECT * FROM scenario_studies WHERE id = ?",),
        "descriptors": ("SELECT * FROM descriptors WHERE study_id = ?",),
        "variants": (
            "SELECT v.* FROM variants v JOIN descriptors d ON d.id = v.descriptor_id "
            "WHERE d.study_id = ?",
        ),
        "experts": ("SELECT * FROM experts WHERE study_id = ?",),
        "cross_impacts": (
            "SELECT c.* FROM cross_impacts c JOIN experts e ON e.id = c.expert_id "
            "WHERE e.study_id = ?",
        ),
        "scenarios": ("SELECT * FROM scenarios WHERE study_id = ?",),
        "micmac_influences": (
            "SELECT m.* FROM micmac_influences m JOIN descriptors d "
            "ON d.id = m.source_descriptor_id WHERE d.study_id = ?",
        ),
    }
    return {table: [dict(r) for r in db.query(sql, [study_id])] for table, (sql,) in q.items()}


def restore_study_state(db, study_id: int, state: dict[str, list[dict]]) -> None:
    """Put a study back exactly as :func:`study_state` saw it (ids included)."""
    with db.atomic():
        db.execute("DELETE FROM scenario_studies WHERE id = ?", [study_id])
        for table in ("scenario_studies", *_TABLES):
            if state.get(table):
                db[table].insert_all(state[table])


# -- experts and judgements ---------------------------------------------------------------------


def add_expert(db, study_id: int, name: str) -> int:
    name = name.strip()
    if not name:
        raise StudyError(Text("an expert needs a name"))
    if db.execute(
        "SELECT 1 FROM experts WHERE study_id = ? AND name = ?", [study_id, name]
    ).fetchone():
        raise StudyError(Text("the study already has an expert named {name}", name=f"{name!r}"))
    with db.atomic():
        return db["experts"].insert({"study_id": study_id, "name": name}).last_pk


def rename_expert(db, expert_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise StudyError(Text("an expert needs a name"))
    try:
        with db.atomic():
            db["experts"].update(expert_id, {"name": name})
    except sqlite3.IntegrityError as error:
        if not _is_duplicate(error):
            raise
        raise StudyError(Text(
            "the study already has an expert named {name}",
            name=f"{name!r}",
        )) from error


def delete_expert(db, expert_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM experts WHERE id = ?", [expert_id])


def expert_matrix(db, study: Study, expert_id: int) -> ExpertMatrix:
    """One expert's N x N matrix (0 where not judged) and comments, in study order."""
    index = study.index_of()
    n = len(index)
    values = np.zeros((n, n))
    comments: dict[tuple[int, int], str] = {}
    expert = next((e for e in study.experts if e.id == expert_id), None)
    if expert is None:
        raise StudyError(Text(
            "expert {expert_id} is not part of study {name}",
            expert_id=expert_id,
            name=f"{study.name!r}",
        ))
    rows = db.execute(
        "SELECT source_variant_id, target_variant_id, value FROM cross_impacts "
        "WHERE expert_id = ?",
        [expert_id],
    ).fetchall()
    if rows:  # placed with numpy: a 30 x 4 study has 14,400 cells
        cells = np.array(rows, dtype=float)
        ids = np.array(sorted(index), dtype=float)
        where = np.array([index[int(i)] for i in ids], dtype=np.int64)
        src, dst = (np.searchsorted(ids, cells[:, k]) for k in (0, 1))
        src, dst = np.minimum(src, len(ids) - 1), np.minimum(dst, len(ids) - 1)
        known = (ids[src] == cells[:, 0]) & (ids[dst] == cells[:, 1])
        values[where[src[known]], where[dst[known]]] = cells[known, 2]
    for src, dst, comment in db.execute(
        "SELECT source_variant_id, target_variant_id, comment FROM cross_impacts "
        "WHERE expert_id = ? AND comment IS NOT NULL AND comment <> ''",
        [expert_id],
    ):
        r, c = index.get(src), index.get(dst)
        if r is not None and c is not None:
            comments[(r, c)] = comment
    return ExpertMatrix(expert, values, comments)


def expert_matrices(db, study: Study) -> list[ExpertMatrix]:
    return [expert_matrix(db, study, e.id) for e in study.experts]


def combined_matrix(
    db, study: Study, expert_id: int | None = None, read: list[ExpertMatrix] | None = None
) -> np.ndarray:
    """One expert's matrix, or all experts' matrices combined by the study's aggregation
    (``read``: the experts' matrices when the caller has them already)."""
    if expert_id is not None:
        return expert_matrix(db, study, expert_id).values
    matrices = [m.values for m in (read if read is not None else expert_matrices(db, study))]
    if not matrices:
        n = sum(study.sizes)
        return np.zeros((n, n))
    return aggregate(matrices, study.aggregation) if len(matrices) > 1 else matrices[0]


def covering_scale(values: np.ndarray) -> tuple[int, int]:
    """The symmetric scale -k..+k that holds every value, k at least 3.

    For judgements that come without a scale (ScenarioWizard's .scw files store none, an Excel
    matrix read with any scale): the widest judgement, either way, sets it.
    """
    values = np.asarray(values, dtype=float)
    widest = float(np.abs(values[np.isfinite(values)]).max(initial=0))
    k = max(STANDARD_SCALE, math.ceil(widest))
    return -k, k


def _scale(scale: Sequence[float]) -> tuple[int, int]:
    low, high = scale
    if any(float(x) != int(x) for x in (low, high)) or not low < 0 < high:
        raise StudyError(
            Text(
                "a judgement scale runs from a negative to a positive whole number, not "
                "{low}..{high}",
                low=f"{low:g}",
                high=f"{high:+g}",
            )
        )
    return int(low), int(high)


def _widest_judgements(db, study_id: int) -> tuple[float, float]:
    low, high = db.execute(
        "SELECT MIN(c.value), MAX(c.value) FROM cross_impacts c JOIN experts e "
        "ON e.id = c.expert_id WHERE e.study_id = ?",
        [study_id],
    ).fetchone()
    return (low or 0.0), (high or 0.0)


def check_study_scale(db, study_id: int, scale: Sequence[float]) -> tuple[int, int]:
    """``scale`` as (low, high) if the study's stored judgements all lie on it, else
    :class:`StudyError` naming the judgements' range."""
    low, high = _scale(scale)
    lowest, highest = _widest_judgements(db, study_id)
    if lowest < low or highest > high:
        raise StudyError(
            Text(
                "the study holds judgements from {lowest} to {highest}; a scale of {low}..{high} "
                "would leave some outside it (change them first)",
                lowest=f"{lowest:+g}",
                highest=f"{highest:+g}",
                low=f"{low:+d}",
                high=f"{high:+d}",
            )
        )
    return low, high


def set_study_scale(db, study_id: int, scale: Sequence[float]) -> None:
    """Set the study's judgement scale; refused if a stored judgement would fall outside it."""
    low, high = check_study_scale(db, study_id, scale)
    with db.atomic():
        db.execute(
            "UPDATE scenario_studies SET scale_min = ?, scale_max = ? WHERE id = ?",
            [low, high, study_id],
        )


def _expert_scale(db, expert_id: int) -> tuple[int, int]:
    row = db.execute(
        "SELECT s.scale_min, s.scale_max FROM experts e JOIN scenario_studies s "
        "ON s.id = e.study_id WHERE e.id = ?",
        [expert_id],
    ).fetchone()
    if row is None:
        raise StudyError(Text("no expert {expert_id}", expert_id=expert_id))
    return int(row[0]), int(row[1])


def set_expert_matrix(
    db,
    study: Study,
    expert_id: int,
    values: np.ndarray,
    comments: dict[tuple[int, int], str] | None = None,
) -> None:
    """Replace an expert's whole matrix (cells that are 0 without a comment are not stored)."""
    values = np.asarray(values, dtype=float)
    ids = study.variant_ids
    if values.shape != (len(ids), len(ids)):
        raise StudyError(Text(
            "the matrix is {shape}; the study has {n} variants",
            shape=values.shape,
            n=len(ids),
        ))
    if not np.isfinite(values).all():
        raise StudyError(Text("the matrix holds a value that is not a number"))
    low, high = study.scale
    outside = np.argwhere((values < low) | (values > high))
    if len(outside):
        r, c = outside[0]
        labels = study.labels
        raise StudyError(
            Text(
                "{values} ({labels} on {labels2}) is off the study's scale {low}..{high}",
                values=f"{values[r, c]:g}",
                labels=labels[r],
                labels2=labels[c],
                low=f"{low:+d}",
                high=f"{high:+d}",
            )
        )
    comments = comments or {}
    keep = values != 0
    for r, c in comments:
        keep[r, c] = True
    rows = [
        {
            "expert_id": expert_id,
            "source_variant_id": ids[r],
            "target_variant_id": ids[c],
            "value": float(values[r, c]),
            "comment": comments.get((r, c), ""),
        }
        for r, c in zip(*np.nonzero(keep), strict=True)
    ]
    with db.atomic():
        db.execute("DELETE FROM cross_impacts WHERE expert_id = ?", [expert_id])
        db["cross_impacts"].insert_all(rows, batch_size=500)


@dataclass(frozen=True)
class Cell:
    """One judgement, addressed by variant ids."""

    source_variant_id: int
    target_variant_id: int
    value: float
    comment: str = ""


def get_cells(db, expert_id: int, pairs: Iterable[tuple[int, int]]) -> list[Cell]:
    """The stored value and comment of each (source, target) pair (0 and '' when absent)."""
    out = []
    for src, dst in pairs:
        row = db.execute(
            "SELECT value, comment FROM cross_impacts WHERE expert_id = ? AND "
            "source_variant_id = ? AND target_variant_id = ?",
            [expert_id, src, dst],
        ).fetchone()
        out.append(Cell(src, dst, row[0] if row else 0.0, row[1] if row else ""))
    return out


def set_cells(db, expert_id: int, cells: Iterable[Cell]) -> None:
    """Write judgements on the study's scale; a 0 without a comment removes the row (the
    default)."""
    low, high = _expert_scale(db, expert_id)
    cells = list(cells)
    for cell in cells:
        if not math.isfinite(cell.value) or not low <= cell.value <= high:
            raise StudyError(Text(
                "{value} is off the study's scale {low}..{high}",
                value=f"{cell.value:g}",
                low=f"{low:+d}",
                high=f"{high:+d}",
            ))
    with db.atomic():
        for cell in cells:
            if cell.value == 0 and not cell.comment:
                db.execute(
                    "DELETE FROM cross_impacts WHERE expert_id = ? AND source_variant_id = ? "
                    "AND target_variant_id = ?",
                    [expert_id, cell.source_variant_id, cell.target_variant_id],
                )
            else:
                db["cross_impacts"].upsert(
                    {
                        "expert_id": expert_id,
                        "source_variant_id": cell.source_variant_id,
                        "target_variant_id": cell.target_variant_id,
                        "value": float(cell.value),
                        "comment": cell.comment,
                    },
                    pk=("expert_id", "source_variant_id", "target_variant_id"),
                )


def study_matrix(study: Study, values: np.ndarray) -> CrossImpactMatrix:
    """The study's descriptors with ``values`` as a core cross-impact matrix, each descriptor's
    judgements of the others multiplied by its weight."""
    from desktop_app.core.cib import CrossImpactMatrix

    matrix = CrossImpactMatrix.create(study.descriptor_names, study.variant_names, values)
    weights = [d.weight for d in study.descriptors]
    return matrix.weighted(weights) if any(w != 1 for w in weights) else matrix


# -- scenarios ----------------------------------------------------------------------------------


def _key(study: Study, variants: Sequence[int]) -> str:
    if len(variants) != len(study.descriptors):
        raise StudyError(Text("a scenario needs {n} variants", n=len(study.descriptors)))
    return " ".join(
        str(d.variants[int(v)].id) for d, v in zip(study.descriptors, variants, strict=True)
    )


def save_scenarios(
    db, study: Study, rows: Iterable[tuple[Sequence[int], float, float]], origin: str = "solve"
) -> list[int]:
    """Store solver results (variants, TIS, IC), keeping names and narratives of known ones.

    Earlier results of the same origin that are not among ``rows`` and have neither a name nor
    a narrative are removed; named ones stay (their TIS and IC are left as they were).
    """
    ids = []
    with db.atomic():
        keys = []
        for variants, tis, ic in rows:
            key = _key(study, variants)
            keys.append(key)
            found = db.execute(
                "SELECT id FROM scenarios WHERE study_id = ? AND variant_ids = ?", [study.id, key]
            ).fetchone()
            if found:
                db["scenarios"].update(found[0], {"tis": float(tis), "ic": float(ic)})
                ids.append(found[0])
            else:
                ids.append(
                    db["scenarios"]
                    .insert(
                        {
                            "study_id": study.id,
                            "variant_ids": key,
                            "tis": float(tis),
                            "ic": float(ic),
                            "origin": origin,
                        }
                    )
                    .last_pk
                )
        marks = ",".join("?" * len(keys))
        db.execute(
            f"DELETE FROM scenarios WHERE study_id = ? AND origin = ? AND name = '' AND "
            f"narrative = '' AND variant_ids NOT IN ({marks or 'NULL'})",
            [study.id, origin, *keys],
        )
    return ids


def list_scenarios(db, study: Study) -> list[SavedScenario]:
    """Stored scenarios, highest TIS first (named ones without a TIS last)."""
    position = {v.id: k for d in study.descriptors for k, v in enumerate(d.variants)}
    out = []
    for sid, name, narrative, key, tis, ic, origin, weight in db.execute(
        "SELECT id, name, narrative, variant_ids, tis, ic, origin, weight FROM scenarios "
        "WHERE study_id = ? ORDER BY tis IS NULL, tis DESC, id",
        [study.id],
    ):
        ids = [int(x) for x in key.split()]
        if len(ids) != len(study.descriptors) or any(i not in position for i in ids):
            continue
        out.append(
            SavedScenario(
                sid, name, narrative, tuple(position[i] for i in ids), tis, ic, origin, weight
            )
        )
    return out


def add_scenario(
    db,
    study: Study,
    variants: Sequence[int],
    name: str = "",
    narrative: str = "",
    origin: str = "manual",
    tis: float | None = None,
    ic: float | None = None,
) -> int:
    key = _key(study, variants)
    with db.atomic():
        found = db.execute(
            "SELECT id FROM scenarios WHERE study_id = ? AND variant_ids = ?", [study.id, key]
        ).fetchone()
        if found:
            db["scenarios"].update(found[0], {"name": name, "narrative": narrative})
            return found[0]
        return (
            db["scenarios"]
            .insert(
                {
                    "study_id": study.id,
                    "variant_ids": key,
                    "name": name,
                    "narrative": narrative,
                    "origin": origin,
                    "tis": tis,
                    "ic": ic,
                }
            )
            .last_pk
        )


def update_scenario(
    db, scenario_id: int, name: str | None = None, narrative: str | None = None
) -> None:
    fields = {k: v for k, v in (("name", name), ("narrative", narrative)) if v is not None}
    if fields:
        with db.atomic():
            db["scenarios"].update(scenario_id, fields)


def set_scenario_weight(db, scenario_id: int, weight: float | None) -> None:
    """The analysts' weight of a scenario (0 or more; None clears it)."""
    if weight is not None:
        weight = float(weight)
        if not weight >= 0 or weight == float("inf"):
            raise StudyError(Text(
                "a scenario's weight is a number of 0 or more, not {weight}",
                weight=f"{weight:g}",
            ))
    with db.atomic():
        db["scenarios"].update(scenario_id, {"weight": weight})


def delete_scenario(db, scenario_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM scenarios WHERE id = ?", [scenario_id])


# -- MICMAC direct influences -------------------------------------------------------------------


#: The mark of a potential influence (Godet's "P"): not at work yet, strong once it is.
POTENTIAL = "P"


@dataclass(frozen=True)
class MicmacEntries:
    """The entered influences of a study, row influences column: ``values`` 0..3 (a P cell
    holds 0) and ``potential`` True where the cell is marked P."""

    values: np.ndarray
    potential: np.ndarray

    def entry(self, r: int, c: int) -> int | str:
        """One cell as entered: 0..3 or "P"."""
        return POTENTIAL if self.potential[r, c] else int(self.values[r, c])


def micmac_direct(db, study: Study) -> MicmacEntries | None:
    """Directly entered influences (0..3 or P) of the study, or None if none is entered."""
    index = {d.id: k for k, d in enumerate(study.descriptors)}
    rows = db.execute(
        "SELECT m.source_descriptor_id, m.target_descriptor_id, m.value, m.potential "
        "FROM micmac_influences m JOIN descriptors d ON d.id = m.source_descriptor_id "
        "WHERE d.study_id = ?",
        [study.id],
    ).fetchall()
    if not rows:
        return None
    values = np.zeros((len(index), len(index)), dtype=np.int64)
    potential = np.zeros((len(index), len(index)), dtype=bool)
    for src, dst, value, marked in rows:
        values[index[src], index[dst]] = value
        potential[index[src], index[dst]] = bool(marked)
    return MicmacEntries(values, potential)


def set_micmac_value(
    db, source_descriptor_id: int, target_descriptor_id: int, value: int | str
) -> None:
    """Enter one direct influence: 0 (none) .. 3 (strong), or "P" (potential)."""
    if source_descriptor_id == target_descriptor_id:
        raise StudyError(Text("a descriptor's influence on itself is not entered"))
    potential = isinstance(value, str) and value.strip().upper() == POTENTIAL
    if not potential and (
        isinstance(value, str) or int(value) != value or not 0 <= value <= 3
    ):
        raise StudyError(Text(
            "{value} is off the MICMAC scale: 0..3 or P (potential)",
            value=f"{value!r}",
        ))
    with db.atomic():
        db["micmac_influences"].upsert(
            {
                "source_descriptor_id": source_descriptor_id,
                "target_descriptor_id": target_descriptor_id,
                "value": 0 if potential else int(value),
                "potential": int(potential),
            },
            pk=("source_descriptor_id", "target_descriptor_id"),
        )
