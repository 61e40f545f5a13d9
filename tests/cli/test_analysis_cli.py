"""``anticipa lq``, ``shift-share`` and ``complexity``: JSON keys as documented, values as REAT,
EconGeo and ecomplexity compute them on the same data (tests/core/reference_values.py)."""

import json

import numpy as np
import pytest
import reference_values as ref
from analysis_data import LAENDER_CODES_IN_CSV_ORDER
from numpy.testing import assert_allclose

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
    saxony = next(r for r in out["regions"] if r["region"] == "DED")
    assert_allclose(saxony["lq"], ref.REAT_LOCQ_SACHSEN_2014, rtol=1e-12)
    # ecomplexity's RCA is the same ratio, for every Land (its results are in the CSV's order)
    by_code = {r["region"]: r["lq"] for r in out["regions"]}
    lq = np.array([by_code[code] for code in LAENDER_CODES_IN_CSV_ORDER])
    assert_allclose(lq.ravel(), ref.ECX_DE_RCA_2014, rtol=1e-12)


@pytest.mark.parametrize(("method", "reat"), [
    ("dunn", ref.REAT_SHIFT_DUNN),  # growth, national, mix, regional, net shift
    ("esteban", ref.REAT_SHIFT_ESTEBAN),  # growth, national, mix, regional, allocation
    ("dynamic", ref.REAT_SHIFTD_DUNN),
])
def test_shift_share_json(demo_project, capsys, method, reat):
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
    got = [out["growth"], out["national_share"], out["industry_mix"], out["regional_share"]]
    assert_allclose(got, reat[:4], rtol=1e-10)
    if method == "esteban":
        assert out["allocation"] == pytest.approx(reat[4], rel=1e-10)


def test_complexity_json(demo_project, capsys):
    out = run_json(
        capsys, "complexity", "--project", demo_project, "--year", 2016, "--measure", "employees_eu"
    )
    assert set(out) == {"regions", "industries"}
    assert [set(r) for r in out["regions"][:1]] == [{"region", "diversity", "eci"}]
    assert [set(i) for i in out["industries"][:1]] == [{"industry", "ubiquity", "pci"}]
    assert len(out["regions"]) == 30 and len(out["industries"]) == 10
    # ecomplexity 0.5.3 on eu28_employment.csv, 2016 (countries in the CSV's order)
    assert_allclose([r["eci"] for r in out["regions"]], ref.ECX_EU_ECI_2016, rtol=1e-6)
    assert_allclose([i["pci"] for i in out["industries"]], ref.ECX_EU_PCI_2016, rtol=1e-6)


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
