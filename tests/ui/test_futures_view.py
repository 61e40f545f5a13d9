"""The futures view on the demo project (offscreen): fan chart, horizon table, effects grid."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QTabWidget

from desktop_app.store import classifications
from desktop_app.store import futures as fs
from desktop_app.store import scenarios as st
from desktop_app.store.project import open_project
from desktop_app.ui.numbers import in_locale

GLOBAL = "Global context (CIB sample)"


def test_parse_effect():
    from desktop_app.ui.scenarios.futures_view import effect_text, parse_effect

    assert parse_effect("1,5") == (1.5, 1.5, 1.5)
    assert parse_effect("-1 / -0.5 / 0") == (-1.0, -0.5, 0.0)
    assert parse_effect(" ") is None
    with pytest.raises(ValueError, match="low <= mode <= high"):
        parse_effect("2 / 1 / 3")
    with pytest.raises(ValueError, match="not an effect"):
        parse_effect("1 / 2")
    assert effect_text((-1.0, -0.5, 0.0)) == "-1 / -0.5 / 0" and effect_text((2.0, 2.0, 2.0)) == "2"


def test_view_projects_the_demo_and_edits_effects(drawn, session, qtbot, tmp_path):
    from desktop_app.ui.scenarios.futures_view import FuturesView

    view = FuturesView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    drawn(view)
    view.study_box.setCurrentIndex(view.study_box.findText(GLOBAL))
    qtbot.waitUntil(lambda: view.run is not None, timeout=60_000)
    assert view.region.currentText().startswith("DE1") and view.horizon.value() == 2030
    assert view.table.columnCount() == 4 and view.table.rowCount() == 15
    assert "S1 · World trade regime" in view.legend.text()
    # the demo's six variants with effects are in the tornado, widest swing first
    widths = [high - low for _, (low, _mode, high) in view.run.swings]
    assert len(widths) == 6 and widths == sorted(widths, reverse=True)
    # the chart as PNG and SVG
    png, svg = tmp_path / "fan.png", tmp_path / "fan.svg"
    view.save_chart(str(png))
    view.save_chart(str(svg))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:2000]
    # small multiples: one fan chart per projected industry, drawn when their tab is shown
    assert len(view.multiples.ci.items) == 0
    view.findChild(QTabWidget).setCurrentWidget(view.multiples)
    drawn(view)
    assert len(view.multiples.ci.items) == len(view.run.industries) == 10
    total = view.run.result.scenarios[0].total
    assert total[-1, 0] < total[-1, 1] < total[-1, 2]
    # the structure tab, filled when shown: today's location quotient and each scenario's at
    # the horizon
    assert view.structure.rowCount() == 0
    tabs = view.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.indexOf(view.structure.parentWidget()))
    drawn(view)
    assert view.structure.rowCount() == 10 and view.structure.columnCount() == 1 + 4
    lq = view.run.lq_horizon(view.run.result.scenarios[0])
    assert view.structure.item(1, 1).text() == in_locale(
        f"{lq[1, 1]:.2f} ({lq[1, 0]:.2f} to {lq[1, 2]:.2f})"
    )
    assert view.structure.item(1, 0).text() == in_locale(f"{view.run.lq_today()[1]:.2f}")
    assert "Germany" in view.structure_note.text()
    view.hide()  # refusals below then go to the status bar, not to a message box
    # paste two effects into the row of the first variant (Free trade), columns * and A
    study = st.require_study(session.db, GLOBAL)
    free_trade = study.variant_ids[0]
    view.effects.setCurrentCell(0, 0)
    view.paste("0.5\t-1 / 0 / 1\n")
    stored = {
        (e.variant_id, e.industry_id): (e.low, e.mode, e.high)
        for e in fs.list_effects(session.db, study)
    }
    assert stored[(free_trade, None)] == (0.5, 0.5, 0.5)
    a = view._industries[1]
    assert stored[(free_trade, a)] == (-1.0, 0.0, 1.0)
    assert view.effects.item(0, 1).text() == "-1 / 0 / 1"
    # the recompute simulates only the scenarios holding Free trade (the first descriptor's
    # first variant); the others keep their projections
    before = view.run
    qtbot.waitUntil(lambda: view.run is not before, timeout=60_000)
    holding = sum(f.scenario.variants[0] == 0 for f in view.run.scenarios)
    assert 0 < holding < len(view.run.scenarios) and view.run.simulated == holding
    session.undo_stack_for("scenarios").undo()
    stored = {(e.variant_id, e.industry_id) for e in fs.list_effects(session.db, study)}
    assert (free_trade, None) not in stored and (free_trade, a) not in stored
    # a bad cell refuses the whole paste
    view.paste("1\t3 / 2 / 1\n")
    assert (free_trade, None) not in {
        (e.variant_id, e.industry_id) for e in fs.list_effects(session.db, study)
    }


def test_effects_workbook_replaces_the_study_effects(session, qtbot, tmp_path):
    from openpyxl import Workbook

    from desktop_app.ui.scenarios.futures_view import FuturesView

    view = FuturesView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    view.study_box.setCurrentIndex(view.study_box.findText(GLOBAL))
    qtbot.waitUntil(lambda: view.run is not None, timeout=60_000)
    view.hide()  # a refusal then goes to the status bar, not to a message box
    book = Workbook()
    sheet = book.active
    sheet.title = "Effects"
    sheet.append(["Descriptor", "Variant", "Industry", "Low", "Mode", "High"])
    sheet.append(["WECO", "Decl", "*", -3, -2, -1])
    path = tmp_path / "effects.xlsx"
    book.save(path)
    assert view.import_effects(str(path))
    study = st.require_study(session.db, GLOBAL)
    assert [(e.industry_id, e.mode) for e in fs.list_effects(session.db, study)] == [(None, -2.0)]
    assert fs.list_shocks(session.db, study) == []
    decline = study.variant_ids.index(study.descriptors[2].variants[0].id)
    assert view.effects.item(decline, 0).text() == "-3 / -2 / -1"
    sheet.append(["WECO", "Boom", "*", 0, 1, 2])
    book.save(path)
    assert not view.import_effects(str(path))
    assert len(fs.list_effects(session.db, study)) == 1


def test_a_pending_recompute_does_not_read_a_closed_project(demo_project, qtbot):
    """A choice changed just before the project closes: the recompute it scheduled must not run
    against the closed database (the view itself is deleted only later)."""
    from desktop_app.ui.scenarios.futures_view import FuturesView
    from desktop_app.ui.session import ProjectSession
    from desktop_app.ui.tasks import TaskRunner

    session = ProjectSession(open_project(demo_project), TaskRunner())
    view = FuturesView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    view.study_box.setCurrentIndex(view.study_box.findText(GLOBAL))
    qtbot.waitUntil(lambda: view.run is not None, timeout=60_000)
    view.horizon.setValue(view.horizon.value() + 1)  # schedules a recompute 300 ms later
    assert view._recompute.isActive()
    session.tasks.cancel("futures")
    session.tasks._pool.waitForDone(10_000)
    session.close()
    assert not view._recompute.isActive()
    qtbot.wait(500)  # an exception in the event loop would fail the test here


def test_fan_chart_ticks_persons_in_full(session, qtbot):
    from desktop_app.ui.scenarios.futures_view import FuturesView

    view = FuturesView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    view.study_box.setCurrentIndex(view.study_box.findText(GLOBAL))
    qtbot.waitUntil(lambda: view.run is not None, timeout=60_000)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    left = view.plot.getAxis("left")
    # the demo's employees_de are persons: DE1's total runs 3.9 to 6 million, ticked in full
    assert "(persons)" in left.labelText
    low, high = left.range
    levels = left.tickValues(low, high, left.height())
    texts = [t for spacing, values in levels for t in left.tickStrings(values, 1.0, spacing)]
    assert texts and all("e+" not in t and re.fullmatch(r"\d{1,3}(,\d{3})+", t) for t in texts)
    assert left.tickStrings([6e6], 1.0, 5e5) == ["6,000,000"]
    # years on the bottom axis without separators
    assert view.plot.getAxis("bottom").tickStrings([2010.0, 2020.0], 1.0, 10.0) == ["2010", "2020"]


def test_an_effect_for_a_group_fills_each_of_its_industries(session, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    from desktop_app.ui.scenarios.futures_view import FuturesView

    view = FuturesView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    view.study_box.setCurrentIndex(view.study_box.findText(GLOBAL))
    qtbot.waitUntil(lambda: view.effects.rowCount() > 0, timeout=60_000)
    view.hide()  # refusals then go to the status bar, not to a message box
    study = st.require_study(session.db, GLOBAL)
    messages = []
    session.sig_status.connect(messages.append)

    def stored():
        return {(e.variant_id, e.industry_id): (e.low, e.mode, e.high)
                for e in fs.list_effects(session.db, study)}

    before = stored()
    view.group_label.setText("J-L")
    view.group_effect.setText("-1 / 0,5 / 2")
    view.fill_group()  # no row selected yet
    assert stored() == before and "Select the rows" in messages[-1]
    selection = view.effects.selectionModel()
    for row in (1, 2):  # the second and third variants
        selection.select(view.effects.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select)
    view.fill_group()
    codes = {c.id: c.code for c in classifications.list_all(session.db, "industry")}
    added = {key: value for key, value in stored().items() if key not in before}
    assert {(v, codes[i]) for v, i in added} == {
        (study.variant_ids[r], code) for r in (1, 2) for code in ("J", "K", "L")
    }
    assert set(added.values()) == {(-1.0, 0.5, 2.0)}
    session.undo_stack_for("scenarios").undo()  # the whole fill is one edit
    assert stored() == before
    view.effects.selectRow(1)  # the grid was filled again
    view.group_label.setText("Z*")
    view.fill_group()
    assert stored() == before
    assert "the group 'Z*' holds no industry of the project" in messages[-1]
