"""Background threads pause at their pause points once a slice has passed; others never do."""

import threading
import time

import pytest

from desktop_app import pacing
from desktop_app.services.progress import NullProgress


@pytest.fixture(autouse=True)
def _window_idle():
    """No window's block from an earlier test still holds background work."""
    pacing._hold_until = 0.0


def _sleeps(monkeypatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(pacing.time, "sleep", slept.append)
    return slept


def _run_for(seconds: float) -> None:
    """Work without sleeping (time.sleep is what the tests record)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_outside_background_work_a_pause_point_never_sleeps(monkeypatch):
    slept = _sleeps(monkeypatch)
    end = time.perf_counter() + 2 * pacing.SLICE_S
    while time.perf_counter() < end:
        pacing.pause_point()
        NullProgress().check()
    assert slept == []


def test_background_work_pauses_once_per_slice(monkeypatch):
    slept = _sleeps(monkeypatch)
    with pacing.background():
        pacing.pause_point()
        assert slept == []  # the first slice has not passed
        _run_for(pacing.SLICE_S * 1.5)
        NullProgress().check()  # a cancel check is a pause point
        pacing.pause_point()  # a new slice started at the pause
    assert slept == [pacing.PAUSE_S]
    _run_for(pacing.SLICE_S * 1.5)
    pacing.pause_point()  # the block is over: this thread no longer pauses
    assert slept == [pacing.PAUSE_S]


def test_background_is_per_thread(monkeypatch):
    slept = _sleeps(monkeypatch)
    with pacing.background():
        _run_for(pacing.SLICE_S * 1.5)
        other = threading.Thread(target=pacing.pause_point)
        other.start()
        other.join()
        assert slept == []


def test_background_work_waits_while_the_window_draws():
    """Inside ``foreground()`` a background thread's pause point waits for the block's end."""
    waited: list[float] = []

    def worker(started: threading.Event) -> None:
        with pacing.background():
            started.set()
            time.sleep(0.02)  # the window enters its block meanwhile
            t = time.perf_counter()
            pacing.pause_point()
            waited.append(time.perf_counter() - t)

    started = threading.Event()
    thread = threading.Thread(target=worker, args=(started,))
    with pacing.foreground():
        thread.start()
        started.wait()
        time.sleep(0.06)  # drawing
    thread.join()
    # it waited for the rest of the block (about 40 ms) and the paint after it, no longer
    # than HOLD_S
    assert 0.02 + pacing.LINGER_S < waited[0] < pacing.HOLD_S + 0.05


def test_a_long_foreground_block_holds_background_work_for_hold_s_at_most():
    waited: list[float] = []

    def worker() -> None:
        with pacing.background():
            t = time.perf_counter()
            pacing.pause_point()
            waited.append(time.perf_counter() - t)

    with pacing.foreground():
        with pacing.foreground():  # nested blocks count from the outer one
            thread = threading.Thread(target=worker)
            thread.start()
            thread.join()
    assert pacing.HOLD_S * 0.5 < waited[0] < pacing.HOLD_S + 0.05
    assert pacing._depth == 0 and pacing._hold_until <= time.perf_counter()
