"""The guided first run: a few steps on the demo project that point at the navigator, the import,
a chart and a scenario. Offered once, when the demo is first opened from the window; never in an
offscreen rendering (screenshots, the self-test, the tests), whose settings are private anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

TOUR_DONE = "tour/done"  # the settings key that says the tour was offered


@dataclass(frozen=True)
class TourStep:
    """One step: the view to bring to the front (None: stay), the widget to point at, the text."""

    view: str | None
    target: Callable[[MainWindow], QWidget]
    text: Callable[[], str]


STEPS = (
    TourStep("data", lambda w: w.project_page.navigator, lambda: QCoreApplication.translate(
        "GuidedTour",
        "<b>The navigator</b> holds the sections: Data, Analysis, Lifecycles, Scenarios, "
        "Reports (Ctrl+1 to Ctrl+6). On a small screen, View ▸ Navigator hides it.")),
    TourStep("data", lambda w: w.menuBar(), lambda: QCoreApplication.translate(
        "GuidedTour",
        "<b>Import</b>: File ▸ Import workbook… (or drop a workbook on the window) reads a "
        "statistics office's Excel file. Every cell it cannot use is listed with its reason, "
        "and your choices are saved as a recipe for next year's file.")),
    TourStep("portfolio", lambda w: w.project_page.stack.currentWidget(), lambda: QCoreApplication.translate(
        "GuidedTour",
        "<b>A chart</b>: the portfolio of the region's industries, specialisation (LQ) across, "
        "growth up, bubble = jobs. Click a bubble: the inspector on the right shows its numbers "
        "and where they came from.")),
    TourStep("scenarios-solve", lambda w: w.project_page.stack.currentWidget(), lambda: QCoreApplication.translate(
        "GuidedTour",
        "<b>A scenario study</b>: the consistent scenarios of a cross-impact study. Select one "
        "to see why it holds: each descriptor's balance, and what pushes it there.")),
    TourStep(None, lambda w: w.project_page.stack.currentWidget().help_button, lambda: QCoreApplication.translate(
        "GuidedTour",
        "<b>Help</b>: F1 or this <b>?</b> opens the page of the view in front: what it "
        "shows, its formula, how to read it. Help ▸ User guide has the rest.")),
)


def offer_tour(window: MainWindow) -> GuidedTour | None:
    """Start the tour unless it was offered before or the window is rendered offscreen."""
    settings = QSettings()
    if QGuiApplication.platformName() == "offscreen" or settings.value(TOUR_DONE, False, bool):
        return None
    settings.setValue(TOUR_DONE, True)
    return GuidedTour(window)


class _Highlight(QWidget):
    """A frame drawn around the widget a step points at; clicks go through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#e66100"), 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class GuidedTour(QFrame):
    """A note beside the widget each step points at, with Back, Next and Close."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.index = 0
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setFixedWidth(340)
        self.highlight = _Highlight(window)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.counter = QLabel()
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        close = QPushButton(self.tr("Close"))
        self.back.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next.clicked.connect(lambda: self.show_step(self.index + 1))
        close.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter, 1)
        for button in (self.back, self.next, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.show_step(0)

    def show_step(self, index: int) -> None:
        if index >= len(STEPS) or self.window_.project_page is None:
            self.finish()
            return
        self.index = index
        step = STEPS[index]
        if step.view:
            self.window_.show_view(step.view)
        self.text.setText(step.text())
        self.counter.setText(self.tr("{n} of {total}").format(n=index + 1, total=len(STEPS)))
        self.back.setEnabled(index > 0)
        self.next.setText(self.tr("Done") if index == len(STEPS) - 1 else self.tr("Next"))
        self.target = step.target(self.window_)
        self._place()
        self.highlight.show()
        self.highlight.raise_()
        self.show()
        self.raise_()

    def _place(self) -> None:
        """The highlight over the target, the note beside it where the window has room."""
        window = self.window_
        top_left = self.target.mapTo(window, QPoint(0, 0))
        target = QRect(top_left, self.target.size()).intersected(window.rect())
        self.highlight.setGeometry(target.adjusted(-3, -3, 3, 3))
        self.adjustSize()
        if target.right() + 16 + self.width() <= window.width():
            spot = QPoint(target.right() + 16, target.top() + 24)
        elif target.bottom() + 16 + self.height() <= window.height():
            spot = QPoint(target.left() + 24, target.bottom() + 16)
        else:  # a large target: the note inside it, near its top right
            spot = QPoint(target.right() - self.width() - 24, target.top() + 48)
        spot.setX(max(8, min(spot.x(), window.width() - self.width() - 8)))
        spot.setY(max(8, min(spot.y(), window.height() - self.height() - 8)))
        self.move(spot)

    def finish(self) -> None:
        self.highlight.deleteLater()
        self.deleteLater()
