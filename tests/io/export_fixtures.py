"""Real demo data (German Länder employment, REAT) as export content, for the export tests."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import numpy as np

from desktop_app.io.export_tidy import (
    ClassificationEntry,
    MeasureEntry,
    SourceEntry,
    TidyContent,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "export"
MEASURE = MeasureEntry(
    "employees_de",
    "Employees subject to social insurance (30 June)",
    "persons",
    "Regionaldatenbank Deutschland, Tab. 254-74-4-B",
)
SOURCE = SourceEntry(
    1,
    "demo",
    "Regionaldatenbank Deutschland, Tab. 254-74-4-B (via REAT)",
    "germany_laender_employment.csv",
    "2024-01-01T00:00:00Z",
    "Headquarters",
)


def classifications() -> tuple[list[ClassificationEntry], list[ClassificationEntry]]:
    with (FIXTURES / "regions.csv").open(encoding="utf-8") as handle:
        regions = [
            ClassificationEntry(
                r["code"],
                r["name"],
                r["parent"] or None,
                int(r["level"]),
                None,
                (r["alias"],) if r["alias"] else (),
            )
            for r in csv.DictReader(handle)
        ]
    with (FIXTURES / "industries.csv").open(encoding="utf-8") as handle:
        industries = [
            ClassificationEntry(
                r["code"],
                r["name"],
                None,
                None,
                "NACE Rev. 2 A*10",
                (r["alias"],) if r["alias"] else (),
            )
            for r in csv.DictReader(handle)
        ]
    return regions, industries


def demo_rows() -> list[tuple]:
    """The 1,120 Länder rows in Data-sheet order, region names resolved to NUTS codes."""
    regions, _ = classifications()
    by_alias = {a: r.code for r in regions for a in (r.name, *r.aliases)}
    rows = []
    with (FIXTURES / "germany_laender_employment.csv").open(encoding="utf-8") as handle:
        for line, r in enumerate(csv.DictReader(handle), start=2):
            rows.append(
                (
                    by_alias[r["region"]],
                    r["industry_code"],
                    MEASURE.code,
                    int(r["year"]),
                    float(r["employment"]),
                    None,
                    SOURCE.key,
                    "germany_laender_employment.csv",
                    f"E{line}",
                )
            )
    return rows


def demo_content() -> TidyContent:
    regions, industries = classifications()
    rows = demo_rows()
    return TidyContent(regions, industries, [MEASURE], [SOURCE], rows, len(rows))


def demo_cube() -> tuple[list[str], list[str], list[int], np.ndarray]:
    """Region codes, industry codes, years and the region x industry x year array of the demo."""
    rows = demo_rows()
    regions = sorted({r[0] for r in rows})
    industries = sorted({r[1] for r in rows})
    years = sorted({r[3] for r in rows})
    cube = np.full((len(regions), len(industries), len(years)), np.nan)
    for r, i, _, y, v, *_ in rows:
        cube[regions.index(r), industries.index(i), years.index(y)] = v
    return regions, industries, years, cube


def workbook_text(path: Path) -> str:
    """All XML text of a workbook, to search for things that must not be in it."""
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def formula_cells(path: Path) -> list[str]:
    """Every ``<f>`` element in the workbook's sheets (formulas)."""
    with zipfile.ZipFile(path) as zf:
        return [
            m
            for n in zf.namelist()
            if n.startswith("xl/worksheets/")
            for m in re.findall(r"<f[ >].*?</f>", zf.read(n).decode())
        ]
