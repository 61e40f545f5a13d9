"""The sections of the standard industry classifications, by name, to recognise industry labels.

NACE Rev. 2 sections A to U in English (the UK's SIC 2007 sections are the same), German (WZ
2008 Wirtschaftsabschnitte) and Spanish (CNAE-2009 secciones). A label column whose labels are
these names holds industries, whatever role a mapping gave it: the import checks
(:mod:`desktop_app.io.plausibility`) use them to stop industries being stored as regions.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SECTION_NAMES", "fold_label", "is_section_name"]

#: Section letter -> its names (English, German, Spanish).
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "A": (
        "Agriculture, forestry and fishing",
        "Land- und Forstwirtschaft, Fischerei",
        "Agricultura, ganadería, silvicultura y pesca",
    ),
    "B": (
        "Mining and quarrying",
        "Bergbau und Gewinnung von Steinen und Erden",
        "Industrias extractivas",
    ),
    "C": ("Manufacturing", "Verarbeitendes Gewerbe", "Industria manufacturera"),
    "D": (
        "Electricity, gas, steam and air conditioning supply",
        "Energieversorgung",
        "Suministro de energía eléctrica, gas, vapor y aire acondicionado",
    ),
    "E": (
        "Water supply; sewerage, waste management and remediation activities",
        "Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von "
        "Umweltverschmutzungen",
        "Suministro de agua, actividades de saneamiento, gestión de residuos y descontaminación",
    ),
    "F": ("Construction", "Baugewerbe", "Construcción"),
    "G": (
        "Wholesale and retail trade; repair of motor vehicles and motorcycles",
        "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
        "Comercio al por mayor y al por menor; reparación de vehículos de motor y motocicletas",
    ),
    "H": ("Transportation and storage", "Verkehr und Lagerei", "Transporte y almacenamiento"),
    "I": ("Accommodation and food service activities", "Gastgewerbe", "Hostelería"),
    "J": (
        "Information and communication",
        "Information und Kommunikation",
        "Información y comunicaciones",
    ),
    "K": (
        "Financial and insurance activities",
        "Erbringung von Finanz- und Versicherungsdienstleistungen",
        "Actividades financieras y de seguros",
    ),
    "L": (
        "Real estate activities",
        "Grundstücks- und Wohnungswesen",
        "Actividades inmobiliarias",
    ),
    "M": (
        "Professional, scientific and technical activities",
        "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen",
        "Actividades profesionales, científicas y técnicas",
    ),
    "N": (
        "Administrative and support service activities",
        "Erbringung von sonstigen wirtschaftlichen Dienstleistungen",
        "Actividades administrativas y servicios auxiliares",
    ),
    "O": (
        "Public administration and defence; compulsory social security",
        "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
        "Administración Pública y defensa; Seguridad Social obligatoria",
    ),
    "P": ("Education", "Erziehung und Unterricht", "Educación"),
    "Q": (
        "Human health and social work activities",
        "Gesundheits- und Sozialwesen",
        "Actividades sanitarias y de servicios sociales",
    ),
    "R": (
        "Arts, entertainment and recreation",
        "Kunst, Unterhaltung und Erholung",
        "Actividades artísticas, recreativas y de entretenimiento",
    ),
    "S": (
        "Other service activities",
        "Erbringung von sonstigen Dienstleistungen",
        "Otros servicios",
    ),
    "T": (
        "Activities of households as employers",
        "Private Haushalte mit Hauspersonal",
        "Actividades de los hogares como empleadores de personal doméstico",
    ),
    "U": (
        "Activities of extraterritorial organisations and bodies",
        "Exterritoriale Organisationen und Körperschaften",
        "Actividades de organizaciones y organismos extraterritoriales",
    ),
}

#: A leading section or division code: 'C ', 'C10-C12 ', 'A01 ', '10 - '.
_LEADING_CODE = re.compile(
    r"^(?:[a-u](?:\d{1,2})?(?:\s*[-–]\s*[a-u]?\d{0,2})?|\d{1,2})\s*[-–:.]?\s+"
)


def fold_label(text: str) -> str:
    """A label for comparing: no accents, no case, punctuation as spaces, single spaces."""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


_FOLDED = [fold_label(name) for names in SECTION_NAMES.values() for name in names]
#: A shortened name still names the section when it keeps this many characters of it.
_MIN_PREFIX = 12


def is_section_name(label: str) -> bool:
    """Whether a label names a section of a standard classification (code in front or not).

    The full name, or a shortening of it of at least twelve characters ('Wasserversorgung;
    Abwasser- und Abfallentsorgung'), counts.
    """
    folded = fold_label(label)
    folded = _LEADING_CODE.sub("", folded, count=1) if " " in folded else folded
    if not folded:
        return False
    return any(
        folded == name or (len(folded) >= _MIN_PREFIX and name.startswith(folded))
        for name in _FOLDED
    )
