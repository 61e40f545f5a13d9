"""Macro shocks: a fall (or jump) of the level in a start year and its return to the path.

A shock multiplies the projected level: ``m(t) = 1`` before the start year, ``1 + depth`` in
it, then the gap closes over ``recovery_years`` — linearly, ``1 + depth (1 - (t - s) / R)``
until ``s + R``, or exponentially, ``1 + depth exp(-3 (t - s) / R)`` (95 % of the gap closed
after ``R`` years, the rest fading on). Zero recovery years make the loss permanent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.errors import UserError
from desktop_app.texts import Text

__all__ = ["RECOVERY_SHAPES", "Shock", "ShockError"]

RECOVERY_SHAPES = ("linear", "exponential")


class ShockError(UserError):
    """A shock is not well formed (a depth of -100 % or below, negative recovery years)."""


@dataclass(frozen=True)
class Shock:
    """``depth`` is a fraction of the level (-0.2 = a 20 % fall)."""

    start: int
    depth: float
    recovery_years: int
    shape: str = "linear"

    def __post_init__(self) -> None:
        if not self.depth > -1.0:
            raise ShockError(Text(
                "A shock cannot take away {value} % of the level.",
                value=f"{-100 * self.depth:g}",
            ))
        if self.recovery_years < 0:
            raise ShockError(Text("Recovery years cannot be negative."))
        if self.shape not in RECOVERY_SHAPES:
            raise ShockError(
                Text(
                    "Unknown recovery {shape}; use {names}.",
                    shape=f"{self.shape!r}",
                    names=' or '.join(RECOVERY_SHAPES),
                )
            )

    def multiplier(self, years) -> np.ndarray:
        """The factor on the level in each of ``years``."""
        since = np.asarray(years, dtype=float) - self.start
        if self.recovery_years == 0:
            gap = np.ones_like(since)
        elif self.shape == "linear":
            gap = np.clip(1.0 - since / self.recovery_years, 0.0, 1.0)
        else:
            gap = np.exp(-3.0 * np.maximum(since, 0.0) / self.recovery_years)
        return np.where(since >= 0, 1.0 + self.depth * gap, 1.0)
