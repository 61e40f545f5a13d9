"""Lifecycle judgements: dated, signed, with a reason; a new one supersedes, history is kept."""

import pytest

from desktop_app.store import classifications
from desktop_app.store import lifecycle_judgements as lj


@pytest.fixture
def ids(project):
    db = project.db
    region = classifications.ensure(db, "region", "DE1", "Baden-Wuerttemberg")
    industry = classifications.ensure(db, "industry", "C", "Manufacturing")
    return db, region, industry


def test_newest_judgement_is_in_force_and_history_keeps_all(ids):
    db, region, industry = ids
    first = lj.add_judgement(
        db, region, industry, "maturity", "flat since 2010", author="ana", judged_on="2023-01-10"
    )
    second = lj.add_judgement(
        db,
        region,
        industry,
        "decline",
        "plant closures announced",
        author="luis",
        judged_on="2024-05-02",
    )
    current = lj.current_judgement(db, region, industry)
    assert (current.id, current.stage, current.author) == (second, "decline", "luis")
    assert [j.id for j in lj.history(db, region, industry)] == [second, first]
    assert lj.current_judgements(db, region)[industry].id == second


def test_backdated_judgement_does_not_override_a_later_one(ids):
    db, region, industry = ids
    later = lj.add_judgement(db, region, industry, "growth", "new plant", judged_on="2024-01-01")
    lj.add_judgement(db, region, industry, "maturity", "as seen in 2022", judged_on="2022-06-30")
    assert lj.current_judgement(db, region, industry).id == later
    assert lj.current_judgements(db, region)[industry].id == later


def test_refusals_name_the_problem(ids):
    db, region, industry = ids
    with pytest.raises(lj.JudgementError, match="stages are emergence"):
        lj.add_judgement(db, region, industry, "boom", "why not")
    with pytest.raises(lj.JudgementError, match="needs a reason"):
        lj.add_judgement(db, region, industry, "growth", "   ")
    with pytest.raises(lj.JudgementError, match="YYYY-MM-DD"):
        lj.add_judgement(db, region, industry, "growth", "ok", judged_on="31/12/2024")


def test_default_author_and_date_and_exact_undo(ids):
    import datetime

    db, region, industry = ids
    new = lj.add_judgement(db, region, industry, "renewal", "new battery cluster")
    judgement = lj.current_judgement(db, region, industry)
    assert judgement.judged_on == datetime.date.today().isoformat()
    assert judgement.author
    removed = lj.delete_judgement(db, new)
    assert lj.history(db, region, industry) == []
    lj.restore_judgement(db, removed)
    assert lj.history(db, region, industry) == [judgement]
