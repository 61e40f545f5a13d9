"""The rows an import would write, shown before it writes them: first rows, a sample, counts.

A mapping that is wrong in one place shows in a few rows (a region that is an industry, a
value a thousand times too small) long before it shows in a chart. The preview gives the
first rows in reading order and a seeded random sample from the rest (the same sample each
time for the same file), plus how many values go to each region, industry and year: a year or
a region with far more or fewer values than the others is often the first sign of a misread
layout. The wizard's check page and ``anticipa import --dry-run --json`` show the same.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from desktop_app.io.recipes import PASS_ROWS, Record

__all__ = ["FIRST_ROWS", "SAMPLE_ROWS", "Preview", "PreviewRow", "preview_records"]

FIRST_ROWS = 20
SAMPLE_ROWS = 30


@dataclass(frozen=True)
class PreviewRow:
    """One value as it would be written, and why it is shown ('first' or 'sample')."""

    region: str
    industry: str
    measure: str
    year: int
    value: float | None
    flag: str | None
    cell: str
    shown_as: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    def matches(self, text: str) -> bool:
        """Whether any field holds ``text`` (case ignored): the filter of the check page."""
        needle = text.casefold()
        return any(
            needle in str(v).casefold()
            for v in (
                self.region,
                self.industry,
                self.measure,
                self.year,
                self.value,
                self.flag or "",
                self.cell,
            )
        )


@dataclass
class Preview:
    """First rows, a sample of the others, and the number of values per label."""

    rows: list[PreviewRow]
    regions: dict[str, int]
    industries: dict[str, int]
    years: dict[int, int]

    def as_dict(self) -> dict:
        return {
            "preview": [r.as_dict() for r in self.rows],
            "counts": {
                "region": self.regions,
                "industry": self.industries,
                "year": {str(y): n for y, n in self.years.items()},
            },
        }


def preview_records(
    records: list[Record],
    measure: str = "value",
    first: int = FIRST_ROWS,
    sample: int = SAMPLE_ROWS,
    seed: int = 0,
) -> Preview:
    """The first ``first`` records and ``sample`` others drawn with ``seed``, with the counts.

    ``measure`` names the values of records that name none (the recipe's measure).
    """
    chosen = [(k, "first") for k in range(min(first, len(records)))]
    rest = range(len(chosen), len(records))
    picked = sorted(random.Random(seed).sample(rest, min(sample, len(rest))))
    chosen += [(k, "sample") for k in picked]
    rows = [
        PreviewRow(
            r.region, r.industry, r.measure or measure, r.year, r.value, r.flag, r.cell, shown
        )
        for r, shown in ((records[k], shown) for k, shown in chosen)
    ]
    region, industry, year = Counter(), Counter(), Counter()
    for start in range(0, len(records), PASS_ROWS):  # the window's thread gets its turns
        part = records[start : start + PASS_ROWS]
        for counts, k in ((region, 0), (industry, 1), (year, 3)):
            counts.update(map(itemgetter(k), part))
    return Preview(
        rows,
        dict(sorted(region.items())),
        dict(sorted(industry.items())),
        dict(sorted(year.items())),
    )
