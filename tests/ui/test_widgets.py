"""The shared building blocks of the views."""

from PySide6.QtWidgets import QLabel

from desktop_app.ui.widgets import WrappedRichLabel


def test_wrapped_rich_label_answers_as_a_wrapped_label_and_follows_its_text(qtbot):
    label, plain = WrappedRichLabel(), QLabel()
    plain.setWordWrap(True)
    qtbot.addWidget(label)
    qtbot.addWidget(plain)
    table = "<table>" + "<tr><td>Descriptor</td><td>a long variant name</td></tr>" * 17 + "</table>"
    for widget in (label, plain):
        widget.setText(table)
    heights = {width: plain.heightForWidth(width) for width in (120, 200, 400)}
    assert {width: label.heightForWidth(width) for width in heights} == heights
    longer = table + "<p>" + "word " * 200 + "</p>"  # the remembered heights are forgotten
    for widget in (label, plain):
        widget.setText(longer)
    assert label.heightForWidth(200) == plain.heightForWidth(200) > heights[200]
