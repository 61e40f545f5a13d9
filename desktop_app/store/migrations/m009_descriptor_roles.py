"""Version 9: what each descriptor is to the study (system, policy lever or external context)
and its weight (its judgements counted more or less in every impact balance)."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
ALTER TABLE descriptors ADD COLUMN role TEXT NOT NULL DEFAULT 'system'
    CHECK (role IN ('system', 'lever', 'context'));
ALTER TABLE descriptors ADD COLUMN weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
