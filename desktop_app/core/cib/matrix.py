"""The cross-impact matrix of a study, and the balances and scores of a scenario under it.

Self-impact and missing-value policies, and the formulas, are in the package's docstring
(:mod:`desktop_app.core.cib`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.errors import UserError
from desktop_app.pacing import pause_point
from desktop_app.texts import Text

#: Tolerance when a matrix holds non-integer values (aggregated means).
_FLOAT_TOL = 1e-9
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
            raise CIBError(Text("a study needs at least one descriptor"))
        if len(variants) != len(descriptors):
            raise CIBError(Text(
                "{n} descriptors but variant lists for {n2}",
                n=len(descriptors),
                n2=len(variants),
            ))
        seen: set[str] = set()
        for name, vs in zip(descriptors, variants, strict=True):
            if not name.strip():
                raise CIBError(Text("a descriptor has no name"))
            if name in seen:
                raise CIBError(Text("descriptor name {name} is used twice", name=f"{name!r}"))
            seen.add(name)
            if len(vs) < 2:
                raise CIBError(Text(
                    "descriptor {name} needs at least two variants, has {n}",
                    name=f"{name!r}",
                    n=len(vs),
                ))
        n = sum(len(vs) for vs in variants)
        if values is None:
            arr = np.zeros((n, n))
        else:
            arr = np.array(values, dtype=float, copy=True)
        if arr.shape != (n, n):
            raise CIBError(Text(
                "the matrix must be {n} x {n} (all variants), got {shape}",
                n=n,
                shape=arr.shape,
            ))
        bad = np.argwhere(~np.isfinite(arr))
        if len(bad):
            labels = _labels(descriptors, variants)
            r, c = bad[0]
            raise CIBError(
                Text(
                    "{n} cell(s) are not numbers, first: row {labels}, column {labels2}",
                    n=len(bad),
                    labels=f"{labels[r]!r}",
                    labels2=f"{labels[c]!r}",
                )
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

    def weighted(self, weights: Sequence[float]) -> CrossImpactMatrix:
        """Each descriptor's judgements of the others (its rows) times its weight.

        A weight of 2 counts a descriptor's influence twice, 0.5 half; its own block and what
        the others say of it are unchanged. Non-integer weights make the balances floats,
        compared with a tolerance (see ``_exact``).
        """
        w = np.asarray(weights, dtype=float)
        if w.shape != (len(self.descriptors),) or not np.all(np.isfinite(w)) or np.any(w <= 0):
            raise CIBError(
                Text(
                    "descriptor weights are {n} numbers above 0, got {weights}",
                    n=len(self.descriptors),
                    weights=f"{weights!r}",
                )
            )
        owner = np.repeat(np.arange(len(self.descriptors)), self.sizes)
        factor = np.where(owner[:, None] == owner[None, :], 1.0, w[owner][:, None])
        return self.with_values(self.values * factor)

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
                Text(
                    "a scenario needs one variant for each of the {n} descriptors, got {size}",
                    n=len(self.descriptors),
                    size=z.size,
                )
            )
        for j, v in enumerate(z):
            if not 0 <= int(v) < len(self.variants[j]):
                raise CIBError(
                    Text(
                        "descriptor {descriptors} has no variant number {value}",
                        descriptors=f"{self.descriptors[j]!r}",
                        value=int(v) + 1,
                    )
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
    matrix: CrossImpactMatrix, scenarios: np.ndarray, forced: Collection[int] = ()
) -> tuple[np.ndarray, np.ndarray]:
    """Total impact score and inconsistency of many scenarios at once.

    Parameters
    ----------
    scenarios : ndarray, shape (n, D)
        Variant index (0-based) per descriptor.
    forced : collection of int
        Descriptors held by an intervention: their balances count in neither score.

    Returns
    -------
    tis, ic : ndarray, shape (n,)
    """
    z = np.asarray(scenarios, dtype=np.int64).reshape(-1, len(matrix.descriptors))
    values, _ = _exact(matrix.values)
    return _scores(values, matrix.offsets, z, _checked(len(matrix.descriptors), forced))


def _checked(n_descriptors: int, forced: Collection[int]) -> np.ndarray | None:
    """Mask of the descriptors whose balance is checked; None when every one is."""
    if not forced:
        return None
    mask = np.ones(n_descriptors, dtype=bool)
    mask[list(forced)] = False
    return mask


def _scores(
    values: np.ndarray, offsets: np.ndarray, z: np.ndarray, checked: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """TIS and IC of scenarios ``z``, over the descriptors marked in ``checked`` (all if None).

    Forced descriptors of an intervention are left out of both: their own balance is not asked
    to favour the variant they are held at.
    """
    rows = offsets[:-1][None, :] + z
    bal = _balances(values, rows)
    chosen = np.take_along_axis(bal, rows, axis=1)
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    if checked is not None:
        chosen, best = chosen[:, checked], best[:, checked]
    return chosen.sum(axis=1), (best - chosen).max(axis=1, initial=0)


#: Cells gathered at once when summing rows (scenarios x descriptors x variants), about 32 MB.
_GATHER_CELLS = 4_000_000


def _balances(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """(k, N) impact balances of k scenarios given their chosen rows (k, D).

    Small batches gather every chosen row at once; large ones (a 100 x 5 study draws thousands
    of starts of 100 rows of 500 values) add one descriptor's rows at a time, so memory stays at
    k x N instead of k x D x N.
    """
    k, d = rows.shape
    if k * d * values.shape[1] <= _GATHER_CELLS:
        return values[rows].sum(axis=1)
    bal = values[rows[:, 0]].copy()
    for j in range(1, d):
        pause_point()  # a window waiting for the interpreter gets it between descriptors
        bal += values[rows[:, j]]
    return bal

