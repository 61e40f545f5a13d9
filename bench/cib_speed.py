"""Cross-impact balance solver speed: pruned search against full vectorised enumeration.

Run: ``.venv/bin/python bench/cib_speed.py [--skip-baseline] [--limit SECONDS]``

1. CIB_natl_regional.scw (15 descriptors, 22,674,816 combinations, 16 consistent scenarios):
   times :func:`desktop_app.core.cib.solve` and a straightforward vectorised numpy enumeration
   (written below: every combination in chunks, balances as sums of gathered rows, consistency
   by segment maxima), checks that both give the same scenarios and prints the time ratio
   (the issue asks for <= 0.2).
2. Seeded studies of 10, 16, 20 and 30 descriptors with 4 variants each (matrices shaped like
   expert judgements, see :func:`structured_study`): the exact search with a time limit
   (default 60 s) prints whether it proved the complete set, its time, search nodes and the share
   of the combinations it decided, and the ratio of its time to the time the full enumeration
   would take at the rate measured in this process on the 10 x 4 study (the baseline). The
   search runs in C when ``desktop_app.core.cib._search_c`` is built (``pip install .``); the
   numpy loop it falls back to is timed too, on the sizes it proves within the limit (10 x 4
   and 16 x 4), with the ratio of the two times.
3. The 30 x 4 study through :func:`solve_within` with a 50 s limit: exact or sampled, with its
   note.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core import cib  # noqa: E402
from desktop_app.core.cib import search  # noqa: E402
from desktop_app.core.cib.search import decided_text  # noqa: E402
from desktop_app.io.scw import read_scw  # noqa: E402

SAMPLE = ROOT / "tests" / "fixtures" / "cib" / "CIB_natl_regional.scw"


def enumerate_all(matrix: cib.CrossImpactMatrix, chunk: int = 1 << 18) -> set[tuple[int, ...]]:
    """Every combination, vectorised in chunks: the baseline the solver is compared with."""
    values = matrix.values.astype(np.int64)
    sizes = matrix.sizes
    offsets = matrix.offsets
    total = matrix.n_combinations
    found: set[tuple[int, ...]] = set()
    for start in range(0, total, chunk):
        flat = np.arange(start, min(start + chunk, total), dtype=np.int64)
        z = np.stack(np.unravel_index(flat, tuple(sizes)), axis=1)
        rows = offsets[:-1][None, :] + z
        bal = values[rows].sum(axis=1)
        chosen = np.take_along_axis(bal, rows, axis=1)
        best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
        ok = np.all(chosen == best, axis=1)
        found.update(tuple(int(v) for v in row) for row in z[ok])
    return found


def structured_study(n_desc: int = 30, n_var: int = 4, seed: int = 7):
    """A seeded study shaped like expert judgements: variants sit on two latent axes, impacts
    follow their alignment plus noise, on the -3..+3 scale, half the cells 0, diagonal blocks 0."""
    rng = np.random.default_rng(seed)
    n = n_desc * n_var
    position = rng.normal(size=(n, 2))
    values = np.clip(np.round(1.5 * position @ position.T + rng.normal(size=(n, n))), -3, 3)
    values[rng.random((n, n)) < 0.5] = 0
    owner = np.repeat(np.arange(n_desc), n_var)
    values[owner[:, None] == owner[None, :]] = 0
    return cib.CrossImpactMatrix.create(
        [f"D{i + 1}" for i in range(n_desc)],
        [[f"v{k + 1}" for k in range(n_var)] for _ in range(n_desc)],
        values,
    )


def enumeration_rate(matrix: cib.CrossImpactMatrix) -> float:
    """Combinations per second of the full enumeration, measured on ``matrix``."""
    t0 = time.perf_counter()
    enumerate_all(matrix)
    return matrix.n_combinations / (time.perf_counter() - t0)


def prove(n_desc: int, limit: float, rate: float, engine: str) -> float:
    """One seeded study: the exact search within ``limit`` seconds, one line of figures; returns
    the seconds spent."""
    study = structured_study(n_desc, 4)
    t0 = time.perf_counter()
    try:
        result = cib.solve(study, deadline=time.monotonic() + limit)
        found, decided, nodes, proved = len(result), result.decided, result.nodes, "proved"
    except cib.SearchTimeout as stopped:
        found, decided, nodes = len(stopped.found), stopped.decided, stopped.nodes
        proved = "not proved"
    spent = time.perf_counter() - t0
    baseline = study.n_combinations / rate
    print(
        f"  {engine:5} {n_desc} x 4 ({study.n_combinations:.2e} combinations): {proved:10} "
        f"{spent:7.1f} s  {nodes:9,} nodes  decided {decided_text(decided):>12}  "
        f"{found:3} scenarios  time / enumeration = {spent / baseline:.2e}"
    )
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-baseline", action="store_true", help="only time the solver")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per seeded study")
    args = parser.parse_args()

    scw = read_scw(SAMPLE)
    matrix = cib.CrossImpactMatrix.create(
        [d.name for d in scw.descriptors], [d.variants for d in scw.descriptors], scw.matrix
    )
    t0 = time.perf_counter()
    result = cib.solve(matrix)
    t_solver = time.perf_counter() - t0
    print(f"{SAMPLE.name}: {matrix.n_combinations:,} combinations, {len(result)} consistent")
    print(f"  pruned search      {t_solver:8.3f} s  ({result.nodes:,} nodes)")
    if not args.skip_baseline:
        t0 = time.perf_counter()
        baseline = enumerate_all(matrix)
        t_base = time.perf_counter() - t0
        same = baseline == {tuple(int(v) for v in z) for z in result.scenarios}
        print(f"  full enumeration   {t_base:8.3f} s  (same scenarios: {same})")
        print(f"  ratio solver/enumeration = {t_solver / t_base:.4f}  (required <= 0.2)")

    rate = enumeration_rate(structured_study(10, 4))
    print(
        f"seeded studies, exact search limited to {args.limit:g} s "
        f"(baseline: full enumeration at {rate:,.0f} combinations/s in this process)"
    )
    compiled = search._search_c
    engine = "C" if compiled is not None else "numpy"
    times = {n_desc: prove(n_desc, args.limit, rate, engine) for n_desc in (10, 16, 20, 30)}
    if compiled is not None and not args.skip_baseline:
        search._search_c = None  # the numpy loop, the fallback, as the baseline
        for n_desc in (10, 16):
            spent = prove(n_desc, args.limit, rate, "numpy")
            print(f"        C / numpy time on {n_desc} x 4 = {times[n_desc] / spent:.3f}")
        search._search_c = compiled
    elif compiled is None:
        print("  (the compiled search is not built: pip install . builds it)")

    study = structured_study()
    t0 = time.perf_counter()
    big = cib.solve_within(study, seconds=50)
    t_big = time.perf_counter() - t0
    kind = "exact" if big.exhaustive else "sampled"
    print(
        f"30 descriptors x 4 variants ({study.n_combinations:.3e} combinations): {kind}, "
        f"{len(big)} consistent scenarios in {t_big:.1f} s (limit 60 s)"
    )
    print(f"  {big.note}")


if __name__ == "__main__":
    main()
