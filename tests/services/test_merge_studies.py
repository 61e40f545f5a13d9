"""Scenario studies travel between offices through ``merge_project``: a new study comes in whole,
a new expert comes in, a judgement made differently is a conflict per cell, and a study of the
same name with other descriptors is one conflict whose taking keeps both versions."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from desktop_app.services.merge import merge_project
from desktop_app.services.scenario_files import import_scw
from desktop_app.store import scenarios as st
from desktop_app.store.project import open_project
from desktop_app.store.scenarios import NewDescriptor

SAMPLES = Path(__file__).parents[1] / "fixtures" / "cib"
GLOBAL = "Global context (CIB sample)"


def _field_office(demo_project: Path, tmp_path: Path) -> Path:
    """A copy of the demo changed as a field office's workshop would change it."""
    field = tmp_path / "field.anticipa"
    shutil.copyfile(demo_project, field)
    with open_project(field) as project:
        db = project.db
        study = st.require_study(db, GLOBAL)
        expert = study.experts[0]
        matrix = st.expert_matrix(db, study, expert.id)
        values = matrix.values.copy()
        values[0, 3] += 1  # World trade regime: Free trade -> World security: Relaxed, a step more
        comments = dict(matrix.comments) | {(0, 3): "free trade relaxes security"}
        st.set_expert_matrix(db, study, expert.id, values, comments)
        workshop = st.add_expert(db, study.id, "Field workshop")
        st.set_expert_matrix(db, st.require_study(db, study.id), workshop, -matrix.values)
        imported = import_scw(db, SAMPLES / "CIB_natl_regional.scw", "Regional futures")
        regional = st.require_study(db, imported.study_id)
        st.add_scenario(db, regional, [0] * 15, "Quiet decade", "Nothing moves.", tis=None)
        st.create_study(db, "Energy", [NewDescriptor("Price", ["Low", "High"])])
    return field


def _matrices(db, name: str) -> dict[str, tuple[np.ndarray, dict]]:
    study = st.require_study(db, name)
    return {m.expert.name: (m.values, m.comments) for m in st.expert_matrices(db, study)}


def test_studies_merge_by_expert_and_cell(demo_project, tmp_path):
    field = _field_office(demo_project, tmp_path)
    hq = tmp_path / "hq.anticipa"
    shutil.copyfile(demo_project, hq)
    with open_project(hq) as project:
        st.create_study(project.db, "Energy", [NewDescriptor("Price", ["Low", "Mid", "High"])])
    with open_project(field, read_only=True) as project:
        theirs = _matrices(project.db, GLOBAL)
        their_regional = _matrices(project.db, "Regional futures")
        expert = st.require_study(project.db, GLOBAL).experts[0].name
    with open_project(hq) as project:
        db = project.db
        ours = _matrices(db, GLOBAL)
        dry = merge_project(db, field, office="Field office", dry_run=True)
        assert [s.name for s in st.list_studies(db)] == [
            "Energy", GLOBAL, "National and regional (two versions)"
        ]
        cell = f"{GLOBAL} / {expert} / World trade regime: Free trade -> World security: Relaxed"
        study_conflicts = [(c.kind, c.key) for c in dry.conflicts if c.kind != "observation"]
        assert study_conflicts == [("scenario study", "Energy"), ("judgement", cell)]
        judged = next(c for c in dry.conflicts if c.kind == "judgement")
        assert judged.ours == f"{ours[expert][0][0, 3]:+g}".replace("+0", "0")
        assert judged.theirs == f"{theirs[expert][0][0, 3]:+g} (free trade relaxes security)"
        assert dry.added["scenario studies"] == 1 and dry.added["scenario experts"] == 1

        merge_project(db, field, office="Field office")
        now = _matrices(db, GLOBAL)
        assert np.array_equal(now[expert][0], ours[expert][0])  # the conflict kept ours
        assert np.array_equal(now["Field workshop"][0], theirs["Field workshop"][0])
        regional = _matrices(db, "Regional futures")
        assert set(regional) == set(their_regional)
        for name, (values, comments) in their_regional.items():
            assert np.array_equal(regional[name][0], values) and regional[name][1] == comments
        named = [s for s in st.list_scenarios(db, st.require_study(db, "Regional futures"))]
        assert [(s.name, s.narrative, s.variants) for s in named] == [
            ("Quiet decade", "Nothing moves.", (0,) * 15)
        ]
        assert st.require_study(db, "Energy").variant_names == [["Low", "Mid", "High"]]

        again = merge_project(db, field, office="Field office", take_theirs=[cell, "Energy"])
        assert again.added["scenario experts"] == 0 and again.taken_from_them == 2
        taken = _matrices(db, GLOBAL)[expert]
        assert taken[0][0, 3] == theirs[expert][0][0, 3]
        assert taken[1][(0, 3)] == "free trade relaxes security"
        assert st.require_study(db, "Energy (Field office)").variant_names == [["Low", "High"]]
        assert st.require_study(db, "Energy").variant_names == [["Low", "Mid", "High"]]

        last = merge_project(db, field, office="Field office", dry_run=True)
        assert [c.kind for c in last.conflicts if c.kind != "observation"] == ["scenario study"]
        assert last.added["scenario studies"] == 0


def test_scale_and_micmac_p_marks_travel_and_conflict(demo_project, tmp_path):
    field = tmp_path / "field.anticipa"
    shutil.copyfile(demo_project, field)
    with open_project(field) as project:
        db = project.db
        study = st.require_study(db, GLOBAL)
        a, b, c = (d.id for d in study.descriptors)
        st.set_study_scale(db, study.id, (-8, 8))
        st.set_micmac_value(db, a, b, 3)
        st.set_micmac_value(db, c, a, "P")
        st.create_study(db, "Energy", [NewDescriptor("Price", ["Low", "High"]),
                                       NewDescriptor("Demand", ["Flat", "Up"])], scale=(-2, 4))
        energy = st.require_study(db, "Energy")
        st.set_micmac_value(db, *(d.id for d in energy.descriptors), "P")
    hq = tmp_path / "hq.anticipa"
    shutil.copyfile(demo_project, hq)
    with open_project(hq) as project:
        db = project.db
        study = st.require_study(db, GLOBAL)
        a, b, _c = (d.id for d in study.descriptors)
        st.set_micmac_value(db, a, b, 1)
        report = merge_project(db, field, office="Field office")
        conflicts = [(c.kind, c.key, c.ours, c.theirs) for c in report.conflicts
                     if c.kind != "observation"]
        names = study.descriptor_names
        assert conflicts == [
            ("judgement scale", f"{GLOBAL} / scale", "-6..+6", "-8..+8"),
            ("MICMAC influence", f"{GLOBAL} / {names[0]} -> {names[1]}", "1", "3"),
            ("MICMAC influence", f"{GLOBAL} / {names[2]} -> {names[0]}", "0", "P"),
        ]
        # conflicts keep ours; the new study comes whole, scale and P mark included
        assert st.require_study(db, GLOBAL).scale == (-6, 6)
        energy = st.require_study(db, "Energy")
        assert energy.scale == (-2, 4)
        assert st.micmac_direct(db, energy).entry(0, 1) == "P"
        merge_project(db, field, office="Field office",
                      take_theirs=[key for _kind, key, _o, _t in conflicts])
        again = st.require_study(db, GLOBAL)
        assert again.scale == (-8, 8)
        entries = st.micmac_direct(db, again)
        assert entries.entry(0, 1) == 3 and entries.entry(2, 0) == "P"
