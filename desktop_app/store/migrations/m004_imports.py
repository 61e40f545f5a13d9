"""Version 4: saved import recipes, so next year's file from the same office imports in one step."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
-- One row per named recipe (the JSON format is docs/recipes.md); the sheet is kept beside the
-- JSON so that the recipes fitting a workbook are found without reading every document.
CREATE TABLE import_recipes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sheet TEXT NOT NULL DEFAULT '',
    recipe_json TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
ALTER TABLE import_batches ADD COLUMN sheet TEXT;
ALTER TABLE import_batches ADD COLUMN recipe_name TEXT
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
