"""Scenario services: loading studies from files and projects, solving with progress and cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from desktop_app.io.cib_matrix_excel import MatrixSheetError, write_matrix_workbook
from desktop_app.services import scenarios
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.store import scenarios as store
from desktop_app.store.project import open_project

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cib"


class Recorder(Progress):
    def __init__(self, cancel_after: float | None = None):
        super().__init__()
        self.fractions: list[float] = []
        self.cancel_after = cancel_after

    def _emit(self, fraction, text):
        self.fractions.append(fraction)
        if self.cancel_after is not None and fraction is not None and fraction > self.cancel_after:
            self.cancel()


def test_scw_and_excel_give_the_same_scenarios(tmp_path):
    loaded = scenarios.load_file(FIXTURES / "CIB_natl_regional.scw")
    assert loaded.notes and "WSCEN" in loaded.notes[0]
    m = loaded.matrix
    path = tmp_path / "matrix.xlsx"
    write_matrix_workbook(path, list(zip(m.descriptors, m.variants, strict=True)), m.values)
    with pytest.raises(MatrixSheetError, match="off"):
        scenarios.load_file(path)  # the sample's summed judgements (15, -11) exceed -3..+3
    from_excel = scenarios.load_file(path, scale=None)
    a = scenarios.solve(loaded.matrix)
    b = scenarios.solve(from_excel.matrix)
    assert np.array_equal(a.scenarios, b.scenarios) and len(a) == 16


def test_progress_reaches_the_end_and_cancel_stops(tmp_path):
    matrix = scenarios.load_file(FIXTURES / "CIB_nested.scw").matrix
    rec = Recorder()
    scenarios.solve(matrix, progress=rec)
    assert rec.fractions[-1] == 1.0
    with pytest.raises(Cancelled):
        scenarios.solve(matrix, progress=Recorder(cancel_after=0.05))


def test_unknown_file_kind_is_refused(tmp_path):
    path = tmp_path / "matrix.txt"
    path.write_text("x")
    with pytest.raises(ValueError, match="not a ScenarioWizard file"):
        scenarios.load_file(path)


def test_project_study_solve_keeps_names_and_cancel_keeps_the_store(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        name = "Global context (CIB sample)"
        study = store.find_study(db, name)
        before = store.list_scenarios(db, study)
        store.update_scenario(db, before[0].id, name="Fortress world", narrative="Walls go up.")
        loaded, result = scenarios.solve_project_study(db, name, max_ic=1)
        saved = store.list_scenarios(db, study)
        assert len(saved) == len(result) > len(before)
        named = [s for s in saved if s.name == "Fortress world"]
        assert (
            named
            and named[0].narrative == "Walls go up."
            and named[0].variants == before[0].variants
        )
        with pytest.raises(Cancelled):
            scenarios.solve_project_study(db, name, max_ic=0, progress=Recorder(cancel_after=-1))
        assert len(store.list_scenarios(db, study)) == len(saved)


def test_payloads_carry_the_issue_keys():
    loaded = scenarios.load_file(FIXTURES / "CIB_global.scw")
    payload = scenarios.result_payload(loaded, scenarios.solve(loaded.matrix))
    assert payload["n_combinations"] == 36
    assert payload["descriptors"][2] == {
        "name": "WECO",
        "variants": ["Decl", "Stag", "ModGr", "RpdGr"],
        "role": "system",
    }
    first = payload["scenarios"][0]
    assert first == {
        "variants": {"WTRD": "Ntl", "WSEC": "Alrt", "WECO": "Stag"},
        "tis": 15,
        "ic": 0,
    }
    result, source = scenarios.micmac_for(loaded)
    mm = scenarios.micmac_payload(result, source)
    assert source == "cib" and {d["quadrant"] for d in mm["descriptors"]} <= {
        "determinant",
        "relay",
        "dependent",
        "autonomous",
    }


def _large_study(seed: int = 7):
    from desktop_app.core import cib

    rng = np.random.default_rng(seed)
    n_desc, n_var = 30, 4
    n = n_desc * n_var
    values = rng.integers(-3, 4, size=(n, n))
    owner = np.repeat(np.arange(n_desc), n_var)
    values[owner[:, None] == owner[None, :]] = 0
    return cib.CrossImpactMatrix.create(
        [f"D{i}" for i in range(n_desc)], [[f"v{k}" for k in range(n_var)]] * n_desc, values
    )


@pytest.mark.slow
def test_thirty_descriptors_sample_with_stated_coverage_and_cancel():
    matrix = _large_study()
    assert matrix.n_combinations == 4**30
    rec = Recorder()
    result = scenarios.solve(matrix, progress=rec, seconds=3)
    assert not result.exhaustive and 0 < result.coverage < 1e-9
    assert "distinct random starts" in result.note and rec.fractions[-1] == 1.0
    assert 0 <= result.decided < 1 and "the exact search decided" in result.note
    for when in (0.5, 4.0):  # during the exact attempt, then during sampling
        rec = Recorder()
        timer = threading.Timer(when, rec.cancel)
        timer.start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            scenarios.solve(matrix, progress=rec, seconds=6)
        assert time.monotonic() - started < when + 2.5


def test_study_landscape_places_weighs_and_perturbs_a_project_study(demo_project):
    from desktop_app.store.project import open_project

    with open_project(demo_project, read_only=True) as project:
        first = scenarios.study_landscape(project.db, "Global context (CIB sample)", 1, 200)
        again = scenarios.study_landscape(project.db, "Global context (CIB sample)", 1, 200)
    result = first.result
    assert len(result) > 4 and sorted(result.ic.tolist())[:4] == [0, 0, 0, 0]  # 4 consistent
    assert [r is None for r in first.robustness] == [bool(ic > 0) for ic in result.ic]
    assert [r.kept for r in first.robustness if r] == [r.kept for r in again.robustness if r]
    assert first.shape.distances.shape == (len(result), len(result))
    assert first.weights.hits.sum() + first.weights.cycling == first.weights.starts
