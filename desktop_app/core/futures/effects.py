"""Effects of descriptor variants on industries' growth, and their random draws.

An effect is a change of the annual growth rate in percentage points, given as low / most
likely / high. Draws follow the PERT distribution (a Beta on [low, high] whose mean is
``(low + 4 mode + high) / 6``): experts' "most likely" weighs more than under a triangular
draw, and the tails less, which is how such three-point judgements are usually read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = ["ALL_INDUSTRIES", "Effect", "EffectError", "pert_draws"]

#: The industry key that means "every industry" in effects and shocks.
ALL_INDUSTRIES = "*"


class EffectError(UserError):
    """An effect's three values are not ordered low <= mode <= high."""


@dataclass(frozen=True)
class Effect:
    """Change of annual growth in percentage points (+1.0 = one point more growth a year)."""

    low: float
    mode: float
    high: float

    def __post_init__(self) -> None:
        if not self.low <= self.mode <= self.high:
            raise EffectError(
                Text(
                    "An effect needs low <= most likely <= high; got {low}, {mode}, {high}.",
                    low=f"{self.low:g}",
                    mode=f"{self.mode:g}",
                    high=f"{self.high:g}",
                )
            )


def pert_draws(effect: Effect, rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` PERT draws of ``effect`` in percentage points (the mode itself when low == high).

    ``alpha = 1 + 4 (mode - low) / (high - low)``, ``beta = 1 + 4 (high - mode) / (high - low)``,
    value ``= low + (high - low) Beta(alpha, beta)``.
    """
    span = effect.high - effect.low
    if span == 0:
        return np.full(n, effect.mode)
    alpha = 1.0 + 4.0 * (effect.mode - effect.low) / span
    beta = 1.0 + 4.0 * (effect.high - effect.mode) / span
    return effect.low + span * rng.beta(alpha, beta, size=n)
