"""Cross-impact balance (CIB) analysis: impact balances, consistent scenarios and why they hold.

A study has descriptors (key factors) with two or more variants each. The cross-impact matrix
``C`` lists every variant of every descriptor along both axes, descriptor by descriptor: row
``(i, k)`` is the impacting variant, column ``(j, l)`` the impacted one. A scenario picks one
variant per descriptor; the impact balance of variant ``l`` of descriptor ``j`` is the sum of the
rows of the chosen variants in column ``(j, l)``.

Self-impact policy: every stored value is counted, the diagonal (self-impact) blocks included.
A well-formed study keeps those blocks at zero; a ScenarioWizard file may store non-zero ones, and
its published solution lists are reproduced only when they are counted.
:meth:`CrossImpactMatrix.self_impact_descriptors` names the descriptors concerned so the caller
can tell the user.

Missing-value policy: a matrix must hold finite numbers only; NaN or infinity raises
:class:`CIBError` naming the row and column labels. An unjudged pair is 0 (no impact).

Notes
-----
Balance, consistency and scores (Weimer-Jehle 2006, "Cross-impact balances: a system-theoretical
approach to cross-impact analysis", Technological Forecasting & Social Change 73, 334-361)::

    theta_jl(z) = sum_i C[(i, z_i), (j, l)]
    IC(z)       = max_j (max_l theta_jl(z) - theta_{j, z_j}(z))     (z consistent iff IC = 0)
    TIS(z)      = sum_j theta_{j, z_j}(z)
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop_app.errors import UserError

__all__ = [
    "AGGREGATIONS",
    "CIBError",
    "CriticalCell",
    "CrossImpactMatrix",
    "DescriptorExplanation",
    "Disagreement",
    "EnsembleResult",
    "SolveResult",
    "Succession",
    "aggregate",
    "disagreement",
    "ensemble",
    "explain",
    "explanation_text",
    "impact_balances",
    "scenario_scores",
    "sample",
    "solve",
    "solve_within",
    "succession",
]

#: Ways to combine several experts' matrices into one.
AGGREGATIONS = ("sum", "mean", "median")
#: Completions enumerated at once (vectorised) at the bottom of the search tree.
_TAIL_SIZE = 4096
#: Tolerance when a matrix holds non-integer values (aggregated means).
_FLOAT_TOL = 1e-9
#: Succession steps followed from a random start before it is taken to be cycling.
_MAX_SAMPLE_STEPS = 60

Callback = Callable[[float], None]


class CIBError(UserError):
    """A cross-impact matrix, scenario or option that cannot be used; the message says why."""


@dataclass(frozen=True)
class CrossImpactMatrix:
    """Descriptors, their variants and the N x N cross-impact values (N = all variants).

    Attributes
    ----------
    descriptors : tuple of str
        Descriptor names, unique, in study order.
    variants : tuple of tuple of str
        Variant names per descriptor (at least two each; names may repeat across descriptors).
    values : ndarray, shape (N, N)
        ``values[r, c]``: impact of variant ``r`` (row, impacting) on variant ``c`` (column).
    """

    descriptors: tuple[str, ...]
    variants: tuple[tuple[str, ...], ...]
    values: np.ndarray

    @classmethod
    def create(
        cls,
        descriptors: Sequence[str],
        variants: Sequence[Sequence[str]],
        values: np.ndarray | Sequence[Sequence[float]] | None = None,
    ) -> CrossImpactMatrix:
        """Validate names and values once; a zero matrix when ``values`` is None.

        Raises
        ------
        CIBError
            Duplicate or empty descriptor names, fewer than two variants, a matrix of the wrong
            shape or a value that is not a finite number.
        """
        descriptors = tuple(str(d) for d in descriptors)
        variants = tuple(tuple(str(v) for v in vs) for vs in variants)
        if not descriptors:
            raise CIBError("a study needs at least one descriptor")
        if len(variants) != len(descriptors):
            raise CIBError(f"{len(descriptors)} descriptors but variant lists for {len(variants)}")
        seen: set[str] = set()
        for name, vs in zip(descriptors, variants, strict=True):
            if not name.strip():
                raise CIBError("a descriptor has no name")
            if name in seen:
                raise CIBError(f"descriptor name {name!r} is used twice")
            seen.add(name)
            if len(vs) < 2:
                raise CIBError(f"descriptor {name!r} needs at least two variants, has {len(vs)}")
        n = sum(len(vs) for vs in variants)
        if values is None:
            arr = np.zeros((n, n))
        else:
            arr = np.array(values, dtype=float, copy=True)
        if arr.shape != (n, n):
            raise CIBError(f"the matrix must be {n} x {n} (all variants), got {arr.shape}")
        bad = np.argwhere(~np.isfinite(arr))
        if len(bad):
            labels = _labels(descriptors, variants)
            r, c = bad[0]
            raise CIBError(
                f"{len(bad)} cell(s) are not numbers, first: row {labels[r]!r}, "
                f"column {labels[c]!r}"
            )
        arr.setflags(write=False)
        return cls(descriptors, variants, arr)

    @property
    def sizes(self) -> np.ndarray:
        """Number of variants per descriptor."""
        return np.array([len(v) for v in self.variants], dtype=np.int64)

    @property
    def offsets(self) -> np.ndarray:
        """Flat index of each descriptor's first variant, plus N at the end (length D + 1)."""
        return np.concatenate([[0], np.cumsum(self.sizes)]).astype(np.int64)

    @property
    def n_variants(self) -> int:
        return int(self.sizes.sum())

    @property
    def n_combinations(self) -> int:
        """Number of possible scenarios (product of the variant counts), exact."""
        return math.prod(len(v) for v in self.variants)

    @property
    def labels(self) -> list[str]:
        """ "Descriptor: Variant" for every row / column."""
        return _labels(self.descriptors, self.variants)

    def flat(self, descriptor: int, variant: int) -> int:
        """Row / column index of one variant."""
        return int(self.offsets[descriptor]) + variant

    def block(self, source: int, target: int) -> np.ndarray:
        """The judgement section of descriptor ``source`` on descriptor ``target``."""
        o = self.offsets
        return self.values[o[source] : o[source + 1], o[target] : o[target + 1]]

    def self_impact_descriptors(self) -> list[str]:
        """Descriptors whose diagonal (self-impact) block holds a non-zero value."""
        return [name for d, name in enumerate(self.descriptors) if np.any(self.block(d, d) != 0)]

    def with_values(self, values: np.ndarray) -> CrossImpactMatrix:
        """The same descriptors and variants with other values (validated)."""
        return CrossImpactMatrix.create(self.descriptors, self.variants, values)

    def scenario_labels(self, scenario: Sequence[int]) -> dict[str, str]:
        """{descriptor name: variant name} for one scenario."""
        return {
            d: self.variants[j][int(v)]
            for j, (d, v) in enumerate(zip(self.descriptors, scenario, strict=True))
        }

    def check_scenario(self, scenario: Sequence[int]) -> np.ndarray:
        """A scenario as an int array, checked against the descriptors (raises CIBError)."""
        z = np.asarray(scenario)
        if z.shape != (len(self.descriptors),):
            raise CIBError(
                f"a scenario needs one variant for each of the {len(self.descriptors)} "
                f"descriptors, got {z.size}"
            )
        for j, v in enumerate(z):
            if not 0 <= int(v) < len(self.variants[j]):
                raise CIBError(
                    f"descriptor {self.descriptors[j]!r} has no variant number {int(v) + 1}"
                )
        return z.astype(np.int64)


def _labels(descriptors, variants) -> list[str]:
    return [f"{d}: {v}" for d, vs in zip(descriptors, variants, strict=True) for v in vs]


def _exact(values: np.ndarray) -> tuple[np.ndarray, float]:
    """Integer values as int64 (exact, no tolerance); otherwise float64 with a tolerance."""
    if np.all(values == np.round(values)) and np.abs(values).max(initial=0) < 2**40:
        return values.astype(np.int64), 0.0
    scale = max(1.0, float(np.abs(values).max(initial=0)))
    return values.astype(np.float64), _FLOAT_TOL * scale * values.shape[0]


# --------------------------------------------------------------------------- balances and scores


def impact_balances(matrix: CrossImpactMatrix, scenario: Sequence[int]) -> list[np.ndarray]:
    """Impact balance of every variant of every descriptor under one scenario.

    Returns
    -------
    list of ndarray
        ``result[j][l]`` = theta_jl, the sum of the chosen variants' rows in column (j, l).
    """
    z = matrix.check_scenario(scenario)
    rows = matrix.offsets[:-1] + z
    total = matrix.values[rows].sum(axis=0)
    o = matrix.offsets
    return [total[o[j] : o[j + 1]] for j in range(len(matrix.descriptors))]


def scenario_scores(
    matrix: CrossImpactMatrix, scenarios: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Total impact score and inconsistency of many scenarios at once.

    Parameters
    ----------
    scenarios : ndarray, shape (n, D)
        Variant index (0-based) per descriptor.

    Returns
    -------
    tis, ic : ndarray, shape (n,)
    """
    z = np.asarray(scenarios, dtype=np.int64).reshape(-1, len(matrix.descriptors))
    values, _ = _exact(matrix.values)
    return _scores(values, matrix.offsets, z)


def _scores(
    values: np.ndarray, offsets: np.ndarray, z: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    rows = offsets[:-1][None, :] + z
    bal = values[rows].sum(axis=1)
    chosen = np.take_along_axis(bal, rows, axis=1)
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    return chosen.sum(axis=1), (best - chosen).max(axis=1)


# --------------------------------------------------------------------------- exact search


@dataclass
class SolveResult:
    """Scenarios found with their scores, sorted by TIS descending.

    Attributes
    ----------
    scenarios : ndarray, shape (n, D)
        0-based variant index per descriptor.
    tis, ic : ndarray, shape (n,)
    n_combinations : int
        All possible scenarios of the study.
    max_ic : float
        Largest inconsistency kept (0: consistent scenarios only).
    exhaustive : bool
        True when every combination was decided (exact search); False for sampling.
    n_checked : int
        Combinations decided: all of them for the exact search, the distinct random starts for
        sampling.
    coverage : float
        ``n_checked / n_combinations``.
    discovery : float or None
        Sampling only: Good-Turing estimate of the chance that the next scenario hit is one
        already found (1 - scenarios hit once / all hits).
    note : str
        One sentence for the user on how the result was obtained.
    """

    scenarios: np.ndarray
    tis: np.ndarray
    ic: np.ndarray
    n_combinations: int
    max_ic: float
    exhaustive: bool
    n_checked: int
    coverage: float
    discovery: float | None = None
    note: str = ""
    hits: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.scenarios)


class SearchTimeout(CIBError):
    """The exact search did not finish within its time limit (see :func:`solve_within`)."""


def _sorted_result(matrix, found, values, max_ic, **kw) -> SolveResult:
    d = len(matrix.descriptors)
    z = np.array(sorted(set(map(tuple, found))), dtype=np.int64).reshape(-1, d)
    tis, ic = _scores(values, matrix.offsets, z)
    order = np.lexsort((*z.T[::-1], -tis)) if len(z) else np.arange(0)
    hits = kw.pop("hits", None)
    return SolveResult(
        scenarios=z[order],
        tis=tis[order],
        ic=ic[order],
        n_combinations=matrix.n_combinations,
        max_ic=max_ic,
        hits=None if hits is None else hits[order],
        **kw,
    )


def solve(
    matrix: CrossImpactMatrix,
    max_ic: float = 0,
    fixed: dict[int, int] | None = None,
    callback: Callback | None = None,
    deadline: float | None = None,
) -> SolveResult:
    """All scenarios with inconsistency <= ``max_ic``, exactly, by a pruned depth-first search.

    Parameters
    ----------
    matrix : CrossImpactMatrix
    max_ic : float, default 0
        0 gives the consistent scenarios; k > 0 adds the near-consistent ones (IC <= k).
    fixed : dict, optional
        {descriptor index: variant index} to hold fixed (the others are searched).
    callback : callable, optional
        Called with the fraction of the search space decided so far; it may raise to stop.
    deadline : float, optional
        A ``time.monotonic()`` value; past it the search raises :class:`SearchTimeout`.

    Returns
    -------
    SolveResult
        Equal to full enumeration (``exhaustive`` is True).

    Notes
    -----
    A node of the search holds the partial balances ``b`` of the assigned descriptors and the
    variants still possible for the others. For two variants a, l of one descriptor, the most
    the unassigned descriptors can still add to ``theta_a - theta_l`` is
    ``R[a, l] = sum over unassigned i of max over possible v of (C[(i,v),a] - C[(i,v),l])``.
    Variant a stays possible only if ``b_a - b_l + R[a, l] >= -max_ic`` for every l; removing
    variants tightens R, so the filter repeats until nothing changes. A branch is cut when an
    assigned descriptor's variant or every variant of an unassigned one fails. The next
    descriptor to branch on is the one with fewest possible variants; when the remaining
    combinations number at most a few thousand they are enumerated at once with numpy.
    """
    if max_ic < 0:
        raise CIBError("the inconsistency limit must be 0 or more")
    values, tol = _exact(matrix.values)
    sizes = matrix.sizes
    d = len(sizes)
    fixed = dict(fixed or {})
    for j, v in fixed.items():
        if not (0 <= j < d and 0 <= v < sizes[j]):
            raise CIBError(f"cannot fix descriptor {j + 1} to variant {v + 1}")
    search = _Search(values, matrix.offsets, max_ic, tol, callback, deadline)
    found = search.run(fixed)
    return _sorted_result(
        matrix,
        np.array(found, dtype=np.int64).reshape(-1, d),
        values,
        max_ic,
        exhaustive=True,
        n_checked=matrix.n_combinations,
        coverage=1.0,
        note="exact: every combination was decided by a pruned search",
    )


class _Search:
    """The pruned depth-first search with variant filtering (see :func:`solve`)."""

    def __init__(self, c, offsets, max_ic, tol, callback, deadline):
        self.c = c
        self.offsets = offsets
        self.sizes = np.diff(offsets)
        self.d = len(self.sizes)
        self.n = int(offsets[-1])
        self.threshold = -max_ic - tol
        self.max_ic = max_ic + tol
        self.callback = callback
        self.deadline = deadline
        owner = np.repeat(np.arange(self.d), self.sizes)
        self.owner = owner
        # Pairs (a, l) of variants of one descriptor, grouped by a.
        pa, pl = np.nonzero(owner[:, None] == owner[None, :])
        self.pa, self.pl = pa, pl
        self.row_starts = np.searchsorted(pa, np.arange(self.n))
        # diff[i, v, p]: what variant v of source descriptor i adds to theta_pa - theta_pl;
        # padded variants get -inf so they never count as the maximum.
        smax = int(self.sizes.max())
        self.pad = np.full((self.d, smax), -1, dtype=np.int64)
        for i in range(self.d):
            self.pad[i, : self.sizes[i]] = np.arange(offsets[i], offsets[i + 1])
        rows = c.astype(np.float64)
        diff = rows[:, pa] - rows[:, pl]
        self.diff = np.where(self.pad[:, :, None] >= 0, diff[self.pad], -np.inf)
        self.found: list[np.ndarray] = []
        self.nodes = 0

    def run(self, fixed: dict[int, int]) -> list[np.ndarray]:
        possible = np.ones(self.n, dtype=bool)
        chosen = np.full(self.d, -1, dtype=np.int64)
        bal = np.zeros(self.n, dtype=self.c.dtype)
        for j, v in fixed.items():
            possible[self.offsets[j] : self.offsets[j + 1]] = False
            possible[self.offsets[j] + v] = True
        self._visit(bal, chosen, possible, 0.0, 1.0, 0)
        if self.callback:
            self.callback(1.0)
        return self.found

    def _filter(self, bal, chosen, possible):
        """Remove variants that can no longer win; None when the branch is dead."""
        free = chosen < 0
        pad_ok = np.where(self.pad >= 0, possible[self.pad], False)
        while True:
            best = np.where(pad_ok[free][:, :, None], self.diff[free], -np.inf).max(axis=1)
            slack = best.sum(axis=0) + bal[self.pa] - bal[self.pl]
            ok = np.minimum.reduceat(slack, self.row_starts) >= self.threshold
            new = possible & ok
            if np.any(new[self.offsets[:-1][~free] + chosen[~free]] == 0):
                return None
            counts = np.add.reduceat(new, self.offsets[:-1])
            if np.any(counts == 0):
                return None
            if np.array_equal(new, possible):
                return new, counts
            possible = new
            pad_ok = np.where(self.pad >= 0, possible[self.pad], False)

    def _assign(self, bal, chosen, j, v):
        chosen = chosen.copy()
        chosen[j] = v
        return bal + self.c[self.offsets[j] + v], chosen

    def _visit(self, bal, chosen, possible, start, span, depth):
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise SearchTimeout("the exact search did not finish in time")
        self.nodes += 1
        if self.callback and (depth <= 6 or self.nodes % 64 == 0):
            self.callback(start)  # also deep in the tree, so a cancel is never far away
        kept = self._filter(bal, chosen, possible)
        if kept is None:
            return
        possible, counts = kept
        o = self.offsets
        # descriptors left with one variant are assigned at once
        for j in np.nonzero((chosen < 0) & (counts == 1))[0]:
            v = int(np.argmax(possible[o[j] : o[j + 1]]))
            bal, chosen = self._assign(bal, chosen, j, v)
        free = np.nonzero(chosen < 0)[0]
        if not len(free):
            self._tail(bal, chosen, [], [])
            return
        if math.prod(int(counts[j]) for j in free) <= _TAIL_SIZE:
            doms = [np.nonzero(possible[o[j] : o[j + 1]])[0] for j in free]
            self._tail(bal, chosen, free, doms)
            return
        j = int(free[np.argmin(counts[free])])
        dom = np.nonzero(possible[o[j] : o[j + 1]])[0]
        step = span / len(dom)
        for k, v in enumerate(dom):
            child_bal, child_chosen = self._assign(bal, chosen, j, int(v))
            child_possible = possible.copy()
            child_possible[o[j] : o[j + 1]] = False
            child_possible[o[j] + v] = True
            self._visit(child_bal, child_chosen, child_possible, start + k * step, step, depth + 1)

    def _tail(self, bal, chosen, free, domains):
        """Enumerate every completion of a partial scenario at once and keep the good ones."""
        o = self.offsets
        sums = bal[None, :]
        full = chosen[None, :].copy()
        for j, dom in zip(free, domains, strict=True):
            rows = self.c[o[j] + dom]
            sums = (sums[:, None, :] + rows[None, :, :]).reshape(-1, self.n)
            full = np.repeat(full, len(dom), axis=0)
            full[:, j] = np.tile(dom, len(full) // len(dom))
        idx = o[:-1][None, :] + full
        picked = np.take_along_axis(sums, idx, axis=1)
        best = np.maximum.reduceat(sums, o[:-1], axis=1)
        keep = (best - picked).max(axis=1) <= self.max_ic
        self.found.extend(full[keep])


# --------------------------------------------------------------------------- succession, sampling


@dataclass
class Succession:
    """Where repeated adjustment from a start scenario leads.

    Attributes
    ----------
    path : list of tuple of int
        The start and every scenario after it.
    consistent : bool
        True when the path ends in a consistent scenario (a fixed point), False in a cycle.
    cycle : list of tuple of int
        The scenarios of the cycle (empty for a fixed point).
    """

    path: list[tuple[int, ...]]
    consistent: bool
    cycle: list[tuple[int, ...]] = field(default_factory=list)

    @property
    def end(self) -> tuple[int, ...]:
        return self.path[-1]


def _step_global(values, offsets, z):
    """Every descriptor moves to its strongest variant at once (keeps a tied current one)."""
    rows = offsets[:-1][None, :] + z
    bal = values[rows].sum(axis=1)
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    chosen = np.take_along_axis(bal, rows, axis=1)
    new = z.copy()
    move = chosen < best
    for j in range(len(offsets) - 1):
        m = move[:, j]
        if m.any():
            new[m, j] = np.argmax(bal[m, offsets[j] : offsets[j + 1]], axis=1)
    return new


def _step_adjusted(values, offsets, z):
    """Only the descriptor(s) with the largest inconsistency move (ScenarioWizard's adjusted)."""
    rows = offsets[:-1][None, :] + z
    bal = values[rows].sum(axis=1)
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    chosen = np.take_along_axis(bal, rows, axis=1)
    gap = best - chosen
    worst = gap.max(axis=1, keepdims=True)
    move = (gap == worst) & (gap > 0)
    new = z.copy()
    for j in range(len(offsets) - 1):
        m = move[:, j]
        if m.any():
            new[m, j] = np.argmax(bal[m, offsets[j] : offsets[j + 1]], axis=1)
    return new


_RULES = {"global": _step_global, "adjusted": _step_adjusted}


def succession(
    matrix: CrossImpactMatrix,
    start: Sequence[int],
    rule: str = "global",
    max_steps: int = 1000,
) -> Succession:
    """Follow the succession of a start scenario until it is consistent or repeats.

    Parameters
    ----------
    rule : {'global', 'adjusted'}
        'global': every inconsistent descriptor switches to its strongest variant at once;
        'adjusted': only the most inconsistent descriptor(s) switch.

    Notes
    -----
    Ties: a descriptor whose current variant is among the strongest stays; otherwise it takes
    the first strongest variant in study order.
    """
    if rule not in _RULES:
        raise CIBError(f"unknown succession rule {rule!r}; use one of {sorted(_RULES)}")
    values, _ = _exact(matrix.values)
    z = matrix.check_scenario(start)[None, :]
    path = [tuple(int(v) for v in z[0])]
    seen = {path[0]: 0}
    step = _RULES[rule]
    for _ in range(max_steps):
        nxt = step(values, matrix.offsets, z)
        key = tuple(int(v) for v in nxt[0])
        if key == path[-1]:
            return Succession(path, True)
        if key in seen:
            path.append(key)
            return Succession(path, False, path[seen[key] : -1])
        seen[key] = len(path)
        path.append(key)
        z = nxt
    raise CIBError(f"the succession did not settle in {max_steps} steps")


def sample(
    matrix: CrossImpactMatrix,
    n_starts: int = 100_000,
    max_ic: float = 0,
    seed: int | None = 0,
    callback: Callback | None = None,
    deadline: float | None = None,
) -> SolveResult:
    """Consistent scenarios reached from random starts (for matrices too large to enumerate).

    Every random start is scored (kept if its IC <= ``max_ic``) and then followed by global
    succession to the consistent scenario it leads to. The result is not exhaustive: it states
    the share of combinations decided (``coverage``) and a Good-Turing estimate of how likely
    a further start would find nothing new (``discovery``).

    Parameters
    ----------
    n_starts : int
        Random starting combinations (drawn with replacement; distinct ones are counted).
    seed : int or None
        Same seed, same result.
    deadline : float, optional
        ``time.monotonic()`` value after which no further batch is started.
    """
    if n_starts < 1:
        raise CIBError("sampling needs at least one start")
    values, tol = _exact(matrix.values)
    rng = np.random.default_rng(seed)
    offsets = matrix.offsets
    sizes = matrix.sizes
    found: dict[tuple[int, ...], int] = {}
    starts_seen: set[bytes] = set()
    batch = 4096
    done = 0
    while done < n_starts:
        if deadline is not None and time.monotonic() > deadline and done:
            break
        k = min(batch, n_starts - done)
        z = (rng.random((k, len(sizes))) * sizes).astype(np.int64)
        starts_seen.update(row.tobytes() for row in z)
        _, ic = _scores(values, offsets, z)
        for row in z[ic <= max_ic + tol]:
            key = tuple(int(v) for v in row)
            found[key] = found.get(key, 0) + 1
        active = z
        for _ in range(_MAX_SAMPLE_STEPS):
            if deadline is not None and time.monotonic() > deadline:
                break
            if callback:
                callback(done / n_starts)
            nxt = _step_global(values, offsets, active)
            settled = np.all(nxt == active, axis=1)
            for row in active[settled]:
                key = tuple(int(v) for v in row)
                found[key] = found.get(key, 0) + 1
            active = nxt[~settled]
            if not len(active):
                break
        done += k
        if callback:
            callback(done / n_starts)
    z = np.array(list(found), dtype=np.int64).reshape(-1, len(sizes))
    n_checked = len(starts_seen)
    singles = sum(1 for h in found.values() if h == 1)
    hits = sum(found.values())
    discovery = 1.0 - singles / hits if hits else 0.0
    coverage = n_checked / matrix.n_combinations
    note = (
        f"sampling: {n_checked:,} distinct random starts ({coverage:.3g} of all "
        f"{matrix.n_combinations:,} combinations) and their successions; scenarios not "
        "reached from any start may exist"
    )
    if hits:
        note += f" (chance that a further hit is a new scenario: about {1 - discovery:.2g})"
    else:
        note += " (no start reached a consistent scenario: successions cycled)"
    result = _sorted_result(
        matrix,
        z,
        values,
        max_ic,
        exhaustive=False,
        n_checked=n_checked,
        coverage=coverage,
        discovery=discovery,
        note=note,
    )
    keys = [tuple(int(v) for v in row) for row in result.scenarios]
    result.hits = np.array([found[k] for k in keys], dtype=np.int64)
    return result


def solve_within(
    matrix: CrossImpactMatrix,
    max_ic: float = 0,
    seconds: float = 50.0,
    callback: Callback | None = None,
    seed: int | None = 0,
    exact_share: float = 0.2,
) -> SolveResult:
    """Exact results when the pruned search finishes quickly, else sampling with stated coverage.

    The exact search gets ``exact_share * seconds``; if it has not finished by then, random-start
    sampling (:func:`sample`) runs for the rest of the time and its result says what share of
    the combinations it decided (``exhaustive`` is False).
    """
    start = time.monotonic()
    probe = start + exact_share * seconds

    def exact_progress(f: float) -> None:
        if callback:
            callback(exact_share * f)

    try:
        return solve(matrix, max_ic, callback=exact_progress, deadline=probe)
    except SearchTimeout:
        pass
    end = start + seconds

    def sample_progress(_: float) -> None:
        if callback:
            done = (time.monotonic() - probe) / max(end - probe, 1e-9)
            callback(exact_share + (1 - exact_share) * min(1.0, done))

    return sample(
        matrix, n_starts=10**12, max_ic=max_ic, seed=seed, callback=sample_progress, deadline=end
    )


# --------------------------------------------------------------------------- experts


def aggregate(matrices: Sequence[np.ndarray], method: str = "sum") -> np.ndarray:
    """Combine several experts' matrices cell by cell (sum, mean or median).

    Raises
    ------
    CIBError
        No matrix, matrices of different shapes or an unknown method.
    """
    if method not in AGGREGATIONS:
        raise CIBError(f"unknown aggregation {method!r}; use one of {', '.join(AGGREGATIONS)}")
    stack = _stack(matrices)
    return {"sum": np.sum, "mean": np.mean, "median": np.median}[method](stack, axis=0)


def _stack(matrices) -> np.ndarray:
    if not len(matrices):
        raise CIBError("no expert matrix to combine")
    shapes = {np.shape(m) for m in matrices}
    if len(shapes) != 1:
        raise CIBError(f"expert matrices differ in shape: {sorted(shapes)}")
    stack = np.array([np.asarray(m, dtype=float) for m in matrices])
    if not np.all(np.isfinite(stack)):
        raise CIBError("an expert matrix holds a value that is not a number")
    return stack


@dataclass(frozen=True)
class CriticalCell:
    """A cell on which experts disagree enough to change which scenarios hold."""

    row: int
    column: int
    spread: float
    scenarios_at_risk: int


@dataclass
class Disagreement:
    """Spread of the experts' judgements per cell and the cells that matter most.

    Attributes
    ----------
    spread : ndarray (N, N)
        Largest minus smallest judgement per cell.
    std : ndarray (N, N)
        Standard deviation of the judgements per cell (population, ddof=0).
    critical : list of CriticalCell
        Cells whose spread exceeds the margin by which a consistent scenario of the aggregated
        matrix holds, most scenarios at risk first.
    """

    spread: np.ndarray
    std: np.ndarray
    critical: list[CriticalCell]


def disagreement(
    matrix: CrossImpactMatrix, matrices: Sequence[np.ndarray], scenarios: np.ndarray
) -> Disagreement:
    """Where experts disagree, and which disagreements could change the consistent scenarios.

    Parameters
    ----------
    matrix : CrossImpactMatrix
        The aggregated study matrix the scenarios were solved on.
    matrices : sequence of ndarray
        The experts' own matrices, each on the scale of ``matrix``.
    scenarios : ndarray (n, D)
        Consistent scenarios of ``matrix``.

    Notes
    -----
    A cell (r, (j, l)) matters to scenario z when z uses variant r and descriptor j's chosen
    variant wins by a margin ``theta_{j,z_j} - theta_jl`` (l = the cell's column, or if the
    cell is in the chosen column, the runner-up) no larger than the cell's spread: moving the
    cell across the experts' range could then overturn the scenario.
    """
    stack = _stack(matrices)
    if stack.shape[1:] != matrix.values.shape:
        raise CIBError("expert matrices do not match the study's descriptors and variants")
    spread = stack.max(axis=0) - stack.min(axis=0)
    std = stack.std(axis=0)
    o = matrix.offsets
    owner = np.repeat(np.arange(len(matrix.descriptors)), matrix.sizes)
    at_risk = np.zeros(spread.shape, dtype=np.int64)
    for z in np.asarray(scenarios, dtype=np.int64).reshape(-1, len(matrix.descriptors)):
        rows = o[:-1] + z
        bal = matrix.values[rows].sum(axis=0)
        chosen_col = rows[owner]
        margin = bal[chosen_col] - bal
        for j in range(len(matrix.descriptors)):
            block = slice(o[j], o[j + 1])
            others = np.delete(bal[block], z[j])
            margin[rows[j]] = bal[rows[j]] - others.max()
        risky = (spread[rows] >= margin[None, :]) & (spread[rows] > 0)
        at_risk[rows] += risky
    cells = np.argwhere(at_risk > 0)
    critical = [
        CriticalCell(int(r), int(c), float(spread[r, c]), int(at_risk[r, c])) for r, c in cells
    ]
    critical.sort(key=lambda x: (-x.scenarios_at_risk, -x.spread, x.row, x.column))
    return Disagreement(spread, std, critical)


@dataclass
class EnsembleResult:
    """Which scenarios are consistent under how many experts' matrices.

    Attributes
    ----------
    scenarios : ndarray (n, D)
        Every scenario consistent (IC <= max_ic) for at least one expert, most robust first.
    consistent_for : ndarray (n, E) of bool
        Whether scenario s holds under expert e's matrix.
    robustness : ndarray (n,)
        Number of experts under whose matrix the scenario holds.
    tis : ndarray (n, E)
        The scenario's TIS under each expert's matrix.
    """

    scenarios: np.ndarray
    consistent_for: np.ndarray
    robustness: np.ndarray
    tis: np.ndarray


def ensemble(
    matrix: CrossImpactMatrix,
    matrices: Sequence[np.ndarray],
    max_ic: float = 0,
    callback: Callback | None = None,
) -> EnsembleResult:
    """Solve each expert's matrix and count under how many each scenario holds (robustness)."""
    stack = _stack(matrices)
    d = len(matrix.descriptors)
    found: set[tuple[int, ...]] = set()
    for e, values in enumerate(stack):
        sub = (lambda f, e=e: callback((e + f) / len(stack))) if callback else None
        res = solve(matrix.with_values(values), max_ic, callback=sub)
        found.update(tuple(int(v) for v in row) for row in res.scenarios)
    z = np.array(sorted(found), dtype=np.int64).reshape(-1, d)
    ok = np.zeros((len(z), len(stack)), dtype=bool)
    tis = np.zeros((len(z), len(stack)))
    for e, values in enumerate(stack):
        exact, tol = _exact(values)
        t, ic = _scores(exact, matrix.offsets, z)
        ok[:, e] = ic <= max_ic + tol
        tis[:, e] = t
    robustness = ok.sum(axis=1)
    order = np.lexsort((*z.T[::-1], -tis.mean(axis=1), -robustness)) if len(z) else []
    return EnsembleResult(z[order], ok[order], robustness[order], tis[order])


# --------------------------------------------------------------------------- explanation


@dataclass
class DescriptorExplanation:
    """Why one descriptor sits at its variant in a scenario.

    Attributes
    ----------
    descriptor : int
    chosen : int
        The scenario's variant of this descriptor.
    balances : ndarray (V,)
        Impact balance of each of its variants.
    contributions : ndarray (D, V)
        What each descriptor (in its scenario variant) adds to each variant's balance; rows sum
        to ``balances``. The descriptor's own row is its self-impact (normally zero).
    margin : float
        Balance of the chosen variant minus the best other variant (>= 0 when it holds).
    """

    descriptor: int
    chosen: int
    balances: np.ndarray
    contributions: np.ndarray
    margin: float

    @property
    def runner_up(self) -> int:
        """The strongest variant other than the chosen one (first in study order on ties)."""
        others = np.where(np.arange(len(self.balances)) == self.chosen, -np.inf, self.balances)
        return int(np.argmax(others))

    @property
    def edge(self) -> np.ndarray:
        """Per source descriptor: how much it favours the chosen variant over the runner-up."""
        return self.contributions[:, self.chosen] - self.contributions[:, self.runner_up]


def explain(matrix: CrossImpactMatrix, scenario: Sequence[int]) -> list[DescriptorExplanation]:
    """For every descriptor: its variants' balances and which descriptors push it where."""
    z = matrix.check_scenario(scenario)
    o = matrix.offsets
    rows = o[:-1] + z
    out = []
    for j in range(len(matrix.descriptors)):
        contrib = matrix.values[rows, o[j] : o[j + 1]].copy()
        bal = contrib.sum(axis=0)
        others = np.delete(bal, z[j])
        out.append(
            DescriptorExplanation(j, int(z[j]), bal, contrib, float(bal[z[j]] - others.max()))
        )
    return out


def explanation_text(matrix: CrossImpactMatrix, item: DescriptorExplanation, top: int = 3) -> str:
    """One or two sentences on why a descriptor is at its variant (for the user)."""
    name = matrix.descriptors[item.descriptor]
    variants = matrix.variants[item.descriptor]
    chosen = variants[item.chosen]
    bal = item.balances
    runner = item.runner_up
    edge = item.edge
    pushers = [i for i in np.argsort(-edge, kind="stable") if edge[i] > 0][:top]
    holders = [i for i in np.argsort(edge, kind="stable") if edge[i] < 0][:top]

    def names(idx):
        return ", ".join(f"{matrix.descriptors[i]} ({edge[i]:+g})" for i in idx)

    if item.margin >= 0:
        text = (
            f"{name} is at {chosen!r}: balance {_fmt(bal[item.chosen])} against "
            f"{_fmt(bal[runner])} for {variants[runner]!r}."
        )
    else:
        text = (
            f"{name} is at {chosen!r} although {variants[runner]!r} is stronger "
            f"({_fmt(bal[runner])} against {_fmt(bal[item.chosen])}): inconsistent."
        )
    if pushers:
        text += f" Pushed there by {names(pushers)}."
    if holders:
        text += f" Pulled towards {variants[runner]!r} by {names(holders)}."
    return text


def _fmt(x: float) -> str:
    return f"{x:g}"
