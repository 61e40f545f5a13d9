"""Small workbooks whose mapping can be wrong in a way that looks right, and that mapping.

Each builder writes one sheet with the traits of a real office file described in issue 12 and
returns its path; the numbers are made up and chosen so that a test can name them by hand.
:func:`implausible_recipe` gives the hasty mapping of each (what the automatic mapping proposed
for such files), so that the tests do not depend on what the automatic mapping proposes today.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop_app.io.recipes import Recipe

#: WZ 2008 sections (Wirtschaftsabschnitte) as the Göttingen statistics list them.
WZ_SECTIONS = [
    ("A", "Land- und Forstwirtschaft, Fischerei"),
    ("B", "Bergbau und Gewinnung von Steinen und Erden"),
    ("C", "Verarbeitendes Gewerbe"),
    ("D", "Energieversorgung"),
    ("E", "Wasserversorgung; Abwasser- und Abfallentsorgung"),
    ("F", "Baugewerbe"),
    ("G", "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen"),
    ("H", "Verkehr und Lagerei"),
    ("I", "Gastgewerbe"),
    ("J", "Information und Kommunikation"),
    ("K", "Erbringung von Finanz- und Versicherungsdienstleistungen"),
    ("L", "Grundstücks- und Wohnungswesen"),
    ("M", "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen"),
    ("N", "Erbringung von sonstigen wirtschaftlichen Dienstleistungen"),
    ("O", "Öffentliche Verwaltung, Verteidigung; Sozialversicherung"),
    ("P", "Erziehung und Unterricht"),
]
GOETTINGEN_YEARS = list(range(2008, 2018))


def goettingen_value(block: int, section: int, year: int) -> int:
    """The number in the Göttingen-like sheet: block 0 Göttingen, 1 Deutschland."""
    return (1 + block * 1000) * (100 + 10 * section) + (year - 2008)


def goettingen_blocks(folder: Path) -> Path:
    """Two stacked blocks under the place headings 'Stadt Göttingen' and 'Deutschland'.

    Title 'Stadt Göttingen und Deutschland, 2008 bis 2017'; each block has the header
    ``WZ 2008 | Wirtschaftsabschnitt | 2008 … 2017`` and the 16 sections A to P (rows 5-20 and
    24-39); the measure is given by 'Anzahl (Personen)' above the blocks.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Beschäftigte"
    sheet.append(
        [
            "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftsabschnitten, "
            "Stadt Göttingen und Deutschland, 2008 bis 2017"
        ]
    )
    sheet.append(["Anzahl (Personen)"])
    for block, place in enumerate(("Stadt Göttingen", "Deutschland")):
        sheet.append([place])
        sheet.append(["WZ 2008", "Wirtschaftsabschnitt", *GOETTINGEN_YEARS])
        for k, (code, name) in enumerate(WZ_SECTIONS):
            sheet.append([code, name, *(goettingen_value(block, k, y) for y in GOETTINGEN_YEARS)])
        sheet.append([])
    path = folder / "goettingen_blocks.xlsx"
    book.save(path)
    return path


TWENTY_MEASURES = [
    "Employment",
    "Employees",
    "Jobs",
    "Establishments",
    "Firms",
    "Enterprises",
    "GVA",
    "Output",
    "Wages",
    "Exports",
    "Imports",
    "Empleo",
    "Ocupados",
    "Empleados",
    "Establecimientos",
    "Empresas",
    "VAB",
    "Salarios",
    "Exportaciones",
    "Umsatz",
]


def twenty_value_columns(folder: Path) -> Path:
    """A tidy sheet ``Region | Industry | Year`` then twenty measure columns (D to W)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    sheet.append(["Region", "Industry", "Year", *TWENTY_MEASURES])
    row = 0
    for region in ("North", "South"):
        for industry in ("Farming", "Retail", "Mining"):
            for year in (2019, 2020):
                row += 1
                sheet.append([region, industry, year, *(row * 100 + m for m in range(20))])
    path = folder / "twenty_value_columns.xlsx"
    book.save(path)
    return path


def region_in_title(folder: Path) -> Path:
    """One region's table: the title names it ('Region - North East'), no region column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "1. North East"
    sheet.append(["Region - North East"])
    sheet.append(["Workforce jobs by industry"])
    sheet.append([])
    sheet.append(["Industry", 2015, 2016, 2017])
    for k, industry in enumerate(("Agriculture", "Manufacturing", "Construction", "Retail")):
        sheet.append([industry, 10 + k, 20 + k, 30 + k])
    path = folder / "region_in_title.xlsx"
    book.save(path)
    return path


def thousands_in_header(folder: Path) -> Path:
    """A header cell says the values are in thousands; no title or unit line says so."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jobs"
    sheet.append(["Employee jobs by region and industry, 2021"])
    sheet.append([])
    sheet.append(["Region", "Industry", "Jobs (thousands)"])
    for k, (region, industry) in enumerate(
        [("North", "Retail"), ("North", "Mining"), ("South", "Retail"), ("South", "Mining")]
    ):
        sheet.append([region, industry, 1.5 + k])
    sheet.append(["Source: made up for a test, 2021"])
    path = folder / "thousands_in_header.xlsx"
    book.save(path)
    return path


QUARTERS = ["Mar 16 (r)", "Jun 16 (r)", "Sep 16 (r)", "Dec 16 (r)", "Mar 17", "Jun 17 (p)"]


def quarters_with_title_year(folder: Path) -> Path:
    """Quarters down the rows, industries across, and 'SIC 2007' ending a title line."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Quarters"
    sheet.append(["Workforce jobs by industry (SIC 2007)"])
    sheet.append([])
    sheet.append(["", "Agriculture", "Manufacturing", "Construction"])
    for k, quarter in enumerate(QUARTERS):
        sheet.append([quarter, 100 + k, 200 + k, 300 + k])
    path = folder / "quarters_with_title_year.xlsx"
    book.save(path)
    return path


def implausible_recipe(path: Path) -> Recipe:
    """The mapping a hasty reading gives each workbook above, written out by hand from its
    layout (not asked of the program): every cell maps, and the numbers would be wrong."""
    recipes = {
        "goettingen_blocks.xlsx": Recipe(  # the section names as regions, places in the measure
            sheet="Beschäftigte",
            header_rows=[4],
            first_data_row=5,
            last_data_row=39,
            columns={"A": "industry", "B": "region"},
            value_columns=["C:L"],
            across=["year"],
            measure="Anzahl (Personen)",
            section_role="measure",
        ),
        "twenty_value_columns.xlsx": Recipe(  # Employment read, the other 19 left out
            sheet="Indicators",
            header_rows=[1],
            first_data_row=2,
            last_data_row=13,
            columns={"A": "region", "B": "industry", "C": "year"},
            value_columns=["D"],
            measure="Employment",
        ),
        "region_in_title.xlsx": Recipe(  # North East's values as the region TOTAL
            sheet="1. North East",
            header_rows=[4],
            first_data_row=5,
            last_data_row=8,
            columns={"A": "industry"},
            value_columns=["B:D"],
            across=["year"],
            fixed={"region": "TOTAL"},
            measure="Workforce jobs",
        ),
        "thousands_in_header.xlsx": Recipe(  # thousands read as units
            sheet="Jobs",
            header_rows=[3],
            first_data_row=4,
            last_data_row=7,
            columns={"A": "region", "B": "industry"},
            value_columns=["C"],
            fixed={"year": 2021},
            measure="Jobs",
        ),
        "quarters_with_title_year.xlsx": Recipe(  # six quarters as regions of the year 2007
            sheet="Quarters",
            header_rows=[3],
            first_data_row=4,
            last_data_row=9,
            columns={"A": "region"},
            value_columns=["B:D"],
            across=["industry"],
            fixed={"year": 2007},
            measure="Workforce jobs",
        ),
    }
    return recipes[path.name]
