"""Workbooks with the layouts officials use (issue 12), built from the values written here.

Each builder writes a small workbook whose cells are the literals below; the answer files in
tests/fixtures/layouts/ were worked out by hand from these same values (means and sums of
quarters, thousands times 1,000), not from the program's output.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

ANSWERS = Path(__file__).parents[1] / "fixtures" / "layouts"

QUARTERS = [
    "Jun 96 (r)",
    "Sep 96 (r)",
    "Dec 96 (r)",
    "Mar 97",
    "Jun 97",
    "Sep 97",
    "Dec 97",
    "Mar 98 (p)",
]
#: SIC 2007 sections across the columns: names over codes; C, P and R look like markers.
SECTIONS = [
    ("Agriculture, forestry & fishing", "A"),
    ("Manufacturing", "C"),
    ("Education", "P"),
    ("Arts, entertainment & recreation", "R"),
]
#: Jobs in thousands per sheet, one row per quarter, one column per section ('' blank,
#: '..' not available); the United Kingdom's numbers look like years.
JOBS = {
    "1. North East": [
        [10, 200, 80, 20],
        [12, 202, 82, 22],
        [14, 204, 84, 24],
        [11, 206, 86, 26],
        [12, 208, 88, ""],
        [13, 210, 90, 30],
        [14, 212, 92, 34],
        [15, 214, 94, 34],
    ],
    "2. London": [
        [2, 300, 250, 100],
        [2, 302, 252, 102],
        [2, 304, 254, 104],
        [3, 306, 256, 106],
        [3, 308, 258, ".."],
        [3, 310, 260, 110],
        [3, 312, 262, 114],
        [4, 314, 264, 114],
    ],
    "3. United Kingdom": [
        [400, 2030, 2010, 800],
        [402, 2040, 2020, 802],
        [404, 2050, 2030, 804],
        [406, 2060, 2040, 806],
        [408, 2065, 2050, 808],
        [410, 2070, 2060, 810],
        [412, 2075, 2070, 812],
        [414, 2080, 2080, 814],
    ],
}


def region_sheets(path: Path) -> Path:
    """One sheet per region, quarters down the rows, section names over a row of codes.

    A contents sheet comes first; the region is only in the sheet's name and its title.
    """
    book = Workbook()
    contents = book.active
    contents.title = "Contents"
    contents.append(["Workforce jobs by region and industry"])
    contents.append(["Sheet", "Region"])
    for name in JOBS:
        contents.append([name, name.split(". ", 1)[1]])
    for name, rows in JOBS.items():
        sheet = book.create_sheet(name)
        sheet.append([f"Region - {name.split('. ', 1)[1]}"])
        sheet.append(["Workforce jobs by industry (SIC 2007), seasonally adjusted (thousands)"])
        sheet.append([])
        sheet.append(["", *[n for n, _ in SECTIONS]])
        sheet.append(["SIC 2007 section", *[c for _, c in SECTIONS]])
        for quarter, values in zip(QUARTERS, rows, strict=True):
            sheet.append([quarter, *values])
        sheet.append([])
        sheet.append(["Source: Workforce jobs survey"])
    book.save(path)
    return path


#: Employees by WZ 2008 section, two stacked blocks under the place they are about.
GOETTINGEN = {
    "Stadt Göttingen": [
        ("A", "Land- und Forstwirtschaft, Fischerei", [120, 118, 115]),
        ("F", "Baugewerbe", [2028, 2240, 2262]),
        ("G", "Handel; Instandhaltung und Reparatur von Kfz", [9000, 9100, 9200]),
        ("Q", "Gesundheits- und Sozialwesen", [15000, 15100, ""]),
    ],
    "Deutschland": [
        ("A", "Land- und Forstwirtschaft, Fischerei", [230000, 231000, 232000]),
        ("F", "Baugewerbe", [1700000, 1710000, 1720000]),
        ("G", "Handel; Instandhaltung und Reparatur von Kfz", [4200000, 4250000, 4300000]),
        ("Q", "Gesundheits- und Sozialwesen", [4000000, 4100000, 4200000]),
    ],
}


def goettingen_blocks(path: Path) -> Path:
    """Two stacked blocks under the headings 'Stadt Göttingen' and 'Deutschland'."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tabelle 1"
    sheet.append(
        [
            "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftsabschnitten, "
            "Stadt Göttingen und Deutschland, 2008 bis 2010"
        ]
    )
    sheet.append(["Anzahl (Personen)"])
    for place, rows in GOETTINGEN.items():
        sheet.append([])
        sheet.append([place])
        sheet.append(["WZ 2008", "Wirtschaftsabschnitt", 2008, 2009, 2010])
        for code, name, values in rows:
            sheet.append([code, name, *values])
        totals = [
            sum(v for v in column if v != "")
            for column in zip(*(values for _, _, values in rows), strict=True)
        ]
        sheet.append(["Insgesamt", "", *totals])
    book.save(path)
    return path


#: Exports in thousands of euros by activity, quarters across ('..' not available).
MURCIA = [
    ("Agricultura", [10, 20, 30, 40, 50]),
    ("Industria", [100, 110, 120, 130, 140]),
    ("Servicios", [5, "..", 7, 8, 9]),
]


def quarters_across(path: Path) -> Path:
    """One region named in the title ('Región: Murcia'), quarters '1T 2019' across."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Cuadro 3"
    sheet.append(["Región: Murcia"])
    sheet.append(["Exportaciones por trimestre (en miles de euros)"])
    sheet.append([])
    sheet.append(["Actividad", "1T 2019", "2T 2019", "3T 2019", "4T 2019", "1T 2020"])
    for name, values in MURCIA:
        sheet.append([name, *values])
    book.save(path)
    return path
