"""Merge speed: an office's project of 200,000 observations merged into headquarters' project.

Two cases, the best of three alternating runs each: into an empty project (every value new:
the writer's path) and into a copy of the office's own project (every value unchanged: the
comparison's path). The office's project is generated (400 regions x 50 industries x 10
years of one measure) and written once; each run merges into a fresh target, prepared before
its timing starts.

Usage: .venv/bin/python bench/merge_speed.py [N_REGIONS]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from desktop_app.services.merge import merge_project
from desktop_app.store import classifications
from desktop_app.store.batches import create_batch
from desktop_app.store.measures import ensure_measure
from desktop_app.store.observations import NewObservation, write_observations
from desktop_app.store.project import create_project, open_project

RUNS = 3


def office_project(path: Path, n_regions: int) -> int:
    """Write the office's project; return how many observations it holds."""
    with create_project(path) as project, project.transaction():
        db = project.db
        regions = [classifications.ensure(db, "region", f"R{k}") for k in range(n_regions)]
        industries = [classifications.ensure(db, "industry", f"I{k}") for k in range(50)]
        measure = ensure_measure(db, "jobs")
        batch = create_batch(db, "import", label="generated", file_name="office.xlsx")
        return write_observations(
            db,
            (NewObservation(r, i, measure, y, float(r * i + y), None, "Data", "A1")
             for r in regions for i in industries for y in range(2000, 2010)),
            batch,
        )


def main() -> None:
    from timing import best_alternating  # beside this script

    n_regions = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        office = folder / "office.anticipa"
        n = office_project(office, n_regions)
        for k in range(RUNS):
            create_project(folder / f"empty{k}.anticipa").close()
            shutil.copy(office, folder / f"same{k}.anticipa")

        def merge_into(name: str):
            def run(k: int) -> None:
                with open_project(folder / f"{name}{k}.anticipa") as project:
                    merge_project(project.db, office, office="Office")
            return run

        empty, same = best_alternating(RUNS, merge_into("empty"), merge_into("same"))
    print(f"{n:,} observations merged")
    print(f"into an empty project (all new)      : {empty:6.2f} s")
    print(f"into the same project (all unchanged): {same:6.2f} s")


if __name__ == "__main__":
    main()
