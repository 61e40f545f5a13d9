"""Exact P10, P50, P90, mean and variance of many cells over draws that come in chunks, in
memory that does not grow with the number of draws.

Sorting needs every draw in memory at once. Here the draws are made again in passes instead
(the simulation is seeded, so every pass sees the same numbers): the first pass finds each
cell's range and sum; each later pass narrows, for every order statistic a quantile needs, the
interval that holds it with a histogram of ``BINS`` bins, until the interval holds at most
``GATHER`` draws (or a single repeated value), which the next pass collects and sorts. The
quantile is then numpy's default (linear interpolation between the two neighbouring order
statistics) and equals ``np.percentile`` over all draws (to the last digit or two). Memory: cells x ``BINS`` counts and at
most cells x ``GATHER`` values, whatever the number of draws.
"""

from __future__ import annotations

import numpy as np

__all__ = ["BINS", "GATHER", "NARROW_BINS", "PROBABILITIES", "StreamingSummary"]

#: The quantiles wanted, as probabilities (P10, P50, P90).
PROBABILITIES = np.array([0.1, 0.5, 0.9])
#: Bins of the first histogram of a cell (over its whole range) ...
BINS = 512
#: ... and of each later one (over the narrow interval of one order statistic, so that all of
#: them together take no more memory than the first).
NARROW_BINS = 64
#: An interval with at most this many draws is collected and sorted.
GATHER = 64


class StreamingSummary:
    """Feed every pass's chunks ``(draws in chunk, cells)`` with :meth:`feed`, call
    :meth:`end_pass` after each pass, until :attr:`finished`; then :meth:`summary` and
    :meth:`variance`. Every pass must present the same draws (in any chunking)."""

    def __init__(self, cells: int, draws: int):
        if draws < 1:
            raise ValueError("A summary needs at least one draw.")
        self.draws = draws
        self.cells = cells
        self._pass = 0
        self._min = np.full(cells, np.inf)
        self._max = np.full(cells, -np.inf)
        self._sum = np.zeros(cells)
        self._squares = np.zeros(cells)
        # numpy's "linear" method: virtual index n q + (1 + q (1 - 1 - 1)) - 1, its floor and
        # the next index give the two order statistics, the fraction their interpolation.
        virtual = draws * PROBABILITIES + (1 + PROBABILITIES * (1 - 1 - 1)) - 1
        below = np.floor(virtual)
        self._gamma = np.tile(virtual - below, cells)
        self._rank = np.tile(below.astype(np.int64), cells)
        self._next_rank = np.minimum(self._rank + 1, draws - 1)
        targets = cells * len(PROBABILITIES)
        self._cell = np.repeat(np.arange(cells), len(PROBABILITIES))
        self._lo = np.zeros(targets)
        self._hi = np.zeros(targets)
        self._below = np.zeros(targets, dtype=np.int64)
        self._inside = np.full(targets, draws, dtype=np.int64)
        self._done = np.zeros(targets, dtype=bool)
        self._low_value = np.zeros(targets)
        self._high_value = np.zeros(targets)
        self._begin_pass()

    @property
    def finished(self) -> bool:
        return self._pass > 0 and bool(self._done.all())

    def feed(self, values: np.ndarray) -> None:
        values = np.asarray(values, dtype=float)
        if self._pass == 0:
            np.minimum(self._min, values.min(axis=0), out=self._min)
            np.maximum(self._max, values.max(axis=0), out=self._max)
            self._sum += values.sum(axis=0)
            return
        if self._pass == 1:
            self._squares += ((values - self._sum / self.draws) ** 2).sum(axis=0)
        if self._hist_targets.size:
            self._feed_histogram(values)
        if self._gathered_targets.size:
            self._feed_gather(values)

    def end_pass(self) -> None:
        if self._pass == 0:
            self._start_targets()
        else:
            if self._hist_targets.size:
                self._narrow()
            if self._gathered_targets.size:
                self._pick()
        self._pass += 1
        self._begin_pass()

    def summary(self) -> np.ndarray:
        """``(cells, 4)``: P10, P50, P90 and the mean."""
        if not self.finished:
            raise RuntimeError("The summary needs every pass of the draws.")
        a, b, t = self._low_value, self._high_value, self._gamma
        diff = b - a
        q = np.where(t >= 0.5, b - diff * (1 - t), a + diff * t)
        q = q.reshape(self.cells, len(PROBABILITIES))
        return np.column_stack([q, self._sum / self.draws])

    def variance(self) -> np.ndarray:
        """Population variance of each cell over the draws (as ``np.var``)."""
        return self._squares / self.draws

    # -- the passes ---------------------------------------------------------------------------

    def _begin_pass(self) -> None:
        """Which targets the coming pass narrows by histogram (one histogram per distinct
        interval: the three quantiles of a cell share theirs at first), which it collects."""
        # Collect an interval of at most GATHER draws; after the first histogram, also the
        # next smallest while all collected hold at most GATHER draws per order statistic on
        # average (a few wide intervals then need no pass of their own). Narrow the others.
        open_ = np.nonzero(~self._done)[0] if self._pass > 0 else np.empty(0, dtype=np.int64)
        by_size = open_[np.argsort(self._inside[open_], kind="stable")]
        fits = self._inside[by_size] <= GATHER
        if self._pass > 1:
            fits |= np.cumsum(self._inside[by_size]) <= GATHER * self._done.size
        self._gathered_targets = np.sort(by_size[fits])
        self._hist_targets = np.sort(by_size[~fits])
        t = self._hist_targets
        keys = np.stack([self._cell[t].astype(float), self._lo[t], self._hi[t]])
        groups, self._group_of = np.unique(keys, axis=1, return_inverse=True)
        self._group_of = self._group_of.ravel()
        self._group_cell = groups[0].astype(np.int64)
        self._group_lo, self._group_hi = groups[1], groups[2]
        self._bins = BINS if self._pass <= 1 else NARROW_BINS
        self._histogram = np.zeros((groups.shape[1], self._bins), dtype=np.int32)
        self._inside_min = np.full(groups.shape[1], np.inf)
        self._inside_max = np.full(groups.shape[1], -np.inf)
        self._collected: list[tuple[np.ndarray, np.ndarray]] = []

    def _start_targets(self) -> None:
        cell = self._cell
        self._lo = self._min[cell].copy()
        self._hi = np.nextafter(self._max[cell], np.inf)
        constant = self._min[cell] == self._max[cell]
        self._low_value[constant] = self._min[cell][constant]
        self._high_value[constant] = self._min[cell][constant]
        self._done |= constant

    def _edge(self, lo: np.ndarray, hi: np.ndarray, bins: np.ndarray) -> np.ndarray:
        """Left edge of bin ``bins`` of the interval ``[lo, hi)``; the last bin ends at ``hi``."""
        return np.where(bins >= self._bins, hi, lo + bins * ((hi - lo) / self._bins))

    def _column_blocks(self, columns: int):
        """Slices of at most ``cells`` columns: the temporaries of one chunk stay the size of
        its values however many intervals are narrowed."""
        step = max(self.cells, 1)
        return (slice(lo, min(lo + step, columns)) for lo in range(0, columns, step))

    def _feed_histogram(self, values: np.ndarray) -> None:
        for block in self._column_blocks(self._group_cell.size):
            self._histogram_block(values, block)

    def _histogram_block(self, values: np.ndarray, block: slice) -> None:
        nbins = self._bins
        v = values[:, self._group_cell[block]]
        lo, hi = self._group_lo[block], self._group_hi[block]
        width = (hi - lo) / nbins
        inside = (v >= lo) & (v < hi)
        bins = np.clip(np.floor((v - lo) / width), 0, nbins - 1).astype(np.int64)
        # Bin membership is decided by comparing with the edges themselves, so that the
        # narrowed interval [edge, edge) of the next pass holds exactly the counted draws; the
        # division's rounding can put a draw next to an edge one bin off.
        off = inside & (
            (v < lo + bins * width) | ((v >= lo + (bins + 1) * width) & (bins < nbins - 1))
        )
        for r, c in zip(*np.nonzero(off), strict=True):
            b = int(bins[r, c])
            while b > 0 and v[r, c] < self._edge(lo[c], hi[c], b):
                b -= 1
            while b < nbins - 1 and v[r, c] >= self._edge(lo[c], hi[c], b + 1):
                b += 1
            bins[r, c] = b
        groups = lo.size
        flat = (np.arange(groups) * nbins + bins)[inside]
        self._histogram[block] += (
            np.bincount(flat, minlength=groups * nbins).reshape(groups, nbins).astype(np.int32)
        )
        low = np.where(inside, v, np.inf).min(axis=0)
        high = np.where(inside, v, -np.inf).max(axis=0)
        np.minimum(self._inside_min[block], low, out=self._inside_min[block])
        np.maximum(self._inside_max[block], high, out=self._inside_max[block])

    def _narrow(self) -> None:
        t, g = self._hist_targets, self._group_of
        single = (self._inside_min == self._inside_max)[g]
        self._low_value[t[single]] = self._inside_min[g][single]
        self._high_value[t[single]] = self._inside_min[g][single]
        self._done[t[single]] = True
        # Each group's cumulative counts, shifted by (draws + 1) per group: one increasing
        # array in which every target finds the bins of its two order statistics.
        cum = np.cumsum(self._histogram, axis=1, dtype=np.int64)
        shift = np.arange(cum.shape[0], dtype=np.int64)[:, None] * (self.draws + 1)
        flat = (cum + shift).ravel()
        first = self._rank[t] - self._below[t] + shift[g, 0]
        second = self._next_rank[t] - self._below[t] + shift[g, 0]
        nbins = self._bins
        b1 = np.searchsorted(flat, first, side="right") - g * nbins
        b2 = np.searchsorted(flat, second, side="right") - g * nbins
        before = np.where(b1 > 0, flat[g * nbins + np.maximum(b1 - 1, 0)] - shift[g, 0], 0)
        inside = flat[g * nbins + b2] - shift[g, 0] - before
        lo, hi = self._group_lo[g], self._group_hi[g]
        keep = ~single
        self._below[t[keep]] += before[keep]
        self._inside[t[keep]] = inside[keep]
        self._lo[t[keep]] = self._edge(lo, hi, b1)[keep]
        self._hi[t[keep]] = self._edge(lo, hi, b2 + 1)[keep]

    def _feed_gather(self, values: np.ndarray) -> None:
        for block in self._column_blocks(self._gathered_targets.size):
            t = self._gathered_targets[block]
            v = values[:, self._cell[t]]
            inside = (v >= self._lo[t]) & (v < self._hi[t])
            rows, columns = np.nonzero(inside)
            self._collected.append((columns + block.start, v[rows, columns]))

    def _pick(self) -> None:
        t = self._gathered_targets
        if self._collected:
            which = np.concatenate([c for c, _ in self._collected])
            found = np.concatenate([v for _, v in self._collected])
        else:
            which, found = np.empty(0, dtype=np.int64), np.empty(0)
        order = np.lexsort((found, which))
        which, found = which[order], found[order]
        start = np.searchsorted(which, np.arange(t.size))
        self._low_value[t] = found[start + self._rank[t] - self._below[t]]
        self._high_value[t] = found[start + self._next_rank[t] - self._below[t]]
        self._done[t] = True
