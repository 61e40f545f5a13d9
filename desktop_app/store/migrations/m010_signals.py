"""Signals: signposts on descriptor variants, their changes, the radar of trends, experiments.

A signpost hangs on a variant (deleted with it) and reads a measure of a region and industry
(``industry_id`` NULL: the region's total over its industries), or is a dated judgement. The
status it was last read with is kept on it, so a later import or undo can say what changed; each
change is a row of ``signpost_changes``. A trigger names a policy option by its name, as text.
Radar signals link to descriptors; experiments name the option or project they try.
"""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
CREATE TABLE signposts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    variant_id INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('level', 'growth', 'share', 'lq', 'judgement')),
    region_id INTEGER REFERENCES regions(id) ON DELETE CASCADE,
    industry_id INTEGER REFERENCES industries(id) ON DELETE CASCADE,
    measure_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
    reference_region_id INTEGER REFERENCES regions(id) ON DELETE SET NULL,
    span INTEGER NOT NULL DEFAULT 1 CHECK (span >= 1),
    direction TEXT CHECK (direction IS NULL OR direction IN ('above', 'below')),
    threshold REAL,
    judgement TEXT NOT NULL DEFAULT '',
    judged_status TEXT CHECK (judged_status IS NULL
        OR judged_status IN ('reached', 'not reached', 'unknown')),
    judged_on TEXT,
    trigger_option TEXT NOT NULL DEFAULT '',
    trigger_action TEXT CHECK (trigger_action IS NULL
        OR trigger_action IN ('start', 'adjust', 'stop')),
    last_status TEXT NOT NULL DEFAULT 'unknown',
    last_year INTEGER,
    last_value REAL,
    CHECK (kind = 'judgement' OR (region_id IS NOT NULL AND measure_id IS NOT NULL
        AND direction IS NOT NULL AND threshold IS NOT NULL)),
    CHECK (kind <> 'judgement' OR (judged_status IS NOT NULL AND judged_on IS NOT NULL))
);
CREATE TABLE signpost_changes (
    id INTEGER PRIMARY KEY,
    signpost_id INTEGER NOT NULL REFERENCES signposts(id) ON DELETE CASCADE,
    batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    cause TEXT NOT NULL CHECK (cause IN ('import', 'undo', 'merge', 'edit')),
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    old_status TEXT NOT NULL,
    new_status TEXT NOT NULL,
    year INTEGER,
    value REAL,
    text TEXT NOT NULL
);
CREATE INDEX signpost_changes_signpost ON signpost_changes (signpost_id);
CREATE TABLE radar_signals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    kind TEXT NOT NULL DEFAULT 'trend' CHECK (kind IN ('trend', 'weak signal')),
    category TEXT NOT NULL CHECK (category IN
        ('social', 'technological', 'economic', 'environmental', 'political')),
    horizon TEXT NOT NULL CHECK (horizon IN ('short', 'medium', 'long')),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    source TEXT NOT NULL DEFAULT '',
    noticed_on TEXT,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE radar_descriptors (
    signal_id INTEGER NOT NULL REFERENCES radar_signals(id) ON DELETE CASCADE,
    descriptor_id INTEGER NOT NULL REFERENCES descriptors(id) ON DELETE CASCADE,
    PRIMARY KEY (signal_id, descriptor_id)
);
CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    subject TEXT NOT NULL DEFAULT '',
    hypothesis TEXT NOT NULL DEFAULT '',
    signal TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    budget REAL CHECK (budget IS NULL OR budget >= 0),
    status TEXT NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'scaled up', 'adjusted', 'stopped')),
    lesson TEXT NOT NULL DEFAULT '',
    CHECK (decision_date >= start_date)
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
