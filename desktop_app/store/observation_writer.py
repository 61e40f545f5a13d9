"""The one way observations are written: compare with what is stored, write a batch, undo it.

Every writer of values (the import, the exchange workbook, the merge of an office's project,
the demo, the tests) goes through here, so that a value is counted new, changed or unchanged
the same way everywhere, the upsert and its history are the same, and the foreign keys of a
batch are checked once, before anything of it is written.

- :class:`StoredValues` answers "is this value new, changed or unchanged?" from what the
  project holds, one measure loaded at a time;
- :class:`BatchWriter` gathers one batch's values in a temporary table and moves them into
  ``observations`` with one set-wise upsert (a value already there is replaced; the history
  trigger keeps the old one with its batch). Whether a changed value is replaced or kept is
  the caller's decision: it simply does not add the ones it keeps;
- :func:`undo_batch` takes a batch back out, the values it replaced coming back.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.errors import UserError
from desktop_app.store.sql import missing_ids
from desktop_app.texts import Text

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

# How a value compares with the project's.
NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
_NEW = (NEW, None)


@dataclass(frozen=True)
class NewObservation:
    """One value to write; ``sheet``/``cell`` say where it was read."""

    region_id: int
    industry_id: int
    measure_id: int
    year: int
    value: float | None
    flag: str | None = None
    sheet: str | None = None
    cell: str | None = None


def stored_values(db: sqlite_utils.Database, measure_id: int) -> dict[tuple, tuple]:
    """(region_id, industry_id, year) -> (value, flag) of every observation of one measure."""
    rows = db.execute(
        "SELECT region_id, industry_id, year, value, flag FROM observations WHERE measure_id = ?",
        [measure_id],
    )
    return {(r, i, y): (v, f) for r, i, y, v, f in rows}


class StoredValues:
    """What the project holds, to count a value new, changed or unchanged.

    Each measure's values are read once, when a value of that measure is first compared.
    An id that is ``None`` (a label the project does not know yet) makes the value new.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._by_measure: dict[int, dict[tuple, tuple]] = {}

    def of_measure(self, measure_id: int | None) -> dict[tuple, tuple]:
        """(region_id, industry_id, year) -> (value, flag) of one measure (empty for ``None``)."""
        if measure_id is None:
            return {}
        if measure_id not in self._by_measure:
            self._by_measure[measure_id] = stored_values(self._db, measure_id)
        return self._by_measure[measure_id]

    def compare(
        self,
        measure_id: int | None,
        region_id: int | None,
        industry_id: int | None,
        year: int,
        value: float | None,
        flag: str | None,
    ) -> tuple[str, tuple | None]:
        """(:data:`NEW` | :data:`CHANGED` | :data:`UNCHANGED`, the stored (value, flag) or None).

        Called once per value of an import or merge, so it does no more than it must.
        """
        stored = self._by_measure.get(measure_id)
        if stored is None:
            stored = self.of_measure(measure_id)
        old = stored.get((region_id, industry_id, year))
        if old is None:
            return _NEW
        return (UNCHANGED if old == (value, flag) else CHANGED), old

    def compare_observation(self, obs: NewObservation) -> tuple[str, tuple | None]:
        return self.compare(obs.measure_id, obs.region_id, obs.industry_id, obs.year,
                            obs.value, obs.flag)


#: Columns of a writer's temporary table. ``sheet`` NULL takes the batch's sheet.
COLUMNS = ("region_id", "industry_id", "measure_id", "year", "value", "flag", "cell", "sheet")
#: The columns :meth:`BatchWriter.add_columns` takes, in this order, a row after the other.
FLAT_COLUMNS = COLUMNS[:7]
#: Rows added by one statement (its parameters stay below SQLite's limit).
_ROWS_PER_INSERT = 1000
_REFERENCES = (("regions", 0), ("industries", 1), ("measures", 2))
_names = itertools.count(1)


class BatchWriter:
    """Writes one batch's observations, all at once, when :meth:`finish` is called.

    Use it as a context manager: an error before :meth:`finish` drops what was gathered.

    Values are gathered in a temporary table of the connection, inside the caller's
    transaction (a cancel or an error leaves nothing), then moved into ``observations`` in
    one statement, in the order they were added (new rows get ids in that order, the order
    tables show them in). ``in_key_order`` sorts them by the unique key instead, so that the
    indexes fill in order: about twice as fast as a statement per row for a large import,
    whose rows are then numbered by measure, region, industry and year. Before that, every region, industry
    and measure id written (and any other id the caller names with :meth:`references`) is
    checked once to name a row; the upsert itself may then run with row-by-row foreign-key
    checks off (:func:`desktop_app.store.sql.references_checked_by_caller`).
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        batch_id: int,
        sheet: str | None = None,
        in_key_order: bool = False,
    ):
        self._db = db
        self.batch_id = batch_id
        self.sheet = sheet
        self._order = "measure_id, region_id, industry_id, year" if in_key_order else "rowid"
        self._table = f"observation_staging_{next(_names)}"
        self._ids: tuple[set, set, set] = (set(), set(), set())
        self._other: dict[str, set] = {}
        self._open = True
        db.execute(
            f"CREATE TEMP TABLE {self._table} (region_id INTEGER, industry_id INTEGER, "
            "measure_id INTEGER, year INTEGER, value REAL, flag TEXT, cell TEXT, sheet TEXT)"
        )
        width = len(FLAT_COLUMNS)
        limit = db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(COLUMNS)
        self._per = max(1, min(_ROWS_PER_INSERT, limit))
        self._full = self._insert(self._per, width)

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """On an error, drop what was gathered; otherwise :meth:`finish` must have run."""
        if exc_type is not None:
            self.discard()
        elif self._open:
            self.discard()
            raise RuntimeError("BatchWriter left without finish(): nothing was written")

    def _insert(self, n_rows: int, width: int) -> str:
        row = "(" + ", ".join("?" * width) + ")"
        return (f"INSERT INTO {self._table} ({', '.join(COLUMNS[:width])}) VALUES "
                + ", ".join([row] * n_rows))

    def add(self, observations: Iterable[NewObservation]) -> None:
        """Add values to the batch (their own sheet, else the batch's)."""
        rows = [(o.region_id, o.industry_id, o.measure_id, o.year, o.value, o.flag, o.cell,
                 o.sheet) for o in observations]
        for k, ids in enumerate(self._ids):
            ids.update(row[k] for row in rows)
        width = len(COLUMNS)
        full = self._insert(self._per, width)
        for start in range(0, len(rows), self._per):
            part = rows[start : start + self._per]
            sql = full if len(part) == self._per else self._insert(len(part), width)
            self._db.conn.execute(sql, list(itertools.chain.from_iterable(part)))

    def add_columns(self, values: list, id_of: tuple[dict, dict, dict] | None = None) -> None:
        """Add rows given as one flat list of :data:`FLAT_COLUMNS` values (the batch's sheet).

        The fast path of a large import: no object per value, a thousand rows a statement.
        With ``id_of`` (label -> id of regions, industries and measures), the first three
        columns hold labels, replaced here by their ids; the ids checked are then those of the
        mappings, not gathered value by value.
        """
        width = len(FLAT_COLUMNS)
        for k, ids in enumerate(self._ids):
            if id_of is None:
                ids.update(values[k::width])
            else:
                values[k::width] = map(id_of[k].__getitem__, values[k::width])
                ids.update(id_of[k].values())
        step = self._per * width
        end = len(values) - len(values) % step
        execute = self._db.conn.execute
        for start in range(0, end, step):
            execute(self._full, values[start : start + step])
        if end < len(values):
            execute(self._insert((len(values) - end) // width, width), values[end:])

    def references(self, table: str, ids: Iterable[int]) -> None:
        """Other ids the caller writes in the same transaction, checked with the batch's."""
        self._other.setdefault(table, set()).update(ids)

    def check_references(self) -> None:
        """Every id written names a row: the foreign keys, once per batch.

        Raises
        ------
        sqlite3.IntegrityError
            Naming the table and the first missing ids; nothing of the batch is written.
        """
        wanted = [(table, self._ids[k]) for table, k in _REFERENCES]
        wanted += [("import_batches", {self.batch_id}), *self._other.items()]
        for table, ids in wanted:
            missing = missing_ids(self._db, table, ids)
            if missing:
                raise sqlite3.IntegrityError(
                    f"FOREIGN KEY constraint failed: no {table} row with id {missing[:5]}"
                )

    def finish(self, cancelled: Callable[[], bool] | None = None) -> int:
        """Check the references, then write the gathered values; return how many were written.

        ``cancelled`` is asked while the statement runs; when it says yes the statement stops
        with ``sqlite3.OperationalError`` (the caller's transaction then rolls back).
        """
        try:
            self.check_references()
            conn = self._db.conn
            if cancelled is not None:
                conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
            try:
                cursor = conn.execute(
                    f"""
                    INSERT INTO observations
                        (region_id, industry_id, measure_id, year, value, flag, batch_id,
                         sheet, cell)
                    SELECT region_id, industry_id, measure_id, year, value, flag, ?,
                           COALESCE(sheet, ?), cell
                    FROM {self._table} WHERE true
                    ORDER BY {self._order}
                    ON CONFLICT (measure_id, region_id, industry_id, year) DO UPDATE SET
                        value = excluded.value, flag = excluded.flag,
                        batch_id = excluded.batch_id, sheet = excluded.sheet,
                        cell = excluded.cell
                    """,
                    [self.batch_id, self.sheet],
                )
            finally:
                if cancelled is not None:
                    conn.set_progress_handler(None, 0)
            return cursor.rowcount
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the temporary table (what was gathered is not written)."""
        if self._open:
            self._open = False
            self._db.execute(f"DROP TABLE IF EXISTS temp.{self._table}")


def write_observations(
    db: sqlite_utils.Database, observations: Iterable[NewObservation], batch_id: int
) -> int:
    """Insert or update observations in the caller's transaction; return how many were written."""
    with BatchWriter(db, batch_id) as writer:
        writer.add(observations)
        return writer.finish()


def undo_batch(db: sqlite_utils.Database, batch_id: int) -> int:
    """Take a whole batch back out; values it overwrote come back. Returns rows touched.

    A value the batch replaced gets back its value, flag, batch, sheet and cell from the
    history (the first change the batch made to it); a value the batch added is deleted. A
    value a later batch changed again no longer belongs to this batch and stays.

    Raises
    ------
    UserError
        When there is no such batch or it was undone already.
    """
    row = db.execute("SELECT undone_at FROM import_batches WHERE id = ?", [batch_id]).fetchone()
    if row is None:
        raise UserError(Text("there is no import batch {batch_id}", batch_id=batch_id))
    if row[0] is not None:
        raise UserError(Text(
            "import batch {batch_id} was undone on {row}",
            batch_id=batch_id,
            row=row[0],
        ))
    with db.atomic():
        restored = db.execute(
            """
            SELECT h.observation_id, h.old_value, h.old_flag, h.old_batch_id, h.old_sheet, h.old_cell
            FROM observation_history h
            JOIN observations o ON o.id = h.observation_id AND o.batch_id = ?
            WHERE h.new_batch_id = ? AND h.id = (
                SELECT MIN(id) FROM observation_history
                WHERE observation_id = h.observation_id AND new_batch_id = ?)
            """,
            [batch_id, batch_id, batch_id],
        ).fetchall()
        db.conn.executemany(
            "UPDATE observations SET value = ?, flag = ?, batch_id = ?, sheet = ?, cell = ? "
            "WHERE id = ?",
            [(value, flag, old_batch, sheet, cell, oid)
             for oid, value, flag, old_batch, sheet, cell in restored],
        )
        deleted = db.execute("DELETE FROM observations WHERE batch_id = ?", [batch_id]).rowcount
        db.execute(
            "UPDATE import_batches SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE id = ?",
            [batch_id],
        )
    return len(restored) + deleted
