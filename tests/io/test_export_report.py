"""Report workbook on the demo: LQ table with threshold colouring and charts."""

import zipfile

import openpyxl
import pytest
from export_fixtures import demo_cube, formula_cells

from desktop_app.io.export_report import (
    ChartSpec,
    Highlight,
    ReportSheet,
    ReportTable,
    write_report,
)


def demo_sheets():
    regions, industries, years, cube = demo_cube()
    last = cube[:, :, -1]
    # location quotient, Berlin (DE3) vs Germany, 2014: (e_ri / e_r) / (e_i / e)
    r = regions.index("DE3")
    lq = (last[r] / last[r].sum()) / (last.sum(axis=0) / last.sum())
    growth = (cube[r, :, -1] / cube[r, :, 0]) ** (1 / (len(years) - 1)) - 1
    indicator = ReportTable(
        "Berlin: location quotients 2014 (reference: Germany)",
        ["industry", "employment 2014", "LQ", "growth per year 2008-2014"],
        [[i, float(last[r, k]), float(lq[k]), float(growth[k])] for k, i in enumerate(industries)],
        number_formats={
            "employment 2014": "#,##0",
            "LQ": "0.00",
            "growth per year 2008-2014": "0.0%",
        },
        highlights=[
            Highlight("LQ", "at_least", 1.0),
            Highlight("LQ", "below", 1.0),
            Highlight("growth per year 2008-2014", "scale"),
            Highlight("employment 2014", "bar"),
        ],
        chart=ChartSpec("bar", "industry", ["LQ"], "Location quotient, Berlin 2014"),
        notes=["LQ = (e_ri / e_r) / (e_i / e); computed from Regionaldatenbank Tab. 254-74-4-B."],
    )
    series = ReportTable(
        "Berlin: employment by year",
        ["year", "J", "M-N"],
        [
            [
                y,
                float(cube[r, industries.index("J"), t]),
                float(cube[r, industries.index("M-N"), t]),
            ]
            for t, y in enumerate(years)
        ],
        number_formats={"J": "#,##0", "M-N": "#,##0"},
        chart=ChartSpec("line", "year", ["J", "M-N"], "Employment, Berlin", y_title="persons"),
    )
    stages = ReportTable(
        "Lifecycle stages",
        ["industry", "stage", "reason"],
        [["J", "growth", "=employment up 4 %/yr"], ["A", "decline", "falling"]],
        highlights=[Highlight("stage", "equals", "growth")],
    )
    return [
        ReportSheet("Indicators", "Specialisation of Berlin", [indicator, series]),
        ReportSheet("Lifecycles", "Stage judgements", [stages]),
    ], lq


def test_report_workbook(tmp_path):
    sheets, lq = demo_sheets()
    target = tmp_path / "report.xlsx"
    names = write_report(target, sheets, "Berlin report", notes=["Scenario results: none yet."])
    assert names == ["Indicators", "Lifecycles"]
    wb = openpyxl.load_workbook(target)
    ws = wb["Indicators"]
    assert ws["A1"].value.startswith("Berlin: location quotients")
    assert [c.value for c in ws[2]] == [
        "industry",
        "employment 2014",
        "LQ",
        "growth per year 2008-2014",
    ]
    # Berlin J (information and communication) is specialised: LQ > 1 in 2014
    j = [ws.cell(r, 1).value for r in range(3, 13)].index("J")
    assert ws.cell(3 + j, 3).value == pytest.approx(lq[j]) and lq[j] > 1.5
    assert ws.cell(3 + j, 3).number_format == "0.00"
    rules = {str(rng.sqref): [r.type for r in rng.rules] for rng in ws.conditional_formatting}
    assert rules["C3:C12"] == ["cellIs", "cellIs"]
    assert rules["D3:D12"] == ["colorScale"] and rules["B3:B12"] == ["dataBar"]
    with zipfile.ZipFile(target) as zf:
        charts = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        xml = zf.read(charts[0]).decode()
        assert "<barChart>" in xml and "Indicators" in xml
    assert wb["Lifecycles"]["C3"].value == "=employment up 4 %/yr"
    assert formula_cells(target) == []
    assert wb["Summary"]["A5"].value == "Indicators"


def test_bad_tables_are_refused():
    with pytest.raises(ValueError, match="row 1: 1 values for 2 columns"):
        ReportTable("t", ["a", "b"], [[1]])
    with pytest.raises(ValueError, match="unknown column"):
        ReportTable("t", ["a"], [[1]], highlights=[Highlight("z", "bar")])


def test_an_unknown_highlight_is_refused_and_nothing_written(tmp_path):
    table = ReportTable("t", ["a"], [[1]], highlights=[Highlight("a", "stripes")])
    target = tmp_path / "report.xlsx"
    with pytest.raises(ValueError, match="unknown highlight kind 'stripes'"):
        write_report(target, [ReportSheet("S", "s", [table])], "r")
    assert list(tmp_path.iterdir()) == []
