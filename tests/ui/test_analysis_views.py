"""Analysis views on the demo project: drawn, shared choice, hover/click, exports, task path."""

import numpy as np
import pytest
import reference_values as ref
from openpyxl import load_workbook

from desktop_app.store.project import open_project
from desktop_app.ui.analysis import state as state_module
from desktop_app.ui.analysis.exporting import export_chart, export_table
from desktop_app.ui.analysis.heatmap import HeatmapView
from desktop_app.ui.analysis.network import NetworkView, network_edges
from desktop_app.ui.analysis.opportunities_view import OpportunityView
from desktop_app.ui.analysis.portfolio import PortfolioView
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
def test_view_draws_and_exports(qtbot, session, tmp_path, view_class):
    view = view_class(session)
    qtbot.addWidget(view)
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


def test_choice_is_shared_between_views(qtbot, session):
    portfolio, rankings = PortfolioView(session), RankingView(session)
    qtbot.addWidget(portfolio)
    qtbot.addWidget(rankings)
    portfolio.state.choose(region="DED")
    assert rankings.chooser.region.currentData() == "DED"
    assert rankings.table.rowCount() == 10
    portfolio.state.choose(measure="employees_eu")
    assert rankings.state.result.data.measure.code == "employees_eu"
    assert "Left out: data 10" in portfolio.exports.status.text()


def test_portfolio_quadrants_and_click_opens_detail(qtbot, session):
    view = PortfolioView(session)
    qtbot.addWidget(view)
    view.state.choose(region="DE1")
    quadrants = {p["i"]: p["quadrant"] for p in view.points}
    industries = [c.code for c in view.state.result.data.industries]
    assert quadrants[industries.index("B-E")] == (True, False)  # mature: LQ 1.33, slow growth
    with qtbot.waitSignal(session.sig_inspect) as signal:
        scatter = next(i for i in view.plot.getPlotItem().items if hasattr(i, "points"))
        view._clicked(scatter, [scatter.points()[industries.index("B-E")]])
    title, html = signal.args
    assert title.startswith("B-E") and "2014" in html


def test_heatmap_clustered_order_is_a_permutation(qtbot, session):
    view = HeatmapView(session)
    qtbot.addWidget(view)
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
