"""Version 11: policy options — the register, their targets, and their effects on outcomes.

An option targets industries, competencies or meso institutions of the registers (one target per
row, deleted with its target). Its assumed effect on an outcome (low / mode / high) is given for
one scenario of a study or for one descriptor variant (deleted with it). Outcomes carry their
direction: more jobs is better, more emissions worse.
"""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
CREATE TABLE policy_outcomes (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower'))
);
INSERT INTO policy_outcomes (name, direction) VALUES
    ('jobs', 'higher'), ('value added', 'higher'), ('decent jobs', 'higher'),
    ('emissions', 'lower'), ('score', 'higher');
CREATE TABLE policy_options (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    instrument TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    cost REAL CHECK (cost IS NULL OR cost >= 0),
    start_year INTEGER,
    time_to_effect REAL CHECK (time_to_effect IS NULL OR time_to_effect >= 0),
    owner TEXT NOT NULL DEFAULT ''
);
CREATE TABLE policy_option_targets (
    id INTEGER PRIMARY KEY,
    option_id INTEGER NOT NULL REFERENCES policy_options(id) ON DELETE CASCADE,
    industry_id INTEGER REFERENCES industries(id) ON DELETE CASCADE,
    competency_id INTEGER REFERENCES competencies(id) ON DELETE CASCADE,
    institution_id INTEGER REFERENCES institutions(id) ON DELETE CASCADE,
    CHECK ((industry_id IS NOT NULL) + (competency_id IS NOT NULL)
           + (institution_id IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX policy_option_targets_one ON policy_option_targets
    (option_id, COALESCE(industry_id, 0), COALESCE(competency_id, 0), COALESCE(institution_id, 0));
CREATE TABLE policy_option_effects (
    id INTEGER PRIMARY KEY,
    option_id INTEGER NOT NULL REFERENCES policy_options(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL REFERENCES policy_outcomes(name) ON UPDATE CASCADE,
    scenario_id INTEGER REFERENCES scenarios(id) ON DELETE CASCADE,
    variant_id INTEGER REFERENCES variants(id) ON DELETE CASCADE,
    low REAL NOT NULL,
    mode REAL NOT NULL,
    high REAL NOT NULL,
    CHECK (low <= mode AND mode <= high),
    CHECK ((scenario_id IS NULL) <> (variant_id IS NULL))
);
CREATE UNIQUE INDEX policy_option_effects_cell ON policy_option_effects
    (option_id, outcome, COALESCE(scenario_id, 0), COALESCE(variant_id, 0));
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
