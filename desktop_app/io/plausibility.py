"""Mappings that would import wrong numbers that look right: found, explained, and refused.

A recipe can map every cell of a table and still be wrong: industry names stored as regions,
one year for values that belong to many quarters, one of twenty value columns read, all values
given to the region "TOTAL" while the title names the region, or values read as units under a
header that says "thousands". Each check here gives a :class:`Doubt` naming the cell that shows
it and the recipe field (or command-line option) that settles it. An import with a doubt the
user has not settled is refused; a user who knows better lists the doubt's code in the
recipe's ``accept`` field (``--accept CODE`` on the command line, "Import anyway" in the wizard).

The checks read the sheet, the table, the recipe and the records; :func:`label_doubts` also
takes the labels a project already holds (the services gather them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from desktop_app.io.cells import a1, column_letter
from desktop_app.io.periods import parse_period
from desktop_app.io.places import place_from_text
from desktop_app.io.recipes import PASS_ROWS, Recipe, Record, column_index, expand_columns
from desktop_app.io.standard_industries import fold_label, is_section_name
from desktop_app.io.table_detection import DetectedTable
from desktop_app.io.tidy import scale_word
from desktop_app.io.workbook import Grid
from desktop_app.texts import Text

__all__ = ["DOUBTS", "Doubt", "label_doubts", "open_doubts", "sheet_doubts"]

#: Every check's code and what it is about, in the order they are reported.
DOUBTS = {
    "region-labels-are-industries": "the region labels are industries",
    "industry-labels-are-regions": "the industry labels are regions",
    "headings-are-places": "the block headings are places but go to the measure",
    "title-year-with-periods": "one year for rows of periods",
    "value-columns-left-out": "most columns of numbers are not read",
    "total-region-with-title-place": 'every value in the region "TOTAL" while the title names one',
    "scale-word-not-applied": "values read as units while the sheet names a scale",
}


@dataclass(frozen=True)
class Doubt:
    """One reason to believe a mapping is wrong, and how to settle it.

    Attributes
    ----------
    code : str
        A key of :data:`DOUBTS`; listed in the recipe's ``accept`` it lets the import go on.
    place : str
        ``Sheet!A1`` of the cell that shows it.
    reason : str
        What looks wrong, with the texts that show it.
    settle : str
        The recipe field or option that settles it.
    """

    code: str
    place: str
    reason: str
    settle: str

    def __str__(self) -> str:
        return (
            f"{self.place}: {self.reason}. To settle: {self.settle}; or, if the mapping is "
            f'right, accept it ("accept": ["{self.code}"] in the recipe, --accept {self.code})'
        )

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "place": self.place,
            "reason": self.reason,
            "settle": self.settle,
        }


def open_doubts(doubts: Iterable[Doubt], recipe: Recipe) -> list[Doubt]:
    """The doubts the recipe does not accept."""
    accepted = set(recipe.accept)
    return [d for d in doubts if d.code not in accepted]


# --- the sheet's own evidence -------------------------------------------------------------
def sheet_doubts(
    grid: Grid, table: DetectedTable | None, recipe: Recipe, records: list[Record]
) -> list[Doubt]:
    """The doubts the sheet's layout shows (no project needed), accepted ones included.

    The labels are checked by :func:`label_doubts`, which also knows the project's.
    """
    if table is None:
        return []
    found = [
        _headings_are_places(grid, table, recipe),
        _title_year_with_periods(grid, table, recipe),
        _value_columns_left_out(grid, table, recipe),
        _total_region_with_title_place(grid, table, recipe),
        _scale_word_not_applied(grid, table, recipe),
    ]
    return [d for d in found if d is not None]


def label_doubts(
    sheet: str,
    recipe: Recipe,
    records: list[Record],
    project_regions: set[str],
    project_industries: set[str],
) -> list[Doubt]:
    """Region labels that are industries (the project's or a standard classification's
    sections), industry labels that are the project's regions.

    ``project_regions`` and ``project_industries`` hold the folded codes, names and aliases
    (:func:`~desktop_app.io.standard_industries.fold_label`).
    """
    found = [
        _labels_are_industries(sheet, recipe, records, project_industries),
        _industries_are_regions(sheet, records, project_regions),
    ]
    return [d for d in found if d is not None]


#: A check settles on a label column when at least this share of its distinct labels agree.
_MAJORITY = 0.5
#: ... and at least this many do.
_AT_LEAST = 2


def _labels_are_industries(sheet, recipe, records, project_industries) -> Doubt | None:
    labels = _distinct(records, 0)
    hits = [
        label
        for label in labels
        if len(label) > 2 and (fold_label(label) in project_industries or is_section_name(label))
    ]
    if len(hits) < max(_AT_LEAST, _MAJORITY * len(labels)):
        return None
    where = _where(sheet, records, 0, hits[0])
    column = _role_column(recipe, "region")
    return Doubt(
        "region-labels-are-industries",
        where,
        Text("{hits} of the {labels} region labels are industries ({examples}); they would be "
             "stored as regions", hits=len(hits), labels=len(labels), examples=_quote(hits)),
        Text('give {column} the role "industry" or "industry_name" (recipe "columns") and say '
             'where the region is (a region column, "section_role": "region" for block '
             'headings, or "fixed": {{"region": ...}})', column=column or Text("that column")),
    )


def _industries_are_regions(sheet, records, project_regions) -> Doubt | None:
    labels = _distinct(records, 1)
    hits = [label for label in labels if len(label) > 2 and fold_label(label) in project_regions]
    if len(hits) < max(_AT_LEAST, _MAJORITY * len(labels)):
        return None
    return Doubt(
        "industry-labels-are-regions",
        _where(sheet, records, 1, hits[0]),
        Text("{hits} of the {labels} industry labels are regions of the project ({examples}); "
             "they would be stored as industries", hits=len(hits), labels=len(labels),
             examples=_quote(hits)),
        Text('give that column the role "region" (recipe "columns", or "across": ["region"] '
             "for headers over the value columns) and say where the industry is"),
    )


#: Words that begin a place's name ('Stadt Göttingen', 'Landkreis Göttingen'); not 'Land', which
#: also begins 'Land- und Forstwirtschaft'.
_PLACE_WORDS = (
    "stadt",
    "landkreis",
    "kreis",
    "bundesland",
    "region",
    "gemeinde",
    "provincia",
    "departamento",
    "comunidad",
    "municipio",
    "county",
    "city of",
    "district",
)
_LIST_JOINS = ("und", "and", "y", "e", "")


def _headings_are_places(grid, table, recipe) -> Doubt | None:
    """Block headings read as the measure while the title lists them, or they name a place."""
    if recipe.section_role != "measure" or not table.section_rows:
        return None
    headings = {r: _row_text(grid.rows[r]) for r in table.section_rows}
    folded = {r: fold_label(h) for r, h in headings.items() if fold_label(h)}
    title = fold_label(" ".join(_row_text(grid.rows[r]) for r in table.title_rows))
    # 'Stadt Göttingen und Deutschland, 2008 bis 2017': headings listed together in the title
    in_title = [r for r, h in folded.items() if f" {h} " in f" {title} "]
    listed = {
        r
        for a in in_title
        for b in in_title
        if a != b
        and any(" ".join(filter(None, (folded[a], j, folded[b]))) in title for j in _LIST_JOINS)
        for r in (a, b)
    }
    named = [r for r, h in folded.items() if h.startswith(tuple(w + " " for w in _PLACE_WORDS))]
    places = sorted(set(listed)) or named
    if not places:
        return None
    r = places[0]
    return Doubt(
        "headings-are-places",
        f"{grid.sheet}!{a1(r, _first_filled(grid.rows[r]))}",
        Text("the block headings {headings} are places, but they would be read as part of the "
             "measure", headings=_quote([headings[q] for q in places])),
        Text('say that the block headings are regions: "section_role": "region" (in the '
             'wizard: "The block headings are: regions")'),
    )


def _title_year_with_periods(grid, table, recipe) -> Doubt | None:
    if "year" not in recipe.fixed:
        return None
    rows = range(table.first_data_row, table.last_data_row + 1)
    for c in table.label_cols:
        cells = [(r, grid.value(r, c)) for r in rows]
        periods = [(r, v) for r, v in cells if parse_period(v) is not None]
        if len({str(v) for _, v in periods}) >= _AT_LEAST:
            r, _ = periods[0]
            return Doubt(
                "title-year-with-periods",
                f"{grid.sheet}!{a1(r, c)}",
                Text('every value is given the year {year} (recipe "fixed"), but column '
                     "{column} holds periods ({examples}); the periods' values would be stored "
                     "as one year", year=recipe.fixed["year"], column=column_letter(c),
                     examples=_quote([str(v) for _, v in periods])),
                Text('give column {column} the role "period", say how a year is formed from its '
                     'periods ("periods": mean, sum, last, Q1..Q4 or M01..M12; --periods) and '
                     'remove "year" from "fixed"', column=column_letter(c)),
            )
    return None


#: Unread columns of numbers worth a word: more than this many, and more than are read.
_UNREAD_COLUMNS = 2


def _value_columns_left_out(grid, table, recipe) -> Doubt | None:
    named = {column_index(c) for c in recipe.columns}  # given a role, "ignore" included
    read = set(expand_columns(recipe.value_columns)) | {
        column_index(c) for c, role in recipe.columns.items() if role == "value"
    }
    unread = [c for c in table.value_cols if c not in read and c not in named]
    if len(unread) <= _UNREAD_COLUMNS or len(unread) <= len(read):
        return None
    headers = [table.header(c) or column_letter(c) for c in unread]
    top = table.header_rows[-1] if table.header_rows else table.first_data_row
    counts = {"read": len(read), "count": len(read) + len(unread), "unread": len(unread),
              "examples": _quote(headers)}
    return Doubt(
        "value-columns-left-out",
        f"{grid.sheet}!{a1(top, unread[0])}",
        (Text("{read} of the {count} columns of numbers is read; {unread} are left out "
              "({examples})", **counts) if len(read) == 1 else
         Text("{read} of the {count} columns of numbers are read; {unread} are left out "
              "({examples})", **counts)),
        Text('read them too (recipe "value_columns", with "across": ["measure"] when each '
             'names a measure) or give each the role "ignore" (recipe "columns")'),
    )


def _total_region_with_title_place(grid, table, recipe) -> Doubt | None:
    if str(recipe.fixed.get("region", "")) != "TOTAL":
        return None
    titles = [
        (f"{grid.sheet}!{a1(r, _first_filled(grid.rows[r]))}", Text("title"),
         _row_text(grid.rows[r]))
        for r in table.title_rows
    ]
    for where, what, text in [*titles, (grid.sheet, Text("sheet name"), grid.sheet)]:
        place = place_from_text(text)
        if place:
            return Doubt(
                "total-region-with-title-place",
                where,
                Text('every value would go to the region "TOTAL" (recipe "fixed"), but the '
                     '{what} "{text}" names the region "{place}"', what=what, text=text,
                     place=place),
                Text('set the region of all values: "fixed": {{"region": "{place}"}} (in the '
                     'wizard: "Region of all values")', place=place),
            )
    return None


def _scale_word_not_applied(grid, table, recipe) -> Doubt | None:
    """A title or header cell of the table names a scale the recipe does not apply."""
    if recipe.scale != "units":
        return None
    found = scale_word(grid, table)
    if found is None or found.scale == "units":
        return None
    return Doubt(
        "scale-word-not-applied",
        f"{grid.sheet}!{found.cell}",
        Text('the values would be read as units (recipe "scale"), but "{text}" names {scale}',
             text=found.text, scale=found.scale),
        Text('set "scale": "{scale}" (in the wizard: Scale)', scale=found.scale),
    )


# --- helpers -------------------------------------------------------------------------------
def _distinct(records: list[Record], index: int) -> list[str]:
    """The labels of one dimension, each once, in reading order (a slice at a time, so that
    an import in the background leaves the window its turns)."""
    seen: dict[str, None] = {}
    for start in range(0, len(records), PASS_ROWS):
        seen.update(dict.fromkeys(map(itemgetter(index), records[start : start + PASS_ROWS])))
    return list(seen)


def _where(sheet: str, records: list[Record], index: int, label: str) -> str:
    cell = next(r.cell for r in records if r[index] == label)
    return f"{sheet}!{cell}"


def _role_column(recipe: Recipe, role: str) -> str | None:
    cols = [c for c, r in recipe.columns.items() if r == role]
    return Text("column {column}", column=cols[0]) if cols else None


def _quote(texts: list[str], n: int = 3) -> str:
    shown = ", ".join(f'"{t}"' for t in texts[:n])
    return shown + (" …" if len(texts) > n else "")


def _row_text(row: list) -> str:
    return " ".join(str(v).strip() for v in row if str(v).strip())


def _first_filled(row: list) -> int:
    return next((c for c, v in enumerate(row) if v not in ("", None)), 0)
