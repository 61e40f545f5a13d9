"""Scenario studies from and to files: .scw, Excel matrices, questionnaires, the demo study."""

from pathlib import Path

import numpy as np
import pytest

from desktop_app.core import cib
from desktop_app.io.cib_matrix_excel import MatrixSheetError, write_matrix_workbook
from desktop_app.io.questionnaire import Descriptor, write_questionnaire
from desktop_app.io.scw import read_scw, read_sl
from desktop_app.services import scenario_files as sf
from desktop_app.store import scenarios as st
from desktop_app.store.project import open_project

CIB = Path(__file__).parents[1] / "fixtures" / "cib"


def test_import_natl_regional_tells_about_self_impact(project):
    db = project.db
    got = sf.import_scw(db, CIB / "CIB_natl_regional.scw")
    study = st.require_study(db, got.study_id)
    assert got.name == "CIB_natl_regional" and study.sizes[-1] == 2
    assert "WSCEN" in got.notes[0] and "counted" in got.notes[0]
    values = st.expert_matrix(db, study, got.expert_id).values
    assert np.array_equal(values, read_scw(CIB / "CIB_natl_regional.scw").matrix)
    again = sf.import_scw(db, CIB / "CIB_natl_regional.scw")
    assert again.name == "CIB_natl_regional (2)"


def test_scw_export_reads_back_identically(project, tmp_path):
    db = project.db
    got = sf.import_scw(db, CIB / "CIB_nested.scw")
    study = st.require_study(db, got.study_id)
    target = tmp_path / "out.scw"
    assert sf.export_scw(db, study, target) == []
    back = read_scw(target)
    assert [d.short for d in back.descriptors] == [d.short_name for d in study.descriptors]
    assert np.array_equal(back.matrix, read_scw(CIB / "CIB_nested.scw").matrix)
    assert sf.import_scw(db, target).name == "out"


def test_workbook_import_refuses_bad_sheet_whole(project, tmp_path):
    db = project.db
    scw = read_scw(CIB / "CIB_global.scw")
    target = tmp_path / "m.xlsx"
    write_matrix_workbook(target, [(d.name, d.variants) for d in scw.descriptors], scw.matrix)
    with pytest.raises(MatrixSheetError, match="off the scale"):
        sf.import_matrix_workbook(db, target)
    assert st.list_studies(db) == []
    ok = sf.import_matrix_workbook(db, target, scale=None)
    study = st.require_study(db, ok.study_id)
    assert np.array_equal(st.expert_matrix(db, study, ok.expert_id).values, scw.matrix)


def test_questionnaire_becomes_an_expert_matrix(project, tmp_path):
    db = project.db
    got = sf.import_scw(db, CIB / "CIB_global.scw")
    study = st.require_study(db, got.study_id)
    matrix = np.clip(read_scw(CIB / "CIB_global.scw").matrix, -3, 3).astype(float)
    matrix[0, 3] = np.nan  # left blank by the expert
    target = tmp_path / "q.xlsx"
    write_questionnaire(
        target,
        study.name,
        "Ana",
        [Descriptor(d.name, tuple(v.name for v in d.variants)) for d in study.descriptors],
        prefill=matrix,
    )
    imported = sf.import_questionnaire(db, study, target)
    assert imported.notes == ["1 pair(s) left blank, counted as 0."]
    study = st.require_study(db, study.id)
    assert [e.name for e in study.experts] == ["CIB_global.scw", "Ana"]
    ana = st.expert_matrix(db, study, imported.expert_id).values
    expected = np.nan_to_num(matrix)
    assert np.array_equal(ana, expected)
    replaced = sf.import_questionnaire(db, study, target)
    assert replaced.expert_id == imported.expert_id and "replaced" in replaced.notes[0]
    # the combined matrix is the mean of the two experts (the study's default aggregation)
    both = st.combined_matrix(db, st.require_study(db, study.id))
    assert np.allclose(both, (read_scw(CIB / "CIB_global.scw").matrix + expected) / 2)


def test_demo_project_has_the_global_study(demo_project):
    with open_project(demo_project) as project:
        summaries = st.list_studies(project.db)
        assert [s.name for s in summaries] == [
            "Global context (CIB sample)",
            "National and regional (two versions)",
        ]
        study = st.require_study(project.db, summaries[0].id)
        assert study.descriptor_names == ["World trade regime", "World security", "World economy"]
        saved = st.list_scenarios(project.db, study)
        pair = st.require_study(project.db, summaries[1].id)
        first, second = (m.values for m in st.expert_matrices(project.db, pair))
        assert int((first != second).sum()) == 21 and np.abs(first - second).max() == 3
        # stored: the consistent scenarios of the two experts' mean matrix
        mean = st.study_matrix(pair, (first + second) / 2)
        solved = cib.solve(mean)
        pair_saved = st.list_scenarios(project.db, pair)
        assert len(pair_saved) == len(solved) > 0
        assert {s.variants for s in pair_saved} == {tuple(z) for z in solved.scenarios.tolist()}
    reference = read_sl(CIB / "CIB_global.sl")  # ScenarioWizard's own solution list
    assert [(s.variants, s.tis) for s in saved] == [(e.scenario, e.tis) for e in reference.entries]
