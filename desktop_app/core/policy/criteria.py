"""Decision criteria over an outcome matrix option × scenario: how robust each policy option is.

The matrix holds one value of the chosen outcome per option and scenario; one row is doing
nothing (the baseline), so that regret and no-regret compare with it. Every measure follows the
outcome's direction: for ``"higher"`` (jobs) more is better, for ``"lower"`` (emissions) less.
Formulas and a worked example: docs/policy.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.errors import UserError
from desktop_app.texts import Text, joined

__all__ = ["CRITERIA", "DIRECTIONS", "CriteriaError", "Robustness", "disagreements", "robustness"]

DIRECTIONS = ("higher", "lower")
#: The rankings, in the order they are shown: expected value, minimax regret, satisficing.
CRITERIA = ("expected", "minimax_regret", "satisficing")
_CRITERION_NAMES = {
    "expected": Text("expected value"),
    "minimax_regret": Text("minimax regret"),
    "satisficing": Text("satisficing"),
}


class CriteriaError(UserError):
    """The outcome matrix cannot be judged as given (no scenario, bad weights, unknown values)."""


@dataclass(frozen=True)
class Robustness:
    """The measures of every option (rows in the matrix's order)."""

    outcomes: np.ndarray
    weights: np.ndarray
    direction: str
    #: The level an option must reach in a scenario; None: better than doing nothing there.
    threshold: float | None
    no_action: int
    expected: np.ndarray
    worst: np.ndarray
    #: Best option's outcome in the scenario minus this option's, in the better direction (>= 0).
    regret: np.ndarray
    max_regret: np.ndarray
    #: Whether the option meets the threshold in each scenario (options × scenarios).
    meets: np.ndarray
    satisficing: np.ndarray
    no_regret: np.ndarray
    #: Criterion → option rows, best first (ties keep the matrix's order).
    ranking: dict[str, tuple[int, ...]]


def robustness(
    outcomes: np.ndarray,
    weights: np.ndarray | None = None,
    direction: str = "higher",
    threshold: float | None = None,
    no_action: int = 0,
) -> Robustness:
    """Expected value, worst case, regret, minimax regret, satisficing and no-regret.

    Parameters
    ----------
    outcomes : array (options, scenarios)
        The outcome of each option in each scenario; row ``no_action`` is doing nothing.
    weights : array (scenarios,), optional
        Scenario weights (non-negative, summing to a positive number; normalised here). Equal
        when omitted.
    direction : {"higher", "lower"}
        Whether more of the outcome is better (jobs) or less (emissions).
    threshold : float, optional
        The level an option must reach in a scenario to satisfy it (at least it for "higher",
        at most it for "lower"). Omitted: the option must do strictly better than no action.
    no_action : int
        Row of doing nothing.

    Notes
    -----
    With ``u = x`` for "higher" and ``u = −x`` for "lower":
    expected ``E_o = Σ_s w_s x_os``; worst case the ``x_os`` of the least ``u_os``; regret
    ``R_os = max_o' u_o's − u_os`` (Savage); minimax regret ranks by ``max_s R_os``, least
    first; satisficing counts the scenarios an option meets; an option is no-regret when it is
    never worse than doing nothing (``u_os ≥ u_0s`` for every ``s``) and better in at least one
    scenario, so doing nothing itself is not.
    """
    x = np.asarray(outcomes, dtype=float)
    if x.ndim != 2 or x.shape[1] == 0:
        raise CriteriaError(Text("The outcome matrix needs at least one scenario."))
    if not np.isfinite(x).all():
        raise CriteriaError(Text("Every option needs a value in every scenario."))
    if direction not in DIRECTIONS:
        raise CriteriaError(Text(
            "Unknown direction {direction}; use higher or lower.",
            direction=f"{direction!r}",
        ))
    if not 0 <= no_action < x.shape[0]:
        raise CriteriaError(Text("The matrix has no row for doing nothing."))
    w = _weights(weights, x.shape[1])
    sign = 1.0 if direction == "higher" else -1.0
    u = sign * x
    expected = x @ w
    worst = sign * u.min(axis=1)
    regret = u.max(axis=0) - u
    max_regret = regret.max(axis=1)
    if threshold is None:
        meets = u > u[no_action]
    else:
        meets = u >= sign * float(threshold)
    satisficing = meets.sum(axis=1)
    no_regret = (u >= u[no_action]).all(axis=1) & (u > u[no_action]).any(axis=1)
    ranking = {
        "expected": _order(-sign * expected),
        "minimax_regret": _order(max_regret),
        "satisficing": _order(-satisficing.astype(float)),
    }
    return Robustness(
        x,
        w,
        direction,
        None if threshold is None else float(threshold),
        no_action,
        expected,
        worst,
        regret,
        max_regret,
        meets,
        satisficing,
        no_regret,
        ranking,
    )


def _weights(weights: np.ndarray | None, n: int) -> np.ndarray:
    if weights is None:
        return np.full(n, 1.0 / n)
    w = np.asarray(weights, dtype=float)
    if w.shape != (n,) or not np.isfinite(w).all() or (w < 0).any() or not w.sum() > 0:
        raise CriteriaError(Text(
            "Scenario weights must be one non-negative number per scenario, not all zero.",
        ))
    return w / w.sum()


def _order(key: np.ndarray) -> tuple[int, ...]:
    return tuple(int(k) for k in np.argsort(key, kind="stable"))


def disagreements(result: Robustness, names: list[str]) -> list[str]:
    """Sentences saying where the rankings disagree: on the best option, and options whose
    place differs by two or more between criteria. Empty when they agree."""
    notes = []
    firsts = {c: result.ranking[c][0] for c in CRITERIA}
    if len(set(firsts.values())) > 1:
        said = joined(", ", (Text("{criterion} puts {option} first", criterion=_CRITERION_NAMES[c],
                                  option=names[k]) for c, k in firsts.items()))
        notes.append(Text("The criteria disagree on the best option: {said}.", said=said))
    places = {c: {k: p for p, k in enumerate(result.ranking[c])} for c in CRITERIA}
    for k, name in enumerate(names):
        where = {c: places[c][k] for c in CRITERIA}
        if max(where.values()) - min(where.values()) >= 2:
            said = joined(", ", (Text("{place} by {criterion}", place=_ordinal(p + 1),
                                      criterion=_CRITERION_NAMES[c]) for c, p in where.items()))
            notes.append(Text("{option} ranks {said}.", option=name, said=said))
    return notes


def _ordinal(n: int) -> Text:
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return Text("{n}th", n=n)
    return (Text("{n}st", n=n), Text("{n}nd", n=n), Text("{n}rd", n=n))[n % 10 - 1]
