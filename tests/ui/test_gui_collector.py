"""Reference cycles are collected in the GUI thread only, and not while bulk work paused it."""

import gc
import threading

import pytest

from desktop_app.collection import collection_paused


class _Node:
    """Part of a reference cycle; records the thread that frees it."""

    freed_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Node.freed_in.append(threading.current_thread().name)


_live: list = []


@pytest.fixture(autouse=True)
def _settled(qapp):
    """Widgets earlier tests left for deletion are gone before the counting starts.

    Freeing a large sheet lowers the count of young objects by as much, which would leave the
    garbage a test makes short of a collection.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _garbage_from_a_worker() -> None:
    def work() -> None:
        _Node()  # a cycle, unreachable at once
        _live[:] = [[i] for i in range(50_000)]  # far past every generation's threshold

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_cycles_are_freed_in_the_gui_thread(qapp, qtbot):
    _Node.freed_in.clear()
    _garbage_from_a_worker()
    assert _Node.freed_in == []  # the worker's allocations did not trigger a collection
    qtbot.waitUntil(lambda: _Node.freed_in == ["MainThread"], timeout=5000)
    _live.clear()


def test_no_collection_while_paused(qapp, qtbot):
    _Node.freed_in.clear()
    with collection_paused():
        _garbage_from_a_worker()
        qtbot.wait(1200)  # two checks of the collector
        assert _Node.freed_in == []
    qtbot.waitUntil(lambda: _Node.freed_in == ["MainThread"], timeout=5000)
    _live.clear()


@pytest.fixture
def collector(qapp):
    """A collector of the test's own, checked by hand (its timer stopped); at the end what the
    test froze or kept alive is let go."""
    from desktop_app.ui.gui_collector import GuiThreadCollector

    own = GuiThreadCollector(qapp)
    own.timer.stop()
    yield own
    _live.clear()
    gc.unfreeze()
    own.deleteLater()


def test_full_collections_are_rare(collector, monkeypatch):
    """A full collection walks every object (100-200 ms beside a large sheet): one per interval."""
    import time

    from desktop_app.ui.gui_collector import FULL_INTERVAL_S

    generations: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: generations.append(generation) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 100, 100))  # every generation is due
    collector._last_full = time.monotonic() - FULL_INTERVAL_S
    collector.check()
    collector.check()
    assert generations == [2, 1]


def test_bulk_work_is_frozen_until_it_is_freed(collector, monkeypatch):
    """Walking a large sheet on every collection would stall the window: what bulk work left
    is frozen instead, and once it is freed the cycles it held are collected."""
    from desktop_app.ui import gui_collector

    collector.thresholds = (700, 10, -1)  # a full collection is due whenever the time is
    monkeypatch.setattr(gui_collector, "FULL_INTERVAL_S", 0.0)
    gc.collect()
    _Node.freed_in.clear()
    with collection_paused():
        _Node()  # a cycle the bulk work left behind
        _live[:] = [[i] for i in range(gui_collector.BULK_OBJECTS + 10_000)]
    frozen_before = gc.get_freeze_count()
    collector.check()
    assert gc.get_freeze_count() >= frozen_before + gui_collector.BULK_OBJECTS
    assert gc.get_count()[0] < gui_collector.BULK_OBJECTS  # no longer young
    collector.check()  # a full collection while the sheet lives leaves it frozen
    assert _Node.freed_in == []
    assert gc.get_freeze_count() >= gui_collector.BULK_OBJECTS
    _live.clear()
    collector.check()  # the sheet is gone: unfrozen and collected
    assert _Node.freed_in == ["MainThread"]
    assert gc.get_freeze_count() == 0


def test_frozen_bulk_of_two_jobs_is_unfrozen_once_both_are_gone(collector, monkeypatch):
    """What an earlier job froze and freed does not count against the next one; and frozen
    bulk work is looked at when due even in an idle application (few old objects)."""
    from desktop_app.ui import gui_collector

    monkeypatch.setattr(gui_collector, "FULL_INTERVAL_S", 0.0)
    monkeypatch.setattr(gc, "get_count", lambda real=gc.get_count: (*real()[:2], 0))
    _Node.freed_in.clear()
    for size in (150_000, 120_000):
        with collection_paused():
            if size == 120_000:
                _Node()  # a cycle the second job left behind
            _live[:] = [[i] for i in range(size)]
        collector.check()  # frozen
        assert gc.get_freeze_count() >= size
        _live.clear()
    collector.check()  # both gone: unfrozen and collected
    assert _Node.freed_in == ["MainThread"]
    assert gc.get_freeze_count() == 0
