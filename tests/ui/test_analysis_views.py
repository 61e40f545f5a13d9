"""Analysis views on the demo project: drawn, shared choice, hover/click, exports, task path."""

import re

import numpy as np
import pyqtgraph as pg
import pytest
import reference_values as ref
from openpyxl import load_workbook
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop_app.store.project import open_project
from desktop_app.ui.analysis import state as state_module
from desktop_app.ui.analysis.exporting import export_chart, export_table
from desktop_app.ui.analysis.heatmap import HeatmapView
from desktop_app.ui.analysis.network import NetworkView, network_edges
from desktop_app.ui.analysis.opportunities_view import OpportunityView
from desktop_app.ui.analysis.portfolio import PortfolioView, quadrant_names
from desktop_app.ui.analysis.rankings import RankingView
from desktop_app.ui.analysis.shift_share_view import ShiftShareView
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.tasks import TaskRunner

VIEWS = (PortfolioView, ShiftShareView, HeatmapView, NetworkView, OpportunityView, RankingView)


@pytest.fixture
def session(qapp, demo_project):
    project = open_project(demo_project)
    tasks = TaskRunner()
    session = ProjectSession(project, tasks)
    yield session
    session.close()


@pytest.mark.parametrize("view_class", VIEWS)
def test_view_draws_and_exports(drawn, qtbot, session, tmp_path, view_class):
    view = view_class(session)
    qtbot.addWidget(view)
    view.show()  # a view draws when shown
    drawn(view)
    assert view.state.result is not None
    status = view.exports.status.text()
    if view.indicators is None:  # every indicator: the demo has no establishment counts
        assert status.startswith("Left out: Ellison-Glaeser 10 (not computed: needs establishment")
    else:
        assert status == "Nothing was left out."
    title, columns, rows = view.table_for_export()
    assert columns and rows
    workbook = export_table(tmp_path / "table.xlsx", title, columns, rows)
    sheet = load_workbook(workbook).worksheets[-1]
    assert any(cell.value == columns[0] for row in sheet.iter_rows() for cell in row)
    if view.plot is not None:
        view.resize(900, 600)
        assert export_chart(view.plot, tmp_path / "chart.png").stat().st_size > 1000
        svg = export_chart(view.plot, tmp_path / "chart.svg").read_text(encoding="utf-8")
        assert "<svg" in svg


def test_choice_is_shared_between_views(drawn, qtbot, session):
    portfolio, rankings = PortfolioView(session), RankingView(session)
    qtbot.addWidget(portfolio)
    qtbot.addWidget(rankings)
    portfolio.show()
    drawn(portfolio)
    rankings.show()
    drawn(rankings)
    portfolio.state.choose(region="DED")
    drawn(portfolio)
    assert rankings.chooser.region.currentData() == "DED"
    assert rankings.table.rowCount() == 10
    portfolio.state.choose(measure="employees_eu")
    drawn(portfolio)
    assert rankings.state.result.data.measure.code == "employees_eu"
    assert "Left out: data 10" in portfolio.exports.status.text()


def _on_de1(qtbot, drawn, view):
    """``view`` shown (a view draws when shown) and drawn for Baden-Württemberg."""
    qtbot.addWidget(view)
    view.show()
    drawn(view)
    view.state.choose(region="DE1")
    drawn(view)
    return view


def test_portfolio_quadrants_and_click_opens_detail(drawn, qtbot, session):
    view = _on_de1(qtbot, drawn, PortfolioView(session))
    quadrants = {p["i"]: p["quadrant"] for p in view.points}
    industries = [c.code for c in view.state.result.data.industries]
    assert quadrants[industries.index("B-E")] == (True, False)  # mature: LQ 1.33, slow growth
    with qtbot.waitSignal(session.sig_inspect) as signal:
        scatter = next(i for i in view.plot.getPlotItem().items if hasattr(i, "points"))
        b_e = next(p for p in scatter.points() if p.data() == industries.index("B-E"))
        view._clicked(scatter, [b_e])
    title, html = signal.args
    assert title.startswith("B-E") and "2014" in html


def test_heatmap_clustered_order_is_a_permutation(qtbot, session):
    view = HeatmapView(session)
    qtbot.addWidget(view)
    view.show()
    view.order.setCurrentIndex(view.order.findData("cluster"))
    view.refresh()
    assert sorted(view.rows) == list(range(16)) and sorted(view.cols) == list(range(10))


def test_network_edges_keep_every_industry_linked():
    phi = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]])
    edges = network_edges(phi, strongest=1, threshold=0.5)
    assert {(i, j) for i, j, _ in edges} == {(0, 1), (1, 2)}


def test_large_cube_runs_as_a_task(qtbot, session, monkeypatch):
    monkeypatch.setattr(state_module, "SYNC_CELLS", 0)
    view = ShiftShareView(session)
    qtbot.addWidget(view)
    view.show()  # a view draws when shown
    state = view.state
    with qtbot.waitSignal(state.sig_result, timeout=20000):
        state.choose(year_from=2010)
    assert int(state.result.data.years[0]) == 2010


@pytest.mark.parametrize(("method", "expected"), [
    ("dunn", ref.REAT_SHIFT_DUNN),  # growth, national, mix, regional (, net shift)
    ("esteban", ref.REAT_SHIFT_ESTEBAN),  # growth, national, mix, competitive, allocation
    ("dynamic", ref.REAT_SHIFTD_DUNN),
])
def test_shift_share_offers_every_method_and_totals_the_table(qtbot, session, method, expected):
    view = ShiftShareView(session)
    qtbot.addWidget(view)
    view.show()  # a view draws when shown
    view.state.choose(measure="employees_de")
    view.state.choose(reference="DE")
    view.state.choose(region="DED")  # Freistaat Sachsen, 2008-2014 against Germany
    assert view.state.result.data.reference_label.startswith("Germany")
    assert [int(y) for y in view.state.result.data.years[[0, -1]]] == [2008, 2014]
    view.method.setCurrentIndex(view.method.findData(method))
    view.method.activated.emit(view.method.currentIndex())
    n = 5 if method == "esteban" else 4
    _title, columns, rows = view.table_for_export()
    total = rows[-1]
    assert total[1] == "Total" and len(rows) == 11  # ten industries, then the totals
    np.testing.assert_allclose(total[2:], expected[:n], rtol=1e-9)
    for c in range(2, len(columns)):  # the totals are the sums of the rows above them
        assert total[c] == pytest.approx(sum(row[c] for row in rows[:-1]), rel=1e-12)
    shown = [view.table.item(view.table.rowCount() - 1, c).text() for c in range(2, len(columns))]
    assert shown == [f"{value:,.0f}" for value in expected[:n]]
    if method == "esteban":
        assert columns[-2:] == ["Competitive effect", "Allocation effect"]
    assert not view.table.isSortingEnabled()  # a click on a header cannot move the totals


def _table_texts(table, header: str) -> list[tuple[str, str, str]]:
    """(code, text, tooltip) of one column of a view's table."""
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    c = headers.index(header)
    return [
        (table.item(r, 0).text(), table.item(r, c).text(), table.item(r, c).toolTip())
        for r in range(table.rowCount())
    ]


def test_rankings_write_persons_whole_and_say_why_a_value_is_missing(drawn, qtbot, session):
    view = _on_de1(qtbot, drawn, RankingView(session))
    # the shift-share regional share is in persons: whole numbers, as the persons column
    for column in ("persons 2014", "Regional share (persons)"):
        for _code, text, _tip in _table_texts(view.table, column):
            assert re.fullmatch(r"-?\d{1,3}(,\d{3})*", text), (column, text)
    growth = dict((code, text) for code, text, _ in _table_texts(view.table, "Growth %/yr"))
    assert all(text.endswith(" %") for text in growth.values())
    # B-E and J are DE1's specialisations (LQ 1.33 and 1.09 in 2014): not ranked, and why
    ranks = {code: (text, tip) for code, text, tip in _table_texts(view.table, "Opportunity rank")}
    for code in ("B-E", "J"):
        text, tip = ranks[code]
        assert text == "not available" and "already specialised" in tip
    assert ranks["K"][0].isdigit()
    # the demo's industries are NACE sections without a common parent: related variety is
    # not defined (it would read 0 everywhere)
    view.which.setCurrentIndex(view.which.findData("regions"))
    view.refresh()
    variety = _table_texts(view.table, "Related variety")
    assert {text for _, text, _ in variety} == {"not available"}
    assert all("share a parent" in tip for _, _, tip in variety)
    title, columns, rows = view.table_for_export()
    assert str(rows[0][columns.index("Related variety")]) == "not available"


def _label_boxes(view, exclude=()) -> list:
    """Scene boxes of the plot's text labels (quadrant names and the like left out)."""
    items = view.plot.getPlotItem().items
    return [
        item.sceneBoundingRect()
        for item in items
        if isinstance(item, pg.TextItem)
        and item.toPlainText()
        and item.toPlainText() not in exclude
    ]


def _markers(view) -> list[tuple[float, float, float]]:
    """(x, y, radius) of the plot's bubbles in scene pixels."""
    scatter = next(i for i in view.plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem))
    box = view.plot.getPlotItem().getViewBox()
    out = []
    for point in scatter.points():
        centre = box.mapViewToScene(point.pos())
        out.append((centre.x(), centre.y(), point.size() / 2))
    return out


def _covers(box: QRectF, marker: tuple[float, float, float]) -> bool:
    """Whether the box covers part of the circle (nearest point of the box inside it)."""
    x, y, r = marker
    nx = min(max(x, box.left()), box.right())
    ny = min(max(y, box.top()), box.bottom())
    return (nx - x) ** 2 + (ny - y) ** 2 < r**2


def _shown(qtbot, view) -> None:
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()


@pytest.mark.parametrize("view_class", [PortfolioView, OpportunityView, NetworkView])
def test_bubble_labels_cover_neither_labels_nor_bubbles(drawn, qtbot, session, view_class):
    view = _on_de1(qtbot, drawn, view_class(session))
    _shown(qtbot, view)
    labels = _label_boxes(view, exclude=set(quadrant_names().values()))
    bubbles = _markers(view)
    assert len(labels) == len(bubbles) == 10
    area = view.plot.getPlotItem().getViewBox().sceneBoundingRect()
    for k, label in enumerate(labels):
        assert area.contains(label)
        for other in labels[k + 1 :]:
            assert not label.intersects(other)
        for bubble in bubbles:
            assert not _covers(label, bubble)


@pytest.mark.parametrize("language", ["en", "es"])
def test_portfolio_labels_keep_off_the_quadrant_names(drawn, qtbot, session, request, language):
    """The quadrants' names in the corners are text the labels avoid (in Spanish a label sat
    over one)."""
    if language == "es":
        request.getfixturevalue("spanish")
    view = _on_de1(qtbot, drawn, PortfolioView(session))
    _shown(qtbot, view)
    view.resize(790, 560)  # a laptop's tab
    qtbot.waitUntil(lambda: not view.labels._later.isActive())
    names = set(quadrant_names().values())
    corners = [
        item.sceneBoundingRect()
        for item in view.plot.getPlotItem().items
        if isinstance(item, pg.TextItem) and item.toPlainText() in names
    ]
    assert len(corners) == 4
    for label in _label_boxes(view, exclude=names):
        assert not any(label.intersects(corner) for corner in corners)


def test_portfolio_legend_explains_bubble_size_and_dashed_lines(drawn, qtbot, session):
    view = _on_de1(qtbot, drawn, PortfolioView(session))
    _shown(qtbot, view)
    legend = next(
        i for i in view.plot.getPlotItem().scene().items() if isinstance(i, pg.LegendItem)
    )
    texts = [label.text for _sample, label in legend.items]
    # B-E, 1,342,241 persons, is the largest bubble: reference bubbles of round sizes below it
    assert texts[:3] == ["1,000,000", "250,000", "50,000"]
    assert "LQ = 1: as specialised as the reference" in texts
    assert any(t.startswith("Reference growth") and t.endswith("%/yr") for t in texts)
    # the legend is beside the plot area, not over it
    plot_area = view.plot.getPlotItem().getViewBox().sceneBoundingRect()
    assert legend.sceneBoundingRect().left() >= plot_area.right() - 1
    # as wide as the chart gets on a laptop screen: the legend stays whole inside the chart
    # (the title, "Baden-Württemberg: industries against ...", pushed it out, cut, before)
    view.resize(790, 700)
    QApplication.processEvents()
    assert view.plot.width() < 800
    _assert_whole_in_chart(view.plot, legend, view.plot.getPlotItem().titleLabel)


def _assert_whole_in_chart(plot: pg.PlotWidget, *items) -> None:
    """Each item drawn inside the chart's widget, none cut at its edge."""
    shown = QRectF(plot.rect())
    for item in items:
        assert shown.contains(plot.mapFromScene(item.sceneBoundingRect()).boundingRect())


def test_opportunities_mark_specialisations_visibly(drawn, qtbot, session):
    view = _on_de1(qtbot, drawn, OpportunityView(session))
    title = view.plot.getPlotItem().titleLabel.text
    assert "white" not in title and "Baden-Württemberg" in title
    scatter = next(i for i in view.plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem))
    codes = [c.code for c in view.state.result.data.industries]
    for point in scatter.points():
        fill = point.brush().color()
        if codes[point.data()] in ("B-E", "J"):  # DE1's specialisations: filled, dark
            assert fill.lightness() < 128 and fill.alpha() == 255
    assert "Industry (except construction)" in scatter.opts["tip"](
        x=0.5, y=-1.3, data=codes.index("B-E")
    )
    # beside the ranking, on a laptop screen: the legend below the map stays whole
    _shown(qtbot, view)
    view.resize(790, 700)
    QApplication.processEvents()
    assert view.plot.width() < 520
    legend = next(i for i in view.plot.getPlotItem().scene().items() if isinstance(i, pg.LegendItem))
    _assert_whole_in_chart(view.plot, legend, view.plot.getPlotItem().titleLabel)


def test_heatmap_rows_name_their_regions_and_text_contrasts_with_cells(drawn, qtbot, session):
    view = HeatmapView(session)
    qtbot.addWidget(view)
    view.show()  # a view draws when shown
    drawn(view)
    ticks = [text for _, text in view.plot.getAxis("left")._tickLevels[0]]
    assert "DEA Nordrhein-Westfalen" in ticks and "DE1 Baden-Württemberg" in ticks
    # DE8 (Mecklenburg-Vorpommern) has LQ 3.86 in A: the darkest blue cell, written in white
    from desktop_app.ui.analysis.heatmap import CellLabels

    labels = next(i for i in view.plot.getPlotItem().items if isinstance(i, CellLabels))
    texts = dict(labels._texts.values())
    assert texts["3.86"] == "w"
    assert texts["1.01"] == "k"  # near 1: almost white
    # without a region box the measure box shows more than 'employees_de: Emplo'
    assert view.chooser.measure.minimumContentsLength() >= 30
    assert view.chooser.measure.toolTip() == view.chooser.measure.currentText()


def test_hidden_view_draws_only_when_shown(drawn, qtbot, session):
    """A choice made while a tab is hidden reaches it when it is shown, not before."""
    view = RankingView(session)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 0 and view.when_shown.stale
    view.state.choose(region="DED")
    drawn(view)
    assert view.table.rowCount() == 0
    view.show()
    drawn(view)
    assert not view.when_shown.stale
    assert view.chooser.region.currentData() == "DED"
    assert view.table.rowCount() == 10
    assert view.table_for_export()[2][0][0] == view.table.item(0, 0).text()


def test_requests_of_one_turn_draw_once_in_the_next(drawn, qtbot, session, monkeypatch):
    """A shown view draws a change in the event loop's next turn, once for all the changes
    made in one turn (a new result and new choices)."""
    view = RankingView(session)
    qtbot.addWidget(view)
    view.show()
    drawn(view)
    refreshes = []
    monkeypatch.setattr(view.when_shown, "_refresh", lambda: refreshes.append(view.state.region))
    view.state.choose(region="DED")
    view.state.choose(region="DE1")
    assert refreshes == [] and view.when_shown.pending
    drawn(view)
    assert refreshes == ["DE1"]


def test_chart_grid_lies_under_the_data_in_opaque_colours(qtbot):
    """The grid looks as pyqtgraph's faint lines over white, drawn in the opaque colour they
    show there (Qt blends translucent lines 25 times slower) and under the markers."""
    from PySide6.QtGui import QImage, QPainter

    from desktop_app.ui.analysis.base import new_plot

    plot = new_plot()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    plot.setXRange(0, 10)
    plot.setYRange(0, 5)
    axis = plot.getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, ticks, _texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    colours = {pen.color().name(QColor.NameFormat.HexArgb) for pen, _start, _end in ticks}
    # the main grid: GREY (#999999) at pyqtgraph's alpha 0.2 over white, 255 - (255 - 153) * 0.2;
    # the finer levels fainter still, all opaque greys
    assert "#ffebebeb" in colours
    assert all(c[:3] == "#ff" and c[3:5] == c[5:7] == c[7:9] >= "eb" for c in colours)
    # a marker over a grid line hides it: the pixel on the line x = 5 inside a big red square
    plot.addItem(pg.ScatterPlotItem([5], [2.5], size=120, symbol="s", brush="r", pen=None))
    QApplication.processEvents()
    centre = plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(pg.Point(5, 2.5)))
    assert plot.grab().toImage().pixelColor(centre.x(), centre.y() - 20).name() == "#ff0000"


def test_network_draws_each_edge_wider_and_darker_the_stronger(drawn, qtbot, session):
    from PySide6.QtWidgets import QGraphicsLineItem

    view = NetworkView(session)
    qtbot.addWidget(view)
    view.show()
    drawn(view)
    edges = network_edges(view._phi)
    lines = [i for i in view.plot.getPlotItem().vb.addedItems if isinstance(i, QGraphicsLineItem)]
    assert len(lines) == len(edges) > 5
    strongest = max(edges, key=lambda edge: edge[2])
    weakest = min(edges, key=lambda edge: edge[2])
    pos = view._pos

    def ends(i, j):
        return tuple(round(v, 9) for v in (*pos[i], *pos[j]))

    by_ends = {
        tuple(round(v, 9) for v in (line.line().x1(), line.line().y1(), line.line().x2(),
                                    line.line().y2())): line
        for line in lines
    }
    strong = by_ends[ends(*strongest[:2])]
    weak = by_ends[ends(*weakest[:2])]
    assert strong.pen().widthF() > weak.pen().widthF()
    assert strong.pen().color().lightness() < weak.pen().color().lightness()
