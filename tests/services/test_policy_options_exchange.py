"""Policy options between offices: the tidy exchange workbook (round trip, bad cells) and the
merge of project packages (what comes in, what conflicts, taking theirs)."""

import shutil

import openpyxl
import pytest

from desktop_app.services.exchange_import import ExchangeError, import_exchange
from desktop_app.services.export import export_project
from desktop_app.services.merge import merge_project
from desktop_app.services.merge_options import portable_options
from desktop_app.store import policy_options as po
from desktop_app.store import scenarios as st
from desktop_app.store.project import create_project, open_project

GLOBAL_STUDY = "Global context (CIB sample)"


def _without_register_targets(portable):
    """The register as it travels, with only the industry targets (the exchange workbook
    carries industries but not the competency register)."""
    options = [(o.name, o.instrument, o.description, o.cost, o.start_year, o.time_to_effect,
                o.owner, tuple(t for t in o.targets if t.startswith("industry:")))
               for o in portable.options]
    return portable.outcomes, options, portable.effects


def test_exchange_workbook_round_trip(demo_project, tmp_path):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        export_project(project.db, out)
        original = portable_options(project.db)
    book = openpyxl.load_workbook(out, read_only=True)
    assert {"Policy outcomes", "Policy options", "Policy option effects"} <= set(book.sheetnames)
    book.close()
    assert len(original.options) == 5 and len(original.effects) == 20
    back = tmp_path / "back.anticipa"
    create_project(back).close()
    with open_project(back) as project:
        import_exchange(project.db, out)
        assert _without_register_targets(portable_options(project.db)) == \
            _without_register_targets(original)
        # the same file again changes nothing
        result = import_exchange(project.db, out)
        assert "policy options" not in result.added and "option effects" not in result.added


def test_exchange_workbook_bad_cells_are_named(demo_project, tmp_path):
    out = tmp_path / "demo.xlsx"
    with open_project(demo_project) as project:
        export_project(project.db, out)
    book = openpyxl.load_workbook(out)
    effects = book["Policy option effects"]
    effects["G2"] = "lots"  # low
    effects["A3"] = "Nobody's option"
    book["Policy outcomes"]["B2"] = "sideways"
    book.save(out)
    back = tmp_path / "back.anticipa"
    create_project(back).close()
    with open_project(back) as project, pytest.raises(ExchangeError) as caught:
        import_exchange(project.db, out)
    places = {(p.sheet, p.cell) for p in caught.value.problems}
    assert {("Policy option effects", "G2"), ("Policy option effects", "A3"),
            ("Policy outcomes", "B2")} <= places
    with open_project(back) as project:
        assert po.list_options(project.db) == []


def test_merge_brings_new_options_and_lists_what_differs(demo_project, tmp_path):
    theirs = tmp_path / "office.anticipa"
    shutil.copyfile(demo_project, theirs)
    with open_project(theirs) as project:
        db = project.db
        study = st.require_study(db, GLOBAL_STUDY)
        national = next(v.id for d in study.descriptors for v in d.variants
                        if v.name == "National")
        ai = po.find_option(db, "AI transfer centre")
        po.update_option(db, ai.id, cost=55.0)
        port = po.add_option(db, "Port expansion", instrument="infrastructure")
        po.set_targets(db, port, [("industry", 3)])
        po.set_effect(db, po.OptionEffect(port, "jobs", None, national, 100, 200, 300))
        # the AI centre under National: -2000 / -1000 / 0 in the demo, -3000 / -2000 / 0 here
        po.set_effect(db, po.OptionEffect(ai.id, "jobs", None, national, -3000, -2000, 0))
    with open_project(demo_project) as project:
        report = merge_project(project.db, theirs, office="Field office")
        assert report.added["policy options"] == 1 and report.added["option effects"] == 1
        differ = {(c.kind, c.key): (c.ours, c.theirs) for c in report.conflicts
                  if c.kind.startswith(("policy", "option"))}
        key = f"AI transfer centre / {GLOBAL_STUDY} / World trade regime: National / jobs"
        assert differ[("option effect", key)] == ("-2000 / -1000 / 0", "-3000 / -2000 / 0")
        ours, their = differ[("policy option", "AI transfer centre")]
        assert "cost 40" in ours and "cost 55" in their
        assert len(differ) == 2
        assert po.find_option(project.db, "AI transfer centre").cost == 40
        port = po.find_option(project.db, "Port expansion")
        assert [(t.kind, t.name) for t in po.list_targets(project.db, port.id)] == [
            ("industry", "F")]
        # taking theirs writes both
        merge_project(project.db, theirs, office="Field office",
                      take_theirs=["AI transfer centre", key])
        assert po.find_option(project.db, "AI transfer centre").cost == 55
        ai = po.find_option(project.db, "AI transfer centre")
        assert [(e.low, e.mode, e.high) for e in po.list_effects(project.db, option_ids=[ai.id])
                if e.variant_id == national] == [(-3000, -2000, 0)]
