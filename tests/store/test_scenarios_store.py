"""Scenario studies in the project file: structure, sparse judgements, scenarios, exact undo."""

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from desktop_app.io.scw import read_scw
from desktop_app.store import scenarios as st
from desktop_app.store.scenarios import Cell, NewDescriptor, StudyError

CIB = Path(__file__).parents[1] / "fixtures" / "cib"


@pytest.fixture
def global_study(project):
    """CIB_global.scw (cibsa sample) as a study with one expert."""
    db = project.db
    scw = read_scw(CIB / "CIB_global.scw")
    sid = st.create_study(
        db, "Global", [NewDescriptor(d.name, d.variants) for d in scw.descriptors],
        scale=(-6, 6),  # CIB_global.scw holds judgements from -6 to +5
    )
    eid = st.add_expert(db, sid, "file")
    st.set_expert_matrix(db, st.require_study(db, sid), eid, scw.matrix)
    return db, st.require_study(db, sid), eid, scw.matrix


def test_matrix_round_trip_is_sparse(global_study):
    db, study, eid, matrix = global_study
    assert study.sizes == [3, 3, 4] and study.labels[0] == "WTRD: FT"
    got = st.expert_matrix(db, study, eid)
    assert np.array_equal(got.values, matrix)
    stored = db.execute("SELECT count(*) FROM cross_impacts").fetchone()[0]
    assert stored == int(np.count_nonzero(matrix))


def test_cells_with_comments_and_zero_removal(global_study):
    db, study, eid, matrix = global_study
    ids = study.variant_ids
    st.set_cells(db, eid, [Cell(ids[0], ids[3], 2, "because"), Cell(ids[0], ids[4], 0)])
    got = st.expert_matrix(db, study, eid)
    assert got.values[0, 3] == 2 and got.comments == {(0, 3): "because"}
    assert got.values[0, 4] == 0
    assert st.get_cells(db, eid, [(ids[0], ids[4])]) == [Cell(ids[0], ids[4], 0.0, "")]


def test_names_are_checked(project):
    db = project.db
    with pytest.raises(StudyError, match="at least two variants"):
        st.create_study(db, "A", [NewDescriptor("X", ["only"])])
    with pytest.raises(StudyError, match="used twice"):
        st.create_study(db, "A", [NewDescriptor("X", ["a", "b"]), NewDescriptor("x", ["a", "b"])])
    st.create_study(db, "A")
    with pytest.raises(StudyError, match="already exists"):
        st.create_study(db, "a")
    assert st.list_studies(db)[0].name == "A"
    with pytest.raises(StudyError, match="the project has: A"):
        st.require_study(db, "B")


def test_scenarios_keep_names_across_solves(global_study):
    db, study, _, _ = global_study
    st.save_scenarios(db, study, [((1, 2, 1), 15, 0), ((2, 0, 2), 12, 0)])
    first = st.list_scenarios(db, study)
    assert [s.variants for s in first] == [(1, 2, 1), (2, 0, 2)]
    st.update_scenario(db, first[1].id, name="Fortress", narrative="Walls go up.")
    st.save_scenarios(db, study, [((1, 2, 1), 15, 0)])
    kept = st.list_scenarios(db, study)
    assert [(s.variants, s.name) for s in kept] == [((1, 2, 1), ""), ((2, 0, 2), "Fortress")]


def test_structure_edit_undo_restores_everything(global_study):
    db, study, eid, matrix = global_study
    st.save_scenarios(db, study, [((1, 2, 1), 15, 0)])
    st.set_micmac_value(db, study.descriptors[0].id, study.descriptors[1].id, 3)
    before = st.study_state(db, study.id)
    st.delete_descriptor(db, study.descriptors[1].id)
    after = st.require_study(db, study.id)
    assert after.sizes == [3, 4] and st.list_scenarios(db, after) == []
    st.restore_study_state(db, study.id, before)
    again = st.require_study(db, study.id)
    assert again == study
    assert np.array_equal(st.expert_matrix(db, again, eid).values, matrix)
    assert st.micmac_direct(db, again).values[0, 1] == 3
    assert st.study_state(db, study.id) == before


def test_variant_edits(global_study):
    db, study, _, _ = global_study
    d = study.descriptors[2]
    with pytest.raises(StudyError, match="at least two"):
        st.delete_variant(db, study.descriptors[0].variants[0].id)
        st.delete_variant(db, study.descriptors[0].variants[1].id)
    st.delete_variant(db, d.variants[0].id)
    st.add_variant(db, d.id, "Boom")
    st.rename_variant(db, d.variants[1].id, "Flat")
    got = st.require_study(db, study.id).variant_names[2]
    assert got == ["Flat", "ModGr", "RpdGr", "Boom"]


def test_micmac_scale(global_study):
    db, study, _, _ = global_study
    a, b = study.descriptors[0].id, study.descriptors[1].id
    with pytest.raises(StudyError, match="off the MICMAC scale"):
        st.set_micmac_value(db, a, b, 4)
    assert st.micmac_direct(db, study) is None


def test_micmac_potential_marks(global_study):
    db, study, _, _ = global_study
    a, b, c = (d.id for d in study.descriptors)
    st.set_micmac_value(db, a, b, "P")
    st.set_micmac_value(db, b, c, 2)
    entries = st.micmac_direct(db, study)
    assert entries.entry(0, 1) == "P" and entries.values[0, 1] == 0
    assert entries.entry(1, 2) == 2 and not entries.potential[1, 2]
    st.set_micmac_value(db, a, b, 1)  # a P cell typed over: the mark goes
    assert st.micmac_direct(db, study).entry(0, 1) == 1
    with pytest.raises(StudyError, match="0..3 or P"):
        st.set_micmac_value(db, a, b, "Q")
    with pytest.raises(sqlite3.IntegrityError):  # the schema itself refuses P with a value
        db.execute(
            "UPDATE micmac_influences SET potential = 1 WHERE source_descriptor_id = ?", [b]
        )


def test_judgement_scale_is_stored_and_enforced(global_study):
    db, study, eid, matrix = global_study
    assert study.scale == (-6, 6)
    ids = study.variant_ids
    with pytest.raises(StudyError, match="off the study's scale -6..\\+6"):
        st.set_cells(db, eid, [Cell(ids[0], ids[3], 7)])
    # narrowing below a stored judgement (-6 at row 10, column 2) is refused
    with pytest.raises(StudyError, match="judgements from -6 to \\+5"):
        st.set_study_scale(db, study.id, (-5, 5))
    st.set_study_scale(db, study.id, (-6, 5))
    assert st.require_study(db, study.id).scale == (-6, 5)
    with pytest.raises(StudyError, match="negative to a positive"):
        st.set_study_scale(db, study.id, (0, 3))
    sid = st.create_study(db, "Narrow", [NewDescriptor(d.name, d.variants)
                                         for d in read_scw(CIB / "CIB_global.scw").descriptors])
    narrow = st.require_study(db, sid)
    assert narrow.scale == (-3, 3)
    with pytest.raises(StudyError, match="off the study's scale"):
        st.set_expert_matrix(db, narrow, st.add_expert(db, sid, "x"), matrix)


def test_covering_scale_is_symmetric_and_at_least_three():
    assert st.covering_scale(np.array([[0, 1], [-2, 0]])) == (-3, 3)
    assert st.covering_scale(np.array([[0, 5], [-4, 0]])) == (-5, 5)
    assert st.covering_scale(np.array([[0, 2], [-6, 0]])) == (-6, 6)
