"""Lifecycles, priorities and the register on the demo project (real employment data)."""

import json

import numpy as np
import pytest
import reference_values as ref

from desktop_app.services import capabilities as caps
from desktop_app.services.lifecycles import LifecycleError, analyse_region, lifecycle_payload
from desktop_app.services.priorities import (
    CriteriaError,
    load_criteria,
    parse_criteria,
    priorities_payload,
    run_priorities,
)
from desktop_app.services.progress import Cancelled, NullProgress
from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.store.lifecycle_judgements import add_judgement
from desktop_app.store.project import open_project


@pytest.fixture
def demo(demo_project):
    with open_project(demo_project) as project:
        yield project.db


def test_lifecycle_of_a_region_with_judgement_in_force(demo):
    region = classifications.resolve(demo, "region", "Bayern")
    industry = classifications.resolve(demo, "industry", "K")
    add_judgement(
        demo,
        region,
        industry,
        "decline",
        "bank branch closures",
        author="ana",
        judged_on="2024-03-01",
    )
    result = analyse_region(demo, "Bayern")
    assert result.measure.code == "employees_de"
    assert result.reference_label == "Germany (sum of its regions)"
    assert [i.industry.code for i in result.industries][:3] == ["A", "B-E", "F"]
    finance = result.by_code("K")
    assert finance.stage == "decline" and finance.stage_source == "judgement"
    payload = lifecycle_payload(result)
    row = next(r for r in payload["industries"] if r["industry"] == "K")
    assert row["judgement"] == {
        "stage": "decline",
        "judged_on": "2024-03-01",
        "author": "ana",
        "reason": "bank branch closures",
    }
    assert row["computed_stage"] == finance.assessment.stage
    for row in payload["industries"]:
        assert row["reason"] and (
            row["stage"] in {"emergence", "growth", "maturity", "decline", "renewal"}
        )
        assert (row["model"] is None) == (row["parameters"] is None)
    json.dumps(payload, allow_nan=False)
    # the same industry in the reference (Germany, the sum of the Länder) has its own stage
    assert {"model", "parameters", "r2", "stage", "reason"} <= set(row["reference"])
    from desktop_app.services.analysis import load_analysis

    data = load_analysis(demo, "employees_de")
    k = [c.code for c in data.industries].index("K")
    assert finance.reference_values == pytest.approx(np.nansum(data.values[:, k], axis=0))
    # the LQ is against the sum of the Länder, as in the Analysis section
    total = np.nansum([i.values for i in result.industries], axis=0)
    information = result.by_code("J")
    assert information.years[-1] == 2014
    # ecomplexity's RCA of Bayern (second Land in the CSV) in J (fifth industry), 2014
    assert information.lq[-1] == pytest.approx(ref.ECX_DE_RCA_2014[1 * 10 + 4], rel=1e-12)
    # Bayern's employment in 2008: its ten rows of germany_laender_employment.csv add up to this
    assert total[0] == 4_517_632


def test_unknown_region_measure_and_cancel(demo):
    with pytest.raises(LifecycleError, match="No region 'Atlantis'"):
        analyse_region(demo, "Atlantis")
    with pytest.raises(LifecycleError, match="has no employees_eu data"):
        analyse_region(demo, "Bayern", measure="employees_eu")
    progress = NullProgress()
    progress.cancel()
    with pytest.raises(Cancelled):
        analyse_region(demo, "DE1", progress=progress)


def test_priorities_with_user_values_and_stability(demo, tmp_path):
    plan = parse_criteria(
        {
            "criteria": [
                {"name": "Specialisation", "indicator": "lq", "weight": 3},
                {"name": "Growth", "indicator": "growth", "weight": 2},
                {"name": "Jobs", "indicator": "jobs", "weight": 1},
                {"name": "Competencies", "indicator": "competencies", "weight": 1},
                {
                    "name": "Emissions",
                    "indicator": "values",
                    "weight": 1,
                    "higher_is_better": False,
                    "values": {"B-E": 5, "F": 3, "A": 4},
                },
            ],
        }
    )
    result = run_priorities(demo, "DE1", plan)
    payload = priorities_payload(result)
    ranks = [row["rank"] for row in payload["ranking"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    for row in payload["ranking"]:
        assert sum(row["parts"].values()) == pytest.approx(row["score"], abs=2e-4)
        assert row["best_rank"] <= row["rank"] <= row["worst_rank"]
        assert row["holds"] == (not row["can_swap_with"])
    # the demo register links B-E to four competencies in Baden-Wuerttemberg
    manufacturing = next(r for r in payload["ranking"] if r["item"] == "B-E")
    assert manufacturing["values"]["Competencies"] == 5 + 5 + 2 + 3 + 4
    missing = {(m["item"], m["criterion"]) for m in payload["missing"]}
    assert ("J", "Emissions") in missing and ("B-E", "Emissions") not in missing


def test_competency_priorities(demo):
    plan = parse_criteria(
        {
            "items": "competencies",
            "criteria": [
                {"indicator": "industries", "weight": 1},
                {"indicator": "institutions", "weight": 1},
            ],
        }
    )
    payload = priorities_payload(run_priorities(demo, "DE1", plan))
    assert payload["ranking"][0]["item"] in {
        "Automotive and drive-train engineering",
        "Artificial intelligence and machine learning",
        "Production and machine-tool engineering",
    }


def test_criteria_file_errors_name_the_place(tmp_path):
    bad = tmp_path / "c.json"
    bad.write_text('{"criteria": [\n {"indicator": "lq", "weight": 1,}\n]}', encoding="utf-8")
    with pytest.raises(CriteriaError, match=r"c.json, line 2 column"):
        load_criteria(bad)
    with pytest.raises(CriteriaError, match=r"criterion 2 \('Fun'\): unknown indicator 'fun'"):
        parse_criteria({"criteria": [{"indicator": "lq"}, {"name": "Fun", "indicator": "fun"}]})
    with pytest.raises(CriteriaError, match="positive number"):
        parse_criteria({"criteria": [{"indicator": "lq", "weight": -1}]})
    with pytest.raises(CriteriaError, match="measure:CODE"):
        parse_criteria({"criteria": [{"indicator": "measure:"}]})


def test_register_round_trip_dry_run_and_unresolved_labels(demo, tmp_path):
    out = tmp_path / "register.xlsx"
    written = caps.export_registers(demo, out)
    assert written["competencies"] == 7 and written["industry_links"] == 14
    # reading our own export back changes nothing and reports nothing
    again = caps.import_registers(demo, out, dry_run=True)
    assert again.problems == [] and again.added == {}
    assert again.updated["competencies"] == 7

    import openpyxl

    wb = openpyxl.load_workbook(out)
    ws = wb["Competency-industry links"]
    ws.append(["Welding", "C99", "", 3, "", 2020, None])
    ws.append(["Aerospace engineering", "J", "DE2", 4, "new", 2021, None])
    wb["Competencies"].append(["Welding", "skills", "", "", ""])
    wb.save(out)
    before = len(store.industry_links(demo))
    dry = caps.import_registers(demo, out, dry_run=True)
    assert not dry.written and len(store.industry_links(demo)) == before
    assert store.find_competency(demo, "Welding") is None
    error = next(p for p in dry.problems if p.severity == "error")
    assert (error.sheet, error.cell) == ("Competency-industry links", "B16")
    assert "no industry 'C99'" in error.reason
    done = caps.import_registers(demo, out)
    assert done.written and done.added == {"competencies": 1, "industry_links": 1}
    assert store.find_competency(demo, "Welding") is not None


def test_portfolio_and_dynamics_of_the_demo_register(demo):
    region = classifications.resolve(demo, "region", "DE1")
    result = analyse_region(demo, "DE1")
    stages = {i.industry.code: i.stage for i in result.industries}
    view = caps.capability_view(demo, region, stages, related={"M-N": ["J"], "J": ["M-N"]})
    kinds = {e.competency: e.kind for e in view.portfolio}
    assert kinds["Automotive and drive-train engineering"] == "platform"
    assert kinds["Artificial intelligence and machine learning"] == "platform"
    flows = view.dynamics
    assert flows.new_institution_links[2016] == 2  # Cyber Valley and Universität Stuttgart
    assert flows.diversification[2017] == 1  # AI from J into the related M-N
    assert sum(flows.new_collaborations.values()) > 0
