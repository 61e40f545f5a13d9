"""Version 5: the office each batch of values came from, for projects merged between offices."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
ALTER TABLE import_batches ADD COLUMN office TEXT NOT NULL DEFAULT '';
-- One row per project package merged in, with what it brought and what was left for a decision.
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    office TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    summary_json TEXT NOT NULL DEFAULT '{}'
)
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
