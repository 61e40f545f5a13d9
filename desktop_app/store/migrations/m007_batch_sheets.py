"""Version 7: what an import batch read and how: the sheets (one recipe may read many) and
the rule that formed years from months or quarters ('mean; incomplete years flagged')."""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
-- JSON list of the sheet names the batch read; the one sheet for batches written before.
ALTER TABLE import_batches ADD COLUMN sheets TEXT NOT NULL DEFAULT '[]';
UPDATE import_batches SET sheets = json_array(sheet) WHERE sheet IS NOT NULL;
-- NULL when the values were read by year.
ALTER TABLE import_batches ADD COLUMN period_rule TEXT
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
