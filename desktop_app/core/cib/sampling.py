"""Scenarios found by following successions from random starts, for matrices too large for the
exact search, and the exact search with that as its fallback when time runs out."""

from __future__ import annotations

import math
import time

import numpy as np

from desktop_app.core.cib.matrix import Callback, CIBError, CrossImpactMatrix, _exact, _scores
from desktop_app.core.cib.search import (
    SearchTimeout,
    SolveResult,
    _sorted_result,
    decided_text,
    solve,
)
from desktop_app.core.cib.succession import _step_global
from desktop_app.texts import Text

#: Succession steps followed from a random start before it is taken to be cycling.
_MAX_SAMPLE_STEPS = 60


class _DistinctRows:
    """Counts the distinct combinations among the rows added, as sorted unique numpy keys.

    A row's key is its index in the space of combinations while that fits in 64 bits, else
    its bytes. A Python set of the rows as bytes took about 270 bytes a start (a 40 s
    sampling of a 30-descriptor study, 900,000 starts, held 250 MB) and freeing it held the
    interpreter in one piece for 57 ms, a stall of the window while a view sampled in the
    background.
    """

    def __init__(self, sizes: np.ndarray) -> None:
        self._strides = None
        if math.prod(int(size) for size in sizes) < 2**63:
            self._strides = np.cumprod([1, *[int(s) for s in sizes[:0:-1]]])[::-1].astype(np.int64)
        self._seen: np.ndarray | None = None
        self._pending: list[np.ndarray] = []
        self._pending_rows = 0

    def add(self, rows: np.ndarray) -> None:
        if self._strides is not None:
            keys = rows @ self._strides
        else:
            rows = np.ascontiguousarray(rows)
            keys = rows.view(np.dtype((np.void, rows.itemsize * rows.shape[1]))).ravel()
        self._pending.append(keys)
        self._pending_rows += len(keys)
        if self._pending_rows >= max(1 << 16, 0 if self._seen is None else len(self._seen) // 4):
            self._merge()

    def _merge(self) -> None:
        """Fold the pending keys into the sorted ones in small pieces of work: the stable sort
        (timsort) merges the sorted run with the few new keys in linear time, where sorting
        900,000 keys at once held the interpreter for 88 ms."""
        if self._pending:
            parts = self._pending if self._seen is None else [self._seen, *self._pending]
            keys = np.concatenate(parts)
            keys.sort(kind="stable")
            distinct = np.ones(len(keys), dtype=bool)
            distinct[1:] = keys[1:] != keys[:-1]  # the operator also compares bytes keys
            self._seen = keys[distinct]
            self._pending, self._pending_rows = [], 0

    def __len__(self) -> int:
        self._merge()
        return 0 if self._seen is None else len(self._seen)


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
        raise CIBError(Text("sampling needs at least one start"))
    values, tol = _exact(matrix.values)
    rng = np.random.default_rng(seed)
    offsets = matrix.offsets
    sizes = matrix.sizes
    found: dict[tuple[int, ...], int] = {}
    starts_seen = _DistinctRows(sizes)
    batch = 4096
    done = 0
    while done < n_starts:
        if deadline is not None and time.monotonic() > deadline and done:
            break
        k = min(batch, n_starts - done)
        z = (rng.random((k, len(sizes))) * sizes).astype(np.int64)
        starts_seen.add(z)
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
    sampling (:func:`sample`) runs for the rest of the time. The result is then not exhaustive:
    ``decided`` (and the note) give the share of the combinations the exact search had proved
    before it stopped (the scenarios there are all found), ``coverage`` the share of random
    starts.
    """
    start = time.monotonic()
    probe = start + exact_share * seconds

    def exact_progress(f: float) -> None:
        if callback:
            callback(exact_share * f)

    try:
        return solve(matrix, max_ic, callback=exact_progress, deadline=probe)
    except SearchTimeout as stopped:
        unfinished = stopped
    end = start + seconds

    def sample_progress(_: float) -> None:
        if callback:
            done = (time.monotonic() - probe) / max(end - probe, 1e-9)
            callback(exact_share + (1 - exact_share) * min(1.0, done))

    result = sample(
        matrix, n_starts=10**12, max_ic=max_ic, seed=seed, callback=sample_progress, deadline=end
    )
    hits = {
        tuple(int(v) for v in z): int(h) for z, h in zip(result.scenarios, result.hits, strict=True)
    }
    for z in unfinished.found:  # proved by the search, perhaps not reached by any start
        hits.setdefault(tuple(int(v) for v in z), 0)
    values, _ = _exact(matrix.values)
    merged = _sorted_result(
        matrix,
        np.array(list(hits), dtype=np.int64).reshape(-1, len(matrix.descriptors)),
        values,
        max_ic,
        exhaustive=False,
        n_checked=result.n_checked,
        coverage=result.coverage,
        decided=unfinished.decided,
        nodes=unfinished.nodes,
        discovery=result.discovery,
        note=(
            f"the exact search decided {decided_text(unfinished.decided)} of the combinations "
            f"in {probe - start:.3g} s ({unfinished.nodes:,} search nodes; the scenarios there "
            f"are all found), then {result.note}"
        ),
    )
    merged.hits = np.array([hits[tuple(int(v) for v in z)] for z in merged.scenarios], np.int64)
    return merged
