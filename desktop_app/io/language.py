"""The language of an export: its words, numbers and dates, without Qt.

Core and services write ``desktop_app.texts.Text``s; an exporter renders them through a
:class:`Language`, which looks each message up in the interface's own compiled translation
(``resources/translations/anticipa_<code>.qm``, the one the window loads), writes numbers with
the language's separators and dates as its readers write them ("4 de diciembre de 2026").
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass, field

from desktop_app.errors import UserError
from desktop_app.io.qm_file import read_qm
from desktop_app.paths import resources_dir
from desktop_app.texts import CONTEXT, Text, render

__all__ = ["ENGLISH", "Language", "language"]

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
#: (decimal, group) separators of the languages whose dates are spelled here.
_SEPARATORS = {"en": (".", ","), "es": (",", ".")}


@dataclass(frozen=True)
class Language:
    """``code`` ("en", "es") and the translations of the texts made below the ui layer."""

    code: str = "en"
    messages: dict[str, str] = field(default_factory=dict)

    def text(self, text: str) -> str:
        """``text`` in this language when it is a ``Text``; any other string as it is."""
        return render(text, lambda message: self.messages.get(message) or message, self.number)

    def number(self, written: str) -> str:
        """A number Python wrote ("1,120.5") with this language's separators ("1.120,5")."""
        decimal, group = _SEPARATORS.get(self.code, (".", ","))
        return written.translate({ord(","): group, ord("."): decimal})

    def date(self, day: _dt.date) -> str:
        """``day`` in words: "4 December 2026", "4 de diciembre de 2026"."""
        month = _MONTHS.get(self.code, _MONTHS["en"])[day.month - 1]
        if self.code == "es":
            return f"{day.day} de {month} de {day.year}"
        return f"{day.day} {month} {day.year}"


ENGLISH = Language()


@functools.cache
def language(code: str | None) -> Language:
    """The language ``code`` ("es", "es_MX"; None or "en": English) with its translations;
    refused, naming those there are, when none is bundled. The shipped .qm is read once per
    process (the window asks for each date it writes)."""
    if not code or code.split("_")[0] == "en" or code == "C":
        return ENGLISH
    folder = resources_dir() / "translations"
    base = code.split("_")[0]
    path = next(
        (p for p in (folder / f"anticipa_{code}.qm", folder / f"anticipa_{base}.qm") if p.exists()),
        None,
    )
    if path is None:
        bundled = sorted(["en", *(p.stem.removeprefix("anticipa_") for p in folder.glob("*.qm"))])
        raise UserError(Text(
            "no translation for the language {code}; choose one of {names}",
            code=f"{code!r}",
            names=', '.join(bundled),
        ))
    messages = {source: text for (context, source), text in read_qm(path).items()
                if context == CONTEXT}
    return Language(base, messages)
