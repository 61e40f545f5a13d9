"""``store.sql.atomic``: one transaction, or a dry run that does all the work and keeps none."""

import pytest

from desktop_app.store import classifications
from desktop_app.store.sql import atomic


@pytest.mark.parametrize(("dry_run", "kept"), [(False, True), (True, False)])
def test_dry_run_rolls_back_what_a_real_run_keeps(project, dry_run, kept):
    db = project.db
    with atomic(db, dry_run):
        region_id = classifications.ensure(db, "region", "XX1", "Somewhere")
        assert classifications.resolve(db, "region", "XX1") == region_id  # visible inside
    assert (classifications.resolve(db, "region", "XX1") is not None) is kept


def test_an_error_rolls_back_and_is_raised(project):
    db = project.db
    with pytest.raises(RuntimeError, match="bad cell"):
        with atomic(db):
            classifications.ensure(db, "region", "XX1", "Somewhere")
            raise RuntimeError("bad cell")
    assert classifications.resolve(db, "region", "XX1") is None
