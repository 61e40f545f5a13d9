"""Signposts, their changes, the radar of trends and weak signals, and experiments in the file.

Names are unique per project (case-insensitive): :func:`save_signpost`, :func:`save_radar_signal`
and :func:`save_experiment` replace the entry of the same name, so that a workbook read back or a
merge updates instead of doubling. Every write runs in one ``db.atomic()`` block.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from desktop_app.core.signposts import STATUSES
from desktop_app.errors import UserError
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

SIGNPOST_KINDS = ("level", "growth", "share", "lq", "judgement")
TRIGGER_ACTIONS = ("start", "adjust", "stop")
STEEP = ("social", "technological", "economic", "environmental", "political")
HORIZONS = ("short", "medium", "long")
SIGNAL_KINDS = ("trend", "weak signal")
EXPERIMENT_STATUSES = ("running", "scaled up", "adjusted", "stopped")
#: Statuses of an experiment still waiting for its decision.
OPEN_STATUSES = ("running", "adjusted")


class SignalsStoreError(UserError):
    """A signpost, radar or experiment edit the store refuses; ``field`` names the refused
    field (of the dataclass) when one is to blame."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Signpost:
    """A signpost as stored (ids), with the names it is shown with (read-only, filled on read)."""

    name: str
    variant_id: int
    kind: str
    region_id: int | None = None
    industry_id: int | None = None
    measure_id: int | None = None
    reference_region_id: int | None = None
    span: int = 1
    direction: str | None = None
    threshold: float | None = None
    judgement: str = ""
    judged_status: str | None = None
    judged_on: str | None = None
    trigger_option: str = ""
    trigger_action: str | None = None
    last_status: str = "unknown"
    last_year: int | None = None
    last_value: float | None = None
    id: int | None = None
    # names, from the joined tables
    study_id: int | None = None
    study: str = ""
    descriptor: str = ""
    variant: str = ""
    region: str = ""
    industry: str = ""
    measure: str = ""
    unit: str = ""
    reference_region: str = ""

    @property
    def variant_label(self) -> str:
        return f"{self.descriptor}: {self.variant}"


_STORED = tuple(f.name for f in fields(Signpost))[: [f.name for f in fields(Signpost)].index("id")]


@dataclass(frozen=True)
class SignpostChange:
    signpost: str
    cause: str
    batch_id: int | None
    changed_at: str
    old_status: str
    new_status: str
    year: int | None
    value: float | None
    #: The sentence recorded when the status changed (in English).
    text: str
    signpost_id: int | None = None


@dataclass(frozen=True)
class RadarSignal:
    name: str
    category: str
    horizon: str
    impact: int
    likelihood: int
    kind: str = "trend"
    source: str = ""
    noticed_on: str | None = None
    description: str = ""
    descriptor_ids: tuple[int, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class Experiment:
    name: str
    start_date: str
    decision_date: str
    subject: str = ""
    hypothesis: str = ""
    signal: str = ""
    budget: float | None = None
    status: str = "running"
    lesson: str = ""
    id: int | None = None


def _check_date(value: str | None, what: Text, field: str) -> None:
    """Dates are stored as ISO text (2026-03-31), so that they sort and compare as dates;
    ``what`` names the date ("Signpost 'X', date of the judgement") in the message."""
    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise SignalsStoreError(Text(
            "{what}: {value} is not a date (write it as 2026-03-31).",
            what=what,
            value=f"{value!r}",
        ),
                                field) from None


# -- signposts ----------------------------------------------------------------------------------

_SIGNPOST_SELECT = f"""
SELECT {', '.join('p.' + n for n in _STORED)}, p.id, s.id, s.name, d.name, v.name,
       COALESCE(r.name, ''), COALESCE(i.name, ''), COALESCE(m.code, ''), COALESCE(m.unit, ''),
       COALESCE(rr.name, '')
FROM signposts p
JOIN variants v ON v.id = p.variant_id
JOIN descriptors d ON d.id = v.descriptor_id
JOIN scenario_studies s ON s.id = d.study_id
LEFT JOIN regions r ON r.id = p.region_id
LEFT JOIN industries i ON i.id = p.industry_id
LEFT JOIN measures m ON m.id = p.measure_id
LEFT JOIN regions rr ON rr.id = p.reference_region_id
"""


def list_signposts(db: sqlite_utils.Database, study_id: int | None = None) -> list[Signpost]:
    """Signposts in study, descriptor and variant order, then by name."""
    where, params = ("WHERE s.id = ?", [study_id]) if study_id is not None else ("", [])
    rows = db.execute(
        f"{_SIGNPOST_SELECT} {where} ORDER BY s.name COLLATE NOCASE, d.position, v.position, "
        "p.name COLLATE NOCASE",
        params,
    ).fetchall()
    return [Signpost(*row) for row in rows]


def _check_signpost(p: Signpost) -> None:
    if not p.name.strip():
        raise SignalsStoreError(Text("A signpost needs a name."))
    if p.kind not in SIGNPOST_KINDS:
        raise SignalsStoreError(
            Text(
                "Signpost {name}: unknown indicator {kind}; use one of {names}.",
                name=f"{p.name!r}",
                kind=f"{p.kind!r}",
                names=', '.join(SIGNPOST_KINDS),
            ), "kind"
        )
    if p.kind == "judgement":
        if p.judged_status not in STATUSES or not p.judged_on:
            raise SignalsStoreError(
                Text(
                    "Signpost {name}: a judgement needs a status (reached, not reached or unknown) "
                    "and the date it was made.",
                    name=f"{p.name!r}",
                ), "judged_status" if p.judged_on else "judged_on"
            )
    else:
        missing = [label for label, value in (("a region", p.region_id), ("a measure", p.measure_id),
                                              ("a direction", p.direction),
                                              ("a threshold", p.threshold)) if value is None]
        if missing:
            raise SignalsStoreError(Text(
                "Signpost {name} needs {names}.",
                name=f"{p.name!r}",
                names=', '.join(missing),
            ),
                                    missing[0].split()[-1])
        if p.direction not in ("above", "below"):
            raise SignalsStoreError(
                Text(
                    "Signpost {name}: the direction is 'above' or 'below', not {direction}.",
                    name=f"{p.name!r}",
                    direction=f"{p.direction!r}",
                ),
                "direction")
    _check_date(
        p.judged_on,
        Text("Signpost {name}, date of the judgement", name=f"{p.name!r}"),
        "judged_on",
    )
    if p.trigger_action is not None and p.trigger_action not in TRIGGER_ACTIONS:
        raise SignalsStoreError(
            Text(
                "Signpost {name}: a trigger starts, adjusts or stops an option, not "
                "{trigger_action}.",
                name=f"{p.name!r}",
                trigger_action=f"{p.trigger_action!r}",
            ), "trigger_action"
        )
    if p.trigger_action and not p.trigger_option.strip():
        raise SignalsStoreError(Text(
            "Signpost {name}: the trigger needs the option it acts on.",
            name=f"{p.name!r}",
        ),
                                "trigger_option")


def save_signpost(db: sqlite_utils.Database, signpost: Signpost) -> int:
    """Store a signpost, replacing the one of the same name (its reading and changes stay)."""
    _check_signpost(signpost)
    record = {n: getattr(signpost, n) for n in _STORED}
    with db.atomic():
        found = db.execute(
            "SELECT id, last_status, last_year, last_value FROM signposts WHERE name = ?",
            [signpost.name.strip()],
        ).fetchone()
        record["name"] = signpost.name.strip()
        if found:
            record.update(zip(("last_status", "last_year", "last_value"), found[1:], strict=True))
            db["signposts"].update(found[0], record)
            return found[0]
        return db["signposts"].insert(record).last_pk


def delete_signpost(db: sqlite_utils.Database, signpost_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM signposts WHERE id = ?", [signpost_id])


def set_reading(
    db: sqlite_utils.Database, signpost_id: int, status: str, year: int | None,
    value: float | None,
) -> None:
    """Keep the status a signpost was last read with (what the next reading compares with)."""
    db.execute(
        "UPDATE signposts SET last_status = ?, last_year = ?, last_value = ? WHERE id = ?",
        [status, year, value, signpost_id],
    )


def add_change(
    db: sqlite_utils.Database, signpost_id: int, cause: str, batch_id: int | None,
    old_status: str, new_status: str, year: int | None, value: float | None, text: str,
) -> None:
    db["signpost_changes"].insert({
        "signpost_id": signpost_id, "cause": cause, "batch_id": batch_id,
        "old_status": old_status, "new_status": new_status, "year": year, "value": value,
        "text": text,
    })


_CHANGE_SELECT = (
    "SELECT p.name, c.cause, c.batch_id, c.changed_at, c.old_status, c.new_status, c.year, "
    "c.value, c.text, p.id FROM signpost_changes c JOIN signposts p ON p.id = c.signpost_id"
)


def list_changes(db: sqlite_utils.Database, limit: int = 50) -> list[SignpostChange]:
    """The latest changes of signpost status, newest first."""
    rows = db.execute(f"{_CHANGE_SELECT} ORDER BY c.id DESC LIMIT ?", [limit]).fetchall()
    return [SignpostChange(*row) for row in rows]


def changes_of_batch(db: sqlite_utils.Database, batch_id: int, cause: str) -> list[SignpostChange]:
    """What the import (or the undo) of a batch changed, in the order recorded."""
    rows = db.execute(
        f"{_CHANGE_SELECT} WHERE c.batch_id = ? AND c.cause = ? ORDER BY c.id", [batch_id, cause]
    ).fetchall()
    return [SignpostChange(*row) for row in rows]


# -- radar ----------------------------------------------------------------------------------------

_RADAR_COLUMNS = ("name", "category", "horizon", "impact", "likelihood", "kind", "source",
                  "noticed_on", "description")


def list_radar_signals(db: sqlite_utils.Database) -> list[RadarSignal]:
    links: dict[int, list[int]] = {}
    for signal_id, descriptor_id in db.execute(
        "SELECT l.signal_id, l.descriptor_id FROM radar_descriptors l "
        "JOIN descriptors d ON d.id = l.descriptor_id ORDER BY d.study_id, d.position"
    ):
        links.setdefault(signal_id, []).append(descriptor_id)
    rows = db.execute(
        f"SELECT {', '.join(_RADAR_COLUMNS)}, id FROM radar_signals "
        "ORDER BY category, horizon, name COLLATE NOCASE"
    ).fetchall()
    return [RadarSignal(*row[:-1], descriptor_ids=tuple(links.get(row[-1], ())), id=row[-1])
            for row in rows]


def save_radar_signal(db: sqlite_utils.Database, signal: RadarSignal) -> int:
    """Store a trend or weak signal, replacing the one of the same name, with its descriptors."""
    for value, allowed, what in ((signal.category, STEEP, "category"),
                                 (signal.horizon, HORIZONS, "horizon"),
                                 (signal.kind, SIGNAL_KINDS, "kind")):
        if value not in allowed:
            raise SignalsStoreError(
                Text(
                    "Radar signal {name}: unknown {what} {value}; use one of {names}.",
                    name=f"{signal.name!r}",
                    what=what,
                    value=f"{value!r}",
                    names=', '.join(allowed),
                ), what
            )
    for value, what in ((signal.impact, "impact"), (signal.likelihood, "likelihood")):
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise SignalsStoreError(
                Text(
                    "Radar signal {name}: {what} is a whole number from 1 to 5, not {value}.",
                    name=f"{signal.name!r}",
                    what=what,
                    value=f"{value!r}",
                ),
                what)
    if not signal.name.strip():
        raise SignalsStoreError(Text("A radar signal needs a name."))
    _check_date(
        signal.noticed_on,
        Text("Radar signal {name}, date noticed", name=f"{signal.name!r}"),
        "noticed_on",
    )
    record = {n: getattr(signal, n) for n in _RADAR_COLUMNS}
    record["name"] = signal.name.strip()
    with db.atomic():
        found = db.execute("SELECT id FROM radar_signals WHERE name = ?", [record["name"]]).fetchone()
        if found:
            signal_id = found[0]
            db["radar_signals"].update(signal_id, record)
            db.execute("DELETE FROM radar_descriptors WHERE signal_id = ?", [signal_id])
        else:
            signal_id = db["radar_signals"].insert(record).last_pk
        db["radar_descriptors"].insert_all(
            {"signal_id": signal_id, "descriptor_id": d} for d in dict.fromkeys(signal.descriptor_ids)
        )
    return signal_id


def delete_radar_signal(db: sqlite_utils.Database, signal_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM radar_signals WHERE id = ?", [signal_id])


# -- experiments ----------------------------------------------------------------------------------

_EXPERIMENT_COLUMNS = ("name", "start_date", "decision_date", "subject", "hypothesis", "signal",
                       "budget", "status", "lesson")


def list_experiments(db: sqlite_utils.Database) -> list[Experiment]:
    """Experiments, the earliest decision date first."""
    rows = db.execute(
        f"SELECT {', '.join(_EXPERIMENT_COLUMNS)}, id FROM experiments "
        "ORDER BY decision_date, name COLLATE NOCASE"
    ).fetchall()
    return [Experiment(*row) for row in rows]


def save_experiment(db: sqlite_utils.Database, experiment: Experiment) -> int:
    """Store an experiment, replacing the one of the same name."""
    e = replace(experiment, name=experiment.name.strip())
    if not e.name:
        raise SignalsStoreError(Text("An experiment needs a name."))
    if e.status not in EXPERIMENT_STATUSES:
        raise SignalsStoreError(
            Text(
                "Experiment {name}: unknown status {status}; use one of {names}.",
                name=f"{e.name!r}",
                status=f"{e.status!r}",
                names=', '.join(EXPERIMENT_STATUSES),
            ), "status"
        )
    _check_date(e.start_date, Text("Experiment {name}, start", name=f"{e.name!r}"), "start_date")
    _check_date(
        e.decision_date,
        Text("Experiment {name}, decision date", name=f"{e.name!r}"),
        "decision_date",
    )
    if e.decision_date < e.start_date:
        raise SignalsStoreError(
            Text(
                "Experiment {name}: the decision date {decision_date} is before its start "
                "{start_date}.",
                name=f"{e.name!r}",
                decision_date=e.decision_date,
                start_date=e.start_date,
            ), "decision_date"
        )
    if e.budget is not None and e.budget < 0:
        raise SignalsStoreError(Text(
            "Experiment {name}: the budget cannot be negative.",
            name=f"{e.name!r}",
        ), "budget")
    record = {n: getattr(e, n) for n in _EXPERIMENT_COLUMNS}
    with db.atomic():
        found = db.execute("SELECT id FROM experiments WHERE name = ?", [e.name]).fetchone()
        if found:
            db["experiments"].update(found[0], record)
            return found[0]
        return db["experiments"].insert(record).last_pk


def delete_experiment(db: sqlite_utils.Database, experiment_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM experiments WHERE id = ?", [experiment_id])


# -- what a signpost reads ------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorInputs:
    """The series a numeric signpost is read from, on one year axis (None: no value)."""

    years: list[int]
    values: list[float | None]
    region_total: list[float | None]
    reference: list[float | None]
    reference_total: list[float | None]


def _yearly_sum(db, measure_id: int, region_sql: str, region_params: list,
                industry_id: int | None) -> dict[int, float | None]:
    """Sum per year over the regions (and the industry, or all industries); a year lacking a
    value that another year has is no total (None), rather than a sum of fewer parts."""
    industry_sql, industry_params = ("AND industry_id = ?", [industry_id]) if industry_id else ("", [])
    where = (f"WHERE measure_id = ? AND region_id IN ({region_sql}) {industry_sql}")
    params = [measure_id, *region_params, *industry_params]
    parts = db.execute(
        f"SELECT COUNT(*) FROM (SELECT DISTINCT region_id, industry_id FROM observations {where} "
        "AND value IS NOT NULL)", params,
    ).fetchone()[0]
    rows = db.execute(
        f"SELECT year, SUM(value), COUNT(value) FROM observations {where} GROUP BY year", params,
    ).fetchall()
    return {year: (total if count and count == parts else None) for year, total, count in rows}


def indicator_inputs(db: sqlite_utils.Database, signpost: Signpost) -> IndicatorInputs:
    """The signpost's region and industry (all industries when it names none), the region's
    total, and the reference: the reference region when one is named, else the region and the
    regions of the same parent together (the Länder of Germany for one Land)."""
    own = _yearly_sum(db, signpost.measure_id, "?", [signpost.region_id], signpost.industry_id)
    total = _yearly_sum(db, signpost.measure_id, "?", [signpost.region_id], None)
    if signpost.reference_region_id is not None:
        ref_sql, ref_params = "?", [signpost.reference_region_id]
    else:
        ref_sql = ("SELECT id FROM regions WHERE parent_id IS "
                   "(SELECT parent_id FROM regions WHERE id = ?)")
        ref_params = [signpost.region_id]
    reference = _yearly_sum(db, signpost.measure_id, ref_sql, ref_params, signpost.industry_id)
    reference_total = _yearly_sum(db, signpost.measure_id, ref_sql, ref_params, None)
    years = sorted(set(own) | set(total))
    return IndicatorInputs(
        years,
        [own.get(y) for y in years],
        [total.get(y) for y in years],
        [reference.get(y) for y in years],
        [reference_total.get(y) for y in years],
    )
