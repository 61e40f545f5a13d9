"""Layouts officials use (issue 12), end to end through the CLI and the import service.

The workbooks are built by tests/io/layout_fixtures.py from literal values; the answer files in
tests/fixtures/layouts/ were worked out by hand from those values.
"""

import csv
import json
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.io.recipes import PeriodRuleNeeded, Recipe
from desktop_app.services.importing import (
    NothingToImportError,
    commit_import,
    plan_import,
    plan_sheets,
    validate,
)
from desktop_app.store import classifications
from desktop_app.store.batches import list_batches
from desktop_app.store.project import create_project, open_project

sys.path.insert(0, str(Path(__file__).parents[1] / "io"))
import layout_fixtures  # noqa: E402

REGION_SHEETS = ["1. North East", "2. London", "3. United Kingdom"]


def _answer(name: str) -> set[tuple]:
    with (layout_fixtures.ANSWERS / name).open(encoding="utf-8") as handle:
        return {
            (r["region"], r["industry"], r["measure"], int(r["year"]), float(r["value"]),
             r["flag"] or None)
            for r in csv.DictReader(handle)
        }  # fmt: skip


def _stored(path: Path) -> set[tuple]:
    with open_project(path) as project:
        rows = project.db.execute(
            "SELECT r.code, i.code, m.code, o.year, o.value, o.flag FROM observations o "
            "JOIN regions r ON r.id = o.region_id JOIN industries i ON i.id = o.industry_id "
            "JOIN measures m ON m.id = o.measure_id"
        ).fetchall()
    return {(*row[:4], round(row[4], 6), row[5]) for row in rows}


def _planned(plan, measure: str) -> set[tuple]:
    return {
        (r.region, r.industry, r.measure or measure, r.year, round(r.value, 6), r.flag)
        for r in plan.records
    }


@pytest.fixture
def region_book(tmp_path):
    return layout_fixtures.region_sheets(tmp_path / "workforce_jobs.xlsx")


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.anticipa"
    create_project(path).close()
    return path


def test_region_per_sheet_imports_in_one_command(region_book, project, tmp_path, capsys):
    """The issue's case: region from the title, quarters to yearly means, codes under names."""
    recipe_file = tmp_path / "jobs.json"
    args = ["import", str(region_book), "--project", str(project), "--sheet", "*"]
    args += ["--periods", "mean", "--measure", "jobs", "--json", "--save-recipe", str(recipe_file)]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["sheets"] == [{"sheet": s, "observations": 12, "problems": 0} for s in REGION_SHEETS]
    places = {p["place"]: p["reason"] for p in out["problems"]}
    assert places["Contents"].startswith("left out: Contents!B4: expected")
    assert places["1. North East!A2"].startswith("scale thousands")
    assert _stored(project) == _answer("region_sheets_mean.csv")
    with open_project(project) as opened:
        db = opened.db
        (batch,) = list_batches(db)
        assert batch.sheets == tuple(REGION_SHEETS)
        assert batch.period_rule == "mean; incomplete years flagged"
        # the section's name is kept as an alias of its code
        manufacturing = classifications.resolve(db, "industry", "Manufacturing")
        assert manufacturing == classifications.resolve(db, "industry", "C")
        cell = db.execute(
            "SELECT o.sheet, o.cell FROM observations o JOIN regions r ON r.id = o.region_id "
            "JOIN industries i ON i.id = o.industry_id "
            "WHERE r.code = 'North East' AND i.code = 'C' AND o.year = 1997"
        ).fetchone()
        assert cell == ("1. North East", "C9:C12")
    saved = json.loads(recipe_file.read_text())
    assert saved["version"] == 2 and saved["sheet"] == "*"
    assert (saved["region_from"], saved["periods"], saved["code_row"]) == ("title", "mean", 5)
    assert "region" not in saved["fixed"] and saved["scale"] == "thousands"


def test_periods_without_a_rule_exit_2_naming_the_option(region_book, project, capsys):
    assert main(["import", str(region_book), "--project", str(project), "--sheet", "*"]) == 2
    err = capsys.readouterr().err
    assert "1. North East!A6: the rows are quarters ('Jun 96 (r)' ...)" in err
    assert "--periods mean" in err
    assert _stored(project) == set()


def test_one_quarter_and_complete_sums_by_the_service(region_book):
    q4 = plan_import(region_book, "[0-9]*", measure="jobs", periods="Q4")
    assert _planned(q4, "jobs") == _answer("region_sheets_q4.csv")
    sums = plan_import(
        region_book, "[0-9]*", measure="jobs", periods="sum", incomplete_years="drop"
    )
    assert _planned(sums, "jobs") == _answer("region_sheets_sum_complete.csv")


def test_a_year_keeps_the_cells_it_was_formed_of(region_book):
    plan = plan_import(region_book, "*", measure="jobs", periods="mean")
    north_east = plan.per_sheet[0]
    (r_1997,) = [
        r for r in north_east.records if (r.industry, r.year) == ("R", 1997)
    ]  # the June 1997 cell is blank
    assert (r_1997.cell, north_east.cells_of(r_1997)) == ("E9:E12", ("E9", "E11", "E12"))
    (a_1998,) = [r for r in north_east.records if (r.industry, r.year) == ("A", 1998)]
    assert north_east.cells_of(a_1998) == ("B13",)


def test_a_quarter_rule_on_months_is_refused(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Exports"
    sheet.append(["Region - Murcia"])
    sheet.append(["Month", "Exports"])
    for month, value in zip(
        ["2019-01", "2019-02", "2019-03", "2019-04"], [1, 2, 3, 4], strict=True
    ):
        sheet.append([month, value])
    book.save(tmp_path / "exports.xlsx")
    with pytest.raises(PeriodRuleNeeded, match="the periods are months: Q1 names a quarter"):
        plan_import(tmp_path / "exports.xlsx", "Exports", measure="exports", periods="Q1")
    plan = plan_import(tmp_path / "exports.xlsx", "Exports", measure="exports", periods="M03")
    assert [(r.region, r.year, r.value, r.cell) for r in plan.records] == [
        ("Murcia", 2019, 3.0, "B5")
    ]


def test_months_with_no_year_never_take_the_titles_year(tmp_path):
    """'Jan' ... 'Dec' under a title ending in 2019: the year is not guessed from the title."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Andalucía"
    sheet.append(["Exportaciones por mes, 2019"])
    sheet.append(["Mes", "Exportaciones"])
    for k, month in enumerate(["Ene", "Feb", "Mar", "Abr", "May", "Jun"]):
        sheet.append([month, 100 + k])
    book.save(tmp_path / "meses.xlsx")
    with pytest.raises(PeriodRuleNeeded, match="name no year"):
        plan_import(tmp_path / "meses.xlsx", "Andalucía", periods="sum")


def test_saved_recipe_serves_the_other_sheets_and_region_from_wins(region_book, tmp_path):
    first = plan_import(region_book, "1. North East", measure="jobs", periods="mean")
    recipe = Recipe.from_json(first.recipe.to_json())
    recipe.fixed["region"] = "Somewhere else"
    plan = plan_sheets(region_book, recipe, ["2. London"])
    assert {r.region for r in plan.records} == {"London"}
    recipe.region_from = "sheet"
    plan = plan_sheets(region_book, recipe, "3.*")
    assert {r.region for r in plan.records} == {"United Kingdom"}


def test_no_sheet_like_the_recipe_exits_2(region_book, project, tmp_path, capsys):
    recipe = plan_import(region_book, "1. North East", measure="jobs", periods="mean").recipe
    recipe.sheet = "Contents"
    recipe.save(tmp_path / "r.json")
    args = [
        "import",
        str(region_book),
        "--project",
        str(project),
        "--recipe",
        str(tmp_path / "r.json"),
    ]
    assert main([*args, "--sheet", "C*"]) == 2
    assert "no sheet matches the recipe (Contents: Contents!B4: expected" in capsys.readouterr().err
    with pytest.raises(NothingToImportError, match="no sheet's name matches"):
        plan_sheets(region_book, recipe, "Region *")


def test_two_sheets_giving_one_observation_leave_it_out(region_book, tmp_path):
    """With the region taken from a generic title, two sheets would write the same values."""
    recipe = plan_import(region_book, "1. North East", measure="jobs", periods="mean").recipe
    recipe.region_from = None
    recipe.fixed["region"] = "North"
    plan = plan_sheets(region_book, recipe, REGION_SHEETS[:2])
    assert plan.records == []
    assert any("also given by 2. London!" in p.reason for p in plan.problems)
    # the cells the left-out observations were formed of are explained, not counted as used
    alone = [plan_sheets(region_book, recipe, [name]).sheets[0] for name in REGION_SHEETS[:2]]
    formed_of = sum(len(e.cells_of(r)) for e in alone for r in e.records)
    assert formed_of >= len(plan.problems) > 0
    both = plan.extraction.cells
    assert both.read == sum(e.cells.read for e in alone)
    assert both.used == sum(e.cells.used for e in alone) - formed_of
    assert both.explained == sum(e.cells.explained for e in alone) + formed_of


def test_block_headings_named_in_the_title_are_regions(tmp_path, project, capsys):
    """The Göttingen case: headings are regions, WZ code + name the industry, years across."""
    book = layout_fixtures.goettingen_blocks(tmp_path / "goettingen.xlsx")
    args = ["import", str(book), "--project", str(project), "--measure", "employees", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["observations"]["new"] == 23 and out["observations"]["rejected"] == 0
    assert _stored(project) == _answer("goettingen_blocks.csv")
    with open_project(project) as opened:
        assert classifications.resolve(opened.db, "industry", "Baugewerbe") == (
            classifications.resolve(opened.db, "industry", "F")
        )


def test_block_headings_the_project_knows_are_regions(tmp_path):
    """Headings not in the title but among the project's regions are regions too."""
    from openpyxl import load_workbook

    path = layout_fixtures.goettingen_blocks(tmp_path / "g.xlsx")
    book = load_workbook(path)
    book.active["A1"] = "Sozialversicherungspflichtig Beschäftigte nach Wirtschaftsabschnitten"
    book.save(path)
    plan = plan_import(path, measure="employees")
    assert plan.recipe.section_role == "measure"  # not known: what measure is the heading
    plan = plan_import(path, measure="employees", places={"Deutschland", "Stadt Göttingen"})
    assert plan.recipe.section_role == "region"
    assert {r.region for r in plan.records} == {"Deutschland", "Stadt Göttingen"}


def test_report_per_sheet_and_one_batch(region_book, tmp_path):
    db = create_project(tmp_path / "q.anticipa")
    try:
        plan = plan_import(region_book, "*", measure="jobs", periods="last")
        report = validate(db.db, plan)
        assert [s["sheet"] for s in report.sheets] == REGION_SHEETS
        assert "sheet 2. London: 12 observations, 0 problems" in report.as_text()
        batch = commit_import(db.db, plan)
        sheets = db.db.execute(
            "SELECT DISTINCT sheet FROM observations WHERE batch_id = ? ORDER BY sheet", [batch]
        ).fetchall()
        assert [s for (s,) in sheets] == REGION_SHEETS
        # last: the latest quarter there is, 1998 from March alone
        value = db.db.execute(
            "SELECT o.value, o.flag FROM observations o JOIN regions r ON r.id = o.region_id "
            "JOIN industries i ON i.id = o.industry_id "
            "WHERE r.code = 'London' AND i.code = 'P' AND o.year = 1998"
        ).fetchone()
        assert value == (264000.0, "incomplete")
    finally:
        db.close()


def test_quarters_across_the_columns_summed(tmp_path, project, capsys):
    """'Región: Murcia' over quarters '1T 2019' … '1T 2020' across, thousands of euros."""
    book = layout_fixtures.quarters_across(tmp_path / "murcia.xlsx")
    args = ["import", str(book), "--project", str(project), "--measure", "exports"]
    assert main([*args, "--periods", "sum", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    places = {p["place"]: p["reason"] for p in out["problems"]}
    assert places["Cuadro 3!A2"].startswith("scale thousands")
    assert _stored(project) == _answer("quarters_across_sum.csv")
    with open_project(project) as opened:
        cell = opened.db.execute(
            "SELECT o.cell FROM observations o JOIN industries i ON i.id = o.industry_id "
            "WHERE i.code = 'Industria' AND o.year = 2019"
        ).fetchone()
    assert cell == ("B6:E6",)


def test_a_whole_year_column_among_quarters_is_reported(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Cuadro 1"
    sheet.append(["Región: Murcia"])
    sheet.append(["Actividad", "1T 2019", "2T 2019", "3T 2019", "4T 2019", "2019"])
    sheet.append(["Agricultura", 1, 2, 3, 4, 10])
    book.save(tmp_path / "t.xlsx")
    plan = plan_import(tmp_path / "t.xlsx", "Cuadro 1", measure="exports", periods="sum")
    assert [(r.industry, r.year, r.value, r.cell) for r in plan.records] == [
        ("Agricultura", 2019, 10.0, "B3:E3")
    ]
    problems = [(p.cell, p.severity) for p in plan.problems if p.severity != "info"]
    assert problems == [("F3", "error")]


def test_real_quarterly_workbook_with_codes_over_names(fixtures_dir):
    """ONS labour productivity: 'SIC07:' codes over 'Description:' names, quarters down."""
    from desktop_app.io.workbook import open_workbook

    path = fixtures_dir / "excel" / "ons_labour_productivity_industry_division.xls"
    plan = plan_import(path, "Hours", periods="mean")
    assert plan.recipe.code_row == 6 and plan.recipe.across == ["industry"]
    assert len({r.industry for r in plan.records}) == 67
    assert len(plan.records) == 67 * 25  # 1994-2018, 2018 from three quarters
    with open_workbook(path) as book:
        rows = book.read_sheet("Hours").rows
    assert [rows[r][0] for r in range(7, 11)] == ["1994 Q1", "1994 Q2", "1994 Q3", "1994 Q4"]
    (a_1994,) = [r for r in plan.records if (r.industry, r.year) == ("A", 1994)]
    assert a_1994.value == pytest.approx(sum(rows[r][1] for r in range(7, 11)) / 4, rel=1e-12)
    assert (a_1994.industry_name, a_1994.cell) == ("AGRICULTURE, FORESTRY AND FISHING", "B8:B11")
