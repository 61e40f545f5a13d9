"""What the user can fix is one line and exit 2; a fault in Anticipa is a traceback and exit 1."""

import errno
import sqlite3

import numpy as np
import pytest

from desktop_app.cli import main
from desktop_app.errors import StorageError, UserError, storage_error
from desktop_app.io.recipes import RecipeError
from desktop_app.store.errors import ProjectError, as_user_error


def _failing_info(monkeypatch, error):
    """Make ``anticipa info`` raise ``error`` from inside its work."""
    import desktop_app.store.observations as observations

    def broken(db):
        raise error

    monkeypatch.setattr(observations, "counts", broken)


def test_a_fault_shows_its_traceback_and_exits_1(demo_project, monkeypatch, capsys):
    """A numpy shape error is a ValueError, yet no mistake of the user's: it must not be hidden."""
    try:
        np.zeros((2, 3)) @ np.zeros((2, 3))
    except ValueError as shape_error:
        _failing_info(monkeypatch, shape_error)
    assert main(["info", str(demo_project)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "matmul" in err
    assert "fault in Anticipa" in err and "please report it" in err


def test_a_zip_mismatch_is_a_fault(demo_project, monkeypatch, capsys):
    try:
        list(zip([1, 2], [1], strict=True))
    except ValueError as mismatch:
        _failing_info(monkeypatch, mismatch)
    assert main(["info", str(demo_project)]) == 1
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.parametrize("error", [
    RecipeError("recipe.json: the column 'year' is not in sheet Data"),
    ProjectError("p.anticipa: something the user can fix"),
    UserError("a plain user error", file="in.xlsx", sheet="Data", cell="B7"),
])
def test_user_errors_are_one_line_with_exit_2(demo_project, monkeypatch, capsys, error):
    _failing_info(monkeypatch, error)
    assert main(["info", str(demo_project)]) == 2
    err = capsys.readouterr().err
    assert err == f"anticipa: {error}\n"


def test_every_named_error_is_a_user_error():
    """The errors written for the user all share the one base type the shell sorts by."""
    from desktop_app.core.cib import CIBError
    from desktop_app.io.workbook import WorkbookError
    from desktop_app.services.exchange_import import ExchangeError
    from desktop_app.services.importing import NothingToImportError
    from desktop_app.store.capabilities import CapabilityError
    from desktop_app.store.lifecycle_judgements import JudgementError
    from desktop_app.store.scenarios import StudyError

    for kind in (CIBError, WorkbookError, ExchangeError, NothingToImportError, CapabilityError,
                 JudgementError, StudyError, RecipeError, ProjectError):
        assert issubclass(kind, UserError), kind


def test_user_error_says_where():
    error = UserError("a year is missing", file="/data/in.xlsx", sheet="Data", cell="C12")
    assert error.where == "in.xlsx, Data, C12"
    assert UserError("no place").where == ""


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "The disk is full while writing /media/out.xlsx"),
    (errno.EROFS, "/media/out.xlsx is on read-only media"),
    (errno.EACCES, "No permission to write /media/out.xlsx"),
    (errno.EPERM, "No permission to write /media/out.xlsx"),
])
def test_os_refusals_are_storage_errors_naming_the_path(code, words):
    found = storage_error(OSError(code, "refused", "/media/out.xlsx"))
    assert isinstance(found, StorageError) and words in str(found)
    assert found.file == "/media/out.xlsx"


def test_other_os_errors_are_faults():
    assert storage_error(OSError(errno.EBADF, "Bad file descriptor")) is None
    assert as_user_error(FileNotFoundError(errno.ENOENT, "gone", "x")) is None


def test_sqlite_full_names_the_project(tmp_path):
    found = as_user_error(sqlite3.OperationalError("database or disk is full"),
                          tmp_path / "p.anticipa")
    assert isinstance(found, StorageError)
    assert f"The disk is full while writing {tmp_path / 'p.anticipa'} (" in str(found)
    assert "MB free there" in str(found)


def test_other_sqlite_errors_are_faults(tmp_path):
    assert as_user_error(sqlite3.OperationalError("no such column: yeer"), tmp_path) is None
    assert as_user_error(sqlite3.IntegrityError("UNIQUE constraint failed: x.y"), tmp_path) is None
