"""`anticipa import` exit codes: 0 imported (or could be), 2 refused or nothing to import, with
the reasons; the dry run's JSON preview of the rows that would be written."""

import json

import implausible_books as books
import pytest

from desktop_app.cli import main


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.anticipa"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    return path


def _with_recipe(build, folder, **changes):
    """The workbook and its hasty recipe (tests/implausible_books.py) saved beside it, with
    ``changes`` made to the recipe; returns the command-line arguments for both."""
    book = build(folder)
    recipe = books.implausible_recipe(book)
    for key, value in changes.items():
        setattr(recipe, key, value)
    recipe.save(folder / "recipe.json")
    return [str(book), "--recipe", str(folder / "recipe.json")]


def _count(project):
    from desktop_app.store.project import open_project

    with open_project(project) as opened:
        return opened.db.execute("SELECT count(*) FROM observations").fetchone()[0]


@pytest.mark.parametrize(
    ("build", "code", "place"),
    [
        (books.goettingen_blocks, "region-labels-are-industries", "Beschäftigte!C5"),
        (books.twenty_value_columns, "value-columns-left-out", "Indicators!E1"),
        (books.region_in_title, "total-region-with-title-place", "1. North East!A1"),
        (books.thousands_in_header, "scale-word-not-applied", "Jobs!C3"),
        (books.quarters_with_title_year, "title-year-with-periods", "Quarters!A4"),
    ],
)
def test_implausible_mapping_exits_2_with_its_reason_and_writes_nothing(
    tmp_path, project, capsys, build, code, place
):
    book = _with_recipe(build, tmp_path)
    assert main(["import", *book, "--project", str(project)]) == 2
    out = capsys.readouterr().out
    assert f"{place}: " in out and f"--accept {code}" in out
    assert "refused: nothing written" in out
    assert _count(project) == 0
    # the dry run says the same, and so does JSON
    assert main(["import", *book, "--project", str(project), "--dry-run", "--json"]) == 2
    refused = json.loads(capsys.readouterr().out)["refused"]
    assert {"code": code, "place": place} in [
        {"code": d["code"], "place": d["place"]} for d in refused
    ]
    assert all(d["settle"] for d in refused)


def test_accept_imports_anyway_and_is_kept_in_the_saved_recipe(tmp_path, project, capsys):
    book = _with_recipe(books.thousands_in_header, tmp_path)
    recipe = tmp_path / "r.json"
    args = ["import", *book, "--project", str(project), "--accept", "scale-word-not-applied"]
    assert main([*args, "--save-recipe", str(recipe), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["batch"] == 1
    assert json.loads(recipe.read_text())["accept"] == ["scale-word-not-applied"]
    assert _count(project) == 4
    # the recipe carries the answer to next year's file
    assert main(["import", book[0], "--project", str(project), "--recipe", str(recipe)]) == 0


def test_a_recipe_that_settles_the_doubt_imports(tmp_path, project, capsys):
    book = _with_recipe(books.thousands_in_header, tmp_path)
    assert main(["import", *book, "--project", str(project)]) == 2
    book = _with_recipe(books.thousands_in_header, tmp_path, scale="thousands")
    capsys.readouterr()
    assert main(["import", *book, "--project", str(project)]) == 0
    from desktop_app.store.project import open_project

    with open_project(project) as opened:
        # Jobs!C4: North, Retail, 1.5 thousand (year 2021 from the title)
        assert opened.db.execute(
            "SELECT o.value, o.year FROM observations o JOIN regions r ON r.id = o.region_id "
            "JOIN industries i ON i.id = o.industry_id WHERE r.code = 'North' AND i.code = 'Retail'"
        ).fetchone() == (1500.0, 2021)


def test_dry_run_that_could_import_exits_0_with_preview_and_counts(tmp_path, project, capsys):
    book = _with_recipe(books.region_in_title, tmp_path, fixed={"region": "North East"})
    args = ["import", *book, "--project", str(project), "--dry-run"]
    assert main([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["refused"] == [] and out["batch"] is None
    # the sheet: industries in A5:A8, years 2015-2017 over B:D, values 10+k, 20+k, 30+k
    first = out["preview"][0]
    assert first == {
        "region": "North East",
        "industry": "Agriculture",
        "measure": "Workforce jobs",
        "year": 2015,
        "value": 10.0,
        "flag": None,
        "cell": "B5",
        "shown_as": "first",
    }
    assert [r["cell"] for r in out["preview"]] == [
        f"{c}{r}" for r in range(5, 9) for c in "BCD"
    ]  # 12 values: all are first rows, none left to sample
    assert out["counts"] == {
        "region": {"North East": 12},
        "industry": {"Agriculture": 3, "Construction": 3, "Manufacturing": 3, "Retail": 3},
        "year": {"2015": 4, "2016": 4, "2017": 4},
    }
    assert main(args) == 0
    assert "the import would go ahead" in capsys.readouterr().out
    assert _count(project) == 0


def test_preview_samples_the_rest_with_a_seed(tmp_path, project, capsys):
    book = _with_recipe(books.goettingen_blocks, tmp_path)
    args = ["import", *book, "--project", str(project), "--dry-run", "--json"]
    args += ["--accept", "region-labels-are-industries", "--accept", "headings-are-places"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    first = [r for r in out["preview"] if r["shown_as"] == "first"]
    sample = [r for r in out["preview"] if r["shown_as"] == "sample"]
    assert len(first) == 20 and len(sample) == 30
    assert [r["cell"] for r in first[:10]] == [f"{c}5" for c in "CDEFGHIJKL"]
    assert not {r["cell"] for r in first} & {r["cell"] for r in sample}
    for row in sample:  # each sampled value is the one in its cell of the sheet
        r = int(row["cell"][1:])
        block, k = (0, r - 5) if r < 22 else (1, r - 24)
        year = 2008 + "CDEFGHIJKL".index(row["cell"][0])
        assert row["value"] == books.goettingen_value(block, k, year) and row["year"] == year
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["preview"] == out["preview"]  # same seed
    assert sum(out["counts"]["year"].values()) == 320


def test_nothing_to_import_exits_2_with_the_reason(tmp_path, project, capsys):
    text = tmp_path / "words.csv"
    text.write_text("what,where\nnothing,here\n", encoding="utf-8")
    assert main(["import", str(text), "--project", str(project)]) == 2
    assert "nothing to import" in capsys.readouterr().err
