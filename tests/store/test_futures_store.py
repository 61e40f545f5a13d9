"""Regional futures in the project file: migration from version 7, choices, effects, shocks, fits."""

import sqlite3

import numpy as np
import pytest

from desktop_app.store import classifications
from desktop_app.store import futures as fs
from desktop_app.store import scenarios as st
from desktop_app.store.migrations import MIGRATIONS
from desktop_app.store.project import APPLICATION_ID, open_project
from desktop_app.store.scenarios import NewDescriptor


def _version_seven_project(path):
    """A project as version 7 wrote it: one region, one industry and a two-descriptor study."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for upgrade in MIGRATIONS[:7]:
        upgrade(conn)
    conn.execute("PRAGMA user_version = 7")
    conn.execute("INSERT INTO regions (code, name) VALUES ('DE1', 'Baden-Württemberg')")
    conn.execute("INSERT INTO industries (code, name) VALUES ('C', 'Manufacturing')")
    conn.execute("INSERT INTO scenario_studies (name) VALUES ('Trade')")
    conn.execute(
        "INSERT INTO descriptors (study_id, position, short_name, name) VALUES (1, 0, 'W', 'World')"
    )
    for k, name in enumerate(("Open", "Closed")):
        conn.execute(
            "INSERT INTO variants (descriptor_id, position, short_name, name) VALUES (1, ?, ?, ?)",
            [k, name, name],
        )
    conn.execute("COMMIT")
    conn.close()


def test_version_seven_file_gains_the_futures_tables(tmp_path):
    path = tmp_path / "seven.anticipa"
    _version_seven_project(path)
    with open_project(path) as project:
        db = project.db
        study = st.require_study(db, "Trade")
        assert study.labels == ["World: Open", "World: Closed"]
        open_id, closed_id = study.variant_ids
        fs.set_effect(db, study, fs.StoredEffect(closed_id, 1, -2.0, -1.0, 0.0))
        fs.set_effect(db, study, fs.StoredEffect(closed_id, None, -0.5, -0.5, -0.5))
        assert fs.list_effects(db, study) == [
            fs.StoredEffect(closed_id, None, -0.5, -0.5, -0.5),
            fs.StoredEffect(closed_id, 1, -2.0, -1.0, 0.0),
        ]


@pytest.fixture
def study(project):
    db = project.db
    sid = st.create_study(
        db,
        "Futures",
        [NewDescriptor("World", ["Open", "Closed"]), NewDescriptor("Tech", ["Fast", "Slow"])],
    )
    classifications.ensure(db, "industry", "C", "Manufacturing")
    classifications.ensure(db, "industry", "F", "Construction")
    return db, st.require_study(db, sid)


def test_settings_default_then_stored(study):
    db, s = study
    assert fs.get_settings(db, s.id) == fs.FuturesSettings()
    chosen = fs.FuturesSettings(horizon=2035, baseline="trend", trend_window=5, draws=500, seed=9)
    fs.set_settings(db, s.id, chosen)
    assert fs.get_settings(db, s.id) == chosen
    with pytest.raises(fs.FuturesStoreError, match="Unknown baseline"):
        fs.set_settings(db, s.id, fs.FuturesSettings(baseline="guess"))


def test_an_effect_replaces_its_cell_and_refuses_disorder(study):
    db, s = study
    v = s.variant_ids[0]
    fs.set_effect(db, s, fs.StoredEffect(v, 1, 0.0, 1.0, 2.0))
    fs.set_effect(db, s, fs.StoredEffect(v, 1, 0.5, 1.0, 1.5))
    assert fs.list_effects(db, s) == [fs.StoredEffect(v, 1, 0.5, 1.0, 1.5)]
    with pytest.raises(fs.FuturesStoreError, match="low <= most likely <= high"):
        fs.set_effect(db, s, fs.StoredEffect(v, 2, 1.0, 0.0, 2.0))
    fs.delete_effect(db, v, 1)
    assert fs.list_effects(db, s) == []


def test_replacing_is_all_or_nothing_and_variants_take_theirs_along(study):
    db, s = study
    a, b, c, _ = s.variant_ids
    fs.replace_effects_and_shocks(
        db, s, [fs.StoredEffect(a, None, 1, 1, 1)], [fs.StoredShock(b, None, 2026, -0.2, 2)]
    )
    with pytest.raises(fs.FuturesStoreError, match="not in study"):
        fs.replace_effects_and_shocks(
            db, s, [fs.StoredEffect(c, None, 0, 0, 0)], [fs.StoredShock(9999, None, 2026, -0.1, 1)]
        )
    assert fs.list_effects(db, s) == [fs.StoredEffect(a, None, 1, 1, 1)]
    assert fs.list_shocks(db, s) == [fs.StoredShock(b, None, 2026, -0.2, 2, "linear")]
    hostile = st.add_variant(db, s.descriptors[0].id, "Hostile")
    s = st.require_study(db, s.id)
    fs.replace_effects_and_shocks(db, s, [], [fs.StoredShock(hostile, 1, 2027, -0.3, 3)])
    st.delete_variant(db, hostile)
    assert fs.list_shocks(db, st.require_study(db, s.id)) == []


def test_a_stored_fit_is_stale_once_the_series_changes(study):
    db, _ = study
    region = classifications.ensure(db, "region", "DE1", "Baden-Württemberg")
    measure = db["measures"].insert({"code": "emp", "name": "Employment"}).last_pk
    years = np.array([2020, 2021, 2022])
    values = np.array([1.0, 2.0, 3.0])
    stamp = fs.series_stamp(years, values)
    fs.save_fits(db, [(region, 1, measure, "trend", stamp, {"rates": [0.1]})])
    assert fs.stored_fit(db, region, 1, measure, "trend", stamp) == {"rates": [0.1]}
    changed = fs.series_stamp(years, np.array([1.0, 2.0, 3.5]))
    assert changed != stamp
    assert fs.stored_fit(db, region, 1, measure, "trend", changed) is None
