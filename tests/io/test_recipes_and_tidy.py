"""Recipes turn real sheets into records; the ONS wide tables agree with their tidy sheet."""

import json

import pytest

from desktop_app.io.recipes import Recipe, RecipeError, apply_recipe
from desktop_app.io.table_detection import detect_tables
from desktop_app.io.tidy import auto_recipe, missing_roles, role_of_header
from desktop_app.io.workbook import Grid, open_workbook

ITIS = "ons_itis2018_tables.xlsx"


def _extract(fixtures_dir, name, sheet, **kw):
    with open_workbook(fixtures_dir / "excel" / name) as wb:
        grid = wb.read_sheet(sheet)
    (table,) = detect_tables(grid)[:1]
    recipe = auto_recipe(grid, table, **kw)
    return grid, table, recipe, apply_recipe(grid, recipe, table)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("región", "region"),
        ("Provincia", "region"),
        ("rama de actividad", "industry"),
        ("Año", "year"),
        ("valor", "value"),
        ("Jahr", "year"),
        ("Wert", "value"),
        ("industry_code", "industry_code"),
        ("industry_name", "industry_name"),
        ("employment", "value"),
        ("Beschäftigte", "value"),
        ("NUTS code", "region_code"),
        ("NUTS level", "ignore"),
        ("Sector", "industry"),
        ("colour", None),
    ],
)
def test_header_synonyms(header, role):
    assert role_of_header(header) == role


def _tidy_reference(fixtures_dir, sheet_regions, code_length):
    _, _, _, ex = _extract(fixtures_dir, ITIS, "9. Tidy format", measure="trade")
    ref = {}
    for r in ex.records:
        direction = r.measure.split(" / ")[-1]
        country = r.measure.split(" / ")[-2]
        if (
            country == "All countries"
            and r.region_name in sheet_regions
            and len(r.region) == code_length
        ):
            ref[(r.region_name, r.industry.strip(), direction)] = (r.value, r.flag)
    return ref


@pytest.mark.parametrize("fmt", ["xlsx", "xls"])
def test_wide_nuts1_sheet_matches_tidy_sheet(fixtures_dir, fmt):
    _, table, recipe, wide = _extract(
        fixtures_dir, f"ons_itis2018_tables.{fmt}", "1. NUTS1, industry", measure="trade"
    )
    assert recipe.columns == {"A": "region", "B": "measure"} and recipe.across == ["industry"]
    assert recipe.fixed == {"year": 2018} and recipe.scale == "millions"
    got = {}
    for r in wide.records:
        got[(r.region, r.industry.strip(), r.measure.split(" / ")[-1])] = (r.value, r.flag)
    ref = _tidy_reference(fixtures_dir, {r for r, _, _ in got}, 3)  # NUTS1 codes: UKC ...
    common = set(got) & set(ref)
    assert len(common) >= 400
    assert all(got[k] == ref[k] for k in common), [k for k in common if got[k] != ref[k]][:5]
    assert got[("North East", "Manufacturing", "Imports")] == (558e6, None)
    assert got[("North East", "Primary and utilities", "Imports")] == (None, "not_available")


def test_wide_nuts2_sheet_matches_tidy_sheet(fixtures_dir):
    _, _, recipe, wide = _extract(fixtures_dir, ITIS, "3. NUTS2, industry", measure="trade")
    assert recipe.columns == {"A": "region_code", "B": "region_name", "C": "measure"}
    got = {
        (r.region_name, r.industry.strip(), r.measure.split(" / ")[-1]): (r.value, r.flag)
        for r in wide.records
    }
    ref = _tidy_reference(fixtures_dir, {k[0] for k in got}, 4)  # NUTS2 codes: UKC1 ...
    common = set(got) & set(ref)
    assert len(common) >= 1000
    assert all(got[k] == ref[k] for k in common)


def test_years_across_with_unit_row(fixtures_dir):
    _, _, recipe, ex = _extract(
        fixtures_dir, "ons_itlproductivity.xlsx", "A3", measure="GVA per hour"
    )
    assert recipe.across == ["year"] and recipe.fixed == {"industry": "TOTAL"}
    first = ex.records[0]
    assert (first.region, first.year, first.cell) == ("UKX", 2004, "D6")
    assert not [p for p in ex.problems if p.severity == "error"]


def test_region_over_industry_header_and_years_down(fixtures_dir):
    _, _, recipe, ex = _extract(fixtures_dir, "ons_region_by_industry.xls", "Jobs", measure="jobs")
    assert recipe.columns == {"A": "year"} and recipe.across == ["region", "industry"]
    r = ex.records[0]
    assert (r.region, r.industry, r.year, r.cell) == ("UK", "All Industries", 1997, "B8")


def test_recipe_json_round_trip_and_versions(tmp_path, fixtures_dir):
    _, _, recipe, _ = _extract(fixtures_dir, ITIS, "1. NUTS1, industry", measure="trade")
    path = tmp_path / "itis.json"
    recipe.save(path)
    again = Recipe.load(path)
    assert again == recipe
    data = json.loads(path.read_text())
    assert data["format"] == "anticipa-recipe" and data["version"] == 2
    version_one = {
        k: v
        for k, v in data.items()
        if k not in ("region_from", "periods", "incomplete_years", "code_row")
    }
    old = Recipe.from_json(json.dumps(version_one | {"version": 1}))
    assert (old.region_from, old.periods, old.code_row) == (None, None, None)
    assert old.columns == recipe.columns and json.loads(old.to_json())["version"] == 2
    data["version"] = 99
    with pytest.raises(RecipeError, match="newer"):
        Recipe.from_json(json.dumps(data))
    with pytest.raises(RecipeError, match="format"):
        Recipe.from_json("{}")
    data["version"] = 1
    data["columns"]["A"] = "colour"
    with pytest.raises(RecipeError, match="unknown role"):
        Recipe.from_json(json.dumps(data))


def test_recipe_on_changed_layout_reports_mismatch(fixtures_dir):
    _, _, recipe, _ = _extract(fixtures_dir, ITIS, "1. NUTS1, industry", measure="trade")
    with open_workbook(fixtures_dir / "excel" / ITIS) as wb:
        other = wb.read_sheet("6. City Region, industry")
    ex = apply_recipe(other, recipe)
    assert ex.records == []
    assert any(
        str(m).startswith('6. City Region, industry!A3: expected "NUTS1 area"')
        for m in ex.mismatches
    )
    recipe.expect = {"A": "NUTS1 area"}  # a column without its row: said, not a ValueError
    with pytest.raises(RecipeError, match="'A' is not a cell"):
        apply_recipe(other, recipe)


def test_tidy_csv_with_spanish_headers_and_decimal_comma():
    grid = Grid(
        "empleo.csv",
        "empleo",
        [
            ["provincia", "rama", "año", "empleo"],
            ["Soria", "C10", "2018", "1.234,5"],
            ["Soria", "C11", "2018", "x"],
            ["Soria", "C12", "2018", "12 (p)"],
        ],
    )
    (table,) = detect_tables(grid)
    recipe = auto_recipe(grid, table)
    assert missing_roles(recipe) == []
    assert recipe.measure == "empleo"
    ex = apply_recipe(grid, recipe, table)
    assert [(r.region, r.industry, r.year, r.value, r.flag) for r in ex.records] == [
        ("Soria", "C10", 2018, 1234.5, None),
        ("Soria", "C11", 2018, None, "suppressed"),
        ("Soria", "C12", 2018, 12.0, "provisional"),
    ]
    assert str(ex.problems[0]) == 'empleo!D2: "1.234,5" read as 1234.5'


def test_peru_stacked_blocks_import_with_subject_and_level(fixtures_dir):
    grid, table, recipe, ex = _extract(fixtures_dir, "peru_evaluacion_censal.xlsx", "NACIONAL")
    assert recipe.columns == {"C": "year", "D": "region", "E": "region"}
    assert recipe.across == ["measure", "measure"] and recipe.section_role == "measure"
    assert recipe.measure == "Segundo grado de secundaria"
    by_cell = {r.cell: r for r in ex.records}
    national = by_cell["F10"]
    assert (national.region, national.industry, national.year, national.value) == (
        "NACIONAL",
        "TOTAL",
        2016,
        567.0,
    )
    assert national.measure == "Segundo grado de secundaria / Lectura / Medida promedio"
    bagua = by_cell["G13"]  # 'UGEL' in D13, 'Bagua' in E13, '25.3 %' in G13
    assert (bagua.region, bagua.value) == ("UGEL Bagua", 25.3)
    assert bagua.measure.endswith("Lectura / Nivel de logro / Previo al inicio")
    assert "F288" not in by_cell  # a repeated header row
    assert by_cell["F287"].measure == "Segundo grado de secundaria / Matemática / Medida promedio"
    assert by_cell["F564"].measure.split(" / ")[1] == "Historía-Geografía y Economía"
    # 3 subjects x 247 rows x 5 values, less 'UGEL La Unión', named twice per subject (rows 64
    # under Arequipa and 230 under Huánuco, and again under each subject): not guessed
    assert len(ex.records) == 3 * 247 * 5 - 3 * 2 * 5
    ambiguous = [p for p in ex.problems if "ambiguous" in p.reason]
    assert len(ambiguous) == 30
    assert str(ambiguous[0]).startswith(
        "NACIONAL!F64: UGEL La Unión / TOTAL / Segundo grado de secundaria / Lectura / "
        "Medida promedio / 2016 is also given by F230"
    )
    assert "NACIONAL!C11:J11: repeated header row, skipped" in [str(p) for p in ex.problems]


def test_code_marker_leaves_the_name_to_stand_for_the_area(fixtures_dir):
    _, _, _, ex = _extract(fixtures_dir, ITIS, "9. Tidy format", measure="trade")
    assert len(ex.records) == ex.rows_read == 7689  # every data row of A5:G7693
    assert not [p for p in ex.problems if p.severity != "info"]
    manchester = [r for r in ex.records if r.region == "Greater Manchester Combined Authority"]
    assert manchester and all(r.region_name == r.region for r in manchester)


def test_flag_column_flags_and_is_never_filled_down():
    grid = Grid(
        "f.csv",
        "f",
        [
            ["region", "industry", "year", "value", "flag"],
            ["Soria", "C10", "2018", "10", "p"],
            ["Soria", "C11", "2018", "11", ""],
            ["Soria", "C12", "2018", "12", ""],
        ],
    )
    (table,) = detect_tables(grid)
    recipe = auto_recipe(grid, table)
    assert recipe.columns["E"] == "flag" and recipe.fill_down == []
    ex = apply_recipe(grid, recipe, table)
    assert [r.flag for r in ex.records] == ["provisional", None, None]
