"""Signposts read again when an import brings new data, and back when that import is undone.

The demo holds the German Länder employment (Regionaldatenbank 254-74-4-B); Baden-Württemberg's
industry B-E had 1,342,241 employees in 2014 and 1,322,092 in 2013 (resources/demo CSV). The
imported 2015 value 1,287,209 is 4.1 % below 2014 (1,287,209 / 1,342,241 - 1 = -0.04100).
"""

import pytest

from desktop_app.services import signals
from desktop_app.services.importing import commit_import, plan_import, undo_batch
from desktop_app.store import signals as store
from desktop_app.store.project import open_project
from desktop_app.texts import Text

DECLINE = "Manufacturing jobs in Baden-Württemberg"  # growth below -2 % -> World economy: Decline
BOOM = "Manufacturing jobs in Baden-Württemberg (boom)"  # growth above 1.5 % -> Rapid growth


@pytest.fixture
def demo(demo_project):
    with open_project(demo_project) as project:
        yield project.db


def _status(db, name):
    return {row["signpost"]: row for row in signals.signposts_payload(db)["signposts"]}[name]


def _import(db, tmp_path, value):
    path = tmp_path / "bw_2015.csv"
    path.write_text(f"region,industry,year,employment\nBaden-Wuerttemberg,B-E,2015,{value}\n")
    return commit_import(db, plan_import(path, measure="employees_de"))


def test_an_import_across_the_threshold_reaches_the_signpost_and_its_undo_takes_it_back(
        demo, tmp_path):
    # 2014 against 2013: 1,342,241 / 1,322,092 - 1 = +1.52 %: the boom signpost is reached
    assert (_status(demo, DECLINE)["status"], _status(demo, DECLINE)["year"]) == (
        "not reached", 2014)
    assert _status(demo, BOOM)["status"] == "reached"
    batch = _import(demo, tmp_path, 1_287_209)
    assert (_status(demo, DECLINE)["status"], _status(demo, DECLINE)["year"]) == ("reached", 2015)
    assert _status(demo, BOOM)["status"] == "not reached"
    changes = {c.signpost: c for c in store.list_changes(demo)}
    assert changes[DECLINE].text == (
        "Manufacturing jobs in Baden-Württemberg fell 4.1 % in 2015: signpost for World economy: "
        "Decline reached")
    assert (changes[DECLINE].cause, changes[DECLINE].batch_id) == ("import", batch)
    assert changes[BOOM].text.endswith("Rapid growth no longer reached")
    # the option the decline signpost triggers is now listed
    assert [p.name for p in signals.triggered(demo) if p.name == DECLINE] == [DECLINE]

    undo_batch(demo, batch)
    assert (_status(demo, DECLINE)["status"], _status(demo, DECLINE)["year"]) == (
        "not reached", 2014)
    assert _status(demo, BOOM)["status"] == "reached"
    latest = store.list_changes(demo, limit=2)
    assert {c.cause for c in latest} == {"undo"}
    assert {c.signpost: c.text for c in latest}[DECLINE] == (
        "Manufacturing jobs in Baden-Württemberg rose 1.5 % in 2014: signpost for World economy: "
        "Decline no longer reached")
    stored = {p.name: p for p in store.list_signposts(demo)}
    assert (stored[DECLINE].last_status, stored[DECLINE].last_year) == ("not reached", 2014)
    # the recorded sentences made again from their signposts, to be translated where shown
    words = signals.in_words(demo, latest)
    assert words == [c.text for c in latest] and all(isinstance(w, Text) for w in words)
    # a signpost renamed since: its recorded sentence stays as it was recorded
    demo.execute("UPDATE signposts SET name = ? WHERE id = ?",
                 ["Manufacturing decline", stored[DECLINE].id])
    renamed = signals.in_words(demo, store.list_changes(demo, limit=2))
    assert sorted(renamed) == sorted(c.text for c in latest)
    assert sum(isinstance(w, Text) for w in renamed) == 1


def test_an_import_that_stays_on_the_same_side_changes_no_status(demo, tmp_path):
    # 1,335,000 / 1,342,241 - 1 = -0.54 %: neither below -2 % nor above 1.5 %
    before = len(store.list_changes(demo, limit=1000))
    _import(demo, tmp_path, 1_335_000)
    assert _status(demo, DECLINE)["status"] == "not reached"
    assert _status(demo, BOOM)["status"] == "not reached"
    assert len(store.list_changes(demo, limit=1000)) == before + 1  # the boom signpost only


def test_scenario_plausibility_counts_the_signposts_of_its_variants(demo, tmp_path):
    # S4 = Free trade · Moderate · Moderate growth: the LQ of B-E in Baden-Württemberg
    # (2014: 1,342,241 / 4,265,930 against the Länder's 7,155,807 / 30,169,121 = 1.327 > 1.3)
    # and Berlin's share of J (70,532 / 1,269,138 = 5.56 % > 5 %) are both reached.
    rows = {s["label"].split(" ·")[0]: s for s in signals.signposts_payload(demo)["scenarios"]}
    assert (rows["S4"]["reached"], rows["S4"]["not_reached"], rows["S4"]["unknown"]) == (2, 0, 0)
    # S1 = National · Alert · Stagnation: the tariff judgement (not reached), Bayern's public
    # sector above 1.3 million (1,050,058 in 2014: not reached), all jobs in Baden-Württemberg
    # growing less than 0.5 % (2014: 4,265,930 / 4,131,556 - 1 = +3.25 %: not reached)
    assert (rows["S1"]["reached"], rows["S1"]["not_reached"], rows["S1"]["unknown"]) == (0, 3, 0)


def test_a_year_with_one_industry_only_gives_no_total(demo, tmp_path):
    # 2015 brings B-E alone: Baden-Württemberg's total for 2015 would be 1,287,209 (-70 %);
    # the signpost on all its jobs keeps reading 2014 instead
    _import(demo, tmp_path, 1_287_209)
    row = _status(demo, "All jobs in Baden-Württemberg")
    assert (row["status"], row["year"]) == ("not reached", 2014)
