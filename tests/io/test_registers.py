"""Register workbooks: written with drop-downs, read back exactly, bad cells named by sheet and cell."""

import datetime

import openpyxl
import pytest

from desktop_app.io import registers as reg


def _content():
    return reg.RegisterContent(
        competencies=[
            reg.CompetencyRow(
                "Automotive engineering", "know-how", "Drive trains", "patents", "EPO PATSTAT"
            ),
            reg.CompetencyRow("=Formula lookalike", "skills"),
        ],
        institutions=[reg.InstitutionRow("Universität Stuttgart", "university", "DE1")],
        industry_links=[
            reg.IndustryLinkRow(
                "Automotive engineering", "B-E", 5, "DE1", "employment", "2010", None
            ),
            reg.IndustryLinkRow("Automotive engineering", "M-N", 3, "", "", "2017-04-01", "2021"),
        ],
        institution_links=[
            reg.InstitutionLinkRow(
                "Automotive engineering", "Universität Stuttgart", 4, "chairs", "2012", None
            ),
        ],
    )


def _strip(rows):
    return [row.__class__(**{**row.__dict__, "place": None}) for row in rows]


def test_round_trip_keeps_every_value(tmp_path):
    path = tmp_path / "register.xlsx"
    written = reg.write_registers(path, _content())
    assert written == {
        "competencies": 2,
        "institutions": 1,
        "industry_links": 2,
        "institution_links": 1,
    }
    read = reg.read_registers(path)
    assert read.problems == []
    original = _content()
    for key in reg.SHEETS:
        assert _strip(getattr(read.content, key)) == getattr(original, key), key
    # text that looks like a formula stays text
    assert read.content.competencies[1].name == "=Formula lookalike"
    assert read.content.industry_links[0].place.cell("strength") == "D2"


def test_written_workbook_has_drop_downs_for_types_and_strengths(tmp_path):
    path = tmp_path / "register.xlsx"
    reg.write_registers(path, _content(), blank_rows=50)
    wb = openpyxl.load_workbook(path)
    competencies = wb["Competencies"]
    rules = competencies.data_validations.dataValidation
    assert any(rule.type == "list" and "research" in rule.formula1 for rule in rules)
    links = wb["Competency-industry links"].data_validations.dataValidation
    assert any(rule.type == "whole" and str(rule.sqref) == "D2:D53" for rule in links)


def _filled(tmp_path):
    """A register as a field office might send it back: reordered columns, typos, real dates."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("competencies")  # case differs from the template
    ws.append(["Type", "Name", "Notes"])
    ws.append(["research", "Battery chemistry", "x"])
    ws.append(["magic", "Alchemy", ""])
    ws.append(["skills", "", ""])
    ws.append(["Skills", "battery chemistry", ""])
    ws = wb.create_sheet("Competency-industry links")
    ws.append(["competency", "industry", "strength", "from", "to"])
    ws.append(["Battery chemistry", "C", 4, datetime.datetime(2019, 5, 31), None])
    ws.append(["Battery chemistry", "J", 9, 2019, None])
    ws.append(["Battery chemistry", "K", 2, "spring 2020", None])
    ws.append(["Battery chemistry", "L", 2, 2021, 2018])
    ws.append([None, None, None, None, None])
    ws.append(["Battery chemistry", "M-N", 3.0, 2020.0, None])
    path = tmp_path / "returned.xlsx"
    wb.save(path)
    return path


def test_bad_cells_are_named_and_good_rows_kept(tmp_path):
    read = reg.read_registers(_filled(tmp_path))
    places = {(p.sheet, p.cell): (p.severity, p.reason) for p in read.problems}
    assert places[("competencies", "C1")][0] == "info"  # unknown column 'Notes'
    assert "types are know-how" in places[("competencies", "A3")][1]
    assert "name is empty" in places[("competencies", "B4")][1]
    assert "repeats row 2" in places[("competencies", "B5")][1]
    assert "from 1 to 5" in places[("Competency-industry links", "C3")][1]
    assert "not a date" in places[("Competency-industry links", "D4")][1]
    assert "ends (2018) before it starts (2021)" in places[("Competency-industry links", "E5")][1]
    assert len(read.errors) == 5
    links = read.content.industry_links
    assert [(link.industry, link.strength, link.valid_from) for link in links] == [
        ("C", 4, "2019-05-31"),
        ("M-N", 3, "2020"),
    ]
    # the repeated name: the later row wins
    assert [(c.name, c.type) for c in read.content.competencies] == [
        ("battery chemistry", "skills")
    ]
    assert read.content.institutions == []


def test_a_workbook_without_register_sheets_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Daten"
    wb.active.append(["a"])
    path = tmp_path / "other.xlsx"
    wb.save(path)
    with pytest.raises(ValueError, match="no register sheet.*Daten"):
        reg.read_registers(path)


def test_missing_required_column_names_the_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Competency-institution links"
    ws.append(["competency", "institution"])
    ws.append(["Battery chemistry", "KIT"])
    path = tmp_path / "nolevel.xlsx"
    wb.save(path)
    read = reg.read_registers(path)
    assert read.errors[0].cell == "A1" and "strength" in read.errors[0].reason
