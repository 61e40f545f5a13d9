"""Import service: one batch in one transaction, re-import recognised, undo, cancel, report."""

import openpyxl
import pytest

from desktop_app.services.importing import (
    NothingToImportError,
    commit_import,
    export_report,
    import_transaction,
    plan_import,
    undo_batch,
    validate,
)
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.store.project import create_project

ITIS = "ons_itis2018_tables.xlsx"
SHEET = "1. NUTS1, industry"


@pytest.fixture
def db(tmp_path):
    project = create_project(tmp_path / "p.anticipa")
    yield project.db
    project.close()


def _count(db):
    return db.execute("SELECT count(*) FROM observations").fetchone()[0]


def test_commit_writes_one_batch_with_provenance(db, fixtures_dir):
    plan = plan_import(fixtures_dir / "excel" / ITIS, SHEET, measure="trade")
    report = validate(db, plan)
    assert (report.rows_read, report.new, report.changed) == (39, 585, 0)
    batch = commit_import(db, plan)
    assert _count(db) == 585
    row = db.execute(
        "SELECT o.value, o.sheet, o.cell, b.file_name, length(b.file_sha256) FROM observations o "
        "JOIN import_batches b ON b.id = o.batch_id JOIN regions r ON r.id = o.region_id "
        "JOIN industries i ON i.id = o.industry_id WHERE r.code = 'North East' "
        "AND i.code = 'Manufacturing' AND o.measure_id = (SELECT id FROM measures WHERE code LIKE '%Imports')"
    ).fetchone()
    assert row == (558e6, SHEET, "D4", ITIS, 64)
    assert db.execute("SELECT count(DISTINCT batch_id) FROM observations").fetchone()[0] == 1
    again = validate(db, plan)
    assert again.already_imported.startswith(f"batch {batch} ")
    assert (again.new, again.unchanged) == (0, 585)


def test_undo_restores_overwritten_values(db, fixtures_dir, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("region,industry,year,employment\nSoria,C10,2018,10\nSoria,C11,2018,5\n")
    first = commit_import(db, plan_import(path))
    path2 = tmp_path / "b.csv"
    path2.write_text("region,industry,year,employment\nSoria,C10,2018,12\nSoria,C12,2018,7\n")
    plan2 = plan_import(path2)
    report = validate(db, plan2)
    assert (report.new, report.changed) == (1, 1)
    assert (report.changes[0].old, report.changes[0].new, report.changes[0].cell) == (
        10.0,
        12.0,
        "D2",
    )
    second = commit_import(db, plan2)
    assert sorted(v for (v,) in db.execute("SELECT value FROM observations")) == [5.0, 7.0, 12.0]
    undo_batch(db, second)
    assert sorted(v for (v,) in db.execute("SELECT value FROM observations")) == [5.0, 10.0]
    assert db.execute("SELECT DISTINCT batch_id FROM observations").fetchall() == [(first,)]


def test_keep_policy_leaves_changed_values(db, tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("region,industry,year,employment\nSoria,C10,2018,10\n")
    commit_import(db, plan_import(a))
    b = tmp_path / "b.csv"
    b.write_text("region,industry,year,employment\nSoria,C10,2018,99\nSoria,C11,2018,1\n")
    commit_import(db, plan_import(b), on_changed="keep")
    assert sorted(v for (v,) in db.execute("SELECT value FROM observations")) == [1.0, 10.0]


class _CancelAfter(Progress):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def _emit(self, fraction, text):
        self.n -= 1
        if self.n <= 0:
            self.cancel()


def test_cancel_leaves_nothing_written(db, fixtures_dir, monkeypatch):
    import desktop_app.services.importing as importing

    monkeypatch.setattr(importing, "CHUNK", 100)
    plan = plan_import(fixtures_dir / "excel" / ITIS, SHEET, measure="trade")
    with pytest.raises(Cancelled):
        commit_import(db, plan, progress=_CancelAfter(2))
    assert _count(db) == 0
    assert db.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0


def test_report_exported_to_excel(db, fixtures_dir, tmp_path):
    plan = plan_import(
        fixtures_dir / "excel" / "ons_itlproductivity.xlsx", "A3", measure="GVA per hour"
    )
    out = export_report(validate(db, plan), tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Problems", "Changes"]
    assert book["Summary"]["B4"].value == 4212


def test_every_real_workbook_imports_or_is_explained(db, fixtures_dir):
    """Each workbook of the shared data imports (first sheet that maps) or says, by cell, why not."""
    outcomes = {}
    for path in sorted((fixtures_dir / "excel").glob("*.xls*")):
        try:
            plan = plan_import(path, measure="value")
            rejected = [p for p in plan.problems if p.severity != "info"]
            outcomes[path.name] = (plan.sheet, len(plan.records), len(rejected))
        except NothingToImportError as exc:
            outcomes[path.name] = str(exc)
    assert outcomes["ons_itis2018_tables.xlsx"] == ("1. NUTS1, industry", 585, 0)
    assert outcomes["ons_itis2018_tables.xls"] == ("1. NUTS1, industry", 585, 0)
    assert outcomes["ons_itlproductivity.xlsx"] == ("A1", 4212, 0)
    assert outcomes["ons_region_by_industry.xls"] == ("Jobs", 4641, 0)
    # 40 Local Enterprise Partnerships + the UK row, 2004-2013; code and name columns
    assert outcomes["ons_subregional_productivity_lep_2015.xls"] == ("Table G1", 400, 0)
    # 8 states and territories + Australia x 14 columns (yes/no/total, clear/not clear ...)
    assert outcomes["abs_ozmarriage.xlsx"] == ("Table 1", 126, 0)
    # 3 subjects x 247 rows x 5 values; 'UGEL La Unión' twice per subject is left out
    assert outcomes["peru_evaluacion_censal.xlsx"] == ("NACIONAL", 3675, 30)
    # monthly and quarterly series ask for what forms a year; a list of people is explained
    ott = outcomes["ons_databaker_ott.xls"]
    assert "Index: no table of numbers found" in ott
    assert "Table 1!B7: the rows are months ('Jan' ...) that name no year" in ott
    assert "Table 5!B8: the rows are months" in ott
    quarters = outcomes["ons_labour_productivity_industry_division.xls"]
    assert "Hours!A8: the rows are quarters ('1994 Q1' ...), not years" in quarters
    assert "--periods mean" in quarters
    for deaths in ("readxl_deaths.xlsx", "readxl_deaths.xls"):
        assert (
            "arts!A5:F15: no year: no column of years, no years over the value columns "
            "(header row(s) 5: 'Name', 'Profession', 'Age', 'Has kids', 'Date of birth', "
            "'Date of death') and no year at the end of a title row" in outcomes[deaths]
        )


def test_each_sheet_of_the_real_workbooks(fixtures_dir):
    """Every sheet with a table maps without help, or is one of the explained kinds."""
    from desktop_app.io.recipes import PeriodRuleNeeded
    from desktop_app.io.tidy import explain_gaps, missing_roles
    from desktop_app.services.importing import plan_sheet, read_overview, read_sheet

    mapped, explained = {}, {}
    for path in sorted((fixtures_dir / "excel").glob("*.xls*")):
        for sheet in read_overview(path).sheet_names:
            layout = read_sheet(path, sheet)
            if not layout.tables:
                continue
            recipe, table = layout.recipes[0], layout.tables[0]
            gaps = missing_roles(recipe)
            if gaps:
                explained[(path.name, sheet)] = explain_gaps(layout.grid, table, gaps)
            else:
                try:
                    plan = plan_sheet(layout, recipe)
                except PeriodRuleNeeded as exc:
                    explained[(path.name, sheet)] = str(exc)
                    continue
                mapped[(path.name, sheet)] = len(plan.records)
    assert all(n > 0 for n in mapped.values())
    assert len(mapped) == 48 and len(explained) == 12
    assert all(
        "are months" in why or "are quarters" in why or why.startswith(("arts!", "other!"))
        for why in explained.values()
    )
    assert mapped[("ons_itis2018_tables.xlsx", "9. Tidy format")] == 7689
    assert mapped[("peru_evaluacion_censal.xlsx", "Cobertura")] == 1476
    assert mapped[("abs_ozmarriage.xlsx", "Table 2")] == 150 * 14


def test_references_are_checked_once_per_batch(db, fixtures_dir, monkeypatch):
    """Row-by-row foreign-key checks are off while the batch is stored; a bad id is still refused."""
    import sqlite3

    import desktop_app.services.importing as importing

    plan = plan_import(fixtures_dir / "excel" / ITIS, SHEET, measure="trade")
    monkeypatch.setattr(importing.classifications, "ensure", lambda *args, **kwargs: 99999)
    with pytest.raises(sqlite3.IntegrityError, match="no regions row with id \\[99999\\]"):
        commit_import(db, plan)
    assert _count(db) == 0
    assert db.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    monkeypatch.undo()
    with pytest.raises(sqlite3.IntegrityError, match="no regions row with id \\[99999\\]"):
        commit_import(db, plan, aliases={("region", "North East"): 99999})  # a label's target
    assert _count(db) == 0
    assert db.execute("SELECT count(*) FROM region_aliases").fetchone()[0] == 0
    with import_transaction(db):  # as the wizard commits: the batch and its recipe together
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        commit_import(db, plan)
    assert _count(db) == 585
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
