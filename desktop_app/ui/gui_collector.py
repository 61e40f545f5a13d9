"""Python's cycle collector, run only in the GUI thread.

An automatic collection runs in whichever thread happens to allocate: a worker writing a
workbook can then free a widget left in a reference cycle, and destroying a Qt object outside
the GUI thread deadlocks or crashes (seen as an export that hung while its dialog closed). The
application therefore switches automatic collection off and collects on a timer in the GUI
thread, as pyqtgraph's GarbageCollector does.

A full collection walks every object: with a 200,000-row sheet in memory it takes over 100 ms,
a visible stall. The interpreter itself runs one only when the old generation has grown by a
quarter; the timer, which cannot see that, runs one at most every ``FULL_INTERVAL_S`` seconds
and the younger generations when their counts are due.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

from desktop_app.collection import is_paused

#: How often the GUI thread looks whether a collection is due.
CHECK_INTERVAL_MS = 500
#: Shortest time between two full collections.
FULL_INTERVAL_S = 120.0


class GuiThreadCollector(QObject):
    """Owns the collector while the application lives; ``check`` collects what is due."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_INTERVAL_MS)

    def check(self) -> int:
        """Collect the oldest generation that is due; return how many objects were freed.

        Nothing is collected while bulk work paused collection (see ``collection_paused``).
        """
        if is_paused():
            return 0
        counts = gc.get_count()
        now = time.monotonic()
        if counts[2] > self.thresholds[2] and now - self._last_full >= FULL_INTERVAL_S:
            self._last_full = now
            return gc.collect(2)
        for generation in (1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0
