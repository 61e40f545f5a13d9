"""Typing a value in the Data view: the import's number rules, in the user's locale, previewed.

A spin box reads "14100,5" by its own locale rules (141005 where the comma groups thousands) and
shows two decimals it invents; this editor is a line edit whose text is read by
:func:`desktop_app.io.cells.parse_typed_number`, and what it will store is shown while typing.
A value :data:`FACTOR_WARNING` times larger or smaller than the stored one (a unit or a digit
slipped) is said while typing and asked about before it is stored.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from desktop_app.errors import UserError
from desktop_app.io.cells import parse_typed_number
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.translated import error_message

#: The role under which a model gives the stored value itself (EditRole gives its text).
STORED_ROLE = Qt.ItemDataRole.UserRole
#: A new value this many times larger or smaller than the stored one is pointed out, and asked
#: about before it is stored.
FACTOR_WARNING = 5.0


def locale_decimal() -> str:
    """The decimal separator of the user's locale ('.' or ',')."""
    return "," if QLocale().decimalPoint() == "," else "."


def shown_number(value: float) -> str:
    """A value as the table shows it: thousands grouped, up to six significant digits."""
    return in_locale(f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}")


def entry_text(value: float | None) -> str:
    """A stored value as editable text: every digit it has, the locale's decimal, no grouping."""
    if value is None:
        return ""
    text = format(Decimal(repr(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", locale_decimal())


def read_entry(text: str) -> float | None:
    """The value typed text stands for (None clears it); UserError when it is refused."""
    return parse_typed_number(text, locale_decimal())


def change_factor(stored: float | None, value: float | None) -> float | None:
    """How many times ``stored`` the new value is, when that is FACTOR_WARNING or more (or
    1/FACTOR_WARNING or less); None for a smaller change, or when either is empty or zero."""
    if not stored or not value:
        return None
    ratio = abs(value / stored)
    return ratio if ratio >= FACTOR_WARNING or ratio <= 1 / FACTOR_WARNING else None


def preview(text: str, stored: float | None) -> tuple[bool, str]:
    """(acceptable, what will be stored) for text typed over ``stored``, said before storing."""
    try:
        value = read_entry(text)
    except UserError as error:
        return False, error_message(error)
    if value is None:
        return True, QCoreApplication.translate("ValueEntry", "The value will be cleared (no value).")
    said = QCoreApplication.translate("ValueEntry", "{new} will be stored").format(new=shown_number(value))
    if stored is None:
        return True, said + "."
    said += QCoreApplication.translate("ValueEntry", " (now {old})").format(old=shown_number(stored))
    if (ratio := change_factor(stored, value)) is not None:
        said += QCoreApplication.translate("ValueEntry", ": {ratio} times the stored value").format(
            ratio=in_locale(f"{ratio:.3g}"))
    return True, said + "."


class ValueDelegate(QStyledItemDelegate):
    """Edits a value column as text; says what will be stored while the user types."""

    sig_preview = Signal(bool, str)  # acceptable, what will be stored or why not

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        stored = index.data(STORED_ROLE)
        editor.textEdited.connect(lambda text: self.sig_preview.emit(*preview(text, stored)))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.text())

