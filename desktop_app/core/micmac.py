"""MICMAC structural analysis: which descriptors drive the system and which depend on it.

Missing-value policy: the direct matrix must hold finite values; NaN raises :class:`MicmacError`
naming the row and column. The diagonal (a descriptor's influence on itself) is ignored.

Notes
-----
Godet (1994), "From anticipation to action", ch. 4: direct influence matrix M (0 none, 1 weak,
2 moderate, 3 strong, P potential: an influence not at work yet); indirect influence from the
powers M^k, raised until the ranking of the descriptors by influence and by dependence no longer
changes; influence = row sums, dependence = column sums. Quadrants split at the mean influence and mean dependence:

- determinant: high influence, low dependence (drive the system),
- relay: high influence, high dependence (unstable, transmit change),
- dependent: low influence, high dependence (outcomes),
- autonomous: low influence, low dependence (largely disconnected).

The direct matrix counts a P mark as 0; the potential direct matrix counts it as 3 (strong), and
the potential indirect influence comes from the powers of that matrix. The four readings are
Godet's direct, indirect, potential direct and potential indirect classifications.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib import CrossImpactMatrix
from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = [
    "MODES",
    "QUADRANTS",
    "MicmacAnalysis",
    "MicmacError",
    "MicmacPoints",
    "MicmacResult",
    "direct_from_cib",
    "micmac",
    "micmac_analysis",
    "potential_matrix",
    "validate_direct",
]

QUADRANTS = ("determinant", "relay", "dependent", "autonomous")
#: The MICMAC judgement scale.
SCALE = (0, 3)
#: Godet's four classifications: from the direct matrix and its powers, from the potential
#: matrix (P marks counted as strong) and its powers.
MODES = ("direct", "indirect", "potential", "potential indirect")


class MicmacError(UserError):
    """A direct influence matrix that cannot be used; the message says why."""


def validate_direct(
    values: np.ndarray | Sequence[Sequence[float]], names: Sequence[str]
) -> np.ndarray:
    """Check an entered direct influence matrix: square, one row per name, integers 0..3.

    Raises
    ------
    MicmacError
        Naming the first bad cell as (row name, column name).
    """
    m = np.asarray(values, dtype=float)
    d = len(names)
    if m.shape != (d, d):
        raise MicmacError(Text(
            "the influence matrix must be {d} x {d}, got {shape}",
            d=d,
            shape=m.shape,
        ))
    for r, c in np.argwhere(~np.isfinite(m) | (m < SCALE[0]) | (m > SCALE[1]) | (m != np.round(m))):
        if r == c:
            continue
        raise MicmacError(
            Text(
                "influence of {names} on {names2} is {m}; use a whole number 0 to 3",
                names=f"{names[r]!r}",
                names2=f"{names[c]!r}",
                m=f"{m[r, c]:g}",
            )
        )
    out = np.where(np.isfinite(m), m, 0.0)
    np.fill_diagonal(out, 0)
    return out


def direct_from_cib(matrix: CrossImpactMatrix) -> np.ndarray:
    """Descriptor-by-descriptor direct influence derived from a cross-impact matrix.

    Notes
    -----
    The influence of descriptor i on j is the mean absolute judgement of the section i -> j
    (how strongly, in either direction, i's variants promote or restrict j's), which lies on
    the 0..3 MICMAC scale when the judgements are on -3..+3. The diagonal is 0.
    """
    starts = matrix.offsets[:-1]
    sizes = matrix.sizes
    # sums of |judgement| over each section, rows then columns summed by descriptor
    sums = np.add.reduceat(np.add.reduceat(np.abs(matrix.values), starts, axis=0), starts, axis=1)
    out = sums / np.outer(sizes, sizes)
    np.fill_diagonal(out, 0)
    return out


@dataclass
class MicmacResult:
    """Direct and indirect influence and dependence, quadrants and ranking shifts.

    Attributes
    ----------
    names : list of str
    direct_influence, direct_dependence : ndarray (D,)
        Row and column sums of the direct matrix.
    indirect_influence, indirect_dependence : ndarray (D,)
        Row and column sums of M^power, rescaled to the direct totals (comparable axes).
    power : int
        The power at which the rankings became stable.
    direct_quadrant, indirect_quadrant : list of str
    direct_rank, indirect_rank : ndarray (D,) of int
        Influence rank (1 = most influential).
    """

    names: list[str]
    direct: np.ndarray
    direct_influence: np.ndarray
    direct_dependence: np.ndarray
    indirect_influence: np.ndarray
    indirect_dependence: np.ndarray
    power: int
    direct_quadrant: list[str]
    indirect_quadrant: list[str]
    direct_rank: np.ndarray
    indirect_rank: np.ndarray

    @property
    def rank_shift(self) -> np.ndarray:
        """Places gained in the influence ranking from direct to indirect (positive = up)."""
        return self.direct_rank - self.indirect_rank


def _ranks(x: np.ndarray) -> np.ndarray:
    """1 = largest; equal values (to 10 digits, so rounding noise cannot flip ties) by order."""
    top = np.abs(x).max(initial=0)
    x = np.round(x / top, 10) if top > 0 else x
    order = np.lexsort((np.arange(len(x)), -x))
    ranks = np.empty(len(x), dtype=np.int64)
    ranks[order] = np.arange(1, len(x) + 1)
    return ranks


def _quadrants(influence: np.ndarray, dependence: np.ndarray) -> list[str]:
    hi_i = influence >= influence.mean()
    hi_d = dependence >= dependence.mean()
    return [
        "relay" if i and d else "determinant" if i else "dependent" if d else "autonomous"
        for i, d in zip(hi_i, hi_d, strict=True)
    ]


def micmac(
    direct: np.ndarray, names: Sequence[str], max_power: int = 30, stable_for: int = 2
) -> MicmacResult:
    """Direct and indirect structural analysis of a descriptor influence matrix.

    Parameters
    ----------
    direct : ndarray (D, D)
        ``direct[i, j]`` influence of i on j (>= 0); the diagonal is ignored.
    max_power : int
        Highest power tried; :class:`MicmacError` if the rankings never settle.
    stable_for : int
        Consecutive powers with identical influence and dependence rankings required.
    """
    names = list(names)
    m = np.array(direct, dtype=float)
    if m.shape != (len(names), len(names)):
        raise MicmacError(Text("the influence matrix must be {n} x {n}", n=len(names)))
    if not np.all(np.isfinite(m)) or np.any(m < 0):
        raise MicmacError(Text("influence values must be finite and not negative"))
    np.fill_diagonal(m, 0)
    infl, dep = m.sum(axis=1), m.sum(axis=0)
    total = m.sum()
    power_m = m.copy()
    previous = (_ranks(infl), _ranks(dep))
    same = 0
    power = 1
    for k in range(2, max_power + 1):
        power_m = power_m @ m
        scale = power_m.max()
        if scale > 0:
            power_m /= scale  # keep numbers finite; rankings do not depend on the scale
        ranks = (_ranks(power_m.sum(axis=1)), _ranks(power_m.sum(axis=0)))
        same = (
            same + 1
            if all(np.array_equal(a, b) for a, b in zip(ranks, previous, strict=True))
            else 0
        )
        previous = ranks
        power = k
        if same >= stable_for:
            break
    else:
        if total > 0:
            raise MicmacError(
                Text(
                    "the rankings did not settle by power {max_power}: the influence links form "
                    "cycles of one length only, so the rankings alternate between powers",
                    max_power=max_power,
                )
            )
    s = power_m.sum()
    factor = total / s if s > 0 else 0.0
    ind_infl, ind_dep = power_m.sum(axis=1) * factor, power_m.sum(axis=0) * factor
    return MicmacResult(
        names=names,
        direct=m,
        direct_influence=infl,
        direct_dependence=dep,
        indirect_influence=ind_infl,
        indirect_dependence=ind_dep,
        power=power,
        direct_quadrant=_quadrants(infl, dep),
        indirect_quadrant=_quadrants(ind_infl, ind_dep),
        direct_rank=_ranks(infl),
        indirect_rank=_ranks(ind_infl),
    )


def potential_matrix(direct: np.ndarray, potential: np.ndarray | None) -> np.ndarray:
    """Godet's potential direct influence matrix: ``direct`` with each P mark counted as strong.

    ``potential`` is a boolean (D, D) mask of the P marks (None: no marks); a P cell holds 0
    in ``direct``, so the direct matrix counts it as no influence.
    """
    m = np.array(direct, dtype=float)
    if potential is None:
        return m
    mask = np.asarray(potential, dtype=bool)
    if mask.shape != m.shape:
        raise MicmacError(Text(
            "the P marks are {shape}, the influence matrix {shape2}",
            shape=mask.shape,
            shape2=m.shape,
        ))
    return np.where(mask, float(SCALE[1]), m)


@dataclass(frozen=True)
class MicmacPoints:
    """One classification's numbers per descriptor, as the map and the table show them.

    ``shift``: places gained in the influence ranking against the reading's direct
    counterpart (indirect against direct, potential indirect against potential); None for the
    direct readings.
    """

    influence: np.ndarray
    dependence: np.ndarray
    quadrant: list[str]
    rank: np.ndarray
    shift: np.ndarray | None


@dataclass(frozen=True)
class MicmacAnalysis:
    """MICMAC of the direct matrix (``actual``) and of the potential matrix (``potential``)."""

    actual: MicmacResult
    potential: MicmacResult
    #: How many cells carry a P mark.
    potential_marks: int = 0

    @property
    def names(self) -> list[str]:
        return self.actual.names

    def points(self, mode: str) -> MicmacPoints:
        """The numbers of one of :data:`MODES`."""
        if mode not in MODES:
            raise MicmacError(Text(
                "MICMAC reading {mode} is not one of {names}",
                mode=f"{mode!r}",
                names=', '.join(MODES),
            ))
        r = self.potential if mode.startswith("potential") else self.actual
        if mode.endswith("indirect"):
            return MicmacPoints(
                r.indirect_influence, r.indirect_dependence, r.indirect_quadrant,
                r.indirect_rank, r.rank_shift,
            )
        return MicmacPoints(
            r.direct_influence, r.direct_dependence, r.direct_quadrant, r.direct_rank, None
        )


def micmac_analysis(
    direct: np.ndarray, names: Sequence[str], potential: np.ndarray | None = None
) -> MicmacAnalysis:
    """Direct, indirect, potential and potential indirect MICMAC of one entered matrix.

    Parameters
    ----------
    direct : ndarray (D, D)
        Influences 0..3, a P cell as 0.
    potential : ndarray (D, D) of bool, optional
        The P marks (potential influences); counted as 3 in the potential matrix.
    """
    marks = 0 if potential is None else int(np.count_nonzero(
        np.asarray(potential, dtype=bool) & ~np.eye(len(names), dtype=bool)))
    return MicmacAnalysis(
        micmac(direct, names), micmac(potential_matrix(direct, potential), names), marks
    )
