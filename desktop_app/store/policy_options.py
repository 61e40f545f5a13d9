"""Policy options in the project file: the register, their targets and their assumed effects.

Options belong to the project (one register, tested against any study); an effect belongs to an
option, an outcome and either one scenario or one descriptor variant of a study, so it goes with
the scenario or variant it names. Every write runs in one ``db.atomic()`` block; a deleted
option's :class:`OptionSnapshot` puts it back exactly (undo).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from desktop_app.errors import UserError
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.store.scenarios import Study

#: Instruments offered in the editor; others may be typed.
INSTRUMENTS = (
    "grant",
    "training",
    "infrastructure",
    "cluster support",
    "procurement",
    "regulation",
    "advice",
    "other",
)
TARGET_KINDS = ("industry", "competency", "institution")
_TARGET_TABLES = {"industry": "industries", "competency": "competencies",
                  "institution": "institutions"}


class PolicyStoreError(UserError):
    """A policy option edit the store refuses (empty or duplicate name, unordered effect...)."""


@dataclass(frozen=True)
class Outcome:
    name: str
    direction: str


@dataclass(frozen=True)
class Target:
    """What an option targets: an industry (by code), a competency or an institution."""

    kind: str
    id: int
    name: str


@dataclass(frozen=True)
class PolicyOption:
    id: int
    name: str
    instrument: str = ""
    description: str = ""
    cost: float | None = None
    start_year: int | None = None
    time_to_effect: float | None = None
    owner: str = ""


#: The fields of an option the editor and the workbooks change (all but its id).
OPTION_FIELDS = tuple(f.name for f in fields(PolicyOption))[1:]


@dataclass(frozen=True)
class OptionEffect:
    """Assumed effect of an option on an outcome in one scenario or under one variant."""

    option_id: int
    outcome: str
    scenario_id: int | None
    variant_id: int | None
    low: float
    mode: float
    high: float


@dataclass(frozen=True)
class OptionSnapshot:
    option: PolicyOption
    targets: tuple[tuple[str, int], ...]
    effects: tuple[OptionEffect, ...]


# -- outcomes --------------------------------------------------------------------------------


def list_outcomes(db: sqlite_utils.Database) -> list[Outcome]:
    return [Outcome(*row) for row in db.execute(
        "SELECT name, direction FROM policy_outcomes ORDER BY rowid")]


def find_outcome(db: sqlite_utils.Database, name: str) -> Outcome | None:
    row = db.execute("SELECT name, direction FROM policy_outcomes WHERE name = ?",
                     [_clean(name)]).fetchone()
    return Outcome(*row) if row else None


def add_outcome(db: sqlite_utils.Database, name: str, direction: str) -> Outcome:
    """A user outcome (a score, a share...) with its direction; an existing one is kept as is."""
    name = _clean(name)
    if not name:
        raise PolicyStoreError(Text("An outcome needs a name."))
    if direction not in ("higher", "lower"):
        raise PolicyStoreError(Text(
            "An outcome's direction is higher or lower, not {direction}.",
            direction=f"{direction!r}",
        ))
    with db.atomic():
        existing = find_outcome(db, name)
        if existing is not None:
            if existing.direction != direction:
                raise PolicyStoreError(
                    Text(
                        "The outcome {name} is already stored with direction {direction}.",
                        name=f"{existing.name!r}",
                        direction=f"{existing.direction!r}",
                    ))
            return existing
        db["policy_outcomes"].insert({"name": name, "direction": direction})
    return Outcome(name, direction)


def set_direction(db: sqlite_utils.Database, name: str, direction: str) -> None:
    """Turn an outcome's direction (a merge taking another office's reading of it)."""
    if direction not in ("higher", "lower"):
        raise PolicyStoreError(Text(
            "An outcome's direction is higher or lower, not {direction}.",
            direction=f"{direction!r}",
        ))
    with db.atomic():
        db.execute("UPDATE policy_outcomes SET direction = ? WHERE name = ?", [direction, name])


# -- options ---------------------------------------------------------------------------------


def _clean(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def _checked_fields(changes: dict) -> dict:
    unknown = set(changes) - set(OPTION_FIELDS)
    if unknown:
        raise PolicyStoreError(Text(
            "Policy options have no field {field}.",
            field=f"{sorted(unknown)[0]!r}",
        ))
    out = dict(changes)
    if "name" in out:
        out["name"] = _clean(out["name"])
        if not out["name"]:
            raise PolicyStoreError(Text("A policy option needs a name."))
    for text in ("instrument", "description", "owner"):
        if text in out:
            out[text] = _clean(out[text]) if text != "description" else str(out[text] or "")
    if out.get("cost") is not None and not float(out["cost"]) >= 0:
        raise PolicyStoreError(Text("A cost cannot be negative: {out}.", out=out['cost']))
    if out.get("time_to_effect") is not None and not float(out["time_to_effect"]) >= 0:
        raise PolicyStoreError(Text(
            "A time to effect cannot be negative: {out}.",
            out=out['time_to_effect'],
        ))
    if out.get("start_year") is not None and not float(out["start_year"]).is_integer():
        raise PolicyStoreError(Text("A start year is a whole year: {out}.", out=out['start_year']))
    return out


def list_options(db: sqlite_utils.Database) -> list[PolicyOption]:
    """The register in name order."""
    rows = db.execute(
        f"SELECT id, {', '.join(OPTION_FIELDS)} FROM policy_options ORDER BY name"
    )
    return [PolicyOption(*row) for row in rows]


def get_option(db: sqlite_utils.Database, option_id: int) -> PolicyOption:
    row = db.execute(f"SELECT id, {', '.join(OPTION_FIELDS)} FROM policy_options "
                     "WHERE id = ?", [option_id]).fetchone()
    if row is None:
        raise PolicyStoreError(Text("No policy option with id {option_id}.", option_id=option_id))
    return PolicyOption(*row)


def find_option(db: sqlite_utils.Database, name: str) -> PolicyOption | None:
    row = db.execute("SELECT id FROM policy_options WHERE name = ?", [_clean(name)]).fetchone()
    return get_option(db, row[0]) if row else None


def add_option(db: sqlite_utils.Database, name: str, **values) -> int:
    values = _checked_fields({"name": name, **values})
    try:
        with db.atomic():
            return db["policy_options"].insert(values).last_pk
    except sqlite3.IntegrityError:
        raise PolicyStoreError(
            Text(
                "A policy option named {values} already exists.",
                values=f"{values['name']!r}",
            )) from None


def update_option(db: sqlite_utils.Database, option_id: int, **changes) -> PolicyOption:
    """Change fields of an option; returns it as it was (for undo)."""
    before = get_option(db, option_id)
    changes = _checked_fields(changes)
    try:
        with db.atomic():
            db["policy_options"].update(option_id, changes)
    except sqlite3.IntegrityError:
        raise PolicyStoreError(
            Text(
                "A policy option named {name} already exists.",
                name=f"{changes.get('name')!r}",
            )) from None
    return before


def delete_option(db: sqlite_utils.Database, option_id: int) -> OptionSnapshot:
    snapshot = OptionSnapshot(
        get_option(db, option_id),
        tuple((t.kind, t.id) for t in list_targets(db, option_id)),
        tuple(list_effects(db, option_ids=[option_id])),
    )
    with db.atomic():
        db.execute("DELETE FROM policy_options WHERE id = ?", [option_id])
    return snapshot


def restore_option(db: sqlite_utils.Database, snapshot: OptionSnapshot) -> None:
    """Put a deleted option back with its id, targets and effects."""
    o = snapshot.option
    with db.atomic():
        db["policy_options"].insert({"id": o.id, **{f: getattr(o, f) for f in OPTION_FIELDS}})
        _insert_targets(db, o.id, snapshot.targets)
        db["policy_option_effects"].insert_all(_effect_row(e) for e in snapshot.effects)


# -- targets ---------------------------------------------------------------------------------


def list_targets(db: sqlite_utils.Database, option_id: int | None = None) -> list[Target]:
    """An option's targets (all options' with ``option_id`` None), industries first."""
    return [t for _, t in targets_by_option(db, option_id)]


def targets_by_option(
    db: sqlite_utils.Database, option_id: int | None = None
) -> list[tuple[int, Target]]:
    where = "" if option_id is None else " WHERE t.option_id = ?"
    rows = db.execute(
        "SELECT t.option_id, t.industry_id, t.competency_id, t.institution_id, "
        "i.code, c.name, n.name FROM policy_option_targets t "
        "LEFT JOIN industries i ON i.id = t.industry_id "
        "LEFT JOIN competencies c ON c.id = t.competency_id "
        "LEFT JOIN institutions n ON n.id = t.institution_id" + where + " ORDER BY t.id",
        [] if option_id is None else [option_id],
    ).fetchall()
    out = []
    for oid, ind, comp, inst, code, cname, iname in rows:
        if ind is not None:
            out.append((oid, Target("industry", ind, code)))
        elif comp is not None:
            out.append((oid, Target("competency", comp, cname)))
        else:
            out.append((oid, Target("institution", inst, iname)))
    order = {k: n for n, k in enumerate(TARGET_KINDS)}
    return sorted(out, key=lambda item: (item[0], order[item[1].kind]))


def set_targets(
    db: sqlite_utils.Database, option_id: int, targets: Iterable[tuple[str, int]]
) -> tuple[tuple[str, int], ...]:
    """Replace an option's targets by ``(kind, id)`` pairs; returns the old ones (for undo)."""
    get_option(db, option_id)
    before = tuple((t.kind, t.id) for t in list_targets(db, option_id))
    with db.atomic():
        db.execute("DELETE FROM policy_option_targets WHERE option_id = ?", [option_id])
        _insert_targets(db, option_id, targets)
    return before


def _insert_targets(db, option_id: int, targets: Iterable[tuple[str, int]]) -> None:
    seen = set()
    for kind, target_id in targets:
        if kind not in TARGET_KINDS:
            raise PolicyStoreError(Text(
                "A target is an industry, competency or institution, not {kind}.",
                kind=f"{kind!r}",
            ))
        if (kind, target_id) in seen:
            continue
        seen.add((kind, target_id))
        if db.execute(f"SELECT 1 FROM {_TARGET_TABLES[kind]} WHERE id = ?",
                      [target_id]).fetchone() is None:
            raise PolicyStoreError(Text(
                "No {kind} with id {target_id}.",
                kind=kind,
                target_id=target_id,
            ))
        db["policy_option_targets"].insert({"option_id": option_id, f"{kind}_id": target_id})


# -- effects ---------------------------------------------------------------------------------

_EFFECT_COLUMNS = ("option_id", "outcome", "scenario_id", "variant_id", "low", "mode", "high")


def _effect_row(e: OptionEffect) -> dict:
    return {c: getattr(e, c) for c in _EFFECT_COLUMNS}


def list_effects(
    db: sqlite_utils.Database,
    study: Study | None = None,
    option_ids: Sequence[int] | None = None,
) -> list[OptionEffect]:
    """Effects of the study's scenarios and variants (or of every study), in entry order."""
    sql = (
        f"SELECT {', '.join('e.' + c for c in _EFFECT_COLUMNS)} FROM policy_option_effects e "
        "LEFT JOIN scenarios s ON s.id = e.scenario_id "
        "LEFT JOIN variants v ON v.id = e.variant_id "
        "LEFT JOIN descriptors d ON d.id = v.descriptor_id WHERE 1"
    )
    params: list = []
    if study is not None:
        sql += " AND COALESCE(s.study_id, d.study_id) = ?"
        params.append(study.id)
    if option_ids is not None:
        sql += f" AND e.option_id IN ({','.join('?' * len(option_ids)) or 'NULL'})"
        params.extend(option_ids)
    return [OptionEffect(*row) for row in db.execute(sql + " ORDER BY e.id", params)]


def _check_effect(db, effect: OptionEffect) -> OptionEffect:
    if (effect.scenario_id is None) == (effect.variant_id is None):
        raise PolicyStoreError(Text("An effect is given for one scenario or for one variant."))
    if not effect.low <= effect.mode <= effect.high:
        raise PolicyStoreError(
            Text(
                "An effect needs low <= most likely <= high; got {low}, {mode}, {high}.",
                low=f"{effect.low:g}",
                mode=f"{effect.mode:g}",
                high=f"{effect.high:g}",
            ))
    outcome = find_outcome(db, effect.outcome)
    if outcome is None:
        known = ", ".join(o.name for o in list_outcomes(db))
        raise PolicyStoreError(Text(
            "No outcome {outcome}; the project has {known}.",
            outcome=f"{effect.outcome!r}",
            known=known,
        ))
    return replace(effect, outcome=outcome.name)


def set_effect(db: sqlite_utils.Database, effect: OptionEffect) -> OptionEffect | None:
    """Store one effect in place of the one for the same option, outcome and scenario or
    variant; returns the replaced one (None when there was none)."""
    effect = _check_effect(db, effect)
    before = _same_cell(db, effect)
    with db.atomic():
        _delete_cell(db, effect)
        db["policy_option_effects"].insert(_effect_row(effect))
    return before


def delete_effect(db: sqlite_utils.Database, effect: OptionEffect) -> None:
    with db.atomic():
        _delete_cell(db, effect)


def _same_cell(db, e: OptionEffect) -> OptionEffect | None:
    row = db.execute(
        f"SELECT {', '.join(_EFFECT_COLUMNS)} FROM policy_option_effects WHERE option_id = ? "
        "AND outcome = ? AND scenario_id IS ? AND variant_id IS ?",
        [e.option_id, e.outcome, e.scenario_id, e.variant_id],
    ).fetchone()
    return OptionEffect(*row) if row else None


def _delete_cell(db, e: OptionEffect) -> None:
    db.execute(
        "DELETE FROM policy_option_effects WHERE option_id = ? AND outcome = ? "
        "AND scenario_id IS ? AND variant_id IS ?",
        [e.option_id, e.outcome, e.scenario_id, e.variant_id],
    )


def replace_study_effects(
    db: sqlite_utils.Database, study: Study, option_ids: Iterable[int],
    effects: Iterable[OptionEffect],
) -> None:
    """Put ``effects`` in place of the study's effects of the given options (all or nothing)."""
    option_ids = list(option_ids)
    effects = [_check_effect(db, e) for e in effects]
    with db.atomic():
        for old in list_effects(db, study, option_ids):
            _delete_cell(db, old)
        for e in effects:
            _delete_cell(db, e)
        db["policy_option_effects"].insert_all(_effect_row(e) for e in effects)


# -- undo ------------------------------------------------------------------------------------

_STATE_TABLES = ("policy_options", "policy_option_targets", "policy_option_effects")


def register_state(db: sqlite_utils.Database) -> dict[str, list[dict]]:
    """Every row of the register, its targets and effects: an exact snapshot for undo."""
    return {table: list(db[table].rows) for table in _STATE_TABLES}


def restore_register_state(db: sqlite_utils.Database, state: dict[str, list[dict]]) -> None:
    """Put the register back as :func:`register_state` saw it (rows, ids and all)."""
    with db.atomic():
        for table in reversed(_STATE_TABLES):
            db.execute(f"DELETE FROM {table}")
        for table in _STATE_TABLES:
            db[table].insert_all(state[table])
