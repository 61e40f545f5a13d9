"""Regional futures: baselines per industry, variant effects, macro shocks, Monte Carlo.

Pure numpy; formulas in docs/futures.md.
"""

from desktop_app.core.futures.baselines import (
    BASELINE_KINDS,
    GOOD_R2,
    Baseline,
    BaselineError,
    choose_baseline,
    curve_baseline,
    lifecycle_baseline,
    shift_share_baseline,
    trend_baseline,
)
from desktop_app.core.futures.effects import ALL_INDUSTRIES, Effect, EffectError, pert_draws
from desktop_app.core.futures.shocks import RECOVERY_SHAPES, Shock, ShockError
from desktop_app.core.futures.simulation import (
    QUANTILES,
    Ensemble,
    FuturesResult,
    ScenarioInputs,
    ScenarioProjection,
    Structure,
    effect_swings,
    ensemble,
    simulate,
    structure,
)

__all__ = [
    "ALL_INDUSTRIES",
    "BASELINE_KINDS",
    "GOOD_R2",
    "QUANTILES",
    "RECOVERY_SHAPES",
    "Baseline",
    "BaselineError",
    "Effect",
    "EffectError",
    "Ensemble",
    "FuturesResult",
    "ScenarioInputs",
    "ScenarioProjection",
    "Shock",
    "ShockError",
    "Structure",
    "choose_baseline",
    "curve_baseline",
    "effect_swings",
    "ensemble",
    "lifecycle_baseline",
    "pert_draws",
    "shift_share_baseline",
    "simulate",
    "structure",
    "trend_baseline",
]
