"""The policy option views on the demo project (offscreen): register editor with paste and undo,
robustness table, regret map and option card."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from desktop_app.store import policy_options as po

GLOBAL = "Global context (CIB sample)"


@pytest.fixture
def refusals(monkeypatch):
    """The refusals a shown view would put in a message box, kept instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    return said


def _shown(qtbot, view):
    qtbot.addWidget(view)
    view.study_box.setCurrentIndex(view.study_box.findText(GLOBAL))
    view.show()
    return view


def test_robustness_table_and_regret_map_on_the_demo(session, qtbot):
    from desktop_app.ui.policy.robustness_view import RegretHeatmapView, RobustnessView

    view = _shown(qtbot, RobustnessView(session))
    qtbot.waitUntil(lambda: view.run is not None, timeout=60_000)
    names = [view.table.verticalHeaderItem(k).text() for k in range(view.table.rowCount())]
    assert names[0] == "No action" and len(names) == 5  # the four options with effects on jobs
    assert view.table.columnCount() == 4 + 5
    battery = names.index("Battery cell plant subsidy")
    # DEMO_EFFECTS in S1 (National, Alert, Stagnation): (-15000 - 32000)/6 + (-5000 - 12000)/6
    assert view.table.item(battery, 0).text() == "-10,667"
    # the largest regret in the matrix gets the deepest shade, no regret stays white
    r = view.run.result
    k, j = divmod(int(r.regret.argmax()), r.regret.shape[1])
    assert view.table.item(k, j).background().color().name() != "#ffffff"
    zero = next((k, j) for k in range(r.regret.shape[0]) for j in range(r.regret.shape[1])
                if r.regret[k, j] == 0)
    assert view.table.item(*zero).background().color().name() == "#ffffff"
    assert view.rankings.item(0, 0).text() == names[r.ranking["expected"][0]]
    assert "Battery cell plant subsidy does no better than No action in 2 of 2 scenarios with " \
           "World trade regime: National" in view.notes.text()
    # emissions: entered effects alone, less is better
    view.outcome.setCurrentIndex(view.outcome.findText("emissions"))
    qtbot.waitUntil(lambda: view.run is not None and view.run.outcome == "emissions",
                    timeout=30_000)
    assert "less is better" in view.summary.text()
    assert view.table.item(0, 0).text() == "0"

    heat = _shown(qtbot, RegretHeatmapView(session))
    qtbot.waitUntil(lambda: heat.run is not None, timeout=60_000)
    ticks = heat.plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == names


def test_register_editor_edits_pastes_and_undoes(session, qtbot, refusals):
    from desktop_app.ui.policy.register_editor import OptionsRegisterView

    view = _shown(qtbot, OptionsRegisterView(session))
    db = session.db
    assert view.grid.rowCount() == 6 and view.grid.item(5, 0).text() == ""
    # two new options pasted under the last one: name, instrument, targets, cost
    view.grid.setCurrentCell(5, 0)
    assert view.paste(view.grid, "Hydrogen valley\tinfrastructure\tindustry:B-E\t80\n"
                                 "Start-up vouchers\tgrant\tJ; Cyber Valley\t5\n")
    assert [o.name for o in po.list_options(db)][:3] == [
        "AI transfer centre", "Battery cell plant subsidy", "Defence procurement programme"]
    vouchers = po.find_option(db, "Start-up vouchers")
    assert vouchers.cost == 5 and vouchers.instrument == "grant"
    assert [(t.kind, t.name) for t in po.list_targets(db, vouchers.id)] == [
        ("industry", "J"), ("institution", "Cyber Valley")]
    assert view.grid.rowCount() == 8
    # an effect typed under "World economy: Decline"
    column = next(c for c in range(view.effects.columnCount())
                  if view.effects.horizontalHeaderItem(c).text() == "World economy: Decline")
    row = [o.name for o in view.options].index("Start-up vouchers")
    assert view.write_effects({(row, column): "1 / 2 / 3"}, "edit")
    assert [(e.low, e.mode, e.high) for e in po.list_effects(db)
            if e.option_id == vouchers.id] == [(1, 2, 3)]
    # a bad cell refuses the whole paste
    before = po.register_state(db)
    view.effects.setCurrentCell(row, column)
    assert not view.paste(view.effects, "4\t3 / 1 / 2")
    assert po.register_state(db) == before
    assert not view.write_register({(0, 3): "cheap"}, "edit")
    assert refusals == ["'3 / 1 / 2': an effect needs low <= mode <= high",
                        "Row 1: 'cheap' is not a number."]
    # undo the effect, then the paste: the demo's five options again
    session.undo_stack_for("policy").undo()
    assert [e for e in po.list_effects(db) if e.option_id == vouchers.id] == []
    session.undo_stack_for("policy").undo()
    assert len(po.list_options(db)) == 5 and view.grid.rowCount() == 6
    session.undo_stack_for("policy").redo()
    assert po.find_option(db, "Start-up vouchers").id == vouchers.id


def test_register_editor_reads_a_workbook_and_writes_it_back(session, qtbot, tmp_path,
                                                              refusals):
    from desktop_app.io.policy_workbook import read_options_workbook
    from desktop_app.ui.policy.register_editor import OptionsRegisterView

    view = _shown(qtbot, OptionsRegisterView(session))
    out = tmp_path / "options.xlsx"
    view.export_workbook(str(out))
    book = read_options_workbook(out)
    assert book.problems == [] and len(book.options) == 5 and len(book.effects) == 20
    wb = Workbook()
    ws = wb.active
    ws.title = "Options"
    ws.append(["option", "instrument", "target", "cost"])
    ws.append(["Harbour", "infrastructure", "Nowhere", 1])
    wb.save(tmp_path / "bad.xlsx")
    assert not view.import_workbook(str(tmp_path / "bad.xlsx"))
    assert refusals == ["bad.xlsx: Options!C2: no industry or competency or institution "
                        "'Nowhere' in the project's registers"]
    assert len(po.list_options(session.db)) == 5
    assert view.import_workbook(str(out))  # read back unchanged
    assert len(po.list_options(session.db)) == 5 and len(po.list_effects(session.db)) == 20


def test_option_card_shows_targets_in_the_network(session, qtbot):
    from desktop_app.ui.policy.option_card import OptionCardView

    view = OptionCardView(session)
    qtbot.addWidget(view)
    view.option.setCurrentIndex(view.option.findText("AI transfer centre"))
    text = view.card.toPlainText()
    assert "Artificial intelligence and machine learning — linked to Cyber Valley (5)" in text
    assert "World security: Relaxed" in text and "5000 / 9000 / 12000" in text
