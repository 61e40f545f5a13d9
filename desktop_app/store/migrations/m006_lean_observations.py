"""Version 6: observations lose the (measure, year) index, which no query needed.

Its one user, the years of a measure, preceded a read of all that measure's rows, which now
give the years themselves; the project's distinct years scan an index either way. Every
imported value paid for the index: about a quarter of the time to store a large import.
"""

import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
DROP INDEX IF EXISTS observations_by_year;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
