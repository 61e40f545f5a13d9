"""Dynamics of the capability base: platform competencies, those at risk, and how links change.

Policy for meso institutions is judged by what changes: new links between competencies,
institutions and industries, new collaborations, diversification into related industries and the
renewal of declining ones. Everything here works on dated links (years), so the same functions
give the state in any year and the flow of each year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "GROWING",
    "CapabilityDynamics",
    "Link",
    "PortfolioEntry",
    "capability_dynamics",
    "competency_portfolio",
]

#: Stages in which an industry counts as growing for the platform rule.
GROWING = ("emergence", "growth", "renewal")


@dataclass(frozen=True)
class Link:
    """A dated link: competency ``source`` to an industry or institution ``target``.

    ``start``/``end`` are years (inclusive); ``start`` None means undated (counted in the state
    of every year, but in no year's flow).
    """

    source: str
    target: str
    strength: int = 3
    start: int | None = None
    end: int | None = None

    def active(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or self.end >= year)


@dataclass(frozen=True)
class PortfolioEntry:
    """One competency's place in the portfolio: ``kind`` is 'platform', 'at risk' or 'other'."""

    competency: str
    kind: str
    industries: tuple[str, ...]
    growing: tuple[str, ...]
    declining: tuple[str, ...]
    weight: int
    reason: str


@dataclass(frozen=True)
class CapabilityDynamics:
    """Yearly flows of the capability base (dicts keyed by year, sorted).

    ``new_industry_links`` / ``new_institution_links``: links starting that year.
    ``new_collaborations``: institution-industry pairs first joined (through a shared competency)
    that year. ``diversification``: new competency-industry links into an industry related to
    one the competency already served; ``unrelated_entries``: new ones into unrelated industries.
    ``renewal``: new links into industries in decline or renewal. ``undated``: links without a
    start year, in no flow.
    """

    years: tuple[int, ...]
    new_industry_links: dict[int, int]
    new_institution_links: dict[int, int]
    new_collaborations: dict[int, int]
    diversification: dict[int, int]
    unrelated_entries: dict[int, int]
    renewal: dict[int, int]
    undated: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)


def competency_portfolio(
    industry_links: Iterable[Link],
    stages: Mapping[str, str | None],
    year: int | None = None,
    min_industries: int = 3,
) -> list[PortfolioEntry]:
    """Classify competencies as platform, at risk or other, from their active industry links.

    Notes
    -----
    Platform: serves at least ``min_industries`` industries, at least one of them growing
    (stage in ``GROWING``). At risk: every industry it serves is in decline and they are at most
    one (tied to a single declining industry) or all of them decline. ``weight`` is the sum of
    the link strengths. Sorted by kind (platform first), then weight.
    """
    served: dict[str, dict[str, int]] = defaultdict(dict)
    for link in industry_links:
        if link.active(year):
            served[link.source][link.target] = max(
                link.strength, served[link.source].get(link.target, 0)
            )
    entries = []
    for competency, targets in served.items():
        industries = tuple(sorted(targets))
        growing = tuple(i for i in industries if stages.get(i) in GROWING)
        declining = tuple(i for i in industries if stages.get(i) == "decline")
        weight = sum(targets.values())
        if len(industries) >= min_industries and growing:
            kind = "platform"
            reason = (
                f"serves {len(industries)} industries, {len(growing)} of them growing "
                f"({', '.join(growing)})"
            )
        elif declining and len(declining) == len(industries):
            kind = "at risk"
            reason = (
                f"tied to a single declining industry ({declining[0]})"
                if len(industries) == 1
                else f"serves only declining industries ({', '.join(declining)})"
            )
        else:
            kind = "other"
            reason = f"serves {len(industries)} industr{'y' if len(industries) == 1 else 'ies'}"
        entries.append(
            PortfolioEntry(competency, kind, industries, growing, declining, weight, reason)
        )
    order = {"platform": 0, "at risk": 1, "other": 2}
    return sorted(entries, key=lambda e: (order[e.kind], -e.weight, e.competency))


def capability_dynamics(
    industry_links: Sequence[Link],
    institution_links: Sequence[Link],
    stages: Mapping[str, str | None] | None = None,
    related: Mapping[str, Iterable[str]] | None = None,
) -> CapabilityDynamics:
    """Yearly flows of new links, collaborations, diversification and renewal.

    Parameters
    ----------
    industry_links : sequence of Link
        Competency (source) to industry (target).
    institution_links : sequence of Link
        Competency (source) to institution (target).
    stages : mapping, optional
        Current lifecycle stage per industry, for ``renewal``.
    related : mapping, optional
        For each industry, the industries related to it (e.g. proximity above a threshold from
        the analysis section). Without it, every entry into a new industry counts as unrelated.

    Notes
    -----
    A collaboration institution-industry starts in the later of the two links' start years that
    join them through a competency (the first such year over all shared competencies).
    Diversification looks at the competency's industries linked strictly before that year.
    """
    stages = stages or {}
    related_sets = {k: set(v) for k, v in (related or {}).items()}
    new_industry = Counter(link.start for link in industry_links if link.start is not None)
    new_institution = Counter(link.start for link in institution_links if link.start is not None)
    undated = sum(1 for link in (*industry_links, *institution_links) if link.start is None)
    examples: dict[str, list[str]] = defaultdict(list)

    first_joined: dict[tuple[str, str], int] = {}
    by_competency_inst: dict[str, list[Link]] = defaultdict(list)
    for link in institution_links:
        by_competency_inst[link.source].append(link)
    for link in industry_links:
        for partner in by_competency_inst.get(link.source, ()):
            if link.start is None or partner.start is None:
                continue
            year = max(link.start, partner.start)
            pair = (partner.target, link.target)
            if pair not in first_joined or year < first_joined[pair]:
                first_joined[pair] = year
    collaborations = Counter(first_joined.values())
    for (institution, industry), year in sorted(first_joined.items(), key=lambda kv: kv[1]):
        examples[f"collaborations {year}"].append(f"{institution} \u2013 {industry}")

    diversification: Counter = Counter()
    unrelated: Counter = Counter()
    renewal: Counter = Counter()
    by_competency: dict[str, list[Link]] = defaultdict(list)
    for link in industry_links:
        by_competency[link.source].append(link)
    for competency, links in by_competency.items():
        for link in links:
            if link.start is None:
                continue
            before = {
                other.target
                for other in links
                if other.target != link.target
                and other.start is not None
                and other.start < link.start
            }
            if before:
                if related_sets.get(link.target, set()) & before:
                    diversification[link.start] += 1
                    examples[f"diversification {link.start}"].append(
                        f"{competency} \u2192 {link.target}"
                    )
                else:
                    unrelated[link.start] += 1
            if stages.get(link.target) in ("decline", "renewal"):
                renewal[link.start] += 1
                examples[f"renewal {link.start}"].append(f"{competency} \u2192 {link.target}")

    years = sorted(set(new_industry) | set(new_institution) | set(collaborations))

    def full(counter: Counter) -> dict[int, int]:
        return {year: int(counter.get(year, 0)) for year in years}

    return CapabilityDynamics(
        tuple(years),
        full(new_industry),
        full(new_institution),
        full(collaborations),
        full(diversification),
        full(unrelated),
        full(renewal),
        undated,
        dict(examples),
    )
