"""Small SQL helpers shared by migrations and repositories."""

import sqlite3


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated statements (triggers included) inside the caller's transaction.

    ``sqlite3.Connection.executescript`` would commit first, breaking the all-or-nothing
    migration, so complete statements are run one by one.
    """
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                conn.execute(pending)
            pending = ""
    if pending.strip(" \n;"):
        raise ValueError(f"Incomplete SQL statement: {pending[:60]!r}")
