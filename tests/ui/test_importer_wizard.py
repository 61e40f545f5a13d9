"""The import wizard on real workbooks: sheet, table, labels, report, commit, recipes, undo.

Every page is also rendered offscreen; set ANTICIPA_SCREENSHOTS to a folder to keep the PNGs.
"""

import os
from pathlib import Path

import openpyxl
import pytest

from desktop_app.store import classifications
from desktop_app.store.project import create_project, open_project
from desktop_app.store.recipes import find_recipe

EXCEL = Path(__file__).parents[1] / "fixtures" / "excel"
ITIS = EXCEL / "ons_itis2018_tables.xlsx"
PERU = EXCEL / "peru_evaluacion_censal.xlsx"
TIMEOUT = 30_000


@pytest.fixture
def session(tmp_path, qtbot):
    from desktop_app.ui.session import ProjectSession
    from desktop_app.ui.tasks import TaskRunner

    create_project(tmp_path / "p.anticipa").close()
    opened = ProjectSession(open_project(tmp_path / "p.anticipa"), TaskRunner())
    yield opened
    opened.close()


def _open(session, qtbot, path, sheet=None):
    from desktop_app.ui.importer.wizard import open_import_wizard

    wizard = open_import_wizard(None, session, path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.overview is not None and not wizard.busy, timeout=TIMEOUT)
    if sheet:
        wizard.sheet_page.select_sheet(sheet)
    return wizard


def _next(wizard, qtbot, page_id):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy, timeout=TIMEOUT)


def _shoot(wizard, name):
    """Render the current page; keep it when ANTICIPA_SCREENSHOTS names a folder."""
    image = wizard.grab()
    assert image.width() > 600 and image.height() > 400
    folder = os.environ.get("ANTICIPA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))


def _count(session, table="observations"):
    return session.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_wide_sheet_imports_as_one_batch_and_is_saved_as_a_recipe(session, qtbot, tmp_path):
    from desktop_app.ui.importer.wizard import CHECK, TABLE

    wizard = _open(session, qtbot, ITIS, "1. NUTS1, industry")
    assert wizard.overview.sheet_names[2] == "1. NUTS1, industry"
    _shoot(wizard, "itis-1-sheet")
    _next(wizard, qtbot, TABLE)
    page = wizard.table_page
    assert page.model.row_kind(2) == "header" and page.model.row_kind(0) == "title"
    assert page.model.cell_kind(3, 0) == "labels" and page.model.cell_kind(3, 2) == "values"
    page.measure_edit.setText("trade")
    page.measure_edit.editingFinished.emit()
    assert wizard.recipe.measure == "trade" and wizard.recipe.scale == "millions"
    _shoot(wizard, "itis-2-table")
    _next(wizard, qtbot, CHECK)  # an empty project: nothing to match, the labels are added
    report = wizard.report
    assert (report.rows_read, report.new, report.changed, report.rejected) == (39, 585, 0, 0)
    assert "New in the project: 13 region(s), 15 industry(ies)." in wizard.check_page.summary.text()
    _shoot(wizard, "itis-4-report")
    out = tmp_path / "report.xlsx"
    wizard.check_page.export_report_to(out)
    qtbot.waitUntil(lambda: out.exists() and not wizard.busy, timeout=TIMEOUT)
    assert openpyxl.load_workbook(out).sheetnames == ["Summary", "Problems", "Changes"]
    wizard.check_page.save_recipe.setChecked(True)
    wizard.check_page.recipe_name.setText("ONS trade NUTS1")
    changed = []
    session.sig_observations_changed.connect(changed.append)
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.batch_id is not None, timeout=TIMEOUT)
    assert changed == [None]
    assert _count(session) == 585
    value = session.db.execute(
        "SELECT o.value, o.cell, b.sheet, b.recipe_name FROM observations o "
        "JOIN import_batches b ON b.id = o.batch_id JOIN regions r ON r.id = o.region_id "
        "JOIN industries i ON i.id = o.industry_id JOIN measures m ON m.id = o.measure_id "
        "WHERE r.code = 'North East' AND i.code = 'Manufacturing' AND m.code = 'trade / Imports'"
    ).fetchone()
    assert value == (558e6, "D4", "1. NUTS1, industry", "ONS trade NUTS1")
    assert find_recipe(session.db, "ONS trade NUTS1").sheet == "1. NUTS1, industry"

    # next year's file: one step with the saved recipe; the same file is recognised
    again = _open(session, qtbot, ITIS)
    assert again.sheet_page.recipe_combo.currentText().startswith("ONS trade NUTS1")
    again.sheet_page.import_with_recipe()
    qtbot.waitUntil(lambda: again.currentId() == CHECK and not again.busy, timeout=TIMEOUT)
    assert (again.report.new, again.report.unchanged) == (0, 585)
    assert again.report.already_imported.startswith(f"batch {wizard.batch_id} ")
    again.reject()


def test_check_page_counts_the_cells_and_names_the_rows_without_a_value(session, qtbot):
    from desktop_app.ui.importer.wizard import CHECK, TABLE

    gap = Path(__file__).parents[1] / "fixtures" / "import_trust" / "eu28_iceland_gap.csv"
    wizard = _open(session, qtbot, gap)
    _next(wizard, qtbot, TABLE)
    _next(wizard, qtbot, CHECK)
    assert wizard.report.new == 50
    assert "Cells: 295 read = 250 used + 45 explained" in wizard.check_page.summary.text()
    table = wizard.check_page.problems
    shown = {table.item(k, 0).text(): table.item(k, 2).text() for k in range(table.rowCount())}
    assert shown["eu28_iceland_gap!A22:D31"] == "row has no value"
    _shoot(wizard, "eu28-gap-4-report")
    wizard.reject()


def test_stacked_tables_show_their_rows_and_read_the_first_block_only(session, qtbot):
    from desktop_app.ui.importer.wizard import CHECK, TABLE

    wizard = _open(session, qtbot, PERU, "NACIONAL")
    _next(wizard, qtbot, TABLE)
    model = wizard.table_page.model
    assert [model.row_kind(r) for r in (6, 7, 8, 9, 10)] == [
        "section",
        "header",
        "header",
        "labels",
        "repeated",
    ]  # C7 'Lectura', C11 'Año'
    assert model.row_kind(283) == "section"  # C284 'Matemática'
    _shoot(wizard, "peru-2-table")
    # correct by clicking: the data end with the first block (rows 10 to 20)
    wizard.table_page.set_last_row([20])
    assert wizard.recipe.last_data_row == 20 and model.row_kind(21) is None  # row 22
    _next(wizard, qtbot, CHECK)
    assert wizard.report.rows_read == 10 and wizard.report.new == 50  # 10 rows x 5 values
    assert {r.region for r in wizard.plan.records} >= {"NACIONAL", "DRE Amazonas", "UGEL Bagua"}
    _shoot(wizard, "peru-4-report")
    wizard.reject()
    assert _count(session) == 0


def test_labels_matched_once_become_aliases(session, qtbot, tmp_path):
    from desktop_app.ui.importer.wizard import CHECK, LABELS, TABLE

    db = session.db
    food = classifications.ensure(db, "industry", "C10", "Food products")
    classifications.ensure(db, "industry", "C11", "Beverages")
    classifications.ensure(db, "region", "ES417", "Soria")
    book = tmp_path / "empleo.csv"
    book.write_text(
        "provincia;rama;año;empleo\n"
        "Soria;Manufacture of food products;2018;1.234,5\n"
        "Soria;Beverages;2018;x\n"
        "Soria;Quantum widgets;2018;7\n",
        encoding="utf-8",
    )
    wizard = _open(session, qtbot, book)
    _next(wizard, qtbot, TABLE)
    _next(wizard, qtbot, LABELS)
    page = wizard.labels_page
    labels = [m.label for m in wizard.matches]
    assert labels == ["Manufacture of food products", "Quantum widgets"]
    assert page.combos[0].itemData(1) == food  # ranked first
    _shoot(wizard, "csv-3-labels")
    page.accept_suggestions()
    assert page.chosen_aliases() == {("industry", "Manufacture of food products"): food}
    _next(wizard, qtbot, CHECK)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.batch_id is not None, timeout=TIMEOUT)
    assert classifications.resolve(db, "industry", "manufacture of FOOD products") == food
    rows = db.execute(
        "SELECT i.code, o.value, o.flag FROM observations o "
        "JOIN industries i ON i.id = o.industry_id ORDER BY i.code"
    ).fetchall()
    assert rows == [
        ("C10", 1234.5, None),
        ("C11", None, "suppressed"),
        ("Quantum widgets", 7.0, None),
    ]


def test_batches_dialog_undoes_a_whole_import(session, qtbot, tmp_path):
    from desktop_app.services.importing import commit_import, plan_import
    from desktop_app.ui.importer.batches import ImportBatchesDialog

    book = tmp_path / "a.csv"
    book.write_text("region,industry,year,employment\nSoria,C10,2018,10\nSoria,C11,2018,5\n")
    batch = commit_import(session.db, plan_import(book))
    dialog = ImportBatchesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.selected_batch() == batch and dialog.undo_button.isEnabled()
    dialog.undo(batch)
    qtbot.waitUntil(lambda: "undone" in dialog.status.text(), timeout=TIMEOUT)
    assert _count(session) == 0
    assert dialog.table.item(0, 7).text() and dialog.selected_batch() is None


def test_menu_entries_and_dropped_workbook(main_window, demo_project, qtbot):
    from desktop_app.ui.actions import action

    entry = action("import")
    assert (entry.menu, entry.title(), entry.shortcut) == ("file", "Import workbook…", "Ctrl+I")
    assert action("import_batches").title() == "Import batches…"
    main_window.open_path(demo_project)
    main_window.open_dropped(ITIS)
    wizard = main_window._import_wizard
    qtbot.waitUntil(lambda: wizard.overview is not None and not wizard.busy, timeout=TIMEOUT)
    assert wizard.path == ITIS and wizard.isVisible()
    wizard.reject()


EXPLAINED = {  # the default sheet cannot be mapped without help, and the page says why
    "ons_databaker_ott.xls": "Table 1",
    "ons_labour_productivity_industry_division.xls": "Hours",
    "readxl_deaths.xls": "arts",
    "readxl_deaths.xlsx": "arts",
}
PERIODS = {  # months and quarters: the page asks for the rule that forms years
    "ons_databaker_ott.xls": "Table 1!B7: the rows are months ('Jan' ...)",
    "ons_labour_productivity_industry_division.xls": "Hours!A8: the rows are quarters ('1994 Q1' ...)",
}


@pytest.mark.parametrize("path", sorted(EXCEL.glob("*.xls*")), ids=lambda p: p.name)
def test_every_real_workbook_goes_through_the_wizard(session, qtbot, path):
    from desktop_app.ui.importer.wizard import CHECK, LABELS, TABLE

    wizard = _open(session, qtbot, path)
    sheet = wizard.sheet_page.sheet_name()
    assert next(s for s in wizard.overview.sheets if s.name == sheet).has_table
    _shoot(wizard, f"{path.stem}-{path.suffix[1:]}-1-sheet")
    _next(wizard, qtbot, TABLE)
    _shoot(wizard, f"{path.stem}-{path.suffix[1:]}-2-table")
    if path.name in EXPLAINED:
        assert sheet == EXPLAINED[path.name]
        assert not wizard.table_page.isComplete()
        status = wizard.table_page.status.text()
        if path.name in PERIODS:
            assert "Still to say: how a year is formed from its periods." in status
            assert PERIODS[path.name] in status
        else:
            assert "Still to say: where the year is." in status
    else:
        wizard.next()
        qtbot.waitUntil(
            lambda: wizard.currentId() in (LABELS, CHECK) and not wizard.busy, timeout=TIMEOUT
        )
        assert wizard.currentId() == CHECK  # an empty project: nothing to match
        assert wizard.report.new == len(wizard.plan.records) > 0
        _shoot(wizard, f"{path.stem}-{path.suffix[1:]}-4-report")
    wizard.reject()
    assert _count(session) == 0


def test_menu_asks_for_the_workbook(session, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui.importer.wizard import open_import_wizard

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert open_import_wizard(None, session) is None  # the user changed their mind
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(PERU), ""))
    wizard = open_import_wizard(None, session)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.overview is not None and not wizard.busy, timeout=TIMEOUT)
    assert wizard.overview.sheet_names == ["NACIONAL", "Cobertura"]
    wizard.reject()


def _export_demo(demo_project, target):
    from desktop_app.services.export import export_project

    with open_project(demo_project) as project:
        export_project(project.db, target)
    return target


def test_dropped_exchange_workbook_lands_without_mapping(
    main_window, demo_project, tmp_path, qtbot
):
    from desktop_app.ui.importer.wizard import SHEET

    book = _export_demo(demo_project, tmp_path / "demo.xlsx")
    office = tmp_path / "office.anticipa"
    create_project(office).close()
    main_window.open_path(office)
    session = main_window.session
    changed = []
    session.sig_observations_changed.connect(changed.append)
    main_window.open_dropped(book)
    wizard = main_window._import_wizard
    qtbot.waitUntil(lambda: wizard.exchange_result is not None, timeout=TIMEOUT)
    # straight from reading the sheets to the import: no table, labels or check page
    assert wizard.visitedIds() == [SHEET] and wizard.recipe is None and wizard.plan is None
    assert not wizard.isVisible() and wizard.batch_id is not None
    assert _count(session) == 4120 and changed == [None]
    assert (
        session.db.execute("SELECT count(*) FROM observations WHERE value IS NULL").fetchone()[0]
        == 10
    )
    assert session.db.execute("SELECT file_name FROM import_batches").fetchall() == [("demo.xlsx",)]
    summary = wizard.summary
    assert summary.isVisible()
    assert summary.text().startswith(
        f"Imported 4,120 new and 0 changed values from demo.xlsx (import batch {wizard.batch_id})."
    )
    assert "Added 47 regions, 10 industries, 2 measures." in summary.text()
    summary.close()


def test_bad_exchange_workbook_shows_the_cell_and_its_sheets(
    session, qtbot, demo_project, tmp_path
):
    book = _export_demo(demo_project, tmp_path / "demo.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["Data"]["E7"] = "about 15k"
    wb.save(book)
    wizard = _open(session, qtbot, book)
    assert wizard.exchange_result is None and wizard.isVisible()
    status = wizard.sheet_page.status.text()
    assert "demo.xlsx, sheet Data, cell E7: 'about 15k' is not a number" in status
    assert "nothing was written" in status
    # the sheets, to map by hand if wanted: data, classifications, sources, about, the eight
    # sheets of the demo's scenario studies (with their MICMAC influences, variant effects and
    # shocks), its
    # signposts, radar and experiments, and the three of its policy options
    assert wizard.sheet_page.sheet_list.count() == 20
    assert _count(session) == 0 and _count(session, "regions") == 0
    wizard.reject()


def _select_columns(view, columns):
    from PySide6.QtCore import QItemSelectionModel

    selection = view.selectionModel()
    selection.clearSelection()
    for c in columns:
        selection.select(
            view.model().index(0, c),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Columns,
        )


def test_check_page_refuses_implausible_mapping_until_settled(session, qtbot, tmp_path):
    """The Göttingen-like sheet: industry names proposed as regions, the place headings as
    part of the measure; the check page says so and Import stays off until the table page
    says the names are industries and the block headings are regions."""
    import implausible_books as books

    from desktop_app.ui.importer.wizard import CHECK, TABLE

    wizard = _open(session, qtbot, books.goettingen_blocks(tmp_path), "Beschäftigte")
    _next(wizard, qtbot, TABLE)
    table = wizard.table_page
    # the hasty reading (tests/implausible_books.py), whatever the automatic mapping proposed
    table.set_role("A", "industry")
    table.set_role("B", "region")
    table.set_section_role("measure")
    _next(wizard, qtbot, CHECK)
    page = wizard.check_page
    shown = sorted(
        (page.doubts.table.item(k, 1).text(), page.doubts.table.item(k, 2).text())
        for k in range(page.doubts.table.rowCount())
    )
    assert [place for place, _ in shown] == ["Beschäftigte!A3", "Beschäftigte!C5"]
    assert shown[0][1].startswith('the block headings "Stadt Göttingen", "Deutschland" are')
    assert shown[1][1].startswith("16 of the 16 region labels are industries")
    assert page.tabs.currentWidget() is page.doubts and not page.isComplete()
    _shoot(wizard, "goettingen-4-check-refused")
    wizard.next()  # Import: refused, nothing is written
    qtbot.wait(50)
    assert wizard.currentId() == CHECK and wizard.batch_id is None and _count(session) == 0

    # back on the table page: both label columns at once are industry names, then column A
    # the codes; the block headings are the regions
    wizard.back()
    _select_columns(table.grid, [0, 1])
    assert table.selected_columns() == ["A", "B"]
    table.many_role_combo.setCurrentIndex(table.many_role_combo.findData("industry_name"))
    table.many_role_button.click()
    assert wizard.recipe.columns == {"A": "industry_name", "B": "industry_name"}
    table.set_role("A", "industry_code")
    table.set_section_role("region")
    assert wizard.recipe.section_role == "region"
    _shoot(wizard, "goettingen-2-table-settled")
    _next(wizard, qtbot, CHECK)
    assert wizard.checked.doubts == [] and page.isComplete()
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.doubts))
    # the preview: 20 first rows and a sample of 30, filtered to one region
    preview = page.preview
    assert preview.rows.rowCount() == 50
    preview.filter_edit.setText("Deutschland")
    rows = preview.shown_rows()
    assert rows and {r.region for r in rows} == {"Deutschland"}
    assert preview.rows.rowCount() == len(rows)
    for r in rows:  # each value is the one in its cell of the Deutschland block (rows 24-39)
        row, col = int(r.cell[1:]), "CDEFGHIJKL".index(r.cell[0])
        assert r.value == books.goettingen_value(1, row - 24, 2008 + col) and r.year == 2008 + col
    counts = preview.count_tables["region"]
    assert [(counts.item(k, 0).text(), counts.item(k, 1).text()) for k in range(2)] == [
        ("Deutschland", "160"),
        ("Stadt Göttingen", "160"),
    ]
    preview.filter_edit.setText("")
    _shoot(wizard, "goettingen-4-check-preview")
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.batch_id is not None, timeout=TIMEOUT)
    assert _count(session) == 320
    regions = session.db.execute("SELECT code FROM regions ORDER BY code").fetchall()
    assert regions == [("Deutschland",), ("Stadt Göttingen",)]


def test_import_anyway_per_reason_is_kept_in_the_saved_recipe(session, qtbot, tmp_path):
    import implausible_books as books

    from desktop_app.ui.importer.wizard import CHECK, TABLE

    wizard = _open(session, qtbot, books.thousands_in_header(tmp_path), "Jobs")
    _next(wizard, qtbot, TABLE)
    scale = wizard.table_page.scale_combo
    scale.setCurrentIndex(scale.findData("units"))  # 'Jobs (thousands)' read as units
    _next(wizard, qtbot, CHECK)
    page = wizard.check_page
    assert [d.code for d in wizard.checked.open_doubts()] == ["scale-word-not-applied"]
    assert not page.isComplete()
    page.doubts.set_accepted("scale-word-not-applied")
    assert page.isComplete() and wizard.plan.recipe.accept == ["scale-word-not-applied"]
    assert "Every reason is settled or accepted." in page.doubts.intro.text()
    page.doubts.set_accepted("scale-word-not-applied", False)
    assert not page.isComplete()
    page.doubts.set_accepted("scale-word-not-applied")
    page.save_recipe.setChecked(True)
    page.recipe_name.setText("jobs in thousands, read as units")
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.batch_id is not None, timeout=TIMEOUT)
    assert _count(session) == 4
    saved = find_recipe(session.db, "jobs in thousands, read as units")
    from desktop_app.io.recipes import Recipe

    assert Recipe.from_json(saved.recipe_json).accept == ["scale-word-not-applied"]


def _region_sheets(folder):
    """One sheet per region ('1. North East', '2. North West', titled 'Region - …'), industries
    down the rows and years across, and a Notes sheet unlike them."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for k, region in enumerate(("North East", "North West")):
        sheet = book.create_sheet(f"{k + 1}. {region}")
        sheet.append([f"Region - {region}"])
        sheet.append([])
        sheet.append(["Industry", 2015, 2016])
        for j, industry in enumerate(("Agriculture", "Retail", "Mining")):
            sheet.append([industry, 100 * (k + 1) + 10 * j, 100 * (k + 1) + 10 * j + 1])
    book.create_sheet("Notes").append(["Figures are made up for a test."])
    path = folder / "regions.xlsx"
    book.save(path)
    return path


def test_region_from_the_title_applied_to_all_sheets_like_this_one(session, qtbot, tmp_path):
    from desktop_app.ui.importer.wizard import CHECK, TABLE

    wizard = _open(session, qtbot, _region_sheets(tmp_path), "1. North East")
    _next(wizard, qtbot, TABLE)
    page = wizard.table_page
    offers = [page.region_from_combo.itemData(k) for k in range(page.region_from_combo.count())]
    assert offers == ["", "sheet", "title"]
    assert "(here: North East)" in page.region_from_combo.itemText(2)
    page.set_region_from("title")
    assert wizard.recipe.region_from == "title"
    page.all_sheets_check.setChecked(True)
    _shoot(wizard, "regions-2-table")
    _next(wizard, qtbot, CHECK)
    assert wizard.checked.can_commit
    assert [e.sheet for e in wizard.plan.per_sheet] == ["1. North East", "2. North West"]
    assert wizard.checked.preview.regions == {"North East": 6, "North West": 6}
    page = wizard.check_page
    page.save_recipe.setChecked(True)
    page.recipe_name.setText("jobs per region sheet")
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.batch_id is not None, timeout=TIMEOUT)
    # 2. North West!C5: Retail, 2016 = 200 + 10 + 1
    assert session.db.execute(
        "SELECT o.value, o.cell, o.sheet FROM observations o JOIN regions r ON r.id = o.region_id "
        "JOIN industries i ON i.id = o.industry_id WHERE r.code = 'North West' "
        "AND i.code = 'Retail' AND o.year = 2016"
    ).fetchone() == (211.0, "C5", "2. North West")
    assert _count(session) == 12
    from desktop_app.io.recipes import Recipe

    saved = Recipe.from_json(find_recipe(session.db, "jobs per region sheet").recipe_json)
    assert (saved.sheet, saved.region_from) == ("*", "title")


def test_the_table_page_forms_years_from_quarters_by_the_chosen_rule(session, qtbot):
    """The quarterly labour productivity sheet waits for a rule; with 'mean' it maps.

    The Hours sheet holds 67 industries (SIC07 codes over their names) and the quarters of the
    years 1994 to 2018 down the rows, so the mean of each year's four quarters gives 67 x 25.
    """
    from desktop_app.ui.importer.wizard import CHECK, LABELS, TABLE

    wizard = _open(session, qtbot, EXCEL / "ons_labour_productivity_industry_division.xls")
    assert wizard.sheet_page.sheet_name() == "Hours"
    _next(wizard, qtbot, TABLE)
    page = wizard.table_page
    assert not page.isComplete()
    page.periods_combo.setCurrentIndex(page.periods_combo.findData("mean"))
    assert wizard.recipe.periods == "mean" and wizard.recipe.incomplete_years == "flag"
    assert page.isComplete()
    assert "Still to say" not in page.status.text()
    _shoot(wizard, "periods-rule-chosen")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() in (LABELS, CHECK) and not wizard.busy,
                    timeout=TIMEOUT)
    records = wizard.plan.records
    assert len({r.industry for r in records}) == 67
    assert {r.year for r in records} == set(range(1994, 2019))
