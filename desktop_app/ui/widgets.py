"""Small building blocks the sections' views share: a row of buttons, a name prompt, a combo fill,
and what lets a view fit a laptop screen: a row of controls that wraps, a scroll area."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


def add_buttons(layout: QLayout, buttons: Iterable[tuple[str, Callable]]) -> None:
    """Append one push button per ``(text, slot)`` to ``layout``, each calling its slot."""
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """The name the user typed, or None when they cancelled or typed only spaces."""
    name, ok = QInputDialog.getText(parent, title, label, text=text)
    return name if ok and name.strip() else None


def fill_combo(combo: QComboBox, items: list[tuple[object, str]], current: object) -> None:
    """Replace a combo's items ``(data, text)`` without emitting its signals; select ``current``."""
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class WrappedRichLabel(QLabel):
    """A word-wrapped rich-text label that lays its text out once per width.

    Qt asks a wrapped label its height for each width a layout tries, often the same few
    widths over and over, and a rich-text label lays out its whole document for every answer
    (a 17-row table: some milliseconds each time).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


class FittingScrollArea(QScrollArea):
    """A scroll area that gives its widget the space there is, and more only below the widget's
    minimum.

    Qt's resizable scroll area makes a widget whose layout has a height for its width (any
    word-wrapped label) as tall as that height, which is computed from the preferred sizes: a
    view whose minimum fits the screen then still scrolled, its chart stretched below the
    window's edge. Here the widget's minimum size alone decides.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(widget)

    def fit(self) -> None:
        """Size the widget to the viewport, never below the widget's minimum."""
        widget = self.widget()
        if widget is not None:
            least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            widget.resize(self.viewport().size().expandedTo(least))

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that fills the space it is given and scrolls only when
    the space is below the widget's minimum: a view's minimum size then never becomes the
    window's, so every view fits a 1280 x 720 laptop screen."""
    return FittingScrollArea(widget)


class FlowLayout(QLayout):
    """Widgets side by side, wrapping to the next line when the width runs out (Qt's flow layout
    example): a view's row of choosers then needs the width of its widest chooser, not of all."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._height = 0  # the height the lines took at the width last given

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        """Place the items; when the number of lines changed, ask the parent for a new layout.

        The layout does not report height-for-width: a scroll area would then size the whole
        view at its preferred height. Its minimum height follows the lines it took instead.
        """
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:
            self._height = height
            self.invalidate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All items on one line (or the lines they took at the width last given)."""
        visible = [item.sizeHint() for item in self._visible()]
        margins = self.contentsMargins()
        width = sum(size.width() for size in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((size.height() for size in visible), default=0)
        return QSize(width + margins.left() + margins.right(),
                     max(height + margins.top() + margins.bottom(), self._height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item (the rest wraps), as high as the lines last taken."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(size.width(), max(size.height(), self._height))

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items line by line in ``rect`` (only measure unless ``move``); the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(area.width(), item.sizeHint().height()))
            size = size.expandedTo(item.minimumSize())
            if x > area.x() and x + size.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        return y + line_height - rect.y() + margins.bottom()


def labelled(text: str, widget: QWidget) -> QWidget:
    """``widget`` with its label before it, as one piece that a ``FlowLayout`` keeps together."""
    piece = QWidget()
    piece.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    layout = QHBoxLayout(piece)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(text))
    layout.addWidget(widget)
    return piece
