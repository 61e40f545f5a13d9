"""``anticipa lq``, ``shift-share`` and ``complexity``: JSON keys exactly as documented."""

import json

import pytest

from desktop_app.cli import main


def run_json(capsys, *args):
    assert main([*map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_lq_json(demo_project, capsys):
    out = run_json(
        capsys,
        "lq",
        "--project",
        demo_project,
        "--year",
        2014,
        "--measure",
        "employees_de",
        "--reference",
        "DE",
    )
    assert set(out) == {"measure", "year", "reference", "industries", "regions", "left_out"}
    assert out["reference"] == "Germany (sum of its regions)"
    assert len(out["industries"]) == 10 and len(out["regions"]) == 16
    assert set(out["regions"][0]) == {"region", "name", "lq"}


@pytest.mark.parametrize("method", ["dunn", "esteban", "dynamic"])
def test_shift_share_json_keys(demo_project, capsys, method):
    out = run_json(
        capsys,
        "shift-share",
        "--project",
        demo_project,
        "--region",
        "DED",
        "--reference",
        "DE",
        "--from",
        2008,
        "--to",
        2014,
        "--measure",
        "employees_de",
        "--method",
        method,
    )
    keys = {"growth", "national_share", "industry_mix", "regional_share", "by_industry"}
    if method == "esteban":
        keys.add("allocation")
    assert set(out) == keys
    assert isinstance(out["by_industry"], list) and len(out["by_industry"]) == 10
    assert out["national_share"] + out["industry_mix"] + out["regional_share"] + out.get(
        "allocation", 0
    ) == pytest.approx(out["growth"])


def test_complexity_json_keys(demo_project, capsys):
    out = run_json(
        capsys, "complexity", "--project", demo_project, "--year", 2016, "--measure", "employees_eu"
    )
    assert set(out) == {"regions", "industries"}
    assert [set(r) for r in out["regions"][:1]] == [{"region", "diversity", "eci"}]
    assert [set(i) for i in out["industries"][:1]] == [{"industry", "ubiquity", "pci"}]
    assert len(out["regions"]) == 30 and len(out["industries"]) == 10


def test_user_error_is_one_line(demo_project, capsys):
    assert main(["lq", "--project", str(demo_project), "--year", "1990"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("anticipa: ") and "no data for 1990" in err and err.count("\n") == 1


def test_text_output_names_the_reference(demo_project, capsys):
    assert (
        main(["lq", "--project", str(demo_project), "--year", "2016", "--measure", "employees_eu"])
        == 0
    )
    assert "against EU-28 plus Iceland and Norway (sum of its regions)" in capsys.readouterr().out
