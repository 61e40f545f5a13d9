"""Progress reporting and cooperative cancel, shared by every long-running use case.

A service takes a ``Progress`` and calls ``report(fraction, text)`` as it goes and ``check()`` at
points where stopping is safe. The command line passes a ``TerminalProgress``; the GUI passes an
adapter that forwards to Qt signals (``desktop_app.ui.tasks``). Nothing here knows about Qt.
"""

from __future__ import annotations

import sys
import threading
from typing import TextIO

from desktop_app.pacing import pause_point


class Cancelled(Exception):
    """Raised inside a service when the user asked to stop; nothing half-done is kept."""


class Progress:
    """Receives progress from a service and tells it whether to stop.

    Subclasses override ``_emit``; ``report`` keeps fractions monotone within [0, 1].
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def report(self, fraction: float | None, text: str = "") -> None:
        """Say how far the work is (0..1, or None when unknown) and what it is doing."""
        if fraction is not None:
            fraction = min(1.0, max(0.0, float(fraction)))
        self._emit(fraction, text)

    def _emit(self, fraction: float | None, text: str) -> None:
        """Deliver one update; the base class drops it."""

    def cancel(self) -> None:
        """Ask the service to stop at its next check (callable from any thread)."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if a cancel was asked for (a check is also a pause point)."""
        pause_point()
        if self._cancel.is_set():
            raise Cancelled()

    def sub(self, start: float, end: float) -> Progress:
        """A view of this progress that maps its own 0..1 into [start, end] of the parent."""
        return _SubProgress(self, start, end)


class NullProgress(Progress):
    """For callers that need no feedback; can still be cancelled."""


class _SubProgress(Progress):
    def __init__(self, parent: Progress, start: float, end: float) -> None:
        super().__init__()
        self._cancel = parent._cancel
        self._parent = parent
        self._start = start
        self._span = end - start

    def _emit(self, fraction: float | None, text: str) -> None:
        mapped = None if fraction is None else self._start + self._span * fraction
        self._parent.report(mapped, text)


class TerminalProgress(Progress):
    """Writes a single updating line to a terminal (stderr by default); quiet when not a tty."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__()
        self._stream = stream or sys.stderr
        self._last = (-1, "")
        self._interactive = self._stream.isatty()

    def _emit(self, fraction: float | None, text: str) -> None:
        percent = -1 if fraction is None else int(fraction * 100)
        if not self._interactive or (percent, text) == self._last:
            return
        self._last = (percent, text)
        shown = "" if percent < 0 else f"{percent:3d}% "
        self._stream.write(f"\r{shown}{text[:70]:<70}")
        if percent == 100:
            self._stream.write("\n")
        self._stream.flush()
