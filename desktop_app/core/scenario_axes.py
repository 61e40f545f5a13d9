"""2x2 scenario axes: two key uncertainties with two poles each give four quadrant scenarios.

Each quadrant holds the consistent scenarios of the study that sit at both of its poles; when
none does, the least inconsistent completion of the two poles is searched, so every quadrant
gets a scenario to name and narrate together with how consistent it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib import CIBError, CrossImpactMatrix, SolveResult, solve
from desktop_app.texts import Text

__all__ = ["Quadrant", "quadrants", "suggest_axes"]


@dataclass
class Quadrant:
    """One cell of the 2x2: the poles, the matching scenarios and the best one.

    ``scenarios`` are the consistent scenarios at both poles (rows of the solve result), best
    TIS first; ``best`` is the first of them or, when there is none, the least inconsistent
    completion of the two poles. That completion has ``ic`` 0 (it is consistent) when the
    result lacks scenarios the study has, e.g. stored scenarios of an unsolved study.
    """

    pole_a: int
    pole_b: int
    scenarios: np.ndarray
    best: np.ndarray
    tis: float
    ic: float


def suggest_axes(matrix: CrossImpactMatrix, result: SolveResult) -> list[tuple[int, float]]:
    """Descriptors ranked as candidate axes: most varied across the consistent scenarios.

    Returns (descriptor index, Shannon entropy in bits of its variants across the scenarios),
    highest first; a descriptor fixed in every scenario scores 0.
    """
    out = []
    for j, size in enumerate(matrix.sizes):
        counts = (
            np.bincount(result.scenarios[:, j], minlength=size) if len(result) else np.zeros(size)
        )
        p = counts[counts > 0] / max(counts.sum(), 1)
        out.append((j, float(-(p * np.log2(p)).sum()) if len(p) else 0.0))
    return sorted(out, key=lambda x: (-x[1], x[0]))


def quadrants(
    matrix: CrossImpactMatrix,
    result: SolveResult,
    axis_a: int,
    poles_a: tuple[int, int],
    axis_b: int,
    poles_b: tuple[int, int],
    callback: Callable[[float], None] | None = None,
) -> list[Quadrant]:
    """The four quadrant scenarios of two axes (order: a0b0, a0b1, a1b0, a1b1).

    ``result`` holds the study's consistent scenarios sorted by TIS descending (as
    :func:`desktop_app.core.cib.solve` returns them). The search for a quadrant without one
    can take long on a large study: ``callback`` gets the fraction done and may raise to stop.

    Raises
    ------
    CIBError
        The two axes are the same descriptor or a pole is not a variant of its axis.
    """
    if axis_a == axis_b:
        raise CIBError(Text("choose two different descriptors as axes"))
    for axis, poles in ((axis_a, poles_a), (axis_b, poles_b)):
        if len(set(poles)) != 2 or not all(0 <= p < matrix.sizes[axis] for p in poles):
            raise CIBError(
                Text(
                    "the poles of {descriptors} must be two different variants",
                    descriptors=f"{matrix.descriptors[axis]!r}",
                )
            )
    out = []
    for k, (pa, pb) in enumerate((pa, pb) for pa in poles_a for pb in poles_b):
        if callback:
            callback(k / 4)
        rows = result.scenarios
        mask = (rows[:, axis_a] == pa) & (rows[:, axis_b] == pb) if len(rows) else []
        match = rows[mask] if len(rows) else rows
        if len(match):
            idx = np.nonzero(mask)[0][0]
            out.append(
                Quadrant(pa, pb, match, match[0], float(result.tis[idx]), float(result.ic[idx]))
            )
            continue
        part = (lambda f, k=k: callback((k + f) / 4)) if callback else None
        best = _least_inconsistent(matrix, {axis_a: pa, axis_b: pb}, part)
        out.append(Quadrant(pa, pb, match, best[0], best[1], best[2]))
    if callback:
        callback(1.0)
    return out


def _least_inconsistent(
    matrix: CrossImpactMatrix, fixed: dict[int, int], callback: Callable[[float], None] | None
):
    """(scenario, TIS, IC) of the least inconsistent completion of ``fixed`` (best TIS on ties).

    The inconsistency limit doubles until some completion qualifies; no scenario's IC can
    exceed the sum over descriptors of the widest spread of their columns, so this ends.
    """
    values = matrix.values
    o = matrix.offsets
    bound = sum(
        float(
            (values[:, o[j] : o[j + 1]].max(axis=1) - values[:, o[j] : o[j + 1]].min(axis=1)).sum()
        )
        for j in range(len(matrix.descriptors))
    )
    k = 1.0
    while True:
        near = solve(matrix, max_ic=k, fixed=fixed, callback=callback)
        if len(near):
            i = int(np.lexsort((-near.tis, near.ic))[0])
            return near.scenarios[i], float(near.tis[i]), float(near.ic[i])
        if k > bound:
            raise CIBError(Text("no completion found"))  # unreachable: every scenario has an IC
        k *= 2
