"""``anticipa import --save-recipe / --recipe / --report`` and ``anticipa merge --take-theirs``.

Every expected number is read off the CSV the test writes (or the demo's source CSV), and the
project is read back with plain SQL, not through the program's own readers.
"""

import json
import shutil
import sqlite3

import openpyxl
import pytest

from desktop_app.cli import main

FIRST = (
    "region,industry,year,employees\n"
    "DE1,Manufacturing,2015,1200\n"
    "DE1,Construction,2015,310.5\n"
    "DE2,Manufacturing,2015,800\n"
    "DE2,Construction,2015,75\n"
)
# the same layout a year on, and one 2015 value revised (DE2 construction 75 -> 80)
SECOND = (
    "region,industry,year,employees\n"
    "DE1,Manufacturing,2016,1250\n"
    "DE1,Construction,2016,320\n"
    "DE2,Manufacturing,2016,790\n"
    "DE2,Construction,2015,80\n"
)
STORED = """SELECT r.code, i.code, m.code, o.year, o.value FROM observations o
JOIN regions r ON r.id = o.region_id JOIN industries i ON i.id = o.industry_id
JOIN measures m ON m.id = o.measure_id ORDER BY 1, 2, 4"""


def stored(project):
    with sqlite3.connect(project) as conn:
        return {(r, i, m, y): v for r, i, m, y, v in conn.execute(STORED)}


def run_json(capsys, *args):
    assert main([*map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def fresh(tmp_path, capsys):
    project = tmp_path / "p.anticipa"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    return project


def industry_codes(project):
    with sqlite3.connect(project) as conn:
        return dict(conn.execute("SELECT name, code FROM industries"))


def test_save_recipe_then_import_with_it(fresh, tmp_path, capsys):
    first, second, recipe = tmp_path / "first.csv", tmp_path / "second.csv", tmp_path / "r.json"
    first.write_text(FIRST)
    second.write_text(SECOND)
    out = run_json(capsys, "import", first, "--project", fresh, "--measure", "employees",
                   "--save-recipe", recipe)
    assert out["observations"] == {"new": 4, "changed": 0, "unchanged": 0, "rejected": 0}
    saved = json.loads(recipe.read_text())
    assert saved["columns"] == {"A": "region", "B": "industry", "C": "year"}
    assert saved["value_columns"] == ["D"] and saved["measure"] == "employees"
    assert saved["expect"] == {"A1": "region", "B1": "industry", "C1": "year", "D1": "employees"}
    assert (saved["first_data_row"], saved["header_rows"], saved["fixed"]) == (2, [1], {})

    out = run_json(capsys, "import", second, "--project", fresh, "--recipe", recipe)
    assert out["observations"] == {"new": 3, "changed": 1, "unchanged": 0, "rejected": 0}
    code = industry_codes(fresh)
    manufacturing, construction = code["Manufacturing"], code["Construction"]
    assert {(r, i, y): v for (r, i, _, y), v in stored(fresh).items()} == {
        ("DE1", manufacturing, 2015): 1200, ("DE1", construction, 2015): 310.5,
        ("DE2", manufacturing, 2015): 800, ("DE2", construction, 2015): 80,
        ("DE1", manufacturing, 2016): 1250, ("DE1", construction, 2016): 320,
        ("DE2", manufacturing, 2016): 790,
    }


def test_a_recipe_whose_headers_do_not_match_is_refused(fresh, tmp_path, capsys):
    first, recipe = tmp_path / "first.csv", tmp_path / "r.json"
    first.write_text(FIRST)
    run_json(capsys, "import", first, "--project", fresh, "--measure", "employees",
             "--save-recipe", recipe)
    moved = tmp_path / "moved.csv"
    moved.write_text(SECOND.replace("region,industry", "industry,region"))
    before = stored(fresh)
    assert main(["import", str(moved), "--project", str(fresh), "--recipe", str(recipe)]) == 2
    told = capsys.readouterr()
    assert 'moved!A1: expected "region", found "industry"' in told.out
    assert "nothing written" in told.out and "Traceback" not in told.err
    assert stored(fresh) == before


def test_report_workbook_holds_the_counts_and_the_changes(fresh, tmp_path, capsys):
    first, second, report = tmp_path / "first.csv", tmp_path / "second.csv", tmp_path / "rep.xlsx"
    first.write_text(FIRST)
    second.write_text(SECOND)
    run_json(capsys, "import", first, "--project", fresh, "--measure", "employees")
    run_json(capsys, "import", second, "--project", fresh, "--measure", "employees",
             "--report", report)
    book = openpyxl.load_workbook(report)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert summary["File"] == "second.csv" and summary["Rows read"] == 4
    assert (summary["New"], summary["Changed"], summary["Unchanged"]) == (3, 1, 0)
    changes = list(book["Changes"].iter_rows(values_only=True))
    assert changes[0] == ("Region", "Industry", "Measure", "Year", "Old", "New", "Cell")
    assert len(changes) == 2
    region, industry, _, year, old, new, cell = changes[1]
    assert (region, year, old, new) == ("DE2", 2015, 75, 80)
    assert industry in ("Construction", industry_codes(fresh)["Construction"])
    assert cell.endswith("D5")  # the fourth data row of second.csv


def test_industry_letters_in_an_empty_project(fresh, tmp_path, capsys):
    letters = tmp_path / "letters.csv"
    letters.write_text("region,industry,year,value\nDE1,C,2015,1200\nDE1,C,2016,1250.5\n"
                       "DE2,C,2015,800\nDE2,F,2016,75\n")
    run_json(capsys, "import", letters, "--project", fresh, "--measure", "employees")
    assert {(r, i, y): v for (r, i, _, y), v in stored(fresh).items()} == {
        ("DE1", "C", 2015): 1200, ("DE1", "C", 2016): 1250.5,
        ("DE2", "C", 2015): 800, ("DE2", "F", 2016): 75}


def test_merge_take_theirs(demo_project, tmp_path, capsys):
    hq, field = tmp_path / "hq.anticipa", tmp_path / "field.anticipa"
    shutil.copyfile(demo_project, hq)
    shutil.copyfile(demo_project, field)
    # Baden-Wuerttemberg, A, 2014 is 18148 in germany_laender_employment.csv; the office revises it
    revision = tmp_path / "revision.csv"
    revision.write_text("region,industry,year,employees\nDE1,A,2014,18200\nDE1,A,2015,18500\n")
    run_json(capsys, "import", revision, "--project", field, "--measure", "employees_de")
    key = "employees_de/DE1/A/2014"

    out = run_json(capsys, "merge", hq, field)
    assert [(c["key"], c["ours"], c["theirs"]) for c in out["conflicts"]] == [
        (key, "18,148", "18,200")]
    assert out["added"]["observations"] == 1 and out["taken_from_them"] == 0
    theirs, new = ("DE1", "A", "employees_de", 2014), ("DE1", "A", "employees_de", 2015)
    assert stored(hq)[theirs] == 18148  # a conflict keeps ours
    assert stored(hq)[new] == 18500

    out = run_json(capsys, "merge", hq, field, "--take-theirs", key)
    assert out["taken_from_them"] == 1 and out["added"]["observations"] == 0
    after, demo = stored(hq), stored(demo_project)
    assert after[theirs] == 18200
    assert after.keys() - demo.keys() == {new}
    assert {k for k in demo if after[k] != demo[k]} == {theirs}  # nothing else moved


def test_values_that_look_like_years_are_all_imported(fresh, tmp_path, capsys):
    source = tmp_path / "counts.csv"
    lines = ["region,industry,year,employees"]
    for region, base in (("DE1", 1000), ("DE2", 2000), ("DE3", 3000)):
        for industry in ("Manufacturing", "Construction"):
            lines += [f"{region},{industry},{y},{base + y % 10}" for y in range(1990, 2040)]
    source.write_text("\n".join(lines) + "\n")
    out = run_json(capsys, "import", source, "--project", fresh, "--measure", "employees")
    assert out["rows_read"] == 300
    assert len(stored(fresh)) == 300
