"""Refresh a view only while it is on screen, so hidden tabs cost nothing.

A section builds all its tabs at once and a shared choice (region, study) reaches every one of
them; drawing the hidden ones made each choice stall the window for seconds. A view hands its
refresh to :class:`WhenShown` and calls :meth:`WhenShown.request` where it used to refresh: the
refresh runs at once if the view is visible, else when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.pacing import foreground


class WhenShown(QObject):
    """Runs ``refresh`` now if ``view`` is visible, otherwise at the view's next show."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view, self._refresh = view, refresh
        self.stale = False
        view.installEventFilter(self)

    def request(self) -> None:
        """The view's inputs changed: refresh now if it is shown, else when it is."""
        self.stale = True
        if self._view.isVisible():
            self._run()

    def _run(self) -> None:
        self.stale = False
        with foreground():  # background tasks wait while the view draws
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # getattr: Qt may deliver events while this object is being torn down
        if event.type() == QEvent.Type.Show and watched is getattr(self, "_view", None):
            if self.stale:
                self._run()
        return False
