"""The task runner delivers a result once, to the GUI thread, and never after it was discarded."""

from desktop_app.ui.tasks import TaskRunner


def test_result_reaches_the_callback(qtbot):
    runner = TaskRunner()
    results = []
    runner.start("sum", lambda progress: sum(range(10)), on_done=results.append)
    qtbot.waitUntil(lambda: results == [45])
    assert not runner.busy


def test_discarded_result_already_queued_is_dropped(qtbot):
    """Closing a project discards its task: a result queued before must not reach the views."""
    runner = TaskRunner()
    results, finished = [], []
    runner.sig_finished.connect(lambda: finished.append(True))
    runner.start("sum", lambda progress: sum(range(10)), on_done=results.append)
    assert runner.wait()  # the worker is done: its result waits in the event queue
    runner.discard()
    qtbot.wait(50)
    assert results == []
    assert finished == [True]  # the status bar's panel hides
    assert not runner.busy


def test_discard_waits_for_a_superseded_task(qtbot):
    """A task replaced by a newer one may still run: closing waits for it as well."""
    import threading

    from PySide6.QtCore import QThreadPool

    runner = TaskRunner()
    release = threading.Event()
    ended: list[str] = []

    def older(progress):
        release.wait(5)
        ended.append("older")

    runner.start("older", older)
    done: list[int] = []
    runner.start("newer", lambda progress: 1, on_done=done.append)  # supersedes the older
    qtbot.waitUntil(lambda: done == [1])
    threading.Timer(0.2, release.set).start()
    runner.discard()
    assert ended == ["older"]
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def test_the_progress_bar_shows_a_task_s_news_at_most_ten_times_a_second(qtbot):
    """A progress bar repaints itself on each new value; a burst of news is shown once, the
    latest."""
    from desktop_app.ui.tasks import TaskPanel, TaskRunner

    runner = TaskRunner()
    panel = TaskPanel(runner)
    qtbot.addWidget(panel)
    shown = []
    panel.bar.valueChanged.connect(shown.append)
    runner.sig_started.emit("Counting")
    for percent in range(1, 51):
        runner.sig_progress.emit(percent / 100, "counting")
    assert shown == []  # nothing yet: the burst is shown when the interval ends
    qtbot.waitUntil(lambda: shown == [50], timeout=2_000)
    assert panel.bar.format().endswith("counting")
