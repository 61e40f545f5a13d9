"""The one place a whole sheet is about, read from its name or its title.

Offices that publish one sheet per region name the sheet '1. North East' and title it
'Region - North East' (or 'Región: Andalucía', 'Land Brandenburg'). The place is the text
after such a label or after a leading number; a sheet name that names no place ('Sheet1',
'Tabelle 3') gives none, so that no value is stored under a made-up region.
"""

from __future__ import annotations

import re

__all__ = ["place_from_sheet", "place_from_text", "place_from_title"]

_LABEL = re.compile(
    r"^\s*(?:region|regi[oó]n|region name|area|[aá]rea|geography|nuts\s*\d?|itl\s*\d?|land|"
    r"bundesland|kreis|landkreis|comunidad(?:\s+aut[oó]noma)?|provincia|departamento|"
    r"estado|state|county|district|distrito|municipio|gemeinde)\s*(?:[-:–—=]\s*|\s)(.+?)\s*$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.):\-–]?\s+(.+?)\s*$")
_NO_PLACE = re.compile(
    r"^(sheet|hoja|tabelle|table|tabla|cuadro|blatt|feuil|data|datos|daten|contents|"
    r"notes?|index|[ií]ndice|inhalt)\s*\d*$",
    re.IGNORECASE,
)


def place_from_text(text: str) -> str | None:
    """The place after a label ('Region - North East', 'Región: Andalucía', 'Land Hessen')
    or a leading number ('1. North East'); None when the text has neither."""
    text = " ".join(str(text).split())
    for form in (_LABEL, _NUMBERED):
        m = form.match(text)
        if m and m.group(1).strip(" -:–—"):
            return m.group(1).strip(" -:–—")
    return None


def place_from_sheet(name: str) -> str | None:
    """The place a sheet's name gives: after a label or number, else the name itself unless
    it is a generic one ('Sheet1', 'Tabelle 3', 'Contents')."""
    place = place_from_text(name)
    if place:
        return place
    name = " ".join(name.split())
    return None if not name or _NO_PLACE.match(name) or name.isdigit() else name


def place_from_title(rows: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The place a title row names after a label, and the cell it is in.

    ``rows`` are (cell, text) pairs of the title rows, top first; the first that gives a
    place wins.
    """
    for cell, text in rows:
        place = place_from_text(text)
        if place:
            return place, cell
    return None
