"""Can two processes hold a project's writer lock at once? Counts the times they did.

Several processes take and release ``ProjectLock`` on one project as fast as they can. While it
holds the lock, a process creates a marker file with ``O_EXCL`` and removes it before releasing:
if the marker is already there, another process holds the lock too (an overlap). Expected: 0.

    .venv/bin/python bench/lock_stress.py                       # 4 processes x 3,000 tries
    .venv/bin/python bench/lock_stress.py --processes 8 --tries 10000 --json

The suite runs a short version (tests/store/test_lock.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.store.errors import ProjectLockedError  # noqa: E402
from desktop_app.store.lock import ProjectLock  # noqa: E402


def _hammer(project: str, tries: int, start: multiprocessing.Event) -> tuple[int, int]:
    """Take the lock ``tries`` times; (times held, overlaps seen)."""
    marker = project + ".holder"
    held = overlaps = 0
    start.wait()
    for _ in range(tries):
        lock = ProjectLock(Path(project))
        try:
            lock.acquire()
        except ProjectLockedError:
            continue
        try:
            held += 1
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                overlaps += 1
            else:
                os.close(fd)
                os.unlink(marker)
        finally:
            lock.release()
    return held, overlaps


def run(processes: int, tries: int, folder: Path) -> dict:
    project = str(folder / "stress.anticipa")
    context = multiprocessing.get_context("spawn")
    start = context.Manager().Event()
    began = time.perf_counter()
    with context.Pool(processes) as pool:
        pending = [pool.apply_async(_hammer, (project, tries, start)) for _ in range(processes)]
        time.sleep(0.5)  # let every worker reach the start line
        start.set()
        results = [p.get() for p in pending]
    return {
        "processes": processes,
        "tries": processes * tries,
        "held": sum(h for h, _ in results),
        "overlaps": sum(o for _, o in results),
        "seconds": round(time.perf_counter() - began, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--tries", type=int, default=3000, help="per process")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = run(args.processes, args.tries, Path(folder))
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['processes']} processes x {args.tries:,} tries: lock held "
              f"{result['held']:,} times, {result['overlaps']} overlaps, {result['seconds']} s")
    return 0 if result["overlaps"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
