"""The exact search for every consistent scenario (or every one within a maximum IC).

Depth-first over descriptors: a variant is dropped as soon as no choice of the others can make
it the best of its descriptor, or when no variant of some other descriptor can accompany it;
the last few combinations are enumerated at once (vectorised). A search stopped by its time
limit says what share of the combinations it had decided.

The loop runs in C (``_search_c``, built from ``_search_c.c`` when the package is installed)
where that module is present: the same filtering, branching and enumeration, without numpy's
cost per call, which is most of the time per node at these array sizes. Without it (a source
tree nobody compiled), the numpy loop below gives the same scenarios, more slowly.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_app.core.cib.matrix import (
    Callback,
    CIBError,
    CrossImpactMatrix,
    _checked,
    _exact,
    _scores,
)
from desktop_app.texts import Text


def _compiled_loop():
    """The C loop, or None for the numpy loop of _Search: when it is not compiled, or was
    compiled from an older ``_search_c.c`` than the one beside it (a source tree updated
    without reinstalling), whose answers could differ."""
    try:
        from desktop_app.core.cib import _search_c
    except ImportError:
        return None
    source = Path(__file__).with_name("_search_c.c")
    if source.exists() and source.stat().st_mtime > Path(_search_c.__file__).stat().st_mtime:
        return None
    return _search_c


_search_c = _compiled_loop()

#: Completions enumerated at once (vectorised) at the bottom of the search tree; filtering is
#: cheaper than enumeration down to a few dozen (14 x 4 seeded study: 64 takes 3.7 s, 4096 5.8 s).
_TAIL_SIZE = 64


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
    decided : float
        Share of the combinations the exact search decided: 1 when it finished, the part it had
        proved (scenarios found or ruled out) when its time ran out before sampling took over.
    nodes : int
        Nodes the exact search visited (0 when it did not run).
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
    decided: float = 1.0
    nodes: int = 0
    discovery: float | None = None
    note: str = ""
    hits: np.ndarray | None = None
    forced: dict[int, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.scenarios)


class SearchTimeout(CIBError):
    """The exact search did not finish within its time limit.

    ``decided`` is the share of the combinations it had decided (found or ruled out), ``nodes``
    the search nodes visited and ``found`` (k, D) the scenarios found so far;
    :func:`desktop_app.core.cib.sampling.solve_within` then samples.
    """

    def __init__(self, decided: float, nodes: int, found: np.ndarray):
        super().__init__(
            f"the exact search did not finish in time: {decided_text(decided)} of the "
            f"combinations decided ({nodes:,} search nodes)"
        )
        self.decided = decided
        self.nodes = nodes
        self.found = found


def decided_text(share: float) -> str:
    """A share of the search space as a percentage that never rounds up to "100 %"."""
    if share >= 1:
        return "100 %"
    digits = 3
    while digits < 17 and float(f"{100 * share:.{digits}g}") >= 100:
        digits += 1
    return f"{100 * share:.{digits}g} %"


def _unique_rows(z: np.ndarray, sizes) -> np.ndarray:
    """Each scenario of ``z`` once, in row order.

    A scenario is a number in the mixed radix of the descriptors' sizes, and numbers sort as
    their rows do: one integer sort, where a set of tuples (or numpy's row-wise unique) held the
    interpreter for a second and more over the 130,000 near-consistent scenarios of a large
    study. Studies of more than 2**63 combinations sort the rows themselves.
    """
    if not len(z):
        return z
    sizes = [int(s) for s in sizes]
    if math.prod(sizes) >= 2**63:
        return np.unique(z, axis=0)
    weights = np.ones(len(sizes), dtype=np.int64)
    for j in range(len(sizes) - 2, -1, -1):
        weights[j] = weights[j + 1] * sizes[j + 1]
    _, first = np.unique(z @ weights, return_index=True)
    return z[first]


def _sorted_result(matrix, found, values, max_ic, **kw) -> SolveResult:
    d = len(matrix.descriptors)
    z = _unique_rows(np.asarray(found, dtype=np.int64).reshape(-1, d), matrix.sizes)
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
    A node of the search holds the variants still possible for every descriptor (an assigned
    one has one). For two variants a, l of one descriptor, ``S[a, l]``, the sum over
    descriptors i of the most a possible variant of i adds to ``theta_a - theta_l``, bounds
    that difference over the node's scenarios. Variant a stays possible only if
    ``S[a, l] >= -max_ic`` for every l. Pairs of variants of two descriptors are judged the
    same way: x and a can be in one scenario only if a's bound, with x's own gain in place of
    its descriptor's most, still allows a (and the same for x); a variant that no variant of
    some other descriptor can accompany goes, and once the compatible pairs are known, ``S``
    for a counts only the variants compatible with a. This repeats until nothing changes; a
    node whose descriptor has no variant left is closed. The next descriptor to branch on has
    the fewest variants left, ties going to the one whose choice moves the bounds most; a
    node with at most ``_TAIL_SIZE`` combinations left is enumerated at once with numpy. The
    progress passed to ``callback`` is the share of all combinations decided (found or ruled
    out), which is also what :class:`SearchTimeout` reports.
    """
    if max_ic < 0:
        raise CIBError(Text("the inconsistency limit must be 0 or more"))
    values, tol = _exact(matrix.values)
    sizes = matrix.sizes
    d = len(sizes)
    fixed = dict(fixed or {})
    forced = dict(forced or {})
    for j, v in (fixed | forced).items():
        if not (0 <= j < d and 0 <= v < sizes[j]):
            raise CIBError(Text(
                "cannot fix descriptor {value} to variant {value2}",
                value=j + 1,
                value2=v + 1,
            ))
    for j in fixed.keys() & forced.keys():
        if fixed[j] != forced[j]:
            raise CIBError(Text(
                "descriptor {descriptors} is held at two variants",
                descriptors=f"{matrix.descriptors[j]!r}",
            ))
    checked = _checked(d, forced.keys())
    search = _Search(values, matrix.offsets, max_ic, tol, callback, deadline, checked)
    found = search.run(fixed | forced)
    return _sorted_result(
        matrix,
        found,
        values,
        max_ic,
        exhaustive=True,
        n_checked=matrix.n_combinations,
        coverage=1.0,
        nodes=search.nodes,
        note="exact: every combination was decided by a pruned search",
        forced=forced,
    )


class _Search:
    """The pruned depth-first search with variant and pair filtering (see :func:`solve`).

    Layout: ``gain[x, k * n + a]`` is what variant x adds to ``theta_a - theta_l`` where l is
    the k-th variant of a's descriptor (padded slots 0); a pair slot is "open" when the pair
    exists and a's descriptor is checked. Padded layouts with the short axis (k) outside let
    numpy reduce along whole rows instead of by segments, which is most of the time per node.
    """

    def __init__(self, c, offsets, max_ic, tol, callback, deadline, checked=None):
        self.c = c
        self.offsets = offsets
        self.sizes = np.diff(offsets)
        self.d = len(self.sizes)
        self.n = n = int(offsets[-1])
        self.smax = smax = int(self.sizes.max())
        self.threshold = -max_ic - tol
        self.max_ic = max_ic + tol
        self.callback = callback
        self.deadline = deadline
        self.checked = np.ones(self.d, dtype=bool) if checked is None else checked
        self.owner = owner = np.repeat(np.arange(self.d), self.sizes)
        pad = np.full((self.d, smax), -1, dtype=np.int64)
        for i in range(self.d):
            pad[i, : self.sizes[i]] = np.arange(offsets[i], offsets[i + 1])
        self.valid = pad >= 0
        self.pad = np.where(self.valid, pad, 0)
        rival = pad[owner]  # (n, smax): the variants l each variant a is compared with
        rows = c.astype(np.float64)
        gain = rows[:, None, :] - rows[:, np.where(rival >= 0, rival, 0).T]
        gain[:, (rival < 0).T] = 0
        self.gain = gain.reshape(n, smax * n)
        self.gain_by_descriptor = self.gain[self.pad]  # (d, smax, n * smax)
        self.open = ((rival >= 0) & self.checked[owner][:, None]).T.ravel()
        self.same = owner[:, None] == owner[None, :]
        self.found: list[np.ndarray] = []  # blocks of scenarios found, (k, d) each
        self.nodes = 0
        self.decided = 0.0

    def run(self, fixed: dict[int, int]) -> np.ndarray:
        """The scenarios (k, d) within ``fixed``."""
        possible = np.ones(self.n, dtype=bool)
        for j, v in fixed.items():
            possible[self.offsets[j] : self.offsets[j + 1]] = False
            possible[self.offsets[j] + v] = True
        if _search_c is not None:
            return self._run_compiled(possible)
        self._visit(possible, 1.0, 0)
        self.decided = 1.0
        if self.callback:
            self.callback(1.0)
        return self._found_array()

    def _found_array(self) -> np.ndarray:
        if not self.found:
            return np.zeros((0, self.d), dtype=np.int64)
        return np.concatenate(self.found).astype(np.int64, copy=False)

    def _run_compiled(self, possible) -> list[np.ndarray]:
        """The same search in C: ``tick`` stops it at the deadline and relays the progress
        (a callback that raises, to cancel, stops it too)."""

        def tick(decided: float, nodes: int, report: bool) -> bool:
            if self.deadline is not None and time.monotonic() > self.deadline:
                return True
            if self.callback and report:
                self.callback(decided)
            return False

        found, self.nodes, self.decided, stopped = _search_c.search(
            np.ascontiguousarray(self.c, dtype=np.float64).tobytes(),
            self.offsets.astype(np.int64).tobytes(),
            self.checked.astype(np.uint8).tobytes(),
            possible.astype(np.uint8).tobytes(),
            float(self.threshold),
            float(self.max_ic),
            _TAIL_SIZE,
            tick,
        )
        z = np.frombuffer(found, dtype=np.int32).reshape(-1, self.d).astype(np.int64)
        if stopped:
            raise SearchTimeout(self.decided, self.nodes, z)
        if self.callback:
            self.callback(1.0)
        return z

    def _filter(self, possible):
        """Variants and pairs of variants that can still be in a scenario; None if none can.

        ``slack[a, l]`` bounds ``theta_a - theta_l`` over the scenarios left: the sum over
        descriptors of the most each can add with a variant still possible (and, once pairs are
        known, compatible with a). Variant a needs ``slack[a, l] >= -max_ic`` for every l;
        variants x and a are compatible when that still holds for a with x's own gain in place
        of its descriptor's best, and the same for x with a's. A variant without a compatible
        variant in some other descriptor goes. Repeats until nothing changes.
        """
        n, smax = self.n, self.smax
        together = None
        while True:
            in_domain = possible[self.pad] & self.valid  # (d, smax)
            if not in_domain.any(axis=1).all():
                return None
            mask = in_domain[:, :, None]
            if together is not None:
                mask = mask & np.tile(together[self.pad], (1, 1, smax))
            best = np.where(mask, self.gain_by_descriptor, -np.inf).max(axis=1)  # (d, smax * n)
            slack = best.sum(axis=0)
            slack[~self.open] = np.inf
            alone = slack.reshape(smax, n).min(axis=0) >= self.threshold
            with np.errstate(invalid="ignore"):  # -inf - -inf: a dead pair stays dead (nan)
                with_x = slack[None, :] - best[self.owner] + self.gain
                pair_ok = with_x.reshape(n, smax, n).min(axis=1) >= self.threshold
            now = (pair_ok & pair_ok.T) | self.same
            if together is not None:
                now &= together
            kept = possible & alone
            reach = now[:, self.pad.T] & (kept[self.pad] & self.valid).T  # (n, smax, d)
            supported = reach.any(axis=1).all(axis=1)
            kept &= supported
            if np.array_equal(kept, possible) and np.array_equal(now, together):
                return kept
            possible, together = kept, now

    def _visit(self, possible, share, depth):
        """Decide the scenarios within ``possible`` (``share``: their part of the whole space)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise SearchTimeout(self.decided, self.nodes, self._found_array())
        self.nodes += 1
        if self.callback and (depth <= 6 or self.nodes % 64 == 0):
            self.callback(self.decided)  # also deep in the tree, so a cancel is never far away
        o = self.offsets
        before = np.add.reduceat(possible, o[:-1])
        kept = self._filter(possible)
        if kept is None:
            self.decided += share
            return
        possible = kept
        counts = np.add.reduceat(possible, o[:-1])
        self.decided += share * (1 - math.prod(counts / before))
        share *= math.prod(counts / before)
        free = np.nonzero(counts > 1)[0]
        if math.prod(int(counts[j]) for j in free) <= _TAIL_SIZE:
            self._tail(possible, free)
            self.decided += share
            return
        j = self._branching(possible, counts, free)
        for v in np.nonzero(possible[o[j] : o[j + 1]])[0]:
            child = possible.copy()
            child[o[j] : o[j + 1]] = False
            child[o[j] + v] = True
            self._visit(child, share / counts[j], depth + 1)

    def _branching(self, possible, counts, free):
        """The descriptor to branch on: fewest variants left, then the most influential one.

        Influence: how far its choice moves the bounds, the sum over open pairs of the spread
        (most minus least) of what its remaining variants add.
        """
        candidates = free[counts[free] == counts[free].min()]
        in_domain = (possible[self.pad[candidates]] & self.valid[candidates])[:, :, None]
        rows = self.gain_by_descriptor[candidates]
        most = np.where(in_domain, rows, -np.inf).max(axis=1)
        least = np.where(in_domain, rows, np.inf).min(axis=1)
        spread = np.where(self.open, most - least, 0).sum(axis=1)
        return int(candidates[np.argmax(spread)])

    def _tail(self, possible, free):
        """Enumerate every completion of a partial scenario at once and keep the good ones."""
        o = self.offsets
        chosen = np.array([int(np.argmax(possible[o[j] : o[j + 1]])) for j in range(self.d)])
        settled = np.ones(self.d, dtype=bool)
        settled[free] = False
        sums = self.c[(o[:-1] + chosen)[settled]].sum(axis=0)[None, :]
        full = chosen[None, :]
        for j in free:
            dom = np.nonzero(possible[o[j] : o[j + 1]])[0]
            rows = self.c[o[j] + dom]
            sums = (sums[:, None, :] + rows[None, :, :]).reshape(-1, self.n)
            full = np.repeat(full, len(dom), axis=0)
            full[:, j] = np.tile(dom, len(full) // len(dom))
        idx = o[:-1][None, :] + full
        picked = np.take_along_axis(sums, idx, axis=1)
        best = np.maximum.reduceat(sums, o[:-1], axis=1)
        keep = (best - picked)[:, self.checked].max(axis=1, initial=0) <= self.max_ic
        self.found.append(full[keep])
