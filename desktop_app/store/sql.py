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


@contextmanager
def references_checked_by_caller(db) -> Iterator[None]:
    """No row-by-row foreign-key checks inside the block; the caller checks ids once.

    Inserting 200,000 observations checks four references per row, a fifth of the insert's
    time. A bulk writer that resolved every id itself turns the checks off for its
    transaction and verifies the distinct ids with :func:`missing_ids` instead. SQLite only
    changes the setting outside a transaction: inside one, checks simply stay on.
    """
    conn = db.conn
    if conn.in_transaction or not conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        yield
        return
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def missing_ids(db, table: str, ids) -> list[int]:
    """The ids among ``ids`` that are no row of ``table`` (sorted)."""
    wanted = sorted(set(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ", ".join("?" * len(part))
        found.update(
            r[0] for r in db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part)
        )
    return [i for i in wanted if i not in found]


@contextmanager
def page_cache(db, kib: int) -> Iterator[None]:
    """Give the connection a larger page cache (KiB) for the duration of a block.

    A large import then keeps the unique index of ``observations`` in memory instead of
    reading it again page by page.
    """
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")
