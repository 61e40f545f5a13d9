"""Policy options end to end: a small study worked by hand, the options workbook with bad cells,
the command line's JSON on the demo."""

import json

import pytest
from openpyxl import Workbook

from desktop_app.cli import main
from desktop_app.io.policy_workbook import OptionsWorkbookError, read_options_workbook
from desktop_app.services.futures import FuturesError
from desktop_app.services.policy_options import (
    OptionsError,
    options_payload,
    run_options,
    store_workbook_options,
    workbook_rows,
)
from desktop_app.store import classifications
from desktop_app.store import policy_options as po
from desktop_app.store import scenarios as st
from desktop_app.store.project import open_project
from desktop_app.store.scenarios import NewDescriptor

GLOBAL_STUDY = "Global context (CIB sample)"


def near(value):
    """JSON numbers carry six significant digits."""
    return pytest.approx(value, rel=1e-5)


@pytest.fixture
def small(project):
    """Study 'Trade' (World: Open/Closed, Tech: Fast/Slow) with scenarios a = Open·Fast,
    b = Closed·Fast, c = Closed·Slow, and two options with effects on jobs:
    Grant: Open 10/10/10, Closed -6/-3/0, Slow 1/2/9, and 4/4/4 for scenario c itself;
    Training: 2/2/2 under Open and under Closed."""
    db = project.db
    sid = st.create_study(db, "Trade", [NewDescriptor("World", ["Open", "Closed"]),
                                         NewDescriptor("Tech", ["Fast", "Slow"])])
    study = st.require_study(db, sid)
    st.save_scenarios(db, study, [((0, 0), 1.0, 0.0), ((1, 0), 1.0, 0.0), ((1, 1), 1.0, 0.0)])
    a, b, c = (s.id for s in st.list_scenarios(db, study))
    (open_, closed), (_, slow) = ([v.id for v in d.variants] for d in study.descriptors)
    classifications.ensure(db, "industry", "C", "Manufacturing")
    grant = po.add_option(db, "Grant", instrument="grant", cost=5)
    training = po.add_option(db, "Training", instrument="training")
    for option, variant, low, mode, high in ((grant, open_, 10, 10, 10),
                                             (grant, closed, -6, -3, 0),
                                             (grant, slow, 1, 2, 9),
                                             (training, open_, 2, 2, 2),
                                             (training, closed, 2, 2, 2)):
        po.set_effect(db, po.OptionEffect(option, "jobs", None, variant, low, mode, high))
    po.set_effect(db, po.OptionEffect(grant, "jobs", c, None, 4, 4, 4))
    return db, study, (a, b, c)


def test_small_study_worked_by_hand(small):
    db, study, (a, b, c) = small
    run = run_options(db, "Trade")
    payload = options_payload(run)
    assert payload["outcome"] == "jobs" and payload["direction"] == "higher"
    assert payload["threshold"] is None
    assert [s["scenario"] for s in payload["scenarios"]] == [a, b, c]
    assert [s["weight"] for s in payload["scenarios"]] == [near(1 / 3)] * 3
    by_name = {o["option"]: o for o in payload["options"]}
    # PERT means: Closed (-6 - 12 + 0)/6 = -3; Slow (1 + 8 + 9)/6 = 3.
    # Grant: a = Open 10; b = Closed -3; c has its own entry 4 (not -3 + 3 = 0)
    assert by_name["Grant"]["outcomes"] == {str(a): 10, str(b): -3, str(c): 4}
    assert by_name["Training"]["outcomes"] == {str(a): 2, str(b): 2, str(c): 2}
    assert by_name["No action"]["outcomes"] == {str(a): 0, str(b): 0, str(c): 0}
    # expected: Grant (10 - 3 + 4)/3 = 11/3; worst: -3 and 2
    assert by_name["Grant"]["expected"] == near(11 / 3)
    assert (by_name["Grant"]["worst"], by_name["Training"]["worst"]) == (-3, 2)
    # best per scenario 10, 2, 4: regret Grant 0, 5, 0; Training 8, 0, 2; No action 10, 2, 4
    assert [by_name[n]["max_regret"] for n in ("No action", "Grant", "Training")] == [10, 5, 8]
    # better than doing nothing: Grant in a and c, Training everywhere
    assert [by_name[n]["satisficing"] for n in ("No action", "Grant", "Training")] == [0, 2, 3]
    assert [by_name[n]["no_regret"] for n in ("No action", "Grant", "Training")] == [
        False, False, True]
    assert payload["ranking"] == {
        "expected": ["Grant", "Training", "No action"],
        "minimax_regret": ["Grant", "Training", "No action"],
        "satisficing": ["Training", "Grant", "No action"],
    }
    assert run.notes == ["The criteria disagree on the best option: expected value puts Grant "
                         "first, minimax regret puts Grant first, satisficing puts Training first."]
    # Grant fails in b alone: Closed holds b and c (1 of 2), Fast holds a and b (1 of 2)
    assert run.discovery[1] == [
        "Grant does no better than No action in 1 of 2 scenarios with World: Closed (density "
        "50%; coverage 100%, 1 of its 1 failing scenarios).",
        "Grant does no better than No action in 1 of 2 scenarios with Tech: Fast (density 50%; "
        "coverage 100%, 1 of its 1 failing scenarios).",
    ]
    # a threshold of 4: Grant reaches it in a and c, Training nowhere
    at_four = options_payload(run_options(db, "Trade", threshold=4))
    assert at_four["threshold"] == 4
    assert [o["satisficing"] for o in at_four["options"]] == [0, 2, 0]


def test_refusals_say_what_is_needed(small):
    db, _, _ = small
    with pytest.raises(OptionsError, match="No policy option has an effect on emissions"):
        run_options(db, "Trade", outcome="emissions")
    with pytest.raises(OptionsError, match="No outcome 'happiness'"):
        run_options(db, "Trade", outcome="happiness")
    with pytest.raises(OptionsError, match="leave out --region"):
        run_options(db, "Trade", outcome="score", horizon=2030)
    with pytest.raises(FuturesError, match="Choose the region"):
        run_options(db, "Trade", horizon=2030)


def _book(path, options, effects):
    wb = Workbook()
    ws = wb.active
    ws.title = "Options"
    for row in options:
        ws.append(row)
    ws = wb.create_sheet("Option effects")
    for row in effects:
        ws.append(row)
    wb.save(path)
    return path


OPTION_HEADER = ["option", "instrument", "target", "cost"]
EFFECT_HEADER = ["option", "scenario", "descriptor", "variant", "outcome", "low", "mode", "high"]


def test_workbook_names_every_rejected_cell(small, tmp_path):
    db, study, (a, b, c) = small
    path = _book(
        tmp_path / "bad.xlsx",
        [OPTION_HEADER,
         ["Cluster", "cluster support", "C", 3],
         ["Port", "infrastructure", "Harbour", "lots"]],  # C3 unknown target, D3 not a number
        [EFFECT_HEADER,
         ["Cluster", None, "World", "Closed", "jobs", 1, 2, 3],  # good
         ["Cluster", 999, None, None, "jobs", 1, 2, 3],  # B3 no such scenario
         ["Port", None, "Weather", "Rain", "jobs", 1, 2, 3],  # C4 no such descriptor
         ["Port", None, "World", "Sideways", "jobs", 1, 2, 3],  # D5 no such variant
         ["Port", None, "World", "Open", "happiness", 1, 2, 3],  # E6 no such outcome
         ["Port", None, "World", "Open", "jobs", 5, 1, 2],  # F7 disorder
         ["Port", a, "World", "Open", "jobs", 1, 2, 3],  # B8 both kinds
         ["Ghost", None, "World", "Open", "jobs", 1, 2, 3],  # A9 unknown option
         ["Cluster", None, "World", "Open", "jobs", 1, "two", 3]])  # G10 not a number
    book = read_options_workbook(path)
    with pytest.raises(OptionsWorkbookError) as caught:
        run_options(db, "Trade", book=book)
    cells = [p.place for p in caught.value.problems]
    assert cells == ["Options!C3", "Options!D3", "Option effects!B3", "Option effects!C4",
                     "Option effects!D5", "Option effects!E6", "Option effects!F7",
                     "Option effects!B8", "Option effects!A9", "Option effects!G10"]
    message = str(caught.value)
    assert "Options!C3: no industry or competency or institution 'Harbour'" in message
    assert "Option effects!B3: 'Trade' has no scenario '999'" in message
    assert main(["options", "--project", str(_closed(db)), "--study", "Trade", "--options",
                 str(path)]) == 2


def _closed(db):
    """The path of the small project, for the command line (the fixture keeps it open)."""
    return db.execute("PRAGMA database_list").fetchone()[2]


def test_workbook_judged_then_stored_and_written_back(small, tmp_path):
    db, study, (a, b, c) = small
    path = _book(
        tmp_path / "good.xlsx",
        [OPTION_HEADER + ["start year", "owner"],
         ["Cluster", "cluster support", "industry:C", 3, 2026, "Chamber"],
         ["Grant", "grant", "", 5, None, ""]],
        [EFFECT_HEADER,
         ["Cluster", f"S{b}", None, None, "jobs", 6, 6, 6],
         ["Grant", None, "World", "Open", "jobs", 1, 1, 1]])
    book = read_options_workbook(path)
    assert book.problems == []
    run = run_options(db, "Trade", book=book)
    # The workbook's effects in place of the stored ones: Grant 1 under Open only, Cluster 6 in
    # b; Training, stored but without an effect in the workbook, is left out
    outcomes = {o["option"]: o["outcomes"] for o in options_payload(run)["options"]}
    assert outcomes == {"No action": {str(a): 0, str(b): 0, str(c): 0},
                        "Cluster": {str(a): 0, str(b): 6, str(c): 0},
                        "Grant": {str(a): 1, str(b): 0, str(c): 0}}
    assert run.left_out == ["Training"]
    assert store_workbook_options(db, "Trade", book) == (2, 2)
    cluster = po.find_option(db, "Cluster")
    assert (cluster.cost, cluster.start_year, cluster.owner) == (3, 2026, "Chamber")
    assert po.list_targets(db, cluster.id) == [po.Target("industry", 1, "C")]
    # stored: Cluster and Grant as in the workbook, Training keeps its own effects
    stored = {o["option"]: o["outcomes"] for o in options_payload(run_options(db, "Trade"))[
        "options"]}
    assert stored == {**outcomes, "Training": {str(a): 2, str(b): 2, str(c): 2}}
    options, effects = workbook_rows(db, study)
    assert [o["option"] for o in options] == ["Cluster", "Grant", "Training"]
    assert {(e["option"], e["scenario"], e["variant"]) for e in effects} == {
        ("Cluster", b, ""), ("Grant", None, "Open"), ("Training", None, "Open"),
        ("Training", None, "Closed")}


def test_cli_json_on_the_demo(demo_project, capsys):
    args = ["options", "--project", str(demo_project), "--study", GLOBAL_STUDY]
    assert main([*args, "--outcome", "emissions", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert list(payload) == ["outcome", "direction", "threshold", "scenarios", "options",
                             "ranking"]
    assert (payload["outcome"], payload["direction"], payload["threshold"]) == (
        "emissions", "lower", None)
    assert all(list(s) == ["scenario", "label", "weight"] for s in payload["scenarios"])
    assert all(list(o) == ["option", "outcomes", "expected", "worst", "max_regret",
                           "satisficing", "no_regret"] for o in payload["options"])
    assert list(payload["ranking"]) == ["expected", "minimax_regret", "satisficing"]
    trade = {s["scenario"]: s["label"].split(" · ")[1] for s in payload["scenarios"]}
    limits = next(o for o in payload["options"] if o["option"] == "Emission limits for process "
                  "heat")
    # DEMO_EFFECTS: Free trade (-400 - 1200 - 200)/6 = -300, Mixed (-300 - 1000 - 150)/6
    # = -241.667, National (-200 - 600 - 50)/6 = -141.667 kt
    expected = {"World trade regime: Free trade": -300, "World trade regime: Mixed": -241.667,
                "World trade regime: National": -141.667}
    assert {k: v for k, v in limits["outcomes"].items()} == {
        str(s): near(expected[label]) for s, label in trade.items()}
    assert limits["no_regret"] is True
    assert payload["ranking"]["expected"][0] == "Emission limits for process heat"

    # jobs come from the projections: each option is No action plus its effect
    assert main([*args, "--json"]) == 0
    jobs = json.loads(capsys.readouterr().out)
    rows = {o["option"]: o["outcomes"] for o in jobs["options"]}
    assert "Emission limits for process heat" not in rows
    labels = {str(s["scenario"]): s["label"] for s in jobs["scenarios"]}
    s1 = next(k for k, label in labels.items() if "National" in label and "Alert" in label)
    assert rows["No action"][s1] > 4_000_000  # Baden-Württemberg's employees in 2030
    # S1 = National, Alert, Stagnation. Training: Stagnation (4000 + 24000 + 9000)/6 = 6166.67;
    # battery plant: National (-15000 - 32000 + 0)/6 + Stagnation (-5000 - 12000 + 0)/6 = -10666.7
    assert rows["Vocational training alliance"][s1] - rows["No action"][s1] == pytest.approx(
        6166.67, abs=10)
    assert rows["Battery cell plant subsidy"][s1] - rows["No action"][s1] == pytest.approx(
        -10666.7, abs=10)
    assert main([*args, "--threshold", "5500000"]) == 0
    assert "satisficing = at least 5,500,000" in capsys.readouterr().out


def test_demo_options_are_attached_to_the_global_study(demo_project):
    with open_project(demo_project, read_only=True) as project:
        db = project.db
        study = st.require_study(db, GLOBAL_STUDY)
        assert len(po.list_options(db)) == 5
        assert {e.option_id for e in po.list_effects(db, study)} == {
            o.id for o in po.list_options(db)}
        training = po.find_option(db, "Vocational training alliance")
        assert [t.kind for t in po.list_targets(db, training.id)] == [
            "industry", "competency", "institution"]


def test_report_workbook_holds_the_options_with_the_same_numbers(demo_project, tmp_path, capsys):
    from openpyxl import load_workbook

    target = tmp_path / "report.xlsx"
    assert main(["export", str(demo_project), str(target), "--layout", "report"]) == 0
    capsys.readouterr()
    assert main(["options", "--project", str(demo_project), "--study", GLOBAL_STUDY,
                 "--outcome", "emissions", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    book = load_workbook(target)
    with open_project(demo_project, read_only=True) as project:
        study_id = st.require_study(project.db, GLOBAL_STUDY).id
    assert f"Options {study_id} jobs" in book.sheetnames
    rows = list(book[f"Options {study_id} emissions"].iter_rows(values_only=True))
    header = next(k for k, row in enumerate(rows) if row and row[0] == "option")
    table = {row[0]: row for row in rows[header + 1:header + 1 + len(payload["options"])]}
    for option in payload["options"]:
        row = table[option["option"]]
        n = len(payload["scenarios"])
        assert list(row[1:n + 1]) == [near(option["outcomes"][str(s["scenario"])])
                                      for s in payload["scenarios"]]
        assert row[n + 1:n + 6] == (near(option["expected"]), near(option["worst"]),
                                    near(option["max_regret"]), option["satisficing"],
                                    "yes" if option["no_regret"] else None)
