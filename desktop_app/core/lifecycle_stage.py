"""Lifecycle stage of an industry in a region, from its growth, its S-curve and its specialisation.

Analysts mark where each industry stands (emergence, growth, maturity, decline, renewal) to decide
what support fits it. The stage computed here is a proposal the analyst can override; it always
comes with its reason in words, naming the numbers it rests on, e.g. "growth slowed from
6.0 %/yr to 1.0 %/yr since 2016; LQ 1.40 and falling (-2.1 %/yr)".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from desktop_app.core.lifecycle_fit import SeriesFit, exponential_trend
from desktop_app.core.location_quotients import location_quotients
from desktop_app.texts import N_, Number, Text, joined

__all__ = [
    "STAGES",
    "StageAssessment",
    "StagePeriod",
    "StageRules",
    "assess_stage",
    "lq_series",
]

STAGES = ("emergence", "growth", "maturity", "decline", "renewal")
#: Each stage in words, for the tables a reader sees (the stage itself is stored by its key).
STAGE_WORDS = {
    "emergence": Text("emergence"),
    "growth": Text("growth"),
    "maturity": Text("maturity"),
    "decline": Text("decline"),
    "renewal": Text("renewal"),
}
#: Fewest years with positive values for which a stage is proposed.
MIN_YEARS = 4


@dataclass(frozen=True)
class StageRules:
    """Thresholds of the stage rules (growth per year as fractions: 0.03 = 3 %/yr)."""

    fast: float = 0.03  # at or above: fast growth (emergence or growth)
    slow: float = 0.01  # at or above: still growing; below: maturity
    decline: float = -0.01  # below: decline
    lq_move: float = 0.01  # LQ change per year that counts as rising or falling
    lq_losing: float = -0.02  # LQ fall per year that turns stagnation into decline
    early_share: float = 0.3  # below this share of the fitted saturation: early on the S-curve
    late_share: float = 0.9  # above it: close to saturation


@dataclass(frozen=True)
class StagePeriod:
    """Years ``start``..``end`` (inclusive) spent in ``stage``, for shading a timeline."""

    start: int
    end: int
    stage: str


@dataclass(frozen=True)
class StageAssessment:
    """The proposed stage (None when the series is too short) and why.

    ``recent_growth`` is the growth per year since ``since``; ``earlier_growth`` before it
    (None when the series is too short to split). ``lq_trend`` is the LQ's relative change per
    year over the recent window. ``left_out`` lists (year, why) for values not used.
    """

    stage: str | None
    reason: str
    recent_growth: float | None = None
    earlier_growth: float | None = None
    since: int | None = None
    lq_level: float | None = None
    lq_trend: float | None = None
    saturation_share: float | None = None
    periods: tuple[StagePeriod, ...] = ()
    left_out: tuple[tuple[int, str], ...] = field(default_factory=tuple)


def lq_series(industry, region_total, reference_industry, reference_total) -> np.ndarray:
    """The location quotient of one industry in one region, year by year.

    All four arguments are arrays over the same years: the industry in the region, the region's
    total, the industry in the reference and the reference's total. NaN where a value is missing
    or a total is zero (see :func:`desktop_app.core.location_quotients.location_quotients`).
    """
    e_ri, e_r, e_i, e = (
        np.asarray(a, dtype=float)
        for a in (industry, region_total, reference_industry, reference_total)
    )
    if not e_ri.shape == e_r.shape == e_i.shape == e.shape or e_ri.ndim != 1:
        raise ValueError("The four LQ inputs must be 1-d arrays over the same years.")
    # the industry and "everything else", so the totals are the given ones
    values = np.stack([e_ri, e_r - e_ri])[np.newaxis]
    reference = np.stack([e_i, e - e_i])
    return location_quotients(values, reference).lq[0, 0]


def assess_stage(
    years,
    values,
    lq=None,
    fit: SeriesFit | None = None,
    rules: StageRules | None = None,
) -> StageAssessment:
    """Propose the lifecycle stage of one industry in one region and say why.

    Parameters
    ----------
    years, values : array_like
        The industry's series in the region (employment, establishments, value added); years
        increasing. Missing (NaN) and non-positive values are left out and listed.
    lq : array_like, optional
        Its location quotient in the same years (see :func:`lq_series`); NaN where unknown.
    fit : SeriesFit, optional
        The S-curve fit of the series; used only when a curve was chosen, beats a straight line
        and rises (then its saturation separates early from late phases).
    rules : StageRules, optional
        Thresholds; the defaults are documented in :class:`StageRules`.

    Notes
    -----
    The series is split where two log-linear trends fit best (at least three years on each
    side, sharing the break year); ``g`` is the recent trend's growth per year ``e^b - 1``,
    ``g0`` the earlier one. In this order:

    - renewal if ``g0 < decline`` and ``g >= slow`` (it grows again after a decline);
    - decline if ``g < decline``, or if ``g < slow`` while the LQ falls faster than
      ``lq_losing`` per year (stagnating while losing ground to the reference);
    - emergence if ``g >= fast`` and the level is below ``early_share`` of the fitted
      saturation, or the LQ is below 1 and rising (fast growth from a small base);
    - maturity if ``g >= slow`` but the level is above ``late_share`` of the saturation;
    - growth if ``g >= slow``; maturity otherwise (including growth that slowed below ``slow``).
    """
    rules = rules or StageRules()
    t = np.asarray(years, dtype=float)
    y = np.asarray(values, dtype=float)
    if t.shape != y.shape or t.ndim != 1:
        raise ValueError("Years and values must be 1-d arrays of the same length.")
    if t.size > 1 and np.any(np.diff(t) <= 0):
        raise ValueError("Years must be strictly increasing.")
    q = None
    if lq is not None:
        q = np.asarray(lq, dtype=float)
        if q.shape != y.shape:
            raise ValueError("The LQ needs one value per year of the series.")
    bad = ~np.isfinite(y) | (y <= 0)
    left_out = tuple(
        (int(year), "no value" if not np.isfinite(v) else "not positive")
        for year, v in zip(t[bad], y[bad], strict=True)
    )
    t, y = t[~bad], y[~bad]
    q = q[~bad] if q is not None else None
    if t.size < MIN_YEARS:
        return StageAssessment(
            None,
            Text(
                "no stage: only {n} years with a positive value; a stage needs at least {min}",
                n=int(t.size),
                min=MIN_YEARS,
            ),
            left_out=left_out,
        )
    cut = _break(t, y)
    recent = exponential_trend(t[cut:], y[cut:]).rate
    earlier = exponential_trend(t[: cut + 1], y[: cut + 1]).rate if cut > 0 else None
    since = int(t[cut])
    lq_level, lq_trend = _lq_dynamics(t, q, cut)
    share = _saturation_share(fit, float(y[-1]))
    stage, rule_words = _classify(recent, earlier, lq_level, lq_trend, share, rules)
    parts = [_growth_words(recent, earlier, since, int(t[0]), int(t[-1]))]
    if share is not None:
        parts.append(
            Text(
                "{model} curve puts the level at {share} of its saturation",
                model=fit.chosen,
                share=Number(f"{share:.0%}"),
            )
        )
    if lq_level is not None:
        parts.append(_lq_words(lq_level, lq_trend, rules))
    if rule_words:
        parts.append(rule_words)
    periods = _periods(t, earlier, cut, stage, rules)
    return StageAssessment(
        stage,
        joined("; ", parts),
        recent,
        earlier,
        since,
        lq_level,
        lq_trend,
        share,
        periods,
        left_out,
    )


def _break(t: np.ndarray, y: np.ndarray) -> int:
    """Index of the break year: where two log-linear trends (sharing it) fit best.

    With fewer than five years there is no room for two trends of three years: index 0.
    """
    if t.size < 5:
        return 0
    z = np.log(y)
    best, best_sse = 0, math.inf
    for k in range(2, t.size - 2):
        sse = _sse(t[: k + 1], z[: k + 1]) + _sse(t[k:], z[k:])
        if sse < best_sse - 1e-12:
            best, best_sse = k, sse
    return best


def _sse(x: np.ndarray, z: np.ndarray) -> float:
    coefficients = np.polyfit(x, z, 1)
    return float(np.sum((np.polyval(coefficients, x) - z) ** 2))


def _lq_dynamics(t, q, cut) -> tuple[float | None, float | None]:
    """Last known LQ and its growth per year over the recent window (all years if too few)."""
    if q is None:
        return None, None
    known = np.isfinite(q) & (q > 0)
    if not known.any():
        return None, None
    level = float(q[known][-1])
    window = known.copy()
    window[:cut] = False
    if window.sum() < 2:
        window = known
    trend = exponential_trend(t[window], q[window]).rate if window.sum() >= 2 else None
    return level, trend


def _saturation_share(fit: SeriesFit | None, last: float) -> float | None:
    """Last level over the fitted saturation, when a rising S-curve was chosen with certainty."""
    if fit is None or fit.best is None or not fit.beats_line:
        return None
    best = fit.best
    rising = {
        "logistic": best.parameters.get("r", 0) > 0,
        "gompertz": best.parameters.get("c", 0) > 0,
        "bass": best.parameters.get("m", 0) > 0,
    }[best.model]
    saturation = best.derived.get("saturation", math.nan)
    if not rising or not saturation > 0:
        return None  # a falling S: its "saturation" is where it came from
    return last / saturation


def _classify(g, g0, lq_level, lq_trend, share, rules: StageRules) -> tuple[str, Text | str]:
    """The stage and, where a rule beyond plain growth decided it, that rule in words."""
    if g0 is not None and g0 < rules.decline and g >= rules.slow:
        return "renewal", Text("it grows again after a decline")
    if g < rules.decline:
        return "decline", ""
    if g < rules.slow and lq_trend is not None and lq_trend < rules.lq_losing:
        return "decline", Text("it stagnates while the region loses ground to the reference")
    if g >= rules.fast:
        if share is not None and share < rules.early_share:
            return "emergence", Text("early on its S-curve")
        if (
            lq_level is not None
            and lq_level < 1
            and lq_trend is not None
            and lq_trend > rules.lq_move
        ):
            return "emergence", Text("fast growth from a small, rising specialisation")
    if g >= rules.slow:
        if share is not None and share > rules.late_share:
            return "maturity", Text("close to its saturation")
        return "growth", ""
    return "maturity", ""


def _pct(rate: float) -> Text:
    return Text("{rate} %/yr", rate=Number(f"{100 * rate:.1f}".replace("-", "\u2212")))


def _growth_words(g, g0, since, first, last) -> Text:
    if g0 is None:
        return Text("growth {rate} over {first}\u2013{last}", rate=_pct(g), first=first, last=last)
    if abs(g - g0) < 0.005:
        return Text(
            "growth steady at {rate} ({before} before {since})",
            rate=_pct(g),
            before=_pct(g0),
            since=since,
        )
    if g0 < 0 and g < 0:
        message = (
            N_("decline eased from {before} to {rate} since {since}")
            if g > g0
            else N_("decline deepened from {before} to {rate} since {since}")
        )
    elif g0 < 0 <= g:
        message = N_("growth returned from {before} to {rate} since {since}")
    elif g < 0 <= g0:
        message = N_("growth turned to decline from {before} to {rate} since {since}")
    else:
        message = (
            N_("growth slowed from {before} to {rate} since {since}")
            if g < g0
            else N_("growth picked up from {before} to {rate} since {since}")
        )
    return Text(message, before=_pct(g0), rate=_pct(g), since=since)


def _lq_words(level: float, trend: float | None, rules: StageRules) -> Text:
    if trend is None:
        return Text("LQ {level}", level=Number(f"{level:.2f}"))
    if trend > rules.lq_move:
        message = N_("LQ {level} and rising ({rate})")
    elif trend < -rules.lq_move:
        message = N_("LQ {level} and falling ({rate})")
    else:
        message = N_("LQ {level} and stable ({rate})")
    return Text(message, level=Number(f"{level:.2f}"), rate=_pct(trend))


def _periods(t, earlier, cut, stage, rules: StageRules) -> tuple[StagePeriod, ...]:
    """The earlier window's stage (from its growth alone) and the recent one's, merged if equal."""
    recent = StagePeriod(int(t[cut]), int(t[-1]), stage)
    if earlier is None:
        return (recent,)
    if earlier < rules.decline:
        before = "decline"
    elif earlier >= rules.slow:
        before = "growth"
    else:
        before = "maturity"
    if before == stage:
        return (StagePeriod(int(t[0]), int(t[-1]), stage),)
    return (StagePeriod(int(t[0]), int(t[cut]), before), recent)
