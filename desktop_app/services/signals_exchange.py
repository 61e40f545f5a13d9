"""Signposts, radar signals and experiments as named rows: out to a workbook, in from a workbook
or another office's project.

Rows name everything (study, descriptor, variant; region, industry and measure codes), so they
mean the same in any project that has those names. :func:`store_records` stores rows by name
(replacing an entry of the same name) and returns each refused row as a problem naming its file,
sheet and cell; the caller's transaction decides whether anything stays.
"""

from __future__ import annotations

import sqlite_utils

from desktop_app.errors import UserError
from desktop_app.io.signals_sheets import LINK_SEPARATOR, SHEETS, SignalRecord, SignalTables
from desktop_app.io.workbook import Problem
from desktop_app.services.signals import reevaluate, resolve_variant
from desktop_app.store import classifications, measures
from desktop_app.store import scenarios as studies
from desktop_app.store import signals as store

__all__ = ["KINDS", "signal_records", "signal_rows", "store_records"]

#: Sheet title -> what its entries are called in counts and conflicts.
KINDS = {"Signposts": "signposts", "Radar": "radar signals", "Experiments": "experiments"}
_STUDY_MARK = " › "
#: Fields of the stored entries whose sheet column is named differently.
_COLUMN_OF_FIELD = {
    "kind": "indicator", "judged_status": "judged status", "judged_on": "judged on",
    "trigger_action": "trigger action", "trigger_option": "trigger option",
    "noticed_on": "noticed", "start_date": "start", "decision_date": "decision date",
}


def _code(db, kind: str, entry_id: int | None) -> str | None:
    return None if entry_id is None else classifications.get(db, kind, entry_id).code


def _descriptor_names(db) -> dict[int, str]:
    """Descriptor id -> 'Study › Descriptor'."""
    out = {}
    for summary in studies.list_studies(db):
        study = studies.require_study(db, summary.id)
        out.update({d.id: f"{study.name}{_STUDY_MARK}{d.name}" for d in study.descriptors})
    return out


def signal_rows(db: sqlite_utils.Database) -> dict[str, list[list]]:
    """The project's signposts, radar and experiments as rows in :data:`SHEETS` column order."""
    measure_codes = {m.id: m.code for m in measures.list_measures(db)}
    signposts = [
        [p.name, p.study, p.descriptor, p.variant, p.kind, _code(db, "region", p.region_id),
         _code(db, "industry", p.industry_id), measure_codes.get(p.measure_id),
         _code(db, "region", p.reference_region_id), p.span if p.kind != "judgement" else None,
         p.direction, p.threshold, p.judgement or None, p.judged_status, p.judged_on,
         p.trigger_option or None, p.trigger_action]
        for p in store.list_signposts(db)
    ]
    names = _descriptor_names(db)
    radar = [
        [s.name, s.kind, s.category, s.horizon, s.impact, s.likelihood, s.source or None,
         s.noticed_on, LINK_SEPARATOR.join(names[d] for d in s.descriptor_ids) or None,
         s.description or None]
        for s in store.list_radar_signals(db)
    ]
    experiments = [
        [e.name, e.subject or None, e.hypothesis or None, e.signal or None, e.start_date,
         e.decision_date, e.budget, e.status, e.lesson or None]
        for e in store.list_experiments(db)
    ]
    return {"Signposts": signposts, "Radar": radar, "Experiments": experiments}


def signal_records(db: sqlite_utils.Database, source: str) -> SignalTables:
    """:func:`signal_rows` as records (of no sheet row), for comparing and merging."""
    tables = SignalTables()
    for title, rows in signal_rows(db).items():
        tables.sheets[title] = [
            SignalRecord(dict(zip(SHEETS[title], row, strict=True)), title, source, -1)
            for row in rows
        ]
    return tables


class _Refused(UserError):
    def __init__(self, column: str | None, message: str, elsewhere: bool = False) -> None:
        super().__init__(message)
        self.column = column
        #: Names what this project does not hold (a study, a descriptor): the row belongs to
        #: another project's studies and is left out, not an error in the row.
        self.elsewhere = elsewhere


def _text(record: SignalRecord, column: str, default: str = "") -> str:
    value = record.values.get(column)
    return default if value is None else str(value)


def _number(record: SignalRecord, column: str, whole: bool = False):
    value = record.values.get(column)
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        if whole and value is not None and value != int(value):
            raise _Refused(column, f"{column} {value!r} is not a whole number")
        return int(value) if whole and value is not None else value
    raise _Refused(column, f"{column} {value!r} is not a number")


def _place(db, kind: str, record: SignalRecord, column: str, required: bool) -> int | None:
    label = _text(record, column)
    if not label:
        if required:
            raise _Refused(column, f"a {column} is needed")
        return None
    found = classifications.resolve(db, kind, label)
    if found is None:
        raise _Refused(column, f"no {kind} {label!r} in the project")
    return found


def _signpost(db, record: SignalRecord) -> store.Signpost:
    study = studies.find_study(db, _text(record, "study"))
    if study is None:
        raise _Refused("study", f"no scenario study {_text(record, 'study')!r} in the project",
                       elsewhere=True)
    try:
        variant_id = resolve_variant(db, study, _text(record, "descriptor"),
                                     _text(record, "variant"))
    except UserError as error:
        raise _Refused("variant", str(error)) from None
    kind = _text(record, "indicator")
    numeric = kind != "judgement"
    measure_id = None
    if numeric and _text(record, "measure"):
        measure = measures.find_measure(db, _text(record, "measure"))
        if measure is None:
            raise _Refused("measure", f"no measure {_text(record, 'measure')!r} in the project")
        measure_id = measure.id
    return store.Signpost(
        _text(record, "signpost"), variant_id, kind,
        region_id=_place(db, "region", record, "region", numeric) if numeric else None,
        industry_id=_place(db, "industry", record, "industry", False) if numeric else None,
        measure_id=measure_id,
        reference_region_id=(_place(db, "region", record, "reference region", False)
                             if numeric else None),
        span=_number(record, "span", whole=True) or 1,
        direction=record.values.get("direction"),
        threshold=_number(record, "threshold"),
        judgement=_text(record, "judgement"),
        judged_status=record.values.get("judged status"),
        judged_on=record.values.get("judged on"),
        trigger_option=_text(record, "trigger option"),
        trigger_action=record.values.get("trigger action"),
    )


def _radar_signal(db, record: SignalRecord) -> store.RadarSignal:
    names = {name.casefold(): d for d, name in _descriptor_names(db).items()}
    linked = []
    for part in _text(record, "descriptors").split(LINK_SEPARATOR.strip()):
        part = " ".join(part.split())
        if not part:
            continue
        if part.casefold() not in names:
            known_study = any(n.startswith(part.split(_STUDY_MARK.strip())[0].strip().casefold())
                              for n in names)
            raise _Refused("descriptors", f"no descriptor {part!r} (write 'Study › Descriptor')",
                           elsewhere=not known_study)
        linked.append(names[part.casefold()])
    return store.RadarSignal(
        _text(record, "signal"), _text(record, "category").lower(),
        _text(record, "horizon").lower(), _number(record, "impact", whole=True),
        _number(record, "likelihood", whole=True), _text(record, "kind", "trend").lower(),
        _text(record, "source"), record.values.get("noticed"), _text(record, "description"),
        tuple(linked),
    )


def _experiment(db, record: SignalRecord) -> store.Experiment:
    for column in ("start", "decision date"):
        if not _text(record, column):
            raise _Refused(column, f"the {column} is needed")
    return store.Experiment(
        _text(record, "experiment"), _text(record, "start"), _text(record, "decision date"),
        _text(record, "option or project"), _text(record, "hypothesis"), _text(record, "signal"),
        _number(record, "budget"), _text(record, "status", "running").lower(),
        _text(record, "lesson"),
    )


_READERS = {
    "Signposts": (_signpost, store.save_signpost),
    "Radar": (_radar_signal, store.save_radar_signal),
    "Experiments": (_experiment, store.save_experiment),
}


def store_record(db: sqlite_utils.Database, record: SignalRecord) -> None:
    """Store one row by its name; raises :class:`UserError` saying why it is refused."""
    read, save = _READERS[record.title]
    save(db, read(db, record))


def _column(title: str, error: UserError) -> str:
    """The sheet column a store refusal is about (the name column when none is)."""
    field = getattr(error, "field", None)
    if field is None:
        return SHEETS[title][0]
    column = _COLUMN_OF_FIELD.get(field, field)
    if title == "Radar" and field == "kind":
        column = "kind"
    return column if column in SHEETS[title] else SHEETS[title][0]


def store_records(
    db: sqlite_utils.Database, tables: SignalTables, file: str
) -> tuple[dict[str, int], list[Problem]]:
    """Store every row; return how many were stored per kind and the rows not stored (file,
    sheet, cell, reason): severity 'error' for a row that is wrong, 'warning' for one on a
    study this project does not hold. Signposts are read from the data at once, without
    recording a change."""
    stored = dict.fromkeys(KINDS.values(), 0)
    problems = []
    for title, records in tables.sheets.items():
        for record in records:
            try:
                store_record(db, record)
            except UserError as error:
                column = getattr(error, "column", None) or _column(title, error)
                severity = "warning" if getattr(error, "elsewhere", False) else "error"
                problems.append(Problem(file, record.sheet, record.cell(column), str(error),
                                        severity))
            else:
                stored[KINDS[title]] += 1
    if stored["signposts"]:
        reevaluate(db, "edit", record=False)
    return stored, problems
