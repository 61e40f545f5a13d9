"""Tables found on real statistics-office sheets: ranges, headers, footnotes, orientation."""

import pytest

from desktop_app.io.table_detection import detect_tables
from desktop_app.io.workbook import Grid, open_workbook


def _tables(fixtures_dir, name, sheet):
    with open_workbook(fixtures_dir / "excel" / name) as wb:
        return detect_tables(wb.read_sheet(sheet))


@pytest.mark.parametrize("name", ["ons_itis2018_tables.xlsx", "ons_itis2018_tables.xls"])
def test_itis_nuts1_table_both_formats(fixtures_dir, name):
    (t,) = _tables(fixtures_dir, name, "1. NUTS1, industry")
    assert t.range == "A3:Q42"
    assert t.header_rows == [2] and t.title_rows == [0, 1]
    assert t.unit == "figures in £ millions"
    assert t.fill_down_cols == [0]  # region named only on the Imports row
    assert t.label_cols == [0, 1] and len(t.value_cols) == 15
    assert t.markers == {"..": 94, "n/a": 26}
    assert t.footnote_rows[0] == 43
    assert t.header(2) == "Primary and utilities"


def test_itis_merged_two_row_header(fixtures_dir):
    (t,) = _tables(fixtures_dir, "ons_itis2018_tables.xlsx", "2. NUTS1, industry, destination")
    assert t.header_rows == [2, 3]
    assert t.header(2) == "Primary and utilities / EU"
    assert t.header(4) == "Primary and utilities / Total"
    assert t.header(5) == "Manufacturing / EU"


def test_itis_tidy_sheet_is_one_table(fixtures_dir):
    (t,) = _tables(fixtures_dir, "ons_itis2018_tables.xlsx", "9. Tidy format")
    assert (t.first_data_row, t.last_data_row) == (4, 7692)
    assert t.headers[:3] == ["NUTS level", "NUTS code", "NUTS area name"]
    assert t.header(6) == "2018"


def test_notes_and_contents_sheets_hold_no_table(fixtures_dir):
    assert _tables(fixtures_dir, "ons_itis2018_tables.xlsx", "Notes") == []
    assert _tables(fixtures_dir, "abs_ozmarriage.xlsx", "Explanatory Notes") == []


def test_years_across_columns_with_unit_row(fixtures_dir):
    (t,) = _tables(fixtures_dir, "ons_itlproductivity.xlsx", "A3")
    assert t.orientation == "years across columns"
    assert sorted(t.year_cols.values()) == list(range(2004, 2022))
    assert t.header(3) == "2004 / £"
    assert t.label_cols == [0, 1, 2]


def test_years_down_rows_with_region_over_industry_header(fixtures_dir):
    (t,) = _tables(fixtures_dir, "ons_region_by_industry.xls", "Jobs")
    assert t.orientation == "years down rows"
    assert t.year_label_col == 0
    assert t.header_rows == [5, 6]
    assert t.header(1) == "UK / All Industries"
    assert len(t.value_cols) == 221


def test_code_row_and_units_row_are_headers_not_data(fixtures_dir):
    (t,) = _tables(fixtures_dir, "ons_labour_productivity_industry_division.xls", "Hours")
    assert t.header_rows == [5, 6]
    assert t.unit == "Units: Average Total Weekly Hours"
    assert t.header(1) == "A / AGRICULTURE, FORESTRY AND FISHING"
    assert t.first_data_row == 7


def test_nested_region_blocks_become_sections(fixtures_dir):
    (t,) = _tables(fixtures_dir, "abs_ozmarriage.xlsx", "Table 2")
    assert t.header_rows == [4, 5, 6]
    assert t.header(1) == "Response clear / Yes / no."
    assert (
        7 in t.section_rows and 57 in t.section_rows
    )  # 'New South Wales Divisions', 'Victoria ...'
    assert 55 in t.subtotal_rows  # 'New South Wales (Total)'
    assert t.title == "Table 2 Response by Federal Electoral Division(a)"


def test_notes_above_header_and_footnotes_below(fixtures_dir):
    (t,) = _tables(fixtures_dir, "readxl_deaths.xlsx", "arts")
    assert t.headers[:3] == ["Name", "Profession", "Age"]
    assert (t.first_data_row, t.last_data_row) == (5, 14)
    assert t.footnote_rows


def test_stacked_tables_with_repeated_headers_are_one_table(fixtures_dir):
    with open_workbook(fixtures_dir / "excel" / "peru_evaluacion_censal.xlsx") as wb:
        grid = wb.read_sheet("NACIONAL")
    (t,) = detect_tables(grid)
    assert t.range == "C8:J836" and t.header_rows == [7, 8]
    # the header ('Año' in column C) is repeated over every small block after the first;
    # under 'Matemática' and 'Historía...' in two rows (C285:J286, C562:J563)
    repeats = [r for r in range(9, grid.n_rows) if grid.value(r, 2) == "Año"]
    assert t.repeated_header_rows == sorted([*repeats, 285, 562])
    assert len(repeats) == 80 and repeats[:2] == [10, 20] and repeats[-1] == 830
    # 'Lectura' (C7), 'Matemática' (C284), 'Historía-Geografía y Economía' (C561)
    assert t.section_rows == [6, 283, 560]
    assert t.title == "Segundo grado de secundaria"
    assert t.year_label_col == 2 and t.value_cols == [5, 6, 7, 8, 9]
    assert t.header(6) == "Nivel de logro / Previo al inicio"


def test_a_tidy_value_that_looks_like_a_year_stays_data():
    rows = [["region", "industry", "year", "value"]] + [
        ["R1", "C10", 2018.0, float(v)] for v in (5.0, 17.5, 2012.0, 3.0, 8.0)
    ]
    (t,) = detect_tables(Grid("f.xlsx", "s", rows))
    assert (t.first_data_row, t.last_data_row) == (1, 5)


def test_multi_level_header_with_numbered_title(fixtures_dir):
    (t,) = _tables(fixtures_dir, "ons_databaker_ott.xls", "Table 1")
    assert t.title == "Overseas residents' visits to the UK by month"
    assert t.header(2) == "All Visits / NSA"
    assert t.fill_down_cols[:1] == [0]  # the year is on the first month only


def test_csv_like_text_grid():
    grid = Grid(
        "f.csv",
        "f",
        [["región", "año", "valor"], ["Madrid", "2018", "1.234,5"], ["Soria", "2018", "x"]],
    )
    (t,) = detect_tables(grid)
    assert t.header_rows == [0] and t.value_cols == [2]
