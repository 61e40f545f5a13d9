"""Implausible mappings: each workbook of tests/implausible_books.py raises its doubt at the cell
that shows it, and the recipe field the doubt names settles it."""

import implausible_books as books
import pytest

from desktop_app.io.plausibility import (
    DOUBTS,
    label_doubts,
    open_doubts,
)
from desktop_app.io.recipes import Recipe, RecipeError
from desktop_app.io.standard_industries import is_section_name
from desktop_app.services.importing import plan_sheet, read_sheet


def _doubts(layout, recipe, regions=frozenset(), industries=frozenset()):
    plan = plan_sheet(layout, recipe)
    return plan, plan.sheet_doubts + label_doubts(
        plan.sheet, recipe, plan.records, set(regions), set(industries)
    )


def _codes_and_places(doubts):
    return {(d.code, d.place) for d in doubts}


def test_goettingen_blocks_industries_as_regions_and_places_in_the_measure(tmp_path):
    path = books.goettingen_blocks(tmp_path)
    layout, recipe = read_sheet(path, "Beschäftigte"), books.implausible_recipe(path)
    plan, doubts = _doubts(layout, recipe)
    # the sheet: A3 'Stadt Göttingen' and A22 'Deutschland' head the blocks; B5 is the first
    # section name ('Land- und Forstwirtschaft, Fischerei'), its first value C5
    assert _codes_and_places(doubts) == {
        ("headings-are-places", "Beschäftigte!A3"),
        ("region-labels-are-industries", "Beschäftigte!C5"),
    }
    places = next(d for d in doubts if d.code == "headings-are-places")
    assert '"Stadt Göttingen", "Deutschland"' in places.reason
    assert '"section_role": "region"' in places.settle
    industries = next(d for d in doubts if d.code == "region-labels-are-industries")
    assert industries.reason.startswith("16 of the 16 region labels are industries")

    # settled as the doubts say: the names are the industries, the headings the regions
    recipe.columns = {"A": "industry_code", "B": "industry_name"}
    recipe.section_role = "region"
    plan, doubts = _doubts(layout, recipe)
    assert doubts == []
    by_cell = {r.cell: r for r in plan.records}
    first, germany = by_cell["C5"], by_cell["L27"]  # row 27: 'D' in the Deutschland block, 2017
    assert (first.region, first.industry, first.year, first.value) == (
        "Stadt Göttingen",
        "A",
        2008,
        books.goettingen_value(0, 0, 2008),
    )
    assert (germany.region, germany.industry, germany.year, germany.value) == (
        "Deutschland",
        "D",
        2017,
        books.goettingen_value(1, 3, 2017),
    )


def test_twenty_value_columns_one_read(tmp_path):
    path = books.twenty_value_columns(tmp_path)
    layout, recipe = read_sheet(path, "Indicators"), books.implausible_recipe(path)
    _, doubts = _doubts(layout, recipe)
    assert _codes_and_places(doubts) == {("value-columns-left-out", "Indicators!E1")}
    assert doubts[0].reason.startswith("1 of the 20 columns of numbers is read; 19 are left out")
    # read them all, each column naming its measure
    recipe.value_columns, recipe.across, recipe.measure = ["D:W"], ["measure"], ""
    plan, doubts = _doubts(layout, recipe)
    assert doubts == [] and len(plan.records) == 12 * 20
    wages = next(r for r in plan.records if r.cell == "L3")  # row 3: North, Farming, 2020
    assert (wages.region, wages.industry, wages.year, wages.measure, wages.value) == (
        "North",
        "Farming",
        2020,
        "Wages",
        208.0,
    )
    # or say that the others are not wanted
    recipe = books.implausible_recipe(path)
    recipe.columns.update({books_col: "ignore" for books_col in ("E", "F", "G", "H")})
    assert _doubts(layout, recipe)[1][0].reason.startswith("1 of the 16 columns")


def test_total_region_while_the_title_names_the_region(tmp_path):
    path = books.region_in_title(tmp_path)
    layout, recipe = read_sheet(path, "1. North East"), books.implausible_recipe(path)
    _, doubts = _doubts(layout, recipe)
    assert _codes_and_places(doubts) == {("total-region-with-title-place", "1. North East!A1")}
    assert '"fixed": {"region": "North East"}' in doubts[0].settle
    recipe.fixed["region"] = "North East"
    plan, doubts = _doubts(layout, recipe)
    assert doubts == [] and {r.region for r in plan.records} == {"North East"}


def test_total_region_while_the_sheet_name_names_the_region(tmp_path):
    import openpyxl

    path = books.region_in_title(tmp_path)
    book = openpyxl.load_workbook(path)
    book.active["A1"] = "Workforce jobs"  # the title no longer names the region
    book.save(path)
    layout, recipe = read_sheet(path, "1. North East"), books.implausible_recipe(path)
    _, doubts = _doubts(layout, recipe)
    assert _codes_and_places(doubts) == {("total-region-with-title-place", "1. North East")}
    assert 'the sheet name "1. North East" names the region "North East"' in doubts[0].reason


def test_block_headings_that_are_industries_are_no_places(tmp_path):
    import openpyxl

    path = books.goettingen_blocks(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet["A1"] = "Beschäftigte nach Wirtschaftsabschnitten, 2008 bis 2017"  # no places listed
    sheet["A3"], sheet["A22"] = "Land- und Forstwirtschaft", "Baugewerbe"
    book.save(path)
    layout, recipe = read_sheet(path, "Beschäftigte"), books.implausible_recipe(path)
    recipe.columns = {"A": "region_code", "B": "region_name"}  # not what is checked here
    _, doubts = _doubts(layout, recipe)
    assert "headings-are-places" not in {d.code for d in doubts}


def test_units_while_a_header_says_thousands(tmp_path):
    path = books.thousands_in_header(tmp_path)
    layout, recipe = read_sheet(path, "Jobs"), books.implausible_recipe(path)
    _, doubts = _doubts(layout, recipe)
    assert _codes_and_places(doubts) == {("scale-word-not-applied", "Jobs!C3")}
    assert 'set "scale": "thousands"' in doubts[0].settle
    recipe.scale = "thousands"
    plan, doubts = _doubts(layout, recipe)
    assert doubts == [] and plan.records[0].value == 1500.0  # C4: 1.5 thousand


def test_year_from_a_title_over_rows_of_quarters(tmp_path):
    path = books.quarters_with_title_year(tmp_path)
    layout, recipe = read_sheet(path, "Quarters"), books.implausible_recipe(path)
    _, doubts = _doubts(layout, recipe)
    assert _codes_and_places(doubts) == {("title-year-with-periods", "Quarters!A4")}
    assert '"Mar 16 (r)", "Jun 16 (r)"' in doubts[0].reason
    # settled as it says: the quarters are periods, a year their mean (jobs are a stock)
    recipe.columns, recipe.periods, recipe.fixed = {"A": "period"}, "mean", {"region": "TOTAL"}
    plan, doubts = _doubts(layout, recipe)
    assert doubts == []
    farming_2016 = next(r for r in plan.records if r.industry == "Agriculture" and r.year == 2016)
    assert farming_2016.value == (100 + 101 + 102 + 103) / 4  # B4:B7, Mar 16 to Dec 16


def test_accepting_a_doubt_by_its_code_and_unknown_codes(tmp_path):
    path = books.thousands_in_header(tmp_path)
    layout, recipe = read_sheet(path, "Jobs"), books.implausible_recipe(path)
    _, doubts = _doubts(layout, recipe)
    recipe.accept = ["scale-word-not-applied"]
    assert open_doubts(doubts, recipe) == []
    again = Recipe.from_json(recipe.to_json())
    assert again.accept == ["scale-word-not-applied"]
    recipe.accept = ["looks-fine"]
    with pytest.raises(RecipeError, match="accept: unknown check"):
        recipe.validate()
    assert set(DOUBTS) >= {d.code for d in doubts}


def test_project_labels_on_the_wrong_side(tmp_path):
    path = books.twenty_value_columns(tmp_path)
    layout, recipe = read_sheet(path, "Indicators"), books.implausible_recipe(path)
    recipe.accept = ["value-columns-left-out"]
    recipe.columns = {"A": "industry", "B": "region", "C": "year"}  # swapped by mistake
    # a project that knows North and South as regions, Farming, Retail, Mining as industries
    _, doubts = _doubts(
        layout, recipe, regions={"north", "south"}, industries={"farming", "retail", "mining"}
    )
    assert {d.code for d in open_doubts(doubts, recipe)} == {
        "region-labels-are-industries",
        "industry-labels-are-regions",
    }
    recipe.columns = {"A": "region", "B": "industry", "C": "year"}
    _, doubts = _doubts(
        layout, recipe, regions={"north", "south"}, industries={"farming", "retail", "mining"}
    )
    assert open_doubts(doubts, recipe) == []


def test_section_names_of_the_standard_classifications():
    assert is_section_name("C Verarbeitendes Gewerbe")
    assert is_section_name("Manufacturing")
    assert is_section_name("Wasserversorgung; Abwasser- und Abfallentsorgung")  # shortened
    assert is_section_name("Construcción")
    assert not is_section_name("North East")
    assert not is_section_name("Bau")  # too short a piece of 'Baugewerbe' to tell
    assert not is_section_name("Stadt Göttingen")
