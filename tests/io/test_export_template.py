"""Collection templates: drop-downs, protection, and a filled template reads back directly."""

import openpyxl
import pytest
from export_fixtures import MEASURE, classifications, demo_rows

from desktop_app.io.export_template import write_template
from desktop_app.io.export_tidy import read_tidy


def _template(tmp_path, **kw):
    regions, industries = classifications()
    laender = [r for r in regions if r.code.startswith("DE") and len(r.code) == 3]
    target = tmp_path / "template.xlsx"
    n = write_template(target, laender, industries, [MEASURE], [2013, 2014], **kw)
    return target, n, laender, industries


def test_structure(tmp_path):
    target, n, laender, industries = _template(tmp_path)
    assert len(laender) == 16 and len(industries) == 10
    assert n == 16 * 10 * 2 + 200
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Instructions", "Data", "Codes"]
    data = wb["Data"]
    assert [c.value for c in data[1]] == [
        "region",
        "industry",
        "measure",
        "year",
        "value",
        "flag",
        "comment",
    ]
    assert all(ws.protection.sheet for ws in wb.worksheets)
    assert data["A1"].protection.locked and data["A2"].protection.locked
    assert not data["E2"].protection.locked and not data["G2"].protection.locked
    assert not data[f"A{322 + 1}"].protection.locked  # first blank row is free
    formulas = {str(dv.sqref): dv.formula1 for dv in data.data_validations.dataValidation}
    assert formulas["A2:A521"] == "='Codes'!$A$2:$A$17"
    assert formulas["B2:B521"] == "='Codes'!$D$2:$D$11"
    assert formulas["C2:C521"] == "='Codes'!$G$2:$G$2"
    assert formulas["D2:D521"] == "='Codes'!$K$2:$K$3"
    assert formulas["F2:F521"] == "='Codes'!$M$2:$M$9"
    codes = wb["Codes"]
    assert [codes.cell(r, 1).value for r in range(2, 18)] == [r.code for r in laender]
    assert codes["K2"].value == 2013
    assert wb.custom_doc_props["anticipa_layout"].value == "template"


def test_filled_template_reads_without_mapping(tmp_path):
    target, n, laender, industries = _template(tmp_path)
    truth = {(r[0], r[1], r[3]): r[4] for r in demo_rows() if r[3] in (2013, 2014)}
    wb = openpyxl.load_workbook(target)
    ws = wb["Data"]
    for r in range(2, 2 + 320):
        key = (ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 4).value)
        ws.cell(r, 5, truth[key])
    ws.cell(2, 5).value = None
    ws.cell(2, 6, "confidential")
    ws.cell(3, 7, "checked with the Land office")
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    back = read_tidy(filled)
    assert back.problems == []
    assert len(back.rows) == 320
    assert back.rows[0][4:6] == (None, "confidential")
    got = {(r[0], r[1], r[3]): r[4] for r in back.rows[1:]}
    assert all(got[k] == truth[k] for k in got)
    assert back.value_cells[:2] == ["E2", "E3"]
    # the Codes sheet gives the lists with their names and the measure's unit
    assert [(e.code, e.name) for e in back.content.regions] == [(r.code, r.name) for r in laender]
    assert [e.code for e in back.content.industries] == [i.code for i in industries]
    assert [(m.code, m.unit) for m in back.content.measures] == [(MEASURE.code, MEASURE.unit)]


def test_too_many_combinations(tmp_path):
    with pytest.raises(ValueError, match="at least one region"):
        write_template(tmp_path / "x.xlsx", [], [], [], [])
    target, n, *_ = _template(tmp_path, prefill=False, blank_rows=50)
    assert n == 50
