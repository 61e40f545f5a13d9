"""Version 3: scenario studies with descriptors, variants, experts' cross impacts and scenarios."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
CREATE TABLE scenario_studies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    aggregation TEXT NOT NULL DEFAULT 'mean' CHECK (aggregation IN ('sum', 'mean', 'median')),
    source_file TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE descriptors (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES scenario_studies(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    short_name TEXT NOT NULL,
    name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    UNIQUE (study_id, position),
    UNIQUE (study_id, short_name),
    UNIQUE (study_id, name)
);
CREATE TABLE variants (
    id INTEGER PRIMARY KEY,
    descriptor_id INTEGER NOT NULL REFERENCES descriptors(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    short_name TEXT NOT NULL,
    name TEXT NOT NULL,
    colour TEXT NOT NULL DEFAULT '',
    UNIQUE (descriptor_id, position)
);
CREATE TABLE experts (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES scenario_studies(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (study_id, name)
);
-- How variant "source" of one descriptor promotes (+) or restricts (-) variant "target".
-- Only judged cells are stored: a missing row means 0 (no impact) with no comment.
CREATE TABLE cross_impacts (
    expert_id INTEGER NOT NULL REFERENCES experts(id) ON DELETE CASCADE,
    source_variant_id INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    target_variant_id INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (expert_id, source_variant_id, target_variant_id)
);
-- variant_ids: the chosen variant of each descriptor, in descriptor order, space-separated.
CREATE TABLE scenarios (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES scenario_studies(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    narrative TEXT NOT NULL DEFAULT '',
    variant_ids TEXT NOT NULL,
    tis REAL,
    ic REAL,
    origin TEXT NOT NULL DEFAULT 'solve' CHECK (origin IN ('solve', 'axes', 'manual')),
    UNIQUE (study_id, variant_ids)
);
-- Directly entered MICMAC influence of one descriptor on another, 0 (none) .. 3 (strong).
CREATE TABLE micmac_influences (
    source_descriptor_id INTEGER NOT NULL REFERENCES descriptors(id) ON DELETE CASCADE,
    target_descriptor_id INTEGER NOT NULL REFERENCES descriptors(id) ON DELETE CASCADE,
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 3),
    PRIMARY KEY (source_descriptor_id, target_descriptor_id)
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
