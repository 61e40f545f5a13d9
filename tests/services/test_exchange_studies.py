"""Scenario studies in the tidy exchange workbook: edited in Excel and read back, every rejected
cell named; a judgement the file changes follows the keep-or-replace rule."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.services.exchange_import import ExchangeError, import_exchange
from desktop_app.services.export import Selection, export_project
from desktop_app.store import scenarios as st
from desktop_app.store.project import create_project, open_project
from desktop_app.store.scenarios import NewDescriptor

GLOBAL = "Global context (CIB sample)"
ONE_STUDY = Selection(
    measures=("employees_de",), regions=("DE1",), years=(2014,), studies=(GLOBAL,)
)


def _exported(demo_project, tmp_path, change=None):
    out = tmp_path / "studies.xlsx"
    with open_project(demo_project) as project:
        result = export_project(project.db, out, "tidy", ONE_STUDY)
    assert "Cross impacts" in result.sheets
    if change:
        book = openpyxl.load_workbook(out)
        change(book)
        book.save(out)
    return out


def _judgement_row(book, frm, to) -> int:
    """The Cross impacts row of a judgement, found by its labels as the file writes them."""
    for row in book["Cross impacts"].iter_rows(min_row=2):
        if (row[2].value, row[3].value, row[4].value, row[5].value) == (*frm, *to):
            return row[0].row
    raise AssertionError(f"no judgement {frm} -> {to}")


FREE_TRADE = ("World trade regime", "Free trade")
RELAXED = ("World security", "Relaxed")


def _set_value(book, value):
    book["Cross impacts"].cell(
        _judgement_row(book, FREE_TRADE, ("World economy", "Decline")), 7, value
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda b: _set_value(b, "strong"),
            "sheet Cross impacts, cell G{row}: 'strong' is not a number",
        ),
        (
            lambda b: b["Cross impacts"].cell(2, 6, "Booming"),
            "sheet Cross impacts, cell F2: ",
        ),
        (
            lambda b: b["Scenario experts"].cell(2, 2, "Somebody else"),
            "sheet Cross impacts, cell B2: expert ",
        ),
        (
            lambda b: b["Scenarios"].cell(2, 9, "Nowhere"),
            "sheet Scenarios, cell I2: scenario 1 of 'Global context (CIB sample)' gives no known",
        ),
    ],
)
def test_a_bad_study_cell_is_named_and_nothing_is_imported(demo_project, tmp_path, change, message):
    out = _exported(demo_project, tmp_path, change)
    book = openpyxl.load_workbook(out)
    row = (
        _judgement_row(book, FREE_TRADE, ("World economy", "Decline")) if "{row}" in message else 0
    )
    with create_project(tmp_path / "back.anticipa") as back:
        with pytest.raises(
            ExchangeError, match=message.format(row=row).replace("(", r"\(").replace(")", r"\)")
        ):
            import_exchange(back.db, out)
        assert st.list_studies(back.db) == []
        assert back.db.execute("SELECT count(*) FROM observations").fetchone()[0] == 0


def test_a_changed_judgement_is_replaced_or_kept_and_another_shape_is_refused(
    demo_project, tmp_path
):
    out = _exported(demo_project, tmp_path, lambda b: _set_value(b, 3))
    with open_project(demo_project) as project:
        study = st.require_study(project.db, GLOBAL)
        cell = (
            study.labels.index("World trade regime: Free trade"),
            study.labels.index("World economy: Decline"),
        )
        before = st.expert_matrix(project.db, study, study.experts[0].id).values[cell]
        assert before != 3
        kept = import_exchange(project.db, out, on_changed="keep")
        assert kept.judgements == {"replaced": 0, "kept": 1}
        assert st.expert_matrix(project.db, study, study.experts[0].id).values[cell] == before
        replaced = import_exchange(project.db, out, on_changed="replace")
        assert replaced.judgements == {"replaced": 1, "kept": 0}
        assert st.expert_matrix(project.db, study, study.experts[0].id).values[cell] == 3
    with create_project(tmp_path / "other.anticipa") as other:
        st.create_study(other.db, GLOBAL, [NewDescriptor("Price", ["Low", "High"])])
        with pytest.raises(
            ExchangeError, match=r"sheet Scenario studies, cell A2: the project has a study named"
        ):
            import_exchange(other.db, out)
        assert other.db.execute("SELECT count(*) FROM observations").fetchone()[0] == 0


def test_roles_and_weights_travel_and_follow_the_keep_or_replace_rule(demo_project, tmp_path):
    with open_project(demo_project) as project:
        trade = st.require_study(project.db, GLOBAL).descriptors[0]
        st.update_descriptor(project.db, trade.id, role="lever", weight=2.0)
    out = _exported(demo_project, tmp_path)
    with create_project(tmp_path / "back.anticipa") as back:
        import_exchange(back.db, out)
        first = st.require_study(back.db, GLOBAL).descriptors[0]
        assert (first.name, first.role, first.weight) == ("World trade regime", "lever", 2.0)
        st.update_descriptor(back.db, first.id, role="context", weight=1.0)
        kept = import_exchange(back.db, out, on_changed="keep")
        assert kept.judgements == {"replaced": 0, "kept": 1}
        assert st.require_study(back.db, GLOBAL).descriptors[0].role == "context"
        import_exchange(back.db, out, on_changed="replace")
        first = st.require_study(back.db, GLOBAL).descriptors[0]
        assert (first.role, first.weight) == ("lever", 2.0)


def test_effects_and_shocks_travel_with_their_study(demo_project, tmp_path):
    from desktop_app.store import futures

    def change(book):
        effects = book["Variant effects"]
        effects.cell(2, 7, effects.cell(2, 7).value + 1.0)  # one more point at the high end
        book["Variant shocks"].cell(2, 1, "Another study")

    with pytest.raises(
        ExchangeError, match=r"sheet Variant shocks, cell A2: study 'Another study'"
    ):
        with create_project(tmp_path / "refused.anticipa") as refused:
            import_exchange(refused.db, _exported(demo_project, tmp_path, change))
    out = _exported(demo_project, tmp_path)
    book = openpyxl.load_workbook(out)
    first = [c.value for c in book["Variant effects"][2]]  # study, descriptor, variant, industry
    assert first[0] == GLOBAL and first[4] <= first[5] <= first[6]
    with open_project(demo_project) as project:
        study = st.require_study(project.db, GLOBAL)
        theirs = (futures.list_effects(project.db, study), futures.list_shocks(project.db, study))
        futures.replace_effects_and_shocks(project.db, study, [], [])
        kept = import_exchange(project.db, out, on_changed="keep")
        assert futures.list_effects(project.db, study) == []
        assert kept.judgements["kept"] == 1
        import_exchange(project.db, out, on_changed="replace")
        assert (
            futures.list_effects(project.db, study),
            futures.list_shocks(project.db, study),
        ) == theirs
