"""`anticipa signposts` and `anticipa experiments`: the JSON keys the issue names, on the demo."""

from __future__ import annotations

import json

from desktop_app.cli import main

STUDY = "Global context (CIB sample)"


def run_json(capsys, *args):
    assert main([*map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_signposts_json_shape_and_scenarios(demo_project, capsys):
    out = run_json(capsys, "signposts", "--project", demo_project, "--study", STUDY)
    assert set(out) == {"signposts", "scenarios"}
    assert len(out["signposts"]) == 7
    for row in out["signposts"]:
        assert set(row) == {"signpost", "indicator", "descriptor", "variant", "threshold",
                            "status", "year"}
        assert row["status"] in ("reached", "not reached", "unknown")
    by_name = {row["signpost"]: row for row in out["signposts"]}
    # 2014 against 2013 in Baden-Württemberg, B-E: 1,342,241 / 1,322,092 - 1 = +1.52 %
    boom = by_name["Manufacturing jobs in Baden-Württemberg (boom)"]
    assert (boom["variant"], boom["threshold"], boom["status"], boom["year"]) == (
        "Rapid growth", 1.5, "reached", 2014)
    assert by_name["Tariff talk in trade news"]["threshold"] is None
    assert len(out["scenarios"]) == 4  # the study's four consistent scenarios
    for s in out["scenarios"]:
        assert set(s) == {"study", "scenario", "label", "reached", "not_reached", "unknown"}
        assert s["study"] == STUDY
    assert run_json(capsys, "signposts", "--project", demo_project)["signposts"] == out[
        "signposts"]  # the other demo study has none


def test_experiments_json_and_due(demo_project, capsys):
    out = run_json(capsys, "experiments", "--project", demo_project)
    assert [e["experiment"] for e in out["experiments"]] == [
        "Coding bootcamp with the chamber", "Cluster manager for hydrogen",
        "Supplier transformation vouchers"]  # by decision date
    for e in out["experiments"]:
        assert set(e) == {"experiment", "hypothesis", "signal", "start", "decision_date",
                          "status", "due", "lesson"}
    # running with its decision on 2015-12-31: due; scaled up and stopped ones are decided
    assert [e["due"] for e in out["experiments"]] == [False, False, True]
    due = run_json(capsys, "experiments", "--project", demo_project, "--due")
    assert [e["experiment"] for e in due["experiments"]] == ["Supplier transformation vouchers"]


def test_unknown_study_is_one_line(demo_project, capsys):
    assert main(["signposts", "--project", str(demo_project), "--study", "Nope"]) == 2
    assert "Global context (CIB sample)" in capsys.readouterr().err


def test_import_says_which_signposts_changed(demo_project, tmp_path, capsys):
    path = tmp_path / "bw.csv"  # 1,287,209 / 1,342,241 - 1 = -4.1 %
    path.write_text("region,industry,year,employment\nBaden-Wuerttemberg,B-E,2015,1287209\n")
    out = run_json(capsys, "import", path, "--project", demo_project, "--measure", "employees_de")
    assert ("Manufacturing jobs in Baden-Württemberg fell 4.1 % in 2015: signpost for World "
            "economy: Decline reached") in out["signposts_changed"]
    assert len(out["signposts_changed"]) == 2
    after = run_json(capsys, "signposts", "--project", demo_project)
    decline = {r["signpost"]: r for r in after["signposts"]}[
        "Manufacturing jobs in Baden-Württemberg"]
    assert (decline["status"], decline["year"]) == ("reached", 2015)
