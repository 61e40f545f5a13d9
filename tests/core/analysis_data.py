"""Load the demo employment CSVs (tests/fixtures/demo) as region x industry x year arrays."""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

DEMO = Path(__file__).parents[1] / "fixtures" / "demo"


@dataclass(frozen=True)
class DemoCube:
    regions: list[str]
    industries: list[str]
    years: list[int]
    values: np.ndarray  # [region, industry, year], NaN where the CSV cell is empty

    def year(self, year: int) -> np.ndarray:
        return self.values[:, :, self.years.index(year)]


@cache
def load(file_name: str) -> DemoCube:
    with open(DEMO / file_name, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    regions = list(dict.fromkeys(r["region"] for r in rows))
    industries = list(dict.fromkeys(r["industry_code"] for r in rows))
    years = sorted({int(r["year"]) for r in rows})
    values = np.full((len(regions), len(industries), len(years)), np.nan)
    for r in rows:
        if r["employment"].strip():
            values[
                regions.index(r["region"]),
                industries.index(r["industry_code"]),
                years.index(int(r["year"])),
            ] = float(r["employment"])
    values.setflags(write=False)
    return DemoCube(regions, industries, years, values)


def germany() -> DemoCube:
    return load("germany_laender_employment.csv")


def europe() -> DemoCube:
    return load("eu28_employment.csv")


#: NUTS-1 code of each Land as the demo project stores it, in the order of the CSV (and so of the
#: reference packages' results): alphabetical by the CSV's names, where Saxony is "Freistaat Sachsen".
LAENDER_CODES_IN_CSV_ORDER = [
    "DE1", "DE2", "DE3", "DE4", "DE5", "DED", "DE6", "DE7",
    "DE8", "DE9", "DEA", "DEB", "DEC", "DEE", "DEF", "DEG",
]
