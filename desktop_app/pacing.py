"""Background work lets the window's thread have the interpreter now and then.

CPython hands its interpreter lock to a waiting thread only when the running one lets go. A
worker calling numpy or SQLite in a loop lets go and takes the lock back at each call, sooner
than the waiting window thread wakes up, so the window can wait hundreds of milliseconds for its
next event (300 ms measured during a 200,000-row import on two cores). A thread inside
``background()`` therefore sleeps ``PAUSE_S`` at a ``pause_point`` once ``SLICE_S`` has passed
since its last pause; everywhere else (the command line, services called directly) a pause point
costs one attribute lookup.

Sharing the lock still halves the window's speed while it draws (a 50 ms chart took 130 ms
beside a busy worker), so the window says when it does such work: inside ``foreground()`` (the
window's thread taking a task's result and drawing it, ``ui.tasks``), a background thread at a
pause point waits until the block ends, for at most ``HOLD_S`` since it began: a window busy
for longer no longer holds the work back.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

#: Longest stretch a background thread runs between two pauses (when it reaches pause points).
SLICE_S = 0.015
#: How long it lets go; long enough for a woken thread to take the lock.
PAUSE_S = 0.001
#: The longest a background thread waits for a busy window, counted from when it woke.
HOLD_S = 0.1

_local = threading.local()
#: When the window's thread entered ``foreground()``; None outside it.
_foreground_since: float | None = None


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """Mark the window thread's work inside the block as what the user waits for: background
    threads wait for it at their pause points (for at most ``HOLD_S``)."""
    global _foreground_since
    outer = _foreground_since
    if outer is None:
        _foreground_since = time.perf_counter()
    try:
        yield
    finally:
        _foreground_since = outer


@contextlib.contextmanager
def background() -> Iterator[None]:
    """Mark the calling thread's work inside the block as background work that pauses."""
    _local.next_pause = time.perf_counter() + SLICE_S
    try:
        yield
    finally:
        del _local.next_pause


def pause_point() -> None:
    """Let other threads run for a moment if this background thread has run for a slice, and
    wait while the window is busy (for at most ``HOLD_S`` since it woke)."""
    due = getattr(_local, "next_pause", None)
    if due is None:
        return
    now = time.perf_counter()
    since = _foreground_since
    if since is not None and now - since < HOLD_S:
        while since is not None and time.perf_counter() - since < HOLD_S:
            time.sleep(PAUSE_S)
            since = _foreground_since
    elif now < due:
        return
    else:
        time.sleep(PAUSE_S)
    _local.next_pause = time.perf_counter() + SLICE_S


def paced(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with a pause point before each call: for callbacks that a library (a
    fitting routine) calls many times from a loop of its own."""

    def call(*args: Any, **kwargs: Any) -> Any:
        pause_point()
        return function(*args, **kwargs)

    return call
