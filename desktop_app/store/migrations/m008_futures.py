"""Version 8: regional futures — a study's choices, variant effects on industries, shocks, fits.

Effects and shocks hang on a variant (deleted with it); ``industry_id`` NULL means every
industry. Fitted baselines are stored per region, industry, measure and kind with a stamp of the
series they were fitted to, so a later import that changes the data makes them stale.
"""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
CREATE TABLE futures_settings (
    study_id INTEGER PRIMARY KEY REFERENCES scenario_studies(id) ON DELETE CASCADE,
    region_id INTEGER REFERENCES regions(id) ON DELETE SET NULL,
    measure_id INTEGER REFERENCES measures(id) ON DELETE SET NULL,
    horizon INTEGER,
    baseline TEXT NOT NULL DEFAULT 'auto'
        CHECK (baseline IN ('auto', 'lifecycle', 'trend', 'shift-share')),
    trend_window INTEGER CHECK (trend_window IS NULL OR trend_window > 0),
    draws INTEGER NOT NULL DEFAULT 2000 CHECK (draws >= 0),
    seed INTEGER NOT NULL DEFAULT 0,
    weights TEXT NOT NULL DEFAULT 'equal' CHECK (weights IN ('equal', 'tis'))
);
CREATE TABLE futures_effects (
    id INTEGER PRIMARY KEY,
    variant_id INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    industry_id INTEGER REFERENCES industries(id) ON DELETE CASCADE,
    low REAL NOT NULL,
    mode REAL NOT NULL,
    high REAL NOT NULL,
    CHECK (low <= mode AND mode <= high)
);
CREATE UNIQUE INDEX futures_effects_cell ON futures_effects (variant_id, COALESCE(industry_id, 0));
CREATE TABLE futures_shocks (
    id INTEGER PRIMARY KEY,
    variant_id INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    industry_id INTEGER REFERENCES industries(id) ON DELETE CASCADE,
    start_year INTEGER NOT NULL,
    depth REAL NOT NULL CHECK (depth > -1),
    recovery_years INTEGER NOT NULL CHECK (recovery_years >= 0),
    shape TEXT NOT NULL DEFAULT 'linear' CHECK (shape IN ('linear', 'exponential'))
);
CREATE TABLE futures_fits (
    region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    industry_id INTEGER NOT NULL REFERENCES industries(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    series_stamp TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (region_id, industry_id, measure_id, kind)
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
