"""Observations: region x industry x measure x year -> value, flag and the cell it came from.

Reads come in three shapes: a page of display rows for tables, a time series for charts and a
dense numpy cube for the analysis. Values are written by
:mod:`desktop_app.store.observation_writer`; the history trigger keeps every overwritten value.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the window opens without them
    import numpy as np
    import sqlite_utils

from desktop_app.store.classifications import Classification, list_all

# Written through the one writer of observations; importable from here as before.
from desktop_app.store.observation_writer import NewObservation as NewObservation
from desktop_app.store.observation_writer import stored_values as stored_values
from desktop_app.store.observation_writer import write_observations as write_observations

# Why a cube cell has no number.
PRESENT, NO_ROW, NO_VALUE = 0, 1, 2


@dataclass(frozen=True)
class ObservationFilter:
    """Which observations a view shows; ``None`` means no restriction on that axis."""

    measure_ids: tuple[int, ...] | None = None
    region_ids: tuple[int, ...] | None = None
    industry_ids: tuple[int, ...] | None = None
    years: tuple[int, ...] | None = None

    def where(self) -> tuple[str, list[object]]:
        """SQL condition (on alias ``o``) and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        for column, values in (("measure_id", self.measure_ids), ("region_id", self.region_ids),
                               ("industry_id", self.industry_ids), ("year", self.years)):
            if values is not None:
                clauses.append(f"o.{column} IN ({','.join('?' * len(values))})" if values
                               else "0")
                params.extend(values)
        return (" AND ".join(clauses) or "1"), params


@dataclass(frozen=True)
class ObservationRow:
    """One observation as a table shows it, with its provenance."""

    id: int
    region: str
    industry: str
    measure: str
    year: int
    value: float | None
    flag: str | None
    unit: str
    source: str
    sheet: str | None
    cell: str | None


@dataclass
class ObservationCube:
    """A dense region x industry x year array of one measure.

    ``values`` holds NaN where nothing is known; ``missing`` says why for each cell
    (``PRESENT``, ``NO_ROW`` nothing stored, ``NO_VALUE`` stored with a flag but no number,
    e.g. suppressed).
    """

    regions: list[Classification]
    industries: list[Classification]
    years: np.ndarray
    values: np.ndarray
    missing: np.ndarray = field(repr=False)


_DISPLAY_SELECT = """
SELECT o.id, r.code || ' ' || r.name, i.code || ' ' || i.name, m.code, o.year, o.value, o.flag,
       m.unit, COALESCE(NULLIF(b.file_name, ''), b.label), o.sheet, o.cell
FROM observations o
JOIN regions r ON r.id = o.region_id
JOIN industries i ON i.id = o.industry_id
JOIN measures m ON m.id = o.measure_id
JOIN import_batches b ON b.id = o.batch_id
"""


def matching_ids(db: sqlite_utils.Database, flt: ObservationFilter) -> array:
    """Ids of the observations the filter selects, ascending: the index of a lazy table.

    An ``array('q')`` holds them in 8 bytes each.
    """
    where, params = flt.where()
    cursor = db.execute(f"SELECT o.id FROM observations o WHERE {where} ORDER BY o.id", params)
    return array("q", (row[0] for row in cursor))


def rows_for_ids(db: sqlite_utils.Database, ids: Sequence[int]) -> list[ObservationRow]:
    """Display rows for these observations (at most a few hundred), in id order.

    Looking rows up by id keeps a page fetch independent of the filter and of the table's size.
    """
    marks = ",".join("?" * len(ids))
    cursor = db.execute(f"{_DISPLAY_SELECT} WHERE o.id IN ({marks}) ORDER BY o.id",
                        [int(i) for i in ids])
    return [ObservationRow(*row) for row in cursor]


def get_row(db: sqlite_utils.Database, observation_id: int) -> ObservationRow | None:
    row = db.execute(f"{_DISPLAY_SELECT} WHERE o.id = ?", [observation_id]).fetchone()
    return ObservationRow(*row) if row else None


@dataclass(frozen=True)
class StoredState:
    """Everything an edit changes on one observation, so it can be put back exactly."""

    value: float | None
    flag: str | None
    batch_id: int
    sheet: str | None
    cell: str | None


def stored_state(db: sqlite_utils.Database, observation_id: int) -> StoredState:
    row = db.execute(
        "SELECT value, flag, batch_id, sheet, cell FROM observations WHERE id = ?",
        [observation_id],
    ).fetchone()
    if row is None:
        raise KeyError(f"Observation {observation_id} no longer exists.")
    return StoredState(*row)


def put_state(db: sqlite_utils.Database, observation_id: int, state: StoredState) -> None:
    """Set one observation's value and provenance (the trigger keeps the previous ones)."""
    db.execute(
        "UPDATE observations SET value = ?, flag = ?, batch_id = ?, sheet = ?, cell = ? "
        "WHERE id = ?",
        [state.value, state.flag, state.batch_id, state.sheet, state.cell, observation_id],
    )


def history(db: sqlite_utils.Database, observation_id: int) -> list[tuple]:
    """Earlier values of one observation, newest first: (old value, old flag, source, changed_at)."""
    return db.execute(
        """
        SELECT h.old_value, h.old_flag, COALESCE(NULLIF(b.file_name, ''), b.label), h.changed_at
        FROM observation_history h JOIN import_batches b ON b.id = h.old_batch_id
        WHERE h.observation_id = ? ORDER BY h.id DESC
        """,
        [observation_id],
    ).fetchall()


def series(
    db: sqlite_utils.Database, measure_id: int, region_id: int, industry_id: int
) -> tuple[np.ndarray, np.ndarray]:
    """Years and values (NaN where no number) of one region x industry, in year order."""
    import numpy as np

    rows = db.execute(
        "SELECT year, value FROM observations WHERE measure_id = ? AND region_id = ? "
        "AND industry_id = ? ORDER BY year",
        [measure_id, region_id, industry_id],
    ).fetchall()
    years = np.array([r[0] for r in rows], dtype=np.int64)
    values = np.array([np.nan if r[1] is None else r[1] for r in rows], dtype=float)
    return years, values


def years(db: sqlite_utils.Database) -> list[int]:
    """The distinct years with observations in the project."""
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM observations ORDER BY year")]


def cube(
    db: sqlite_utils.Database,
    measure_id: int,
    region_ids: Sequence[int] | None = None,
    industry_ids: Sequence[int] | None = None,
) -> ObservationCube:
    """One measure as a dense region x industry x year array, with why each gap is a gap.

    Regions and industries default to those with observations of this measure, in code order.
    """
    import numpy as np

    regions = _with_data(db, "region", measure_id, region_ids)
    industries = _with_data(db, "industry", measure_id, industry_ids)
    rows = db.execute(
        "SELECT region_id, industry_id, year, value FROM observations WHERE measure_id = ?",
        [measure_id],
    ).fetchall()
    year_axis = np.unique(np.fromiter((row[2] for row in rows), np.int64, len(rows)))
    shape = (len(regions), len(industries), len(year_axis))
    values = np.full(shape, np.nan)
    missing = np.full(shape, NO_ROW, dtype=np.int8)
    r_index = {c.id: k for k, c in enumerate(regions)}
    i_index = {c.id: k for k, c in enumerate(industries)}
    y_index = {int(y): k for k, y in enumerate(year_axis)}
    if rows:
        data = np.array(
            [(r_index.get(r, -1), i_index.get(i, -1), y_index[y],
              np.nan if v is None else v) for r, i, y, v in rows],
            dtype=float,
        )
        keep = (data[:, 0] >= 0) & (data[:, 1] >= 0)
        data = data[keep]
        ri, ii, yi = (data[:, k].astype(np.int64) for k in range(3))
        values[ri, ii, yi] = data[:, 3]
        missing[ri, ii, yi] = np.where(np.isnan(data[:, 3]), NO_VALUE, PRESENT)
    return ObservationCube(regions, industries, year_axis, values, missing)


def _with_data(db, kind, measure_id, wanted):
    column = "region_id" if kind == "region" else "industry_id"
    present = {
        r[0] for r in db.execute(
            f"SELECT DISTINCT {column} FROM observations WHERE measure_id = ?", [measure_id]
        )
    }
    chosen = present if wanted is None else set(wanted)
    return [c for c in list_all(db, kind) if c.id in chosen]


@dataclass(frozen=True)
class ProjectCounts:
    regions: int
    industries: int
    measures: int
    years: int
    observations: int
    import_batches: int


def counts(db: sqlite_utils.Database) -> ProjectCounts:
    """How much a project holds, for ``anticipa info`` and the status bar."""
    def one(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    return ProjectCounts(
        regions=one("SELECT count(*) FROM regions"),
        industries=one("SELECT count(*) FROM industries"),
        measures=one("SELECT count(*) FROM measures"),
        years=one("SELECT count(DISTINCT year) FROM observations"),
        observations=one("SELECT count(*) FROM observations"),
        import_batches=one("SELECT count(*) FROM import_batches"),
    )


def series_of(db: sqlite_utils.Database, observation_id: int) -> tuple[int, int, int] | None:
    """(measure_id, region_id, industry_id): the series one observation belongs to."""
    row = db.execute(
        "SELECT measure_id, region_id, industry_id FROM observations WHERE id = ?",
        [observation_id],
    ).fetchone()
    return tuple(row) if row else None


def latest_value(
    db: sqlite_utils.Database, measure_id: int, region_id: int, industry_id: int
) -> float | None:
    """The value of the latest year that has a number, of one region x industry."""
    row = db.execute(
        "SELECT value FROM observations WHERE measure_id = ? AND region_id = ? AND industry_id = ? "
        "AND value IS NOT NULL ORDER BY year DESC LIMIT 1",
        [measure_id, region_id, industry_id],
    ).fetchone()
    return row[0] if row else None


def regions_with_values(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(code, name) of the regions with at least one number, in code order."""
    return db.execute(
        "SELECT r.code, r.name FROM regions r WHERE EXISTS (SELECT 1 FROM observations o "
        "WHERE o.region_id = r.id AND o.value IS NOT NULL) ORDER BY r.code"
    ).fetchall()


def measures_of_region(db: sqlite_utils.Database, region_id: int) -> list[tuple[str, str]]:
    """(code, name) of the measures with observations in one region, in code order."""
    return db.execute(
        "SELECT m.code, m.name FROM measures m WHERE EXISTS (SELECT 1 FROM observations o "
        "WHERE o.measure_id = m.id AND o.region_id = ?) ORDER BY m.code",
        [region_id],
    ).fetchall()


def fullest_measure(db: sqlite_utils.Database, region_id: int) -> int | None:
    """Id of the measure with the most numbers in one region (the lowest id on a tie)."""
    row = db.execute(
        "SELECT measure_id, count(*) FROM observations WHERE region_id = ? AND value IS NOT NULL "
        "GROUP BY measure_id ORDER BY count(*) DESC, measure_id LIMIT 1",
        [region_id],
    ).fetchone()
    return row[0] if row else None
