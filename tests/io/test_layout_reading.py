"""Periods below a year, places from a sheet's name or title, scale words, codes under names."""

import datetime as dt

import pytest

from desktop_app.io.periods import Period, as_quarters, combine, parse_period, rule_fits
from desktop_app.io.places import place_from_sheet, place_from_text
from desktop_app.io.table_detection import detect_tables
from desktop_app.io.tidy import auto_recipe, role_of_header, scale_word
from desktop_app.io.workbook import Grid


@pytest.mark.parametrize(
    ("label", "period"),
    [
        ("Mar 96 (r)", Period(1996, 3, 12, "revised")),
        ("Sep 18 (p)", Period(2018, 9, 12, "provisional")),
        ("Q1 2019", Period(2019, 1, 4)),
        ("2019 Q3", Period(2019, 3, 4)),
        ("2019-03", Period(2019, 3, 12)),
        ("2019M11", Period(2019, 11, 12)),
        ("Jan", Period(None, 1, 12)),
        ("Jan†", Period(None, 1, 12)),
        ("Apr¹", Period(None, 4, 12)),
        ("1T 2019", Period(2019, 1, 4)),
        ("4T 2019", Period(2019, 4, 4)),
        ("Trim. 1", Period(None, 1, 4)),
        ("Dezember 2018", Period(2018, 12, 12)),
        ("enero 2020", Period(2020, 1, 12)),
        (dt.date(2019, 3, 1), Period(2019, 3, 12)),
        (dt.date(2019, 3, 31), Period(2019, 3, 12)),
    ],
)
def test_period_labels(label, period):
    assert parse_period(label) == period


@pytest.mark.parametrize(
    "label", ["2019", 2019, "Manufacturing", "A", "C", "Total", "Q5 2019", dt.date(2016, 1, 10)]
)
def test_what_is_not_a_period(label):
    assert parse_period(label) is None


def test_months_three_apart_are_quarters():
    months = [parse_period(t) for t in ("Mar 96", "Jun 96", "Sep 96", "Dec 96", "Mar 97")]
    assert [(p.year, p.index, p.per_year) for p in as_quarters(months)] == [
        (1996, 1, 4), (1996, 2, 4), (1996, 3, 4), (1996, 4, 4), (1997, 1, 4)
    ]  # fmt: skip
    monthly = [parse_period(t) for t in ("Jan 96", "Feb 96", "Mar 96")]
    assert as_quarters(monthly) == monthly


def test_rules_form_a_year():
    full = {1: (10.0, None), 2: (20.0, "revised"), 3: (30.0, None), 4: (60.0, None)}
    assert combine(full, 4, "mean", "flag") == (30.0, "revised")
    assert combine(full, 4, "sum", "flag") == (120.0, "revised")
    assert combine(full, 4, "last", "flag") == (60.0, "revised")
    assert combine(full, 4, "Q2", "flag") == (20.0, "revised")
    three = {1: (10.0, None), 2: (20.0, None), 3: (60.0, "provisional")}
    assert combine(three, 4, "mean", "flag") == (30.0, "incomplete")
    assert combine(three, 4, "mean", "drop") is None
    assert combine(three, 4, "Q4", "flag") is None
    assert rule_fits("Q1", 12) and rule_fits("M03", 4) and rule_fits("M03", 12) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Region - North East", "North East"),
        ("Región: Andalucía", "Andalucía"),
        ("Land Brandenburg", "Brandenburg"),
        ("1. North East", "North East"),
        ("15. United Kingdom", "United Kingdom"),
        ("Workforce jobs by industry", None),
    ],
)
def test_place_after_a_label_or_number(text, place):
    assert place_from_text(text) == place


def test_a_generic_sheet_name_names_no_place():
    assert place_from_sheet("Andalucía") == "Andalucía"
    assert [place_from_sheet(n) for n in ("Sheet1", "Tabelle 3", "Contents")] == [None] * 3


def _grid(rows):
    width = max(map(len, rows))
    return Grid("t.xlsx", "S", [list(r) + [""] * (width - len(r)) for r in rows], [], [], [])


@pytest.mark.parametrize(
    ("word", "scale"),
    [
        ("Employee jobs (000s)", "thousands"),
        ("Beschäftigte in Tausend", "thousands"),
        ("Ocupados, en miles de personas", "thousands"),
        ("Gross value added, £ millions", "millions"),
        ("Jobs, miles travelled", None),
    ],
)
def test_scale_word_in_a_header_cell(word, scale):
    grid = _grid(
        [["Jobs by region"], ["Region", "2018", word], ["North", 1.0, 2.0], ["South", 3.0, 4.0]]
    )
    found = scale_word(grid, detect_tables(grid)[0])
    assert (found.scale, found.cell) == (scale, "C2") if scale else found is None


def test_codes_under_names_give_each_column_its_code():
    grid = _grid(
        [
            ["Region - Wales"],
            ["", "Manufacturing", "Education", "Arts, entertainment & recreation"],
            ["SIC 2007 section", "C", "P", "R"],
            ["Q1 2019", 10.0, 20.0, 30.0],
            ["Q2 2019", 11.0, 21.0, 31.0],
        ]
    )
    table = detect_tables(grid)[0]
    assert (table.header_rows, table.code_row, table.markers) == ([1, 2], 2, {})
    recipe = auto_recipe(grid, table)
    assert (recipe.across, recipe.code_row, recipe.columns) == (["industry"], 3, {"A": "year"})
    assert recipe.region_from == "title" and "year" not in recipe.fixed


@pytest.mark.parametrize(
    "header",
    ["WZ 2008", "Wirtschaftsabschnitt", "SIC 2007 section", "CIIU", "CAE", "rama", "actividad"],
)
def test_classification_column_names(header):
    assert role_of_header(header) == "industry"


def _stacked(headings, title):
    rows = [[title], []]
    for k, heading in enumerate(headings):
        rows += [[heading], ["Kreis", "2018", "2019"]]
        rows += [[f"Kreis {k}{j}", 10.0 * j + k, 11.0 * j + k] for j in range(1, 4)]
        rows.append([])
    return _grid(rows)


def test_block_headings_name_regions_industries_or_measures():
    places = ["Stadt Göttingen", "Deutschland"]
    in_title = _stacked(places, "Beschäftigte, Stadt Göttingen und Deutschland, 2018 bis 2019")
    assert auto_recipe(in_title, detect_tables(in_title)[0]).section_role == "region"
    coded = _stacked(["C Verarbeitendes Gewerbe", "F Baugewerbe"], "Beschäftigte nach Kreisen")
    recipe = auto_recipe(coded, detect_tables(coded)[0])
    assert (recipe.section_role, recipe.columns) == ("industry", {"A": "region"})
    subjects = _stacked(["Lectura", "Matemática"], "Evaluación censal")
    assert auto_recipe(subjects, detect_tables(subjects)[0]).section_role == "measure"
