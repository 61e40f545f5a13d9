"""Timing shared by the benchmarks: the best of several runs, the two contenders in turn."""

from __future__ import annotations

import time


def best(runs: int, run) -> float:
    """The shortest of ``runs`` timed calls of ``run(k)``: the machine's other work only adds."""
    return best_alternating(runs, run, lambda k: None)[0]


def best_alternating(runs: int, first, second) -> tuple[float, float]:
    """The shortest of ``runs`` timed calls of each, called in turn: first, second, first ...

    The machine's other work only adds time, and alternating makes a busy spell weigh on
    both alike. Each callable receives the run's number.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for k in range(runs):
        for run, spent in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            run(k)
            spent.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])
