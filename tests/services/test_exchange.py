"""Export service, exchange workbooks coming back, and merge between offices, on the demo.

The round trips go through the product's own path: ``services.exchange_import`` and
``anticipa import``, which recognise the exchange workbook and the filled template and import
them with no mapping step.
"""

import hashlib
import json
import shutil
import sqlite3

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.services.exchange_import import ExchangeError, import_exchange, recognise
from desktop_app.services.export import Selection, export_project
from desktop_app.services.merge import merge_project
from desktop_app.services.merge_studies import portable_studies
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.store import classifications, measures
from desktop_app.store import scenarios as scenario_store
from desktop_app.store.batches import create_batch
from desktop_app.store.observations import NewObservation, write_observations
from desktop_app.store.project import create_project, open_project

_OBS = """SELECT r.code, i.code, m.code, o.year, o.value, o.flag FROM observations o
JOIN regions r ON r.id = o.region_id JOIN industries i ON i.id = o.industry_id
JOIN measures m ON m.id = o.measure_id ORDER BY 1, 2, 3, 4"""
_CLASSIFICATIONS = {
    "region": """SELECT c.code, c.name, p.code, c.level FROM regions c
        LEFT JOIN regions p ON p.id = c.parent_id ORDER BY 1""",
    "industry": """SELECT c.code, c.name, p.code, c.system FROM industries c
        LEFT JOIN industries p ON p.id = c.parent_id ORDER BY 1""",
}
_MEASURES = "SELECT code, name, unit, description FROM measures ORDER BY 1"


def _snapshot(db) -> dict:
    """Everything a round trip must bring back: observations, classifications, measures."""
    out = {
        "observations": db.execute(_OBS).fetchall(),
        "measures": db.execute(_MEASURES).fetchall(),
    }
    for kind, sql in _CLASSIFICATIONS.items():
        out[kind] = db.execute(sql).fetchall()
        codes = {c.id: c.code for c in classifications.list_all(db, kind)}
        out[f"{kind} aliases"] = sorted(
            (alias, codes[target]) for alias, target in classifications.aliases(db, kind).items()
        )
    return out


def _stored(db, region="DE1", industry="A", measure="employees_de", year=2008) -> float:
    return next(
        r[4] for r in db.execute(_OBS).fetchall() if r[:4] == (region, industry, measure, year)
    )


def _count(path, table="observations") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _studies(db) -> list[tuple]:
    """Every study as plain values: shape, each expert's cells and comments, scenarios."""
    return [
        (
            s.name,
            s.aggregation,
            [
                (d.name, d.short_name, d.definition, d.variants, d.variant_short)
                for d in s.descriptors
            ],
            [(e.name, e.values.tolist(), sorted(e.comments.items())) for e in s.experts],
            [(c.name, c.narrative, c.origin, c.tis, c.ic, c.variants) for c in s.scenarios],
            [(e.descriptor, e.variant, e.industry, e.low, e.mode, e.high) for e in s.effects],
            [(h.descriptor, h.variant, h.industry, h.start, h.depth, h.recovery) for h in s.shocks],
            s.scale,
            sorted(s.micmac, key=str),
        )
        for s in portable_studies(db)
    ]


def test_demo_round_trip_through_the_import_command(demo_project, tmp_path, capsys):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        # a MICMAC influence and a P mark, and a scale wider than the judgements need
        study = scenario_store.require_study(project.db, "Global context (CIB sample)")
        a, b, c = (d.id for d in study.descriptors)
        scenario_store.set_micmac_value(project.db, a, b, 2)
        scenario_store.set_micmac_value(project.db, c, a, "P")
        scenario_store.set_study_scale(project.db, study.id, (-7, 6))
        assert export_project(project.db, out).observations == 4120
        original = _snapshot(project.db)
        original_studies = _studies(project.db)
    assert len(original_studies) == 2 and all(s[3] for s in original_studies)
    assert original_studies[0][7:] == (
        (-7, 6),
        [("World economy", "World trade regime", "P"),
         ("World trade regime", "World security", 2)],
    )
    assert original_studies[0][5] and original_studies[0][6]  # the demo's effects and shock
    # the demo holds value-less observations: 10 EU cells flagged 'missing'
    assert sum(1 for o in original["observations"] if o[4] is None and o[5] == "missing") == 10
    assert recognise(out) == "exchange"
    back = tmp_path / "back.anticipa"
    create_project(back).close()

    assert main(["import", str(out), "--project", str(back), "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["observations"]["new"] == 4120 and dry["batch"] is None and dry["dry_run"]
    assert _count(back) == 0 and _count(back, "regions") == 0

    assert main(["import", str(out), "--project", str(back), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["layout"] == "exchange" and payload["observations"]["new"] == 4120
    # the studies come with the workbook, and the demo's signposts, radar and experiments
    # with them
    assert payload["added"] == {
        "regions": 47,
        "industries": 10,
        "measures": 2,
        "scenario studies": 2,
        "signposts": 7,
        "radar signals": 6,
        "experiments": 3,
        # the demo's five options and their 20 effects; the workbook carries no competency
        # register, so their 4 competency and 3 institution targets are left out
        "policy options": 5,
        "option effects": 20,
        "option targets left out (not in the registers)": 7,
    }
    assert payload["left_out"] == []
    with open_project(back) as project:
        db = project.db
        assert _snapshot(db) == original
        assert _studies(db) == original_studies  # judgements, comments, named scenarios
        # the REAT spelling of a Land still resolves: aliases came along
        assert classifications.resolve(db, "region", "Baden-Wuerttemberg") is not None
        batch = db.execute(
            "SELECT id, kind, file_name, file_sha256, sheet FROM import_batches"
        ).fetchall()
        assert batch == [
            (
                payload["batch"],
                "import",
                "demo.xlsx",
                hashlib.sha256(out.read_bytes()).hexdigest(),
                "Data",
            )
        ]
        # every value points at its cell of the exchange workbook
        first = db.execute(
            "SELECT o.sheet, o.cell, o.value FROM observations o JOIN regions r ON r.id = "
            "o.region_id JOIN industries i ON i.id = o.industry_id JOIN measures m ON "
            "m.id = o.measure_id WHERE r.code = 'DE1' AND i.code = 'A' AND o.year = 2008 "
            "AND m.code = 'employees_de'"
        ).fetchone()
        assert first == ("Data", "E2", 14042.0)
        cells = db.execute("SELECT count(DISTINCT cell) FROM observations").fetchone()[0]
        assert cells == 4120

    # the same file again: recognised, nothing to write, no second batch
    assert main(["import", str(out), "--project", str(back)]) == 0
    text = capsys.readouterr().out
    assert "this file was imported before: batch 1" in text
    assert "0 new, 0 changed, 4120 unchanged" in text and "nothing written" in text
    assert _count(back, "import_batches") == 1


def test_changed_values_follow_the_keep_or_replace_rule(demo_project, tmp_path):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        export_project(project.db, out)
    book = openpyxl.load_workbook(out)
    assert book["Data"]["E2"].value == 14042  # DE1, A, 2008
    book["Data"]["E2"] = 14100
    book.save(out)
    with open_project(demo_project) as project:
        db = project.db
        kept = import_exchange(db, out, on_changed="keep")
        assert (kept.report.changed, kept.kept, kept.report.unchanged) == (1, 1, 4119)
        assert kept.batch_id is None and _stored(db) == 14042
        replaced = import_exchange(db, out)
        assert (replaced.report.new, replaced.report.changed) == (0, 1)
        assert replaced.report.changes[0].old == 14042 and replaced.report.changes[0].new == 14100
        assert _stored(db) == 14100
        # only the changed value moved to the new batch; the history keeps the old one
        moved = db.execute(
            "SELECT count(*) FROM observations WHERE batch_id = ?", [replaced.batch_id]
        ).fetchone()[0]
        assert moved == 1
        assert db.execute("SELECT old_value FROM observation_history").fetchall() == [(14042.0,)]


_code = st.from_regex(r"[A-Z][A-Z0-9]{0,3}", fullmatch=True)
_name = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=15
).map(str.strip)
_flag = st.sampled_from([None, "provisional", "estimated", "missing", "suppressed"])
_value = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.integers(-(10**9), 10**9).map(float),
    st.none(),
)


@st.composite
def _projects(draw):
    """Regions with parents, levels and aliases, industries, measures with units, values."""
    region_codes = draw(st.lists(_code, min_size=1, max_size=6, unique=True))
    industry_codes = draw(st.lists(_code, min_size=1, max_size=4, unique=True))
    regions = [
        (
            code,
            draw(_name),
            draw(st.sampled_from([None, *region_codes[:k]])),
            draw(st.sampled_from([None, 0, 1, 2])),
            # the Regions sheet lists aliases joined by " | ", so an alias cannot hold it
            draw(st.lists(_name.filter(lambda a: a and " | " not in f" {a} "), max_size=2)),
        )
        for k, code in enumerate(region_codes)
    ]
    industries = [
        (code, draw(_name), draw(st.sampled_from([None, "NACE"]))) for code in industry_codes
    ]
    # which entry a label shared by two entries resolves to depends on the order they were
    # made, which the workbook does not keep: every code, name and alias is one entry's own
    for entries in (regions, industries):
        labels = [
            classifications.normalize_label(label)
            for e in entries
            for label in (e[0], *([e[1]] if e[1] else []), *(e[4] if len(e) > 4 else ()))
        ]
        assume(all(labels) and len(set(labels)) == len(labels))
    units = {"emp": draw(st.sampled_from(["", "persons"])), "gva": "EUR million"}
    rows = draw(
        st.lists(
            st.tuples(
                st.sampled_from(region_codes),
                st.sampled_from(industry_codes),
                st.sampled_from(sorted(units)),
                st.integers(1990, 2030),
                _value,
                _flag,
            ),
            min_size=1,
            max_size=25,
            unique_by=lambda r: r[:4],
        )
    )
    return regions, industries, units, rows


def _fill(db, regions, industries, units, rows) -> None:
    with db.atomic():
        ids = {}
        for code, name, parent, level, aliases in regions:
            ids[code] = classifications.ensure(
                db, "region", code, name or None, ids.get(parent), level=level
            )
            for alias in aliases:
                classifications.add_alias(db, "region", alias, ids[code])
        for code, name, system in industries:
            classifications.ensure(db, "industry", code, name or None, system=system)
        for code, unit in units.items():
            measures.ensure_measure(db, code, f"{code} measure", unit)
        batch = create_batch(db, "manual", "generated")
        write_observations(
            db,
            [
                NewObservation(
                    classifications.resolve(db, "region", r),
                    classifications.resolve(db, "industry", i),
                    measures.find_measure(db, m).id,
                    y,
                    v,
                    f,
                )
                for r, i, m, y, v, f in rows
            ],
            batch,
        )


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(generated=_projects())
def test_generated_round_trip(tmp_path_factory, generated):
    folder = tmp_path_factory.mktemp("gen")
    with create_project(folder / "a.anticipa") as project:
        _fill(project.db, *generated)
        export_project(project.db, folder / "gen.xlsx")
        original = _snapshot(project.db)
    with create_project(folder / "b.anticipa") as back:
        result = import_exchange(back.db, folder / "gen.xlsx")
        assert result.report.new == len(generated[3]) and result.batch_id is not None
        assert _snapshot(back.db) == original


def test_selection_round_trips_to_exactly_the_selection(demo_project, tmp_path):
    sel = Selection(measures=("employees_de",), regions=("DE1", "DE3"), years=(2013, 2014))
    with open_project(demo_project) as project:
        export_project(project.db, tmp_path / "sel.xlsx", "tidy", sel)
        where, params = sel.to_filter(project.db).where()
        chosen = [
            r
            for r in project.db.execute(_OBS).fetchall()
            if r[2] == "employees_de" and r[0] in ("DE1", "DE3") and r[3] in (2013, 2014)
        ]
        assert len(chosen) == 40
    with create_project(tmp_path / "back.anticipa") as back:
        result = import_exchange(back.db, tmp_path / "sel.xlsx")
        assert result.report.new == 40
        assert back.db.execute(_OBS).fetchall() == chosen
        assert [m.code for m in measures.list_measures(back.db)] == ["employees_de"]


def _tampered(demo_project, tmp_path, change):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        export_project(project.db, out)
    book = openpyxl.load_workbook(out)
    change(book)
    book.save(out)
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda book: book["Data"].cell(7, 5, "about 15k"),
            "demo.xlsx, sheet Data, cell E7: 'about 15k' is not a number; nothing was imported",
        ),
        (
            lambda book: book["Data"].delete_cols(6),  # the flag column
            "demo.xlsx, sheet Data, cell A1:H1: column(s) flag missing from the header row",
        ),
        (
            lambda book: book["Regions"].cell(3, 3, "ZZ9"),
            "sheet Regions, cell C3: parent 'ZZ9' of",
        ),
        (
            lambda book: book["Data"].cell(3, 4, book["Data"].cell(2, 4).value),
            "sheet Data, cell E3: DE1 / A / employees_de / 2008 is also given by E2",
        ),
        (
            lambda book: book["Micmac influences"].append(
                ["Global context (CIB sample)", "World trade regime", "World security", "Q"]
            ),
            "sheet Micmac influences, cell D2: 'Q' is not 0, 1, 2, 3 or P (potential)",
        ),
        (
            lambda book: book["Scenario studies"].cell(2, 5, -3),
            "sheet Scenario studies, cell E2: study 'Global context (CIB sample)' holds "
            "judgements from -6 to +5, off its scale -3..+6",
        ),
    ],
    ids=["text value", "deleted column", "unknown parent", "duplicate", "micmac influence",
         "scale narrower than the judgements"],
)
def test_tampered_workbook_is_refused_by_cell(demo_project, tmp_path, capsys, change, message):
    out = _tampered(demo_project, tmp_path, change)
    empty = tmp_path / "empty.anticipa"
    with create_project(empty) as project:
        with pytest.raises(ExchangeError) as error:
            import_exchange(project.db, out)
    assert message in str(error.value)
    assert main(["import", str(out), "--project", str(empty)]) == 2
    assert message in capsys.readouterr().err
    for table in ("observations", "regions", "industries", "measures", "import_batches"):
        assert _count(empty, table) == 0


def test_unit_that_differs_from_the_project_is_refused(demo_project, tmp_path):
    out = _tampered(demo_project, tmp_path, lambda book: book["Measures"].cell(2, 3, "thousands"))
    with open_project(demo_project) as project:
        before = project.db.execute(_OBS).fetchall()
        with pytest.raises(ExchangeError, match=r"sheet Measures, cell C2: the unit of"):
            import_exchange(project.db, out)
        assert project.db.execute(_OBS).fetchall() == before


class _CancelWhileWriting(Progress):
    def _emit(self, fraction, text):
        if "written" in text:
            self.cancel()


def test_cancelled_exchange_import_writes_nothing(demo_project, tmp_path):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        export_project(project.db, out)
    with create_project(tmp_path / "back.anticipa") as back:
        with pytest.raises(Cancelled):
            import_exchange(back.db, out, progress=_CancelWhileWriting())
        assert back.db.execute("SELECT count(*) FROM regions").fetchone()[0] == 0
        assert back.db.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0


def test_filled_template_imports_with_no_mapping(demo_project, tmp_path, capsys):
    sel = Selection(measures=("employees_de",), regions=("DE1", "DE3"), years=(2013, 2014))
    template = tmp_path / "template.xlsx"
    with open_project(demo_project) as project:
        export_project(project.db, template, "template", sel)
        unit = measures.find_measure(project.db, "employees_de").unit
    book = openpyxl.load_workbook(template)
    ws = book["Data"]
    for r in range(2, 42):  # the 40 pre-filled rows: a value each, as an office would
        ws.cell(r, 5, 1000 * r + 0.5)
    ws.cell(2, 5).value = None
    ws.cell(2, 6, "confidential")
    ws.cell(3, 6, "provisional")
    ws.cell(4, 5).value = None  # left empty: not imported
    ws.cell(3, 7, "checked with the Land office")
    filled = tmp_path / "filled.xlsx"
    book.save(filled)
    assert recognise(filled) == "template"

    empty = tmp_path / "empty.anticipa"
    create_project(empty).close()
    assert main(["import", str(filled), "--project", str(empty), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["layout"] == "template" and payload["not_filled"] == 1
    assert payload["observations"]["new"] == 39
    with open_project(empty) as project:
        db = project.db
        rows = db.execute(_OBS).fetchall()
        assert {r[0] for r in rows} == {"DE1", "DE3"} and {r[3] for r in rows} == {2013, 2014}
        assert len({r[1] for r in rows}) == 10 and {r[2] for r in rows} == {"employees_de"}
        got = {(r[0], r[1], r[3]): r[4:] for r in rows}
        first = tuple(ws.cell(2, c).value for c in (1, 2, 4))
        second = tuple(ws.cell(3, c).value for c in (1, 2, 4))
        assert got[first] == (None, "confidential")
        assert got[second] == (3000.5, "provisional")
        assert sorted(v for v, _ in got.values() if v is not None) == [
            1000 * r + 0.5 for r in range(3, 42) if r != 4
        ]
        # names and the unit come from the template's Codes sheet
        assert db.execute("SELECT name FROM regions WHERE code = 'DE1'").fetchone()[0] != "DE1"
        assert measures.find_measure(db, "employees_de").unit == unit
    # into the project the template came from: the offered combinations are known
    assert main(["import", str(filled), "--project", str(demo_project), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "0 new, 39 changed" in text and "added" not in text


def test_selection_and_layouts(demo_project, tmp_path):
    with open_project(demo_project) as project:
        sel = Selection(measures=("employees_de",), regions=("DE1", "DE3"), years=(2013, 2014))
        tidy = export_project(project.db, tmp_path / "t.xlsx", "tidy", sel)
        assert tidy.observations == 2 * 10 * 2
        official = export_project(project.db, tmp_path / "o.xlsx", "official", sel)
        assert official.sheets[:2] == ["Contents", "employees_de A"]
        ws = openpyxl.load_workbook(tmp_path / "o.xlsx")["employees_de A"]
        assert [c.value for c in ws[4]] == ["Code", "Region", 2013, 2014]
        assert ws["A5"].value == "DE1" and ws["A6"].value == "DE3"
        template = export_project(project.db, tmp_path / "c.xlsx", "template", sel)
        assert template.notes == ["240 input rows"]  # 2 regions x 10 industries x 2 years + 200
        report = export_project(project.db, tmp_path / "r.xlsx", "report", sel)
        assert report.sheets[:2] == ["Summary", "employees_de overview"]
        assert {"Lifecycles", "Competencies", "Scenarios"} <= set(report.sheets)
        with pytest.raises(ValueError, match="unknown region code"):
            export_project(project.db, tmp_path / "x.xlsx", "tidy", Selection(regions=("ZZ",)))
        with pytest.raises(ValueError, match="unknown layout"):
            export_project(project.db, tmp_path / "x.xlsx", "pdf")


class _CancelSoon(Progress):
    def _emit(self, fraction, text):
        if fraction and fraction > 0.2:
            self.cancel()


def test_cancelled_service_export_leaves_nothing(demo_project, tmp_path):
    with open_project(demo_project) as project:
        with pytest.raises(Cancelled):
            export_project(project.db, tmp_path / "out.xlsx", "tidy", progress=_CancelSoon())
    assert not (tmp_path / "out.xlsx").exists()
    assert not list(tmp_path.glob(".out.xlsx*"))


def _field_office(demo_project, tmp_path):
    """A copy of the demo changed as a field office would: one value, one new year, a link."""
    field = tmp_path / "field.anticipa"
    shutil.copyfile(demo_project, field)
    with open_project(field) as project:
        db = project.db
        with db.atomic():
            db.execute("INSERT INTO project_info (key, value) VALUES ('office', 'Field office')")
            batch = create_batch(db, "import", "Empleo 2015", "empleo_2015.xlsx")
            de1 = classifications.resolve(db, "region", "DE1")
            a = classifications.resolve(db, "industry", "A")
            emp = measures.find_measure(db, "employees_de").id
            write_observations(
                db,
                [
                    NewObservation(de1, a, emp, 2015, 18500.0, "provisional", "Hoja1", "C7"),
                    NewObservation(de1, a, emp, 2014, 18200.0, None, "Hoja1", "B7"),
                ],
                batch,
            )
            cid = db["competencies"].insert({"name": "Precision farming"}).last_pk
            db["competency_industry_links"].insert(
                {
                    "competency_id": cid,
                    "industry_id": a,
                    "region_id": de1,
                    "strength": 4,
                    "valid_from": "2015-01-01",
                }
            )
    return field


def test_merge_from_field_office(demo_project, tmp_path):
    hq = tmp_path / "hq.anticipa"
    shutil.copyfile(demo_project, hq)
    field = _field_office(demo_project, tmp_path)
    with open_project(hq) as project:
        db = project.db
        before = db.execute(_OBS).fetchall()
        dry = merge_project(db, field, dry_run=True)
        assert db.execute(_OBS).fetchall() == before
        assert dry.added["observations"] == 1 and dry.unchanged_observations == 4119
        assert [(c.kind, c.key, c.ours, c.theirs) for c in dry.conflicts] == [
            ("observation", "employees_de/DE1/A/2014", "18,148", "18,200")
        ]
        assert dry.conflicts[0].source == "empleo_2015.xlsx, Hoja1!B7"

        report = merge_project(db, field)
        assert report.office == "Field office"
        assert report.added["competencies"] == 1 and report.added["competency links"] == 1
        rows = dict(
            ((r[3]), r[4])
            for r in db.execute(_OBS).fetchall()
            if r[:3] == ("DE1", "A", "employees_de")
        )
        assert rows[2014] == 18148 and rows[2015] == 18500
        office, label = db.execute(
            "SELECT b.office, b.label FROM observations o JOIN import_batches b "
            "ON b.id = o.batch_id JOIN regions r ON r.id = o.region_id "
            "WHERE o.year = 2015 AND r.code = 'DE1'"
        ).fetchone()
        assert (office, label) == ("Field office", "Field office: Empleo 2015")

        again = merge_project(db, field, take_theirs=["employees_de/DE1/A/2014"])
        assert again.added["observations"] == 0 and again.added["competency links"] == 0
        assert again.taken_from_them == 1
        value = db.execute(
            "SELECT o.value FROM observations o JOIN regions r ON r.id = o.region_id "
            "JOIN industries i ON i.id = o.industry_id WHERE r.code = 'DE1' AND i.code = 'A' "
            "AND o.year = 2014"
        ).fetchone()[0]
        assert value == 18200
        assert db.execute("SELECT count(*) FROM merges").fetchone()[0] == 2


def test_commands(demo_project, tmp_path, capsys):
    out = tmp_path / "o.xlsx"
    assert (
        main(
            [
                "export",
                str(demo_project),
                str(out),
                "--layout",
                "official",
                "--json",
                "--measure",
                "employees_eu",
            ]
        )
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["layout"] == "official" and payload["sheets"][0] == "Contents"
    assert main(["export", str(demo_project), str(tmp_path / "x.csv")]) == 2
    assert "must be an .xlsx" in capsys.readouterr().err
    field = _field_office(demo_project, tmp_path)
    assert main(["merge", str(demo_project), str(field), "--dry-run", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["dry_run"] and len(payload["conflicts"]) == 1
    assert main(["merge", str(demo_project), str(field)]) == 0
    assert "conflicts: 1" in capsys.readouterr().out
    with sqlite3.connect(demo_project) as conn:
        assert conn.execute("SELECT count(*) FROM merges").fetchone()[0] == 1


def test_a_workbook_without_scales_gives_the_scale_its_judgements_span(demo_project, tmp_path):
    def blank_scales(book):
        sheet = book["Scenario studies"]
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row, 5, None)
            sheet.cell(row, 6, None)

    out = _tampered(demo_project, tmp_path, blank_scales)
    empty = tmp_path / "empty.anticipa"
    with create_project(empty) as project:
        import_exchange(project.db, out)
        # the demo's Global study holds judgements from -6 to +5 (CIB_global.scw), the
        # national one from -11 to +15 (CIB_natl_regional.scw, read with read_scw)
        scales = {s.name: s.scale for s in scenario_store.list_studies(project.db)}
    assert scales == {"Global context (CIB sample)": (-6, 6),
                      "National and regional (two versions)": (-15, 15)}
