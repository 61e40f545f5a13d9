"""Competency register in the project file: links with dates, exact undo, clear refusals."""

import pytest

from desktop_app.store import capabilities as cap
from desktop_app.store import classifications


@pytest.fixture
def db(project):
    db = project.db
    for code in ("C", "J", "M-N"):
        classifications.ensure(db, "industry", code, f"Industry {code}")
    classifications.ensure(db, "region", "DE1", "Baden-Wuerttemberg")
    return db


def _industry(db, code):
    return classifications.resolve(db, "industry", code)


def test_competency_names_are_unique_ignoring_case_and_accents(db):
    first = cap.add_competency(db, "Präzisionsmechanik", type="know-how")
    with pytest.raises(cap.CapabilityError, match="already exists"):
        cap.add_competency(db, "  prazisionsmechanik ")
    assert cap.find_competency(db, "PRAZISIONSMECHANIK").id == first


def test_unknown_type_and_bad_strength_are_refused_with_the_allowed_values(db):
    with pytest.raises(cap.CapabilityError, match="types are know-how, skills"):
        cap.add_competency(db, "Battery chemistry", type="magic")
    competency = cap.add_competency(db, "Battery chemistry", type="Research")
    assert cap.list_competencies(db)[0].type == "research"
    with pytest.raises(cap.CapabilityError, match="from 1 to 5"):
        cap.set_industry_link(db, competency, _industry(db, "C"), 7)
    with pytest.raises(cap.CapabilityError, match="not a date"):
        cap.set_industry_link(db, competency, _industry(db, "C"), 3, valid_from="last spring")
    with pytest.raises(cap.CapabilityError, match="ends"):
        cap.set_industry_link(
            db, competency, _industry(db, "C"), 3, valid_from="2020", valid_to="2019"
        )


def test_matrix_cell_set_update_remove_and_exact_undo(db):
    competency = cap.add_competency(db, "Software engineering", type="skills")
    industry = _industry(db, "J")
    assert cap.set_industry_link(db, competency, industry, 4, valid_from=2015) is None
    first = cap.industry_links(db)[0]
    assert (first.strength, first.valid_from) == (4, "2015")
    before = cap.set_industry_link(db, competency, industry, 2, evidence="survey 2021")
    assert before == first
    updated = cap.industry_links(db)[0]
    assert (updated.strength, updated.valid_from, updated.evidence) == (2, "2015", "survey 2021")
    cap.put_industry_link(db, competency, industry, None, before)  # undo
    assert cap.industry_links(db) == [first]
    removed = cap.set_industry_link(db, competency, industry, None)
    assert removed == first and cap.industry_links(db) == []


def test_a_new_link_without_a_date_is_dated_today(db):
    import datetime

    competency = cap.add_competency(db, "Welding")
    cap.set_industry_link(db, competency, _industry(db, "C"), 3)
    assert cap.industry_links(db)[0].valid_from == datetime.date.today().isoformat()


def test_region_specific_and_general_links_are_separate_cells(db):
    competency = cap.add_competency(db, "Consulting")
    region = classifications.resolve(db, "region", "DE1")
    industry = _industry(db, "M-N")
    cap.set_industry_link(db, competency, industry, 2)
    cap.set_industry_link(db, competency, industry, 5, region_id=region)
    assert len(cap.industry_links(db)) == 2
    assert len(cap.industry_links(db, region_id=region)) == 2
    other = classifications.ensure(db, "region", "DE2", "Bayern")
    assert [link.strength for link in cap.industry_links(db, region_id=other)] == [2]


def test_deleting_a_competency_takes_its_links_and_restoring_brings_all_back(db):
    competency = cap.add_competency(
        db, "Machine learning", type="research", evidence="patents", sources="EPO"
    )
    university = cap.add_institution(db, "University of Stuttgart", type="university")
    cap.set_industry_link(db, competency, _industry(db, "J"), 5, valid_from="2018-03-01")
    cap.set_institution_link(db, competency, university, 4, valid_from=2016)
    snapshot = cap.delete_competency(db, competency)
    assert cap.list_competencies(db) == []
    assert cap.industry_links(db) == [] and cap.institution_links(db) == []
    cap.restore_competency(db, snapshot)
    assert cap.list_competencies(db) == [snapshot.competency]
    assert cap.industry_links(db) == snapshot.industry_links
    assert cap.institution_links(db) == snapshot.institution_links


def test_update_returns_the_old_values_and_rejects_unknown_fields(db):
    competency = cap.add_competency(db, "Logistics")
    old = cap.update_competency(db, competency, description="Ports and rail", type="skills")
    assert old.description == "" and old.type == "know-how"
    with pytest.raises(cap.CapabilityError, match="no field"):
        cap.update_competency(db, competency, colour="red")
    institution = cap.add_institution(db, "IHK Stuttgart", type="chamber")
    old = cap.update_institution(db, institution, type="agency")
    assert old.type == "chamber" and cap.list_institutions(db)[0].type == "agency"
