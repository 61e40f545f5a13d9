"""Numbers in views follow the locale: "1,120.5" in English reads "1.120,5" in Spanish."""

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui.analysis.base import number_item
from desktop_app.ui.data.value_entry import shown_number
from desktop_app.ui.number_format import Kind, tick_texts
from desktop_app.ui.numbers import in_locale


@pytest.fixture
def locale_of(qapp):
    """Set the default locale for one test; the one before comes back after it."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_spanish_swaps_the_separators(locale_of):
    locale_of("es_ES")
    assert in_locale("1,120.5") == "1.120,5"
    assert in_locale("0.5") == "0,5"
    assert number_item(0.523).text() == "0,523"
    assert number_item(14042).text() == "14.042"
    assert tick_texts([0.5, 1.0], 0.5, Kind.INDEX) == ["0,5", "1,0"]
    assert shown_number(14100.5) == "14.100,5"


def test_english_keeps_them(locale_of):
    locale_of("en_US")
    assert in_locale("1,120.5") == "1,120.5"
    assert number_item(0.523).text() == "0.523"
    assert tick_texts([0.5, 1.0], 0.5, Kind.INDEX) == ["0.5", "1.0"]
    assert shown_number(14100.5) == "14,100.5"
