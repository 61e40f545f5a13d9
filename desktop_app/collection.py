"""Pausing Python's cycle collector while bulk work builds many objects.

A sheet of 200,000 rows is 200,000 new lists; each counts towards the next collection, and
collections over a growing sheet (whose rows hold no reference cycles) would walk it again and
again, pausing every thread, the window's included. ``collection_paused`` stops automatic
collection for the block; ``is_paused`` tells the GUI thread's collector to wait as well, and
``containers_left`` lets it recognise what bulk work left behind. Nested and concurrent uses keep
it paused until the last one ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_count_at_start = 0
_left = 0


@contextlib.contextmanager
def collection_paused():
    """No automatic collection inside the block (restored when the outermost block ends)."""
    global _depth, _was_enabled, _count_at_start, _left
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            _count_at_start = gc.get_count()[0]
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _left += max(0, gc.get_count()[0] - _count_at_start)
                if _was_enabled:
                    gc.enable()


def is_paused() -> bool:
    """Whether some bulk work asked for no collection right now."""
    return _depth > 0


def containers_left() -> int:
    """Containers (lists, tuples, objects) bulk work made and left alive when it ended.

    Counted over every pause since the start, so it only grows; a pause's share is the growth
    of the youngest generation while it lasted.
    """
    return _left
