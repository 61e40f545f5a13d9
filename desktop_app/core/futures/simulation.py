"""Monte Carlo projection of a region's industries under each scenario.

For every draw, industry and projected year: ``level(t) = level(t-1) (1 + g(t) + x)`` from the
last observed level, with ``g`` the baseline's growth (drawn with its own uncertainty) and ``x``
the sum of the scenario's variant effects on that industry (PERT draws, held for the whole
horizon), then times the product of the scenario's shock multipliers. The baseline's draws are
the same for every scenario (common random numbers), and an effect's draws depend only on the
seed and its key, so differences between scenarios are the scenarios', not the dice's. The
reference of the location quotients is drawn the same way from its own baselines (its own
stream of random numbers, the same for every scenario), with neither effects nor shocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.concentration import entropy_variety, herfindahl
from desktop_app.core.futures.baselines import Baseline, BaselineError
from desktop_app.core.futures.effects import Effect, pert_draws
from desktop_app.core.futures.quantiles import StreamingSummary
from desktop_app.core.futures.shocks import Shock
from desktop_app.texts import Text

__all__ = [
    "QUANTILES",
    "Ensemble",
    "FuturesResult",
    "ScenarioInputs",
    "ScenarioProjection",
    "Structure",
    "effect_swings",
    "ensemble",
    "simulate",
    "structure",
]

#: Columns of every summary: P10, P50, P90 and the mean.
QUANTILES = ("p10", "p50", "p90", "mean")
#: Draws whose random numbers come from one generator, seeded by the seed, what is drawn (an
#: industry's baseline, an effect) and the block's first draw: the numbers do not depend on
#: how many draws are simulated at once.
BLOCK = 500
#: Draws simulated at once (a multiple of ``BLOCK``); bounds the temporary arrays of one step.
CHUNK = 500
#: The streams of random numbers: the region's baselines, the effects, the LQ reference.
_BASELINES, _EFFECTS, _REFERENCE = 0, 1, 2


@dataclass(frozen=True)
class ScenarioInputs:
    """One scenario's effects and shocks; ``industry`` None means every industry.

    ``effects`` holds ``(key, industry, effect)``: the key names the stored effect (its draws
    depend on it and the seed), so two scenarios sharing a variant share its draws.
    """

    effects: Sequence[tuple[int, int | None, Effect]] = ()
    shocks: Sequence[tuple[int | None, Shock]] = ()


@dataclass(frozen=True)
class ScenarioProjection:
    """``industries[i, y, q]`` and ``total[y, q]`` with ``q`` over ``QUANTILES``; the variance of
    the total over the draws per year (for the ensemble's spread within scenarios)."""

    industries: np.ndarray
    total: np.ndarray
    total_variance: np.ndarray
    #: Summaries (``QUANTILES``) over the draws of the horizon year's gains summed over the
    #: industries that grew since the last observed year, and of the losses of those that shrank.
    gained: np.ndarray = field(default_factory=lambda: np.full(4, np.nan))
    lost: np.ndarray = field(default_factory=lambda: np.full(4, np.nan))
    #: The structure in the horizon year, summaries over the draws: ``shares[i, q]``,
    #: Herfindahl and entropy (bits) of the industry shares.
    shares: np.ndarray = field(default_factory=lambda: np.empty((0, 4)))
    herfindahl: np.ndarray = field(default_factory=lambda: np.full(4, np.nan))
    entropy: np.ndarray = field(default_factory=lambda: np.full(4, np.nan))
    #: ``outcomes[o, q]``: summaries over the draws of the horizon year's levels weighted by
    #: intensity ``o`` (``Σ_i level_i · intensity[o, i]``: decent jobs, emissions, wage bill).
    outcomes: np.ndarray = field(default_factory=lambda: np.empty((0, 4)))
    #: ``lq[i, q]``: summaries over the draws of the horizon year's location quotients against
    #: the drawn reference (empty when no reference was given).
    lq: np.ndarray = field(default_factory=lambda: np.empty((0, 4)))


@dataclass(frozen=True)
class FuturesResult:
    years: np.ndarray
    #: The baseline's point path per industry over ``years`` (no effects, no shocks).
    baseline: np.ndarray
    #: Structure in the last observed year, to set the horizon's beside.
    today: Structure
    scenarios: list[ScenarioProjection] = field(default_factory=list)


@dataclass(frozen=True)
class Structure:
    """Industry shares ``(rows, industries)``, Herfindahl and entropy in bits per row."""

    shares: np.ndarray
    herfindahl: np.ndarray
    entropy: np.ndarray


def structure(levels: np.ndarray) -> Structure:
    """The structure of each row of ``levels`` (rows: draws or years; columns: industries).

    Herfindahl ``Σ s_i²`` and entropy ``Σ s_i log2(1/s_i)`` as the Analysis section computes
    them (``core.concentration``), every industry its own group.
    """
    levels = np.asarray(levels, dtype=float)
    total = levels.sum(axis=1, keepdims=True)
    return Structure(
        levels / total,
        herfindahl(levels).value,
        entropy_variety(levels, np.arange(levels.shape[1])).total,
    )


def simulate(
    baselines: Sequence[Baseline],
    scenarios: Sequence[ScenarioInputs],
    horizon: int,
    draws: int = 2000,
    seed: int = 0,
    check: Callable[[float], None] | None = None,
    chunk: int = CHUNK,
    intensities: np.ndarray | None = None,
    reference: Sequence[Baseline] | None = None,
    known: Sequence[ScenarioProjection | None] | None = None,
) -> FuturesResult:
    """Project every industry to ``horizon`` under each scenario.

    ``intensities[o, i]`` (optional): per unit of the projected measure, held constant; each
    scenario then also gives ``Σ_i level_i(horizon) · intensities[o, i]`` per draw, summarised.
    ``reference`` (optional, one baseline per industry, ending in the same year): the
    reference of the location quotients, projected by its own draws; each scenario then also
    gives ``LQ_i = s_i / S_i`` at the horizon per draw, summarised. ``known[k]`` (optional):
    scenario ``k``'s projection from an earlier call with the same arguments but its own
    inputs, taken as it is instead of simulated again (every scenario's draws depend only on
    the seed and its inputs, so the numbers are the same as simulating it).

    ``draws = 0`` gives the deterministic path: point baseline growth, effects at their most
    likely value. ``check(fraction)`` is called between steps (progress, and cancel by raising).
    The draws are simulated ``chunk`` at a time and summarised without keeping them
    (``quantiles.StreamingSummary``: the chunks are simulated again in a few passes), so memory
    does not grow with ``draws``; the numbers do not depend on ``chunk``.
    """
    if not baselines:
        raise BaselineError(Text("There is no industry with a baseline to project."))
    if chunk < BLOCK or chunk % BLOCK:
        raise ValueError(f"chunk must be a positive multiple of {BLOCK}")
    start = {b.last_year for b in baselines}
    if len(start) != 1:
        raise BaselineError(
            Text(
                "Baselines end in different years ({names}); a projection starts from one last "
                "observed year.",
                names=', '.join(map(str, sorted(start))),
            )
        )
    first = start.pop() + 1
    if horizon < first:
        raise BaselineError(
            Text(
                "The horizon {horizon} is not after the last observed year {value}.",
                horizon=horizon,
                value=first - 1,
            )
        )
    years = np.arange(first, horizon + 1)
    levels = np.array([b.last_value for b in baselines])
    point = np.stack([b.growth(years) for b in baselines])
    result = FuturesResult(
        years, levels[:, None] * np.cumprod(1.0 + point, axis=1), structure(levels[None, :])
    )
    weights = np.zeros((0, len(baselines))) if intensities is None else np.asarray(intensities)
    if weights.shape[1:] != (len(baselines),):
        raise ValueError("intensities need one row per outcome and one column per industry")
    if reference is not None and (
        len(reference) != len(baselines) or {b.last_year for b in reference} != {first - 1}
    ):
        raise ValueError("the reference needs one baseline per industry, ending in the same year")
    layout = _Layout(len(baselines), len(years), len(weights), reference is not None)
    n = max(draws, 1)
    known = list(known) if known is not None else [None] * len(scenarios)
    if len(known) != len(scenarios):
        raise ValueError("known needs one entry (a projection or None) per scenario")
    todo = [k for k, projection in enumerate(known) if projection is None]
    summaries = {k: StreamingSummary(layout.cells, n) for k in todo}
    multipliers = {k: _shock_multiplier(scenarios[k], len(baselines), years) for k in todo}
    passes = 0
    while not all(s.finished for s in summaries.values()):
        active = [k for k, s in summaries.items() if not s.finished]
        for lo in range(0, n, chunk):
            hi = min(lo + chunk, n)
            growth = _baseline_draws(baselines, years, draws, seed, lo, hi)
            shares = (
                None
                if reference is None
                else _reference_shares(reference, years, draws, seed, lo, hi)
            )
            for k in active:
                x = _effect_draws(scenarios[k], len(baselines), draws, seed, lo, hi)
                summaries[k].feed(_outputs(levels, growth, x, multipliers[k], weights, shares))
            if check:
                check(min(0.99, (passes + hi / n) / 3))
        for k in active:
            summaries[k].end_pass()
        passes += 1
    for k, projection in enumerate(known):
        result.scenarios.append(projection or layout.projection(summaries[k]))
    if check:
        check(1.0)
    return result


class _Layout:
    """Where each output sits among the cells one draw gives: every industry's every year, the
    total per year, gained, lost, the horizon's shares, Herfindahl, entropy, outcomes and, with
    a reference, location quotients."""

    def __init__(self, industries: int, years: int, outcomes: int = 0, lq: bool = False):
        self.industries, self.years = industries, years
        self.paths = slice(0, industries * years)
        self.total = slice(self.paths.stop, self.paths.stop + years)
        self.gained = self.total.stop
        self.lost = self.gained + 1
        self.shares = slice(self.lost + 1, self.lost + 1 + industries)
        self.herfindahl = self.shares.stop
        self.entropy = self.herfindahl + 1
        self.outcomes = slice(self.entropy + 1, self.entropy + 1 + outcomes)
        self.lq = slice(self.outcomes.stop, self.outcomes.stop + (industries if lq else 0))
        self.cells = self.lq.stop

    def projection(self, summary: StreamingSummary) -> ScenarioProjection:
        q = summary.summary()
        return ScenarioProjection(
            q[self.paths].reshape(self.industries, self.years, len(QUANTILES)),
            q[self.total],
            summary.variance()[self.total],
            q[self.gained],
            q[self.lost],
            q[self.shares],
            q[self.herfindahl],
            q[self.entropy],
            q[self.outcomes],
            q[self.lq],
        )


def _outputs(levels, growth, x, multiplier, intensities, reference_shares) -> np.ndarray:
    """The cells of ``_Layout`` for each draw of a chunk, ``(draws, cells)``;
    ``reference_shares`` ``(draws, industries)`` at the horizon, or None."""
    paths = levels[None, :, None] * np.cumprod(1.0 + growth + x[:, :, None], axis=2)
    paths *= multiplier[None]
    n = paths.shape[0]
    change = paths[:, :, -1] - levels[None, :]
    horizon = structure(paths[:, :, -1])
    return np.concatenate(
        [
            paths.reshape(n, -1),
            paths.sum(axis=1),
            np.clip(change, 0.0, None).sum(axis=1)[:, None],
            np.clip(change, None, 0.0).sum(axis=1)[:, None],
            horizon.shares,
            horizon.herfindahl[:, None],
            horizon.entropy[:, None],
            paths[:, :, -1] @ intensities.T,
            *([] if reference_shares is None else [horizon.shares / reference_shares]),
        ],
        axis=1,
    )


@dataclass(frozen=True)
class Ensemble:
    """The scenarios taken together, per year: weighted mean of the total, and its spread
    between scenarios against the spread within them (variances; they add up to the mixture's
    variance)."""

    mean: np.ndarray
    between: np.ndarray
    within: np.ndarray


def ensemble(projections: Sequence[ScenarioProjection], weights) -> Ensemble:
    """``mean = Σ w_s m_s``, ``between = Σ w_s (m_s - mean)²``, ``within = Σ w_s v_s`` with
    ``m_s`` and ``v_s`` the mean and variance of scenario s's total over the draws; weights are
    normalised to sum to one."""
    w = np.asarray(weights, dtype=float)
    if w.shape != (len(projections),) or np.any(w < 0) or not w.sum() > 0:
        raise BaselineError(Text(
            "Scenario weights must be non-negative, one per scenario, not all 0.",
        ))
    w = w / w.sum()
    means = np.stack([p.total[:, 3] for p in projections])
    variances = np.stack([p.total_variance for p in projections])
    mean = w @ means
    return Ensemble(mean, w @ (means - mean) ** 2, w @ variances)


def _baseline_draws(
    baselines, years, draws: int, seed: int, lo: int, hi: int, stream: int = _BASELINES
) -> np.ndarray:
    """Growth draws ``lo`` to ``hi`` ``(hi - lo, industries, years)``, block by block; the
    point growth when ``draws`` is 0."""
    if draws == 0:
        return np.stack([b.growth(years) for b in baselines])[None]
    out = np.empty((hi - lo, len(baselines), len(years)))
    for i, b in enumerate(baselines):
        for block in range(lo, hi, BLOCK):
            rng = np.random.default_rng([seed, stream, i, block])
            size = min(block + BLOCK, hi) - block
            out[block - lo : block - lo + size, i] = b.draw_growth(rng, size, years)
    return out


def _reference_shares(reference, years, draws: int, seed: int, lo: int, hi: int) -> np.ndarray:
    """Each industry's share of the reference at the horizon, draws ``lo`` to ``hi``."""
    growth = _baseline_draws(reference, years, draws, seed, lo, hi, stream=_REFERENCE)
    last = np.array([b.last_value for b in reference])
    level = last[None, :] * np.prod(1.0 + growth, axis=2)
    return level / level.sum(axis=1, keepdims=True)


def _effect_draws(
    scenario: ScenarioInputs, n_industries: int, draws: int, seed: int, lo: int, hi: int
) -> np.ndarray:
    """Summed effect of draws ``lo`` to ``hi`` ``(hi - lo, industries)`` as a fraction (pp /
    100); the most likely values when ``draws`` is 0."""
    x = np.zeros((hi - lo, n_industries))
    for key, industry, effect in scenario.effects:
        if draws == 0:
            value = np.array([effect.mode])
        else:
            value = np.concatenate(
                [
                    pert_draws(
                        effect,
                        np.random.default_rng([seed, _EFFECTS, key, block]),
                        min(block + BLOCK, hi) - block,
                    )
                    for block in range(lo, hi, BLOCK)
                ]
            )
        if industry is None:
            x += value[:, None] / 100.0
        else:
            x[:, industry] += value / 100.0
    return x


def _shock_multiplier(scenario: ScenarioInputs, n_industries: int, years) -> np.ndarray:
    m = np.ones((n_industries, len(years)))
    for industry, shock in scenario.shocks:
        if industry is None:
            m *= shock.multiplier(years)
        else:
            m[industry] *= shock.multiplier(years)
    return m


def effect_swings(
    baselines: Sequence[Baseline],
    effects: Sequence[Sequence[tuple[int | None, Effect]]],
    horizon: int,
) -> np.ndarray:
    """How far each group of effects (a variant's) moves the total at the horizon, alone.

    For group ``g``, the deterministic total with its effects all at their low, most likely
    and high values, minus the baseline's total: ``swings[g] = (low, mode, high)``. No other
    effect and no shock takes part, so groups compare as the bars of a tornado chart.
    """
    point = {
        "low": lambda e: Effect(e.low, e.low, e.low),
        "mode": lambda e: Effect(e.mode, e.mode, e.mode),
        "high": lambda e: Effect(e.high, e.high, e.high),
    }
    scenarios = [
        ScenarioInputs([(0, industry, pick(e)) for industry, e in group])
        for group in effects
        for pick in point.values()
    ]
    result = simulate(baselines, scenarios, horizon, draws=0)
    base = result.baseline[:, -1].sum()
    totals = np.array([s.total[-1, 1] for s in result.scenarios]).reshape(len(effects), 3)
    return totals - base
