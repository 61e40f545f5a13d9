"""Scenario solving, MICMAC and 2x2 axes views on the demo project (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.store import scenarios as st

GLOBAL = "Global context (CIB sample)"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def _select_study(view, name):
    view.study_box.setCurrentIndex(view.study_box.findText(name))


def test_solve_view_solves_names_and_explains(drawn, session, qtbot):
    from desktop_app.ui.scenarios.solve_view import ScenarioSolveView

    view = ScenarioSolveView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    drawn(view)
    _select_study(view, GLOBAL)
    view.max_ic.setValue(1)
    view.solve()
    qtbot.waitUntil(lambda: view.solve_button.isEnabled(), timeout=20_000)
    tis = [r.tis for r in view.model.rows]
    assert tis == sorted(tis, reverse=True) and tis[0] == 15
    assert len(view.model.rows) > 4 and max(r.ic for r in view.model.rows) == 1
    # the first row is selected and explained: bars for each descriptor, sentence per descriptor
    assert len(view.bars.items) == 3 and view.bars.texts[0].startswith("World trade regime is at")
    # rename through the table, undo restores the empty name
    first = view.model.index(0, 0)
    view.model.setData(first, "Fortress world")
    assert view.model.rows[0].name == "Fortress world"
    study = st.require_study(session.db, GLOBAL)
    assert any(s.name == "Fortress world" for s in st.list_scenarios(session.db, study))
    session.undo_stack_for("scenarios").undo()
    assert view.model.rows[0].name == ""
    # compare two scenarios side by side
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert view.compare.columnCount() == 2 and view.compare.rowCount() == 4
    # robustness across experts (one expert in this study: 1/1 for the consistent ones)
    view.run_ensemble()
    qtbot.waitUntil(lambda: bool(view.model.robustness), timeout=20_000)
    consistent = [r for r in view.model.rows if r.ic == 0]
    assert all(view.model.robustness[r.variants] == "1/1" for r in consistent)
    # succession from a near-consistent start ends in a consistent scenario
    near = next(k for k, r in enumerate(view.model.rows) if r.ic == 1)
    view.table.selectRow(near)
    view.succession.run()
    path = view.succession.path
    assert path.path[0] == view.model.rows[near].variants and path.consistent
    assert view.succession.steps.rowCount() == len(path.path)
    assert not view.grab().isNull()


def test_micmac_view_plots_and_takes_entered_values(drawn, session, qtbot):
    from desktop_app.ui.scenarios.micmac_view import MicmacView

    view = MicmacView(session)
    qtbot.addWidget(view)
    view.show()  # a view loads while shown
    drawn(view)
    _select_study(view, GLOBAL)
    assert view.result is not None and view.source == "cib"
    assert view.table.rowCount() == 3
    item = view.entered.item(0, 1)
    item.setText("3")
    qtbot.waitUntil(lambda: view.source == "entered", timeout=5_000)
    assert view.result.actual.direct[0, 1] == 3
    session.undo_stack_for("scenarios").undo()
    assert view.source == "cib"
    item = view.entered.item(1, 0)
    item.setText("7")
    assert view.entered.item(1, 0).text() == "0"


def test_micmac_potential_reading_counts_p_as_strong_in_map_and_table(drawn, session, qtbot):
    from desktop_app.ui.scenarios.micmac_view import MicmacView

    view = MicmacView(session)
    qtbot.addWidget(view)
    view.show()
    drawn(view)
    _select_study(view, GLOBAL)
    # the hand-computed matrix of tests/core/test_micmac.py, typed into the entered grid
    for (r, c), text in {(0, 1): "3", (0, 2): "1", (1, 0): "1", (1, 2): "1", (2, 1): "2",
                         (2, 0): "p"}.items():
        view.entered.item(r, c).setText(text)
        qtbot.waitUntil(lambda r=r, c=c, t=text: view.entered.item(r, c).text() == t.upper(),
                        timeout=5_000)
    assert view.result.potential_marks == 1
    names = view.result.names
    view.readings["direct"].setChecked(True)
    assert [_plotted(view)[n][1] for n in names] == [4, 2, 2]  # P counts 0
    view.readings["potential"].setChecked(True)
    points, table = _plotted(view), _table(view)
    assert [points[n] for n in names] == [(4, 4), (5, 2), (2, 5)]  # P counts 3
    assert [table[n]["Quadrant"] for n in names] == ["relay", "dependent", "determinant"]
    assert "Shift" not in table[names[0]]
    assert "potential" in view.plot.getAxis("left").labelText
    view.readings["potential indirect"].setChecked(True)
    table = _table(view)
    assert [float(table[n]["Influence"]) for n in names] == pytest.approx(
        [43 * 11 / 121, 27 * 11 / 121, 51 * 11 / 121], abs=0.005)
    assert "Shift" in table[names[0]]
    session.undo_stack_for("scenarios").undo()  # the P mark goes
    assert view.entered.item(2, 0).text() == "0" and view.result.potential_marks == 0


def test_axes_view_builds_four_quadrants_and_stores_one(session, qtbot):
    from desktop_app.ui.scenarios.axes_view import ScenarioAxesView

    view = ScenarioAxesView(session)
    qtbot.addWidget(view)
    _select_study(view, GLOBAL)
    assert all(card.quadrant is None for card in view.cards)  # hidden: nothing computed
    view.show()
    qtbot.waitUntil(lambda: all(c.quadrant is not None and c.isEnabled() for c in view.cards))
    card = next(c for c in view.cards if len(c.quadrant.scenarios))
    card.name.setText("Open markets")
    view.store_quadrant(card)
    study = st.require_study(session.db, GLOBAL)
    assert any(s.name == "Open markets" for s in st.list_scenarios(session.db, study))
    session.undo_stack_for("scenarios").undo()
    assert not any(s.name == "Open markets" for s in st.list_scenarios(session.db, study))


def _plotted(view) -> dict[str, tuple[float, float]]:
    """Descriptor name -> (dependence, influence) of the points on the MICMAC map."""
    import pyqtgraph as pg

    scatter = next(i for i in view.plot.items() if isinstance(i, pg.ScatterPlotItem))
    xs, ys = scatter.getData()
    return {name: (float(x), float(y)) for name, x, y in zip(view.result.names, xs, ys,
                                                              strict=True)}


def _table(view) -> dict[str, dict[str, str]]:
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    return {view.table.item(r, 0).text(): {h: view.table.item(r, c).text()
                                           for c, h in enumerate(headers)}
            for r in range(view.table.rowCount())}


def test_micmac_table_and_map_show_the_same_influence(drawn, session, qtbot):
    import numpy as np

    from desktop_app.io.scw import read_scw
    from desktop_app.ui.scenarios.micmac_view import MicmacView

    view = MicmacView(session)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    drawn(view)
    _select_study(view, GLOBAL)
    # direct influence from CIB_global.scw by hand: the mean |judgement| of each block i -> j
    scw = read_scw(Path(__file__).parents[1] / "fixtures" / "cib" / "CIB_global.scw")
    bounds = np.cumsum([0] + [len(d.variants) for d in scw.descriptors])
    blocks = [slice(a, b) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    direct = np.array([[0.0 if i == j else np.abs(scw.matrix[bi, bj]).mean()
                        for j, bj in enumerate(blocks)] for i, bi in enumerate(blocks)])
    view.readings["direct"].setChecked(True)
    table, points = _table(view), _plotted(view)
    for k, name in enumerate(view.result.names):
        assert float(table[name]["Influence"]) == pytest.approx(direct[k].sum(), abs=0.005)
        assert float(table[name]["Dependence"]) == pytest.approx(direct[:, k].sum(), abs=0.005)
        assert points[name] == pytest.approx((direct[:, k].sum(), direct[k].sum()))
    view.readings["indirect"].setChecked(True)
    table, points = _table(view), _plotted(view)
    assert "Shift" in table[view.result.names[0]]
    for name, (dependence, influence) in points.items():
        assert float(table[name]["Influence"]) == pytest.approx(influence, abs=0.005)
        assert float(table[name]["Dependence"]) == pytest.approx(dependence, abs=0.005)
    by_influence = sorted(points, key=lambda name: -points[name][1])
    assert [int(table[name]["Rank"]) for name in by_influence] == [1, 2, 3]
    mean_dep = np.mean([d for d, _i in points.values()])
    mean_infl = np.mean([i for _d, i in points.values()])
    for name, (dependence, influence) in points.items():
        expected = {(True, True): "relay", (True, False): "determinant",
                    (False, True): "dependent", (False, False): "autonomous"}[
            (influence >= mean_infl, dependence >= mean_dep)]
        assert table[name]["Quadrant"] == expected
    assert view.plot.getViewBox().viewRange()[1][0] >= 0  # no influence below zero
    assert view.plot.getViewBox().viewRange()[0][0] >= 0
    # every column, rank and quadrant included, is in sight without scrolling
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width()


def _import_scw(session, name):
    from desktop_app.services.scenario_files import import_scw

    with session.project.transaction():
        return import_scw(session.db, FIXTURES / "cib" / name).study_id


def test_axes_view_of_an_unsolved_study_says_which_quadrants_are_consistent(session, qtbot):
    """Nothing stored yet: quadrants holding a consistent scenario say so (IC 0 is consistent).

    CIB_global.sl (ScenarioWizard's solution list) gives the consistent scenarios 2-3-2 (TIS 15),
    3-1-3 (12), 2-2-2 (9) and 1-2-3 (8). Without stored scenarios the axes are the first two
    descriptors at their first two variants: 1-2-3 and 2-2-2 sit in two of the four quadrants.
    """
    from desktop_app.ui.scenarios.axes_view import ScenarioAxesView

    study_id = _import_scw(session, "CIB_global.scw")
    view = ScenarioAxesView(session)
    qtbot.addWidget(view)
    view.study_box.reload()
    view.study_box.setCurrentIndex(view.study_box.findData(study_id))
    view.show()
    qtbot.waitUntil(lambda: all(c.quadrant is not None and c.isEnabled() for c in view.cards))
    texts = {(c.quadrant.pole_a, c.quadrant.pole_b): c.details.text() for c in view.cards}
    assert "found this consistent one (TIS 8)" in texts[(0, 1)]
    assert "found this consistent one (TIS 9)" in texts[(1, 1)]
    for poles in ((0, 0), (1, 0)):
        assert "least inconsistent has IC" in texts[poles]
        assert "IC 0 " not in texts[poles]
    assert all(c.quadrant.ic > 0 for c in view.cards if c.quadrant.pole_b == 0)


def test_axes_view_drops_a_superseded_search(drawn, session, qtbot):
    """The nested study's search runs in the background; choosing another study stops it and
    only the new study's quadrants are shown."""
    from desktop_app.ui.scenarios.axes_view import TASK_KEY, ScenarioAxesView

    nested = _import_scw(session, "CIB_nested.scw")
    view = ScenarioAxesView(session)
    qtbot.addWidget(view)
    view.show()
    drawn(view)
    view.study_box.reload()
    view.study_box.setCurrentIndex(view.study_box.findData(nested))
    assert session.tasks.running(TASK_KEY)
    assert not any(c.isEnabled() and c.isVisible() for c in view.cards)
    _select_study(view, GLOBAL)
    qtbot.waitUntil(lambda: all(c.quadrant is not None and c.isEnabled() for c in view.cards))
    assert not session.tasks.running(TASK_KEY)
    descriptors = {c.title().split(":")[0] for c in view.cards}
    global_study = st.require_study(session.db, GLOBAL)
    assert descriptors <= {d.name for d in global_study.descriptors}


def test_solve_list_shows_robustness_and_volume_weight(drawn, session, qtbot):
    """The two columns and the line above the "why" carry the seeded shares the core computes
    for the stored scenarios, with the sample sizes in the header tooltips."""
    import numpy as np
    from PySide6.QtCore import Qt

    from desktop_app.core import cib
    from desktop_app.services import scenarios as service
    from desktop_app.ui.scenarios.solve_view import ScenarioSolveView

    view = ScenarioSolveView(session)
    qtbot.addWidget(view)
    view.show()
    drawn(view)
    _select_study(view, GLOBAL)
    view.max_ic.setValue(1)
    view.solve()
    qtbot.waitUntil(lambda: view.solve_button.isEnabled(), timeout=20_000)
    qtbot.waitUntil(lambda: view.model.certainty is not None, timeout=30_000)
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.FIXED)]
    assert headers[model.ROBUST] == "Robust" and headers[model.VOLUME] == "Volume weight"
    tip = model.headerData(model.ROBUST, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "500 perturbed matrices" in tip and "seed 0" in tip
    tip = model.headerData(model.VOLUME, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "2,000 random starts" in tip

    matrix = service.load_project_study(session.db, GLOBAL).matrix
    rows = model.rows
    z = np.array([r.variants for r in rows])
    consistent = [k for k, r in enumerate(rows) if r.ic == 0]
    near = [k for k, r in enumerate(rows) if r.ic > 0]
    assert consistent and near
    robust = cib.perturbed_robustness(matrix, z[consistent], 500, 0)
    weights = cib.volume_weights(matrix, z, 2000, 0)

    def cell(k, c):
        return model.data(model.index(k, c))

    for k, r in zip(consistent, robust, strict=True):
        assert cell(k, model.ROBUST) == f"{r.kept / 500 * 100:.1f} %"
    assert all(cell(k, model.ROBUST) == "–" for k in near)
    for k in range(len(rows)):
        assert cell(k, model.VOLUME) == f"{weights.hits[k] / 2000 * 100:.1f} %"
    # succession only ends in a consistent scenario: the near-consistent ones have no basin
    assert all(weights.hits[k] == 0 for k in near) and weights.hits[consistent].sum() > 0

    view.table.selectRow(consistent[0])
    line = view.certainty_line.text()
    assert f"consistent in {robust[0].kept} of 500 perturbed matrices" in line
    assert "of 2,000 random starts" in line
    view.table.selectRow(near[0])
    assert view.certainty_line.text().startswith("Not consistent")
    # renaming reloads the list but does not weigh it again
    view.model.setData(view.model.index(0, 0), "Named")
    assert view.model.certainty is not None
