"""Regional futures simulation speed: the vectorised Monte Carlo against a per-draw Python loop.

Run: ``.venv/bin/python bench/futures_speed.py [--draws N]``

The issue's size: 20 industries x 8 scenarios x 2,000 draws x 15 years. Industries are seeded
series (half grow along a logistic curve and get the lifecycle baseline, half the trend);
every scenario has three effects and one shock. :func:`desktop_app.core.futures.simulate` is
timed against :func:`loop_simulation` below (the same model written draw by draw, year by
year, as one would without numpy), best of three each, alternating; the ratio should be
<= 0.05. Both medians of the total are printed to show they are the same model. Peak memory of
the vectorised run (tracemalloc) is printed for N and 4 N draws with their ratio: the draws are
simulated in chunks and summarised without being kept, so it should stay within about 1.3.
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import best_alternating  # noqa: E402
from desktop_app.core.futures import (  # noqa: E402
    Effect,
    ScenarioInputs,
    Shock,
    lifecycle_baseline,
    pert_draws,
    simulate,
    trend_baseline,
)
from desktop_app.core.lifecycle_fit import fit_series  # noqa: E402

INDUSTRIES, SCENARIOS, YEARS = 20, 8, 15


def model():
    rng = np.random.default_rng(42)
    years = np.arange(2005, 2020)
    baselines = []
    for i in range(INDUSTRIES):
        noise = 1 + 0.02 * rng.standard_normal(years.size)
        if i % 2 == 0:
            values = 1000 * (i + 1) / (1 + np.exp(-0.35 * (years - 2012 - i % 5))) * noise
            fit = fit_series(years, values)
            if fit.best is not None:
                baselines.append(lifecycle_baseline(fit))
                continue
        values = 500 * (i + 1) * np.exp(0.02 * (years - 2005)) * noise
        baselines.append(trend_baseline(years, values))
    scenarios = [
        ScenarioInputs(
            effects=[
                (3 * s, None, Effect(-1.0, -0.2 + 0.1 * s, 0.8)),
                (3 * s + 1, s % INDUSTRIES, Effect(-2.0, -1.0, 0.0)),
                (3 * s + 2, (s + 5) % INDUSTRIES, Effect(0.0, 0.5, 2.0)),
            ],
            shocks=[(None, Shock(2022 + s % 3, -0.05 * (1 + s % 2), 3))],
        )
        for s in range(SCENARIOS)
    ]
    return baselines, scenarios, 2019 + YEARS


def loop_simulation(baselines, scenarios, horizon, draws, seed):
    """The model draw by draw: the median of the total in the horizon year per scenario."""
    years = np.arange(baselines[0].last_year + 1, horizon + 1)
    rng = np.random.default_rng(seed)
    medians = []
    for scenario in scenarios:
        totals = []
        for _ in range(draws):
            x = [0.0] * len(baselines)
            for _key, industry, effect in scenario.effects:
                value = float(pert_draws(effect, rng, 1)[0]) / 100
                for i in range(len(baselines)) if industry is None else (industry,):
                    x[i] += value
            total = 0.0
            for i, b in enumerate(baselines):
                g = b.draw_growth(rng, 1, years)[0]
                level = b.last_value
                for t in range(len(years)):
                    level *= 1 + g[t] + x[i]
                factor = 1.0
                for industry, shock in scenario.shocks:
                    if industry is None or industry == i:
                        factor *= float(shock.multiplier([years[-1]])[0])
                total += level * factor
            totals.append(total)
        medians.append(float(np.median(totals)))
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=2000)
    args = parser.parse_args()
    baselines, scenarios, horizon = model()
    kinds = sorted({b.kind for b in baselines})
    print(
        f"{len(baselines)} industries ({', '.join(kinds)}), {len(scenarios)} scenarios, "
        f"{args.draws} draws, {horizon - baselines[0].last_year} years"
    )
    out: dict = {}

    def vectorised(_k):
        out["fast"] = simulate(baselines, scenarios, horizon, args.draws, seed=1)

    def loop(_k):
        out["slow"] = loop_simulation(baselines, scenarios, horizon, args.draws, seed=1)

    fast, slow = best_alternating(3, vectorised, loop)
    medians = [float(s.total[-1, 1]) for s in out["fast"].scenarios]
    print(
        f"vectorised {fast:.3f} s, per-draw loop {slow:.3f} s, ratio {fast / slow:.4f} "
        f"(asked <= 0.05)"
    )
    for k, (a, b) in enumerate(zip(medians, out["slow"], strict=True)):
        print(f"  S{k + 1}: median total {a:,.0f} (vectorised) vs {b:,.0f} (loop)")
    peaks = []
    for draws in (args.draws, 4 * args.draws):
        tracemalloc.start()
        simulate(baselines, scenarios, horizon, draws, seed=1)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        print(f"peak memory with {draws} draws: {peaks[-1] / 1e6:.1f} MB")
    print(f"memory ratio {peaks[1] / peaks[0]:.2f} (asked within about 1.3)")


if __name__ == "__main__":
    main()
