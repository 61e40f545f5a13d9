"""Multi-criteria priorities: a weighted ranking with each score's parts, and how stable it is.

A region ranks its industries (or competencies) by criteria it chooses and weights itself:
competitiveness (LQ, growth, productivity), jobs and decent work, inclusion, climate, relatedness.
The ranking is only as good as the weights, so besides each score's parts this module says which
ranks hold whatever the weights do within ±20 % (or any other band).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = [
    "Criterion",
    "PriorityError",
    "Ranking",
    "normalise",
    "rank_items",
]

NORMALISATIONS = ("minmax", "rank", "zscore")


class PriorityError(UserError):
    """The criteria or values cannot be ranked as given; the message says why."""


@dataclass(frozen=True)
class Criterion:
    """One criterion: ``weight`` > 0, ``higher_is_better`` False for costs (e.g. emissions)."""

    name: str
    weight: float
    higher_is_better: bool = True
    normalisation: str = "minmax"


@dataclass(frozen=True)
class Ranking:
    """Scores, ranks and their stability for ``items`` (all arrays in the items' order).

    ``parts[i, j]`` is criterion j's contribution to item i's score (weight share x normalised
    value), so ``score = parts.sum(axis=1)``. ``best_rank``/``worst_rank`` bound the rank over
    every weight vector in the band; ``holds`` is True where no other item can change places
    with it. ``rivals[i]`` names the items that can. ``missing`` lists (item, criterion) pairs
    with no value (scored 0 on that criterion, the worst).
    """

    items: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    weights: np.ndarray
    normalised: np.ndarray
    parts: np.ndarray
    score: np.ndarray
    rank: np.ndarray
    best_rank: np.ndarray
    worst_rank: np.ndarray
    holds: np.ndarray
    rivals: tuple[tuple[str, ...], ...]
    band: float
    missing: tuple[tuple[str, str], ...]

    def order(self) -> np.ndarray:
        """Item indices from the first rank to the last (ties in input order)."""
        return np.lexsort((np.arange(self.score.size), -self.score))


def normalise(values, method: str = "minmax", higher_is_better: bool = True) -> np.ndarray:
    """Scale one criterion's values to [0, 1], 1 = best; NaN stays NaN.

    ``minmax``: (x - min) / (max - min); ``rank``: (rank - 1) / (n - 1) with ties averaged;
    ``zscore``: standard scores squeezed by min-max onto [0, 1]. A criterion on which all items
    are equal gives 0.5 to each (it does not separate them).
    """
    if method not in NORMALISATIONS:
        raise PriorityError(Text(
            "Unknown normalisation {method}; use {names}.",
            method=f"{method!r}",
            names=', '.join(NORMALISATIONS),
        ))
    x = np.asarray(values, dtype=float)
    x = x if higher_is_better else -x
    known = np.isfinite(x)
    out = np.full(x.shape, np.nan)
    if not known.any():
        return out
    k = x[known]
    if method == "rank":
        order = k.argsort(kind="stable")
        ranks = np.empty(k.size)
        ranks[order] = np.arange(k.size, dtype=float)
        for value in np.unique(k):  # average the ranks of ties
            ranks[k == value] = ranks[k == value].mean()
        k = ranks
    elif method == "zscore":
        spread = k.std()
        k = (k - k.mean()) / spread if spread > 0 else np.zeros_like(k)
    low, high = k.min(), k.max()
    out[known] = (k - low) / (high - low) if high > low else 0.5
    return out


def rank_items(
    items: Sequence[str],
    criteria: Sequence[Criterion],
    values,
    band: float = 0.2,
) -> Ranking:
    """Rank items by the weighted sum of their normalised criteria, with stability.

    Parameters
    ----------
    items : sequence of str
        Names of the industries or competencies.
    criteria : sequence of Criterion
    values : array_like, shape (len(items), len(criteria))
        Raw values; NaN where unknown (policy: scored 0 on that criterion, listed in
        ``missing``).
    band : float
        Relative weight change for the stability check (0.2 = each weight anywhere in
        [0.8 w, 1.2 w], independently).

    Notes
    -----
    ``score_i = Σ_j w_j n_ij / Σ_j w_j``. Whether item a can overtake item b for some weights in
    the band is exact, not sampled: ``score_a - score_b`` has the sign of ``Σ_j w_j d_j`` with
    ``d = n_a - n_b``, which is linear in ``w``, so its extremes over the box of weights are
    ``Σ_j w_j (1 ± band·sign(d_j)) d_j``. A pair whose sign cannot change keeps its order; a
    rank "holds" when every pair involving the item keeps its order. Best and worst ranks count
    the items that always beat it and those that can.
    """
    items = tuple(str(i) for i in items)
    criteria = tuple(criteria)
    x = np.asarray(values, dtype=float)
    if x.shape != (len(items), len(criteria)):
        raise PriorityError(
            Text(
                "values have shape {shape}; expected {n} items x {n2} criteria",
                shape=x.shape,
                n=len(items),
                n2=len(criteria),
            )
        )
    if not criteria:
        raise PriorityError(Text("At least one criterion is needed."))
    weights = np.array([c.weight for c in criteria], dtype=float)
    if np.any(~np.isfinite(weights)) or np.any(weights <= 0):
        bad = next(c for c in criteria if not (np.isfinite(c.weight) and c.weight > 0))
        raise PriorityError(Text(
            "Criterion {name} needs a positive weight, got {weight}.",
            name=f"{bad.name!r}",
            weight=f"{bad.weight!r}",
        ))
    if not 0 <= band < 1:
        raise PriorityError(Text(
            "The stability band must be in [0, 1), got {band}.",
            band=f"{band!r}",
        ))
    normalised = (
        np.column_stack(
            [
                normalise(x[:, j], c.normalisation, c.higher_is_better)
                for j, c in enumerate(criteria)
            ]
        )
        if items
        else np.empty((0, len(criteria)))
    )
    missing = tuple(
        (items[i], criteria[j].name) for i, j in zip(*np.nonzero(np.isnan(normalised)), strict=True)
    )
    filled = np.nan_to_num(normalised, nan=0.0)
    share = weights / weights.sum()
    parts = filled * share
    score = parts.sum(axis=1)
    rank = 1 + (score[np.newaxis, :] > score[:, np.newaxis] + 1e-12).sum(axis=1)
    # pairwise extremes of Σ w_j d_j over the weight box, d = n_a - n_b
    d = filled[:, np.newaxis, :] - filled[np.newaxis, :, :]
    low = np.where(d > 0, 1 - band, 1 + band) * weights
    high = np.where(d > 0, 1 + band, 1 - band) * weights
    least = (low * d).sum(axis=2)
    most = (high * d).sum(axis=2)
    eps = 1e-12
    always_beats = least > eps  # a always above b
    can_beat = most > eps  # a above b for some weights
    n = len(items)
    off = ~np.eye(n, dtype=bool)
    best_rank = 1 + (always_beats.T & off).sum(axis=1)
    worst_rank = 1 + (can_beat.T & off).sum(axis=1)
    tied = (np.abs(least) <= eps) & (np.abs(most) <= eps)  # equal on every criterion
    unsure = off & ~(always_beats | always_beats.T | tied)
    holds = ~unsure.any(axis=1)
    rivals = tuple(tuple(items[j] for j in np.nonzero(unsure[i])[0]) for i in range(n))
    return Ranking(
        items,
        criteria,
        share,
        normalised,
        parts,
        score,
        rank,
        best_rank,
        worst_rank,
        holds,
        rivals,
        band,
        missing,
    )
