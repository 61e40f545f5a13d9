"""The exact CIB search against general solvers, on the seeded studies of bench/cib_speed.py.

Run: ``.venv/bin/python bench/cib_solvers.py [--limit SECONDS] [--sizes 10 16 20 30]``

Why this exists: the 30 x 4 study's complete set with a proof is the goal, and a general
constraint solver is the obvious thing to reach for. Each solver here gets the same model,
written from the definition of consistency: one boolean per variant, exactly one per
descriptor, and for every checked descriptor i, chosen variant a and rival w the implication
"a chosen => sum over the other descriptors' chosen variants of (c[., a] - c[., w]) >= 0".
Every solver enumerates all scenarios (HiGHS, which has no enumeration, by adding a cut
against each scenario found and solving again) and must prove that no further one exists.

Solvers: :func:`desktop_app.core.cib.solve` (the baseline: times are printed as its
multiples), HiGHS's branch and bound through ``scipy.optimize.milp`` (always there), and, when
installed beside the project (``pip install ortools clingo``; neither is a dependency),
OR-Tools' CP-SAT (one worker: its enumeration of all solutions needs it) and clingo. Where two
solvers finish, their scenario sets must be equal.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cib_speed import structured_study  # noqa: E402

from desktop_app.core import cib  # noqa: E402

Scenarios = set[tuple[int, ...]]


def implications(matrix: cib.CrossImpactMatrix):
    """(a, gains) for every checked variant a and rival w of its descriptor: ``gains[x]`` is
    what variant x adds to theta_a - theta_w (zero on a's own descriptor)."""
    c = matrix.values.astype(np.int64)
    o = matrix.offsets
    for i in range(len(matrix.sizes)):
        for a in range(o[i], o[i + 1]):
            for w in range(o[i], o[i + 1]):
                if w != a:
                    gains = c[:, a] - c[:, w]
                    gains[o[i] : o[i + 1]] = 0
                    yield a, gains


def scenario_of(matrix: cib.CrossImpactMatrix, chosen) -> tuple[int, ...]:
    o = matrix.offsets
    return tuple(int(np.argmax(chosen[o[j] : o[j + 1]])) for j in range(len(matrix.sizes)))


def with_exact_search(matrix, limit) -> tuple[Scenarios, bool]:
    try:
        found, complete = cib.solve(matrix, deadline=time.monotonic() + limit).scenarios, True
    except cib.SearchTimeout as stopped:
        found, complete = stopped.found, False
    return {tuple(int(v) for v in z) for z in found}, complete


def with_highs(matrix, limit) -> tuple[Scenarios, bool]:
    """Big-M rows: sum(gains * x) - M * x_a >= -M, M the most the sum can fall below 0."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix

    o, n, d = matrix.offsets, matrix.n_variants, len(matrix.sizes)
    one = np.zeros((d, n))
    for j in range(d):
        one[j, o[j] : o[j + 1]] = 1
    rows, lower = [], []
    for a, gains in implications(matrix):
        big = -sum(int(gains[o[j] : o[j + 1]].min()) for j in range(d))
        if big > 0:
            row = gains.astype(float)
            row[a] -= big
            rows.append(row)
            lower.append(-big)
    model = [LinearConstraint(csr_matrix(one), 1, 1)]
    if rows:
        model.append(LinearConstraint(csr_matrix(np.array(rows)), lower, np.inf))
    found: Scenarios = set()
    cuts: list[np.ndarray] = []
    start = time.monotonic()
    while (left := limit - (time.monotonic() - start)) > 0:
        constraints = model + ([LinearConstraint(np.array(cuts), -np.inf, d - 1)] if cuts else [])
        result = milp(
            np.zeros(n),
            constraints=constraints,
            integrality=np.ones(n),
            bounds=Bounds(0, 1),
            options={"time_limit": left},
        )
        if result.status == 2:  # infeasible: no scenario beyond the cuts
            return found, True
        if result.x is None:
            break
        chosen = np.round(result.x)
        found.add(scenario_of(matrix, chosen))
        cuts.append(chosen)
    return found, False


def with_cp_sat(matrix, limit) -> tuple[Scenarios, bool]:
    from ortools.sat.python import cp_model

    o, n, d = matrix.offsets, matrix.n_variants, len(matrix.sizes)
    model = cp_model.CpModel()
    x = [model.NewBoolVar(f"x{a}") for a in range(n)]
    for j in range(d):
        model.AddExactlyOne(x[o[j] : o[j + 1]])
    for a, gains in implications(matrix):
        model.Add(sum(int(g) * x[v] for v, g in enumerate(gains) if g) >= 0).OnlyEnforceIf(x[a])
    found: Scenarios = set()

    class Collect(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self):
            found.add(scenario_of(matrix, [self.Value(v) for v in x]))

    solver = cp_model.CpSolver()
    solver.parameters.enumerate_all_solutions = True
    solver.parameters.num_workers = 1  # enumeration is exact with one worker only
    solver.parameters.max_time_in_seconds = limit
    status = solver.Solve(model, Collect())
    return found, status in (cp_model.OPTIMAL, cp_model.INFEASIBLE)


def with_clingo(matrix, limit) -> tuple[Scenarios, bool]:
    import clingo

    o, d = matrix.offsets, len(matrix.sizes)

    def atom(v):
        j = int(np.searchsorted(o, v, side="right")) - 1
        return f"x({j},{v - o[j]})"

    program = [
        "1 { " + "; ".join(atom(v) for v in range(o[j], o[j + 1])) + " } 1." for j in range(d)
    ]
    for a, gains in implications(matrix):
        terms = "; ".join(f"{g},{v}: {atom(v)}" for v, g in enumerate(gains) if g)
        program.append(f":- {atom(a)}, #sum {{ {terms} }} < 0.")
    control = clingo.Control(["0"])
    control.add("base", [], "\n".join(program))
    control.ground([("base", [])])
    found: Scenarios = set()
    deadline = time.monotonic() + limit
    with control.solve(yield_=True, async_=True) as handle:
        handle.resume()
        finished = handle.wait(limit)
        while finished:
            model = handle.model()
            if model is None:
                break
            z = [0] * d
            for symbol in model.symbols(atoms=True):
                j, v = (arg.number for arg in symbol.arguments)
                z[j] = v
            found.add(tuple(z))
            handle.resume()
            finished = handle.wait(max(0.0, deadline - time.monotonic()))
        if not finished:
            handle.cancel()
    return found, bool(finished)


def solvers() -> dict[str, Callable]:
    chosen = {"exact search": with_exact_search, "HiGHS (scipy)": with_highs}
    for name, module, run in (("CP-SAT", "ortools", with_cp_sat), ("clingo", "clingo", with_clingo)):
        try:
            __import__(module)
        except ImportError:
            print(f"({name} is not installed: pip install {module} to compare with it)")
        else:
            chosen[name] = run
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per solver and study")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 16, 20, 30])
    args = parser.parse_args()
    chosen = solvers()
    for n_desc in args.sizes:
        study = structured_study(n_desc, 4)
        print(f"{n_desc} x 4 ({study.n_combinations:.2e} combinations), limit {args.limit:g} s")
        proved: dict[str, Scenarios] = {}
        baseline = None  # the exact search's time, when it proved
        for name, run in chosen.items():
            t0 = time.perf_counter()
            found, complete = run(study, args.limit)
            spent = time.perf_counter() - t0
            if complete:
                proved[name] = found
            if complete and run is with_exact_search:
                baseline = spent
            state = "proved" if complete else "not proved"
            ratio = f"time / exact search = {spent / baseline:.2f}" if complete and baseline else ""
            print(f"  {name:14} {state:10} {spent:7.1f} s  {len(found):3} scenarios  {ratio}")
        answers = {frozenset(found) for found in proved.values()}
        if len(answers) > 1:
            print("  THE PROVED SETS DIFFER: " + ", ".join(proved))


if __name__ == "__main__":
    main()
