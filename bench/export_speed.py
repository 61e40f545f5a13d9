"""Export speed and memory: the tidy export against a bare openpyxl write-only dump.

Both write the same 1,000,000 observation rows (9 cells each, as the Data sheet holds them) in
the same process; the tidy export adds formula-safe text, exact floats, progress, cancel checks,
the classification/measure/source sheets and the atomic move. The issue requires the export to
take at most 1.5x the bare dump's time with flat memory. Peak memory is measured with
tracemalloc on a 50,000-row run of each (tracemalloc slows Python down, so not on the timed run)
and as the process's peak resident size after the timed runs.

Usage: .venv/bin/python bench/export_speed.py [N_ROWS]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from openpyxl import Workbook

from desktop_app.io.export_tidy import DATA_COLUMNS, SourceEntry, TidyContent, write_tidy


def rows(n: int):
    """Observations as the store yields them: 400 regions x 125 industries x 20 years."""
    for k in range(n):
        yield (
            f"R{k % 400:03d}",
            f"I{(k // 400) % 125:03d}",
            "employment",
            2000 + (k // 50_000),
            float(k % 9973) * 1.5,
            "provisional" if k % 97 == 0 else None,
            1 + k % 3,
            "Tabelle 1",
            f"C{k % 60_000 + 5}",
        )


class Quiet:
    def report(self, fraction, text=""):
        pass

    def check(self):
        pass


def bare_dump(path: Path, n: int) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(list(DATA_COLUMNS))
    for row in rows(n):
        ws.append(row)
    wb.save(path)


def tidy_export(path: Path, n: int) -> None:
    sources = [SourceEntry(k, "import", f"Office {k}", f"file{k}.xlsx") for k in (1, 2, 3)]
    write_tidy(path, TidyContent([], [], [], sources, rows(n), n), Quiet())


def peak_traced(func, path: Path, n: int) -> int:
    tracemalloc.start()
    func(path, n)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        small = 50_000
        mem = {
            name: (
                peak_traced(f, folder / f"{name}_s.xlsx", small // 5),
                peak_traced(f, folder / f"{name}_l.xlsx", small),
            )
            for name, f in (("bare", bare_dump), ("tidy", tidy_export))
        }
        times = {}
        for name, func in (("bare", bare_dump), ("tidy", tidy_export)):
            start = time.perf_counter()
            func(folder / f"{name}.xlsx", n)
            times[name] = time.perf_counter() - start
        sizes = {name: (folder / f"{name}.xlsx").stat().st_size for name in times}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows: {n:,} ({n * len(DATA_COLUMNS):,} cells)")
    for name in ("bare", "tidy"):
        small_peak, large_peak = (m / 2**20 for m in mem[name])
        print(
            f"{name:5s} time {times[name]:7.1f} s   file {sizes[name] / 2**20:6.1f} MiB   "
            f"traced peak {small // 5:,} rows {small_peak:5.1f} MiB, {small:,} rows "
            f"{large_peak:5.1f} MiB"
        )
    print(f"ratio tidy / bare: {times['tidy'] / times['bare']:.2f} (required <= 1.5)")
    print(
        f"memory growth tidy {small // 5:,} -> {small:,} rows: "
        f"{mem['tidy'][1] / mem['tidy'][0]:.2f}x (flat = about 1)"
    )
    print(f"process peak resident size: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
