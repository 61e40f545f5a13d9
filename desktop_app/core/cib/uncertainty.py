"""How sure a scenario is: judgements that may be off by a step, and the cells it hinges on.

Each cross-impact judgement is an expert's estimate on a coarse scale; a neighbouring value is
often as defensible. A scenario that stays consistent when the judgements move is a safer basis
for advice than one that holds by a tie.

- ``perturbed_robustness`` draws ``draws`` matrices in which every judgement between two
  different descriptors moves by a whole number in ``[-spread, +spread]`` (uniformly, seeded; 1
  by default, or the spread between experts) and counts, for each scenario, the matrices in
  which it is still consistent. The self-impact blocks are not judgements and stay as they are.
- ``hinges`` lists the single judgements whose change by one step removes a scenario: a rival
  variant whose balance is within one step of the chosen one's (``margin < 1``) is overtaken when
  one chosen variant's judgement on the rival rises by one, or on the chosen variant falls by one.

Descriptors held by an intervention (``forced``) are not checked, as in ``solve(forced=...)``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib.matrix import CIBError, CrossImpactMatrix, _checked, _exact, _scores
from desktop_app.texts import Text

__all__ = ["Hinge", "ScenarioRobustness", "hinges", "perturbations", "perturbed_robustness"]

#: Perturbed values held in memory at once (draws x variants x variants), about 40 MB of int64.
_CHUNK_CELLS = 5_000_000


@dataclass(frozen=True)
class Hinge:
    """A one-step change of the judgement ``source`` -> (``descriptor``, ``variant``) by ``change``
    (+1 or -1) makes ``rival`` beat the scenario's variant of ``descriptor``.

    ``source`` is the descriptor whose chosen variant judges; ``margin`` is the chosen variant's
    balance minus the rival's (0: a tie the scenario keeps).
    """

    source: int
    descriptor: int
    variant: int
    change: int
    rival: int
    margin: float


@dataclass(frozen=True)
class ScenarioRobustness:
    """``kept`` of ``draws`` perturbed matrices keep the scenario consistent."""

    scenario: tuple[int, ...]
    kept: int
    draws: int
    hinges: tuple[Hinge, ...]

    @property
    def share(self) -> float:
        return self.kept / self.draws if self.draws else 1.0


def _judgement_mask(matrix: CrossImpactMatrix) -> np.ndarray:
    """True for the cells between two different descriptors (the experts' judgements)."""
    owner = np.repeat(np.arange(len(matrix.descriptors)), matrix.sizes)
    return owner[:, None] != owner[None, :]


def _spread_array(matrix: CrossImpactMatrix, spread: int | np.ndarray) -> np.ndarray:
    n = matrix.n_variants
    steps = np.broadcast_to(np.asarray(spread), (n, n))
    if np.any(steps < 0) or np.any(steps != np.round(steps)):
        raise CIBError(Text("a judgement's spread is a whole number of steps, 0 or more"))
    return np.where(_judgement_mask(matrix), steps, 0).astype(np.int64)


def perturbations(
    matrix: CrossImpactMatrix, draws: int, seed: int | None = 0, spread: int | np.ndarray = 1
) -> Iterator[np.ndarray]:
    """Changes to add to the matrix, in chunks of shape (k, N, N): seeded, reproducible."""
    if draws < 1:
        raise CIBError(Text("judgement uncertainty needs at least one perturbed matrix"))
    steps = _spread_array(matrix, spread)
    rng = np.random.default_rng(seed)
    n = matrix.n_variants
    chunk = max(1, _CHUNK_CELLS // max(1, n * n))
    done = 0
    while done < draws:
        k = min(chunk, draws - done)
        yield rng.integers(-steps, steps + 1, size=(k, n, n))
        done += k


def perturbed_robustness(
    matrix: CrossImpactMatrix,
    scenarios: np.ndarray | Sequence[Sequence[int]],
    draws: int = 1000,
    seed: int | None = 0,
    spread: int | np.ndarray = 1,
    forced: Collection[int] = (),
    callback=None,
) -> list[ScenarioRobustness]:
    """For each scenario, in how many of ``draws`` perturbed matrices it is consistent.

    A near-consistent scenario (IC > 0) is counted where the perturbation makes it consistent,
    and has no hinges.

    Parameters
    ----------
    spread : int or ndarray (N, N)
        Largest change of each judgement in steps (the spread between experts, for instance).
    forced : collection of int
        Descriptors held by an intervention: not checked.
    """
    d = len(matrix.descriptors)
    z = np.asarray(scenarios, dtype=np.int64).reshape(-1, d)
    for row in z:
        matrix.check_scenario(row)
    values, tol = _exact(matrix.values)
    checked = _checked(d, forced)
    _, base_ic = _scores(values, matrix.offsets, z, checked)
    kept = np.zeros(len(z), dtype=np.int64)
    done = 0
    for delta in perturbations(matrix, draws, seed, spread):
        perturbed = values[None, :, :] + delta
        for i, row in enumerate(z):
            _, ic = _scores_many(perturbed, matrix.offsets, row, checked)
            kept[i] += int(np.count_nonzero(ic <= tol))
        done += len(delta)
        if callback:
            callback(done / draws)
    return [
        ScenarioRobustness(
            tuple(int(v) for v in row),
            int(k),
            draws,
            tuple(hinges(matrix, row, forced)) if ic <= tol else (),
        )
        for row, k, ic in zip(z, kept, base_ic, strict=True)
    ]


def _scores_many(perturbed: np.ndarray, offsets: np.ndarray, z: np.ndarray, checked):
    """TIS and IC of one scenario under each of several matrices (k, N, N)."""
    rows = offsets[:-1] + z
    bal = perturbed[:, rows, :].sum(axis=1)
    chosen = bal[:, rows]
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    if checked is not None:
        chosen, best = chosen[:, checked], best[:, checked]
    return chosen.sum(axis=1), (best - chosen).max(axis=1, initial=0)


def hinges(
    matrix: CrossImpactMatrix, scenario: Sequence[int], forced: Collection[int] = ()
) -> list[Hinge]:
    """The judgements whose change by one step removes ``scenario`` (empty: none alone can).

    Raises ``CIBError`` when the scenario is not consistent to begin with.
    """
    z = matrix.check_scenario(scenario)
    values, tol = _exact(matrix.values)
    d = len(matrix.descriptors)
    _, ic = _scores(values, matrix.offsets, z[None, :], _checked(d, forced))
    if ic[0] > tol:
        raise CIBError(Text("only a consistent scenario has judgements it hinges on"))
    o = matrix.offsets
    rows = o[:-1] + z
    balance = values[rows].sum(axis=0)
    out: list[Hinge] = []
    for j in range(d):
        if j in forced:
            continue
        own = balance[o[j] + z[j]]
        rivals = [
            (v, float(own - balance[o[j] + v]))
            for v in range(int(matrix.sizes[j]))
            if v != z[j] and own - balance[o[j] + v] < 1 - tol
        ]
        for source in (i for i in range(d) if i != j):
            for rival, margin in rivals:  # the rival's balance rises past the chosen one's
                out.append(Hinge(source, j, rival, +1, rival, margin))
            if rivals:  # the chosen variant's balance falls below the closest rival's
                rival, margin = min(rivals, key=lambda r: r[1])
                out.append(Hinge(source, j, int(z[j]), -1, rival, margin))
    return out
