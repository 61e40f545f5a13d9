"""S-curve fits of an industry's series (logistic, Gompertz, Bass), chosen by information criterion.

An industry's employment, establishments or value added often follows an S-curve over its life:
slow start, fast growth, saturation (or the mirror image in decline). This module fits three
S-curves by nonlinear least squares, reports each one's parameters, R², AIC/AICc/BIC and a
pointwise confidence band, picks the best by the chosen criterion, and says plainly when no
S-curve can be fitted (too few years, a flat series, no bend the data can pin down).

Models (``t`` in years, ``t1`` = first year with a value)

- logistic: ``y = K / (1 + exp(-r (t - t0)))`` with saturation ``K``, rate ``r`` (negative for a
  decline) and midpoint year ``t0``;
- Gompertz: ``y = K exp(-b exp(-c (t - t1)))``; inflection year ``t1 + ln(b) / c``;
- Bass: ``y = y0 + m F(t - t1)`` with ``F(u) = (1 - e^{-(p+q)u}) / (1 + (q/p) e^{-(p+q)u})``:
  the level at the first year plus a diffusion of ``m`` more (``m < 0`` for a decline);
  peak year ``t1 + ln(q/p) / (p + q)``.

Missing-value policy: non-finite values are left out of the fit and listed in
``SeriesFit.omitted_years``; the fit uses the rest.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import optimize, special

from desktop_app.errors import UserError
from desktop_app.pacing import paced
from desktop_app.texts import Number, Text, joined

__all__ = [
    "CRITERIA",
    "MIN_POINTS",
    "MIN_R2",
    "MODELS",
    "ExponentialTrend",
    "FitError",
    "LinearisedLogistic",
    "ModelFit",
    "SeriesFit",
    "exponential_trend",
    "fit_series",
    "linearised_logistic",
    "model_curve",
]

MODELS = ("logistic", "gompertz", "bass")
#: Each model's name as a reader sees it.
MODEL_WORDS = {"logistic": Text("logistic"), "gompertz": Text("Gompertz"), "bass": Text("Bass")}
CRITERIA = ("aicc", "aic", "bic")
#: Fewest years with values for which an S-curve (three or four parameters) is attempted.
MIN_POINTS = 6
#: A series whose range is below this share of its mean is called flat.
FLAT_RANGE = 0.02
#: A fit explaining less of the variation than this (R²) is not reported as an S-curve.
MIN_R2 = 0.5
#: Saturation levels are searched up to this multiple of the largest value.
MAX_SATURATION = 20.0


class FitError(UserError):
    """The input cannot be fitted as given (shapes differ, years repeat or are not increasing)."""


@dataclass(frozen=True)
class ModelFit:
    """One model fitted to one series.

    ``ok`` is False when the model did not converge or its parameters are not pinned down by the
    data (a parameter on its search bound, an undefined covariance); ``reason`` then says why and
    the numbers are NaN. ``band_*`` hold the 95 % pointwise band at ``curve_years``.
    """

    model: str
    ok: bool
    reason: str = ""
    parameters: dict[str, float] = field(default_factory=dict)
    standard_errors: dict[str, float] = field(default_factory=dict)
    derived: dict[str, float] = field(default_factory=dict)
    r2: float = math.nan
    rss: float = math.nan
    aic: float = math.nan
    aicc: float = math.nan
    bic: float = math.nan
    fitted: np.ndarray = field(default_factory=lambda: np.empty(0))
    curve_years: np.ndarray = field(default_factory=lambda: np.empty(0))
    curve: np.ndarray = field(default_factory=lambda: np.empty(0))
    band_low: np.ndarray = field(default_factory=lambda: np.empty(0))
    band_high: np.ndarray = field(default_factory=lambda: np.empty(0))
    #: Covariance of ``parameters`` (in their order, in the series' units): regional futures
    #: draw parameter sets from it for the curve's own uncertainty.
    covariance: np.ndarray = field(default_factory=lambda: np.empty((0, 0)))

    def criterion(self, name: str) -> float:
        return {"aic": self.aic, "aicc": self.aicc, "bic": self.bic}[name]


@dataclass(frozen=True)
class SeriesFit:
    """All model fits of one series and the chosen one (``chosen`` is None for "no fit")."""

    years: np.ndarray
    values: np.ndarray
    omitted_years: tuple[int, ...]
    fits: dict[str, ModelFit]
    chosen: str | None
    criterion: str
    reason: str
    #: The chosen S-curve beats a straight line on the criterion: the bend is in the data.
    beats_line: bool = False

    @property
    def best(self) -> ModelFit | None:
        return self.fits[self.chosen] if self.chosen else None


def _logistic(u, k, r, u0):
    return k / (1.0 + np.exp(-r * (u - u0)))


def _gompertz(u, k, b, c):
    return k * np.exp(-b * np.exp(-c * u))


def _bass(u, y0, m, p, q):
    decay = np.exp(-(p + q) * u)
    return y0 + m * (1.0 - decay) / (1.0 + (q / p) * decay)


def _logistic_jacobian(u, k, r, u0):
    e = np.exp(-r * (u - u0))
    d = 1.0 / (1.0 + e)
    return np.column_stack([d, k * e * (u - u0) * d * d, -k * e * r * d * d])


def _gompertz_jacobian(u, k, b, c):
    decay = np.exp(-c * u)
    g = np.exp(-b * decay)
    return np.column_stack([g, -k * decay * g, k * b * u * decay * g])


#: Analytic gradients where they are short: fewer evaluations than finite differences.
_JACOBIANS: dict[str, Callable[..., np.ndarray]] = {
    "logistic": _logistic_jacobian,
    "gompertz": _gompertz_jacobian,
}

_FUNCTIONS: dict[str, Callable[..., np.ndarray]] = {
    "logistic": _logistic,
    "gompertz": _gompertz,
    "bass": _bass,
}
#: Index of the parameter that sets the ceiling (or the size of the change, for Bass).
_LEVEL = {"logistic": 0, "gompertz": 0, "bass": 1}
_NAMES = {
    "logistic": ("K", "r", "t0"),
    "gompertz": ("K", "b", "c"),
    "bass": ("y0", "m", "p", "q"),
}


def model_curve(model: str, parameters: dict[str, float], years, first_year: float) -> np.ndarray:
    """Values of a fitted model at ``years``, with parameters as :class:`ModelFit` reports them."""
    u = np.asarray(years, dtype=float) - first_year
    p = dict(parameters)
    if model == "logistic":
        return _logistic(u, p["K"], p["r"], p["t0"] - first_year)
    if model == "gompertz":
        return _gompertz(u, p["K"], p["b"], p["c"])
    if model == "bass":
        return _bass(u, p["y0"], p["m"], p["p"], p["q"])
    raise ValueError(f"Unknown model {model!r}; models are {', '.join(MODELS)}.")


@dataclass(frozen=True)
class LinearisedLogistic:
    """REAT-style logistic: OLS of ``ln((y_max - y) / y)`` on ``t`` with ``y_max`` fixed.

    ``y = y_max / (1 + exp(a + b t))``; ``r2`` is the R² of that linear regression.
    """

    y_max: float
    a: float
    b: float
    r2: float


def linearised_logistic(years, values, y_max: float | None = None) -> LinearisedLogistic:
    """Logistic with a fixed ceiling by linear regression, as REAT's ``curvefit`` does it.

    Used as the starting point of the nonlinear fit and as the reference check against REAT.

    Notes
    -----
    ``y_max`` defaults to ``1.001 * max(y)`` (REAT 3.0.3, ``R/curvefit.R``). All values must be
    positive and below ``y_max``.
    """
    t, y = _clean_pair(years, values)
    if y_max is None:
        y_max = float(np.max(y)) * 1.001
    if np.any(y <= 0) or np.any(y >= y_max):
        raise FitError(Text("The linearised logistic needs 0 < value < ceiling for every year."))
    slope, intercept, r2 = _ols(t, np.log((y_max - y) / y))
    return LinearisedLogistic(float(y_max), intercept, slope, r2)


@dataclass(frozen=True)
class ExponentialTrend:
    """Log-linear trend ``y = A e^{b t}``: ``rate`` = ``e^b - 1`` is the average growth per year."""

    a: float
    b: float
    r2: float

    @property
    def rate(self) -> float:
        return math.expm1(self.b)


def exponential_trend(years, values) -> ExponentialTrend:
    """Average yearly growth of a positive series by OLS of ``ln y`` on ``t``.

    Notes
    -----
    Same estimator as the exponential model of REAT's ``curvefit`` (``lm(log(y) ~ x)``); ``a``
    is ``exp(intercept)``. Needs at least two positive values.
    """
    t, y = _clean_pair(years, values)
    if t.size < 2:
        raise FitError(Text("A growth trend needs at least two years with values."))
    if np.any(y <= 0):
        raise FitError(Text("A growth trend needs positive values."))
    slope, intercept, r2 = _ols(t, np.log(y))
    return ExponentialTrend(math.exp(intercept), slope, r2)


def fit_series(
    years,
    values,
    *,
    models: tuple[str, ...] = MODELS,
    criterion: str = "aicc",
    band_level: float = 0.95,
    extend: int = 0,
) -> SeriesFit:
    """Fit the S-curves to one series and choose the best by an information criterion.

    Parameters
    ----------
    years, values : array_like
        One value per year; years strictly increasing. NaN values are left out (see module doc).
    models : tuple of str
        Which of ``MODELS`` to try.
    criterion : {'aicc', 'aic', 'bic'}
        How to choose among converged, identified fits. AICc (small-sample AIC) is the default
        because regional series are short.
    band_level : float
        Coverage of the pointwise confidence band.
    extend : int
        Years beyond the last one for which the curve and band are also given.

    Returns
    -------
    SeriesFit
        ``chosen`` is None with a ``reason`` when the series is too short, flat, not positive,
        or no model could be identified.

    Notes
    -----
    Least squares by ``scipy.optimize.curve_fit`` (trust-region reflective, bounded), from several
    starting points (the REAT-style linearised logistic among them), on values scaled by their
    mean. With ``n`` points, ``k`` parameters and residual sum of squares RSS:
    ``AIC = n ln(RSS/n) + 2k``, ``AICc = AIC + 2k(k+1)/(n-k-1)``, ``BIC = n ln(RSS/n) + k ln n``.
    A fit explaining less than ``MIN_R2`` of the variation is not reported. The chosen curve is
    also compared with a straight line on the same criterion (``beats_line``): when the line does
    as well, the reason says the bend is not certain.
    The band is ``ŷ ± t_{n-k} sqrt(J Σ Jᵀ)`` with ``Σ`` the parameter covariance and ``J`` the
    gradient of the curve in the parameters (delta method).
    """
    if criterion not in CRITERIA:
        raise ValueError(f"Unknown criterion {criterion!r}; use one of {', '.join(CRITERIA)}.")
    unknown = [m for m in models if m not in _FUNCTIONS]
    if unknown:
        raise ValueError(f"Unknown model {unknown[0]!r}; models are {', '.join(MODELS)}.")
    t_all = np.asarray(years, dtype=float)
    y_all = np.asarray(values, dtype=float)
    if t_all.shape != y_all.shape or t_all.ndim != 1:
        raise FitError(Text("Years and values must be one-dimensional and of the same length."))
    if t_all.size > 1 and np.any(np.diff(t_all) <= 0):
        raise FitError(Text("Years must be strictly increasing."))
    keep = np.isfinite(y_all)
    omitted = tuple(int(v) for v in t_all[~keep])
    t, y = t_all[keep], y_all[keep]

    def no_fit(reason: str, fits: dict[str, ModelFit] | None = None) -> SeriesFit:
        return SeriesFit(t, y, omitted, fits or {}, None, criterion, reason)

    if t.size < MIN_POINTS:
        return no_fit(Text(
            "no fit: only {count} years with values; an S-curve needs at least {needed}",
            count=int(t.size), needed=MIN_POINTS,
        ))
    if np.any(y <= 0):
        return no_fit(Text("no fit: the series has zero or negative values"))
    spread = (y.max() - y.min()) / y.mean()
    if spread < FLAT_RANGE:
        return no_fit(Text(
            "no fit: the series is flat (it moves by {spread} % of its mean); there is no curve "
            "to fit", spread=Number(f"{100 * spread:.1f}"),
        ))
    fits = {
        name: _fit_model(name, t, y, band_level, extend)
        for name in models
        if _n_params(name) < t.size - 1
    }
    usable = [f for f in fits.values() if f.ok]
    if not usable:
        why = joined("; ", (Text("{model}: {why}", model=MODEL_WORDS[f.model], why=f.reason)
                            for f in fits.values()))
        return no_fit(Text("no fit: no S-curve is pinned down by the data ({why})", why=why), fits)
    best = min(usable, key=lambda f: f.criterion(criterion))
    others = [f for f in usable if f is not best]
    parts = [Text("{model} has the lowest {criterion} ({value})", model=MODEL_WORDS[best.model],
                  criterion=criterion.upper(), value=Number(f"{best.criterion(criterion):.1f}"))]
    if others:
        gap = min(f.criterion(criterion) for f in others) - best.criterion(criterion)
        parts.append(Text(", {gap} below the next model", gap=Number(f"{gap:.1f}")))
        if gap < 2:
            parts.append(Text(" (a weak preference)"))
    line = _line_criteria(t, y)[criterion]
    beats_line = best.criterion(criterion) < line
    if not beats_line:
        parts.append(Text("; a straight line fits as well ({criterion} {value}), so the bend is "
                          "not certain", criterion=criterion.upper(), value=Number(f"{line:.1f}")))
    reason = joined("", parts)
    return SeriesFit(t, y, omitted, fits, best.model, criterion, reason, beats_line)


def _line_criteria(t: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """AIC, AICc and BIC of a straight line (two parameters), the baseline an S-curve must beat."""
    slope, intercept, _ = _ols(t, y)
    rss = float(np.sum((y - intercept - slope * t) ** 2))
    return _criteria(rss, t.size, 2)


def _criteria(rss: float, n: int, k: int) -> dict[str, float]:
    log_term = n * math.log(max(rss, 1e-300) / n)
    aic = log_term + 2 * k
    return {
        "aic": aic,
        "aicc": aic + 2 * k * (k + 1) / (n - k - 1),
        "bic": log_term + k * math.log(n),
    }


def _n_params(name: str) -> int:
    return len(_NAMES[name])


def _clean_pair(years, values) -> tuple[np.ndarray, np.ndarray]:
    t = np.asarray(years, dtype=float)
    y = np.asarray(values, dtype=float)
    if t.shape != y.shape or t.ndim != 1:
        raise FitError(Text("Years and values must be one-dimensional and of the same length."))
    keep = np.isfinite(y) & np.isfinite(t)
    return t[keep], y[keep]


def _ols(x: np.ndarray, z: np.ndarray) -> tuple[float, float, float]:
    """Slope, intercept and R² of the least-squares line of ``z`` on ``x``."""
    xm, zm = x.mean(), z.mean()
    sxx = float(np.sum((x - xm) ** 2))
    slope = float(np.sum((x - xm) * (z - zm)) / sxx)
    intercept = float(zm - slope * xm)
    total = float(np.sum((z - zm) ** 2))
    resid = float(np.sum((z - intercept - slope * x) ** 2))
    return slope, intercept, (1.0 - resid / total) if total > 0 else math.nan


def _starts_and_bounds(name: str, u: np.ndarray, s: np.ndarray):
    """Starting points and bounds in scaled units (values divided by their mean, u = t - t1)."""
    top, span = float(s.max()), float(u[-1])
    growing = s[-1] >= s[0]
    if name == "logistic":
        starts = []
        for factor in (1.05, 2.0):
            ceiling = top * factor
            z = np.log(ceiling / s - 1.0)
            slope, intercept, _ = _ols(u, z)
            if slope != 0:
                starts.append([ceiling, -slope, -intercept / slope])
        bounds = ([0.0, -5.0, -3 * span - 10], [MAX_SATURATION * top, 5.0, 4 * span + 10])
    elif name == "gompertz":
        starts = [
            [top * f, math.log(top * f / s[0]) or 0.1, 0.3 if growing else -0.3]
            for f in (1.05, 2.0)
        ]
        bounds = ([0.0, -50.0, -5.0], [MAX_SATURATION * top, 50.0, 5.0])
    else:
        change = float(s[-1] - s[0]) or 0.1
        starts = [[float(s[0]), change * f, 0.03, 0.4] for f in (1.2, 3.0)]
        bounds = (
            [0.0, -MAX_SATURATION * top, 1e-4, 0.0],
            [2 * top, MAX_SATURATION * top, 2.0, 5.0],
        )
    starts = [np.clip(x0, np.add(bounds[0], 1e-6), np.subtract(bounds[1], 1e-6)) for x0 in starts]
    return starts, bounds


def _fit_model(name: str, t: np.ndarray, y: np.ndarray, band_level: float, extend: int) -> ModelFit:
    f = _FUNCTIONS[name]
    scale = float(y.mean())
    t1 = float(t[0])
    u, s = t - t1, y / scale
    starts, bounds = _starts_and_bounds(name, u, s)
    best = None
    for x0 in starts:
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                jac = _JACOBIANS.get(name, "2-point")
                popt, pcov = optimize.curve_fit(
                    paced(f),  # the fit's many small numpy calls let a window run between
                    u,
                    s,
                    p0=x0,
                    bounds=bounds,
                    max_nfev=150,
                    jac=jac if isinstance(jac, str) else paced(jac),
                )
        except (RuntimeError, ValueError, optimize.OptimizeWarning):
            continue
        rss = float(np.sum((f(u, *popt) - s) ** 2))
        if np.isfinite(rss) and (best is None or rss < best[2]):
            best = (popt, pcov, rss)
    if best is None:
        return ModelFit(name, False, Text("did not converge"))
    popt, pcov, _ = best
    lo, hi = np.asarray(bounds[0], float), np.asarray(bounds[1], float)
    width = hi - lo
    on_bound = [
        _NAMES[name][k]
        for k in range(popt.size)
        if min(popt[k] - lo[k], hi[k] - popt[k]) < 1e-4 * width[k]
        and not (name == "bass" and _NAMES[name][k] == "q")
    ]
    if on_bound:
        what = ", ".join(on_bound)
        return ModelFit(name, False, Text(
            "{what} runs to the edge of its range (no bend in the data)", what=what))
    if not np.all(np.isfinite(pcov)):
        return ModelFit(name, False, Text("parameters not identified (undefined covariance)"))
    level = _LEVEL[name]
    level_error = math.sqrt(max(pcov[level, level], 0.0))
    if level_error > abs(popt[level]):
        what = _NAMES[name][level]
        return ModelFit(name, False, Text(
            "{what} is not pinned down (its standard error exceeds it)", what=what))
    fit = _describe(name, t, y, scale, popt, pcov, band_level, extend)
    if not fit.r2 >= MIN_R2:
        return ModelFit(name, False, Text("explains only {share} % of the variation",
                                          share=Number(f"{100 * max(fit.r2, 0):.0f}")))
    return fit


def _describe(name, t, y, scale, popt, pcov, band_level, extend) -> ModelFit:
    """Turn a scaled fit into parameters in the series' own units, quality and band."""
    f = _FUNCTIONS[name]
    t1 = float(t[0])
    n, k = t.size, popt.size
    fitted = f(t - t1, *popt) * scale
    rss = float(np.sum((y - fitted) ** 2))
    tss = float(np.sum((y - y.mean()) ** 2))
    criteria = _criteria(rss, n, k)
    errors = np.sqrt(np.clip(np.diag(pcov), 0, None))
    # to the series' units: levels scale with the mean; the logistic midpoint becomes a year
    unit = {"logistic": (scale, 1, 1), "gompertz": (scale, 1, 1), "bass": (scale, scale, 1, 1)}
    factors = np.asarray(unit[name], dtype=float)
    values = popt * factors
    if name == "logistic":
        values[2] += t1
    names = _NAMES[name]
    parameters = {nm: float(v) for nm, v in zip(names, values, strict=True)}
    standard_errors = {
        nm: float(e * fct) for nm, e, fct in zip(names, errors, factors, strict=True)
    }
    derived = _derived(name, parameters, t1)
    covariance = pcov * np.outer(factors, factors)
    curve_years = np.arange(t[0], t[-1] + extend + 1, dtype=float)
    curve, low, high = _band(f, curve_years - t1, popt, pcov, n - k, band_level)
    return ModelFit(
        name,
        True,
        "",
        parameters,
        standard_errors,
        derived,
        r2=1.0 - rss / tss if tss > 0 else math.nan,
        rss=rss,
        fitted=fitted,
        **criteria,
        curve_years=curve_years,
        curve=curve * scale,
        band_low=low * scale,
        band_high=high * scale,
        covariance=covariance,
    )


def _derived(name: str, p: dict[str, float], t1: float) -> dict[str, float]:
    """Quantities people read off a curve: ceiling, inflection (or peak) year."""
    if name == "logistic":
        return {"saturation": p["K"], "inflection_year": p["t0"]}
    if name == "gompertz":
        year = t1 + math.log(p["b"]) / p["c"] if p["b"] > 0 and p["c"] != 0 else math.nan
        return {"saturation": p["K"], "inflection_year": year}
    ratio = p["q"] / p["p"]
    year = t1 + math.log(ratio) / (p["p"] + p["q"]) if ratio > 1 else math.nan
    return {"saturation": p["y0"] + p["m"], "inflection_year": year}


def _band(f, u, popt, pcov, dof, level):
    """Curve and delta-method pointwise band at ``u``."""
    curve = f(u, *popt)
    grad = np.empty((u.size, popt.size))
    for j in range(popt.size):
        step = 1e-6 * max(abs(popt[j]), 1e-3)
        up, down = popt.copy(), popt.copy()
        up[j] += step
        down[j] -= step
        grad[:, j] = (f(u, *up) - f(u, *down)) / (2 * step)
    se = np.sqrt(np.clip(np.einsum("ij,jk,ik->i", grad, pcov, grad), 0, None))
    # Student's t quantile: stdtrit is what stats.t.ppf computes, without importing scipy.stats
    # (a third of scipy, left out of the installer)
    half = special.stdtrit(max(dof, 1), 0.5 + level / 2) * se
    return curve, curve - half, curve + half
