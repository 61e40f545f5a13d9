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
window's thread building a view, taking a task's result and drawing it), a background thread
at a pause point waits until the block ends and the window has painted (``LINGER_S``), for at
most ``HOLD_S`` since it began: a window busy for longer no longer holds the work back.
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
#: The longest a background thread waits for a busy window, counted from when it began.
HOLD_S = 0.1
#: How long background threads still wait after the window's block ends: the window paints
#: what it drew in the next turn of its event loop.
LINGER_S = 0.03

_local = threading.local()
#: Background threads wait at pause points until this moment (``time.perf_counter``).
_hold_until = 0.0
_depth = 0  # foreground blocks open in the window's thread


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """Mark the window thread's work inside the block as what the user waits for: background
    threads wait at their pause points until the block ends and ``LINGER_S`` more (for at
    most ``HOLD_S`` from its start)."""
    global _hold_until, _depth
    start = time.perf_counter()
    if _depth == 0:
        _hold_until = start + HOLD_S
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            _hold_until = min(start + HOLD_S, time.perf_counter() + LINGER_S)


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
    wait while the window is busy (see ``foreground``)."""
    due = getattr(_local, "next_pause", None)
    if due is None:
        return
    now = time.perf_counter()
    if now < _hold_until:
        while time.perf_counter() < _hold_until:
            time.sleep(PAUSE_S)
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
