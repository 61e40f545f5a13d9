"""Lifecycles & competencies views on the demo project: drawn, edited with undo, ranked."""

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.store.lifecycle_judgements import history
from desktop_app.store.project import open_project
from desktop_app.ui.lifecycles.capability_views import DynamicsView, NetworkView, PortfolioView
from desktop_app.ui.lifecycles.edit_commands import AddJudgementCommand
from desktop_app.ui.lifecycles.judgement_dialog import JudgementDialog
from desktop_app.ui.lifecycles.lifecycle_map import LifecycleMapView
from desktop_app.ui.lifecycles.matrix_view import MatrixView
from desktop_app.ui.lifecycles.priorities_view import PrioritiesView
from desktop_app.ui.lifecycles.register_view import RegisterView
from desktop_app.ui.lifecycles.state import LifecycleState
from desktop_app.ui.lifecycles.timeline_view import TimelineView
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.tasks import TaskRunner


@pytest.fixture
def session(qapp, demo_project):
    project = open_project(demo_project)
    session = ProjectSession(project, TaskRunner())
    yield session
    session.close()


def _fitted(qtbot, session) -> LifecycleState:
    state = LifecycleState.of(session)
    qtbot.waitUntil(lambda: state.result is not None or bool(state.error), timeout=60000)
    assert state.error == ""
    return state


def test_timeline_shows_series_fit_stage_and_reason(qtbot, session):
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    state = _fitted(qtbot, session)
    assert state.result.region.code == "DE1"
    assert view.table.rowCount() == 10
    codes = [view.table.item(r, 0).text() for r in range(10)]
    row = codes.index("G-I")  # the demo's G-I has a Bass fit: curve and band are drawn
    view.table.selectRow(row)
    assert view.current_code() == "G-I"
    items = view.plot.getPlotItem().items
    assert any(type(i).__name__ == "FillBetweenItem" for i in items)
    assert any(type(i).__name__ == "LinearRegionItem" for i in items)
    assert "growth" in view.reason.text() and "Fit:" in view.reason.text()


def test_judgement_overrides_the_stage_with_undo_and_history(qtbot, session):
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    state = _fitted(qtbot, session)
    item = state.result.by_code("K")
    region = state.result.region.id
    dialog = JudgementDialog(
        session.db, region, item.industry.id, "K", item.assessment.stage, item.assessment.reason
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.stage.setCurrentIndex(dialog.stage.findData("decline"))
    dialog.reason.setPlainText("Two regional banks merged in 2015")
    assert ok.isEnabled()
    stage, reason, author, judged_on = dialog.values()
    session.undo_stack_for("lifecycles").push(
        AddJudgementCommand(
            session.db,
            state.refresh_judgements,
            region,
            item.industry.id,
            stage,
            reason,
            "ana",
            judged_on,
        )
    )
    assert state.result.by_code("K").stage == "decline"
    assert state.result.by_code("K").stage_source == "judgement"
    assert history(session.db, region, item.industry.id)[0].reason.startswith("Two regional")
    session.undo_stack_for("lifecycles").undo()
    assert state.result.by_code("K").judgement is None
    session.undo_stack_for("lifecycles").redo()
    assert state.result.by_code("K").judgement.author == "ana"


def test_matrix_cell_edit_is_undoable_and_bad_values_are_refused(qtbot, session):
    view = MatrixView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    _fitted(qtbot, session)
    db = session.db
    names = [c.name for c in view.competencies]
    codes = [c.label for c in view.columns]
    row, col = names.index("Batteries and electric mobility"), codes.index("J")
    before = len(store.industry_links(db))
    view.table.item(row, col).setText("4")
    assert len(store.industry_links(db)) == before + 1
    qtbot.waitUntil(lambda: view.table.item(row, col).text() == "4")
    session.undo_stack_for("lifecycles").undo()
    assert len(store.industry_links(db)) == before
    view.table.item(row, col).setText("9")
    assert "not a strength from 1 to 5" in view.message.text()
    assert len(store.industry_links(db)) == before


def test_institution_matrix_links_with_undo(qtbot, session):
    view = MatrixView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    view.columns_box.setCurrentIndex(view.columns_box.findData("institution"))
    names = [c.name for c in view.competencies]
    institutions = [c.label for c in view.columns]
    row, col = names.index("Aerospace engineering"), institutions.index("Universität Stuttgart")
    before = len(store.institution_links(session.db))
    view.table.item(row, col).setText("2")
    assert len(store.institution_links(session.db)) == before + 1
    session.undo_stack_for("lifecycles").undo()
    assert len(store.institution_links(session.db)) == before


def test_register_edits_go_through_undo(qtbot, session):
    view = RegisterView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    db = session.db
    table = view.tables["competency"]
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    row = names.index("Aerospace engineering")
    table.item(row, 2).setText("Aircraft and space systems")
    entry = store.find_competency(db, "Aerospace engineering")
    assert entry.description == "Aircraft and space systems"
    session.undo_stack_for("lifecycles").undo()
    assert store.find_competency(db, "Aerospace engineering").description.startswith("Aircraft,")
    qtbot.waitUntil(lambda: table.rowCount() == 7)
    other = [table.item(r, 0).text() for r in range(table.rowCount())].index(
        "Insurance and reinsurance"
    )
    table.item(other, 0).setText("aerospace ENGINEERING")  # a duplicate name: refused
    assert "already exists" in view.message.text()
    table.item(other, 1).setText("magic")
    assert "types are know-how" in view.message.text()


def test_register_import_reports_cells(qtbot, session, tmp_path):
    from desktop_app.services.capabilities import export_registers

    view = RegisterView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    path = tmp_path / "register.xlsx"
    export_registers(session.db, path)
    view.import_path(str(path))
    qtbot.waitUntil(lambda: view.message.text().startswith("Imported"), timeout=30000)
    assert "added nothing" in view.message.text()


def test_network_portfolio_dynamics_and_map_draw(drawn, qtbot, session):
    network = NetworkView(session)
    qtbot.addWidget(network)
    network.show()  # a view refreshes while shown
    drawn(network)
    state = _fitted(qtbot, session)
    weights, edges = network.graph()
    kinds = {kind for kind, _ in weights}
    assert kinds == {"institution", "competency", "industry"}
    assert ("institution", "Cyber Valley") in weights
    assert ("institution", "Technical University of Munich (TUM)") not in weights  # Bavarian
    network.filters["institution"].setChecked(False)
    network.filters["institution"].setChecked(True)
    portfolio = PortfolioView(session)
    qtbot.addWidget(portfolio)
    portfolio.show()  # a view refreshes while shown
    drawn(portfolio)
    kinds = {
        portfolio.table.item(r, 0).text(): portfolio.table.item(r, 1).text()
        for r in range(portfolio.table.rowCount())
    }
    assert kinds["Automotive and drive-train engineering"] == "platform"
    dynamics = DynamicsView(session)
    qtbot.addWidget(dynamics)
    dynamics.show()  # a view refreshes while shown
    drawn(dynamics)
    assert dynamics.table.rowCount() >= 5
    assert "collaborations" in dynamics.summary.text()
    lifecycle_map = LifecycleMapView(session)
    qtbot.addWidget(lifecycle_map)
    lifecycle_map.show()  # a view refreshes while shown
    drawn(lifecycle_map)
    scatter = [
        i for i in lifecycle_map.plot.getPlotItem().items if type(i).__name__ == "ScatterPlotItem"
    ]
    assert scatter and len(scatter[0].data) == len(state.result.industries)


@pytest.mark.parametrize("width", [760, 1200])
def test_network_labels_stay_inside_the_plot(drawn, qtbot, session, width):
    """The columns make room for the labels beside them: an institution's long name was cut
    at the plot's left edge ("...lsruhe Institute of Technolog...")."""
    network = NetworkView(session)
    qtbot.addWidget(network)
    network.resize(width, 600)
    network.show()
    drawn(network)
    _fitted(qtbot, session)
    drawn(network)
    QApplication.processEvents()
    box = network.plot.getViewBox()
    inside = box.sceneBoundingRect()
    labels = [i for i in network.plot.getPlotItem().items if isinstance(i, pg.TextItem)]
    names = [label.textItem.toPlainText() for label in labels]
    assert any(name.startswith("Karlsruhe Institute") for name in names)
    for label, name in zip(labels, names, strict=True):
        rect = label.mapRectToScene(label.boundingRect())
        assert inside.left() <= rect.left() and rect.right() <= inside.right(), name


def test_priorities_rank_with_parts_and_stability(qtbot, session):
    view = PrioritiesView(session)
    qtbot.addWidget(view)
    view.show()  # a view refreshes while shown
    _fitted(qtbot, session)
    qtbot.waitUntil(lambda: view.result is not None, timeout=60000)
    assert view.table.rowCount() == 10
    assert "ranks hold for every weight within ±20 %" in view.status.text()
    view.criteria.cellWidget(0, 2).setValue(50)  # LQ dominates
    view.result = None
    view.run()
    qtbot.waitUntil(lambda: view.result is not None, timeout=60000)
    assert view.table.item(0, 0).text() == "B-E"  # the most specialised industry of DE1
    region = classifications.resolve(session.db, "region", "DE1")
    assert region is not None


def test_competency_portfolio_labels_beside_bubbles_and_whole_ticks(drawn, qtbot, session):
    view = PortfolioView(session)
    qtbot.addWidget(view)
    _fitted(qtbot, session)
    view.refresh()
    view.resize(1100, 700)
    view.show()
    drawn(view)
    qtbot.waitExposed(view)
    QApplication.processEvents()
    plot = view.plot.getPlotItem()
    box = plot.getViewBox()
    scatter = next(i for i in plot.items if isinstance(i, pg.ScatterPlotItem))
    bubbles = []
    for point in scatter.points():
        centre = box.mapViewToScene(point.pos())
        bubbles.append((centre.x(), centre.y(), point.size() / 2, point.data()))
    labels = {
        item.toPlainText(): item.sceneBoundingRect()
        for item in plot.items
        if isinstance(item, pg.TextItem)
    }
    # the demo's five competencies of DE1; two pairs share a spot (3, 3) and (2, 2)
    assert len(bubbles) == len(labels) == 5
    for x, y, r, name in bubbles:
        label = labels[name]
        # beside its own bubble: the nearest point of the label is within a few pixels of it
        nx = min(max(x, label.left()), label.right())
        ny = min(max(y, label.top()), label.bottom())
        gap = ((nx - x) ** 2 + (ny - y) ** 2) ** 0.5 - r
        assert 0 <= gap < 8, (name, gap)
        for other in labels.values():
            assert other is label or not other.intersects(label)
    # counts of industries: whole-number ticks only (no 0.5, 1.5 ...)
    for side in ("bottom", "left"):
        axis = view.plot.getAxis(side)
        lo, hi = axis.range
        for spacing, _offset in axis.tickSpacing(lo, hi, axis.width() or axis.height() or 400):
            assert spacing >= 1
