"""Pausing Python's cycle collector while bulk work builds many objects.

A sheet of 200,000 rows is 200,000 new lists; each counts towards the next collection, and
collections over a growing sheet (whose rows hold no reference cycles) would walk it again and
again, pausing every thread, the window's included. ``collection_paused`` stops automatic
collection for the block; ``is_paused`` tells the GUI thread's collector to wait as well.
Nested and concurrent uses keep it paused until the last one ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def collection_paused():
    """No automatic collection inside the block (restored when the outermost block ends)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def is_paused() -> bool:
    """Whether some bulk work asked for no collection right now."""
    return _depth > 0
