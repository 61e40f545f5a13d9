"""Baselines of regional futures: each industry's own growth path after its last observed year.

A baseline gives the growth rate ``g(t)`` of every projected year, as a point estimate and as
random draws that carry the baseline's own uncertainty. The projection (``simulation``) starts
from the last observed level and applies ``level(t) = level(t-1) (1 + g(t) + x)``, so the same
effects apply to a trend and to an S-curve. Formulas and choices: docs/futures.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from desktop_app.core.lifecycle_fit import MODELS, SeriesFit, model_curve
from desktop_app.errors import UserError
from desktop_app.texts import Number, Text

__all__ = [
    "BASELINE_KINDS",
    "GOOD_R2",
    "Baseline",
    "BaselineError",
    "LifecycleBaseline",
    "ShiftShareBaseline",
    "TrendBaseline",
    "choose_baseline",
    "curve_baseline",
    "lifecycle_baseline",
    "shift_share_baseline",
    "trend_baseline",
]

BASELINE_KINDS = ("lifecycle", "trend", "shift-share")
#: The lifecycle fit is the default baseline only when it explains this much of the variation
#: and beats a straight line; otherwise the trend is used.
GOOD_R2 = 0.9


class BaselineError(UserError):
    """A baseline cannot be made from the series given; the message says what is missing."""


@dataclass(frozen=True)
class Baseline:
    """What every baseline shares: where the projection starts and how it was made."""

    kind: str
    last_year: int
    last_value: float
    #: One line for people: which baseline, from which years, with which quality.
    description: str

    def growth(self, years: np.ndarray) -> np.ndarray:
        """Point growth rate of each projected year (fraction, 0.02 = 2 %)."""
        raise NotImplementedError

    def draw_growth(self, rng: np.random.Generator, n: int, years: np.ndarray) -> np.ndarray:
        """``n`` draws of the growth of each projected year, shape ``(n, len(years))``."""
        raise NotImplementedError


def _log_growths(years, values, window: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Years, values and annual log growth rates of the last ``window`` years with values.

    Gaps are bridged: a step over k years counts as k years of the same rate.
    """
    t = np.asarray(years, dtype=float)
    y = np.asarray(values, dtype=float)
    keep = np.isfinite(y)
    t, y = t[keep], y[keep]
    if window is not None and t.size:
        inside = t >= t[-1] - window
        t, y = t[inside], y[inside]
    if t.size < 2:
        raise BaselineError(Text("A trend needs at least two years with values in its window."))
    if np.any(y <= 0):
        raise BaselineError(Text(
            "A trend needs positive values; the series has zero or negative ones.",
        ))
    steps = np.diff(t)
    rates = np.diff(np.log(y)) / steps
    return t, y, np.repeat(rates, steps.astype(int))


@dataclass(frozen=True)
class TrendBaseline(Baseline):
    """Constant growth at the CAGR of a window; draws bootstrap the window's annual log rates."""

    log_rates: tuple[float, ...] = ()

    @property
    def cagr(self) -> float:
        return math.expm1(float(np.mean(self.log_rates)))

    def growth(self, years: np.ndarray) -> np.ndarray:
        return np.full(len(years), self.cagr)

    def draw_growth(self, rng: np.random.Generator, n: int, years: np.ndarray) -> np.ndarray:
        rates = np.asarray(self.log_rates)
        picks = rng.integers(0, rates.size, size=(n, rates.size))
        drawn = np.expm1(rates[picks].mean(axis=1))
        return np.repeat(drawn[:, None], len(years), axis=1)


def trend_baseline(years, values, window: int | None = None) -> TrendBaseline:
    """CAGR over the last ``window`` years (all years when None) continued.

    The CAGR ``(y_T / y_S)^(1/(T-S)) - 1`` equals ``exp(mean of annual log rates) - 1``, so
    resampling those rates (bootstrap) gives the uncertainty of the same estimator.
    """
    t, y, rates = _log_growths(years, values, window)
    cagr = math.expm1(float(rates.mean()))
    return TrendBaseline(
        "trend",
        int(t[-1]),
        float(y[-1]),
        Text(
            "trend: {rate} % a year (CAGR {first}-{last})",
            rate=Number(f"{100 * cagr:+.2f}"),
            first=int(t[0]),
            last=int(t[-1]),
        ),
        tuple(float(r) for r in rates),
    )


@dataclass(frozen=True)
class LifecycleBaseline(Baseline):
    """The chosen S-curve continued; draws take parameter sets from the fit's covariance."""

    model: str = ""
    parameters: tuple[tuple[str, float], ...] = ()
    covariance: tuple[tuple[float, ...], ...] = ()
    first_year: float = 0.0

    def _growth_of(self, parameters: dict, years: np.ndarray) -> np.ndarray:
        """Growth of each of ``years``; parameters may be columns ``(n, 1)`` of draws."""
        span = np.concatenate([[years[0] - 1], years]).astype(float)
        curve = model_curve(self.model, parameters, span, self.first_year)
        with np.errstate(all="ignore"):
            return curve[..., 1:] / curve[..., :-1] - 1.0

    def growth(self, years: np.ndarray) -> np.ndarray:
        return self._growth_of(dict(self.parameters), np.asarray(years))

    def draw_growth(self, rng: np.random.Generator, n: int, years: np.ndarray) -> np.ndarray:
        years = np.asarray(years)
        mean = np.array([value for _, value in self.parameters])
        drawn = rng.multivariate_normal(mean, np.asarray(self.covariance), size=n, method="eigh")
        columns = {name: drawn[:, [k]] for k, (name, _) in enumerate(self.parameters)}
        out = self._growth_of(columns, years)
        # A parameter set no curve can have (a negative ceiling) keeps the point path.
        bad = ~np.all(np.isfinite(out) & (out > -1.0), axis=1)
        out[bad] = self.growth(years)
        return out


def lifecycle_baseline(fit: SeriesFit) -> LifecycleBaseline:
    """The chosen S-curve of ``fit`` continued from the last observed level."""
    best = fit.best
    if best is None:
        raise BaselineError(Text(
            "The lifecycle baseline needs an S-curve fit; {reason}.",
            reason=fit.reason,
        ))
    return curve_baseline(
        best.model,
        best.parameters,
        best.covariance,
        first_year=float(fit.years[0]),
        last_year=int(fit.years[-1]),
        last_value=float(fit.values[-1]),
        r2=best.r2,
    )


def curve_baseline(
    model: str,
    parameters: dict[str, float],
    covariance,
    *,
    first_year: float,
    last_year: int,
    last_value: float,
    r2: float,
) -> LifecycleBaseline:
    """A lifecycle baseline from a fit's numbers (as :func:`lifecycle_baseline` or a stored fit)."""
    covariance = np.asarray(covariance, dtype=float)
    if model not in MODELS or covariance.shape != (len(parameters), len(parameters)):
        raise BaselineError(Text("The {model} fit carries no parameter covariance.", model=model))
    return LifecycleBaseline(
        "lifecycle",
        last_year,
        last_value,
        Text("lifecycle: {model} curve (R² {r2})", model=model, r2=Number(f"{r2:.2f}")),
        model,
        tuple((name, float(v)) for name, v in parameters.items()),
        tuple(tuple(float(v) for v in row) for row in covariance),
        first_year,
    )


@dataclass(frozen=True)
class ShiftShareBaseline(Baseline):
    """Reference industry growth plus the region's competitive differential, both continued.

    ``pairs`` are the window's annual log rates (reference industry, region minus reference);
    draws resample years as pairs, keeping the two parts' correlation.
    """

    pairs: tuple[tuple[float, float], ...] = ()

    def growth(self, years: np.ndarray) -> np.ndarray:
        p = np.asarray(self.pairs)
        return np.full(len(years), math.expm1(float(p.sum(axis=1).mean())))

    def draw_growth(self, rng: np.random.Generator, n: int, years: np.ndarray) -> np.ndarray:
        p = np.asarray(self.pairs).sum(axis=1)
        picks = rng.integers(0, p.size, size=(n, p.size))
        drawn = np.expm1(p[picks].mean(axis=1))
        return np.repeat(drawn[:, None], len(years), axis=1)


def shift_share_baseline(
    years, values, reference_values, window: int | None = None
) -> ShiftShareBaseline:
    """Dunn's components continued: reference industry growth ``g_i`` (national share plus
    industry mix) and the regional shift ``r_i - g_i`` of the window, as annual log rates.

    Region and reference must have values in the same years of the window.
    """
    t = np.asarray(years, dtype=float)
    region = np.asarray(values, dtype=float)
    reference = np.asarray(reference_values, dtype=float)
    both = np.isfinite(region) & np.isfinite(reference)
    _, _, ref_rates = _log_growths(t[both], reference[both], window)
    tt, yy, reg_rates = _log_growths(t[both], region[both], window)
    pairs = tuple((float(g), float(r - g)) for g, r in zip(ref_rates, reg_rates, strict=True))
    g_ref = math.expm1(float(ref_rates.mean()))
    shift = float((reg_rates - ref_rates).mean())
    return ShiftShareBaseline(
        "shift-share",
        int(tt[-1]),
        float(yy[-1]),
        Text(
            "shift-share: reference industry {rate} % a year, regional shift {shift} pp "
            "({first}-{last})",
            rate=Number(f"{100 * g_ref:+.2f}"),
            shift=Number(f"{100 * shift:+.2f}"),
            first=int(tt[0]),
            last=int(tt[-1]),
        ),
        pairs,
    )


def choose_baseline(fit: SeriesFit, years, values, window: int | None = None) -> Baseline:
    """The default: the lifecycle fit where its R² is good and it beats a line, else the trend."""
    best = fit.best
    if best is not None and best.r2 >= GOOD_R2 and fit.beats_line:
        return lifecycle_baseline(fit)
    return trend_baseline(years, values, window)
