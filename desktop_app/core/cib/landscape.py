"""The scenario landscape: scenarios placed by how much they differ, sized by their basins.

Two scenarios are as far apart as the number of descriptors on which they differ (the Hamming
distance). Classical multidimensional scaling (Torgerson) places them in the plane so that these
distances are kept as well as two dimensions allow; ``explained`` says how much of the spread the
plane shows. The volume weight of a consistent scenario is the share of random starts whose
global succession ends in it (its basin of attraction), with the number of starts stated.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib.matrix import CIBError, CrossImpactMatrix, _exact
from desktop_app.core.cib.succession import _step_global
from desktop_app.texts import Text

__all__ = ["Landscape", "VolumeWeights", "differing_descriptors", "landscape", "volume_weights"]

#: Succession steps from a random start before it is counted as cycling.
_MAX_STEPS = 60


@dataclass(frozen=True)
class Landscape:
    """``coordinates[i]`` places ``scenarios[i]``; ``distances`` are before the projection."""

    scenarios: np.ndarray
    distances: np.ndarray
    coordinates: np.ndarray
    explained: float


@dataclass(frozen=True)
class VolumeWeights:
    """``hits[i]`` of ``starts`` random starts end in scenario ``i``; ``cycling`` end in none."""

    hits: np.ndarray
    starts: int
    cycling: int
    elsewhere: int

    @property
    def shares(self) -> np.ndarray:
        return self.hits / self.starts


def differing_descriptors(scenarios: np.ndarray) -> np.ndarray:
    """(n, n) number of descriptors on which each pair of scenarios differs."""
    z = np.asarray(scenarios, dtype=np.int64)
    return (z[:, None, :] != z[None, :, :]).sum(axis=2)


def landscape(scenarios: np.ndarray) -> Landscape:
    """Scenarios (n, D) placed in the plane by classical scaling of their Hamming distances."""
    z = np.asarray(scenarios, dtype=np.int64)
    if z.ndim != 2 or not len(z):
        raise CIBError(Text("a landscape needs at least one scenario"))
    dist = differing_descriptors(z)
    n = len(z)
    centre = np.eye(n) - np.full((n, n), 1.0 / n)
    gram = -0.5 * centre @ (dist.astype(float) ** 2) @ centre
    eigval, eigvec = np.linalg.eigh(gram)
    order = np.argsort(eigval)[::-1]
    eigval, eigvec = eigval[order], eigvec[:, order]
    top = np.clip(eigval[:2], 0, None)
    coords = np.zeros((n, 2))
    coords[:, : len(top)] = eigvec[:, : len(top)] * np.sqrt(top)
    for k in range(coords.shape[1]):  # a fixed orientation: same scenarios, same picture
        pivot = np.argmax(np.abs(coords[:, k]))
        if coords[pivot, k] < 0:
            coords[:, k] *= -1
    positive = eigval[eigval > 0].sum()
    explained = float(top.sum() / positive) if positive > 0 else 1.0
    return Landscape(z, dist, coords, explained)


def volume_weights(
    matrix: CrossImpactMatrix, scenarios: np.ndarray, starts: int = 2000, seed: int | None = 0
) -> VolumeWeights:
    """How many of ``starts`` random starts settle, by global succession, in each scenario."""
    if starts < 1:
        raise CIBError(Text("volume weights need at least one random start"))
    values, _ = _exact(matrix.values)
    z_known = np.asarray(scenarios, dtype=np.int64).reshape(-1, len(matrix.descriptors))
    index = {tuple(row): i for i, row in enumerate(z_known.tolist())}
    rng = np.random.default_rng(seed)
    active = (rng.random((starts, len(matrix.sizes))) * matrix.sizes).astype(np.int64)
    ends: list[np.ndarray] = []
    for _ in range(_MAX_STEPS):
        nxt = _step_global(values, matrix.offsets, active)
        settled = np.all(nxt == active, axis=1)
        ends.append(active[settled])
        active = nxt[~settled]
        if not len(active):
            break
    hits = np.zeros(len(z_known), dtype=np.int64)
    elsewhere = 0
    for row in (np.concatenate(ends) if ends else np.zeros((0, len(matrix.sizes)), int)).tolist():
        i = index.get(tuple(row))
        if i is None:
            elsewhere += 1
        else:
            hits[i] += 1
    return VolumeWeights(hits, starts, len(active), elsewhere)
