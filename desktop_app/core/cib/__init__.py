"""Cross-impact balance (CIB) analysis: impact balances, consistent scenarios and why they hold.

A study has descriptors (key factors) with two or more variants each. The cross-impact matrix
``C`` lists every variant of every descriptor along both axes, descriptor by descriptor: row
``(i, k)`` is the impacting variant, column ``(j, l)`` the impacted one. A scenario picks one
variant per descriptor; the impact balance of variant ``l`` of descriptor ``j`` is the sum of the
rows of the chosen variants in column ``(j, l)``.

Self-impact policy: every stored value is counted, the diagonal (self-impact) blocks included.
A well-formed study keeps those blocks at zero; a ScenarioWizard file may store non-zero ones, and
its published solution lists are reproduced only when they are counted.
:meth:`CrossImpactMatrix.self_impact_descriptors` names the descriptors concerned so the caller
can tell the user.

Missing-value policy: a matrix must hold finite numbers only; NaN or infinity raises
:class:`CIBError` naming the row and column labels. An unjudged pair is 0 (no impact).

Notes
-----
Balance, consistency and scores (Weimer-Jehle 2006, "Cross-impact balances: a system-theoretical
approach to cross-impact analysis", Technological Forecasting & Social Change 73, 334-361)::

    theta_jl(z) = sum_i C[(i, z_i), (j, l)]
    IC(z)       = max_j (max_l theta_jl(z) - theta_{j, z_j}(z))     (z consistent iff IC = 0)
    TIS(z)      = sum_j theta_{j, z_j}(z)

One module per concept: :mod:`.matrix` (the matrix, balances, scores), :mod:`.search` (every
consistent scenario, exactly), :mod:`.succession` (from a start to where it settles),
:mod:`.sampling` (random starts for large matrices, and the search with a time limit),
:mod:`.experts` (several experts' matrices: aggregation, disagreement, robustness),
:mod:`.explanations` (why a scenario holds, in words), :mod:`.interventions` (descriptors
forced by a policy or a shock, compared with the free system; context scenarios),
:mod:`.uncertainty` (judgements off by a step: how often a scenario survives, what it hinges on)
and :mod:`.landscape` (scenarios placed by their differences, and their basins of attraction). Names with a leading underscore are
shared between these modules only; everything else is imported from here.
"""

from desktop_app.core.cib.experts import (
    AGGREGATIONS,
    CriticalCell,
    Disagreement,
    EnsembleResult,
    aggregate,
    disagreement,
    ensemble,
)
from desktop_app.core.cib.explanations import DescriptorExplanation, explain, explanation_text
from desktop_app.core.cib.interventions import (
    DESCRIPTOR_KINDS,
    ContextScenarios,
    InterventionComparison,
    VariantShift,
    compare_intervention,
    compare_interventions,
    context_scenarios,
    parse_intervention,
    variant_counts,
)
from desktop_app.core.cib.landscape import (
    Landscape,
    VolumeWeights,
    differing_descriptors,
    landscape,
    volume_weights,
)
from desktop_app.core.cib.matrix import (
    CIBError,
    CrossImpactMatrix,
    impact_balances,
    scenario_scores,
)
from desktop_app.core.cib.sampling import sample, solve_within
from desktop_app.core.cib.search import SearchTimeout, SolveResult, solve
from desktop_app.core.cib.succession import Succession, succession
from desktop_app.core.cib.uncertainty import (
    Hinge,
    ScenarioRobustness,
    hinges,
    perturbations,
    perturbed_robustness,
)

__all__ = [
    "AGGREGATIONS",
    "CIBError",
    "ContextScenarios",
    "DESCRIPTOR_KINDS",
    "InterventionComparison",
    "VariantShift",
    "compare_intervention",
    "compare_interventions",
    "context_scenarios",
    "parse_intervention",
    "variant_counts",
    "CriticalCell",
    "CrossImpactMatrix",
    "DescriptorExplanation",
    "Disagreement",
    "EnsembleResult",
    "SearchTimeout",
    "SolveResult",
    "Succession",
    "aggregate",
    "disagreement",
    "ensemble",
    "explain",
    "explanation_text",
    "impact_balances",
    "sample",
    "scenario_scores",
    "solve",
    "solve_within",
    "succession",
    "Hinge",
    "Landscape",
    "ScenarioRobustness",
    "VolumeWeights",
    "differing_descriptors",
    "hinges",
    "landscape",
    "perturbations",
    "perturbed_robustness",
    "volume_weights",
]
