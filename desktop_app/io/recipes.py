"""Import recipes: the saved mapping from one office's workbook layout to observations.

A recipe says which sheet, which header and data rows, what each label column holds (region,
industry, year, measure ...), what the value columns' headers hold (years, industries,
regions, or several of these in stacked header rows), and the measure, unit and scale. It is
stored as JSON (format documented in docs/recipes.md, versioned by ``version``) and records
the header texts it was made from, so that applying it to a file whose layout changed reports
what no longer matches instead of importing wrong numbers.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop_app.io.cells import a1, column_letter, parse_value, parse_year
from desktop_app.io.table_detection import DetectedTable, header_labels
from desktop_app.io.workbook import Grid, Problem

__all__ = [
    "COLUMN_ROLES",
    "RECIPE_VERSION",
    "Extraction",
    "Record",
    "Recipe",
    "RecipeError",
    "apply_recipe",
    "column_index",
    "layout_mismatches",
]

RECIPE_VERSION = 1
#: What a label column may hold.
COLUMN_ROLES = (
    "region",
    "region_code",
    "region_name",
    "industry",
    "industry_code",
    "industry_name",
    "year",
    "measure",
    "unit",
    "flag",
    "value",
    "ignore",
)
#: What the headers over value columns may hold (one entry per header level).
ACROSS_ROLES = ("year", "region", "industry", "measure")
SCALES = {"units": 1.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}


class RecipeError(ValueError):
    """A recipe file that cannot be used (wrong format, newer version, unknown role)."""


def column_index(letters: str) -> int:
    """0-based index of column letters ('A' -> 0, 'AB' -> 27)."""
    n = 0
    for ch in letters.strip().upper():
        if not "A" <= ch <= "Z":
            raise RecipeError(f"{letters!r} is not a column (use letters such as 'C')")
        n = n * 26 + ord(ch) - 64
    return n - 1


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
    version: int = RECIPE_VERSION

    def to_json(self) -> str:
        data = {"format": "anticipa-recipe", **asdict(self)}
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Recipe:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecipeError(
                f"not a recipe: invalid JSON at line {exc.lineno} ({exc.msg})"
            ) from exc
        if not isinstance(data, dict) or data.pop("format", None) != "anticipa-recipe":
            raise RecipeError('not a recipe: the "format" field must be "anticipa-recipe"')
        version = data.get("version", 0)
        if not isinstance(version, int) or version > RECIPE_VERSION:
            raise RecipeError(
                f"recipe version {version} is newer than this program reads ({RECIPE_VERSION})"
            )
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise RecipeError(f"unknown recipe field(s): {', '.join(sorted(unknown))}")
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
                    f"column {col}: unknown role {role!r} (one of {', '.join(COLUMN_ROLES)})"
                )
        for role in self.across:
            if role not in ACROSS_ROLES:
                raise RecipeError(
                    f"unknown 'across' role {role!r} (one of {', '.join(ACROSS_ROLES)})"
                )
        if self.scale not in SCALES:
            raise RecipeError(f"scale must be one of {', '.join(SCALES)}, not {self.scale!r}")
        if self.decimal not in (None, ".", ","):
            raise RecipeError("decimal must be null, '.' or ','")


@dataclass(frozen=True, slots=True)
class Record:
    """One observation read from a cell, before labels are matched to the project."""

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
    """Records read with a recipe, the problems met, and layout mismatches (if any)."""

    sheet: str
    records: list[Record]
    problems: list[Problem]
    rows_read: int = 0
    mismatches: list[Problem] = field(default_factory=list)


def layout_mismatches(grid: Grid, recipe: Recipe) -> list[Problem]:
    """Header cells that no longer say what the recipe was made from."""
    out = []
    for ref, expected in recipe.expect.items():
        col = column_index("".join(ch for ch in ref if ch.isalpha()))
        row = int("".join(ch for ch in ref if ch.isdigit())) - 1
        found = _norm(grid.value(row, col))
        if found != _norm(expected):
            out.append(
                Problem(
                    grid.file, grid.sheet, ref, f'expected "{expected}", found "{found}"', "error"
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
        When given, its subtotal/blank/section rows are skipped with a note and its last data
        row is used when the recipe leaves ``last_data_row`` open.

    Returns
    -------
    Extraction
        With ``mismatches`` set (and no records) when the layout no longer matches.
    """
    recipe.validate()
    mismatches = layout_mismatches(grid, recipe)
    if mismatches:
        return Extraction(grid.sheet, [], [], 0, mismatches)
    problems: list[Problem] = []
    file, sheet = grid.file, grid.sheet
    label_cols = {column_index(c): role for c, role in recipe.columns.items() if role != "ignore"}
    value_cols = _expand(recipe.value_columns)
    if "value" in label_cols.values():
        value_cols = [c for c, role in label_cols.items() if role == "value"]
    hdr = [r - 1 for r in recipe.header_rows]
    levels: dict[int, list[str]] = {}
    if recipe.across and value_cols:
        lo, hi = min(value_cols), max(value_cols)
        texts = header_labels(grid, hdr, lo, hi)
        for c in value_cols:
            parts = texts[c - lo].split(" / ") if texts[c - lo] else []
            levels[c] = parts
    first = recipe.first_data_row - 1
    last = (
        (recipe.last_data_row - 1)
        if recipe.last_data_row
        else (table.last_data_row if table else grid.n_rows - 1)
    )
    skip = {r - 1 for r in recipe.skip_rows}
    skip_reason: dict[int, str] = {}
    if table is not None:
        for r in table.subtotal_rows:
            skip_reason[r] = "subtotal row, skipped"
        for r in table.blank_rows:
            skip_reason[r] = "blank row, skipped"
    sections = set(table.section_rows) if table else set()
    fill = {column_index(c) for c in recipe.fill_down}
    carried: dict[int, object] = {}
    section_label = ""
    scale = SCALES[recipe.scale]
    records: list[Record] = []
    rows_read = 0
    next((c for c, role in label_cols.items() if role == "year"), None)
    cache: dict = {}
    for r in range(first, min(last, grid.n_rows - 1) + 1):
        row = grid.rows[r]
        if r in sections:
            section_label = " ".join(str(v).strip() for v in row if str(v).strip())
            continue
        if r in skip or r in skip_reason:
            if r in skip_reason and r not in skip and skip_reason[r].startswith("subtotal"):
                problems.append(Problem(file, sheet, f"A{r + 1}", skip_reason[r], "info"))
            continue
        if not any(v not in ("", None) for v in row):
            continue
        rows_read += 1
        labels: dict[str, str] = {}
        year: int | None = None
        for c, role in label_cols.items():
            v = row[c] if c < len(row) else ""
            if c in fill:
                if v in ("", None):
                    v = carried.get(c, "")
                else:
                    carried[c] = v
            if role == "value":
                continue
            if role == "year":
                year = parse_year(v)
                if year is None:
                    problems.append(
                        Problem(file, sheet, a1(r, c), f'"{v}" is not a year; row skipped', "error")
                    )
                    break
                continue
            text = " ".join(str(v).split()) if v not in ("", None) else ""
            if isinstance(v, float) and v.is_integer():
                text = str(int(v))
            key = role.split("_")[0] if role.startswith(("region", "industry")) else role
            if role.endswith("_name"):
                labels[role] = text
                if labels.get(key):
                    continue  # the code wins; the name becomes an alias downstream
            if role == "measure" and labels.get("measure"):
                labels["measure"] = f"{labels['measure']} / {text}"
            else:
                labels[key] = text
        else:
            if recipe.section_role and section_label:
                labels.setdefault(recipe.section_role, section_label)
            for c in value_cols:
                raw = row[c] if c < len(row) else ""
                cached = cache.get(raw) if type(raw) is str else None
                if cached is None:
                    cell = parse_value(raw, recipe.decimal)
                    if type(raw) is str:
                        cache[raw] = cell
                else:
                    cell = cached
                if cell.kind == "empty":
                    continue
                ref = a1(r, c)
                if cell.kind == "text":
                    problems.append(
                        Problem(file, sheet, ref, cell.note or "not a number", "warning")
                    )
                    continue
                dims = dict(labels)
                y = year
                if recipe.across:
                    parts = list(levels.get(c, []))
                    others = [q for q in recipe.across if q != "year"]
                    if "year" in recipe.across:
                        years = [p for p in parts if parse_year(p) is not None]
                        y = parse_year(years[0]) if years else None
                        parts = [p for p in parts if parse_year(p) is None]
                    for role, part in zip(
                        others, parts[-len(others) :] if others else [], strict=False
                    ):
                        if role == "measure" and dims.get("measure"):
                            dims["measure"] = f"{dims['measure']} / {part}"
                        else:
                            dims[role] = part
                for k, v in recipe.fixed.items():
                    if k == "year":
                        y = y if y is not None else int(v)
                    else:
                        dims.setdefault(k, str(v))
                if y is None:
                    problems.append(
                        Problem(file, sheet, ref, "no year for this value; skipped", "error")
                    )
                    continue
                missing = [k for k in ("region", "industry") if not dims.get(k)]
                if missing:
                    problems.append(
                        Problem(
                            file, sheet, ref, f"no {' or '.join(missing)} label; skipped", "error"
                        )
                    )
                    continue
                measure = recipe.measure or dims.get("measure", "")
                if recipe.measure and dims.get("measure"):
                    measure = f"{recipe.measure} / {dims['measure']}"
                value = cell.value * scale if cell.value is not None else None
                records.append(
                    Record(
                        dims["region"],
                        dims["industry"],
                        measure,
                        y,
                        value,
                        cell.flag,
                        ref,
                        cell.note,
                        dims.get("region_name", ""),
                        dims.get("industry_name", ""),
                    )
                )
                if cell.note and cell.kind == "number":
                    problems.append(Problem(file, sheet, ref, cell.note, "info"))
    return Extraction(sheet, records, problems, rows_read)


def _expand(specs: list[str]) -> list[int]:
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
