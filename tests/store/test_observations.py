"""Observations on the demo project: cube, history of overwritten values, labels and aliases."""

import numpy as np

from desktop_app.store import classifications, measures
from desktop_app.store import observations as store
from desktop_app.store.batches import create_batch
from desktop_app.store.observations import NewObservation, ObservationFilter
from desktop_app.store.project import open_project


def test_cube_of_the_german_laender(demo_project):
    with open_project(demo_project) as project:
        measure = measures.find_measure(project.db, "employees_de")
        cube = store.cube(project.db, measure.id)
        assert cube.values.shape == (16, 10, 7)
        assert [int(y) for y in cube.years] == list(range(2008, 2015))
        assert (cube.missing == store.PRESENT).all()
        # germany_laender_employment.csv line 2: Baden-Wuerttemberg, A, 2008, 14042
        assert cube.values[0, 0, 0] == 14042
        assert cube.regions[0].code == "DE1" and cube.industries[0].code == "A"


def test_cube_says_why_a_cell_is_empty(demo_project):
    with open_project(demo_project) as project:
        measure = measures.find_measure(project.db, "employees_eu")
        cube = store.cube(project.db, measure.id)
        iceland = [r.code for r in cube.regions].index("IS")
        # eu28_employment.csv: Iceland has no employment figures for 2007 (NA in REAT)
        assert (cube.missing[iceland, :, 0] == store.NO_VALUE).all()
        assert np.isnan(cube.values[iceland, :, 0]).all()
        assert np.isfinite(cube.values[iceland, :, 1:]).all()


def test_aliases_resolve_spellings_to_one_code(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        sachsen = classifications.resolve(db, "region", "DED")
        assert classifications.resolve(db, "region", "Freistaat Sachsen") == sachsen
        assert classifications.resolve(db, "region", "  freistaat   SACHSEN ") == sachsen
        thueringen = classifications.resolve(db, "region", "Thüringen")
        assert classifications.resolve(db, "region", "Thueringen") == thueringen
        assert classifications.resolve(db, "industry", "M_N") == classifications.resolve(
            db, "industry", "M-N")
        assert classifications.resolve(db, "region", "Atlantis") is None


def test_overwritten_values_are_kept_in_history(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        measure = measures.find_measure(db, "employees_de").id
        region = classifications.resolve(db, "region", "DE1")
        industry = classifications.resolve(db, "industry", "A")
        flt = ObservationFilter(measure_ids=(measure,), region_ids=(region,),
                                industry_ids=(industry,), years=(2008,))
        (observation_id,) = store.matching_ids(db, flt)
        with project.transaction():
            batch = create_batch(db, "import", label="revised", file_name="revised.xlsx")
            store.write_observations(db, [NewObservation(region, industry, measure, 2008,
                                                         14100.0, "provisional", "T1", "C5")],
                                     batch)
        row = store.get_row(db, int(observation_id))
        assert (row.value, row.flag, row.cell, row.source) == (14100.0, "provisional", "C5",
                                                                 "revised.xlsx")
        (old_value, old_flag, source, _when), = store.history(db, int(observation_id))
        assert (old_value, old_flag, source) == (14042.0, None, "germany_laender_employment.csv")


def test_lazy_pages_cover_exactly_the_filtered_rows(demo_project):
    with open_project(demo_project) as project:
        db = project.db
        flt = ObservationFilter(years=(2010,))
        ids = store.matching_ids(db, flt)
        assert len(ids) == 16 * 10 + 30 * 10
        rows = store.rows_for_ids(db, ids[10:20])
        assert [r.id for r in rows] == [int(i) for i in ids[10:20]]
        assert all(r.year == 2010 for r in rows)


def test_counts(demo_project):
    with open_project(demo_project) as project:
        found = store.counts(project.db)
    # 16 Laender + 30 countries (Germany among them) + the EU as their parent
    assert (found.regions, found.industries, found.measures) == (47, 10, 2)
    assert found.observations == 1120 + 3000
    assert found.years == 10  # 2007-2016
