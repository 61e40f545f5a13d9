"""Import recipes: the saved mapping from one office's workbook layout to observations.

A recipe says which sheet, which header and data rows, what each label column holds (region,
industry, year, measure ...), what the value columns' headers hold (years, industries,
regions, or several of these in stacked header rows), and the measure, unit and scale. It is
stored as JSON (format documented in docs/recipes.md, versioned by ``version``) and records
the header texts it was made from, so that applying it to a file whose layout changed reports
what no longer matches instead of importing wrong numbers. Version 2 adds the region taken
from the sheet's name or title (``region_from``), periods below a year (``periods``,
``incomplete_years``) and a header row of codes under the names (``code_row``); version 1
recipes are read as they are.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import operator
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from desktop_app.errors import UserError
from desktop_app.io.accounting import CellAccount, CellCounts
from desktop_app.io.cells import (
    MARKERS,
    NO_CODE,
    ParsedCell,
    a1,
    cell_index,
    column_letter,
    letters_index,
    parse_value,
    parse_year,
)
from desktop_app.io.periods import (
    INCOMPLETE_CHOICES,
    PERIOD_RULES,
    Period,
    as_quarters,
    combine,
    parse_period,
    rule_fits,
)
from desktop_app.io.places import place_from_sheet, place_from_title
from desktop_app.io.table_detection import DetectedTable, header_labels
from desktop_app.io.workbook import Grid, Problem
from desktop_app.pacing import pause_point
from desktop_app.texts import Text

__all__ = [
    "COLUMN_ROLES",
    "RECIPE_VERSION",
    "Extraction",
    "PeriodRuleNeeded",
    "Record",
    "Recipe",
    "RecipeError",
    "apply_recipe",
    "column_index",
    "describe_columns",
    "expand_columns",
    "layout_mismatches",
    "periods_without_rule",
]

RECIPE_VERSION = 2
#: What a label column may hold.
COLUMN_ROLES = (
    "region",
    "region_code",
    "region_name",
    "industry",
    "industry_code",
    "industry_name",
    "year",
    "period",
    "measure",
    "unit",
    "flag",
    "value",
    "ignore",
)
#: What the headers over value columns may hold (one entry per header level).
ACROSS_ROLES = ("year", "region", "industry", "measure")
#: What the headings over stacked blocks may name.
SECTION_ROLES = ("region", "industry", "measure", "unit")
SCALES = {"units": 1.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
#: Where the one region of all values may be read.
REGION_SOURCES = ("sheet", "title")
#: Rows that one C-level pass (a ``map`` or ``set`` over a column) takes at a time. Such a pass
#: keeps the interpreter until it ends; on 200,000 rows that is long enough to stall the window
#: while an import runs in the background, so large passes go a slice at a time.
PASS_ROWS = 20_000


class RecipeError(UserError):
    """A recipe file that cannot be used (wrong format, newer version, unknown role)."""


class PeriodRuleNeeded(UserError):
    """The labels are months or quarters and nothing says how a year is formed from them."""


def column_index(letters: str) -> int:
    """0-based index of column letters ('A' -> 0, 'AB' -> 27)."""
    index = letters_index(letters.strip())
    if index is None:
        raise RecipeError(Text(
            "{letters} is not a column (use letters such as 'C')",
            letters=f"{letters!r}",
        ))
    return index


@dataclass
class Recipe:
    """How to read one table; see docs/recipes.md for every field.

    Row numbers are 1-based as the user sees them; columns are letters.
    """

    name: str = ""
    sheet: str = ""
    header_rows: list[int] = field(default_factory=list)
    first_data_row: int = 1
    last_data_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)
    value_columns: list[str] = field(default_factory=list)
    across: list[str] = field(default_factory=list)
    fixed: dict[str, str | int] = field(default_factory=dict)
    measure: str = ""
    unit: str = ""
    scale: str = "units"
    decimal: str | None = None
    fill_down: list[str] = field(default_factory=list)
    skip_rows: list[int] = field(default_factory=list)
    section_role: str | None = None
    expect: dict[str, str] = field(default_factory=dict)
    region_from: str | None = None
    periods: str | None = None
    incomplete_years: str = "flag"
    code_row: int | None = None
    accept: list[str] = field(default_factory=list)
    version: int = RECIPE_VERSION

    def to_json(self) -> str:
        data = {"format": "anticipa-recipe", **asdict(self), "version": RECIPE_VERSION}
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Recipe:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecipeError(
                Text(
                    "not a recipe: invalid JSON at line {lineno} ({msg})",
                    lineno=exc.lineno,
                    msg=exc.msg,
                )
            ) from exc
        if not isinstance(data, dict) or data.pop("format", None) != "anticipa-recipe":
            raise RecipeError(Text('not a recipe: the "format" field must be "anticipa-recipe"'))
        version = data.get("version", 0)
        if not isinstance(version, int) or version > RECIPE_VERSION:
            raise RecipeError(
                Text(
                    "recipe version {version} is newer than this program reads ({recipe_version})",
                    version=version,
                    recipe_version=RECIPE_VERSION,
                )
            )
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise RecipeError(Text(
                "unknown recipe field(s): {names}",
                names=', '.join(sorted(unknown)),
            ))
        recipe = cls(**data)
        recipe.validate()
        return recipe

    @classmethod
    def load(cls, path: str | Path) -> Recipe:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    def validate(self) -> None:
        for col, role in self.columns.items():
            column_index(col)
            if role not in COLUMN_ROLES:
                raise RecipeError(
                    Text(
                        "column {col}: unknown role {role} (one of {names})",
                        col=col,
                        role=f"{role!r}",
                        names=', '.join(COLUMN_ROLES),
                    )
                )
        for role in self.across:
            if role not in ACROSS_ROLES:
                raise RecipeError(
                    Text(
                        "unknown 'across' role {role} (one of {names})",
                        role=f"{role!r}",
                        names=', '.join(ACROSS_ROLES),
                    )
                )
        if self.scale not in SCALES:
            raise RecipeError(Text(
                "scale must be one of {names}, not {scale}",
                names=', '.join(SCALES),
                scale=f"{self.scale!r}",
            ))
        if self.decimal not in (None, ".", ","):
            raise RecipeError(Text("decimal must be null, '.' or ','"))
        if self.region_from not in (None, *REGION_SOURCES):
            raise RecipeError(
                Text(
                    "region_from must be null, 'sheet' or 'title', not {region_from}",
                    region_from=f"{self.region_from!r}",
                )
            )
        if self.periods not in (None, *PERIOD_RULES):
            raise RecipeError(
                Text(
                    "periods must be null or one of mean, sum, last, Q1..Q4, M01..M12, not "
                    "{periods}",
                    periods=f"{self.periods!r}",
                )
            )
        if self.incomplete_years not in INCOMPLETE_CHOICES:
            raise RecipeError(Text("incomplete_years must be 'flag' or 'drop'"))
        if self.code_row is not None and self.code_row not in self.header_rows:
            raise RecipeError(Text(
                "code_row {code_row} is not one of the header rows",
                code_row=self.code_row,
            ))
        if self.section_role not in (None, *SECTION_ROLES):
            raise RecipeError(
                Text(
                    "section_role must be null or one of {names}, not {section_role}",
                    names=', '.join(SECTION_ROLES),
                    section_role=f"{self.section_role!r}",
                )
            )
        from desktop_app.io.plausibility import DOUBTS

        unknown = [code for code in self.accept if code not in DOUBTS]
        if unknown:
            raise RecipeError(
                Text(
                    "accept: unknown check(s) {names} (one of {names2})",
                    names=', '.join(map(repr, unknown)),
                    names2=', '.join(DOUBTS),
                )
            )


class Record(NamedTuple):
    """One observation read from a cell, before labels are matched to the project.

    A named tuple: a sheet of 200,000 values makes 200,000 of them.
    """

    region: str
    industry: str
    measure: str
    year: int
    value: float | None
    flag: str | None
    cell: str  # A1 reference of the value cell
    note: str | None = None
    region_name: str = ""  # the name beside a code column, kept as an alias
    industry_name: str = ""


@dataclass
class Extraction:
    """Records read with a recipe, the problems met, and layout mismatches (if any).

    ``cells`` counts the sheet's non-empty cells: read = used + explained; every explained
    cell is named in ``problems`` (one by one or as a range) with its reason.
    """

    sheet: str
    records: list[Record]
    problems: list[Problem]
    rows_read: int = 0
    mismatches: list[Problem] = field(default_factory=list)
    #: For a value formed from several period cells (a year's mean of its quarters), the
    #: cells it came from, under the range its record names as its cell ('B7:B10').
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def cells_of(self, record: Record) -> tuple[str, ...]:
        """The cells a record's value was read from: its own, or the periods it was formed of."""
        return self.sources.get(record.cell, (record.cell,))

    cells: CellCounts | None = None


def layout_mismatches(grid: Grid, recipe: Recipe) -> list[Problem]:
    """Header cells that no longer say what the recipe was made from."""
    out = []
    for ref, expected in recipe.expect.items():
        at = cell_index(ref.strip())
        if at is None:
            raise RecipeError(Text(
                "expect: {ref} is not a cell (use references such as 'B4')",
                ref=f"{ref!r}",
            ))
        row, col = at
        found = _norm(grid.value(row, col))
        if found != _norm(expected):
            out.append(
                Problem(
                    grid.file, grid.sheet, ref,
                    Text('expected "{expected}", found "{found}"', expected=expected, found=found),
                    "error",
                )
            )
    return out


def _norm(v: object) -> str:
    y = parse_year(v)
    return str(y) if y is not None else " ".join(str(v or "").split())


def expectations(grid: Grid, header_rows: list[int], cols: list[int]) -> dict[str, str]:
    """The header texts a recipe remembers (0-based rows and columns in, A1 keys out)."""
    out = {}
    for r in header_rows:
        for c in cols:
            text = _norm(grid.value(r, c))
            if text:
                out[a1(r, c)] = text
    return out


def apply_recipe(grid: Grid, recipe: Recipe, table: DetectedTable | None = None) -> Extraction:
    """Turn a sheet's cells into records with a recipe.

    Parameters
    ----------
    grid : Grid
    recipe : Recipe
    table : DetectedTable, optional
        When given, its subtotal, blank, section and repeated header rows are skipped with a
        note, and its last data row is used when the recipe leaves ``last_data_row`` open.

    Returns
    -------
    Extraction
        With ``mismatches`` set (and no records) when the layout no longer matches.

    Notes
    -----
    Several label columns with the same role are joined: ``measure`` columns with ' / ',
    ``region`` or ``industry`` columns with a space (a level column 'UGEL' beside a name
    column 'Bagua' gives the region 'UGEL Bagua'). A code that can never be a code ('N/A', '..',
    '-', ':') leaves the name beside it to stand for the place; letters such as 'C' or 'P' are
    codes there, not markers (markers are read only in value cells). A ``flag`` column's
    markers flag the row's values. Labels are read column by column (one pass per label column, each distinct text
    normalised once), so the per-value work is a few lookups.

    Months or quarters in the year column (or over the value columns) are formed into years
    by the recipe's ``periods`` rule; without one, :class:`PeriodRuleNeeded` is raised.
    """
    recipe.validate()
    mismatches = layout_mismatches(grid, recipe)
    if recipe.region_from and not mismatches:
        recipe, mismatches = _region_of_sheet(grid, recipe)
    if mismatches:
        account = CellAccount(grid)
        account.explain_rows(slice(None), "not imported: the layout no longer matches the recipe")
        counts = account.close(0)
        return Extraction(grid.sheet, [], account.listing(), 0, mismatches, cells=counts)
    problems: list[Problem] = []
    file, sheet = grid.file, grid.sheet
    label_cols = {column_index(c): role for c, role in recipe.columns.items() if role != "ignore"}
    value_cols = expand_columns(recipe.value_columns)
    if "value" in label_cols.values():
        value_cols = [c for c, role in label_cols.items() if role == "value"]
    label_cols = {c: role for c, role in label_cols.items() if role != "value"}
    chosen, sections, left_out = _chosen_rows(grid, recipe, table)
    if chosen and chosen[-1] - chosen[0] + 1 == len(chosen):
        rows = grid.rows[chosen[0] : chosen[-1] + 1]
    else:
        rows = list(map(grid.rows.__getitem__, chosen))
    n = len(rows)
    # labels, one list per dimension, one entry per chosen row
    labels: dict[str, list[str]] = {}
    years: list[int | None] | None = None
    flags: list[str | None] | None = None
    texts = _Computed(_label)  # each distinct label once
    period_column: tuple[int, list, list[Period | None]] | None = None
    for c, role in label_cols.items():
        pause_point()
        if role == "unit" and recipe.section_role != "unit":
            continue  # a unit column's texts label no observation
        column = _column(rows, c)
        if column_letter(c) in recipe.fill_down:
            carried: object = ""
            for i, v in enumerate(column):
                if v == "" or v is None:
                    column[i] = carried
                else:
                    carried = v
        if role in ("year", "period"):
            found_periods = _period_labels(column)
            if found_periods is not None:
                period_column = (c, column, found_periods)
                continue
            if role == "period":
                raise RecipeError(
                    Text(
                        "{sheet}!{column_letter}: the column given the role 'period' holds no "
                        "months or quarters",
                        sheet=sheet,
                        column_letter=column_letter(c),
                    )
                )
        if role == "year":
            found = _Computed(parse_year)
            years = list(map(found.__getitem__, column))
            if None in found.values():
                problems.extend(
                    Problem(
                        file,
                        sheet,
                        a1(chosen[i], c),
                        Text('"{text}" is not a year; row skipped', text=column[i]),
                        "error",
                    )
                    for i, y in enumerate(years)
                    if y is None
                )
            continue
        col_texts = list(map(texts.__getitem__, column))
        if role == "flag":
            flags = list(map(_Computed(_flag_of).__getitem__, col_texts))
            continue
        key = role.split("_")[0] if role.startswith(("region", "industry")) else role
        if role.endswith("_code"):
            no_code = {t for t in set(col_texts) if t.casefold() in NO_CODE}
            if no_code:
                col_texts = ["" if t in no_code else t for t in col_texts]
        if role.endswith("_name"):
            labels[role] = col_texts
        previous = labels.get(key)
        if previous is None:
            labels[key] = col_texts
        elif role.endswith("_name"):
            if "" in previous:  # a code column's gaps filled by the name beside it
                labels[key] = [p or t for p, t in zip(previous, col_texts, strict=True)]
        elif role in ("region", "industry"):
            labels[key] = [_join_place(p, t) for p, t in zip(previous, col_texts, strict=True)]
        elif role == "measure":
            labels[key] = [
                f"{p} / {t}" if p and t else (t or p)
                for p, t in zip(previous, col_texts, strict=True)
            ]
        else:
            labels[key] = [t or p for p, t in zip(previous, col_texts, strict=True)]
    if recipe.section_role and recipe.section_role not in labels and any(sections):
        labels[recipe.section_role] = sections
    across = _across_dims(grid, recipe, value_cols)
    period_of: dict[object, Period] = {}  # row number or column letter -> its period
    if period_column is not None:
        years = _period_years(grid, recipe, chosen, period_column, years, period_of, problems)
    elif across[2]:
        c = next(iter(across[2]))
        row = recipe.header_rows[-1] - 1
        _check_rule(
            grid, recipe, list(across[2].values()), a1(row, c), grid.value(row, c), "columns"
        )
        period_of = {column_letter(c): p for c, p in across[2].items()}
    records, made = _records(
        grid, recipe, chosen, rows, labels, years, flags, value_cols, problems, across
    )
    sources: dict[str, tuple[str, ...]] = {}
    if period_of:
        records, sources = _form_years(records, period_of, recipe, problems, file, sheet)
    records, dropped = _drop_ambiguous(records, problems, file, sheet)
    extraction = Extraction(sheet, records, problems, n, sources=sources)
    account = CellAccount(grid)
    at = np.asarray(chosen, dtype=np.intp)
    if period_of:  # a value may come from several cells, and a cell may be left out of a year
        made = _cells_made(extraction, at, value_cols)
        dropped = []
    _account_cells(account, recipe, at, left_out, label_cols, value_cols, made)
    for cell, reason in dropped:
        account.unuse(*cell_index(cell), reason)
    account.explain_problems(problems)
    if period_of:
        account.explain(at, value_cols, "a period not taken into a year (see the notes above)")
    _account_left_out(account, recipe, table, at, left_out, label_cols, value_cols, years)
    extraction.cells = account.close(sum(len(extraction.cells_of(r)) for r in records))
    problems.extend(account.listing())
    return extraction


#: Labels looked at to tell whether a recipe's year labels are periods.
_PERIOD_SAMPLE = 200


def periods_without_rule(grid: Grid, recipe: Recipe) -> str | None:
    """What still has to be said when the year labels are months or quarters and the recipe
    has no ``periods`` rule ('the rows are quarters ('1994 Q1' ...)'); None otherwise.

    Looks at the first rows only, so that a page can ask it whenever the recipe changes.
    """
    if recipe.periods is not None:
        return None
    first = recipe.first_data_row - 1
    rows = grid.rows[first : first + _PERIOD_SAMPLE]
    for letter, role in recipe.columns.items():
        if role in ("year", "period"):
            column = _column(rows, column_index(letter))
            found = _period_labels(column)
            if found is not None:
                i = next(i for i, p in enumerate(found) if p is not None)
                kind = _PERIOD_NAMES[as_quarters([p for p in found if p])[0].per_year]
                cell = a1(first + i, column_index(letter))
                return f"{grid.sheet}!{cell}: the rows are {kind} ('{column[i]}' ...)"
    if "year" in recipe.across and recipe.header_rows:
        row = recipe.header_rows[-1] - 1
        for c in expand_columns(recipe.value_columns):
            label = grid.value(row, c)
            p = parse_period(label)
            if p is not None:
                kind = _PERIOD_NAMES[p.per_year]
                return f"{grid.sheet}!{a1(row, c)}: the columns are {kind} ('{label}' ...)"
    return None


def _region_of_sheet(grid: Grid, recipe: Recipe) -> tuple[Recipe, list[Problem]]:
    """The recipe with the region its ``region_from`` reads from the sheet, or why none.

    The region read wins over ``fixed.region`` (a recipe made on one region's sheet serves
    the others).
    """
    if recipe.region_from == "sheet":
        place, where = place_from_sheet(grid.sheet), "the sheet's name"
    else:
        top = min([*recipe.header_rows, recipe.first_data_row]) - 1
        rows = []
        for r in range(min(top, grid.n_rows)):
            text = _row_text(grid.rows[r])
            if text:
                rows.append((_first_cell(grid.rows[r], r), text))
        found = place_from_title(rows)
        place, where = (found[0], "the title") if found else (None, "the title")
    if not place:
        reason = (
            f"{where} names no place (region_from: {recipe.region_from}); a title such as "
            "'Region - North East' or a sheet named '1. North East' gives one"
        )
        return recipe, [Problem(grid.file, grid.sheet, None, reason, "error")]
    return dataclasses.replace(recipe, fixed={**recipe.fixed, "region": place}), []


def _period_labels(column: list) -> list[Period | None] | None:
    """The period each label names, when most filled labels name one (else None).

    The first filled labels are looked at first: a column of plain years is passed over
    without reading it whole.
    """
    sample = list(
        itertools.islice((v for v in column if v != "" and v is not None), _PERIOD_SAMPLE)
    )
    if not sample or sum(parse_period(v) is not None for v in sample) < 0.8 * len(sample):
        return None
    filled = [v for v in column if v not in ("", None)]
    parsed = _Computed(parse_period)
    found = [
        parsed[v] if v.__class__ is str or not isinstance(v, int | float) else None for v in column
    ]
    named = sum(1 for p in found if p is not None)
    return found if named >= max(2, 0.8 * len(filled)) else None


def _check_rule(
    grid: Grid, recipe: Recipe, periods: list[Period], cell: str, label: object, axis: str
) -> None:
    """Stop unless the recipe says how a year is formed from these periods.

    ``cell`` and ``label`` name the first period; ``axis`` is 'rows' or 'columns'.
    """
    kind = "quarters" if periods and periods[0].per_year == 4 else "months"
    place = f"{grid.file}, {grid.sheet}!{cell}"
    if recipe.periods is None:
        raise PeriodRuleNeeded(
            Text(
                "{place}: the {axis} are {kind} ('{label}' ...), not years; say how a year is "
                "formed from them: --periods mean (stocks such as jobs), sum (flows), last, "
                '{value} (recipe field "periods")',
                place=place,
                axis=axis,
                kind=kind,
                label=label,
                value="Q1..Q4" if kind == "quarters" else "M01..M12",
            )
        )
    if {p.per_year for p in periods} != {periods[0].per_year}:
        raise PeriodRuleNeeded(Text(
            "{place}: the {axis} mix months and quarters",
            place=place,
            axis=axis,
        ))
    reason = rule_fits(recipe.periods, periods[0].per_year)
    if reason:
        raise PeriodRuleNeeded(Text("{place}: {reason}", place=place, reason=reason))


def _period_years(
    grid: Grid,
    recipe: Recipe,
    chosen: list[int],
    period_column: tuple[int, list, list[Period | None]],
    years: list[int | None] | None,
    period_of: dict[object, Period],
    problems: list[Problem],
) -> list[int | None]:
    """The year of every row whose label is a period (from the label, else a year column);
    fills ``period_of`` with each row number's period. Other rows are skipped and reported.

    A year from a title or ``fixed`` is never used for periods: 'Jan' with no year column
    is an error, not January of the title's year.
    """
    c, column, found = period_column
    listed = as_quarters([p for p in found if p is not None])
    i = next(i for i, p in enumerate(found) if p is not None)
    if years is None and all(p.year is None for p in listed):
        raise PeriodRuleNeeded(
            Text(
                "{file}, {sheet}!{a1}: the rows are {period_names} ('{column}' ...) that name no "
                "year; give the column that holds the years the role 'year' (a title's year is not "
                "used)",
                file=grid.file,
                sheet=grid.sheet,
                a1=a1(chosen[i], c),
                period_names=_PERIOD_NAMES[listed[0].per_year],
                column=column[i],
            )
        )
    _check_rule(grid, recipe, listed, a1(chosen[i], c), column[i], "rows")
    it = iter(listed)
    out: list[int | None] = []
    for i, p in enumerate(found):
        ref = a1(chosen[i], c)
        if p is None:
            if column[i] not in ("", None):
                problems.append(
                    Problem(
                        grid.file,
                        grid.sheet,
                        ref,
                        Text('"{text}" is not a period; row skipped', text=column[i]),
                        "error",
                    )
                )
            out.append(None)
            continue
        p = next(it)
        year = p.year if p.year is not None else (years[i] if years is not None else None)
        if year is None:
            problems.append(
                Problem(
                    grid.file,
                    grid.sheet,
                    ref,
                    Text('"{text}" names no year and no year column gives one; row skipped',
                         text=column[i]),
                    "error",
                )
            )
        else:
            period_of[chosen[i] + 1] = p
        out.append(year)
    return out


_PERIOD_NAMES = {4: "quarters", 12: "months"}


def _form_years(
    records: list[Record],
    period_of: dict[object, Period],
    recipe: Recipe,
    problems: list[Problem],
    file: str,
    sheet: str,
) -> tuple[list[Record], dict[str, tuple[str, ...]]]:
    """One record per year from the records of its periods, by the recipe's rule.

    Returns the records and, for each, the cells it came from (keyed by the range its record
    names). A year with periods missing is flagged 'incomplete' or left out as the recipe
    says; two cells for one period of one observation are ambiguous and leave the year out.
    """
    by_row = isinstance(next(iter(period_of)), int)
    groups: dict[tuple, dict[int, list[Record]]] = {}
    for rec in records:
        p = _period_at(rec, period_of, by_row)
        if p is None:  # a column of a whole year among columns of periods
            problems.append(
                Problem(
                    file,
                    sheet,
                    rec.cell,
                    Text("not a month or quarter among the periods; not imported"),
                    "error",
                )
            )
            continue
        groups.setdefault(rec[:4], {}).setdefault(p.index, []).append(rec)
    per_year = next(iter(period_of.values())).per_year
    what = _PERIOD_NAMES[per_year]
    out: list[Record] = []
    sources: dict[str, tuple[str, ...]] = {}
    short: dict[tuple[int, str], list[str]] = {}
    for key, by_index in groups.items():
        clashes = [recs for recs in by_index.values() if len(recs) > 1]
        if clashes:
            cells = ", ".join(r.cell for r in clashes[0])
            problems.append(
                Problem(
                    file,
                    sheet,
                    clashes[0][0].cell,
                    Text(
                        "{names}: one period is given by {cells}; ambiguous, year not imported",
                        names=' / '.join(map(str, key)),
                        cells=cells,
                    ),
                    "error",
                )
            )
            continue
        parts = {}
        for index, (rec,) in by_index.items():
            if rec.value is not None:
                flag = rec.flag or _period_at(rec, period_of, by_row).flag
                parts[index] = (rec.value, flag, rec.cell)
        used = [parts[k][2] for k in sorted(parts)]
        formed = combine(
            {k: v[:2] for k, v in parts.items()}, per_year, recipe.periods, recipe.incomplete_years
        )
        named = recipe.periods[0] in "QM"
        if named and formed is None:
            reason = f"no {recipe.periods} given for some values; left out"
        elif not named and len(parts) < per_year:
            action = "flagged incomplete" if formed is not None else "left out"
            reason = f"not all {per_year} {what} given for some values; {action}"
        else:
            reason = ""
        if reason:
            short.setdefault((key[3], reason), []).extend(
                used or [r.cell for (r,) in by_index.values()]
            )
        if formed is None:
            continue
        if named:  # the one period taken
            used = [parts[int(recipe.periods[1:])][2]]
        elif recipe.periods == "last":
            used = used[-1:]
        value, flag = formed
        cell = _cell_range(used)
        out.append(by_index[min(parts)][0]._replace(value=value, flag=flag, cell=cell, note=None))
        sources[cell] = tuple(used)
    for (year, reason), cells in sorted(short.items()):
        place = f"{cells[0]}:{cells[-1]}" if len(cells) > 1 else cells[0]
        problems.append(Problem(file, sheet, place, Text(
            "{year}: {reason}",
            year=year,
            reason=reason,
        ), "info"))
    return out, sources


def _period_at(rec: Record, period_of: dict[object, Period], by_row: bool) -> Period | None:
    """The period of a record's cell: by its row number, or by its column letters."""
    letters = rec.cell.rstrip("0123456789")
    return period_of.get(int(rec.cell[len(letters) :]) if by_row else letters)


def _cell_range(cells: list[str]) -> str:
    """'B7:B10' for the cells an observation was formed of (one cell stays itself)."""
    return cells[0] if len(cells) == 1 else f"{cells[0]}:{cells[-1]}"


def _account_cells(
    account: CellAccount,
    recipe: Recipe,
    at: np.ndarray,
    left_out: dict[int, str],
    label_cols: dict[int, str],
    value_cols: list[int],
    made: np.ndarray,
) -> None:
    """Mark the cells that were used: values that became records, the labels of their rows,
    the headers over their columns and the headings over their rows (``at``: the rows read)."""
    for k, c in enumerate(value_cols):
        account.use(at[made[:, k]], [c])
    row_used = made.any(axis=1) if value_cols else np.zeros(len(at), dtype=bool)
    naming = [
        c for c, role in label_cols.items() if role != "unit" or recipe.section_role == "unit"
    ]
    account.use(at[row_used], naming)
    if recipe.across and value_cols:
        columns = [c for k, c in enumerate(value_cols) if made[:, k].any()]
        account.use([r - 1 for r in recipe.header_rows], columns)
    headings = [r for r, reason in left_out.items() if reason == _SECTION]
    if recipe.section_role and headings and row_used.any():
        account.use(headings, slice(None))


def _account_left_out(
    account: CellAccount,
    recipe: Recipe,
    table: DetectedTable | None,
    at: np.ndarray,
    left_out: dict[int, str],
    label_cols: dict[int, str],
    value_cols: list[int],
    years: list[int | None] | None,
) -> None:
    """Give a reason to every cell not used and not named by a problem."""
    if years is not None and None in years:
        no_year = at[np.fromiter(map(operator.is_, years, itertools.repeat(None)), bool, len(at))]
        account.explain(no_year, value_cols, "row skipped: its year cannot be read")
    has_value = account.filled_in(at, value_cols)
    roles = dict(label_cols)
    for c, role in recipe.columns.items():
        roles.setdefault(column_index(c), role)
    for c, role in roles.items():
        if role == "ignore":
            account.explain(at, [c], "column ignored by the recipe")
        elif role == "unit" and recipe.section_role != "unit":
            account.explain(at, [c], "unit column")
    labelled = list(roles)
    account.explain(at[~has_value], labelled, "row has no value")
    account.explain(at[has_value], labelled, "no value imported from this row")
    for reason in set(left_out.values()):
        account.explain_rows(sorted(r for r, why in left_out.items() if why == reason), reason)
    account.explain(at, slice(None), "column not read by the recipe")
    header = sorted({r - 1 for r in recipe.header_rows} | set(table.header_rows if table else ()))
    account.explain_rows(header, "header")
    if table is not None:
        account.explain_rows(table.title_rows, "title")
        account.explain_rows(table.footnote_rows, "footnote")
    if len(at):
        where = f"rows {at[0] + 1}-{at[-1] + 1}"
        account.explain_rows(slice(0, at[0]), f"above the table read ({where})")
        account.explain_rows(slice(at[-1] + 1, None), f"below the table read ({where})")
    else:
        account.explain_rows(slice(None), "no row of the table was read")


def _cells_made(extraction: Extraction, at: np.ndarray, value_cols: list[int]) -> np.ndarray:
    """Which cells (row read x value column) the records' values came from, each record's
    cells looked up one by one (values formed from periods)."""
    made = np.zeros((len(at), len(value_cols)), dtype=bool)
    row_of = {int(r): i for i, r in enumerate(at.tolist())}
    col_of = {c: k for k, c in enumerate(value_cols)}
    for rec in extraction.records:
        for cell in extraction.cells_of(rec):
            r, c = cell_index(cell)
            if r in row_of and c in col_of:
                made[row_of[r], col_of[c]] = True
    return made


class _Computed(dict):
    """A function's value for each distinct argument, computed when first looked up."""

    def __init__(self, function) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key):
        value = self[key] = self.function(key)
        return value


_SECTION = "section heading"


def _chosen_rows(
    grid: Grid, recipe: Recipe, table: DetectedTable | None
) -> tuple[list[int], list[str], dict[int, str]]:
    """The rows to read (0-based), the section heading each lies under, and the rows left out
    (in the range, and the table's footnotes) with the reason."""
    first = recipe.first_data_row - 1
    last = (
        (recipe.last_data_row - 1)
        if recipe.last_data_row
        else (table.last_data_row if table else grid.n_rows - 1)
    )
    skip = {r - 1 for r in recipe.skip_rows}
    skip_reason: dict[int, str] = {}
    sections: set[int] = set()
    section_label = ""
    if table is not None:
        for r in table.subtotal_rows:
            skip_reason[r] = "subtotal row, skipped"
        for r in table.blank_rows:
            skip_reason[r] = ""
        for r in table.repeated_header_rows:
            skip_reason[r] = "repeated header row, skipped"
        sections = set(table.section_rows)
        above = [r for r in table.section_rows if r < first]
        if above:
            section_label = _row_text(grid.rows[above[-1]])
    chosen: list[int] = []
    under: list[str] = []
    left_out: dict[int, str] = {}
    rows = grid.rows
    if table is not None:
        for r in table.footnote_rows:
            if not first <= r <= last:
                left_out[r] = "footnote, skipped"
    # inside a detected table, its blank rows are known already
    check_blank = table is None or not (
        table.first_data_row <= first and last <= table.last_data_row
    )
    stop = min(last, grid.n_rows - 1)
    marked = sorted(r for r in sections | skip | skip_reason.keys() if first <= r <= stop)
    start = first
    for r in [*marked, stop + 1]:  # the plain rows up to each marked row, then the marked row
        plain = range(start, r)
        if check_blank:
            plain = [q for q in plain if rows[q].count("") + rows[q].count(None) != len(rows[q])]
        chosen.extend(plain)
        under.extend([section_label] * len(plain))
        if r > stop:
            break
        start = r + 1
        if r in sections:
            section_label = _row_text(rows[r])
            left_out[r] = _SECTION
        elif r in skip:
            left_out[r] = "skipped by the user (the recipe's skip_rows)"
        elif r in skip_reason and skip_reason[r]:
            left_out[r] = skip_reason[r]
    return chosen, under, left_out


def _column(rows: list[list], c: int) -> list:
    try:
        return list(map(operator.itemgetter(c), rows))
    except IndexError:  # ragged rows (delimited text)
        return [row[c] if c < len(row) else "" for row in rows]


def _plain_numbers(raw: list, scale: float) -> tuple[np.ndarray, list]:
    """Which cells hold a finite number stored as a number, and the cells with those scaled.

    Cells of other kinds are left as they are in the returned list.
    """
    n = len(raw)
    types = list(map(type, raw))
    if types.count(float) == n:
        is_float = np.ones(n, dtype=bool)
        numbers = np.fromiter(raw, float, n)
    else:
        is_float = np.fromiter(map(operator.is_, types, itertools.repeat(float)), bool, n)
        numbers = np.fromiter(itertools.compress(raw, is_float.tolist()), float)
    plain = is_float.copy()
    plain[is_float] = np.isfinite(numbers)
    if scale == 1.0:
        return plain, raw
    values = list(raw)
    with np.errstate(over="ignore"):  # as Python's float product: infinity, no warning
        scaled = (numbers * scale).tolist()
    for i, v in zip(np.flatnonzero(is_float).tolist(), scaled, strict=True):
        values[i] = v
    return plain, values


def _given(values: list, missing: object = "") -> np.ndarray | bool:
    """Which entries are given (not ``missing``): True when all are."""
    if missing not in values:
        return True
    if missing is None:
        return np.fromiter(map(operator.is_not, values, itertools.repeat(None)), bool, len(values))
    return np.fromiter(map(bool, values), bool, len(values))


def _join_place(previous: str, text: str) -> str:
    """'UGEL' + 'Bagua' -> 'UGEL Bagua'; 'UGEL' + 'UGEL Bagua' stays 'UGEL Bagua'."""
    if previous and text:
        return text if text.casefold().startswith(previous.casefold()) else f"{previous} {text}"
    return text or previous


def _records(
    grid: Grid,
    recipe: Recipe,
    chosen: list[int],
    rows: list[list],
    labels: dict[str, list[str]],
    years: list[int | None] | None,
    flags: list[str | None] | None,
    value_cols: list[int],
    problems: list[Problem],
    across: tuple[dict, dict, dict],
) -> tuple[list[Record], np.ndarray]:
    """One record per value cell, in reading order (row by row, left to right), and which
    cells (chosen row x value column) gave one.

    Each value column is read at once: every row becomes a record from its labels and the
    cell as it stands, and the cells that are not a plain number with complete labels
    (numbers stored as text, markers, empty or text cells, missing labels) are then read
    again one by one by :func:`_read_cell`, which says what happened.
    """
    column_dims, column_year, _ = across
    fixed_year = int(recipe.fixed["year"]) if "year" in recipe.fixed else None
    fixed = {k: str(v) for k, v in recipe.fixed.items() if k != "year"}
    scale = SCALES[recipe.scale]
    n = len(rows)
    numbers = [r + 1 for r in chosen]
    row_texts = list(map(str, numbers))
    empty = [""] * n
    base_region = labels.get("region") or [fixed.get("region") or ""] * n
    base_industry = labels.get("industry") or [fixed.get("industry") or ""] * n
    base_measure = labels.get("measure") or empty
    region_names = labels.get("region_name") or empty
    industry_names = labels.get("industry_name") or empty
    rows_have_years = years is not None
    flags = flags if flags is not None else [None] * n
    by_column: list[list[Record | None]] = []
    made = np.zeros((n, len(value_cols)), dtype=bool)
    notes: list[tuple[int, int, Problem]] = []
    for c in value_cols:
        parts = column_dims.get(c, [])
        place = dict(parts)
        suffix = " / ".join(part for role, part in parts if role == "measure")
        letter = column_letter(c)
        region = [place["region"]] * n if "region" in place else base_region
        industry = [place["industry"]] * n if "industry" in place else base_industry
        region_name = [place["region_name"]] * n if "region_name" in place else region_names
        industry_name = [place["industry_name"]] * n if "industry_name" in place else industry_names
        if rows_have_years:
            year = years
        else:
            y = column_year.get(c)
            year = [y if y is not None else fixed_year] * n
        measure_of = {t: _measure_text(recipe.measure, t, suffix) for t in set(base_measure)}
        measure = list(map(measure_of.__getitem__, base_measure))
        raw = _column(rows, c)
        plain, values = _plain_numbers(raw, scale)
        complete = plain & _given(region) & _given(industry) & _given(year, None)
        cells: list[Record | None] = []
        for start in range(0, n, PASS_ROWS):
            pause_point()
            part = slice(start, start + PASS_ROWS)
            cells.extend(
                map(
                    tuple.__new__,  # Record(...) without the keyword-handling wrapper
                    itertools.repeat(Record),
                    zip(
                        region[part],
                        industry[part],
                        measure[part],
                        year[part],
                        values[part],
                        flags[part],
                        map(letter.__add__, row_texts[part]),
                        itertools.repeat(None),
                        region_name[part],
                        industry_name[part],
                    ),
                )
            )
        parsed: dict[str, ParsedCell] = {}
        for i in np.flatnonzero(~complete).tolist():
            cells[i] = None
            if rows_have_years and year[i] is None:
                continue  # reported when the years were read
            cells[i], problem = _read_cell(
                grid,
                recipe,
                raw[i],
                parsed,
                f"{letter}{numbers[i]}",
                (
                    region[i],
                    industry[i],
                    measure[i],
                    year[i],
                    flags[i],
                    region_name[i],
                    industry_name[i],
                ),
                scale,
            )
            if problem is not None:
                notes.append((i, c, problem))
        by_column.append(cells)
        made[:, len(by_column) - 1] = np.fromiter(
            map(operator.is_not, cells, itertools.repeat(None)), bool, n
        )
    problems.extend(p for _, _, p in sorted(notes, key=lambda t: (t[0], t[1])))
    if len(by_column) == 1:
        return [r for r in by_column[0] if r is not None], made
    return [r for row in zip(*by_column, strict=True) for r in row if r is not None], made


def _measure_text(recipe_measure: str, row_measure: str, suffix: str) -> str:
    """The measure of a value: the recipe's, the row's and the column header's, joined."""
    text = f"{row_measure} / {suffix}" if row_measure and suffix else (row_measure or suffix)
    if recipe_measure:
        text = f"{recipe_measure} / {text}" if text else recipe_measure
    return text


def _read_cell(
    grid: Grid,
    recipe: Recipe,
    raw: object,
    parsed: dict[str, ParsedCell],
    ref: str,
    labels: tuple,
    scale: float,
) -> tuple[Record | None, Problem | None]:
    """A value cell that is not a plain number: read it or say why not."""
    region, industry, measure, year, row_flag, region_name, industry_name = labels
    if raw.__class__ is str:
        cell = parsed.get(raw)
        if cell is None:
            cell = parsed[raw] = parse_value(raw, _decimal(grid, recipe))
    else:
        cell = parse_value(raw, _decimal(grid, recipe))
    if cell.kind == "empty":
        return None, None
    if cell.kind == "text":
        return None, Problem(grid.file, grid.sheet, ref, cell.note or Text("not a number"),
                             "warning")
    if year is None:
        return None, Problem(grid.file, grid.sheet, ref, Text("no year for this value; skipped"),
                             "error")
    if not region or not industry:
        missing = (Text("no region or industry label; skipped") if not (region or industry)
                   else Text("no region label; skipped") if not region
                   else Text("no industry label; skipped"))
        return None, Problem(grid.file, grid.sheet, ref, missing, "error")
    value = cell.value * scale if cell.value is not None else None
    record = Record(
        region,
        industry,
        measure,
        year,
        value,
        cell.flag or row_flag,
        ref,
        cell.note,
        region_name or "",
        industry_name or "",
    )
    if cell.note and cell.value is not None:  # how text became a number
        return record, Problem(grid.file, grid.sheet, ref, cell.note, "info")
    return record, None


def _decimal(grid: Grid, recipe: Recipe) -> str | None:
    """The decimal separator: the recipe's, else the file's (';'-separated text uses ',')."""
    return recipe.decimal if recipe.decimal is not None else grid.decimal


def _flag_of(text: str) -> str | None:
    """The flag a flag column's text stands for ('p', '(p)', '[x]' ...), or None."""
    if not text:
        return None
    key = text.casefold()
    return MARKERS.get(key.strip("()[]")) or MARKERS.get(key)


def _first_cell(row: list, r: int) -> str:
    """A1 reference of a row's first filled cell (column A when the row is empty)."""
    c = next((c for c, v in enumerate(row) if v != "" and v is not None), 0)
    return a1(r, c)


def _row_text(row: list) -> str:
    return " ".join(str(v).strip() for v in row if str(v).strip())


_FOOTNOTE_MARK = re.compile(r"\s*\([a-z]\)$")


def _label(v: object) -> str:
    """A label as text: whole numbers without '.0', single spaces, no footnote mark '(b)'."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if v in ("", None):
        return ""
    return _FOOTNOTE_MARK.sub("", " ".join(str(v).split()))


_OBSERVATION_KEY = operator.itemgetter(0, 1, 2, 3)  # region, industry, measure, year


def _drop_ambiguous(
    records: list[Record], problems: list[Problem], file: str, sheet: str
) -> tuple[list[Record], list[tuple[str, str]]]:
    """Leave out every value whose region, industry, measure and year another cell also gives.

    Two cells naming the same observation (two districts both called 'La Unión' under
    different provinces) cannot both be right for one label, and keeping either would be a
    guess; each is reported with the other cells. Returns the records kept and the cell and
    reason of each one left out.
    """
    keys: set[tuple] = set()
    for start in range(0, len(records), PASS_ROWS):
        pause_point()
        keys.update(map(_OBSERVATION_KEY, records[start : start + PASS_ROWS]))
    if len(keys) == len(records):
        return records, []
    first: dict[tuple, int] = {}
    clashes: dict[int, list[int]] = {}
    for k, rec in enumerate(records):
        seen = first.setdefault(rec[:4], k)
        if seen != k:
            clashes.setdefault(seen, [seen]).append(k)
    dropped: dict[int, str] = {}
    for group in clashes.values():
        cells = [records[k].cell for k in group]
        rec = records[group[0]]
        for k in group:
            others = ", ".join(c for c in cells if c != records[k].cell)
            reason = Text(
                "{region} / {industry} / {measure} / {year} is also given by {others}; "
                "ambiguous, not imported", region=rec.region, industry=rec.industry,
                measure=rec.measure, year=rec.year, others=others,
            )
            problems.append(Problem(file, sheet, records[k].cell, reason, "error"))
            dropped[k] = reason
    kept = [rec for k, rec in enumerate(records) if k not in dropped]
    return kept, [(records[k].cell, reason) for k, reason in dropped.items()]


def _across_dims(
    grid: Grid, recipe: Recipe, value_cols: list[int]
) -> tuple[dict[int, list[tuple[str, str]]], dict[int, int | None], dict[int, Period]]:
    """What each value column's header says: (role, text) pairs, the year, and the period
    when the header names a month or quarter, per column.

    With a ``code_row``, the lowest level's label is the code in that row and the header
    text above it is kept as the code's name ('Manufacturing' over 'C').
    """
    dims: dict[int, list[tuple[str, str]]] = {}
    years: dict[int, int | None] = {}
    periods: dict[int, Period] = {}
    if not recipe.across or not value_cols:
        return dims, years, periods
    hdr = [r - 1 for r in recipe.header_rows if r != recipe.code_row]
    lo, hi = min(value_cols), max(value_cols)
    texts = header_labels(grid, hdr, lo, hi)
    others = [q for q in recipe.across if q != "year"]
    for c in value_cols:
        parts = texts[c - lo].split(" / ") if texts[c - lo] else []
        if "year" in recipe.across:
            found = [parse_year(p) for p in parts if parse_year(p) is not None]
            years[c] = found[0] if found else None
            if not found:
                named = [p for p in map(parse_period, parts) if p is not None]
                if named:
                    periods[c] = named[0]
                    years[c] = named[0].year
                    parts = [p for p in parts if parse_period(p) is None]
            parts = [p for p in parts if parse_year(p) is None]
        dims[c] = list(zip(others, parts[-len(others) :] if others else [], strict=False))
        if recipe.code_row and others:
            code = _label(grid.value(recipe.code_row - 1, c))
            if code:
                role = others[-1]
                name = dict(dims[c]).get(role, "")
                dims[c] = [(q, t) for q, t in dims[c] if q != role]
                dims[c] += [(role, code)] + ([(f"{role}_name", name)] if name else [])
    if periods:
        listed = as_quarters(list(periods.values()))
        periods = dict(zip(periods, listed, strict=True))
    return dims, years, periods


def expand_columns(specs: list[str]) -> list[int]:
    """Column letters and ranges ('C', 'E:Q') to 0-based indices."""
    out: list[int] = []
    for spec in specs:
        lo, _, hi = spec.partition(":")
        a, b = column_index(lo), column_index(hi or lo)
        out.extend(range(a, b + 1))
    return out


def describe_columns(cols: list[int]) -> list[str]:
    """Compact letter ranges for a list of columns ([2, 3, 4, 7] -> ['C:E', 'H'])."""
    out: list[str] = []
    start = prev = None
    for c in sorted(cols):
        if start is None:
            start = prev = c
        elif c == prev + 1:
            prev = c
        else:
            out.append(_span(start, prev))
            start = prev = c
    if start is not None:
        out.append(_span(start, prev))
    return out


def _span(a: int, b: int) -> str:
    return column_letter(a) if a == b else f"{column_letter(a)}:{column_letter(b)}"
