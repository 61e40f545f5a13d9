"""Background work lets the window's thread have the interpreter now and then.

CPython hands its interpreter lock to a waiting thread only when the running one lets go. A
worker calling numpy or SQLite in a loop lets go and takes the lock back at each call, sooner
than the waiting window thread wakes up, so the window can wait hundreds of milliseconds for its
next event (300 ms measured during a 200,000-row import on two cores). A thread inside
``background()`` therefore sleeps ``PAUSE_S`` at a ``pause_point`` once ``SLICE_S`` has passed
since its last pause; everywhere else (the command line, services called directly) a pause point
costs one attribute lookup.
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

_local = threading.local()


@contextlib.contextmanager
def background() -> Iterator[None]:
    """Mark the calling thread's work inside the block as background work that pauses."""
    _local.next_pause = time.perf_counter() + SLICE_S
    try:
        yield
    finally:
        del _local.next_pause


def pause_point() -> None:
    """Let other threads run for a moment if this background thread has run for a slice."""
    due = getattr(_local, "next_pause", None)
    if due is not None and time.perf_counter() >= due:
        time.sleep(PAUSE_S)
        _local.next_pause = time.perf_counter() + SLICE_S


def paced(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with a pause point before each call: for callbacks that a library (a
    fitting routine) calls many times from a loop of its own."""

    def call(*args: Any, **kwargs: Any) -> Any:
        pause_point()
        return function(*args, **kwargs)

    return call
