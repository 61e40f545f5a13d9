"""Export service and merge between offices, on the real demo project; round trips.

The round trips read the tidy workbook back with ``io.export_tidy.read_tidy`` and load it with
the store's repositories (``load_tidy`` below): the import service's automatic mapping does not
yet recognise the exchange layout (it reads the provenance columns as measures).
"""

import json
import shutil
import sqlite3

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.io.export_tidy import read_tidy
from desktop_app.services.export import Selection, export_project
from desktop_app.services.merge import merge_project
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.store import classifications, measures
from desktop_app.store.batches import create_batch
from desktop_app.store.observations import NewObservation, write_observations
from desktop_app.store.project import create_project, open_project

_OBS = """SELECT r.code, i.code, m.code, o.year, o.value, o.flag FROM observations o
JOIN regions r ON r.id = o.region_id JOIN industries i ON i.id = o.industry_id
JOIN measures m ON m.id = o.measure_id ORDER BY 1, 2, 3, 4"""


def load_tidy(db, path):
    """Test helper: a tidy workbook into a project through the store's repositories."""
    read = read_tidy(path)
    assert read.problems == []
    with db.atomic():
        for kind, entries in (
            ("region", read.content.regions),
            ("industry", read.content.industries),
        ):
            for e in entries:
                extra = {"level": e.level} if kind == "region" else {"system": e.system}
                cid = classifications.ensure(db, kind, e.code, e.name, **extra)
                for alias in e.aliases:
                    classifications.add_alias(db, kind, alias, cid)
            for e in entries:  # parents once all codes exist
                if e.parent:
                    db.execute(
                        f"UPDATE {kind.replace('y', 'ie')}s SET parent_id = ? WHERE code = ?"
                        if kind == "industry"
                        else "UPDATE regions SET parent_id = ? WHERE code = ?",
                        [classifications.resolve(db, kind, e.parent), e.code],
                    )
        for m in read.content.measures:
            measures.ensure_measure(db, m.code, m.name, m.unit)
        batch = create_batch(db, "import", "round trip", path.name)
        rows = []
        for r, i, m, year, value, flag, _, sheet, cell in read.rows:
            rows.append(
                NewObservation(
                    classifications.ensure(db, "region", r),
                    classifications.ensure(db, "industry", i),
                    measures.ensure_measure(db, m),
                    year,
                    value,
                    flag,
                    sheet,
                    cell,
                )
            )
        write_observations(db, rows, batch)


def test_demo_tidy_round_trip(demo_project, tmp_path):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        result = export_project(project.db, out)
        original = project.db.execute(_OBS).fetchall()
        regions = project.db.execute(
            "SELECT c.code, c.name, p.code, c.level FROM regions c "
            "LEFT JOIN regions p ON p.id = c.parent_id ORDER BY 1"
        ).fetchall()
        units = project.db.execute("SELECT code, name, unit FROM measures ORDER BY 1").fetchall()
    assert result.observations == len(original) == 4120
    with create_project(tmp_path / "back.anticipa") as back:
        load_tidy(back.db, out)
        assert back.db.execute(_OBS).fetchall() == original
        assert (
            back.db.execute(
                "SELECT c.code, c.name, p.code, c.level FROM regions c "
                "LEFT JOIN regions p ON p.id = c.parent_id ORDER BY 1"
            ).fetchall()
            == regions
        )
        assert (
            back.db.execute("SELECT code, name, unit FROM measures ORDER BY 1").fetchall() == units
        )
        # aliases come along: the REAT spelling still resolves
        assert classifications.resolve(back.db, "region", "Baden-Wuerttemberg") is not None


_code = st.from_regex(r"[A-Z][A-Z0-9]{0,3}", fullmatch=True)
_obs = st.tuples(
    _code,
    _code,
    st.sampled_from(["emp", "gva"]),
    st.integers(1990, 2030),
    st.one_of(
        st.floats(allow_nan=False, allow_infinity=False, width=64),
        st.integers(-(10**9), 10**9).map(float),
    ),
    st.sampled_from([None, "provisional", "estimated"]),
)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_obs, min_size=1, max_size=25, unique_by=lambda r: r[:4]))
def test_generated_round_trip(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("gen")
    with create_project(folder / "a.anticipa") as project:
        db = project.db
        with db.atomic():
            batch = create_batch(db, "manual", "generated")
            write_observations(
                db,
                [
                    NewObservation(
                        classifications.ensure(db, "region", r),
                        classifications.ensure(db, "industry", i),
                        measures.ensure_measure(db, m),
                        y,
                        v,
                        f,
                    )
                    for r, i, m, y, v, f in rows
                ],
                batch,
            )
        export_project(db, folder / "gen.xlsx")
        original = db.execute(_OBS).fetchall()
    with create_project(folder / "b.anticipa") as back:
        load_tidy(back.db, folder / "gen.xlsx")
        assert back.db.execute(_OBS).fetchall() == original


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
        assert any("no lifecycle judgements" in n for n in report.notes)
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
