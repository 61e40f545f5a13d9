"""Words that core and services write for the user, marked for translation without Qt.

A ``Text`` is a message id (the English sentence with ``{name}`` fields) and its parameters; as a
``str`` it is the English sentence, so the command line, JSON output and tests read it as before.
Where it is shown, the ui layer (``ui.translated.translated``) and the exporters render it with
``render`` through their translator: the message under the context ``CONTEXT``, then each
parameter, itself a ``Text`` or not; a ``Number`` parameter takes the locale's separators. ``resources/translations/extract_texts.py`` gathers every
``Text("...")`` and ``N_("...")`` of the package into the .ts file under that context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: The translation context of every message made below the ui layer.
CONTEXT = "Texts"


def N_(message: str) -> str:  # noqa: N802 - the usual name of a translation marker
    """Mark ``message`` for translation where it is shown; returns it unchanged."""
    return message


class Text(str):
    """A message id with its parameters; as a ``str``, the English sentence."""

    message: str
    params: dict[str, object]

    def __new__(cls, message: str, **params: object) -> Text:
        text = super().__new__(cls, message.format(**params))
        text.message = message
        text.params = params
        return text

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        """Made again from its message and parameters when copied or sent to another process
        (the sentence itself may hold braces that are no field)."""
        return (self.message,), self.params


class Number(str):
    """A number inside a ``Text``, written the Python way ("1,120.5"); where the text is shown it
    takes the locale's separators."""


def joined(separator: str, parts: Iterable[str]) -> Text:
    """``parts`` joined by ``separator``, each part still translated on its own."""
    parts = list(parts)
    message = separator.join(f"{{p{k}}}" for k in range(len(parts)))
    return Text(message, **{f"p{k}": part for k, part in enumerate(parts)})


def render(text: str, translate: Callable[[str], str], number: Callable[[str], str] = str) -> str:
    """``text`` in the language of ``translate`` (message id → translated message), each
    ``Number`` in it written by ``number``."""
    if isinstance(text, Number):
        return number(text)
    if not isinstance(text, Text):
        return str(text)
    params = {
        name: render(value, translate, number) if isinstance(value, str) else value
        for name, value in text.params.items()
    }
    return translate(text.message).format(**params)
