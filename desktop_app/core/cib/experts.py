"""Several experts' matrices: combined cell by cell, where they disagree, and how robust each
scenario is across them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib.matrix import Callback, CIBError, CrossImpactMatrix, _exact, _scores
from desktop_app.core.cib.search import solve
from desktop_app.texts import Text

#: Ways to combine several experts' matrices into one.
AGGREGATIONS = ("sum", "mean", "median")


def aggregate(matrices: Sequence[np.ndarray], method: str = "sum") -> np.ndarray:
    """Combine several experts' matrices cell by cell (sum, mean or median).

    Raises
    ------
    CIBError
        No matrix, matrices of different shapes or an unknown method.
    """
    if method not in AGGREGATIONS:
        raise CIBError(Text(
            "unknown aggregation {method}; use one of {names}",
            method=f"{method!r}",
            names=', '.join(AGGREGATIONS),
        ))
    stack = _stack(matrices)
    return {"sum": np.sum, "mean": np.mean, "median": np.median}[method](stack, axis=0)


def _stack(matrices) -> np.ndarray:
    if not len(matrices):
        raise CIBError(Text("no expert matrix to combine"))
    shapes = {np.shape(m) for m in matrices}
    if len(shapes) != 1:
        raise CIBError(Text("expert matrices differ in shape: {shapes}", shapes=sorted(shapes)))
    stack = np.array([np.asarray(m, dtype=float) for m in matrices])
    if not np.all(np.isfinite(stack)):
        raise CIBError(Text("an expert matrix holds a value that is not a number"))
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
        raise CIBError(Text("expert matrices do not match the study's descriptors and variants"))
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
