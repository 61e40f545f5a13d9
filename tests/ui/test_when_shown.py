"""Views draw only while on screen, and a background result waits for its view to be shown."""

from PySide6.QtWidgets import QWidget

from desktop_app.ui.when_shown import ShownLater


def test_a_result_for_a_hidden_view_waits_until_it_is_shown(qtbot):
    view = QWidget()
    qtbot.addWidget(view)
    shown: list[str] = []
    later = ShownLater(view, shown.append)
    later("first")
    later("latest")
    qtbot.wait(30)
    assert shown == []  # hidden: nothing drawn
    view.show()
    qtbot.waitUntil(lambda: shown == ["latest"])
    later("superseded")
    later.drop()  # the view asked for a new result: the waiting one is not drawn
    qtbot.wait(30)
    assert shown == ["latest"]
    later("next")
    assert shown == ["latest"]  # on screen: drawn in the next turn of the event loop
    qtbot.waitUntil(lambda: shown == ["latest", "next"])
