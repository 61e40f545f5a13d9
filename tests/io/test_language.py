"""The language of an export without Qt: the shipped .qm read back as the .ts says, dates
written out and numbers with the language's separators."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from desktop_app.errors import UserError
from desktop_app.io.language import ENGLISH, language
from desktop_app.io.qm_file import read_qm
from desktop_app.paths import resources_dir
from desktop_app.texts import Number, Text

TRANSLATIONS = resources_dir() / "translations"


def _finished(ts) -> dict[tuple[str, str], str]:
    """(context, source) → translation of each finished message of the .ts."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and translation.text:
                found[(context.findtext("name"), message.findtext("source"))] = translation.text
    return found


def test_the_qm_reads_back_every_finished_translation_of_the_ts():
    written = _finished(TRANSLATIONS / "anticipa_es.ts")
    read = read_qm(TRANSLATIONS / "anticipa_es.qm")
    assert len(written) > 1000
    differ = [key for key, text in written.items() if read.get(key) != text]
    assert not differ, f"{len(differ)} messages read otherwise from the .qm: {differ[:5]}"


def test_a_file_that_is_not_a_translation_is_refused(tmp_path):
    fake = tmp_path / "anticipa_xx.qm"
    fake.write_bytes(b"PK\x03\x04 not a translation")
    with pytest.raises(UserError, match="anticipa_xx.qm is not a Qt translation file"):
        read_qm(fake)


def test_spanish_words_numbers_and_dates():
    es = language("es_MX")
    assert es.code == "es"
    text = Text("Reference: {reference}.", reference=Text("Sum of the selected regions"))
    assert es.text(text) == "Referencia: Suma de las regiones seleccionadas."
    assert es.text(Text("at least {threshold}", threshold=Number("1,120.5"))) == "al menos 1.120,5"
    assert es.text("Agriculture, forestry and fishing") == "Agriculture, forestry and fishing"
    assert es.date(dt.date(2026, 12, 4)) == "4 de diciembre de 2026"
    assert ENGLISH.date(dt.date(2026, 12, 4)) == "4 December 2026"
    assert ENGLISH.text(text) == "Reference: Sum of the selected regions."


def test_a_language_without_a_translation_is_refused_naming_those_there_are():
    assert language(None) is ENGLISH and language("en_GB") is ENGLISH
    with pytest.raises(UserError, match=r"no translation for the language 'fr'; choose one of en, es"):
        language("fr")
