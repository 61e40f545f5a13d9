"""Scrolling a table of 1,000,000 observations to its end must not load them all.

Builds a project with 1,000,000 observations, opens the Data view offscreen, scrolls to the end
(and through a thousand pages on the way) and prints how much resident memory grew.
Target (issue 3): growth < 100 MB. Run: .venv/bin/python bench/scroll_memory.py
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def build(path: Path) -> None:
    from desktop_app.store import classifications
    from desktop_app.store.batches import create_batch
    from desktop_app.store.measures import ensure_measure
    from desktop_app.store.observations import NewObservation, write_observations
    from desktop_app.store.project import create_project

    with create_project(path) as project, project.transaction():
        db = project.db
        regions = [classifications.ensure(db, "region", f"R{k:03d}") for k in range(400)]
        industries = [classifications.ensure(db, "industry", f"I{k:03d}") for k in range(125)]
        measure = ensure_measure(db, "jobs", "Jobs", "persons")
        batch = create_batch(db, "import", label="generated")
        write_observations(db, (NewObservation(r, i, measure, y, float(r * i + y))
                                for r in regions for i in industries
                                for y in range(2001, 2021)), batch)


def main() -> None:
    from desktop_app.ui.app import make_application

    app = make_application()
    from desktop_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "million.anticipa"
        start = time.perf_counter()
        build(path)
        print(f"built 1,000,000 observations in {time.perf_counter() - start:.1f} s")
        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        window.open_path(path)
        view = window.project_page.show_section("data")
        app.processEvents()
        before = rss_mb()
        rows = view.model.rowCount()
        bar = view.table.verticalScrollBar()
        start = time.perf_counter()
        for step in range(1000):
            bar.setValue(bar.maximum() * step // 999)
            app.processEvents()
        view.table.scrollToBottom()
        app.processEvents()
        elapsed = time.perf_counter() - start
        grown = rss_mb() - before
        print(f"rows {rows:,}; 1000 scroll steps to the end in {elapsed:.2f} s; "
              f"rows held {view.model.cached_rows():,}")
        print(f"memory growth {grown:.1f} MB (target < 100 MB); ratio {grown / 100:.2f}")
        window.close()


if __name__ == "__main__":
    main()
