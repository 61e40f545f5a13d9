"""The demo build: real data in, progress reported, nothing left behind when cancelled."""

import pytest

from desktop_app.services.demo import build_demo
from desktop_app.services.progress import Cancelled, Progress
from desktop_app.store.errors import ProjectError
from desktop_app.store.observations import counts
from desktop_app.store.project import open_project


class Recorder(Progress):
    def __init__(self, cancel_after=None):
        super().__init__()
        self.updates = []
        self._cancel_after = cancel_after

    def _emit(self, fraction, text):
        self.updates.append((fraction, text))
        if self._cancel_after is not None and len(self.updates) >= self._cancel_after:
            self.cancel()


def test_demo_reports_progress_to_the_end(tmp_path):
    progress = Recorder()
    path = build_demo(tmp_path / "demo.anticipa", progress)
    fractions = [f for f, _ in progress.updates if f is not None]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    with open_project(path) as project:
        assert counts(project.db).observations == 4120


def test_cancelled_demo_leaves_nothing(tmp_path):
    with pytest.raises(Cancelled):
        build_demo(tmp_path / "demo.anticipa", Recorder(cancel_after=3))
    assert list(tmp_path.iterdir()) == []


def test_demo_never_overwrites(tmp_path):
    target = tmp_path / "mine.anticipa"
    target.write_text("precious")
    with pytest.raises(ProjectError, match="already exists"):
        build_demo(target)
    assert target.read_text() == "precious"


def test_sub_progress_maps_into_its_slice():
    parent = Recorder()
    parent.sub(0.5, 0.75).report(0.5, "half of the second quarter")
    assert parent.updates == [(0.625, "half of the second quarter")]
