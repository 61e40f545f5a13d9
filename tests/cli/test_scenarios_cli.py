"""`anticipa cib` and `anticipa micmac`: JSON shape, order, near-consistent and errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

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


def test_micmac_potential_readings_from_entered_p_marks(demo_project, capsys):
    from desktop_app.store import scenarios as st
    from desktop_app.store.project import open_project

    study = "Global context (CIB sample)"
    # the hand-computed matrix of tests/core/test_micmac.py: WTRD -> WSEC 3, WTRD -> WECO 1,
    # WSEC -> WTRD 1, WSEC -> WECO 1, WECO -> WSEC 2 and WECO -> WTRD marked P
    with open_project(demo_project) as project:
        a, b, c = (d.id for d in st.require_study(project.db, study).descriptors)
        for src, dst, value in ((a, b, 3), (a, c, 1), (b, a, 1), (b, c, 1), (c, b, 2),
                                (c, a, "P")):
            st.set_micmac_value(project.db, src, dst, value)
    mm = run_json(capsys, "micmac", demo_project, "--study", study)
    assert mm["source"] == "entered" and mm["potential_marks"] == 1
    rows = {d["name"]: d for d in mm["descriptors"]}
    names = list(rows)
    assert [rows[n]["direct_influence"] for n in names] == [4, 2, 2]
    assert [rows[n]["potential_influence"] for n in names] == [4, 2, 5]
    assert [rows[n]["potential_dependence"] for n in names] == [4, 5, 2]
    assert [rows[n]["potential_quadrant"] for n in names] == ["relay", "dependent",
                                                             "determinant"]
    assert mm["potential_power"] == 3
    assert [rows[n]["potential_indirect_influence"] for n in names] == pytest.approx(
        [43 * 11 / 121, 27 * 11 / 121, 51 * 11 / 121])
    capsys.readouterr()
    assert main(["micmac", str(demo_project), "--study", study, "--reading",
                 "potential-indirect"]) == 0
    text = capsys.readouterr().out
    assert "1 P mark(s); potential indirect = matrix power 3" in text


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
    assert out["descriptors"][0] == {
        "name": "WTRD",
        "variants": ["FT", "Ntl", "Mix"],
        "role": "system",
    }

    values[0, 4] = 5
    write_matrix_workbook(path, list(zip(m.descriptors, m.variants, strict=True)), values)
    assert main(["cib", str(path)]) == 2
    err = capsys.readouterr().err
    assert "global.xlsx" in err and "!F2" in err  # sheet and cell of the off-scale value
    assert main(["cib", str(path), "--any-scale", "--json"]) == 0


def test_cib_intervention(capsys):
    # CIB_global.scw with WSEC held at Alrt: Ntl/Alrt/Stag (TIS 15 free, 13 without WSEC's
    # balance of 2) and Mix/Alrt/ModGr, whose own WSEC balance would choose Rlx (3 against -4)
    # and whose other two balances add to 1 + 3 (rows 'WTRD: Mix', 'WSEC: Alrt', 'WECO: ModGr').
    out = run_json(capsys, "cib", FIXTURES / "CIB_global.scw", "--fix", "WSEC=Alrt")
    assert out["forced"] == {"WSEC": "Alrt"}
    assert [(s["variants"], s["tis"], s["ic"]) for s in out["scenarios"]] == [
        ({"WTRD": "Ntl", "WSEC": "Alrt", "WECO": "Stag"}, 13, 0),
        ({"WTRD": "Mix", "WSEC": "Alrt", "WECO": "ModGr"}, 4, 0),
    ]
    assert run_json(capsys, "cib", FIXTURES / "CIB_global.scw")["forced"] == {}
    assert main(["cib", str(FIXTURES / "CIB_global.scw"), "--fix", "WSEC=Up"]) == 2
    assert "no variant 'Up'; it has Rlx, Mod, Alrt" in capsys.readouterr().err


def test_cib_intervention_is_not_saved(demo_project, capsys):
    args = ["cib", str(demo_project), "--study", "Global context (CIB sample)"]
    assert main([*args, "--fix", "WSEC=Alrt", "--save"]) == 2
    assert "leave out --fix" in capsys.readouterr().err


def test_output_read_by_head_ends_quietly(tmp_path):
    import os
    import subprocess
    import sys

    # A JSON answer (320 kB) far larger than a pipe's buffer (64 kB), read one line by a reader
    # that then leaves.
    reader = subprocess.run(
        f'"{sys.executable}" -m desktop_app cib "{FIXTURES / "CIB_natl_regional.scw"}" --json '
        f"--ic 2 | head -n 1; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path)},
        timeout=120,
    )
    assert reader.stdout == "{\n"
    assert reader.stderr == ""
    assert reader.returncode == 141


def test_cib_perturb_and_landscape_are_seeded_and_follow_an_intervention(capsys):
    sample = FIXTURES / "CIB_global.scw"
    out = run_json(capsys, "cib", sample, "--perturb", "200", "--landscape", "--seed", "5")
    again = run_json(capsys, "cib", sample, "--perturb", "200", "--landscape", "--seed", "5")
    assert out == again and out["perturbation"] == {"draws": 200, "seed": 5, "step": 1}
    first = out["scenarios"][0]  # Ntl / Alrt / Stag: WSEC balances Mod 2 = Alrt 2, a tie
    assert first["variants"] == {"WTRD": "Ntl", "WSEC": "Alrt", "WECO": "Stag"}
    assert {(h["descriptor"], h["rival"]) for h in first["robustness"]["hinges"]} == {
        ("WSEC", "Mod")
    }
    assert all(0 < s["robustness"]["share"] < 1 for s in out["scenarios"])
    n = len(out["scenarios"])
    assert len(out["landscape"]["distances"]) == n and all("x" in s for s in out["scenarios"])
    hits = sum(s["hits"] for s in out["scenarios"])
    assert hits + out["landscape"]["cycling"] + out["landscape"]["elsewhere"] == 2000
    held = run_json(capsys, "cib", sample, "--fix", "WTRD=FT", "--perturb", "50")
    assert held["forced"] == {"WTRD": "FT"}
    assert all(
        h["descriptor"] != "WTRD" for s in held["scenarios"] for h in s["robustness"]["hinges"]
    )
    assert main(["cib", str(sample), "--perturb", "0"]) == 2
    assert "--perturb needs 1 or more" in capsys.readouterr().err
