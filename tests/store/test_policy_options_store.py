"""Policy options in the project file: migration from version 10, register, targets, effects."""

import sqlite3

import pytest

from desktop_app.store import capabilities, classifications
from desktop_app.store import policy_options as po
from desktop_app.store import scenarios as st
from desktop_app.store.migrations import MIGRATIONS
from desktop_app.store.project import APPLICATION_ID, open_project
from desktop_app.store.scenarios import NewDescriptor


def test_version_ten_file_gains_the_policy_tables(tmp_path):
    path = tmp_path / "nine.anticipa"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for upgrade in MIGRATIONS[:10]:
        upgrade(conn)
    conn.execute("PRAGMA user_version = 10")
    conn.execute("INSERT INTO industries (code, name) VALUES ('C', 'Manufacturing')")
    conn.execute("COMMIT")
    conn.close()
    with open_project(path) as project:
        db = project.db
        assert [(o.name, o.direction) for o in po.list_outcomes(db)] == [
            ("jobs", "higher"), ("value added", "higher"), ("decent jobs", "higher"),
            ("emissions", "lower"), ("score", "higher"),
        ]
        oid = po.add_option(db, "Training", instrument="training", cost=2.5)
        po.set_targets(db, oid, [("industry", 1)])
        assert po.list_targets(db, oid) == [po.Target("industry", 1, "C")]


@pytest.fixture
def study(project):
    db = project.db
    sid = st.create_study(
        db,
        "Trade",
        [NewDescriptor("World", ["Open", "Closed", "Blocs"]), NewDescriptor("Tech", ["Fast", "Slow"])],
    )
    s = st.require_study(db, sid)
    st.save_scenarios(db, s, [((0, 0), 2.0, 0.0), ((1, 0), 1.0, 0.0)])
    classifications.ensure(db, "industry", "C", "Manufacturing")
    return db, s


def test_register_refuses_empty_duplicate_and_negative(study):
    db, _ = study
    oid = po.add_option(db, "  Cluster   fund ", instrument="cluster support", start_year=2026)
    assert po.get_option(db, oid).name == "Cluster fund"
    with pytest.raises(po.PolicyStoreError, match="already exists"):
        po.add_option(db, "cluster FUND")
    with pytest.raises(po.PolicyStoreError, match="needs a name"):
        po.add_option(db, " ")
    with pytest.raises(po.PolicyStoreError, match="cannot be negative"):
        po.update_option(db, oid, cost=-1)
    before = po.update_option(db, oid, owner="Ministry", time_to_effect=3)
    assert before.owner == "" and po.get_option(db, oid).owner == "Ministry"


def test_effects_by_scenario_or_variant_and_what_deletes_them(study):
    db, s = study
    oid = po.add_option(db, "Grant")
    scenario_ids = [x.id for x in st.list_scenarios(db, s)]
    closed = s.descriptors[0].variants[1].id
    po.set_effect(db, po.OptionEffect(oid, "Jobs", scenario_ids[0], None, 1, 2, 3))
    replaced = po.set_effect(db, po.OptionEffect(oid, "jobs", scenario_ids[0], None, 2, 2, 2))
    assert replaced == po.OptionEffect(oid, "jobs", scenario_ids[0], None, 1, 2, 3)
    po.set_effect(db, po.OptionEffect(oid, "emissions", None, closed, -5, -4, -1))
    assert po.list_effects(db, s) == [
        po.OptionEffect(oid, "jobs", scenario_ids[0], None, 2, 2, 2),
        po.OptionEffect(oid, "emissions", None, closed, -5, -4, -1),
    ]
    with pytest.raises(po.PolicyStoreError, match="low <= most likely <= high"):
        po.set_effect(db, po.OptionEffect(oid, "jobs", scenario_ids[1], None, 3, 1, 4))
    with pytest.raises(po.PolicyStoreError, match="No outcome 'happiness'"):
        po.set_effect(db, po.OptionEffect(oid, "happiness", scenario_ids[1], None, 1, 1, 1))
    with pytest.raises(po.PolicyStoreError, match="one scenario or for one variant"):
        po.set_effect(db, po.OptionEffect(oid, "jobs", scenario_ids[1], closed, 1, 1, 1))
    st.delete_variant(db, closed)  # takes the study's scenarios with it, and both effects
    assert po.list_effects(db) == []


def test_delete_and_restore_an_option_with_targets_and_effects(study):
    db, s = study
    oid = po.add_option(db, "Skills", instrument="training", cost=1.0)
    comp = capabilities.add_competency(db, "Machining")
    inst = capabilities.add_institution(db, "Vocational school")
    po.set_targets(db, oid, [("institution", inst), ("competency", comp), ("industry", 1)])
    fast = s.descriptors[1].variants[0].id
    po.set_effect(db, po.OptionEffect(oid, "jobs", None, fast, 0, 10, 20))
    snapshot = po.delete_option(db, oid)
    assert po.list_options(db) == [] and po.list_effects(db) == []
    po.restore_option(db, snapshot)
    assert po.list_options(db) == [snapshot.option]
    assert [t.kind for t in po.list_targets(db, oid)] == ["industry", "competency", "institution"]
    assert po.list_effects(db, s) == [po.OptionEffect(oid, "jobs", None, fast, 0, 10, 20)]
    capabilities.delete_competency(db, comp)
    assert [t.name for t in po.list_targets(db, oid)] == ["C", "Vocational school"]
