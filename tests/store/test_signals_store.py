"""Signals in the project file: migration from version 8, refusals, replace by name, cascade."""

import sqlite3

import pytest

from desktop_app.store import scenarios as st
from desktop_app.store import signals as ss
from desktop_app.store.migrations import MIGRATIONS
from desktop_app.store.project import APPLICATION_ID, open_project


def _version_eight_project(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for upgrade in MIGRATIONS[:8]:
        upgrade(conn)
    conn.execute("PRAGMA user_version = 8")
    conn.execute("INSERT INTO regions (code, name) VALUES ('DE1', 'Baden-Württemberg')")
    conn.execute("INSERT INTO measures (code, name) VALUES ('jobs', 'Jobs')")
    conn.execute("INSERT INTO scenario_studies (name) VALUES ('Trade')")
    conn.execute(
        "INSERT INTO descriptors (study_id, position, short_name, name) VALUES (1, 0, 'W', 'World')"
    )
    for k, name in enumerate(("Open", "Closed", "Blocs")):
        conn.execute(
            "INSERT INTO variants (descriptor_id, position, short_name, name) VALUES (1, ?, ?, ?)",
            [k, name, name],
        )
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "eight.anticipa"
    _version_eight_project(path)
    with open_project(path) as project:
        yield project.db


def _variant(db, name):
    study = st.require_study(db, "Trade")
    return next(v.id for v in study.descriptors[0].variants if v.name == name)


def test_version_eight_file_gains_the_signal_tables_and_names_replace(db):
    p = ss.Signpost("Jobs up", _variant(db, "Open"), "growth", region_id=1, measure_id=1,
                    direction="above", threshold=2.0, trigger_option="Export desk",
                    trigger_action="start")
    first = ss.save_signpost(db, p)
    again = ss.save_signpost(db, ss.Signpost("jobs up", _variant(db, "Closed"), "level",
                                             region_id=1, measure_id=1, direction="below",
                                             threshold=10.0))
    assert first == again
    (stored,) = ss.list_signposts(db)
    assert (stored.variant_label, stored.kind, stored.threshold, stored.region) == (
        "World: Closed", "level", 10.0, "Baden-Württemberg")
    st.delete_variant(db, _variant(db, "Closed"))
    assert ss.list_signposts(db) == []


@pytest.mark.parametrize(
    ("signpost", "message"),
    [
        (dict(kind="growth", region_id=1, measure_id=1, direction="above"), "needs a threshold"),
        (dict(kind="growth", region_id=1, measure_id=1, direction="up", threshold=1.0),
         "'above' or 'below'"),
        (dict(kind="judgement", judged_status="reached"), "needs a status"),
        (dict(kind="judgement", judged_status="reached", judged_on="31.3.2026"), "not a date"),
        (dict(kind="level", region_id=1, measure_id=1, direction="above", threshold=1.0,
              trigger_action="start"), "needs the option"),
    ],
)
def test_signpost_refusals_say_what_is_missing(db, signpost, message):
    with pytest.raises(ss.SignalsStoreError, match=message):
        ss.save_signpost(db, ss.Signpost("S", _variant(db, "Open"), **signpost))


def test_radar_and_experiment_refusals(db):
    with pytest.raises(ss.SignalsStoreError, match="unknown category"):
        ss.save_radar_signal(db, ss.RadarSignal("X", "cultural", "short", 3, 3))
    with pytest.raises(ss.SignalsStoreError, match="impact is a whole number"):
        ss.save_radar_signal(db, ss.RadarSignal("X", "social", "short", 6, 3))
    with pytest.raises(ss.SignalsStoreError, match="before its start"):
        ss.save_experiment(db, ss.Experiment("E", "2026-05-01", "2026-01-01"))
    with pytest.raises(ss.SignalsStoreError, match="unknown status"):
        ss.save_experiment(db, ss.Experiment("E", "2026-01-01", "2026-05-01", status="failed"))
    ss.save_radar_signal(db, ss.RadarSignal("X", "social", "short", 3, 3, descriptor_ids=(1,)))
    assert ss.list_radar_signals(db)[0].descriptor_ids == (1,)
