"""Run services off the GUI thread: QThreadPool workers, queued progress, cooperative cancel.

A service is any callable ``fn(..., progress=Progress)``. ``TaskRunner.start`` runs it in the
thread pool with a ``QtProgress`` whose updates reach the GUI thread through a queued signal; the
status bar's ``TaskPanel`` shows them with a Cancel button. Tasks are keyed: starting a task
cancels the running task of the same key only (each view computes under its own key, so one view's
new request never stops another's), and results of a cancelled or superseded task are dropped.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.pacing import background, foreground
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.ui.translated import translated


class _Relay(QObject):
    """Carries a worker's news to the GUI thread (signals cross threads queued)."""

    sig_progress = Signal(object, str)
    sig_done = Signal(object)
    sig_failed = Signal(object, str)
    sig_cancelled = Signal()


class QtProgress(Progress):
    """A ``Progress`` that forwards to a relay; throttled to whole-percent changes."""

    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay = relay
        self._last: tuple[int, str] | None = None

    def _emit(self, fraction: float | None, text: str) -> None:
        key = (-1 if fraction is None else int(fraction * 100), text)
        if key != self._last:
            self._last = key
            # translated here, in the worker's thread (QCoreApplication.translate is
            # thread-safe): the signal carries plain strings
            self._relay.sig_progress.emit(fraction, translated(text))


class _Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], progress: QtProgress, relay: _Relay) -> None:
        super().__init__()
        self._fn, self._progress, self._relay = fn, progress, relay

    def run(self) -> None:
        try:
            with background():
                result = self._fn(progress=self._progress)
        except Cancelled:
            self._relay.sig_cancelled.emit()
        except Exception as error:  # noqa: BLE001 - relayed to the GUI, never lost
            self._relay.sig_failed.emit(error, traceback.format_exc())
        else:
            self._relay.sig_done.emit(result)


class _Running:
    """One running task: its title, its relay (identity of the request) and its progress."""

    def __init__(self, title: str, relay: _Relay, progress: QtProgress) -> None:
        self.title, self.relay, self.progress = title, relay, progress


class TaskRunner(QObject):
    """Runs background tasks, one per key, and reports them to the GUI thread.

    The signals describe the task the status bar shows, the one started last of those still
    running: ``sig_started`` when it changes, ``sig_progress`` its news, ``sig_finished`` when
    no task is left.
    """

    sig_started = Signal(str)
    sig_progress = Signal(object, str)
    sig_finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._running: dict[str, _Running] = {}  # insertion order: the last is shown

    @property
    def busy(self) -> bool:
        """Whether any task runs."""
        return bool(self._running)

    def running(self, key: str = "") -> bool:
        """Whether the task of ``key`` runs."""
        return key in self._running

    def shown_key(self) -> str | None:
        """The key of the task the status bar shows (the last started still running)."""
        return next(reversed(self._running), None)

    def start(
        self,
        title: str,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        key: str = "",
    ) -> QtProgress:
        """Run ``fn(progress=...)`` in the pool, replacing the task of ``key``; callbacks run in
        the GUI thread, and only for the newest task of the key."""
        self.cancel(key)
        self._running.pop(key, None)
        relay = _Relay(self)
        progress = QtProgress(relay)
        task = _Running(title, relay, progress)
        self._running[key] = task

        def finish(callback: Callable[..., None] | None, *args: Any) -> None:
            if self._running.get(key) is not task:  # superseded: drop the stale result
                return
            self._forget(key)
            if callback is not None:
                with foreground():  # other tasks wait while the result is drawn
                    callback(*args)

        def news(fraction: float | None, text: str) -> None:
            if self.shown_key() == key and self._running.get(key) is task:
                self.sig_progress.emit(fraction, text)

        conn = Qt.ConnectionType.QueuedConnection
        relay.sig_progress.connect(news, conn)
        relay.sig_done.connect(lambda result: finish(on_done, result), conn)
        relay.sig_failed.connect(lambda error, _tb: finish(on_error, error), conn)
        relay.sig_cancelled.connect(lambda: finish(on_cancelled), conn)
        self.sig_started.emit(title)
        self._pool.start(_Worker(fn, progress, relay))
        return progress

    def _forget(self, key: str) -> None:
        """Drop the task of ``key`` and tell the panel what it shows now."""
        task = self._running.pop(key)
        task.relay.deleteLater()
        shown = self.shown_key()
        if shown is None:
            self.sig_finished.emit()
        else:
            self.sig_started.emit(self._running[shown].title)

    def cancel(self, key: str = "") -> None:
        """Ask the task of ``key`` to stop; its result, if any, will be dropped."""
        task = self._running.get(key)
        if task is not None:
            task.progress.cancel()

    def cancel_shown(self) -> None:
        """Cancel the task the status bar shows (its Cancel button)."""
        shown = self.shown_key()
        if shown is not None:
            self.cancel(shown)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)

    def discard(self) -> None:
        """Stop every task and drop what they report, even news already queued.

        Closing a project calls this: a result that arrives after the project's database is
        closed must not reach views that would read from it.
        """
        for task in self._running.values():
            task.progress.cancel()
        self.wait()  # superseded tasks may still be running too
        if not self._running:
            return
        for task in self._running.values():
            task.relay.deleteLater()
        self._running.clear()
        self.sig_finished.emit()


class TaskPanel(QWidget):
    """What is running, a progress bar and a Cancel button, bound to a ``TaskRunner``.

    In the status bar it shows a title and hides when idle; ``inline`` (inside a dialog) it stays
    in place and is enabled only while a task runs.
    """

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, inline: bool = False
    ) -> None:
        super().__init__(parent)
        self._inline = inline
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(runner.cancel_shown)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not inline:
            self.bar.setMaximumWidth(220)
            layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        runner.sig_started.connect(self._on_started)
        runner.sig_progress.connect(self._on_progress)
        runner.sig_finished.connect(self._on_finished)
        self._on_finished()

    def _on_started(self, title: str) -> None:
        self.label.setText(title)
        self.bar.setRange(0, 0)
        self.setEnabled(True)
        self.show()

    def _on_progress(self, fraction: float | None, text: str) -> None:
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(int(fraction * 100))
        if text:
            self.bar.setFormat(f"%p% {text[:50]}")

    def _on_finished(self) -> None:
        if self._inline:
            self.bar.setRange(0, 100)
            self.setEnabled(False)
        else:
            self.hide()
