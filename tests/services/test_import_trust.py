"""Import trust: every non-empty cell is used or explained, a table is never cut by what its
values look like, and each fixture imports what its hand-made answer file says.

The answer files of tests/fixtures/import_trust/ were written from the source data (see
SOURCES.tsv there), not from the program's output.
"""

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop_app.io.accounting import AccountingError, CellAccount
from desktop_app.io.recipes import (
    PeriodRuleNeeded,
    apply_recipe,
    column_index,
    periods_without_rule,
)
from desktop_app.io.table_detection import detect_tables
from desktop_app.io.tidy import auto_recipe
from desktop_app.io.workbook import CorruptWorkbookError, Grid, open_workbook
from desktop_app.services.importing import plan_import

FIXTURES = Path(__file__).parent.parent / "fixtures"

TRUST = FIXTURES / "import_trust"
ANSWERED = sorted(p.name.removesuffix(".answer.csv") for p in TRUST.glob("*.answer.csv"))
WORKBOOKS = sorted(
    [p for p in TRUST.iterdir() if p.suffix in (".csv", ".xlsx") and ".answer." not in p.name]
    + [p for p in (FIXTURES / "excel").iterdir() if p.suffix in (".xls", ".xlsx")]
)
REFUSED = {"unterminated_quote.csv"}


def _filled(rows: list[list]) -> np.ndarray:
    """Non-empty cells, counted here cell by cell (independently of the import's count)."""
    width = max(map(len, rows), default=0)
    return np.array(
        [
            [
                not (v is None or v == "" or (isinstance(v, str) and not v.strip()))
                for v in [*row, *[""] * (width - len(row))]
            ]
            for row in rows
        ],
        dtype=bool,
    ).reshape(len(rows), width)


def _cells(ref: str) -> tuple[int, int, int, int]:
    """0-based first row, first column, last row, last column of 'B2' or 'A3:D9'."""
    first, _, last = ref.partition(":")
    last = last or first
    out = []
    for part in (first, last):
        letters = part.rstrip("0123456789")
        out.append((int(part[len(letters) :]) - 1, column_index(letters)))
    return out[0][0], out[0][1], out[1][0], out[1][1]


def check_accounted(grid: Grid, extraction) -> None:
    """Cells read = used + explained, against an independent count; every explained cell is
    named by a problem of the report, and no used value is."""
    filled = _filled(grid.rows)
    counts = extraction.cells
    assert counts.read == int(filled.sum())
    assert counts.read == counts.used + counts.explained
    named = np.zeros_like(filled)
    for p in extraction.problems:
        if p.sheet == grid.sheet and p.cell:
            r0, c0, r1, c1 = _cells(p.cell)
            named[r0 : r1 + 1, c0 : c1 + 1] = True
    values = np.zeros_like(filled)
    cells = [cell for rec in extraction.records for cell in extraction.cells_of(rec)]
    for cell in cells:
        r, c, _, _ = _cells(cell)
        values[r, c] = True
    assert counts.used >= int(values.sum()) == len(cells) >= len(extraction.records)
    assert int((named & filled & ~values).sum()) == counts.explained


def _sheets(path):
    with open_workbook(path) as book:
        return [book.read_sheet(name) for name in book.sheet_names]


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_table_of_every_fixture_accounts_for_every_cell(path):
    if path.name in REFUSED:
        pytest.skip("refused (see test_unterminated_quote_is_refused_naming_the_line)")
    checked = refused = 0
    for grid in _sheets(path):
        for table in detect_tables(grid):
            recipe = auto_recipe(grid, table)
            if periods_without_rule(grid, recipe):  # months or quarters: their mean per year
                recipe.periods = "mean"
            try:
                extraction = apply_recipe(grid, recipe, table)
            except PeriodRuleNeeded:  # refused, naming what is missing: nothing is read
                refused += 1
                continue
            check_accounted(grid, extraction)
            checked += 1
    assert checked or refused


def _answer(name: str) -> list[tuple]:
    with (TRUST / f"{name}.answer.csv").open(encoding="utf-8", newline="") as fh:
        return [
            (r["region"], r["industry"], r["measure"], int(r["year"]), r["value"])
            for r in csv.DictReader(fh)
        ]


@pytest.mark.parametrize("name", ANSWERED)
def test_fixture_imports_what_its_answer_file_says(name):
    (path,) = [p for p in TRUST.iterdir() if p.stem == name and ".answer." not in p.name]
    plan = plan_import(path)
    expected = _answer(name)
    got = []
    for rec in plan.records:
        measure = rec.measure or plan.recipe.measure
        got.append((rec.region, rec.industry, measure, rec.year, rec.value))
    assert len(got) == len(expected)
    for (region, industry, measure, year, value), want in zip(
        sorted(got, key=lambda t: t[:4]), sorted(expected, key=lambda t: t[:4]), strict=True
    ):
        assert (region, industry, year) == (want[0], want[1], want[3])
        if want[2]:
            assert measure == want[2]
        if want[4] == "":
            assert value is None
        else:
            assert value == pytest.approx(float(want[4]), rel=1e-12)
    assert (
        plan.extraction.cells.read == plan.extraction.cells.used + plan.extraction.cells.explained
    )


def test_rows_without_a_value_are_named_not_dropped():
    plan = plan_import(TRUST / "eu28_iceland_gap.csv")
    assert {r.region for r in plan.records} == {"IE", "IS", "IT"}
    notes = {p.cell: p.reason for p in plan.problems if p.sheet}
    assert notes["A22:D31"] == "row has no value"  # Iceland 2007: labels, no employment


def test_text_values_at_the_end_are_not_numbers_inside_the_table():
    plan = plan_import(TRUST / "text_values_at_end.csv")
    reasons = {p.cell: p.reason for p in plan.problems}
    assert reasons["D5"] == 'text "about 15k" is not a number'
    assert reasons["D7"] == 'text "see note" is not a number'
    assert plan.table.last_data_row == 6


def test_plain_numbers_in_a_csv_are_not_listed_as_conversions():
    plan = plan_import(TRUST / "eu28_iceland_gap.csv")
    assert not [p for p in plan.problems if " read as " in p.reason]
    plan = plan_import(TRUST / "semicolon_decimal_comma_cp1252.csv")
    conversions = [str(p) for p in plan.problems if " read as " in p.reason]
    assert 'semicolon_decimal_comma_cp1252!D4: "1.500" read as 1500' in conversions
    assert "not UTF-8: read as Windows-1252 text" in [p.reason for p in plan.problems]


def test_unterminated_quote_is_refused_naming_the_line():
    with pytest.raises(CorruptWorkbookError, match=r"unterminated_quote.csv: line 3: a quote"):
        open_workbook(TRUST / "unterminated_quote.csv")


def test_a_field_longer_than_the_csv_module_allows_is_read(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "region,industry,year,employment,note\n"
        f"North,Mining,2015,12,{'n' * 200_000}\nNorth,Food,2015,7,short\n",
        encoding="utf-8",
    )
    plan = plan_import(path)
    assert [(r.industry, r.value) for r in plan.records] == [("Mining", 12.0), ("Food", 7.0)]


def test_a_tidy_table_of_300_rows_with_year_like_values_is_not_cut(tmp_path):
    # employment values that look like years (2028, 2040, 2062, 2065), in runs and at the top
    special = [2028, 2040, 2062, 2065]
    rows = [("region", "industry", "year", "employment")]
    expected = {}
    for k in range(300):
        value = special[k % 4] if k % 7 < 3 or k < 5 else 10 + k
        key = (f"Region {k // 30}", f"Industry {k % 30 // 3}", 2010 + k % 3)
        rows.append((*key, value))
        expected[key] = value
    path = tmp_path / "tidy.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    plan = plan_import(path)
    assert {(r.region, r.industry, r.year): r.value for r in plan.records} == expected
    assert plan.extraction.cells.read == 301 * 4


def test_counts_in_json_and_report_workbook(tmp_path):
    project = tmp_path / "p.anticipa"
    run = [sys.executable, "-m", "desktop_app"]
    subprocess.run([*run, "new", str(project)], check=True, capture_output=True)
    report = tmp_path / "report.xlsx"
    out = subprocess.run(
        [*run, "import", str(TRUST / "eu28_iceland_gap.csv"), "--project", str(project)]
        + ["--dry-run", "--json", "--report", str(report)],
        check=True,
        capture_output=True,
        text=True,
    )
    cells = json.loads(out.stdout)["cells"]
    # 61 lines of 5 cells, less the 10 empty values of Iceland 2007
    assert cells == {"read": 295, "used": 250, "explained": 45}
    summary = dict(load_workbook(report)["Summary"].iter_rows(values_only=True))
    assert (summary["Cells read"], summary["Cells used"], summary["Cells explained"]) == (
        295,
        250,
        45,
    )
    text = subprocess.run(
        [*run, "import", str(TRUST / "eu28_iceland_gap.csv"), "--project", str(project)]
        + ["--dry-run"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "cells: 295 read = 250 used + 45 explained" in text


def test_a_cell_left_unmarked_fails_loudly():
    grid = Grid("t.csv", "t", [["a", "b"], ["1", ""]])
    account = CellAccount(grid)
    account.use([0], [0, 1])
    with pytest.raises(AccountingError, match=r"A2\)"):
        account.close()


# generated tables: random values, blanks, markers, text and numbers in 1900-2100
_VALUES = st.one_of(
    st.integers(1900, 2100),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: round(x, 2)),
    st.sampled_from(["", "x", "..", "c", ":", "-", "about 15k", "unknown"]),
)


def _as_cell(v, text: bool):
    """A value as an .xlsx reader gives it (numbers) or as a CSV does (all text)."""
    if isinstance(v, str) or not text:
        return v
    return str(int(v)) if float(v).is_integer() else repr(v)


def _is_number(v) -> bool:
    return not isinstance(v, str)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(_VALUES, min_size=2, max_size=40),
    years=st.lists(st.integers(1990, 2030), min_size=40, max_size=40),
    text=st.booleans(),
)
def test_generated_tidy_tables_account_for_every_cell_and_are_not_cut(values, years, text):
    rows = [["region", "industry", "year", "employment"]]
    for k, v in enumerate(values):
        rows.append([f"R{k % 3}", f"Industry {k}", _as_cell(years[k], text), _as_cell(v, text)])
    grid = Grid("g.csv", "g", rows)
    tables = detect_tables(grid)
    plain = [v for v in values if _is_number(v) and not (1900 <= v <= 2100)]
    texts = [v for v in values if v in ("about 15k", "unknown")]
    # one plain number is enough to see the table, and then it is never cut (a column of more
    # text than numbers and markers is a label column, so that is left aside)
    plain = plain if len(values) - len(texts) - values.count("") >= len(texts) else []
    if plain:
        assert len(tables) == 1 and tables[0].last_data_row == len(values)
    for table in tables:
        extraction = apply_recipe(grid, auto_recipe(grid, table), table)
        check_accounted(grid, extraction)
        if plain:
            kept = [v for v in values if _is_number(v) or v in ("x", "..", "c", ":", "-")]
            assert len(extraction.records) == len(kept)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(st.lists(_VALUES, min_size=4, max_size=4), min_size=1, max_size=15),
    blanks=st.lists(st.integers(0, 14), max_size=4),
    text=st.booleans(),
)
def test_generated_wide_tables_account_for_every_cell(values, blanks, text):
    rows = [["Employment by region, 2015-2018"], [], ["Region", "Industry", *range(2015, 2019)]]
    for k, row in enumerate(values):
        if k in blanks:
            rows.append([])
        rows.append([f"R{k % 4}", f"Industry {k}", *(_as_cell(v, text) for v in row)])
    rows.append(["Source: generated"])
    grid = Grid("w.xlsx", "w", [[*r, *[""] * (6 - len(r))] for r in rows])
    for table in detect_tables(grid):
        check_accounted(grid, apply_recipe(grid, auto_recipe(grid, table), table))
