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
