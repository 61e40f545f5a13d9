"""Refresh a view only while it is on screen, so hidden tabs cost nothing.

A section builds all its tabs at once and a shared choice (region, study) reaches every one of
them; drawing the hidden ones made each choice stall the window for seconds. A view hands its
refresh to :class:`WhenShown` and calls :meth:`WhenShown.request` where it used to refresh: the
refresh runs in the next turn of the event loop if the view is visible, else when it is next
shown. Waiting a turn splits the work of a change (reading and computing, then drawing, then
painting) into pieces the window can breathe between, and requests that come in one turn (a new
result and new choices) are drawn once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.pacing import foreground


class WhenShown(QObject):
    """Runs ``refresh`` in the next turn if ``view`` is visible, otherwise after its next show."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view, self._refresh = view, refresh
        self.stale = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._run)
        view.installEventFilter(self)

    def request(self) -> None:
        """The view's inputs changed: refresh soon if it is shown, else when it is."""
        self.stale = True
        if self._view.isVisible():
            self._later.start()

    @property
    def pending(self) -> bool:
        """Whether a refresh waits for its turn (tests wait for it to be drawn)."""
        return self._later.isActive()

    def _run(self) -> None:
        if not (self.stale and self._view.isVisible()):
            return
        self.stale = False
        with foreground():  # background tasks wait while the view draws
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # getattr: Qt may deliver events while this object is being torn down
        if event.type() == QEvent.Type.Show and watched is getattr(self, "_view", None):
            if self.stale:
                self._later.start()
        return False


class ShownLater:
    """``show`` for a background task's result, run as a refresh of ``view``: in the next turn
    while the view is on screen, else when it is shown again (drawn while hidden, a result
    that arrived after the user moved on held the window of the view they had moved to).
    Only the latest result waits; a new request of the view drops it (``drop``)."""

    def __init__(self, view: QWidget, show: Callable[..., None]) -> None:
        self._show = show
        self._latest: tuple | None = None
        self._when = WhenShown(view, self._run)

    def __call__(self, *args) -> None:
        self._latest = args
        self._when.request()

    def drop(self) -> None:
        self._latest = None

    def _run(self) -> None:
        latest, self._latest = self._latest, None
        if latest is not None:
            self._show(*latest)
