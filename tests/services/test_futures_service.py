"""Regional futures end to end: a small project worked by hand, the effects workbook, the CLI, the demo."""

import json

import pytest
from openpyxl import Workbook

from desktop_app.cli import main
from desktop_app.io.futures_effects import EffectsWorkbookError, read_effects_workbook
from desktop_app.services.futures import FuturesError, futures_payload, run_futures
from desktop_app.store import classifications
from desktop_app.store import futures as fs
from desktop_app.store import scenarios as st
from desktop_app.store.batches import create_batch
from desktop_app.store.measures import ensure_measure, set_intensity
from desktop_app.store.observations import NewObservation, write_observations
from desktop_app.store.project import open_project
from desktop_app.store.scenarios import NewDescriptor

# MAN grows 10 % a year, SRV stays at 50; a second region makes the reference.
SERIES = {
    ("R1", "MAN"): [100.0, 110.0, 121.0, 133.1],
    ("R1", "SRV"): [50.0, 50.0, 50.0, 50.0],
    ("R2", "MAN"): [200.0, 200.0, 200.0, 200.0],
    ("R2", "SRV"): [80.0, 84.0, 88.2, 92.61],
}
YEARS = [2020, 2021, 2022, 2023]
GLOBAL_STUDY = "Global context (CIB sample)"


def near(value):
    """JSON numbers carry six significant digits."""
    return pytest.approx(value, rel=1e-5)


@pytest.fixture
def small(project):
    """Two regions, two industries, a study 'Trade' with scenarios Open and Closed: Open gives
    MAN +1 pp of growth, Closed brings a -20 % shock to all industries in 2024, 2 years back."""
    db = project.db
    with project.transaction():
        measure = ensure_measure(db, "jobs", "Jobs")
        batch = create_batch(db, "manual")
        ids = {}
        for code in ("R1", "R2"):
            ids[code] = classifications.ensure(db, "region", code, code)
        for code in ("MAN", "SRV"):
            ids[code] = classifications.ensure(db, "industry", code, code)
        write_observations(
            db,
            [
                NewObservation(ids[r], ids[i], measure, year, value)
                for (r, i), values in SERIES.items()
                for year, value in zip(YEARS, values, strict=True)
            ],
            batch,
        )
        sid = st.create_study(db, "Trade", [NewDescriptor("World", ["Open", "Closed"])])
        study = st.require_study(db, sid)
        st.add_scenario(db, study, [0])
        st.add_scenario(db, study, [1])
        open_id, closed_id = study.variant_ids
        fs.replace_effects_and_shocks(
            db,
            study,
            [fs.StoredEffect(open_id, ids["MAN"], 1.0, 1.0, 1.0)],
            [fs.StoredShock(closed_id, None, 2024, -0.2, 2)],
        )
    return project


def _by_label(payload):
    return {s["variants"]["World"]: s for s in payload["scenarios"]}


def test_hand_worked_paths(small):
    run = run_futures(small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=0)
    payload = futures_payload(run, all_years=True)
    assert payload["region"] == "R1" and payload["measure"] == "jobs" and payload["horizon"] == 2026
    baseline = {(b["industry"], b["year"]): b["value"] for b in payload["baseline"]}
    assert baseline[("MAN", 2026)] == near(133.1 * 1.1**3)
    assert baseline[("SRV", 2026)] == near(50.0)
    scenarios = _by_label(payload)
    opened = {row["industry"]: row for row in scenarios["Open"]["industries"]}
    assert opened["MAN"]["p50"] == near(133.1 * 1.11**3)
    assert opened["SRV"]["p10"] == opened["SRV"]["p90"] == near(50.0)
    closed_years = {y["year"]: y for y in scenarios["Closed"]["years"]}
    # 146.41 * 0.8, 161.051 * 0.9, 177.1561 * 1.0 plus SRV 40, 45, 50
    assert closed_years[2024]["total"]["p50"] == near(146.41 * 0.8 + 40.0)
    assert closed_years[2025]["total"]["p50"] == near(161.051 * 0.9 + 45.0)
    assert closed_years[2026]["total"]["mean"] == near(177.1561 + 50.0)
    assert (
        scenarios["Open"]["label"].startswith("S") and "World: Open" in scenarios["Open"]["label"]
    )
    assert scenarios["Open"]["weight"] == 0.5
    # MAN gains 133.1 * (1.11^3 - 1) under Open and 177.1561 - 133.1 under Closed; SRV holds
    assert scenarios["Open"]["gained"]["p50"] == near(133.1 * (1.11**3 - 1))
    assert scenarios["Closed"]["gained"]["mean"] == near(177.1561 - 133.1)
    assert scenarios["Closed"]["lost"]["p10"] == 0
    # today MAN 133.1 and SRV 50; under Closed in 2026 MAN 177.1561 and SRV 50
    assert payload["today"]["shares"][0] == {"industry": "MAN", "share": near(133.1 / 183.1)}
    closed_shares = scenarios["Closed"]["structure"]["shares"]
    assert closed_shares[1]["p50"] == near(50 / 227.1561)
    h = (177.1561 / 227.1561) ** 2 + (50 / 227.1561) ** 2
    assert scenarios["Closed"]["structure"]["herfindahl"]["mean"] == near(h)
    # the tornado: Open's +1 pp on MAN alone moves the total by 133.1 * (1.11^3 - 1.1^3)
    assert payload["tornado"] == [
        {
            "variant": "World: Open",
            "low": near(133.1 * (1.11**3 - 1.1**3)),
            "mode": near(133.1 * (1.11**3 - 1.1**3)),
            "high": near(133.1 * (1.11**3 - 1.1**3)),
        }
    ]


def test_effects_workbook_replaces_stored_ones_for_the_run(small, tmp_path):
    book = Workbook()
    effects = book.active
    effects.title = "Effects"
    effects.append(["descriptor", "variant", "industry", "low", "mode", "high"])
    effects.append(["World", "Closed", "MAN", -1, -0.5, 0])
    shocks = book.create_sheet("Shocks")
    shocks.append(["descriptor", "variant", "industry", "start", "depth", "recovery_years"])
    shocks.append(["World", "Open", "*", 2025, -10, 1])
    path = tmp_path / "effects.xlsx"
    book.save(path)
    run = run_futures(
        small.db,
        "Trade",
        "R1",
        horizon=2026,
        baseline="trend",
        draws=0,
        effects=read_effects_workbook(path),
    )
    scenarios = _by_label(futures_payload(run, all_years=True))
    opened = {y["year"]: y["total"]["p50"] for y in scenarios["Open"]["years"]}
    # no +1 pp any more; -10 % in 2025, back on the path in 2026
    assert opened[2025] == near((161.051 + 50.0) * 0.9)
    assert opened[2026] == near(177.1561 + 50.0)
    closed = {r["industry"]: r["p50"] for r in scenarios["Closed"]["industries"]}
    # mode -0.5 pp: 133.1 * 1.095^3, and no shock any more
    assert closed["MAN"] == near(133.1 * 1.095**3)
    assert closed["SRV"] == near(50.0)
    # the stored effects are untouched
    study = st.require_study(small.db, "Trade")
    assert len(fs.list_effects(small.db, study)) == 1


def test_effects_workbook_errors_name_the_cell(small, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Effects"
    sheet.append(["descriptor", "variant", "industry", "low", "mode", "high"])
    sheet.append(["World", "Shut", "MAN", 0, 1, 2])
    path = tmp_path / "names.xlsx"
    book.save(path)
    with pytest.raises(FuturesError, match=r"names.xlsx, Effects!A2: World has no variant 'Shut'"):
        run_futures(small.db, "Trade", "R1", horizon=2026, effects=read_effects_workbook(path))
    sheet.append(["World", "Open", "SRV", 2, 1, 3])
    sheet.append(["World", "Open", "MAN", "a lot", 1, 3])
    book.save(path)
    with pytest.raises(EffectsWorkbookError) as caught:
        read_effects_workbook(path)
    message = str(caught.value)
    assert "Effects!D3: needs low <= mode <= high" in message
    assert "Effects!D4: low is not a number: 'a lot'" in message


def test_the_project_must_say_what_is_missing(small):
    with pytest.raises(FuturesError, match="horizon"):
        run_futures(small.db, "Trade", "R1")
    with pytest.raises(FuturesError, match="Unknown baseline 'guess'"):
        run_futures(small.db, "Trade", "R1", horizon=2030, baseline="guess")
    with pytest.raises(FuturesError, match="lifecycle baseline cannot be made"):
        run_futures(small.db, "Trade", "R1", horizon=2030, baseline="lifecycle")
    with pytest.raises(FuturesError, match="not after the last observed year 2023"):
        run_futures(small.db, "Trade", "R1", horizon=2023)


def test_stored_fits_are_reused_and_refreshed(demo_project):
    with open_project(demo_project) as project:
        with project.transaction():
            run_futures(project.db, "Global context (CIB sample)", draws=0, save_fits=True)
        stamps = dict(
            project.db.execute("SELECT industry_id, series_stamp FROM futures_fits").fetchall()
        )
        assert len(stamps) == 10
        row = project.db.execute(
            "SELECT o.id, o.industry_id FROM observations o JOIN regions r ON r.id = o.region_id "
            "WHERE r.code = 'DE1' AND o.year = 2014 ORDER BY o.industry_id LIMIT 1"
        ).fetchone()
        with project.transaction():
            project.db.execute(
                "UPDATE observations SET value = value * 1.01 WHERE id = ?", [row[0]]
            )
            run_futures(project.db, "Global context (CIB sample)", draws=0, save_fits=True)
        after = dict(
            project.db.execute("SELECT industry_id, series_stamp FROM futures_fits").fetchall()
        )
    changed = {k for k in stamps if stamps[k] != after[k]}
    assert changed == {row[1]}


def test_cli_json_reproduces_with_its_seed_and_orders_quantiles(demo_project, capsys):
    args = [
        "futures",
        "--project",
        str(demo_project),
        "--study",
        "Global context (CIB sample)",
        "--draws",
        "300",
        "--seed",
        "5",
        "--json",
    ]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out) == first
    assert first["region"] == "DE1" and first["horizon"] == 2030
    assert len(first["scenarios"]) == 4
    for s in first["scenarios"]:
        for row in [s["total"], *s["industries"]]:
            assert row["p10"] <= row["p50"] <= row["p90"]
    assert main([*args[:-3], "--seed", "6", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) != first
    assert main(["futures", "--project", str(demo_project), "--study", "Nothing"]) == 2
    assert "no scenario study 'Nothing'" in capsys.readouterr().err


def test_demo_study_carries_effects_and_a_shock(demo_project):
    with open_project(demo_project, read_only=True) as project:
        study = st.require_study(project.db, "Global context (CIB sample)")
        assert fs.get_settings(project.db, study.id).horizon == 2030
        assert len(fs.list_effects(project.db, study)) >= 5
        shocks = fs.list_shocks(project.db, study)
        assert shocks and shocks[0].depth < 0


def test_report_workbook_has_a_sheet_per_scenario_with_the_same_numbers(
    demo_project, tmp_path, capsys
):
    from openpyxl import load_workbook

    target = tmp_path / "report.xlsx"
    assert main(["export", str(demo_project), str(target), "--layout", "report"]) == 0
    capsys.readouterr()
    assert main(["futures", "--project", str(demo_project), "--study", GLOBAL_STUDY, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    book = load_workbook(target)
    for scenario in payload["scenarios"]:
        sheet = book[f"Futures S{scenario['scenario']}"]
        rows = list(sheet.iter_rows(values_only=True))
        header = next(k for k, row in enumerate(rows) if row[:2] == ("year", "baseline"))
        last = max(
            k
            for k, row in enumerate(rows)
            if k > header and isinstance(row[0], int) and row[0] == payload["horizon"]
        )
        assert rows[last][3] == near(scenario["total"]["p50"])
        assert len(sheet._charts) == 1
        top = next(k for k, row in enumerate(rows) if row[:2] == ("code", "industry"))
        columns = rows[top]
        first = dict(zip(columns, rows[top + 1], strict=True))
        lq = scenario["structure"]["lq"][0]
        assert first["code"] == lq["industry"]
        assert first["LQ p50"] == near(lq["p50"]) and first["LQ p90"] == near(lq["p90"])
        assert first["share p50"] == near(scenario["structure"]["shares"][0]["p50"])


def test_ensemble_and_weights(small, demo_project, capsys):
    run = run_futures(small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=0)
    ensemble = futures_payload(run)["ensemble"]
    # totals 133.1 * 1.11^3 + 50 (Open) and 177.1561 + 50 (Closed), weights 1/2 each
    open_total, closed_total = 133.1 * 1.11**3 + 50.0, 177.1561 + 50.0
    assert ensemble["mean"] == near((open_total + closed_total) / 2)
    assert ensemble["sd_between"] == near((open_total - closed_total) / 2)
    assert ensemble["sd_within"] == 0
    with pytest.raises(FuturesError, match="positive TIS for every scenario"):
        run_futures(small.db, "Trade", "R1", horizon=2026, weights="tis")
    args = ["futures", "--project", str(demo_project), "--study", GLOBAL_STUDY]
    assert main([*args, "--weights", "tis", "--draws", "0", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    with open_project(demo_project, read_only=True) as project:
        study = st.require_study(project.db, GLOBAL_STUDY)
        tis = {s.id: s.tis for s in st.list_scenarios(project.db, study)}
    for s in payload["scenarios"]:
        assert s["weight"] == near(tis[s["scenario"]] / sum(tis.values()))


def test_projected_location_quotients_against_the_reference_trend(small):
    run = run_futures(small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=0)
    payload = futures_payload(run)
    # the reference is the sum of R1 and R2: MAN 300 -> 333.1, SRV 130 -> 142.61 over 2020-2023,
    # continued at its CAGR for three years: 333.1 * (333.1 / 300), 142.61 * (142.61 / 130)
    ref_man, ref_srv = 333.1 * 333.1 / 300, 142.61 * 142.61 / 130
    ref_share = ref_man / (ref_man + ref_srv)
    closed = _by_label(payload)["Closed"]["structure"]["lq"]
    # under Closed in 2026: MAN 177.1561, SRV 50 (the shock has recovered)
    assert closed[0] == {
        "industry": "MAN",
        **dict.fromkeys(("p10", "p50", "p90", "mean"), near(177.1561 / 227.1561 / ref_share)),
    }
    assert closed[1]["p50"] == near(50 / 227.1561 / (1 - ref_share))
    today = payload["today"]["lq"]
    assert today[0] == {"industry": "MAN", "lq": near((133.1 / 183.1) / (333.1 / 475.71))}
    assert payload["lq_reference"]["left_out"] is None


def test_effects_workbook_names_groups_of_industries(small, tmp_path):
    book = Workbook()
    effects = book.active
    effects.title = "Effects"
    effects.append(["descriptor", "variant", "industry", "low", "mode", "high"])
    effects.append(["World", "Open", "M*", 1, 1, 1])  # MAN
    effects.append(["World", "Closed", "MAN-SRV", -1, -1, -1])  # MAN and SRV
    shocks = book.create_sheet("Shocks")
    shocks.append(["descriptor", "variant", "industry", "start", "depth", "recovery_years"])
    shocks.append(["World", "Open", "S*", 2024, -10, 0])  # SRV, for good
    path = tmp_path / "groups.xlsx"
    book.save(path)
    run = run_futures(
        small.db, "Trade", "R1", horizon=2025, baseline="trend", draws=0,
        effects=read_effects_workbook(path),
    )  # fmt: skip
    scenarios = _by_label(futures_payload(run))
    opened = {r["industry"]: r["p50"] for r in scenarios["Open"]["industries"]}
    # MAN 133.1 * 1.11^2; SRV 50 * 0.9
    assert opened == {"MAN": near(133.1 * 1.11**2), "SRV": near(45.0)}
    closed = {r["industry"]: r["p50"] for r in scenarios["Closed"]["industries"]}
    # MAN 133.1 * 1.09^2; SRV 50 * 0.99^2
    assert closed == {"MAN": near(133.1 * 1.09**2), "SRV": near(50 * 0.99**2)}
    # a group that holds no industry, and a group that repeats an industry, are refused by cell
    effects.append(["World", "Open", "X*", 1, 1, 1])
    book.save(path)
    with pytest.raises(FuturesError, match=r"groups.xlsx, Effects!A4: the group 'X\*' holds no"):
        run_futures(small.db, "Trade", "R1", horizon=2025, effects=read_effects_workbook(path))
    effects.delete_rows(4)
    effects.append(["World", "Closed", "SRV", 0, 0, 0])
    book.save(path)
    with pytest.raises(FuturesError, match=r"Effects!A4: the same variant and industry \(SRV\)"):
        run_futures(small.db, "Trade", "R1", horizon=2025, effects=read_effects_workbook(path))


def test_intensity_measures_weighted_by_the_projected_jobs(small):
    db = small.db
    with small.transaction():
        decent = ensure_measure(db, "decent", "Decent-work share", "%")
        co2 = ensure_measure(db, "co2", "Emissions per job", "t per job")
        women = ensure_measure(db, "women", "Women's share", "%")
        for m in (decent, co2, women):
            set_intensity(db, m, True)
        r1 = classifications.resolve(db, "region", "R1")
        man = classifications.resolve(db, "industry", "MAN")
        srv = classifications.resolve(db, "industry", "SRV")
        batch = create_batch(db, "manual")
        write_observations(
            db,
            [
                # the share is held at its last observed value: 62 % for MAN, 40 % for SRV
                NewObservation(r1, man, decent, 2021, 60.0),
                NewObservation(r1, man, decent, 2023, 62.0),
                NewObservation(r1, srv, decent, 2022, 40.0),
                NewObservation(r1, man, co2, 2023, 2.0),
                NewObservation(r1, srv, co2, 2023, 0.5),
                NewObservation(r1, man, women, 2023, 30.0),  # none for SRV
            ],
            batch,
        )
    run = run_futures(db, "Trade", "R1", horizon=2026, baseline="trend", draws=0)
    payload = futures_payload(run)
    opened = {o["measure"]: o for o in _by_label(payload)["Open"]["outcomes"]}
    man_2026 = 133.1 * 1.11**3  # Open: MAN +1 pp, SRV flat at 50
    assert opened["decent"]["p50"] == near(man_2026 * 0.62 + 50 * 0.40)
    assert opened["decent"]["unit"] == ""  # the jobs' unit (the small project has none)
    assert opened["co2"] == {
        "measure": "co2",
        "name": "Emissions per job",
        "unit": "t",
        **dict.fromkeys(("p10", "p50", "p90", "mean"), near(man_2026 * 2.0 + 50 * 0.5)),
    }
    today = {o["measure"]: o["value"] for o in payload["outcomes"]["today"]}
    assert today == {"co2": near(133.1 * 2.0 + 50 * 0.5), "decent": near(133.1 * 0.62 + 20.0)}
    assert payload["outcomes"]["left_out"] == [
        {"measure": "women", "reason": "no value up to 2023 for SRV in R1"}
    ]
    with pytest.raises(FuturesError, match="decent is an intensity"):
        run_futures(db, "Trade", "R1", horizon=2026, measure="decent")
    # the report workbook carries them beside each scenario's total
    from desktop_app.services.futures import report_sheets

    fs.set_settings(
        db,
        st.require_study(db, "Trade").id,
        fs.FuturesSettings(r1, ensure_measure(db, "jobs"), 2026, "trend", None, 0, 1),
    )
    sheets = report_sheets(db, _NoFilter())
    open_sheet = next(sheet for sheet in sheets if "World: Open" in sheet.description)
    outcome_rows = {row[0]: row for row in open_sheet.tables[2].rows}
    assert outcome_rows["decent"][5] == near(man_2026 * 0.62 + 50 * 0.40)  # the P50


class _NoFilter:
    region_ids = ()


def test_changing_one_effect_simulates_only_the_scenarios_that_hold_it(small):
    first = run_futures(small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=500)
    assert first.simulated == 2
    study = st.require_study(small.db, "Trade")
    open_id = study.variant_ids[0]
    man = classifications.ensure(small.db, "industry", "MAN", "MAN")
    with small.transaction():
        fs.set_effect(small.db, study, fs.StoredEffect(open_id, man, 1.0, 2.0, 3.0))
    again = run_futures(
        small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=500, previous=first
    )
    # only Open holds the changed variant: Closed is taken from the first run as it was
    assert again.simulated == 1
    by_variant = {f.variants["World"]: k for k, f in enumerate(again.scenarios)}
    closed, opened = by_variant["Closed"], by_variant["Open"]
    assert again.result.scenarios[closed] is first.result.scenarios[closed]
    # and the numbers are those of simulating everything again
    fresh = run_futures(small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=500)
    for k in (closed, opened):
        assert again.result.scenarios[k].industries == pytest.approx(
            fresh.result.scenarios[k].industries
        )
        assert again.result.scenarios[k].lq == pytest.approx(fresh.result.scenarios[k].lq)
    assert again.result.scenarios[opened].total[-1, 1] > first.result.scenarios[opened].total[-1, 1]
    # any other change (here the seed) simulates every scenario again
    other = run_futures(
        small.db, "Trade", "R1", horizon=2026, baseline="trend", draws=500, seed=9, previous=again
    )
    assert other.simulated == 2
