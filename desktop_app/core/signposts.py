"""Signposts: is a descriptor variant of a scenario study unfolding, judged from the data?

A signpost reads an indicator (a measure's level for a region and industry, its growth, the
industry's share of the region, or its location quotient) and compares the latest value with a
threshold in a direction; a signpost about something that is not a number is a dated judgement.
From the signposts of its variants, each scenario gets a count of signposts reached, not reached
and unknown: how plausible it looks now, and, read year by year, how that came about.
No I/O: the caller passes the series as arrays over one year axis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.analysis_cube import AnalysisInputError, safe_divide
from desktop_app.texts import Number, Text

__all__ = [
    "DIRECTIONS",
    "INDICATORS",
    "REACHED",
    "NOT_REACHED",
    "UNKNOWN",
    "Plausibility",
    "Reading",
    "change_sentence",
    "indicator_values",
    "latest_reading",
    "plausibility",
    "status_of",
]

#: What a numeric signpost reads: the value itself, its growth in % over ``span`` years, the
#: industry's share of the region's total in %, or the location quotient against a reference.
INDICATORS = ("level", "growth", "share", "lq")
#: ``above``: reached when the value is at or above the threshold; ``below``: at or below.
DIRECTIONS = ("above", "below")
REACHED, NOT_REACHED, UNKNOWN = "reached", "not reached", "unknown"
STATUSES = (REACHED, NOT_REACHED, UNKNOWN)


@dataclass(frozen=True)
class Reading:
    """A signpost's status with the data year and the indicator value it was read from."""

    status: str
    year: int | None = None
    value: float | None = None


def indicator_values(
    kind: str,
    years: Sequence[int],
    values,
    region_total=None,
    reference=None,
    reference_total=None,
    span: int = 1,
) -> np.ndarray:
    """The indicator per year of ``years`` (NaN where it cannot be formed).

    Parameters
    ----------
    kind : {'level', 'growth', 'share', 'lq'}
    years : sequence of int
        The year axis of every array, ascending, gaps allowed.
    values : array_like
        The measure for the signpost's region and industry (NaN: no value).
    region_total : array_like, optional
        The region's total over all industries; needed for 'share' and 'lq'.
    reference, reference_total : array_like, optional
        The industry and the total of the reference (the sum of all regions, or a country);
        needed for 'lq'.
    span : int
        For 'growth': the number of years back the value is compared with (1: year on year).

    Notes
    -----
    growth = 100 (v_t / v_{t-span} - 1), left out where the earlier year is missing or not
    positive; share = 100 e_ri / e_r; LQ = (e_ri / e_r) / (e_i / e) as in
    :mod:`desktop_app.core.location_quotients`.
    """
    years = np.asarray(years, dtype=np.int64)
    values = np.asarray(values, dtype=float)
    if values.shape != years.shape:
        raise AnalysisInputError(Text("an indicator needs one value per year"))
    if kind == "level":
        return values.copy()
    if kind == "growth":
        if span < 1:
            raise AnalysisInputError(Text(
                "growth needs a span of at least one year, got {span}",
                span=span,
            ))
        by_year = dict(zip(years.tolist(), values.tolist(), strict=True))
        earlier = np.array([by_year.get(int(y) - span, np.nan) for y in years], dtype=float)
        earlier[~(earlier > 0)] = np.nan
        return 100.0 * (safe_divide(values, earlier) - 1.0)
    if region_total is None:
        raise AnalysisInputError(Text(
            "the indicator {kind} needs the region's total",
            kind=f"{kind!r}",
        ))
    share = safe_divide(values, np.asarray(region_total, dtype=float))
    if kind == "share":
        return 100.0 * share
    if kind == "lq":
        if reference is None or reference_total is None:
            raise AnalysisInputError(Text("a location quotient needs the reference's values"))
        reference_share = safe_divide(np.asarray(reference, float), np.asarray(reference_total, float))
        return safe_divide(share, reference_share)
    raise AnalysisInputError(Text(
        "unknown indicator {kind}; use one of {names}",
        kind=f"{kind!r}",
        names=', '.join(INDICATORS),
    ))


def status_of(value: float | None, direction: str, threshold: float) -> str:
    """``reached`` when ``value`` is at or beyond ``threshold`` in ``direction``; ``unknown``
    without a value."""
    if direction not in DIRECTIONS:
        raise AnalysisInputError(Text(
            "unknown direction {direction}; use above or below",
            direction=f"{direction!r}",
        ))
    if value is None or not np.isfinite(value):
        return UNKNOWN
    beyond = value >= threshold if direction == "above" else value <= threshold
    return REACHED if beyond else NOT_REACHED


def latest_reading(
    years: Sequence[int], indicator, direction: str, threshold: float, up_to: int | None = None
) -> Reading:
    """The status from the latest year (at or before ``up_to``) in which the indicator has a
    value; ``unknown`` when it has none."""
    years = np.asarray(years, dtype=np.int64)
    indicator = np.asarray(indicator, dtype=float)
    usable = np.isfinite(indicator)
    if up_to is not None:
        usable &= years <= up_to
    if not usable.any():
        return Reading(UNKNOWN)
    k = int(np.flatnonzero(usable)[-1])
    value = float(indicator[k])
    return Reading(status_of(value, direction, threshold), int(years[k]), value)


@dataclass(frozen=True)
class Plausibility:
    """How many signposts of a scenario's variants are reached, not reached, unknown."""

    reached: int = 0
    not_reached: int = 0
    unknown: int = 0


def plausibility(
    scenarios: Iterable[Iterable[int]], statuses: Mapping[int, Sequence[str]]
) -> list[Plausibility]:
    """Counts per scenario (given as its variant ids) of its variants' signpost statuses.

    ``statuses`` maps a variant id to the statuses of the signposts tied to it; a variant
    without signposts adds nothing.
    """
    out = []
    for variant_ids in scenarios:
        found = [s for v in variant_ids for s in statuses.get(v, ())]
        out.append(Plausibility(found.count(REACHED), found.count(NOT_REACHED),
                                found.count(UNKNOWN)))
    return out


def change_sentence(
    name: str, kind: str, old: str, reading: Reading, variant_label: str, unit: str = ""
) -> Text:
    """What changed, in words: 'Manufacturing jobs fell 4.1 % in 2014: signpost for World
    economy: Decline reached'."""
    value, year = reading.value, reading.year
    if reading.status == UNKNOWN or value is None:
        observed = Text("{name} has no value any more", name=name)
    elif kind == "growth":
        words = dict(name=name, value=Number(f"{abs(value):.1f}"), year=year)
        observed = (
            Text("{name} rose {value} % in {year}", **words)
            if value >= 0
            else Text("{name} fell {value} % in {year}", **words)
        )
    elif kind == "share":
        observed = Text(
            "{name} was {value} % of the region in {year}",
            name=name, value=Number(f"{value:.1f}"), year=year,
        )  # fmt: skip
    elif kind == "lq":
        observed = Text(
            "{name} had a location quotient of {value} in {year}",
            name=name, value=Number(f"{value:.2f}"), year=year,
        )  # fmt: skip
    else:
        observed = Text(
            "{name} was {value}{unit} in {year}",
            name=name, value=Number(f"{value:,.0f}"), unit=f" {unit}" if unit else "", year=year,
        )  # fmt: skip
    if reading.status == REACHED:
        outcome = Text("reached")
    elif old == REACHED:
        outcome = Text("no longer reached") if reading.status == NOT_REACHED else Text("now unknown")
    else:
        outcome = Text("not reached") if reading.status == NOT_REACHED else Text("now unknown")
    return Text(
        "{observed}: signpost for {variant} {outcome}",
        observed=observed, variant=variant_label, outcome=outcome,
    )  # fmt: skip
