"""Version 2: competencies, meso institutions, their dated links, and lifecycle judgements."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
CREATE TABLE competencies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'know-how'
        CHECK (type IN ('know-how', 'skills', 'research', 'other')),
    evidence TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT ''
);
CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL DEFAULT 'other',
    region_id INTEGER REFERENCES regions(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT ''
);
-- Links carry dates because policy is judged by their dynamics (new links, renewal).
CREATE TABLE competency_industry_links (
    id INTEGER PRIMARY KEY,
    competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
    industry_id INTEGER NOT NULL REFERENCES industries(id) ON DELETE CASCADE,
    region_id INTEGER REFERENCES regions(id) ON DELETE CASCADE,
    strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    evidence TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to TEXT
);
CREATE TABLE competency_institution_links (
    id INTEGER PRIMARY KEY,
    competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
    strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    evidence TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to TEXT
);
-- Judgements are never edited: a new one supersedes, so the history stays.
CREATE TABLE lifecycle_judgements (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    industry_id INTEGER NOT NULL REFERENCES industries(id) ON DELETE CASCADE,
    stage TEXT NOT NULL
        CHECK (stage IN ('emergence', 'growth', 'maturity', 'decline', 'renewal')),
    judged_on TEXT NOT NULL,
    author TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX lifecycle_judgements_by_pair ON lifecycle_judgements(region_id, industry_id);
-- One link per competency and industry (per region, or for all regions when region_id is NULL),
-- one per competency and institution: the matrix editor sets a cell, it does not stack them.
CREATE UNIQUE INDEX competency_industry_links_cell
    ON competency_industry_links(competency_id, industry_id, COALESCE(region_id, 0));
CREATE UNIQUE INDEX competency_institution_links_pair
    ON competency_institution_links(competency_id, institution_id);
CREATE INDEX competency_industry_links_by_industry ON competency_industry_links(industry_id);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
