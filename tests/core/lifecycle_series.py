"""Series of the demo employment data (tests/fixtures/demo, from REAT) for the lifecycle tests."""

import csv
from functools import cache
from pathlib import Path

import numpy as np

DEMO = Path(__file__).parent.parent / "fixtures" / "demo"
FILES = {"de": "germany_laender_employment.csv", "eu": "eu28_employment.csv"}


@cache
def _table(data: str) -> dict[tuple[str, str], dict[int, float]]:
    table: dict[tuple[str, str], dict[int, float]] = {}
    with (DEMO / FILES[data]).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            value = float(row["employment"]) if row["employment"].strip() else np.nan
            table.setdefault((row["region"], row["industry_code"]), {})[int(row["year"])] = value
    return table


def series(data: str, region: str, industry: str) -> tuple[np.ndarray, np.ndarray]:
    """Years and values of one region and industry, in year order (NaN where empty)."""
    by_year = _table(data)[(region, industry)]
    years = sorted(by_year)
    return np.array(years, dtype=float), np.array([by_year[y] for y in years])


def cube(data: str) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """Regions, industries, years and values[region, industry, year] of one demo file."""
    table = _table(data)
    regions = sorted({r for r, _ in table})
    industries = sorted({i for _, i in table})
    years = sorted({y for v in table.values() for y in v})
    values = np.full((len(regions), len(industries), len(years)), np.nan)
    for (r, i), by_year in table.items():
        for y, v in by_year.items():
            values[regions.index(r), industries.index(i), years.index(y)] = v
    return regions, industries, np.array(years, dtype=float), values
