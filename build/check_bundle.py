"""Every feature of the frozen bundle against the same commands run from the sources.

The bundle leaves out libraries, Qt plugins, ICU data and docstrings (installer.spec); a part left
out that a feature needs shows up as a failing command, and a library swapped for another (the
shared Fortran runtime) as a number that differs. Each command therefore runs twice, frozen and
from the sources, and the JSON answers must be equal. Run by `make smoke` after the self-test:

    .venv/bin/python build/check_bundle.py [--bundle build/out/dist/anticipa/anticipa] [--keep DIR]

The screenshots of the six sections are written to DIR (default: a temporary folder) to be looked
at: fonts must render. Exit 0 when all agree, 1 with the differences otherwise.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SECTIONS = ("data", "analysis", "lifecycles", "scenarios", "policy", "reports")
GLOBAL_STUDY = "Global context (CIB sample)"


def ods_from_csv(source: Path, out: Path) -> Path:
    """The same table as an OpenDocument spreadsheet, numbers as numeric cells."""

    def cell(text: str) -> str:
        try:
            float(text)
        except ValueError:
            return f'<table:table-cell office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="float" office:value="{text}"><text:p>{text}</text:p></table:table-cell>'

    with source.open(newline="", encoding="utf-8") as fh:
        rows = "".join("<table:table-row>" + "".join(map(cell, row)) + "</table:table-row>"
                       for row in csv.reader(fh))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{source.stem}">{rows}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                      compress_type=zipfile.ZIP_STORED)
        book.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        book.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return out


class Runner:
    """Runs the command line frozen or from the sources, with a private home and settings."""

    def __init__(self, command: list[str], folder: Path):
        self.command, self.folder = command, folder
        self.home = folder / "home"
        self.home.mkdir(parents=True)
        env = {key: value for key, value in os.environ.items() if key != "ANTICIPA_SETTINGS_DIR"}
        env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                   XDG_CACHE_HOME=str(self.home / ".cache"), QT_QPA_PLATFORM="offscreen")
        if not Path(command[0]).samefile(sys.executable):  # the bundle carries its own modules
            env.pop("PYTHONPATH", None)
        else:
            env["PYTHONPATH"] = str(ROOT)
        self.env = env

    def __call__(self, *args) -> subprocess.CompletedProcess:
        return subprocess.run([*self.command, *map(str, args)], capture_output=True, text=True,
                              env=self.env, timeout=600)

    def answer(self, *args):
        """The JSON a command prints, with the paths of this run's own folder taken out."""
        done = self(*args, "--json")
        return failure(done) or json.loads(done.stdout.replace(str(self.folder), "<run>"))


def failure(done: subprocess.CompletedProcess) -> dict | None:
    """What a command that did not succeed said; None when it did."""
    if done.returncode == 0:
        return None
    return {"exit": done.returncode, "error": done.stderr.strip().splitlines()[-3:]}


def workbook_values(path: Path) -> dict:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets}


def pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def checks(run: Runner) -> dict[str, object]:
    """What one build answers, command by command (keys name the command)."""
    folder = run.folder
    demo = folder / "demo.anticipa"
    answers: dict[str, object] = {}
    done = run("--self-test")
    answers["self-test"] = failure(done) or done.stdout.strip()
    answers["demo"] = failure(run("demo", demo)) or "written"
    answers["info"] = run.answer("info", demo)
    year = ("--year", "2014")
    answers["lq"] = run.answer("lq", "--project", demo, *year)
    answers["complexity"] = run.answer("complexity", "--project", demo, *year)
    answers["lifecycle"] = run.answer("lifecycle", "--project", demo, "--region", "Bayern")
    answers["shift-share"] = run.answer("shift-share", "--project", demo, "--region", "Bayern",
                                        "--reference", "Germany", "--from", "2008", "--to", "2014")
    answers["cib .scw"] = run.answer("cib", FIXTURES / "cib" / "CIB_natl_regional.scw")
    answers["cib study"] = run.answer("cib", demo, "--study", GLOBAL_STUDY)
    answers["futures"] = run.answer("futures", "--project", demo, "--study", GLOBAL_STUDY,
                                    "--region", "Bayern", "--draws", "200", "--seed", "1")
    laender = ROOT / "resources" / "demo" / "germany_laender_employment.csv"
    imports = {
        ".xlsx": (FIXTURES / "excel" / "ons_itis2018_tables.xlsx", "--sheet", "1. NUTS1, industry",
                  "--measure", "trade"),
        ".xls": (FIXTURES / "excel" / "ons_region_by_industry.xls", "--sheet", "Jobs",
                 "--measure", "jobs"),
        ".csv": (laender, "--measure", "employment"),
        ".ods": (ods_from_csv(laender, folder / "laender.ods"), "--measure", "employment"),
    }
    for kind, (source, *options) in imports.items():
        project = folder / f"import{kind}.anticipa"
        run("new", project)
        answers[f"import {kind}"] = run.answer("import", source, "--project", project, *options)
        answers[f"import {kind} info"] = run.answer("info", project)
    report = folder / "report.xlsx"
    done = run("export", demo, report, "--layout", "report")
    answers["export report"] = failure(done) or workbook_values(report)
    brief = folder / "brief.pdf"
    done = run("brief", brief, "--project", demo, "--region", "Bayern", "--lang", "es")
    answers["brief (PDF text)"] = failure(done) or pdf_text(brief)
    shots = {}
    for section in SECTIONS:
        png = folder / f"{section}.png"
        done = run("open", demo, "--view", section, "--screenshot", png, "--size", "1200x800")
        shots[section] = failure(done) or png.stat().st_size > 20_000
    answers["screenshots"] = shots
    answers["home untouched"] = sorted(str(p.relative_to(run.home)) for p in run.home.rglob("*"))
    return answers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path,
                        default=ROOT / "build" / "out" / "dist" / "anticipa" / "anticipa")
    parser.add_argument("--keep", type=Path, help="folder for the frozen run's files (screenshots)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        frozen_folder = args.keep or Path(scratch) / "frozen"
        frozen = checks(Runner([str(args.bundle.resolve())], frozen_folder))
        source = checks(Runner([sys.executable, "-m", "desktop_app"], Path(scratch) / "source"))
    differences = [key for key in source if frozen.get(key) != source[key]]
    failures = [key for key, value in frozen.items()
                if isinstance(value, dict) and "exit" in value]
    if not all(value is True for value in frozen["screenshots"].values()):
        failures.append("screenshots")
    if frozen["home untouched"]:
        failures.append("home untouched")
    for key in frozen:
        status = "differs" if key in differences else "fails" if key in failures else "ok"
        print(f"{status:8} {key}")
    if differences or failures:
        for key in dict.fromkeys(differences + failures):
            print(f"\n{key}:\n  frozen: {str(frozen.get(key))[:400]}\n  source: {str(source.get(key))[:400]}")
        return 1
    print(f"bundle agrees with the sources on {len(frozen)} checks; screenshots in {frozen_folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
