"""Streaming summaries of the futures' draws: the same numbers as sorting every draw, in memory
that does not grow with the number of draws, independent of the chunk size."""

import tracemalloc

import numpy as np
import pytest

from desktop_app.core.futures import Effect, ScenarioInputs, simulate, trend_baseline
from desktop_app.core.futures.quantiles import GATHER, StreamingSummary


def _summarise(values: np.ndarray, chunk: int) -> StreamingSummary:
    summary = StreamingSummary(values.shape[1], values.shape[0])
    while not summary.finished:
        for lo in range(0, values.shape[0], chunk):
            summary.feed(values[lo : lo + chunk])
        summary.end_pass()
    return summary


@pytest.mark.parametrize("draws", [1, 2, 7, 300, 5000])
def test_summary_equals_sorting_every_draw(draws):
    rng = np.random.default_rng(draws)
    values = np.column_stack(
        [
            rng.normal(100.0, 15.0, draws),
            rng.lognormal(0.0, 2.0, draws),  # long right tail
            np.full(draws, 3.25),  # every draw the same
            rng.integers(0, 3, draws).astype(float),  # three values, many ties
            np.where(np.arange(draws) % 3 == 0, 7.0, rng.uniform(6.9, 7.1, draws)),  # a spike
        ]
    )
    summary = _summarise(values, 128)
    got = summary.summary()
    np.testing.assert_allclose(
        got[:, :3], np.percentile(values, [10, 50, 90], axis=0).T, rtol=1e-14, atol=0
    )
    np.testing.assert_allclose(got[:, 3], values.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(summary.variance(), values.var(axis=0), rtol=1e-9, atol=1e-12)


def test_summary_does_not_depend_on_the_chunks():
    values = np.random.default_rng(3).normal(size=(3000, 4))
    np.testing.assert_array_equal(
        _summarise(values, 100).summary()[:, :3], _summarise(values, 3000).summary()[:, :3]
    )


def test_summary_keeps_a_bounded_number_of_draws():
    values = np.random.default_rng(4).normal(size=(20_000, 3))
    summary = StreamingSummary(3, 20_000)
    kept = 0
    while not summary.finished:
        for lo in range(0, 20_000, 1000):
            summary.feed(values[lo : lo + 1000])
            kept = max(kept, sum(v.size for _, v in summary._collected))
        summary.end_pass()
    assert kept <= 3 * 3 * GATHER


def _model():
    values = np.array([100.0, 104.0, 103.0, 109.0, 112.0, 111.0, 118.0])
    baselines = [trend_baseline(np.arange(2017, 2024), values * k) for k in (1, 2, 3)]
    scenario = ScenarioInputs(
        effects=[(5, 0, Effect(-2.0, 0.5, 1.0)), (6, None, Effect(-1.0, 0.0, 0.5))]
    )
    return baselines, [ScenarioInputs(), scenario]


def test_simulation_numbers_do_not_depend_on_the_chunk_size():
    baselines, scenarios = _model()
    small = simulate(baselines, scenarios, 2035, draws=2300, seed=5, chunk=500)
    large = simulate(baselines, scenarios, 2035, draws=2300, seed=5, chunk=1500)
    for a, b in zip(small.scenarios, large.scenarios, strict=True):
        np.testing.assert_array_equal(a.industries[..., :3], b.industries[..., :3])
        np.testing.assert_array_equal(a.total[:, :3], b.total[:, :3])
        np.testing.assert_allclose(a.total[:, 3], b.total[:, 3], rtol=1e-13)
        np.testing.assert_array_equal(a.herfindahl[:3], b.herfindahl[:3])
    with pytest.raises(ValueError):
        simulate(baselines, scenarios, 2035, draws=100, chunk=700)


def test_simulation_quantiles_are_those_of_the_seeded_draws():
    """The scenario without effects: each draw is the last level times the product of its
    bootstrapped growth, drawn by the generator of its industry and block of 500 draws."""
    baselines, scenarios = _model()
    result = simulate(baselines, scenarios, 2026, draws=1200, seed=9)
    years = np.arange(2024, 2027)
    totals = np.zeros(1200)
    for i, b in enumerate(baselines):
        growth = np.concatenate(
            [
                b.draw_growth(np.random.default_rng([9, 0, i, lo]), min(500, 1200 - lo), years)
                for lo in (0, 500, 1000)
            ]
        )
        totals += b.last_value * np.prod(1 + growth, axis=1)
    np.testing.assert_allclose(
        result.scenarios[0].total[-1, :3], np.percentile(totals, [10, 50, 90]), rtol=1e-12
    )
    assert result.scenarios[0].total_variance[-1] == pytest.approx(totals.var(), rel=1e-9)


def test_simulation_memory_is_flat_in_the_number_of_draws():
    baselines, scenarios = _model()
    peaks = []
    for draws in (2000, 8000):
        tracemalloc.start()
        simulate(baselines, scenarios, 2040, draws=draws, seed=1)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] / peaks[0] < 1.3
