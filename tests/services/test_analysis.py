"""The analysis service on the demo project: cube, reference choice, indicators, left-out cells.

Reference numbers come from tests/core/reference_values.py (REAT 3.0.3 run on the same demo
data by bench/reference/analysis_reat_econgeo.R), so the service is checked end to end against
the same references as the core.
"""

import numpy as np
import pytest
import reference_values as ref
from analysis_data import LAENDER_CODES_IN_CSV_ORDER
from numpy.testing import assert_allclose

from desktop_app.services import analysis
from desktop_app.services.progress import Cancelled, NullProgress
from desktop_app.store.observations import ObservationFilter
from desktop_app.store.project import open_project


@pytest.fixture
def db(demo_project):
    with open_project(demo_project) as project:
        yield project.db


def test_parent_region_stands_for_the_sum_of_its_children(db):
    data = analysis.load_analysis(db, "employees_de", "DE")
    assert len(data.regions) == 16 and data.reference_code == "DE"
    assert data.reference_label == "Germany (sum of its regions)"
    assert_allclose(data.reference, np.nansum(data.values, axis=0))


def test_region_with_own_numbers_is_the_reference(db):
    data = analysis.load_analysis(db, "employees_eu", "DE")
    germany = data.region_index("DE")
    assert data.reference_label == "Germany"
    assert_allclose(data.reference, data.values[germany])
    payload = analysis.lq_payload(db, 2016, "employees_eu", "DE")
    row = next(r for r in payload["regions"] if r["region"] == "DE")
    assert_allclose(row["lq"], 1.0)


def test_lq_payload_matches_reat_locq(db):
    payload = analysis.lq_payload(db, 2014, "employees_de")
    saxony = next(r for r in payload["regions"] if r["region"] == "DED")
    assert_allclose(saxony["lq"], ref.REAT_LOCQ_SACHSEN_2014, rtol=1e-12)
    assert payload["left_out"] == []


@pytest.mark.parametrize(
    "method, expected",
    [
        ("dunn", ref.REAT_SHIFT_DUNN),
        ("esteban", ref.REAT_SHIFT_ESTEBAN),
        ("dynamic", ref.REAT_SHIFTD_DUNN),
    ],
)
def test_shift_share_payload_matches_reat(db, method, expected):
    out = analysis.shift_share_payload(db, "DED", "DE", 2008, 2014, "employees_de", method)
    last = "allocation" if method == "esteban" else None
    got = [out["growth"], out["national_share"], out["industry_mix"], out["regional_share"]]
    assert_allclose(got, expected[:4], rtol=1e-9)
    if last:
        assert_allclose(out[last], expected[4], rtol=1e-9)
        classic = analysis.shift_share_payload(db, "DED", "DE", 2008, 2014, "employees_de")
        assert out["regional_share"] + out["allocation"] == pytest.approx(
            classic["regional_share"], rel=1e-12
        )
    by_industry = out["by_industry"]
    assert len(by_industry) == 10
    assert sum(row["growth"] for row in by_industry) == pytest.approx(out["growth"])


def test_missing_iceland_2007_is_reported_not_hidden(db):
    result = analysis.run_analysis(db, "employees_eu")
    iceland = result.data.region_index("IS")
    assert np.isnan(result.lq[iceland, :, 0]).all()
    reasons = {(r.indicator, r.reason): r for r in result.left_out}
    stored = reasons[("data", "stored without a number (flagged)")]
    assert stored.count == 10 and stored.examples[0] == "IS / A / 2007"
    assert reasons[("LQ", "value missing or suppressed")].count == 10
    assert ("ECI", "region is specialised in no industry (diversity 0)") in reasons


def test_ellison_glaeser_where_establishment_counts_exist(db):
    from desktop_app.store.batches import create_batch
    from desktop_app.store.measures import ensure_measure
    from desktop_app.store.observations import NewObservation, write_observations

    result = analysis.run_analysis(db, "employees_de")
    note = next(r for r in result.left_out if r.indicator == "Ellison-Glaeser")
    assert note.count == 10 and "needs establishment counts" in note.reason
    assert "Ellison-Glaeser" not in result.concentration
    data = result.data
    measure = ensure_measure(db, "establishments_de", "Establishments", "count")
    batch = create_batch(db, "manual", label="test counts")
    write_observations(
        db,
        [
            NewObservation(r.id, c.id, measure, int(y), 100.0)
            for r in data.regions
            for c in data.industries
            for y in data.years
        ],
        batch,
    )
    result = analysis.run_analysis(db, "employees_de")
    assert not any(r.indicator == "Ellison-Glaeser" for r in result.left_out)
    assert np.isfinite(result.concentration["Ellison-Glaeser"]).all()


def test_complexity_payload_matches_ecomplexity(db):
    out = analysis.complexity_payload(db, 2014, "employees_de")
    assert set(out) == {"regions", "industries"}
    # ecomplexity 0.5.3 and EconGeo on the same Laender employment (regions in the CSV's order)
    regions = {r["region"]: r for r in out["regions"]}
    in_csv_order = [regions[code] for code in LAENDER_CODES_IN_CSV_ORDER]
    assert_allclose([r["eci"] for r in in_csv_order], ref.ECX_DE_ECI_2014, rtol=1e-6)
    assert_allclose([i["pci"] for i in out["industries"]], ref.ECX_DE_PCI_2014, rtol=1e-6)
    assert [r["diversity"] for r in in_csv_order] == ref.ECONGEO_DIVERSITY_2014
    assert [i["ubiquity"] for i in out["industries"]] == ref.ECONGEO_UBIQUITY_2014


def test_unknown_choices_are_user_errors(db):
    with pytest.raises(analysis.AnalysisError, match="No measure"):
        analysis.load_analysis(db, "nothing")
    with pytest.raises(analysis.AnalysisError, match="no data for 1990"):
        analysis.lq_payload(db, 1990, "employees_de")
    with pytest.raises(analysis.AnalysisError, match="not among the regions"):
        analysis.shift_share_payload(db, "AT", "DE", 2008, 2014, "employees_de")


def test_cancel_stops_the_computation(db):
    progress = NullProgress()
    progress.cancel()
    with pytest.raises(Cancelled):
        analysis.run_analysis(db, "employees_de", progress=progress)


def test_report_sheets_hold_the_indicator_tables(db):
    sheets = analysis.report_sheets(db, ObservationFilter())
    assert [s.name for s in sheets] == ["Indicators employees_de", "Indicators employees_eu"]
    titles = [t.title for t in sheets[0].tables]
    assert titles[0].startswith("Location quotients 2014")
    lq = sheets[0].tables[0]
    saxony = next(row for row in lq.rows if row[0] == "DED")
    assert_allclose(saxony[2:], ref.REAT_LOCQ_SACHSEN_2014, rtol=1e-12)
    eu_notes = " ".join(sheets[1].tables[0].notes)
    assert "IS / A / 2007" in eu_notes


def test_report_export_picks_up_the_indicators(db, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.services.export import export_project

    target = tmp_path / "report.xlsx"
    export_project(db, target, layout="report")
    names = load_workbook(target, read_only=True).sheetnames
    assert any(name.startswith("Indicators") for name in names)
