"""Fuzzed CSVs and .xlsx files through ``anticipa import``: how many end in a traceback?

Each trial mutates a small valid file (bytes flipped, inserted, cut; CR line ends; long fields;
open quotes; text in value cells; damaged zip entries for .xlsx) and runs the command line on it
in a fresh project. An exit of 0 or 2 with a message is an outcome; a traceback (exit 1) is
counted and its input kept in the output folder. The project must still open and pass
``PRAGMA integrity_check``. Expected: 0 tracebacks, 0 damaged projects, 0 leftover temporary
folders.

    .venv/bin/python tests/stress/stress_fuzz_import.py                 # 100 CSVs, 200 .xlsx
    .venv/bin/python tests/stress/stress_fuzz_import.py --csv 20 --xlsx 0 --seed 3 --json

The suite runs a short version (tests/stress/test_stress_quick.py).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_CSV = (
    "region,industry,year,employees\n"
    + "".join(f"DE{r},{i},{y},{1000 + 37 * r + 11 * y % 7}\n"
              for r in range(1, 5) for i in ("Manufacturing", "Construction") for y in (2015, 2016))
)


def fuzz_csv(rng: random.Random) -> bytes:
    data = bytearray(SEED_CSV.encode())
    kind = rng.choice(["flip", "insert", "cut", "cr", "long", "quote", "text", "bom", "nul",
                       "latin1", "delimiter"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "insert":
        at = rng.randrange(len(data))
        data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
    elif kind == "cut":
        del data[rng.randrange(len(data)):]
    elif kind == "cr":  # what "CSV (Macintosh)" writes
        data = data.replace(b"\n", b"\r")
    elif kind == "long":
        at = data.index(b"Construction")
        data[at:at] = b"x" * rng.choice([140_000, 300_000])
    elif kind == "quote":
        data[data.index(b"DE2"):data.index(b"DE2")] = b'"'
    elif kind == "text":
        data += rng.choice([b"DE9,Manufacturing,2016,about 15k\n",
                            b"DE9,Construction,2016,unknown\n"])
    elif kind == "bom":
        data = bytearray(b"\xef\xbb\xbf") + data
    elif kind == "nul":
        data[rng.randrange(len(data))] = 0
    elif kind == "latin1":
        data = data.replace(b"DE1", "Thüringen".encode("latin-1"))
    elif kind == "delimiter":
        data = data.replace(b",", rng.choice([b";", b"\t", b"|"]))
    return bytes(data)


def seed_xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in SEED_CSV.splitlines():
        sheet.append([int(v) if v.isdigit() else v for v in line.split(",")])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def fuzz_xlsx(rng: random.Random, seed: bytes) -> bytes:
    kind = rng.choice(["bytes", "entry", "drop"])
    if kind == "bytes":
        data = bytearray(seed)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    source = zipfile.ZipFile(io.BytesIO(seed))
    names = source.namelist()
    victim = rng.choice(names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            if name == victim:
                if kind == "drop":
                    continue
                content = bytearray(content)
                for _ in range(rng.randint(1, 10)):
                    content[rng.randrange(len(content))] = rng.choice(b'<>"&/= x0\xff')
                content = bytes(content)
            target.writestr(name, content)
    return out.getvalue()


def raised(stderr: str) -> str:
    """The exception a traceback ends in (the command line adds a hint after it)."""
    found = re.findall(r"^[\w.]+(?:Error|Exception|Exit)\b.*$", stderr, re.MULTILINE)
    return found[-1] if found else stderr.strip()[-200:]


def integrity(project: Path) -> str:
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def run_trials(csv_trials: int, xlsx_trials: int, seed: int, keep: Path) -> dict:
    rng = random.Random(seed)
    temp_root = Path(tempfile.mkdtemp(prefix="stress-fuzz-"))
    env = dict(os.environ, TMPDIR=str(temp_root / "tmp"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    (temp_root / "tmp").mkdir()
    figures = {"trials": 0, "exit 0": 0, "exit 2": 0, "tracebacks": 0, "damaged": 0,
               "leaks": 0, "failing inputs": []}
    inputs = [("csv", fuzz_csv(rng)) for _ in range(csv_trials)]
    if xlsx_trials:
        template = seed_xlsx()
        inputs += [("xlsx", fuzz_xlsx(rng, template)) for _ in range(xlsx_trials)]
    empty = temp_root / "empty.anticipa"
    subprocess.run([sys.executable, "-m", "desktop_app", "new", str(empty)],
                   env=env, capture_output=True, check=True)
    try:
        for n, (suffix, data) in enumerate(inputs):
            trial = temp_root / f"t{n}"
            trial.mkdir()
            source, project = trial / f"fuzz{n}.{suffix}", trial / "p.anticipa"
            source.write_bytes(data)
            shutil.copyfile(empty, project)
            result = subprocess.run(
                [sys.executable, "-m", "desktop_app", "import", str(source), "--project",
                 str(project), "--measure", "employees"],
                env=env, capture_output=True, text=True, timeout=120)
            figures["trials"] += 1
            if "Traceback" in result.stderr or result.returncode not in (0, 2):
                figures["tracebacks"] += 1
                kept = keep / source.name
                shutil.copyfile(source, kept)
                figures["failing inputs"].append(
                    {"file": str(kept), "error": raised(result.stderr)})
            else:
                figures[f"exit {result.returncode}"] += 1
            if integrity(project) != "ok":
                figures["damaged"] += 1
            shutil.rmtree(trial)
        figures["leaks"] = len(list((temp_root / "tmp").iterdir()))
    finally:
        shutil.rmtree(temp_root, ignore_errors=True)
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=int, default=100, help="fuzzed CSVs")
    parser.add_argument("--xlsx", type=int, default=200, help="fuzzed .xlsx files")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder for the inputs that ended in a traceback")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    keep = args.keep or Path(tempfile.mkdtemp(prefix="stress-fuzz-failing-"))
    keep.mkdir(parents=True, exist_ok=True)
    figures = run_trials(args.csv, args.xlsx, args.seed, keep)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            if key != "failing inputs":
                print(f"{key}: {value}")
        for failing in figures["failing inputs"]:
            print(f"  {failing['file']}: {failing['error']}")
    return 0 if figures["tracebacks"] == figures["damaged"] == figures["leaks"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
