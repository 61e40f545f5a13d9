"""Short versions of the stress scripts beside this file (run those for the full figures)."""

import subprocess

import pytest
from stress_full_disk import run_trials as fill_disk
from stress_fuzz_import import run_trials as fuzz
from stress_kill import run_trials as kill


@pytest.mark.slow
def test_fuzzed_xlsx_files_end_in_a_message_not_a_traceback(tmp_path):
    figures = fuzz(csv_trials=0, xlsx_trials=12, seed=5, keep=tmp_path)
    assert figures["trials"] == 12
    assert figures["exit 0"] + figures["exit 2"] == 12, figures["failing inputs"]
    assert (figures["tracebacks"], figures["damaged"], figures["leaks"]) == (0, 0, 0)


@pytest.mark.slow
def test_fuzzed_csvs_never_damage_the_project_or_leave_files(tmp_path):
    figures = fuzz(csv_trials=12, xlsx_trials=0, seed=5, keep=tmp_path)
    assert figures["trials"] == 12
    assert (figures["damaged"], figures["leaks"]) == (0, 0)


@pytest.mark.slow
def test_kill_during_import_export_merge_and_migration_leaves_all_or_nothing():
    figures = kill(trials=1, seed=1)
    assert figures["trials"] == 4  # a command may finish before its kill on a busy machine
    assert (figures["damaged"], figures["partial writes"], figures["leaks"]) == (0, 0, 0)


@pytest.mark.slow
def test_a_disk_filling_during_import_or_export():
    if subprocess.run(["mount", "--version"], capture_output=True).returncode != 0:
        pytest.skip("no mount here")
    # 800 KB (the demo takes 720): the import finds the disk full; 4500 KB: the import is
    # committed and the disk is too full to fold the log into the file (once reported as
    # "Nothing was changed"); 12 MB: both fit
    figures = fill_disk([800, 4500, 12000])
    if figures["trials"] == 0:
        pytest.skip(figures["skipped"])
    assert [o["import"] for o in figures["outcomes"]] == [2, 0, 0]
    assert figures["tracebacks"] == figures["damaged"] == figures["partial writes"] == 0
    assert figures["leaks"] == 0
