"""Python's cycle collector, run only in the GUI thread.

An automatic collection runs in whichever thread happens to allocate: a worker writing a
workbook can then free a widget left in a reference cycle, and destroying a Qt object outside
the GUI thread deadlocks or crashes (seen as an export that hung while its dialog closed). The
application therefore switches automatic collection off and collects on a timer in the GUI
thread, as pyqtgraph's GarbageCollector does.

A collection walks every object of the generations it collects: a 200,000-row sheet and the
records read from it are half a million containers, 70-140 ms of walking per collection, a
visible stall, although they hold no reference cycle. What bulk work leaves behind (more than
``BULK_OBJECTS`` containers made while collection was paused) is therefore frozen, moved
where collections do not look, instead of collected; it is still freed when its last reference
goes, and cycles among it wait for the unfreezing: once half of the bulk work's frozen
containers have been freed (the sheet closed), the next full collection unfreezes everything
and collects the cycles it held. Full collections run at most every ``FULL_INTERVAL_S``
seconds, when the old generation has grown or bulk work is frozen; the younger generations
when their counts are due.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

from desktop_app.collection import containers_left, is_paused

#: How often the GUI thread looks whether a collection is due.
CHECK_INTERVAL_MS = 500
#: Shortest time between two full collections.
FULL_INTERVAL_S = 120.0
#: Containers bulk work left (made while collection was paused) beyond which they are
#: frozen, not walked.
BULK_OBJECTS = 100_000


class GuiThreadCollector(QObject):
    """Owns the collector while the application lives; ``check`` collects what is due."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self._frozen_bulk = 0  # containers frozen as bulk work's, since the last unfreeze
        self._frozen_at = 0  # containers frozen in all, right after the last freeze
        self._left_seen = containers_left()
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
        left = containers_left()
        bulk = min(left - self._left_seen, counts[0])  # still young, so not collected yet
        self._left_seen = left
        if bulk > BULK_OBJECTS:
            self._freeze(bulk)
            return 0
        now = time.monotonic()
        # a full collection is also due for frozen bulk work, whose end it may find
        if (counts[2] > self.thresholds[2] or self._frozen_bulk) and (
            now - self._last_full >= FULL_INTERVAL_S
        ):
            self._last_full = now
            self._unfreeze_if_freed()
            return gc.collect(2)
        for generation in (1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0

    def _freeze(self, bulk: int) -> None:
        """Freeze everything, counting ``bulk`` containers as bulk work's.

        Bulk frozen earlier and freed since no longer counts: what is left frozen of it is
        what has to go before the next unfreezing.
        """
        freed = self._frozen_at - gc.get_freeze_count() if self._frozen_bulk else 0
        self._frozen_bulk = max(0, self._frozen_bulk - freed) + bulk
        gc.freeze()
        self._frozen_at = gc.get_freeze_count()

    def _unfreeze_if_freed(self) -> None:
        """Give frozen objects back to the collector once most of the bulk work's are gone."""
        if self._frozen_bulk and gc.get_freeze_count() <= self._frozen_at - self._frozen_bulk // 2:
            gc.unfreeze()
            self._frozen_bulk = 0
