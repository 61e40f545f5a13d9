"""Propose a recipe for a detected table without asking: tidy tables and simple wide tables.

Column headers are matched against English, Spanish and German synonyms (región, provincia,
rama, año, valor, Jahr, Wert ...); a column named after a measure ("employment", "empleo",
"Beschäftigte") is the value column and names the measure; separate code and name columns
(industry_code, industry_name) are both kept. Wide tables put years, industries or regions
across the columns; stacked header rows (region over industry) map to several levels.

Layouts officials use: headings over stacked blocks that name places become the region; a
sheet whose title or name gives its place ('Region - North East', '1. North East') reads its
region from there; months or quarters down the rows or across are periods (the rule that
forms years from them is the user's to give); a row of codes under the names of the columns
gives each column its code; a scale word anywhere in the title or header sets the scale.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import NamedTuple

from desktop_app.io.cells import a1, column_letter, parse_year
from desktop_app.io.periods import parse_period
from desktop_app.io.places import place_from_sheet, place_from_text
from desktop_app.io.recipes import Recipe, describe_columns, expectations
from desktop_app.io.table_detection import DetectedTable, holds_periods, is_code
from desktop_app.io.workbook import Grid

__all__ = [
    "SYNONYMS",
    "ScaleWord",
    "auto_recipe",
    "explain_gaps",
    "missing_roles",
    "role_of_header",
    "scale_word",
]

#: Normalised header words that name a column's role, in EN / ES / DE.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "region": (
        "region",
        "area",
        "nuts",
        "itl",
        "lep",
        "state",
        "county",
        "district",
        "geography",
        "geo",
        "region name",
        "area name",
        "nuts area name",
        "city region name",
        "comunidad",
        "comunidad autonoma",
        "provincia",
        "departamento",
        "municipio",
        "estado",
        "distrito",
        "territorio",
        "land",
        "bundesland",
        "kreis",
        "landkreis",
        "gemeinde",
        "regierungsbezirk",
        "nuts1 area",
        "nuts2 name",
        "nuts3 name",
        "lep region",
    ),
    "industry": (
        "industry",
        "industry grouping",
        "industry group",
        "sector",
        "activity",
        "branch",
        "sic",
        "nace",
        "isic",
        "naics",
        "rama",
        "rama de actividad",
        "actividad",
        "sector economico",
        "ciiu",
        "cnae",
        "cae",
        "actividad economica",
        "wirtschaftsabschnitt",
        "wirtschaftsabschnitte",
        "wirtschaftszweige",
        "abschnitt",
        "division",
        "branche",
        "wirtschaftszweig",
        "wirtschaftsbereich",
        "wz",
    ),
    "year": (
        "year",
        "years",
        "period",
        "time",
        "ano",
        "anio",
        "periodo",
        "jahr",
        "zeit",
        "berichtsjahr",
    ),
    "value": (
        "value",
        "values",
        "obs value",
        "obs_value",
        "valor",
        "valores",
        "dato",
        "wert",
        "werte",
        "anzahl",
    ),
    "measure": (
        "measure",
        "indicator",
        "variable",
        "series",
        "direction of trade",
        "direction",
        "indicador",
        "medida",
        "serie",
        "merkmal",
        "kennzahl",
        "indikator",
    ),
    "unit": ("unit", "units", "unidad", "unidades", "einheit", "masseinheit"),
    "flag": (
        "flag",
        "flags",
        "status",
        "obs status",
        "marker",
        "nota",
        "estado dato",
        "kennzeichen",
    ),
}
#: Headers that name a measure; their column is the value column.
MEASURE_WORDS = (
    "employment",
    "employees",
    "jobs",
    "establishments",
    "firms",
    "enterprises",
    "gva",
    "output",
    "wages",
    "exports",
    "imports",
    "empleo",
    "ocupados",
    "empleados",
    "establecimientos",
    "empresas",
    "vab",
    "salarios",
    "exportaciones",
    "beschaftigte",
    "erwerbstatige",
    "betriebe",
    "unternehmen",
    "bruttowertschopfung",
    "umsatz",
    "lohne",
)
#: Lowest header texts that give a unit: the columns under them are measures.
_UNIT_HEADERS = {
    "no",
    "no.",
    "number",
    "%",
    "per cent",
    "percent",
    "pct",
    "n",
    "£",
    "€",
    "$",
    "index",
    "rate",
    "share",
    "nr",
    "anzahl",
    "numero",
    "porcentaje",
    "anteil",
}
_CODE_RE = re.compile(r"^[A-Z]{1,3}\d{2,9}$")
_YEAR_AT_END = re.compile(r"\b(19\d\d|20\d\d)\s*\)?\s*$")
_RANGE_AT_END = re.compile(r"(19|20)\d\d\s*(to|-|–|—|and|bis|a|al)\s*(19|20)\d\d\s*\)?\s*$", re.I)
_REGION_ROLES = {"region", "region_code", "region_name"}
_INDUSTRY_ROLES = {"industry", "industry_code", "industry_name"}
_CODE_WORDS = ("code", "codigo", "cod", "id", "kennziffer", "schlussel", "nr")
_NAME_WORDS = ("name", "nombre", "descripcion", "description", "bezeichnung", "label", "titel")


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = re.sub(r"[_\-/:.()]+", " ", t)
    t = re.sub(r"\b(nuts|itl|lep)\d\b", r"\1", t)  # NUTS2 -> nuts
    return " ".join(t.split())


def role_of_header(header: str) -> str | None:
    """The role a column header names ('región' -> 'region', 'industry_code' -> 'industry_code').

    Returns None when the header names no known role.
    """
    h = _fold(header)
    if not h:
        return None
    if any(w in ("level", "nivel", "ebene", "type", "tipo") for w in h.split()):
        return "ignore"
    words = h.split()
    suffix = None
    if len(words) > 1 and words[-1] in _CODE_WORDS or words[0] in _CODE_WORDS:
        suffix = "_code"
    elif len(words) > 1 and (words[-1] in _NAME_WORDS or words[0] in _NAME_WORDS):
        suffix = "_name"
    core = " ".join(w for w in words if w not in _CODE_WORDS and w not in _NAME_WORDS) or h
    for role, names in SYNONYMS.items():
        if (
            h in names
            or core in names
            or (core.split() and core.split()[0] in names and role in ("region", "industry"))
        ):
            if role in ("region", "industry") and suffix:
                return role + suffix
            if (
                role in ("region", "industry")
                and core.startswith(("nuts", "itl", "lep"))
                and len(words) == 1
            ):
                return role + "_code"
            return role
    if any(w in MEASURE_WORDS for w in words):
        return "value"
    return None


def auto_recipe(
    grid: Grid, table: DetectedTable, measure: str = "", places: Collection[str] = ()
) -> Recipe:
    """A recipe for a detected table, from its headers and orientation.

    Parameters
    ----------
    grid : Grid
    table : DetectedTable
    measure : str, optional
        The measure name when the file does not say it (``--measure``).
    places : collection of str, optional
        The project's regions (codes and names): block headings among them are regions.

    Returns
    -------
    Recipe
        Possibly incomplete (e.g. no industry) — :func:`missing_roles` tells what the wizard
        must still ask.
    """
    columns: dict[str, str] = {}
    value_cols = list(table.value_cols)
    fixed: dict[str, str | int] = {}
    across: list[str] = []
    label_roles: dict[int, str] = {}
    rows = grid.rows[table.first_data_row : table.last_data_row + 1]
    for c in table.label_cols:
        role = role_of_header(table.header(c))
        if c == table.year_label_col or holds_periods(rows, 0, len(rows) - 1, c):
            role = "year"  # years, or months and quarters to form years from
        label_roles[c] = role or ""
    _year_beside_periods(grid, table, label_roles)
    # a mostly empty column of markers under a 'flag' or 'unit' header holds labels
    for c in list(table.value_cols):
        role = role_of_header(table.header(c))
        if role in ("flag", "unit"):
            label_roles[c] = role
            value_cols.remove(c)
    # tidy: a header names the value column, or a single value column under a year
    named_value = [c for c in value_cols if role_of_header(table.header(c)) == "value"]
    if table.code_row is not None:
        named_value = []  # codes with names over the value columns: categories across
    measure_name = measure
    period_cols = [c for c in value_cols if parse_period(table.header(c).split(" / ")[-1])]
    if len(period_cols) >= 2 and len(period_cols) >= 0.8 * len(value_cols):
        # months or quarters across the columns: a rule forms years from them (a column for
        # a whole year among them is read and reported, not passed over)
        across = ["year"]
    elif len(table.year_cols) >= 2 and len(table.year_cols) >= len(named_value):
        # years across the columns, even when each year says what it counts ('2002 / jobs')
        value_cols = sorted(table.year_cols)
        across = ["year"]
        words = {_fold(table.header(c).split(" / ")[-1]) for c in value_cols} - {""}
        words = {w for w in words if not w.isdigit()}
        if not measure_name and len(words) == 1 and not words <= _UNIT_HEADERS:
            measure_name = table.header(value_cols[0]).split(" / ")[-1]
    elif named_value:
        vc = named_value[0]
        others, value_cols = value_cols, [vc]
        if not measure_name and _fold(table.header(vc)) not in SYNONYMS["value"]:
            measure_name = table.header(vc)
        for c in others:
            if c != vc and role_of_header(table.header(c)) == "year":
                label_roles[c] = "year"
    elif len(value_cols) == 1 and table.year_cols:
        fixed["year"] = next(iter(table.year_cols.values()))
    else:
        across = _across_levels(table, label_roles)
    _code_beside_name(grid, table, label_roles)
    section_role = _section_role(grid, table, places, set(label_roles.values()))
    region_from = None
    if not set(label_roles.values()) & _REGION_ROLES and "region" not in across:
        if section_role != "region":
            region_from = _region_source(grid, table)
    # unnamed label columns: first free dimension gets region, then measure; a column under
    # the same (merged) header as the one before it shares its role ('UGEL' | 'Bagua')
    used = set(label_roles.values())
    if section_role == "region" or region_from:
        used.add("region")
    if section_role == "industry":
        used.add("industry")
    previous: int | None = None
    for c in table.label_cols:
        if label_roles[c]:
            previous = c
            continue
        if (
            previous is not None
            and table.header(c)
            and table.header(c) == table.header(previous)
            and label_roles[previous] in ("region", "industry", "measure")
        ):
            label_roles[c] = label_roles[previous]
        elif (
            previous is not None
            and previous + 1 == c
            and label_roles[previous] in ("region", "industry")
            and _holds_codes(grid, table, previous)
        ):
            # 'E37000001' | 'Black Country': a code column and the names beside it
            kind = label_roles[previous]
            label_roles[previous], label_roles[c] = f"{kind}_code", f"{kind}_name"
        elif not used & _REGION_ROLES and "region" not in across:
            label_roles[c] = "region"
        elif not used & _INDUSTRY_ROLES and "industry" not in across:
            label_roles[c] = "industry"
        else:
            label_roles[c] = "measure"
        used.add(label_roles[c])
        previous = c
    for c, role in label_roles.items():
        columns[column_letter(c)] = role
    if "year" not in used and "year" not in across and "year" not in fixed:
        year = _title_year(grid, table)
        if year is not None:
            fixed["year"] = year
    found_scale = scale_word(grid, table)
    scale = found_scale.scale if found_scale else "units"
    have = {r.split("_")[0] for r in columns.values()} | set(across)
    if section_role in ("region", "industry"):
        have.add(section_role)
    if region_from:
        have.add("region")
    for dim in ("region", "industry"):
        if dim not in have:
            fixed[dim] = "TOTAL"  # the table does not break the values down by this dimension
    hdr = [r + 1 for r in table.header_rows]
    if not measure_name and "measure" not in used and not section_role:
        measure_name = table.title or table.sheet
    elif not measure_name and section_role:
        measure_name = table.title or ""
    labels = {
        "region",
        "region_code",
        "region_name",
        "industry",
        "industry_code",
        "industry_name",
        "year",
        "measure",
    }
    recipe = Recipe(
        name="",
        sheet=table.sheet,
        header_rows=hdr,
        first_data_row=table.first_data_row + 1,
        last_data_row=table.last_data_row + 1,
        columns=columns,
        value_columns=describe_columns(value_cols),
        across=across,
        fixed=fixed,
        measure=measure_name,
        unit=table.unit or "",
        scale=scale,
        fill_down=[column_letter(c) for c in table.fill_down_cols if label_roles.get(c) in labels],
        section_role=section_role,
        expect=expectations(
            grid, table.header_rows, list(range(table.first_col, table.last_col + 1))
        ),
        region_from=region_from,
        code_row=table.code_row + 1 if table.code_row is not None and across else None,
    )
    return recipe


def _year_beside_periods(grid: Grid, table: DetectedTable, label_roles: dict[int, str]) -> None:
    """Months that name no year ('Jan', 'Feb' ...) beside a column whose filled cells are
    mostly years (given on each year's first row): that column gives their year."""
    periods = [c for c, role in label_roles.items() if role == "year"]
    if not periods or table.year_label_col is not None:
        return
    rows = range(table.first_data_row, table.last_data_row + 1)
    if any(
        parse_period(grid.value(r, periods[0]))
        and parse_period(grid.value(r, periods[0])).year is not None
        for r in rows
    ):
        return
    for c in table.label_cols:
        filled = [grid.value(r, c) for r in rows if grid.value(r, c) not in ("", None)]
        years = sum(1 for v in filled if parse_year(v, 1900, 2100) is not None)
        if c not in periods and filled and years >= max(2, 0.5 * len(filled)):
            label_roles[c] = "year"
            return


def _code_beside_name(grid: Grid, table: DetectedTable, label_roles: dict[int, str]) -> None:
    """Two columns side by side for the same dimension, the first of codes ('WZ 2008' |
    'Wirtschaftsabschnitt'), are its code and its name (the name is kept as an alias)."""
    cols = table.label_cols
    for left, right in zip(cols, cols[1:], strict=False):
        kind = label_roles[left]
        if (
            right == left + 1
            and kind in ("region", "industry")
            and label_roles[right]
            in (
                kind,
                "",
            )
        ):
            if _holds_codes(grid, table, left):
                label_roles[left], label_roles[right] = f"{kind}_code", f"{kind}_name"


def _section_role(
    grid: Grid, table: DetectedTable, places: Collection[str], taken: set[str]
) -> str | None:
    """What the headings over stacked blocks name: 'region' when every heading is a place
    the title lists ('Stadt Göttingen und Deutschland, 2008 bis 2017') or one the project
    knows; 'industry' when every heading starts with a classification code ('C Verarbeitendes
    Gewerbe') and no column holds industries; else 'measure' ('Lectura', 'Matemática'); None
    without such headings."""
    if not (table.repeated_header_rows and table.section_rows):
        return None
    headings = [
        " ".join(str(v).strip() for v in grid.rows[r] if str(v).strip()) for r in table.section_rows
    ]
    title = _fold(
        " ".join(" ".join(str(v) for v in grid.rows[r] if str(v).strip()) for r in table.title_rows)
    )
    known = {_fold(p) for p in places}
    if headings and all(
        _fold(h) in known or re.search(rf"(^|\W){re.escape(_fold(h))}(\W|$)", title)
        for h in headings
    ):
        return "region"
    if (
        headings
        and not taken & _INDUSTRY_ROLES
        and all(len(h.split()) > 1 and is_code(h.split()[0]) for h in headings)
    ):
        return "industry"
    return "measure"


def _region_source(grid: Grid, table: DetectedTable) -> str | None:
    """'title' when a title row names a place after a label ('Region - North East'), 'sheet'
    when the sheet's name does after a number or label ('1. North East'), else None."""
    for r in table.title_rows:
        if place_from_text(" ".join(str(v) for v in grid.rows[r] if str(v).strip())):
            return "title"
    if place_from_text(table.sheet) and place_from_sheet(table.sheet):
        return "sheet"
    return None


class ScaleWord(NamedTuple):
    """A scale read from a word in the title or header, and the cell that holds it."""

    scale: str
    cell: str
    text: str


_SCALE_WORDS = (
    (re.compile(r"\bbillions?\b|\bmrd\b|\bmilliarden\b|£\s?bn\b", re.I), "billions"),
    (
        re.compile(r"\bmillions?\b|\bmillones\b|\bmio\b|\bmillionen\b|£\s?m\b", re.I),
        "millions",
    ),
    (
        re.compile(
            r"\bthousands?\b|\(\s*0{3}s?\s*\)|'000s?\b|\btausend\b|\btsd\b|"
            r"\ben miles\b|\(miles\)|\bmiles de\b",
            re.I,
        ),
        "thousands",
    ),
)


def scale_word(grid: Grid, table: DetectedTable) -> ScaleWord | None:
    """The scale a word in the title rows or header cells gives ('thousands', '(000s)',
    'Tausend', 'miles', '£ millions'), nearest the data first, with its cell."""
    rows = [*reversed(table.header_rows), *reversed(table.title_rows)]
    for r in rows:
        for c, v in enumerate(grid.rows[r]):
            if not isinstance(v, str) or not v.strip():
                continue
            for pattern, scale in _SCALE_WORDS:
                if pattern.search(v):
                    return ScaleWord(scale, a1(r, c), " ".join(v.split()))
    return None


def _across_levels(table: DetectedTable, label_roles: dict[int, str]) -> list[str]:
    """Roles of the stacked header rows over the value columns (upper level first)."""
    coded = 1 if table.code_row is not None else 0  # codes with their names: one level
    parts = max((len(table.header(c).split(" / ")) - coded for c in table.value_cols), default=1)
    taken = set(label_roles.values())
    lowest = {_fold(table.header(c).split(" / ")[-1]) for c in table.value_cols}
    if lowest and lowest <= _UNIT_HEADERS:
        # the lowest header gives units ('no.', '%'): every level names what was measured
        return ["measure"] * parts
    if table.year_label_col is not None and any(
        not role for c, role in label_roles.items() if c != table.year_label_col
    ):
        # years down the rows with names beside them: the rows are places (or industries) by
        # year, so the column headings name what was measured
        return ["measure"] * parts
    if parts >= 2:
        if taken & _REGION_ROLES:
            return ["industry", "measure"]
        return ["region", "industry"]
    if taken & _INDUSTRY_ROLES:
        return ["region"]
    return ["industry"]


def _holds_codes(grid: Grid, table: DetectedTable, col: int) -> bool:
    """Whether most filled cells of a label column are codes such as 'E37000001' or 'UKC1'."""
    skipped = {*table.subtotal_rows, *table.section_rows, *table.repeated_header_rows}
    values = [
        str(grid.value(r, col)).strip()
        for r in range(table.first_data_row, table.last_data_row + 1)
        if grid.value(r, col) not in ("", None) and r not in skipped
    ]
    codes = sum(1 for v in values if _CODE_RE.match(v) or is_code(v))
    return bool(values) and codes >= 0.8 * len(values)


def _title_year(grid: Grid, table: DetectedTable) -> int | None:
    """A year ending one of the title rows ('... Postal Survey, 2017'), nearest first."""
    for r in reversed(table.title_rows):
        text = " ".join(str(v).strip() for v in grid.rows[r] if str(v).strip())
        m = _YEAR_AT_END.search(text)
        if m and not _RANGE_AT_END.search(text):  # '2002 to 2021' is a span, not the year
            return int(m.group(1))
    return None


def missing_roles(recipe: Recipe) -> list[str]:
    """Dimensions the recipe does not yet say where to find (region, industry, year)."""
    have = (
        {r.split("_")[0] for r in recipe.columns.values()} | set(recipe.across) | set(recipe.fixed)
    )
    if recipe.region_from:
        have.add("region")
    if recipe.section_role:
        have.add(recipe.section_role)
    return [d for d in ("region", "industry", "year") if d not in have]


_MONTHS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "ene",
    "abr",
    "ago",
    "dic",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januar",
    "februar",
    "marz",
    "mai",
    "juni",
    "juli",
    "okt",
    "dez",
    "oktober",
    "dezember",
}
_QUARTER = re.compile(r"^(\d{4}\s*[-/ ]?\s*q[1-4]|q[1-4]\s*[-/ ]?\s*\d{4})$", re.IGNORECASE)


def explain_gaps(grid: Grid, table: DetectedTable, gaps: list[str]) -> str:
    """Why a table cannot be mapped without help, naming the cells that show it.

    Parameters
    ----------
    grid : Grid
    table : DetectedTable
    gaps : list of str
        What :func:`missing_roles` found missing.

    Returns
    -------
    str
        E.g. ``"Table 1!B7: the rows are months ('Jan', 'Feb' ...); the project keeps one
        value per year"``.
    """
    place = f"{grid.sheet}!{table.range}"
    if "year" not in gaps:
        return f"{place}: cannot tell the {', '.join(gaps)}"
    rows = range(table.first_data_row, table.last_data_row + 1)
    for c in table.label_cols:
        filled = [(r, str(grid.value(r, c)).strip()) for r in rows if grid.value(r, c) != ""]
        months = [(r, v) for r, v in filled if _fold(v).rstrip(".") in _MONTHS]
        if len({_fold(v) for _, v in months}) >= 6:
            r, v = months[0]
            return (
                f"{grid.sheet}!{column_letter(c)}{r + 1}: the rows are months ('{v}' ...), "
                "monthly figures; the project keeps one value per year, so add them up or "
                "average them to years first"
            )
        quarters = [(r, v) for r, v in filled if _QUARTER.match(v)]
        if len(quarters) >= 4:
            r, v = quarters[0]
            return (
                f"{grid.sheet}!{column_letter(c)}{r + 1}: the rows are quarters ('{v}' ...), "
                "quarterly figures; the project keeps one value per year, so add them up or "
                "average them to years first"
            )
    headers = [table.header(c) for c in range(table.first_col, table.last_col + 1)]
    shown = ", ".join(f"'{h}'" for h in headers if h)[:160] or "none"
    where = (
        f"header row(s) {', '.join(str(r + 1) for r in table.header_rows)}"
        if table.header_rows
        else "no header row"
    )
    others = [g for g in gaps if g != "year"]
    return (
        f"{place}: no year: no column of years, no years over the value columns ({where}: "
        f"{shown}) and no year at the end of a title row"
        + (f"; nor the {' or '.join(others)}" if others else "")
    )
