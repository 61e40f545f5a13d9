"""A refused rename says "duplicate name" only when the name is taken, never for other causes."""

import sqlite3

import pytest
import sqlite_utils

from desktop_app.store import scenarios as st
from desktop_app.store.scenarios import NewDescriptor, StudyError


@pytest.fixture
def study(project):
    db = project.db
    sid = st.create_study(db, "Energy", [NewDescriptor("Oil price", ["low", "high"]),
                                         NewDescriptor("Demand", ["falls", "grows"])])
    first = st.add_expert(db, sid, "Ana")
    st.add_expert(db, sid, "Ben")
    return project, st.require_study(db, sid), first


def test_a_taken_name_is_a_duplicate(study):
    project, loaded, ana = study
    with pytest.raises(StudyError, match="already has an expert named 'Ben'"):
        st.rename_expert(project.db, ana, "Ben")
    with pytest.raises(StudyError, match="already called 'Demand'"):
        st.update_descriptor(project.db, loaded.descriptors[0].id, name="Demand")


def test_a_missing_row_is_no_duplicate(study):
    project, _, _ = study
    with pytest.raises(sqlite_utils.db.NotFoundError):
        st.rename_expert(project.db, 987654, "Cleo")


def test_a_locked_database_is_no_duplicate(study, tmp_path):
    project, loaded, ana = study
    other = sqlite3.connect(project.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        project.db.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(sqlite3.OperationalError, match="locked") as caught:
            st.rename_expert(project.db, ana, "Cleo")
        assert not isinstance(caught.value, StudyError)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            st.update_descriptor(project.db, loaded.descriptors[0].id, name="Gas price")
    finally:
        other.execute("ROLLBACK")
        other.close()
