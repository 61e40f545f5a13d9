"""Analysts' lifecycle stage judgements: dated, signed, with a reason, never edited.

A computed stage is a proposal; an analyst who knows better records a judgement that overrides
it. Judgements are only ever added, so the history of who said what, when and why is kept; the
newest one for a region and industry is the one in force.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.errors import UserError
from desktop_app.store.batches import current_author
from desktop_app.texts import Text

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

__all__ = [
    "STAGES",
    "Judgement",
    "JudgementError",
    "add_judgement",
    "current_judgement",
    "current_judgements",
    "delete_judgement",
    "history",
    "restore_judgement",
]

STAGES = ("emergence", "growth", "maturity", "decline", "renewal")


class JudgementError(UserError):
    """A judgement cannot be stored as given (unknown stage, empty reason, bad date)."""


@dataclass(frozen=True)
class Judgement:
    """One stored judgement; ``judged_on`` is an ISO date, ``created_at`` a UTC timestamp."""

    id: int
    region_id: int
    industry_id: int
    stage: str
    judged_on: str
    author: str
    reason: str
    created_at: str


_COLUMNS = "id, region_id, industry_id, stage, judged_on, author, reason, created_at"
# newest first: the judgement date, then the order of recording
_NEWEST = "ORDER BY judged_on DESC, id DESC"


def add_judgement(
    db: sqlite_utils.Database,
    region_id: int,
    industry_id: int,
    stage: str,
    reason: str,
    author: str | None = None,
    judged_on: str | _dt.date | None = None,
) -> int:
    """Record a judgement and return its id.

    Parameters
    ----------
    stage : str
        One of ``STAGES``.
    reason : str
        Why; required, because a judgement without a reason cannot be reviewed later.
    author : str, optional
        Who signs it; defaults to the signed-in user.
    judged_on : str or date, optional
        The date it holds from (ISO ``YYYY-MM-DD``); defaults to today.
    """
    if stage not in STAGES:
        raise JudgementError(Text(
            "Unknown stage {stage}; stages are {names}.",
            stage=f"{stage!r}",
            names=', '.join(STAGES),
        ))
    reason = (reason or "").strip()
    if not reason:
        raise JudgementError(Text("A judgement needs a reason."))
    author = (author if author is not None else current_author()).strip() or "unknown"
    judged_on = _iso_date(judged_on)
    return (
        db["lifecycle_judgements"]
        .insert(
            {
                "region_id": region_id,
                "industry_id": industry_id,
                "stage": stage,
                "judged_on": judged_on,
                "author": author,
                "reason": reason,
            }
        )
        .last_pk
    )


def delete_judgement(db: sqlite_utils.Database, judgement_id: int) -> Judgement | None:
    """Remove a judgement (used only to undo its recording) and return what was removed."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM lifecycle_judgements WHERE id = ?", [judgement_id]
    ).fetchone()
    if row is None:
        return None
    db.execute("DELETE FROM lifecycle_judgements WHERE id = ?", [judgement_id])
    return Judgement(*row)


def restore_judgement(db: sqlite_utils.Database, judgement: Judgement) -> None:
    """Put back a judgement removed by :func:`delete_judgement`, with its id (redo of an undo)."""
    record = {name: getattr(judgement, name) for name in _COLUMNS.split(", ")}
    db["lifecycle_judgements"].insert(record)


def history(db: sqlite_utils.Database, region_id: int, industry_id: int) -> list[Judgement]:
    """Every judgement for one region and industry, newest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM lifecycle_judgements WHERE region_id = ? AND industry_id = ? "
        + _NEWEST,
        [region_id, industry_id],
    )
    return [Judgement(*row) for row in rows]


def current_judgement(
    db: sqlite_utils.Database, region_id: int, industry_id: int
) -> Judgement | None:
    """The judgement in force (the newest), or None when the computed stage stands."""
    found = history(db, region_id, industry_id)
    return found[0] if found else None


def current_judgements(db: sqlite_utils.Database, region_id: int) -> dict[int, Judgement]:
    """The judgement in force for each industry of a region that has one."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM lifecycle_judgements WHERE region_id = ? "
        "ORDER BY judged_on ASC, id ASC",
        [region_id],
    )
    latest: dict[int, Judgement] = {}
    for row in rows:
        judgement = Judgement(*row)
        latest[judgement.industry_id] = judgement  # later rows win
    return latest


def _iso_date(value: str | _dt.date | None) -> str:
    if value is None:
        return _dt.date.today().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise JudgementError(Text(
            "{value} is not a date (use YYYY-MM-DD).",
            value=f"{value!r}",
        )) from None


def regions_worked_on(db: sqlite_utils.Database) -> list[int]:
    """Ids of the regions with lifecycle judgements, institutions or region-specific
    competency links: those an analyst has worked on, in id order."""
    rows = db.execute(
        "SELECT region_id FROM lifecycle_judgements UNION "
        "SELECT region_id FROM institutions WHERE region_id IS NOT NULL UNION "
        "SELECT region_id FROM competency_industry_links WHERE region_id IS NOT NULL "
        "ORDER BY 1"
    )
    return [rid for (rid,) in rows]
