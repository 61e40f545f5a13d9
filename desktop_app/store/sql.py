"""Small SQL helpers shared by migrations and repositories."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


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


class _Rehearsal(Exception):
    """Raised at the end of a dry run so that the transaction rolls everything back."""


@contextmanager
def atomic(db, dry_run: bool = False) -> Iterator[None]:
    """``db.atomic()``; with ``dry_run`` the work is done in full, then rolled back.

    A dry run thus reports exactly what a real run would do (ids, conflicts, counts) and
    leaves the project as it was.
    """
    try:
        with db.atomic():
            yield
            if dry_run:
                raise _Rehearsal()
    except _Rehearsal:
        pass
