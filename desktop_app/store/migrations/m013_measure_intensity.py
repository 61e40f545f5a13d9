"""Measure intensity: a measure held per unit of the projected measure (per job).

Wage per employee, a formal or decent-work share, emissions per job, women's share: such a
measure is not summed over industries but weighted by their jobs. ``intensity`` 1 marks it;
regional futures then give ``jobs x intensity`` per scenario (docs/futures.md). Existing
measures are levels (0).
"""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
ALTER TABLE measures ADD COLUMN intensity INTEGER NOT NULL DEFAULT 0 CHECK (intensity IN (0, 1));
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
