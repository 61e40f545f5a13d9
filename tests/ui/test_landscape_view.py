"""The scenario landscape view on the demo's global study: the scenarios the solver finds up to
IC 1, their robustness only where consistent, and the chosen one's "why"."""

from __future__ import annotations

import numpy as np

from desktop_app.core import cib
from desktop_app.services.scenarios import load_project_study
from desktop_app.store.scenarios import require_study

GLOBAL = "Global context (CIB sample)"


def test_the_landscape_lists_what_the_solver_finds_and_explains_the_chosen(session, qtbot):
    from desktop_app.ui.scenarios.landscape_view import LandscapeView

    view = LandscapeView(session)
    qtbot.addWidget(view)
    view.study_box.select(require_study(session.db, GLOBAL).id)
    assert view.data is None  # hidden: nothing computed
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    solved = cib.solve(load_project_study(session.db, GLOBAL).matrix, max_ic=1)
    assert view.table.rowCount() == len(solved)
    ic = [float(view.table.item(r, 2).text()) for r in range(view.table.rowCount())]
    assert sorted(ic) == sorted(solved.ic.tolist())
    robust = [view.table.item(r, 3).text() for r in range(view.table.rowCount())]
    assert [text == "–" for text in robust] == [value > 0 for value in ic]
    assert all(text.endswith("%") for text, value in zip(robust, ic, strict=True) if value == 0)
    tis = [float(view.table.item(r, 1).text()) for r in range(view.table.rowCount())]
    top = int(np.argmax(tis))
    view.select(top)
    text = view.why.toPlainText()
    assert text.startswith(f"#{top + 1}  TIS {max(tis):g}  IC 0")
    assert "World trade regime: National" in text and "perturbed matrices" in text


def test_the_impact_network_draws_every_judgement_between_chosen_variants(session, qtbot):
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsPathItem

    from desktop_app.ui.scenarios.impact_network import PROMOTES, draw_impact_network

    matrix = load_project_study(session.db, GLOBAL).matrix
    scenario = cib.solve(matrix).scenarios[0]
    rows = matrix.offsets[:-1] + scenario  # by hand: the judgements among the chosen variants
    expected = {
        (i, j): matrix.values[rows[i], rows[j]]
        for i in range(3)
        for j in range(3)
        if i != j and matrix.values[rows[i], rows[j]] != 0
    }
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    drawn = draw_impact_network(widget.getPlotItem(), matrix, scenario)
    assert {(d.source, d.target): d.value for d in drawn} == expected and expected
    # the shafts: one curve per colour and thickness, each a pair of points per arrow
    lines = [i for i in widget.getPlotItem().items if isinstance(i, pg.PlotCurveItem)]
    assert sum(len(line.xData) for line in lines) == 2 * len(expected)
    blue = sum(
        len(line.xData) // 2 for line in lines if line.opts["pen"].color().name() == PROMOTES.lower()
    )
    assert blue == sum(v > 0 for v in expected.values())
    # the heads: one filled path per colour, a triangle per arrow
    heads = [i for i in widget.getPlotItem().items if isinstance(i, QGraphicsPathItem)]
    triangles = sum(len(h.path().toSubpathPolygons()) for h in heads)
    assert triangles == len(expected)
