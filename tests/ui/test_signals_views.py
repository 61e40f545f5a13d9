"""Signposts, radar and experiments views on the demo (offscreen), and the due experiments
named when the project opens."""

from __future__ import annotations


def _column(table, c):
    return [table.item(r, c).text() for r in range(table.rowCount())]


def _read(session, qtbot):
    """Wait for the signposts the view reads in the background."""
    qtbot.waitUntil(lambda: not session.tasks.running("signposts"), timeout=30000)


def test_signposts_view_shows_status_plausibility_history_and_triggers(session, qtbot, tmp_path):
    from desktop_app.ui.policy.signals_views import SignpostsView

    view = SignpostsView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    assert view.study.currentText() == "Global context (CIB sample)"
    _read(session, qtbot)
    statuses = dict(zip(_column(view.signposts, 0), _column(view.signposts, 1), strict=True))
    assert len(statuses) == 7
    assert statuses["Manufacturing jobs in Baden-Württemberg (boom)"] == "reached"
    assert statuses["Tariff talk in trade news"] == "not reached"
    assert "3 reached, 4 not reached, 0 unknown" in view.summary.text()
    assert view.scenarios.rowCount() == 4
    # history: one line per scenario over the data years 2008-2014
    lines = view.history.getPlotItem().listDataItems()
    assert len(lines) == 4 and list(lines[0].xData) == list(range(2008, 2015))
    triggered = [view.triggered.item(k).text() for k in range(view.triggered.count())]
    assert triggered == ["Adjust “Digital skills academy”: Information and communication share "
                         "in Berlin is reached"]
    shown = []
    session.sig_inspect.connect(lambda title, html: shown.append(html))
    view.signposts.setCurrentCell(0, 0)
    assert shown and "Reached when" in shown[-1]
    view.grab().save(str(tmp_path / "signposts.png"))
    view.lower.setCurrentIndex(1)
    view.grab().save(str(tmp_path / "history.png"))


def test_signposts_view_follows_an_import(session, qtbot, tmp_path):
    from desktop_app.services.importing import commit_import, plan_import
    from desktop_app.ui.policy.signals_views import SignpostsView

    view = SignpostsView(session)
    qtbot.addWidget(view)
    path = tmp_path / "bw.csv"  # 1,287,209 / 1,342,241 - 1 = -4.1 %
    path.write_text("region,industry,year,employment\nBaden-Wuerttemberg,B-E,2015,1287209\n")
    commit_import(session.db, plan_import(path, measure="employees_de"))
    session.sig_observations_changed.emit(None)
    _read(session, qtbot)
    statuses = dict(zip(_column(view.signposts, 0), _column(view.signposts, 1), strict=True))
    assert statuses["Manufacturing jobs in Baden-Württemberg"] == "reached"
    changes = [view.changes.item(k).text() for k in range(view.changes.count())]
    assert any("fell 4.1 % in 2015: signpost for World economy: Decline reached" in c
               for c in changes)


def test_radar_draws_every_signal_in_its_sector_and_ring(session, qtbot, tmp_path):
    import math

    from desktop_app.store import signals as store
    from desktop_app.ui.policy.signals_views import RadarView, radar_positions

    view = RadarView(session)
    qtbot.addWidget(view)
    signals = store.list_radar_signals(session.db)
    assert view.table.rowCount() == len(signals) == 6
    xy = radar_positions(signals)
    for s, (x, y) in zip(signals, xy, strict=True):
        ring = store.HORIZONS.index(s.horizon)
        assert ring < math.hypot(x, y) < ring + 1
        sector = math.atan2(y, x) % (2 * math.pi) // (2 * math.pi / 5)
        assert store.STEEP[int(sector)] == s.category
    view.grab().save(str(tmp_path / "radar.png"))


def test_experiments_view_marks_the_due_one(session, qtbot, tmp_path):
    from desktop_app.ui.policy.signals_views import ExperimentsView

    view = ExperimentsView(session)
    qtbot.addWidget(view)
    due = dict(zip(_column(view.table, 0), _column(view.table, 2), strict=True))
    assert due == {"Coding bootcamp with the chamber": "", "Cluster manager for hydrogen": "",
                   "Supplier transformation vouchers": "yes"}
    # a signal that names a signpost shows its status now
    signals = dict(zip(_column(view.table, 0), _column(view.table, 5), strict=True))
    assert signals["Supplier transformation vouchers"] == (
        "Manufacturing jobs in Baden-Württemberg (signpost: not reached)")
    assert signals["Cluster manager for hydrogen"] == "Hydrogen valleys funding (radar)"
    view.grab().save(str(tmp_path / "experiments.png"))


def test_due_experiments_are_named_when_the_project_opens(main_window, demo_project):
    main_window.open_project_file(demo_project)
    assert not main_window.due_banner.isHidden()
    assert "Supplier transformation vouchers (decision due 31 December 2015)" in (
        main_window.due_banner.text())
    main_window.due_banner.linkActivated.emit("experiments")
    tabs = main_window.project_page.stack.currentWidget()
    assert tabs.tabText(tabs.currentIndex()) == "Experiments"


def test_undoing_an_import_in_the_window_says_what_the_signposts_did(session, qtbot, tmp_path):
    from desktop_app.services.importing import commit_import, plan_import
    from desktop_app.ui.importer.batches import ImportBatchesDialog

    path = tmp_path / "bw.csv"  # 1,287,209 / 1,342,241 - 1 = -4.1 %
    path.write_text("region,industry,year,employment\nBaden-Wuerttemberg,B-E,2015,1287209\n")
    batch = commit_import(session.db, plan_import(path, measure="employees_de"))
    said = []
    session.sig_status.connect(said.append)
    dialog = ImportBatchesDialog(session)
    qtbot.addWidget(dialog)
    dialog.undo(batch)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0].startswith(f"Import batch {batch} undone. Signposts: ")
    assert "and 1 more" in said[0]  # the decline and the boom signposts both moved back


def test_deciding_an_experiment_is_one_undoable_edit(session, qtbot):
    import dataclasses

    from desktop_app.store import signals as store
    from desktop_app.ui.policy.experiment_edit import DecisionDialog
    from desktop_app.ui.policy.signals_views import ExperimentsView

    view = ExperimentsView(session)
    qtbot.addWidget(view)
    view.table.setCurrentCell(2, 0)
    assert view.decide_button.isEnabled()
    vouchers = view.shown[2]
    dialog = DecisionDialog(vouchers, view)
    qtbot.addWidget(dialog)
    assert (dialog.status.currentText(), dialog.decision.date().toString("yyyy-MM-dd")) == (
        "running", "2015-12-31")
    dialog.status.setCurrentText("stopped")
    dialog.lesson.setPlainText("Suppliers used the vouchers for machines, not new markets.")
    view.decide(dialog.decided())
    stored = {e.name: e for e in store.list_experiments(session.db)}
    assert (stored[vouchers.name].status, stored[vouchers.name].lesson) == (
        "stopped", "Suppliers used the vouchers for machines, not new markets.")
    assert "0 past their decision date" in view.summary.text()
    session.undo_stack_for("policy").undo()
    assert {e.name: e for e in store.list_experiments(session.db)}[vouchers.name] == vouchers
    view.decide(dataclasses.replace(vouchers, decision_date="2010-01-01"))
    assert "before the experiment's start" in view.summary.text()
    assert session.undo_stack_for("policy").count() == 1  # the refused one was not pushed


def test_dates_in_the_experiments_table_follow_the_locale_and_sort_by_day(session, qtbot):
    from PySide6.QtCore import QDate, QLocale, Qt

    from desktop_app.ui.policy.signals_views import ExperimentsView

    view = ExperimentsView(session)
    qtbot.addWidget(view)
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    column = headers.index("Decision date")
    vouchers = next(r for r, e in enumerate(view.shown) if e.decision_date == "2015-12-31")
    item = view.table.item(vouchers, column)
    assert item.data(Qt.ItemDataRole.DisplayRole) == QDate(2015, 12, 31)  # sorts by the day
    shown = view.table.itemDelegate().displayText(item.data(Qt.ItemDataRole.DisplayRole), QLocale())
    assert shown == QLocale().toString(QDate(2015, 12, 31), QLocale.FormatType.ShortFormat)
    spanish = view.table.itemDelegate().displayText(QDate(2015, 12, 31), QLocale("es_ES"))
    assert spanish == "31/12/15"
