"""Version 9: what each descriptor is to its study and how much it weighs, and the analysts'
weights of scenarios.

- ``descriptors.role``: system, lever (set by policy) or context (external); ``weight``: a
  factor on its judgements of the others (1: as judged).
- ``scenarios.weight``: an analyst's weight of the scenario in the futures' ensemble (NULL: none
  set); ``futures_settings.weights`` may then be ``'analyst'``. SQLite cannot change a CHECK in
  place, so that table is rebuilt with its rows.
"""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
ALTER TABLE descriptors ADD COLUMN role TEXT NOT NULL DEFAULT 'system'
    CHECK (role IN ('system', 'lever', 'context'));
ALTER TABLE descriptors ADD COLUMN weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0);
ALTER TABLE scenarios ADD COLUMN weight REAL CHECK (weight IS NULL OR weight >= 0);
CREATE TABLE futures_settings_v9 (
    study_id INTEGER PRIMARY KEY REFERENCES scenario_studies(id) ON DELETE CASCADE,
    region_id INTEGER REFERENCES regions(id) ON DELETE SET NULL,
    measure_id INTEGER REFERENCES measures(id) ON DELETE SET NULL,
    horizon INTEGER,
    baseline TEXT NOT NULL DEFAULT 'auto'
        CHECK (baseline IN ('auto', 'lifecycle', 'trend', 'shift-share')),
    trend_window INTEGER CHECK (trend_window IS NULL OR trend_window > 0),
    draws INTEGER NOT NULL DEFAULT 2000 CHECK (draws >= 0),
    seed INTEGER NOT NULL DEFAULT 0,
    weights TEXT NOT NULL DEFAULT 'equal' CHECK (weights IN ('equal', 'tis', 'analyst'))
);
INSERT INTO futures_settings_v9 SELECT * FROM futures_settings;
DROP TABLE futures_settings;
ALTER TABLE futures_settings_v9 RENAME TO futures_settings;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
