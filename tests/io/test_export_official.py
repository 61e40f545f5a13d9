"""Official wide layout on the real demo data: titles, units, markers, footnotes, panes."""

import numpy as np
import openpyxl
import pytest
from export_fixtures import MEASURE, classifications, demo_cube, formula_cells

from desktop_app.io.export_official import OfficialTable, write_official


def _tables():
    regions, industries = classifications()
    by_code = {r.code: r for r in regions}
    ind_by_code = {i.code: i for i in industries}
    region_codes, industry_codes, years, cube = demo_cube()
    for k, code in enumerate(industry_codes):
        yield OfficialTable(
            MEASURE,
            ind_by_code[code],
            [by_code[c] for c in region_codes],
            years,
            cube[:, k, :],
            sources=["Regionaldatenbank Deutschland, Tab. 254-74-4-B"],
        )


def test_demo_tables(tmp_path):
    target = tmp_path / "official.xlsx"
    names = write_official(target, _tables(), title="Employment in the German Länder")
    assert len(names) == 10 and names[0] == "employees_de A"
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "Contents"
    ws = wb["employees_de A"]
    assert ws["A1"].value.startswith("Employees subject to social insurance (30 June): A ")
    assert ws["A2"].value == "Unit: persons. Regions by year."
    assert [c.value for c in ws[4]][:4] == ["Code", "Region", 2008, 2009]
    # Baden-Württemberg, agriculture, 2008 = 14,042 persons (REAT G.regions.emp)
    assert (ws["A5"].value, ws["B5"].value, ws["C5"].value) == ("DE1", "Baden-Württemberg", 14042)
    assert ws["C5"].number_format == "#,##0"
    assert ws.freeze_panes == "C5"
    assert ws.print_title_rows == "$1:$4"
    assert ws["A22"].value.startswith("Source: Regionaldatenbank")
    assert ws.column_dimensions["B"].width >= len("Mecklenburg-Vorpommern")
    link = wb["Contents"]["A5"]
    assert link.value == "employees_de A" and "employees_de A" in str(
        link.hyperlink.target or link.hyperlink.location
    )
    assert formula_cells(target) == []


def test_markers_flags_and_decimals(tmp_path):
    regions, industries = classifications()
    values = np.array([[1234.56, np.nan, 7.0], [np.nan, 12.5, -3.25]])
    flags = np.array(
        [[None, "suppressed", "provisional"], [None, "estimated", "nil"]], dtype=object
    )
    table = OfficialTable(
        MEASURE, industries[0], regions[:2], [2020, 2021, 2022], values, flags, ["=evil source"]
    )
    target = tmp_path / "flags.xlsx"
    write_official(target, [table])
    ws = openpyxl.load_workbook(target)["employees_de A"]
    assert ws["D5"].value == "x" and ws["C6"].value == ".."
    assert ws["E5"].value == 7 and ws["E5"].number_format == '#,##0.0" p"'
    assert ws["E6"].value == -3.25 and ws["E6"].number_format == "#,##0.0"
    notes = [ws.cell(r, 1).value for r in range(8, 11)]
    assert notes[0] == "Source: =evil source"
    assert "x = suppressed" in notes[1] and ".. = not available" in notes[1]
    assert "p = provisional" in notes[1] and "e = estimated" in notes[1]
    assert formula_cells(target) == []


def test_shape_is_checked():
    regions, industries = classifications()
    with pytest.raises(ValueError, match="expected regions x years"):
        OfficialTable(MEASURE, industries[0], regions[:2], [2020], np.zeros((3, 1)))
