"""anticipa lifecycle / priorities / register: JSON output and one-line errors."""

import json

import pytest
import reference_values as ref

from desktop_app.cli import main


def test_lifecycle_json_names_model_parameters_r2_stage_and_reason(demo_project, capsys):
    assert main(["lifecycle", "--project", str(demo_project), "--region", "DE7", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["region"] == "DE7" and payload["measure"] == "employees_de"
    rows = {row["industry"]: row for row in payload["industries"]}
    assert len(rows) == 10
    for row in rows.values():
        assert {"model", "parameters", "r2", "stage", "reason"} <= set(row)
        assert row["reason"]


def test_lifecycle_json_values_match_r_and_reat(demo_project, capsys):
    """Saxony's M-N: the logistic curve base R's nls() fits (tests/core/test_lifecycle_fit.py)
    and its 2014 LQ as REAT's locq() computes it, both on the demo data."""
    assert main(["lifecycle", "--project", str(demo_project), "--region", "DED", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out)["industries"]
               if r["industry"] == "M-N")
    assert row["model"] == "logistic"
    # nls(SSlogis): Asym 239632.932617, xmid 2003.84693842, 1 / scal 0.152619037623
    assert row["parameters"]["K"] == pytest.approx(239632.932617, rel=1e-5)
    assert row["parameters"]["t0"] == pytest.approx(2003.84693842, abs=0.01)
    assert row["parameters"]["r"] == pytest.approx(0.152619037623, rel=1e-4)
    assert row["lq"] == pytest.approx(ref.REAT_LOCQ_SACHSEN_2014[7], abs=5e-5)  # M-N, 8th


def test_lifecycle_text_and_user_errors(demo_project, capsys):
    assert (
        main(
            [
                "lifecycle",
                "--project",
                str(demo_project),
                "--region",
                "Bayern",
                "--criterion",
                "bic",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("Bayern (DE2), employees_de 2008-2014")
    assert main(["lifecycle", "--project", str(demo_project), "--region", "Nowhere"]) == 2
    assert "No region 'Nowhere'" in capsys.readouterr().err


def test_priorities_json(demo_project, tmp_path, capsys):
    criteria = tmp_path / "criteria.json"
    criteria.write_text(
        json.dumps(
            {
                "band": 0.2,
                "criteria": [
                    {"name": "LQ", "indicator": "lq", "weight": 2},
                    {"name": "Growth", "indicator": "growth", "weight": 1},
                ],
            }
        ),
        encoding="utf-8",
    )
    command = ["priorities", "--project", str(demo_project), "--region", "DE1"]
    assert main([*command, "--criteria", str(criteria), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["criteria"][0]["weight_share"] == round(2 / 3, 4)
    assert [row["rank"] for row in payload["ranking"]][0] == 1
    criteria.write_text("{", encoding="utf-8")
    assert main([*command, "--criteria", str(criteria)]) == 2
    assert "criteria.json, line 1" in capsys.readouterr().err


def test_register_export_then_dry_run_import(demo_project, tmp_path, capsys):
    out = tmp_path / "register.xlsx"
    assert main(["register", "--project", str(demo_project), "--export", str(out)]) == 0
    assert "7 competencies" in capsys.readouterr().out
    assert (
        main(
            [
                "register",
                "--project",
                str(demo_project),
                "--import",
                str(out),
                "--dry-run",
                "--json",
            ]
        )
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["written"] is False and payload["problems"] == []
