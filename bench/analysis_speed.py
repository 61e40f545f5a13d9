"""Regional analysis speed: every indicator for every year against ecomplexity's core run.

On 400 regions x 600 industries x 20 years (seeded synthetic employment with a fifth of the
cells zero), Anticipa computes location quotients, growth and CAGR, classic, Esteban-Marquillas
and dynamic shift-share for every region, all concentration indices (Herfindahl, Krugman
specialisation and pairwise dissimilarity, Theil, Gini, Hoover, entropy with related and
unrelated variety, Ellison-Glaeser), all capability indicators (RCA, M, diversity, ubiquity,
proximity, density, ECI, PCI, outlook, outlook gain) and the opportunity ranking of every
region in every year. The baseline is the Python package ecomplexity computing RCA, M,
proximity, density, ECI and PCI (plus its outlook, which it always computes) on the same data
in the same process, the best of three alternating runs each. The issue requires the ratio
Anticipa / ecomplexity to be at most 0.5.

Usage: .venv/bin/python bench/analysis_speed.py [REGIONS INDUSTRIES YEARS]
"""

from __future__ import annotations

import sys
import warnings

import numpy as np


def synthetic(regions: int, industries: int, years: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    size = rng.lognormal(3.0, 1.5, (regions, industries, 1))
    trend = np.cumprod(rng.normal(1.01, 0.05, (regions, industries, years)), axis=2)
    values = np.round(size * trend * 100)
    values[rng.random((regions, industries, 1)).repeat(years, axis=2) < 0.2] = 0.0
    return values


def anticipa_all(values: np.ndarray) -> None:
    from desktop_app.core import complexity, concentration, growth, opportunities, shift_share
    from desktop_app.core.location_quotients import location_quotients

    n_i = values.shape[1]
    nation = values.sum(axis=0)
    location_quotients(values)
    growth.annual_growth(values)
    growth.cagr(values[..., 0], values[..., -1], values.shape[2] - 1)
    reference_growth = growth.growth_rate(nation[:, 0], nation[:, -1]).rate
    for method in shift_share.METHODS:
        shift_share.shift_share(
            values[..., 0], values[..., -1], nation[:, 0], nation[:, -1], method
        )
        shift_share.dynamic_shift_share(values, nation, method)
    for axis in (0, 1):
        concentration.herfindahl(values, axis)
        concentration.theil(values, axis)
        concentration.gini(values, axis)
    concentration.krugman_specialisation(values)
    concentration.krugman_dissimilarity(values)
    concentration.hoover(values)
    concentration.entropy_variety(values, np.arange(n_i) // 10)
    concentration.ellison_glaeser(values, concentration.herfindahl(values, 0).value)
    capabilities = complexity.complexity(values)
    for t in range(values.shape[2]):
        opportunities.rank_opportunities(
            capabilities.m[..., t],
            capabilities.density[..., t],
            capabilities.pci[:, t],
            reference_growth,
        )


def ecomplexity_core(values: np.ndarray):
    """ecomplexity's run on the same data, as a callable (the data frame is built outside)."""
    import pandas as pd
    from ecomplexity import ecomplexity

    r, i, t = np.indices(values.shape).reshape(3, -1)
    frame = pd.DataFrame({"year": t + 2000, "region": r, "industry": i, "value": values.ravel()})
    columns = {"time": "year", "loc": "region", "prod": "industry", "val": "value"}

    def run(_k: int) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ecomplexity(frame, columns, check_logsupermodularity=False, verbose=False)

    return run


def main() -> None:
    from timing import best_alternating  # beside this script

    shape = tuple(int(a) for a in sys.argv[1:4]) or (400, 600, 20)
    values = synthetic(*shape)
    # best of three each, in turn: the machine's other work only adds time
    ours, baseline = best_alternating(3, lambda k: anticipa_all(values), ecomplexity_core(values))
    print(f"data: {shape[0]} regions x {shape[1]} industries x {shape[2]} years")
    print(f"anticipa, all indicators, all years: {ours:.2f} s")
    print(f"ecomplexity, RCA/density/ECI/PCI:    {baseline:.2f} s")
    print(f"ratio anticipa / ecomplexity: {ours / baseline:.3f} (required <= 0.5)")


if __name__ == "__main__":
    main()
