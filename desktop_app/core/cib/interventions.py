"""Interventions and context: what holding descriptors at chosen variants does to the scenarios.

An intervention (a policy lever pulled, an external shock) forces descriptors to a variant. A
forced descriptor is not asked to be consistent with the rest: its own impact balance is not
checked, and TIS and IC are taken over the other descriptors (Weimer-Jehle 2006, section 6;
``solve(forced=...)``). Comparing the intervened system with the free one shows which
scenarios the intervention removes, which it makes possible, and how often each variant of the
other descriptors occurs before and after.

Context scenarios apply the same idea to a study's external descriptors: each combination of
context variants is forced in turn and the internal scenarios consistent under it are listed.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.cib.matrix import Callback, CIBError, CrossImpactMatrix
from desktop_app.core.cib.search import SolveResult, solve
from desktop_app.texts import Number, Text

#: What a descriptor is to the study's policy questions.
DESCRIPTOR_KINDS = ("system", "lever", "context")

#: Context combinations solved at most by :func:`context_scenarios`.
MAX_CONTEXT_COMBINATIONS = 4096


@dataclass(frozen=True)
class VariantShift:
    """How many scenarios hold one variant of a descriptor, without and with the intervention."""

    descriptor: int
    variant: int
    free: int
    intervened: int


@dataclass(frozen=True)
class InterventionComparison:
    """The free system's scenarios beside the intervened system's.

    Attributes
    ----------
    forced : dict
        {descriptor index: variant index} of the intervention.
    free, intervened : SolveResult
    kept, disappeared, appeared : list of tuple of int
        Scenarios in both, only in the free system, only under the intervention (variant
        indices per descriptor, in the order of ``free`` and ``intervened`` respectively).
    shifts : list of VariantShift
        Every variant of every descriptor that is not forced whose count differs.
    """

    forced: dict[int, int]
    free: SolveResult
    intervened: SolveResult
    kept: list[tuple[int, ...]]
    disappeared: list[tuple[int, ...]]
    appeared: list[tuple[int, ...]]
    shifts: list[VariantShift]


def parse_intervention(matrix: CrossImpactMatrix, items: Sequence[str]) -> dict[int, int]:
    """{descriptor index: variant index} from "Descriptor=Variant" texts (names as in the study).

    Raises
    ------
    CIBError
        A text without '=', a descriptor or variant the study does not have (the message lists
        what it has), or one descriptor given twice.
    """
    forced: dict[int, int] = {}
    for item in items:
        name, sep, variant = item.partition("=")
        name, variant = name.strip(), variant.strip()
        if not sep:
            raise CIBError(Text(
                "{item}: write the intervention as Descriptor=Variant",
                item=f"{item!r}",
            ))
        if name not in matrix.descriptors:
            raise CIBError(
                f"{item!r}: the study has no descriptor {name!r}; it has "
                + ", ".join(matrix.descriptors)
            )
        j = matrix.descriptors.index(name)
        if variant not in matrix.variants[j]:
            raise CIBError(
                f"{item!r}: descriptor {name!r} has no variant {variant!r}; it has "
                + ", ".join(matrix.variants[j])
            )
        if j in forced:
            raise CIBError(Text("descriptor {name} is given twice", name=f"{name!r}"))
        forced[j] = matrix.variants[j].index(variant)
    return forced


def compare_intervention(
    matrix: CrossImpactMatrix,
    forced: dict[int, int],
    max_ic: float = 0,
    free: SolveResult | None = None,
    callback: Callback | None = None,
) -> InterventionComparison:
    """The scenarios under ``forced`` beside those of the free system (solved unless given)."""
    if not forced:
        raise CIBError(Text("an intervention holds at least one descriptor at a variant"))
    if free is None:
        free = solve(matrix, max_ic=max_ic)
    intervened = solve(matrix, max_ic=max_ic, forced=forced, callback=callback)
    before = [tuple(int(v) for v in z) for z in free.scenarios]
    after = [tuple(int(v) for v in z) for z in intervened.scenarios]
    before_set, after_set = set(before), set(after)
    counts_free = variant_counts(matrix, free.scenarios)
    counts_forced = variant_counts(matrix, intervened.scenarios)
    shifts = [
        VariantShift(j, v, int(counts_free[j][v]), int(counts_forced[j][v]))
        for j in range(len(matrix.descriptors))
        if j not in forced
        for v in range(len(matrix.variants[j]))
        if counts_free[j][v] != counts_forced[j][v]
    ]
    return InterventionComparison(
        forced=dict(forced),
        free=free,
        intervened=intervened,
        kept=[z for z in after if z in before_set],
        disappeared=[z for z in before if z not in after_set],
        appeared=[z for z in after if z not in before_set],
        shifts=shifts,
    )


def variant_counts(matrix: CrossImpactMatrix, scenarios: np.ndarray) -> list[np.ndarray]:
    """``result[j][v]``: the number of scenarios in which descriptor j takes variant v."""
    z = np.asarray(scenarios, dtype=np.int64).reshape(-1, len(matrix.descriptors))
    return [np.bincount(z[:, j], minlength=len(vs)) for j, vs in enumerate(matrix.variants)]


@dataclass(frozen=True)
class ContextScenarios:
    """The consistent internal scenarios under one combination of context variants."""

    context: dict[int, int]
    result: SolveResult


def context_scenarios(
    matrix: CrossImpactMatrix,
    context: Sequence[int],
    max_ic: float = 0,
    callback: Callback | None = None,
) -> list[ContextScenarios]:
    """For each combination of the context descriptors' variants, the scenarios under it.

    The context descriptors are forced (external: their own balances are not checked), so each
    result lists the internal scenarios consistent with that context.

    Raises
    ------
    CIBError
        No context descriptor, every descriptor context, or more than
        :data:`MAX_CONTEXT_COMBINATIONS` combinations (the message gives the number).
    """
    context = sorted(set(int(j) for j in context))
    d = len(matrix.descriptors)
    if not context:
        raise CIBError(Text("mark at least one descriptor as context"))
    if len(context) == d:
        raise CIBError(Text("every descriptor is context: no internal scenario is left to find"))
    if not all(0 <= j < d for j in context):
        raise CIBError(Text("a context descriptor is not in the study"))
    total = math.prod(len(matrix.variants[j]) for j in context)
    if total > MAX_CONTEXT_COMBINATIONS:
        raise CIBError(
            Text(
                "the context descriptors have {total} combinations of variants; at most "
                "{max_context_combinations} are solved one by one",
                total=Number(f"{total:,}"),
                max_context_combinations=Number(f"{MAX_CONTEXT_COMBINATIONS:,}"),
            )
        )
    out = []
    combos = itertools.product(*(range(len(matrix.variants[j])) for j in context))
    for k, combo in enumerate(combos):
        if callback:
            callback(k / total)
        forced = dict(zip(context, combo, strict=True))
        out.append(ContextScenarios(forced, solve(matrix, max_ic=max_ic, forced=forced)))
    if callback:
        callback(1.0)
    return out


def compare_interventions(
    matrix: CrossImpactMatrix,
    interventions: Sequence[dict[int, int]],
    max_ic: float = 0,
    callback: Callback | None = None,
) -> list[InterventionComparison]:
    """Several interventions against one solve of the free system ("what each policy allows")."""
    free = solve(matrix, max_ic=max_ic)
    out = []
    for k, forced in enumerate(interventions):
        if callback:
            callback(k / len(interventions))
        out.append(compare_intervention(matrix, forced, max_ic=max_ic, free=free))
    if callback:
        callback(1.0)
    return out
