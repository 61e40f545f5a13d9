"""Succession: from a start scenario, switch descriptors to their best variants until nothing
changes (a consistent scenario) or a cycle repeats ("global" or "adjusted" rule)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.cib.matrix import CIBError, CrossImpactMatrix, _balances, _exact
from desktop_app.pacing import pause_point
from desktop_app.texts import Text


@dataclass
class Succession:
    """Where repeated adjustment from a start scenario leads.

    Attributes
    ----------
    path : list of tuple of int
        The start and every scenario after it.
    consistent : bool
        True when the path ends in a consistent scenario (a fixed point), False in a cycle.
    cycle : list of tuple of int
        The scenarios of the cycle (empty for a fixed point).
    """

    path: list[tuple[int, ...]]
    consistent: bool
    cycle: list[tuple[int, ...]] = field(default_factory=list)

    @property
    def end(self) -> tuple[int, ...]:
        return self.path[-1]


def _step_global(values, offsets, z):
    """Every descriptor moves to its strongest variant at once (keeps a tied current one)."""
    pause_point()  # many starts step together: a window waiting for the interpreter gets it
    rows = offsets[:-1][None, :] + z
    bal = _balances(values, rows)
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    chosen = np.take_along_axis(bal, rows, axis=1)
    new = z.copy()
    move = chosen < best
    for j in range(len(offsets) - 1):
        pause_point()
        m = move[:, j]
        if m.any():
            new[m, j] = np.argmax(bal[m, offsets[j] : offsets[j + 1]], axis=1)
    return new


def _step_adjusted(values, offsets, z):
    """Only the descriptor(s) with the largest inconsistency move (ScenarioWizard's adjusted)."""
    rows = offsets[:-1][None, :] + z
    bal = _balances(values, rows)
    best = np.maximum.reduceat(bal, offsets[:-1], axis=1)
    chosen = np.take_along_axis(bal, rows, axis=1)
    gap = best - chosen
    worst = gap.max(axis=1, keepdims=True)
    move = (gap == worst) & (gap > 0)
    new = z.copy()
    for j in range(len(offsets) - 1):
        m = move[:, j]
        if m.any():
            new[m, j] = np.argmax(bal[m, offsets[j] : offsets[j + 1]], axis=1)
    return new


_RULES = {"global": _step_global, "adjusted": _step_adjusted}


def succession(
    matrix: CrossImpactMatrix,
    start: Sequence[int],
    rule: str = "global",
    max_steps: int = 1000,
) -> Succession:
    """Follow the succession of a start scenario until it is consistent or repeats.

    Parameters
    ----------
    rule : {'global', 'adjusted'}
        'global': every inconsistent descriptor switches to its strongest variant at once;
        'adjusted': only the most inconsistent descriptor(s) switch.

    Notes
    -----
    Ties: a descriptor whose current variant is among the strongest stays; otherwise it takes
    the first strongest variant in study order.
    """
    if rule not in _RULES:
        raise CIBError(Text(
            "unknown succession rule {rule}; use one of {rules}",
            rule=f"{rule!r}",
            rules=sorted(_RULES),
        ))
    values, _ = _exact(matrix.values)
    z = matrix.check_scenario(start)[None, :]
    path = [tuple(int(v) for v in z[0])]
    seen = {path[0]: 0}
    step = _RULES[rule]
    for _ in range(max_steps):
        nxt = step(values, matrix.offsets, z)
        key = tuple(int(v) for v in nxt[0])
        if key == path[-1]:
            return Succession(path, True)
        if key in seen:
            path.append(key)
            return Succession(path, False, path[seen[key] : -1])
        seen[key] = len(path)
        path.append(key)
        z = nxt
    raise CIBError(Text("the succession did not settle in {max_steps} steps", max_steps=max_steps))
