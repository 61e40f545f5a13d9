"""`anticipa cib` and `anticipa micmac`: JSON shape, order, near-consistent and errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from desktop_app.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cib"


def run_json(capsys, *args):
    assert main([*map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cib_json_on_the_national_regional_sample(capsys):
    out = run_json(capsys, "cib", FIXTURES / "CIB_natl_regional.scw")
    assert out["n_combinations"] == 22_674_816
    assert len(out["descriptors"]) == 15 and out["descriptors"][14]["name"] == "WSCEN"
    tis = [s["tis"] for s in out["scenarios"]]
    assert len(tis) == 16 and tis == sorted(tis, reverse=True) and (tis[0], tis[-1]) == (184, 70)
    assert all(s["ic"] == 0 and len(s["variants"]) == 15 for s in out["scenarios"])
    assert any("WSCEN" in note for note in out["notes"])


def test_cib_near_consistent(capsys):
    exact = run_json(capsys, "cib", FIXTURES / "CIB_global.scw")
    near = run_json(capsys, "cib", FIXTURES / "CIB_global.scw", "--ic", "1")
    assert len(near["scenarios"]) > len(exact["scenarios"]) == 4
    assert max(s["ic"] for s in near["scenarios"]) == 1


def test_cib_and_micmac_on_a_project_study(demo_project, capsys):
    study = "Global context (CIB sample)"
    out = run_json(capsys, "cib", demo_project, "--study", study)
    assert [s["tis"] for s in out["scenarios"]] == [15, 12, 9, 8]
    mm = run_json(capsys, "micmac", demo_project, "--study", study)
    assert [d["name"] for d in mm["descriptors"]] == [d["name"] for d in out["descriptors"]]


def test_errors_are_one_line(demo_project, tmp_path, capsys):
    assert main(["cib", str(demo_project)]) == 2
    assert "name the study with --study" in capsys.readouterr().err
    bad = tmp_path / "broken.scw"
    bad.write_text("$ ScenarioWizard 4.0\ntitle\n&A\n -a\n -b\n#\n")
    assert main(["cib", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.scw" in err and "line" in err


def test_cib_on_an_excel_matrix_and_its_errors(tmp_path, capsys):
    from desktop_app.io.cib_matrix_excel import write_matrix_workbook
    from desktop_app.services.scenarios import load_file

    m = load_file(FIXTURES / "CIB_global.scw").matrix
    values = np.clip(m.values, -3, 3)
    path = tmp_path / "global.xlsx"
    write_matrix_workbook(path, list(zip(m.descriptors, m.variants, strict=True)), values)
    out = run_json(capsys, "cib", path)
    assert out["n_combinations"] == 36 and out["scenarios"]
    assert out["descriptors"][0] == {"name": "WTRD", "variants": ["FT", "Ntl", "Mix"]}

    values[0, 4] = 5
    write_matrix_workbook(path, list(zip(m.descriptors, m.variants, strict=True)), values)
    assert main(["cib", str(path)]) == 2
    err = capsys.readouterr().err
    assert "global.xlsx" in err and "!F2" in err  # sheet and cell of the off-scale value
    assert main(["cib", str(path), "--any-scale", "--json"]) == 0
