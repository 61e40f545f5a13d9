"""Python's cycle collector, run only in the GUI thread.

An automatic collection runs in whichever thread happens to allocate: a worker writing a
workbook can then free a widget left in a reference cycle, and destroying a Qt object outside
the GUI thread deadlocks or crashes (seen as an export that hung while its dialog closed). The
application therefore switches automatic collection off and collects on a timer in the GUI
thread, with the interpreter's own thresholds, as pyqtgraph's GarbageCollector does.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from desktop_app.collection import is_paused

#: How often the GUI thread looks whether a collection is due.
CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns the collector while the application lives; ``check`` collects what is due."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_INTERVAL_MS)

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; return what was freed.

        Nothing is collected while bulk work paused collection (see ``collection_paused``).
        """
        if is_paused():
            return 0
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0
