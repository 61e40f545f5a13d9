"""Run services off the GUI thread: QThreadPool workers, queued progress, cooperative cancel.

A service is any callable ``fn(..., progress=Progress)``. ``TaskRunner.start`` runs it in the
thread pool with a ``QtProgress`` whose updates reach the GUI thread through a queued signal; the
status bar's ``TaskPanel`` shows them with a Cancel button. One task per runner: starting a new one
cancels the previous, and results of a cancelled or superseded task are dropped.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.services.progress import Cancelled, Progress


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
            self._relay.sig_progress.emit(fraction, text)


class _Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], progress: QtProgress, relay: _Relay) -> None:
        super().__init__()
        self._fn, self._progress, self._relay = fn, progress, relay

    def run(self) -> None:
        try:
            result = self._fn(progress=self._progress)
        except Cancelled:
            self._relay.sig_cancelled.emit()
        except Exception as error:  # noqa: BLE001 - relayed to the GUI, never lost
            self._relay.sig_failed.emit(error, traceback.format_exc())
        else:
            self._relay.sig_done.emit(result)


class TaskRunner(QObject):
    """Starts one background task at a time and reports it to the GUI thread."""

    sig_started = Signal(str)
    sig_progress = Signal(object, str)
    sig_finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._progress: QtProgress | None = None
        self._relay: _Relay | None = None

    @property
    def busy(self) -> bool:
        return self._progress is not None

    def start(
        self,
        title: str,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> QtProgress:
        """Run ``fn(progress=...)`` in the pool; callbacks run in the GUI thread."""
        self.cancel()
        relay = _Relay(self)
        progress = QtProgress(relay)
        self._relay, self._progress = relay, progress

        def finish(callback: Callable[..., None] | None, *args: Any) -> None:
            if self._relay is not relay:  # superseded: drop the stale result
                return
            self._relay = self._progress = None
            relay.deleteLater()
            self.sig_finished.emit()
            if callback is not None:
                callback(*args)

        conn = Qt.ConnectionType.QueuedConnection
        relay.sig_progress.connect(self.sig_progress, conn)
        relay.sig_done.connect(lambda result: finish(on_done, result), conn)
        relay.sig_failed.connect(lambda error, _tb: finish(on_error, error), conn)
        relay.sig_cancelled.connect(lambda: finish(on_cancelled), conn)
        self.sig_started.emit(title)
        self._pool.start(_Worker(fn, progress, relay))
        return progress

    def cancel(self) -> None:
        """Ask the running task to stop; its result, if any, will be dropped."""
        if self._progress is not None:
            self._progress.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)

    def discard(self) -> None:
        """Stop the running task and drop what it reports, even news already queued.

        Closing a project calls this: a result that arrives after the project's database is
        closed must not reach views that would read from it.
        """
        self.cancel()
        self.wait()  # a superseded task may still be running too
        if self._relay is None:
            return
        self._relay.deleteLater()
        self._relay = self._progress = None
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
        self.cancel_button.clicked.connect(runner.cancel)
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
