"""Build the demo project from real employment statistics shipped in ``resources/demo``.

The demo holds the German Länder by WZ 2008 section (2008-2014, persons) and the EU countries by
NACE A*10 section (2007-2016, thousand persons), so every view has real numbers on first start.
Other capabilities add their own demo content by listing a ``"module:function"`` in
``DEMO_CONTENT``; each function is called as ``function(db, resources_demo_dir, progress)`` inside
the demo's single transaction.
"""

from __future__ import annotations

import csv
import importlib
import os
from pathlib import Path

import sqlite_utils

from desktop_app.paths import resources_dir
from desktop_app.scratch import partial_name
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import classifications, measures
from desktop_app.store.batches import create_batch
from desktop_app.store.errors import ProjectError
from desktop_app.store.observations import NewObservation, write_observations
from desktop_app.store.project import create_project
from desktop_app.texts import Number, Text

DEMO_CONTENT: tuple[str, ...] = (
    "desktop_app.services.scenario_files:add_demo_study",
    "desktop_app.services.capabilities:add_demo_register",
    "desktop_app.services.futures:add_demo_futures",
    "desktop_app.services.signals:add_demo_signals",
    "desktop_app.services.policy_options:add_demo_options",
)

DEMO_DATASETS = (
    # file, measure code, measure name, unit, source label
    ("germany_laender_employment.csv", "employees_de",
     "Employees subject to social insurance (30 June)", "persons",
     "Regionaldatenbank Deutschland, Tab. 254-74-4-B (via REAT G.regions.emp)"),
    ("eu28_employment.csv", "employees_eu",
     "Employees, domestic concept", "thousand persons",
     "Eurostat namq_10_a10_e (via REAT EU28.emp)"),
)


def build_demo(target: str | Path, progress: Progress | None = None) -> Path:
    """Write the demo project to ``target``; on failure or cancel nothing is left there.

    The project is built under a name of this process's own and appears under ``target`` only
    if nothing is there by then: of two builds started at once, one writes it and the other says
    that it exists.
    """
    progress = progress or NullProgress()
    target = Path(target)
    if target.exists():
        raise ProjectError(Text("{name} already exists; choose another name.", name=target.name))
    partial = target.with_name(f"{partial_name(target)}demo.partial")
    source = resources_dir() / "demo"
    try:
        with create_project(partial) as project:
            with project.transaction():
                _fill(project.db, source, progress)
        _publish(partial, target)
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + end)
                                    for end in ("-wal", "-shm", ".lock"))):
            leftover.unlink(missing_ok=True)
    progress.report(1.0, Text("Demo project ready"))
    return target


def _publish(built: Path, target: Path) -> None:
    """Give ``built`` the name ``target`` unless a file took that name meanwhile."""
    try:
        os.link(built, target)  # fails, unlike a rename, when the target exists
    except FileExistsError:
        raise ProjectError(Text(
            "{name} was created meanwhile (by another Anticipa?); it was left as it is.",
            name=target.name,
        )) from None
    except OSError:  # a file system without hard links
        if target.exists():
            raise ProjectError(Text(
                "{name} was created meanwhile (by another Anticipa?); it was left as it is.",
                name=target.name,
            )) from None
        os.replace(built, target)


def _fill(db: sqlite_utils.Database, source: Path, progress: Progress) -> None:
    progress.report(0.0, Text("Classifications"))
    _load_classifications(db, source)
    share = 0.8 / len(DEMO_DATASETS)
    for k, (file_name, code, name, unit, label) in enumerate(DEMO_DATASETS):
        measure_id = measures.ensure_measure(db, code, name, unit)
        batch_id = create_batch(db, "demo", label=label, file_name=file_name)
        rows = _read_dataset(db, source / file_name, measure_id)
        step = progress.sub(0.05 + k * share, 0.05 + (k + 1) * share)
        for start in range(0, len(rows), 500):
            step.check()
            write_observations(db, rows[start:start + 500], batch_id)
            step.report(start / len(rows), Text("{file}: {done} of {n} rows", file=file_name, done=Number(f"{start:,}"), n=Number(f"{len(rows):,}")))
    for k, target in enumerate(DEMO_CONTENT):
        module_name, _, function = target.partition(":")
        step = progress.sub(0.85 + 0.15 * k / len(DEMO_CONTENT),
                            0.85 + 0.15 * (k + 1) / len(DEMO_CONTENT))
        getattr(importlib.import_module(module_name), function)(db, source, step)


def _load_classifications(db: sqlite_utils.Database, source: Path) -> None:
    with (source / "regions.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parent = classifications.resolve(db, "region", row["parent"]) if row["parent"] else None
            region_id = classifications.ensure(db, "region", row["code"], row["name"],
                                               parent_id=parent, level=int(row["level"]))
            if row["alias"]:
                classifications.add_alias(db, "region", row["alias"], region_id)
    with (source / "industries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            industry_id = classifications.ensure(db, "industry", row["code"], row["name"],
                                                 system="NACE Rev. 2 A*10")
            classifications.add_alias(db, "industry", row["alias"], industry_id)


def _read_dataset(db: sqlite_utils.Database, path: Path, measure_id: int) -> list[NewObservation]:
    """Rows of a tidy demo CSV as observations, with the CSV cell of each value as provenance."""
    rows: list[NewObservation] = []
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        value_column = chr(ord("A") + reader.fieldnames.index("employment"))
        for line, row in enumerate(reader, start=2):
            region_id = classifications.resolve(db, "region", row["region"])
            industry_id = classifications.resolve(db, "industry", row["industry_code"])
            if region_id is None or industry_id is None:
                raise ProjectError(Text(
                    "{name}, line {line}: unknown region or industry.",
                    name=path.name,
                    line=line,
                ))
            value = float(row["employment"]) if row["employment"].strip() else None
            rows.append(NewObservation(region_id, industry_id, measure_id, int(row["year"]),
                                       value, None if value is not None else "missing",
                                       sheet=path.name, cell=f"{value_column}{line}"))
    return rows
