"""Version 1: classifications, measures, import batches and observations with provenance."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES regions(id) ON DELETE SET NULL,
    level INTEGER
);
CREATE TABLE industries (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES industries(id) ON DELETE SET NULL,
    system TEXT
);
-- Aliases are stored normalised (see classifications.normalize_label): one label, one target.
CREATE TABLE region_aliases (
    alias TEXT PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE
);
CREATE TABLE industry_aliases (
    alias TEXT PRIMARY KEY,
    industry_id INTEGER NOT NULL REFERENCES industries(id) ON DELETE CASCADE
);
CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
-- Every value comes from one batch: an import, the demo, a manual edit or a merge.
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('import', 'demo', 'manual', 'merge')),
    label TEXT NOT NULL DEFAULT '',
    file_name TEXT,
    file_sha256 TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    author TEXT NOT NULL DEFAULT '',
    undone_at TEXT
);
CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    industry_id INTEGER NOT NULL REFERENCES industries(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL,
    flag TEXT,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    sheet TEXT,
    cell TEXT,
    UNIQUE (measure_id, region_id, industry_id, year)
);
CREATE INDEX observations_by_batch ON observations(batch_id);
CREATE INDEX observations_by_year ON observations(measure_id, year);
-- The value an observation had before each change, so nothing overwritten is lost.
CREATE TABLE observation_history (
    id INTEGER PRIMARY KEY,
    observation_id INTEGER NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    old_value REAL,
    old_flag TEXT,
    old_batch_id INTEGER REFERENCES import_batches(id),
    old_sheet TEXT,
    old_cell TEXT,
    new_batch_id INTEGER NOT NULL REFERENCES import_batches(id),
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX observation_history_by_observation ON observation_history(observation_id);
CREATE INDEX observation_history_by_batch ON observation_history(new_batch_id);
-- Whoever changes a value (import, manual edit, merge, undo), the old one is kept.
CREATE TRIGGER observations_keep_history AFTER UPDATE OF value, flag, batch_id ON observations
WHEN OLD.value IS NOT NEW.value OR OLD.flag IS NOT NEW.flag OR OLD.batch_id IS NOT NEW.batch_id
BEGIN
    INSERT INTO observation_history
        (observation_id, old_value, old_flag, old_batch_id, old_sheet, old_cell, new_batch_id)
    VALUES (OLD.id, OLD.value, OLD.flag, OLD.batch_id, OLD.sheet, OLD.cell, NEW.batch_id);
END;
CREATE TABLE project_info (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
