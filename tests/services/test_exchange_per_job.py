"""Whether a measure is held per job (an intensity, such as a wage) travels with it: in the
tidy exchange workbook's Measures sheet (column "held per job") and in a merge between offices.
A different mark on a measure both hold is a change like a value's: replaced or kept in an
import, a conflict in a merge."""

import shutil

import openpyxl
import pytest

from desktop_app.services.exchange_import import ExchangeError, import_exchange
from desktop_app.services.export import export_project
from desktop_app.services.merge import merge_project
from desktop_app.store import measures
from desktop_app.store.project import create_project, open_project

WAGE = "wage_per_employee"


def _with_wage(demo_project, path, per_job: bool):
    shutil.copyfile(demo_project, path)
    with open_project(path) as project, project.db.atomic():
        wage = measures.ensure_measure(project.db, WAGE, "Gross wage per employee", "EUR")
        measures.set_intensity(project.db, wage, per_job)
    return path


def _per_job(path, code=WAGE) -> bool | None:
    with open_project(path) as project:
        found = measures.find_measure(project.db, code)
        return None if found is None else found.intensity


def _exported(project_path, out):
    with open_project(project_path) as project:
        export_project(project.db, out)
    return out


def _mark_in_sheet(book_path, code=WAGE):
    sheet = openpyxl.load_workbook(book_path)["Measures"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row[0] == code:
            return header, row[header.index("held per job")]
    raise AssertionError(f"{code} not on the Measures sheet")


def test_the_mark_goes_out_and_comes_back_with_the_measure(demo_project, tmp_path):
    source = _with_wage(demo_project, tmp_path / "office.anticipa", per_job=True)
    out = _exported(source, tmp_path / "office.xlsx")
    header, mark = _mark_in_sheet(out)
    assert header[:5] == ["code", "name", "unit", "description", "held per job"]
    assert mark == "yes"
    assert _mark_in_sheet(out, "employees_de")[1] == "no"
    empty = tmp_path / "empty.anticipa"
    with create_project(empty) as project:
        import_exchange(project.db, out)
    assert _per_job(empty) is True
    assert _per_job(empty, "employees_de") is False


@pytest.mark.parametrize(("on_changed", "after", "counts"),
                         [("keep", False, {"replaced": 0, "kept": 1}),
                          ("replace", True, {"replaced": 1, "kept": 0})])
def test_a_different_mark_follows_the_keep_or_replace_rule(
    demo_project, tmp_path, on_changed, after, counts
):
    out = _exported(_with_wage(demo_project, tmp_path / "office.anticipa", True),
                    tmp_path / "office.xlsx")
    hq = _with_wage(demo_project, tmp_path / "hq.anticipa", per_job=False)
    with open_project(hq) as project:
        result = import_exchange(project.db, out, on_changed=on_changed)
    assert result.per_job == counts and result.as_dict()["per_job"] == counts
    assert "marks otherwise as held per job" in result.as_text()
    assert _per_job(hq) is after


def test_a_workbook_without_the_column_leaves_the_mark_alone(demo_project, tmp_path):
    out = _exported(_with_wage(demo_project, tmp_path / "office.anticipa", False),
                    tmp_path / "office.xlsx")
    book = openpyxl.load_workbook(out)
    book["Measures"].delete_cols(5)  # as written before the column existed
    book.save(out)
    hq = _with_wage(demo_project, tmp_path / "hq.anticipa", per_job=True)
    with open_project(hq) as project:
        result = import_exchange(project.db, out)
    assert result.per_job == {"replaced": 0, "kept": 0}
    assert _per_job(hq) is True


def test_a_mark_that_is_neither_yes_nor_no_is_refused_by_cell(demo_project, tmp_path):
    out = _exported(_with_wage(demo_project, tmp_path / "office.anticipa", True),
                    tmp_path / "office.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["Measures"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == WAGE)
    sheet.cell(row, 5, "sometimes")
    book.save(out)
    empty = tmp_path / "empty.anticipa"
    with create_project(empty) as project:
        with pytest.raises(ExchangeError) as error:
            import_exchange(project.db, out)
    assert f"sheet Measures, cell E{row}: {WAGE}: 'held per job' must be yes or no" in str(
        error.value
    )
    assert _per_job(empty) is None


def test_a_merge_brings_the_mark_and_lists_a_different_one_as_a_conflict(
    demo_project, tmp_path
):
    office = _with_wage(demo_project, tmp_path / "office.anticipa", per_job=True)
    new_here = tmp_path / "new.anticipa"
    shutil.copyfile(demo_project, new_here)
    with open_project(new_here) as project:
        merge_project(project.db, office)
    assert _per_job(new_here) is True

    hq = _with_wage(demo_project, tmp_path / "hq.anticipa", per_job=False)
    with open_project(hq) as project:
        report = merge_project(project.db, office)
        assert [(c.kind, c.key, c.ours, c.theirs) for c in report.conflicts] == [
            ("measure held per job", WAGE, "no", "yes")
        ]
    assert _per_job(hq) is False  # ours kept unless theirs is taken
    with open_project(hq) as project:
        merge_project(project.db, office, take_theirs=[WAGE])
    assert _per_job(hq) is True
