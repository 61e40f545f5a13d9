"""`anticipa study import|list` and `anticipa import FILE.scw`: a study enters a project from the
command line as it does from the window. Sizes are those of the samples' README (cibsa)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.store.project import open_project
from desktop_app.store.scenarios import list_scenarios, list_studies, require_study

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cib"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.anticipa"
    assert main(["new", str(path)]) == 0
    return path


def _refused(capsys, *args) -> str:
    """The message of a command that is refused (exit 2)."""
    capsys.readouterr()
    assert main([*map(str, args)]) == 2
    return capsys.readouterr().err


def _json(capsys, *args) -> dict:
    capsys.readouterr()
    assert main([*map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_and_study_import_bring_studies_that_solve_as_in_the_samples(project, capsys):
    assert main(["import", str(FIXTURES / "CIB_global.scw"), "--project", str(project)]) == 0
    assert "imported as study 'CIB_global'" in capsys.readouterr().out
    out = _json(
        capsys,
        "study",
        "import",
        FIXTURES / "CIB_natl_regional.scw",
        "--project",
        project,
        "--study",
        "National",
    )
    assert out["study"] == "National" and any("WSCEN" in n for n in out["notes"])
    listed = _json(capsys, "study", "list", "--project", project)["studies"]
    sizes = {s["study"]: (s["descriptors"], s["variants"], s["experts"]) for s in listed}
    assert sizes == {"CIB_global": (3, 10, 1), "National": (15, 47, 1)}
    # the imported study solves to the published list: 4 scenarios, TIS 15, 12, 9, 8
    solved = _json(capsys, "cib", project, "--study", "CIB_global", "--save")
    assert [s["tis"] for s in solved["scenarios"]] == [15, 12, 9, 8]
    with open_project(project, read_only=True) as p:
        assert len(list_scenarios(p.db, require_study(p.db, "CIB_global"))) == 4


def test_a_taken_name_is_said_and_a_wrong_file_is_refused_untouched(project, tmp_path, capsys):
    for _ in range(2):
        assert (
            main(
                [
                    "study",
                    "import",
                    str(FIXTURES / "CIB_global.scw"),
                    "--project",
                    str(project),
                    "--study",
                    "Global",
                ]
            )
            == 0
        )
    assert "imported as study 'Global (2)' (the project already has a study named 'Global')" in (
        capsys.readouterr().out
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("not a study")
    assert main(["study", "import", str(notes), "--project", str(project)]) == 2
    assert "notes.txt: a scenario study is read from .scw" in capsys.readouterr().err
    damaged = tmp_path / "damaged.scw"
    shutil.copy(FIXTURES / "CIB_global.scw", damaged)
    damaged.write_text(damaged.read_text()[:200])
    assert main(["import", str(damaged), "--project", str(project)]) == 2
    assert "damaged.scw" in capsys.readouterr().err
    with open_project(project, read_only=True) as p:
        assert [s.name for s in list_studies(p.db)] == ["Global", "Global (2)"]


def test_study_list_of_a_project_without_studies(project, capsys):
    assert _json(capsys, "study", "list", "--project", project) == {"studies": []}
    assert main(["study", "list", "--project", str(project)]) == 0
    assert "no scenario study" in capsys.readouterr().out


def test_study_set_gives_a_role_and_a_weight_that_cib_uses(project, capsys):
    study = str(FIXTURES / "CIB_global.scw")
    assert main(["study", "import", study, "--project", str(project), "--study", "G"]) == 0
    before = _json(capsys, "cib", project, "--study", "G")
    out = _json(
        capsys,
        "study",
        "set",
        "--project",
        project,
        "--study",
        "G",
        "--descriptor",
        "WTRD",
        "--role",
        "lever",
        "--weight",
        "3",
    )
    assert out == {
        "study": "G", "scale": [-6, 6], "descriptor": "WTRD", "role": "lever", "weight": 3.0
    }
    after = _json(capsys, "cib", project, "--study", "G")
    assert [d["role"] for d in after["descriptors"]] == ["lever", "system", "system"]
    assert any("WTRD x3" in note for note in after["notes"])
    assert after["scenarios"] != before["scenarios"]  # a heavier trade regime changes the TIS
    assert "has no descriptor 'Nowhere' (WTRD, WSEC, WECO)" in _refused(
        capsys,
        "study",
        "set",
        "--project",
        str(project),
        "--study",
        "G",
        "--descriptor",
        "Nowhere",
        "--role",
        "lever",
    )
    assert "weight is a number above 0" in _refused(
        capsys,
        "study",
        "set",
        "--project",
        str(project),
        "--study",
        "G",
        "--descriptor",
        "WTRD",
        "--weight",
        "0",
    )


def test_study_set_scale_is_stored_listed_and_refused_over_stored_judgements(project, capsys):
    # CIB_global.scw holds judgements from -6 (WECO:RpdGr -> WTRD:Mix) to +5: the import
    # stores the symmetric scale that covers them, the file itself stores none
    study = str(FIXTURES / "CIB_global.scw")
    assert main(["study", "import", study, "--project", str(project), "--study", "G"]) == 0
    listed = _json(capsys, "study", "list", "--project", project)["studies"]
    assert listed[0]["scale"] == [-6, 6]
    assert "judgements from -6 to +5" in _refused(
        capsys, "study", "set", "--project", project, "--study", "G", "--scale", "-3", "3"
    )
    out = _json(capsys, "study", "set", "--project", project, "--study", "G",
                "--scale", "-7", "5")
    assert out == {"study": "G", "scale": [-7, 5]}
    with open_project(project, read_only=True) as p:
        assert require_study(p.db, "G").scale == (-7, 5)
    assert "negative to a positive" in _refused(
        capsys, "study", "set", "--project", project, "--study", "G", "--scale", "1", "5"
    )
    assert "need --descriptor" in _refused(
        capsys, "study", "set", "--project", project, "--study", "G", "--role", "lever"
    )


def test_analysts_weigh_the_scenarios_of_the_futures_ensemble(demo_project, capsys):
    study = "Global context (CIB sample)"
    assert (
        main(["futures", "--project", str(demo_project), "--study", study, "--weights", "analyst"])
        == 2
    )
    assert "S1 · " in capsys.readouterr().err  # every scenario without a weight is named
    for scenario, weight in (("S1", 1), ("S2", 2), ("3", 3), ("s4", 4)):
        out = _json(
            capsys,
            "study",
            "weigh",
            "--project",
            demo_project,
            "--study",
            study,
            "--scenario",
            scenario,
            "--weight",
            weight,
        )
        assert out["weight"] == weight
    run = _json(
        capsys,
        "futures",
        "--project",
        demo_project,
        "--study",
        study,
        "--weights",
        "analyst",
        "--draws",
        "0",
    )
    assert {s["scenario"]: s["weight"] for s in run["scenarios"]} == {
        1: 0.1,
        2: 0.2,
        3: 0.3,
        4: 0.4,
    }
    assert "no scenario 'S9' (S1, S2, S3, S4)" in _refused(
        capsys,
        "study",
        "weigh",
        "--project",
        str(demo_project),
        "--study",
        study,
        "--scenario",
        "S9",
        "--weight",
        "1",
    )
    assert "weight is a number of 0 or more" in _refused(
        capsys,
        "study",
        "weigh",
        "--project",
        str(demo_project),
        "--study",
        study,
        "--scenario",
        "S1",
        "--weight",
        "-1",
    )
