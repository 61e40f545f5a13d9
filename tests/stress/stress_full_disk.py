"""A disk that fills during import and export, at many points: message, all or nothing, no damage.

For each size, a tmpfs of that size is mounted and holds the project (a copy of the demo, 0.6 MB)
and the export target; a CSV of 47,000 values is imported into it, then the project is exported
there. Small sizes fill during the import, larger ones during the export or not at all. Each run
must exit 0 or 2 with one line (no traceback); the project must pass ``PRAGMA
integrity_check`` and hold none or all of the import; no partial export may remain. Needs
``mount -t tmpfs`` (root); without it the script says so and exits 0.

    .venv/bin/python tests/stress/stress_full_disk.py                 # 16 sizes, 0.7 to 12 MB
    .venv/bin/python tests/stress/stress_full_disk.py --sizes 3 --json

The suite runs a short version (tests/stress/test_stress_quick.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from stress_kill import Bench, integrity, observations


def mounted(where: Path, size_kb: int) -> bool:
    where.mkdir(exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                             str(where)], capture_output=True)
    return result.returncode == 0


def spread(sizes: int, low_kb: int = 700, high_kb: int = 12000) -> list[int]:
    step = (high_kb - low_kb) // max(sizes - 1, 1)
    return [low_kb + n * step for n in range(sizes)]


def run_trials(sizes_kb: list[int]) -> dict:
    root = Path(tempfile.mkdtemp(prefix="stress-disk-"))
    outcomes = []
    try:
        bench = Bench(root)
        for n, size_kb in enumerate(sizes_kb):
            disk = root / f"disk{n}"
            if not mounted(disk, size_kb):
                return {"trials": 0, "skipped": "mount -t tmpfs is not allowed here"}
            try:
                outcomes.append(one_size(bench, disk, size_kb))
            finally:
                subprocess.run(["umount", "-l", str(disk)], check=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return {
        "trials": len(outcomes),
        "tracebacks": sum(o["tracebacks"] for o in outcomes),
        "damaged": sum(o["integrity"] != "ok" for o in outcomes),
        "partial writes": sum(not o["whole"] for o in outcomes),
        "leaks": sum(o["partials"] for o in outcomes),
        "import refused": sum(o["import"] == 2 for o in outcomes),
        "export refused": sum(o["export"] == 2 for o in outcomes),
        "outcomes": outcomes,
    }


def one_size(bench: Bench, disk: Path, size_kb: int) -> dict:
    project = disk / "p.anticipa"
    try:
        shutil.copyfile(bench.demo, project)
    except OSError:
        return {"size_kb": size_kb, "import": None, "export": None, "tracebacks": 0,
                "integrity": "ok", "whole": True, "partials": 0}
    before = observations(project)
    imported = bench.cli("import", bench.source, "--project", project, "--measure",
                         "employees", check=False)
    exported = bench.cli("export", project, disk / "out.xlsx", check=False)
    runs = (imported, exported)
    after = observations(project)
    return {
        "size_kb": size_kb,
        "import": imported.returncode,
        "export": exported.returncode,
        "tracebacks": sum("Traceback" in r.stderr or r.returncode not in (0, 2) for r in runs),
        "messages": [r.stderr.strip() for r in runs if r.returncode],
        "integrity": integrity(project),
        "whole": after == before + bench.rows if imported.returncode == 0 else after == before,
        "partials": len(list(disk.glob(".*.partial"))),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, default=16, help="disk sizes tried")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = run_trials(spread(args.sizes))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            if key != "outcomes":
                print(f"{key}: {value}")
        for outcome in figures.get("outcomes", []):
            print(f"  {outcome}")
    bad = sum(figures.get(k, 0) for k in ("tracebacks", "damaged", "partial writes", "leaks"))
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
