"""Import speed and memory: our import against python-calamine alone and pandas + to_sql.

A generated 200,000-row x 10-column workbook (a tidy table: region and industry codes and
names, year, measure, unit, value with a few suppression markers, flag, level) is
- read by python-calamine alone (open, parse the sheet, convert every row): the baseline;
- imported by Anticipa: read (with the file checks), detect the table, map it, validate it
  against a new project (with the implausibility checks and the preview) and store it as one
  import batch, as ``anticipa import`` does (``plan_import`` + ``check_import`` +
  ``commit_checked``);
- read by ``pandas.read_excel(engine="openpyxl")`` and written with ``DataFrame.to_sql`` into
  a new SQLite file.
Times are measured in this process, the best of five alternating runs each (two for pandas).
Peak memory is measured in separate processes (peak resident size, and its growth over the
process's size once the modules are loaded), since calamine's own memory is not visible to
tracemalloc.

Targets (issue 4): ours <= 2x calamine's time, >= 5x faster than pandas + to_sql, peak memory
<= 2x calamine's.

Usage: .venv/bin/python bench/import_speed.py [N_ROWS] [--skip-pandas]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = [
    "region_code",
    "region_name",
    "industry_code",
    "industry_name",
    "year",
    "measure",
    "unit",
    "value",
    "flag",
    "level",
]

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
</styleSheet>"""


def rows(n: int):
    """The table's rows: 400 regions x 50 industries per year, 10 years; a few markers."""
    yield HEADER
    for k in range(n):
        r, i, year = k % 400, (k // 400) % 50, 2000 + k // 20_000
        value = "x" if k % 997 == 0 else float((k * 7919) % 100_000) / 10
        flag = "p" if k % 101 == 0 else None
        yield [
            f"R{r:03d}",
            f"Region {r}",
            f"I{i:02d}",
            f"Industry {i}",
            year,
            "employment",
            "persons",
            value,
            flag,
            "NUTS2",
        ]


def write_workbook(path: Path, n: int) -> Path:
    """Write the table as an .xlsx with shared strings, streaming the sheet XML.

    Written directly (not through openpyxl) so that a 200,000-row file takes seconds.
    """
    strings: dict[str, int] = {}
    letters = [chr(65 + c) for c in range(len(HEADER))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("xl/workbook.xml", _WORKBOOK),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            ("xl/styles.xml", _STYLES),
        ):
            zf.writestr(name, text)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                + f'<dimension ref="A1:J{n + 1}"/><sheetData>'.encode()
            )
            out: list[str] = []
            for r, row in enumerate(rows(n), start=1):
                cells = []
                for letter, v in zip(letters, row, strict=True):
                    if v is None:
                        continue
                    if isinstance(v, str):
                        s = strings.setdefault(v, len(strings))
                        cells.append(f'<c r="{letter}{r}" t="s"><v>{s}</v></c>')
                    else:
                        cells.append(f'<c r="{letter}{r}"><v>{v!r}</v></c>')
                out.append(f'<row r="{r}">{"".join(cells)}</row>')
                if len(out) >= 5000:
                    fh.write("".join(out).encode())
                    out.clear()
            fh.write(("".join(out) + "</sheetData></worksheet>").encode())
        items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        zf.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
            f'schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{items}</sst>',
        )
    return path


def calamine_read(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return len(book.get_sheet_by_name(book.sheet_names[0]).to_python())


def our_import(path: Path, project: Path) -> int:
    from desktop_app.services.importing import check_import, commit_checked, plan_import
    from desktop_app.store.project import create_project

    with create_project(project) as opened:
        plan = plan_import(path)
        commit_checked(opened.db, check_import(opened.db, plan))
        return opened.db.execute("SELECT count(*) FROM observations").fetchone()[0]


def pandas_import(path: Path, target: Path) -> int:
    import sqlite3

    import pandas as pd

    frame = pd.read_excel(path, engine="openpyxl")
    with sqlite3.connect(target) as conn:
        frame.to_sql("observations", conn, index=False)
    return len(frame)


def peak_rss_kib() -> int:
    """This process's peak resident size in KiB.

    Read from /proc where it exists: ``ru_maxrss`` of a process started from a large parent
    keeps the parent's peak across ``exec`` on Linux.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(which: str, path: Path, folder: Path) -> dict:
    """Run one reader in a fresh process; its peak resident size, before and after."""
    code = (
        "import json, sys; sys.path.insert(0, %r); import import_speed as b; "
        "from pathlib import Path; "
        "%s; before = b.peak_rss_kib(); "
        "n = b.%s; "
        "print(json.dumps({'before': before, 'peak': b.peak_rss_kib(), 'n': n}))"
    )
    if which == "calamine":
        warm = "__import__('python_calamine')"
        run = f"calamine_read(Path({str(path)!r}))"
    else:
        warm = (
            "__import__('desktop_app.services.importing'); __import__('python_calamine'); "
            "__import__('desktop_app.store.project')"
        )
        run = f"our_import(Path({str(path)!r}), Path({str(folder / 'mem.anticipa')!r}))"
    out = subprocess.run(
        [sys.executable, "-c", code % (str(Path(__file__).parent), warm, run)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from timing import best, best_alternating  # beside this script

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 200_000
    skip_pandas = "--skip-pandas" in sys.argv
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "generated.xlsx"
        start = time.perf_counter()
        write_workbook(path, n)
        print(
            f"generated {n:,} rows x {len(HEADER)} columns ({path.stat().st_size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - start:.1f} s"
        )

        # best of five (best of two for pandas): the machine's other work only adds time;
        # the two runs alternate so that a busy spell weighs on both alike
        t_calamine, t_ours = best_alternating(
            5,
            lambda k: calamine_read(path),
            lambda k: our_import(path, folder / f"ours{k}.anticipa"),
        )
        stored = our_import(path, folder / "count.anticipa")

        print(f"python-calamine read alone : {t_calamine:7.2f} s")
        print(f"Anticipa import            : {t_ours:7.2f} s  ({stored:,} observations stored)")
        print(f"  ratio ours / calamine    : {t_ours / t_calamine:7.2f}  (target <= 2)")
        if not skip_pandas:
            t_pandas = best(2, lambda k: pandas_import(path, folder / f"pandas{k}.sqlite"))
            print(f"pandas openpyxl + to_sql   : {t_pandas:7.2f} s")
            print(f"  pandas / ours            : {t_pandas / t_ours:7.2f}  (target >= 5)")

        cal = _child("calamine", path, folder)
        ours = _child("ours", path, folder)
        for name, m in (("calamine", cal), ("ours", ours)):
            print(
                f"peak RSS {name:<9}: {m['peak'] / 1024:7.0f} MiB "
                f"(+{(m['peak'] - m['before']) / 1024:.0f} MiB over the loaded modules)"
            )
        print(f"  peak ratio ours / calamine          : {ours['peak'] / cal['peak']:5.2f}")
        growth = (ours["peak"] - ours["before"]) / max(cal["peak"] - cal["before"], 1)
        print(f"  growth ratio ours / calamine        : {growth:5.2f}  (target <= 2)")


if __name__ == "__main__":
    main()
