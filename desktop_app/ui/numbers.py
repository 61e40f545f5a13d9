"""Numbers as the user's locale writes them: its decimal and group separators."""

from PySide6.QtCore import QLocale


def in_locale(text: str) -> str:
    """A number Python formatted (``f"{x:,.2f}"``: ',' groups, '.' decimals) with the locale's
    separators: "1,120.5" stays so in English and reads "1.120,5" in Spanish."""
    locale = QLocale()
    decimal, group = locale.decimalPoint(), locale.groupSeparator()
    if decimal == "." and group in (",", ""):
        return text
    return text.translate({ord(","): group or "", ord("."): decimal})
