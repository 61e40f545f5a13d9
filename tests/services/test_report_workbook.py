"""The report workbook on the demo project: indicator, lifecycle, competency and scenario sheets
computed by their own services, with native charts and conditional formatting."""

import re

import openpyxl
import pytest

from desktop_app.errors import UserError
from desktop_app.services.export import ReportScope, Selection, export_project
from desktop_app.services.lifecycles import analyse_region, report_regions
from desktop_app.store.project import open_project


@pytest.fixture(scope="module")
def report(_demo_master, tmp_path_factory):
    """The demo's report workbook for two Länder, and the project it came from (read only)."""
    target = tmp_path_factory.mktemp("report") / "report.xlsx"
    with open_project(_demo_master) as project:
        result = export_project(
            project.db,
            target,
            "report",
            Selection(measures=("employees_de",), regions=("DE1", "DE3")),
        )
    return result, openpyxl.load_workbook(target)


def _table(ws, title):
    """Header and rows of the table titled ``title`` on a report sheet."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(k for k, r in enumerate(rows) if r and r[0] == title)
    header = [c for c in rows[start + 1] if c is not None]
    body = []
    for r in rows[start + 2 :]:
        if sum(v is not None for v in r) < 2:  # a blank row or a note under the table
            break
        body.append(dict(zip(header, r, strict=False)))
    return header, body


def test_sheets_of_every_section(report):
    result, wb = report
    assert result.sheets == [
        "Summary",
        "employees_de overview",
        "Indicators employees_de",
        "Lifecycles",
        "Competencies",
        "Scenarios",
        # the demo's futures study projects DE1, one sheet per scenario
        "Futures S1",
        "Futures S2",
        "Futures S3",
        "Futures S4",
        "Signposts",
        "Radar",
        "Experiments",
        # the demo's policy options on the global study (id 1), by outcome
        "Options 1 jobs",
        "Options 1 emissions",
    ]
    assert result.notes == ["Lifecycles of Baden-Württemberg, Berlin (the selected regions)."]
    # native charts drawn from the cells: growth, LQ by industry, competencies, TIS, MICMAC map,
    # each scenario's projected total, signposts per scenario
    assert [len(wb[name]._charts) for name in result.sheets] == [
        0, 1, 0, 2, 1, 4, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    # the selection's regions DE1 and DE3: Bayern's signpost is left out, the judgement stays
    signposts = {row["signpost"] for row in _table(wb["Signposts"], "Signposts")[1]}
    assert len(signposts) == 6 and "Public sector jobs in Bayern" not in signposts


def test_lifecycle_table_is_the_lifecycle_service_result(report, _demo_master):
    _, wb = report
    header, rows = _table(
        wb["Lifecycles"],
        next(
            c.value for c in wb["Lifecycles"]["A"] if c.value and str(c.value).startswith("Baden")
        ),
    )
    assert header[:5] == ["code", "industry", "stage", "set by", "model"]
    with open_project(_demo_master) as project:
        expected = analyse_region(project.db, "DE1", "employees_de", with_reference=False)
    assert [r["code"] for r in rows] == [i.industry.code for i in expected.industries]
    assert [r["stage"] for r in rows] == [i.stage or "no stage" for i in expected.industries]
    assert [r["reason"] for r in rows] == [i.assessment.reason for i in expected.industries]
    assert wb["Lifecycles"].conditional_formatting  # stages, LQ >= 1 and growth coloured


def test_scenario_tableau_and_micmac_per_study(report):
    _, wb = report
    ws = wb["Scenarios"]
    header, rows = _table(ws, "Global context (CIB sample): scenarios")
    assert header[:3] == ["scenario", "TIS", "inconsistency"]
    assert len(rows) == 4 and [r["TIS"] for r in rows] == sorted(
        (r["TIS"] for r in rows), reverse=True
    )
    assert {r["inconsistency"] for r in rows} == {0}
    header, rows = _table(ws, "Global context (CIB sample): MICMAC")
    assert {r["quadrant"] for r in rows} <= {"determinant", "relay", "dependent", "autonomous"}
    assert sorted(r["indirect rank"] for r in rows) == [1, 2, 3]


def test_without_a_selection_the_report_covers_the_regions_worked_on(_demo_master):
    with open_project(_demo_master) as project:
        codes = {
            project.db.execute("SELECT code FROM regions WHERE id = ?", [rid]).fetchone()[0]
            for rid in report_regions(project.db, None)
        }
    # the demo register describes Baden-Württemberg's and Bayern's institutions and links
    assert codes == {"DE1", "DE2"}


def test_the_report_covers_the_chosen_region_and_study(_demo_master, tmp_path):
    target = tmp_path / "report.xlsx"
    with open_project(_demo_master) as project:
        result = export_project(project.db, target, "report", Selection(measures=("employees_de",)),
                                report_scope=ReportScope(regions=("DEG",),
                                                         studies=("Global context (CIB sample)",)))
    wb = openpyxl.load_workbook(target)
    titles = [c.value for c in wb["Lifecycles"]["A"] if c.value and re.match(r".+ \(DE.\): ",
                                                                              str(c.value))]
    assert len(titles) == 1 and titles[0].startswith("Thüringen (DEG): ")
    scenario_titles = [c.value for c in wb["Scenarios"]["A"]
                       if c.value and str(c.value).endswith((": scenarios", ": MICMAC"))]
    assert scenario_titles == ["Global context (CIB sample): scenarios",
                               "Global context (CIB sample): MICMAC"]
    assert "Lifecycles of Thüringen (as chosen)." in result.notes
    assert "Scenario studies: Global context (CIB sample) (as chosen)." in result.notes


def test_a_report_scope_names_what_is_not_there(_demo_master, tmp_path):
    with open_project(_demo_master) as project:
        with pytest.raises(UserError, match="Global context"):
            export_project(project.db, tmp_path / "r.xlsx", "report",
                           report_scope=ReportScope(studies=("No such study",)))
        with pytest.raises(UserError, match="unknown region code"):
            export_project(project.db, tmp_path / "r.xlsx", "report",
                           report_scope=ReportScope(regions=("XX9",)))
        with pytest.raises(UserError, match="only for the report layout"):
            export_project(project.db, tmp_path / "r.xlsx", "tidy",
                           report_scope=ReportScope(regions=("DEG",)))
