"""The one writer of observations, on the demo project: new, changed, unchanged, kept or
replaced, undone, and refused when an id names no row.

The expected values come from the demo's source file, resources/demo/germany_laender_employment.csv
(line 2: Baden-Wuerttemberg, A, 2008, 14042, read from cell E2; line 12: the same for 2009,
14609), not from the program.
"""

import sqlite3
from contextlib import nullcontext

import pytest

from desktop_app.store import classifications, measures
from desktop_app.store import observations as store
from desktop_app.store.batches import create_batch, list_batches
from desktop_app.store.observation_writer import (
    CHANGED,
    FLAT_COLUMNS,
    NEW,
    UNCHANGED,
    BatchWriter,
    NewObservation,
    StoredValues,
    undo_batch,
)
from desktop_app.store.project import open_project
from desktop_app.store.sql import references_checked_by_caller

SOURCE = "germany_laender_employment.csv"


def _ids(db):
    return (classifications.resolve(db, "region", "DE1"),
            classifications.resolve(db, "industry", "A"),
            measures.find_measure(db, "employees_de").id)


def _row(db, region, industry, measure, year):
    flt = store.ObservationFilter((measure,), (region,), (industry,), (year,))
    ids = store.matching_ids(db, flt)
    return store.get_row(db, ids[0]) if ids else None


def _count(db):
    return store.counts(db).observations


def test_values_compare_with_what_the_demo_holds(demo_project):
    with open_project(demo_project) as project:
        region, industry, measure = _ids(project.db)
        stored = StoredValues(project.db)
        assert stored.compare(measure, region, industry, 2008, 14042.0, None) == (
            UNCHANGED, (14042.0, None))
        assert stored.compare(measure, region, industry, 2008, 14100.0, None) == (
            CHANGED, (14042.0, None))
        assert stored.compare(measure, region, industry, 2008, 14042.0, "provisional") == (
            CHANGED, (14042.0, None))
        assert stored.compare(measure, region, industry, 2031, 1.0, None) == (NEW, None)
        # a label the project does not know yet, or a measure it lacks: new
        assert stored.compare(measure, None, industry, 2008, 14042.0, None) == (NEW, None)
        assert stored.compare(None, region, industry, 2008, 14042.0, None) == (NEW, None)


def test_a_batch_replaces_adds_and_keeps_then_undo_puts_everything_back(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        before = _count(db)
        stored = StoredValues(db)
        offered = [
            NewObservation(region, industry, measure, 2008, 14100.0, "revised", "T1", "C5"),
            NewObservation(region, industry, measure, 2009, 15000.0, None, "T1", "C6"),
            NewObservation(region, industry, measure, 2031, 16000.0, None, "T1", "C7"),
        ]
        keep = {2009}  # the analyst keeps the project's 2009 value
        written = [o for o in offered
                   if not (stored.compare_observation(o)[0] == CHANGED and o.year in keep)]
        with project.transaction():
            batch = create_batch(db, "import", label="revised", file_name="revised.xlsx")
            writer = BatchWriter(db, batch, "Revised")
            writer.add(written)
            assert writer.finish() == 2
        replaced = _row(db, region, industry, measure, 2008)
        assert (replaced.value, replaced.flag, replaced.sheet, replaced.cell, replaced.source) == (
            14100.0, "revised", "T1", "C5", "revised.xlsx")
        kept = _row(db, region, industry, measure, 2009)
        assert (kept.value, kept.cell, kept.source) == (14609.0, "E12", SOURCE)
        assert _row(db, region, industry, measure, 2031).value == 16000.0
        assert _count(db) == before + 1

        assert undo_batch(db, batch) == 2  # one value put back, one removed
        restored = _row(db, region, industry, measure, 2008)
        assert (restored.value, restored.flag, restored.cell, restored.source) == (
            14042.0, None, "E2", SOURCE)
        assert _row(db, region, industry, measure, 2031) is None
        assert _count(db) == before
        assert next(b for b in list_batches(db) if b.id == batch).undone_at is not None
        with pytest.raises(ValueError, match="was undone on"):
            undo_batch(db, batch)
        with pytest.raises(ValueError, match="there is no import batch"):
            undo_batch(db, batch + 100)


def test_undo_leaves_a_value_a_later_batch_changed_again(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        batches = []
        for value in (14100.0, 14200.0):
            with project.transaction():
                batch = create_batch(db, "import", label=f"revision {value}")
                store.write_observations(
                    db, [NewObservation(region, industry, measure, 2008, value)], batch)
            batches.append(batch)
        assert undo_batch(db, batches[0]) == 0
        assert _row(db, region, industry, measure, 2008).value == 14200.0
        assert undo_batch(db, batches[1]) == 1
        # the value the second batch replaced is the first batch's, which is undone already
        assert _row(db, region, industry, measure, 2008).value == 14100.0


def test_rows_keep_the_order_given_unless_key_order_is_asked(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        years = [2035, 2033, 2034]
        for in_key_order in (False, True):
            with project.transaction():
                batch = create_batch(db, "import", label="order")
                writer = BatchWriter(db, batch, in_key_order=in_key_order)
                writer.add([NewObservation(region, industry, measure, y + 10 * in_key_order, 1.0)
                            for y in years])
                writer.finish()
            flt = store.ObservationFilter((measure,), (region,), (industry,),
                                          tuple(y + 10 * in_key_order for y in years))
            ids = store.matching_ids(db, flt)
            shown = [r.year - 10 * in_key_order for r in store.rows_for_ids(db, ids)]
            assert shown == (sorted(years) if in_key_order else years)


@pytest.mark.parametrize("checks_off", [False, True])
@pytest.mark.parametrize("flat", [False, True])
def test_an_id_that_names_no_row_writes_nothing(demo_project, checks_off, flat):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        unknown_region = max(c.id for c in classifications.list_all(db, "region")) + 1
        before = _count(db)
        batches_before = len(list_batches(db))
        value = (region, industry, measure, 2008, 1.0, None, None)
        wrong = (unknown_region, industry, measure, 2009, 2.0, None, None)
        assert len(value) == len(FLAT_COLUMNS)
        with pytest.raises(sqlite3.IntegrityError, match=rf"no regions row with id \[{unknown_region}\]"):
            guard = references_checked_by_caller(db) if checks_off else nullcontext()
            with guard, project.transaction():
                batch = create_batch(db, "import", label="broken")
                writer = BatchWriter(db, batch)
                if flat:
                    writer.add_columns([*value, *wrong])
                else:
                    writer.add([NewObservation(*value[:6]), NewObservation(*wrong[:6])])
                writer.finish()
        assert _count(db) == before
        assert len(list_batches(db)) == batches_before
        assert _row(db, region, industry, measure, 2008).value == 14042.0
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_another_id_the_caller_names_is_checked_with_the_batch(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        with pytest.raises(sqlite3.IntegrityError, match="no industries row with id"):
            with project.transaction():
                batch = create_batch(db, "import", label="alias to nothing")
                writer = BatchWriter(db, batch)
                writer.add([NewObservation(region, industry, measure, 2008, 1.0)])
                writer.references("industries", [10_000])
                writer.finish()
        assert _row(db, region, industry, measure, 2008).value == 14042.0


def test_a_writer_left_without_finish_writes_nothing_and_says_so(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        with pytest.raises(RuntimeError, match="without finish"), project.transaction():
            batch = create_batch(db, "import", label="forgotten")
            with BatchWriter(db, batch) as writer:
                writer.add([NewObservation(region, industry, measure, 2008, 1.0)])
        assert _row(db, region, industry, measure, 2008).value == 14042.0


def test_labels_mapped_by_the_writer_are_written_and_checked(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        region, industry, measure = _ids(db)
        id_of = ({"Baden-Wuerttemberg": region}, {"A": industry}, {"jobs": measure})
        with project.transaction():
            batch = create_batch(db, "import", label="labels")
            with BatchWriter(db, batch, "Sheet1", in_key_order=True) as writer:
                writer.add_columns(["Baden-Wuerttemberg", "A", "jobs", 2008, 14100.0, None, "B2"],
                                   id_of)
                assert writer.finish() == 1
        row = _row(db, region, industry, measure, 2008)
        assert (row.value, row.sheet, row.cell) == (14100.0, "Sheet1", "B2")
        # an id in the mapping that names no row is refused, though no value uses it
        id_of[1]["ghost"] = 10_000
        with pytest.raises(sqlite3.IntegrityError, match=r"no industries row with id \[10000\]"):
            with project.transaction():
                batch = create_batch(db, "import", label="labels")
                with BatchWriter(db, batch) as writer:
                    writer.add_columns(["Baden-Wuerttemberg", "A", "jobs", 2009, 1.0, None, "B3"],
                                       id_of)
                    writer.finish()
        assert _row(db, region, industry, measure, 2009).value == 14609.0
