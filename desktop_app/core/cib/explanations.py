"""Why a scenario holds: each descriptor's balances, the variant chosen and its runner-up, and
the impacts that decide between them, in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib.matrix import CrossImpactMatrix
from desktop_app.texts import Number, Text, joined


@dataclass
class DescriptorExplanation:
    """Why one descriptor sits at its variant in a scenario.

    Attributes
    ----------
    descriptor : int
    chosen : int
        The scenario's variant of this descriptor.
    balances : ndarray (V,)
        Impact balance of each of its variants.
    contributions : ndarray (D, V)
        What each descriptor (in its scenario variant) adds to each variant's balance; rows sum
        to ``balances``. The descriptor's own row is its self-impact (normally zero).
    margin : float
        Balance of the chosen variant minus the best other variant (>= 0 when it holds).
    """

    descriptor: int
    chosen: int
    balances: np.ndarray
    contributions: np.ndarray
    margin: float

    @property
    def runner_up(self) -> int:
        """The strongest variant other than the chosen one (first in study order on ties)."""
        others = np.where(np.arange(len(self.balances)) == self.chosen, -np.inf, self.balances)
        return int(np.argmax(others))

    @property
    def edge(self) -> np.ndarray:
        """Per source descriptor: how much it favours the chosen variant over the runner-up."""
        return self.contributions[:, self.chosen] - self.contributions[:, self.runner_up]


def explain(matrix: CrossImpactMatrix, scenario: Sequence[int]) -> list[DescriptorExplanation]:
    """For every descriptor: its variants' balances and which descriptors push it where."""
    z = matrix.check_scenario(scenario)
    o = matrix.offsets
    rows = o[:-1] + z
    out = []
    for j in range(len(matrix.descriptors)):
        contrib = matrix.values[rows, o[j] : o[j + 1]].copy()
        bal = contrib.sum(axis=0)
        others = np.delete(bal, z[j])
        out.append(
            DescriptorExplanation(j, int(z[j]), bal, contrib, float(bal[z[j]] - others.max()))
        )
    return out


def explanation_text(matrix: CrossImpactMatrix, item: DescriptorExplanation, top: int = 3) -> Text:
    """One or two sentences on why a descriptor is at its variant (for the user; a ``Text``,
    translated where it is shown)."""
    name = matrix.descriptors[item.descriptor]
    variants = matrix.variants[item.descriptor]
    chosen = variants[item.chosen]
    bal = item.balances
    runner = item.runner_up
    edge = item.edge
    pushers = [i for i in np.argsort(-edge, kind="stable") if edge[i] > 0][:top]
    holders = [i for i in np.argsort(edge, kind="stable") if edge[i] < 0][:top]

    def names(idx):
        return ", ".join(f"{matrix.descriptors[i]} ({edge[i]:+g})" for i in idx)

    parts = []
    if item.margin >= 0:
        parts.append(
            Text(
                "{name} is at {chosen}: balance {balance} against {other} for {runner}.",
                name=name,
                chosen=repr(chosen),
                balance=Number(_fmt(bal[item.chosen])),
                other=Number(_fmt(bal[runner])),
                runner=repr(variants[runner]),
            )
        )
    else:
        parts.append(
            Text(
                "{name} is at {chosen} although {runner} is stronger ({other} against "
                "{balance}): inconsistent.",
                name=name,
                chosen=repr(chosen),
                balance=Number(_fmt(bal[item.chosen])),
                other=Number(_fmt(bal[runner])),
                runner=repr(variants[runner]),
            )
        )
    if pushers:
        parts.append(Text("Pushed there by {names}.", names=names(pushers)))
    if holders:
        parts.append(
            Text(
                "Pulled towards {runner} by {names}.",
                runner=repr(variants[runner]),
                names=names(holders),
            )
        )
    return joined(" ", parts)


def _fmt(x: float) -> str:
    return f"{x:g}"
