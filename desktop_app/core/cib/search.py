"""The exact search for every consistent scenario (or every one within a maximum IC).

Depth-first over descriptors with the balances carried along: a variant is dropped as soon as
no choice of the remaining descriptors can make it the best of its descriptor; the last few
descriptors are enumerated at once (vectorised).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.cib.matrix import (
    Callback,
    CIBError,
    CrossImpactMatrix,
    _checked,
    _exact,
    _scores,
)

#: Completions enumerated at once (vectorised) at the bottom of the search tree.
_TAIL_SIZE = 4096


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
    hits : ndarray or None
        Sampling only: random starts whose succession ended in each scenario.
    forced : dict
        {descriptor index: variant index} held by an intervention; TIS and IC leave them out.
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
    forced: dict[int, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.scenarios)


class SearchTimeout(CIBError):
    """The exact search did not finish within its time limit.

    :func:`desktop_app.core.cib.sampling.solve_within` then samples instead.
    """


def _sorted_result(matrix, found, values, max_ic, **kw) -> SolveResult:
    d = len(matrix.descriptors)
    z = np.array(sorted(set(map(tuple, found))), dtype=np.int64).reshape(-1, d)
    forced = kw.get("forced", {})
    tis, ic = _scores(values, matrix.offsets, z, _checked(d, forced))
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
    forced: dict[int, int] | None = None,
) -> SolveResult:
    """All scenarios with inconsistency <= ``max_ic``, exactly, by a pruned depth-first search.

    Parameters
    ----------
    matrix : CrossImpactMatrix
    max_ic : float, default 0
        0 gives the consistent scenarios; k > 0 adds the near-consistent ones (IC <= k).
    fixed : dict, optional
        {descriptor index: variant index} to hold fixed (the others are searched); a fixed
        descriptor's own balance is still checked (the completions of a partial scenario).
    callback : callable, optional
        Called with the fraction of the search space decided so far; it may raise to stop.
    deadline : float, optional
        A ``time.monotonic()`` value; past it the search raises :class:`SearchTimeout`.
    forced : dict, optional
        {descriptor index: variant index} set by an intervention: held, and its own balance
        not checked, so TIS and IC are taken over the other descriptors (Weimer-Jehle's
        intervention analysis).

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
    forced = dict(forced or {})
    for j, v in (fixed | forced).items():
        if not (0 <= j < d and 0 <= v < sizes[j]):
            raise CIBError(f"cannot fix descriptor {j + 1} to variant {v + 1}")
    for j in fixed.keys() & forced.keys():
        if fixed[j] != forced[j]:
            raise CIBError(f"descriptor {matrix.descriptors[j]!r} is held at two variants")
    checked = _checked(d, forced.keys())
    search = _Search(values, matrix.offsets, max_ic, tol, callback, deadline, checked)
    found = search.run(fixed | forced)
    return _sorted_result(
        matrix,
        np.array(found, dtype=np.int64).reshape(-1, d),
        values,
        max_ic,
        exhaustive=True,
        n_checked=matrix.n_combinations,
        coverage=1.0,
        note="exact: every combination was decided by a pruned search",
        forced=forced,
    )


class _Search:
    """The pruned depth-first search with variant filtering (see :func:`solve`)."""

    def __init__(self, c, offsets, max_ic, tol, callback, deadline, checked=None):
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
        # descriptors whose balance is checked (an intervention's forced ones are not)
        self.checked = np.ones(self.d, dtype=bool) if checked is None else checked
        self.pair_unchecked = ~self.checked[owner[pa]]
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
            slack[self.pair_unchecked] = np.inf
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
        keep = (best - picked)[:, self.checked].max(axis=1, initial=0) <= self.max_ic
        self.found.extend(full[keep])
