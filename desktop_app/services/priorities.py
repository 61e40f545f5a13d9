"""Priorities of a region: rank its industries (or competencies) by weighted, user-defined criteria.

Criteria come from the project's own numbers (specialisation, growth, jobs, relatedness and
opportunity from the Analysis section, the competency register, other measures such as value
added for productivity) or are given by the analyst item by item (decent work, inclusion,
climate ...). A criteria file is JSON::

    {"items": "industries", "measure": "employees_de", "band": 0.2,
     "criteria": [
        {"name": "Specialisation", "indicator": "lq", "weight": 3},
        {"name": "Growth", "indicator": "growth", "weight": 2},
        {"name": "Emissions", "indicator": "values", "higher_is_better": false, "weight": 1,
         "values": {"B-E": 5, "J": 1}}]}
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.capability_dynamics import GROWING
from desktop_app.core.priorities import NORMALISATIONS, Criterion, Ranking, rank_items
from desktop_app.errors import UserError
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "COMPETENCY_INDICATORS",
    "INDUSTRY_INDICATORS",
    "CriteriaError",
    "CriterionSpec",
    "PriorityPlan",
    "PriorityResult",
    "load_criteria",
    "parse_criteria",
    "priorities_payload",
    "priorities_text",
    "run_priorities",
]

INDUSTRY_INDICATORS = {
    "lq": "location quotient, last year",
    "growth": "recent growth per year (lifecycle trend)",
    "jobs": "size: the measure's last value",
    "share": "share of the region's total, last year",
    "density": "relatedness density to the region's strengths, last year",
    "opportunity": "opportunity score from the Analysis section, last year",
    "pci": "product complexity of the industry, last year",
    "competencies": "sum of the strengths of its competency links in the region",
    "measure:<code>": "last value of another measure (e.g. wages)",
    "ratio:<code>:<code>": "last-year ratio of two measures (e.g. value added per employee)",
    "values": "values given in the file, by industry code",
}
COMPETENCY_INDICATORS = {
    "industries": "number of industries it serves",
    "growing_industries": "number of growing industries it serves",
    "institutions": "number of institutions that carry it",
    "strength": "sum of its link strengths to industries",
    "values": "values given in the file, by competency name",
}


class CriteriaError(UserError):
    """The criteria file or a criterion is not usable; the message names the file and place."""


@dataclass(frozen=True)
class CriterionSpec:
    name: str
    indicator: str
    weight: float
    higher_is_better: bool = True
    normalisation: str = "minmax"
    values: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class PriorityPlan:
    criteria: tuple[CriterionSpec, ...]
    items: str = "industries"
    measure: str | None = None
    reference: str | None = None
    band: float = 0.2


@dataclass
class PriorityResult:
    region_code: str
    region_name: str
    plan: PriorityPlan
    ranking: Ranking
    raw: np.ndarray  # items x criteria, as measured
    labels: tuple[str, ...]  # readable item names (codes are in ranking.items)


def load_criteria(path: str | Path) -> PriorityPlan:
    """Read a criteria file; errors name the file and the line/column or criterion."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CriteriaError(Text("{name}: not a UTF-8 text file.", name=path.name)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CriteriaError(
            Text(
                "{name}, line {lineno} column {colno}: {msg}.",
                name=path.name,
                lineno=error.lineno,
                colno=error.colno,
                msg=error.msg,
            )
        ) from None
    return parse_criteria(data, path.name)


def parse_criteria(data: object, source: str = "criteria") -> PriorityPlan:
    """Check a criteria document (already parsed JSON) and return the plan."""
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise CriteriaError(Text(
            "{source}: expected an object with a list 'criteria'.",
            source=source,
        ))
    items = data.get("items", "industries")
    if items not in ("industries", "competencies"):
        raise CriteriaError(Text(
            "{source}: 'items' must be 'industries' or 'competencies'.",
            source=source,
        ))
    known = INDUSTRY_INDICATORS if items == "industries" else COMPETENCY_INDICATORS
    specs = []
    for k, raw in enumerate(data["criteria"], start=1):
        where = f"{source}, criterion {k}"
        if not isinstance(raw, dict):
            raise CriteriaError(Text("{where}: expected an object.", where=where))
        name = str(raw.get("name") or raw.get("indicator") or "").strip()
        where += f" ({name!r})" if name else ""
        indicator = str(raw.get("indicator", "")).strip()
        base = indicator.split(":")[0]
        if f"{base}:<code>" in known or (base == "ratio" and "ratio:<code>:<code>" in known):
            parts = indicator.split(":")
            if len(parts) != (3 if base == "ratio" else 2) or not all(parts[1:]):
                raise CriteriaError(
                    Text(
                        "{where}: write {base} as {value}.",
                        where=where,
                        base=base,
                        value='ratio:NUMERATOR:DENOMINATOR' if base == 'ratio' else 'measure:CODE',
                    )
                )
        elif indicator not in known:
            raise CriteriaError(
                Text(
                    "{where}: unknown indicator {indicator}; for {items} use {names}.",
                    where=where,
                    indicator=f"{indicator!r}",
                    items=items,
                    names=', '.join(known),
                )
            )
        weight = raw.get("weight", 1)
        if not isinstance(weight, int | float) or isinstance(weight, bool) or not weight > 0:
            raise CriteriaError(Text(
                "{where}: the weight must be a positive number, got {weight}.",
                where=where,
                weight=f"{weight!r}",
            ))
        normalisation = raw.get("normalisation", "minmax")
        if normalisation not in NORMALISATIONS:
            raise CriteriaError(
                Text(
                    "{where}: normalisation must be one of {names}.",
                    where=where,
                    names=', '.join(NORMALISATIONS),
                )
            )
        values = raw.get("values", {})
        if indicator == "values":
            if not isinstance(values, dict) or not values:
                raise CriteriaError(Text(
                    "{where}: 'values' must map each item to a number.",
                    where=where,
                ))
            for key, value in values.items():
                if not isinstance(value, int | float) or isinstance(value, bool):
                    raise CriteriaError(Text(
                        "{where}: the value for {key} is not a number.",
                        where=where,
                        key=f"{key!r}",
                    ))
        specs.append(
            CriterionSpec(
                name or indicator,
                indicator,
                float(weight),
                bool(raw.get("higher_is_better", True)),
                normalisation,
                {str(k): float(v) for k, v in values.items()},
            )
        )
    if not specs:
        raise CriteriaError(Text("{source}: the list 'criteria' is empty.", source=source))
    band = data.get("band", 0.2)
    if not isinstance(band, int | float) or not 0 <= band < 1:
        raise CriteriaError(Text(
            "{source}: 'band' must be a number in [0, 1), e.g. 0.2 for ±20 %.",
            source=source,
        ))
    return PriorityPlan(
        tuple(specs), items, data.get("measure"), data.get("reference"), float(band)
    )


def run_priorities(
    db: sqlite_utils.Database,
    region: str,
    plan: PriorityPlan,
    progress: Progress | None = None,
) -> PriorityResult:
    """Measure every criterion for the region's items and rank them."""
    progress = progress or NullProgress()
    from desktop_app.services.lifecycles import analyse_region

    progress.report(0.0, Text("Lifecycles"))
    lifecycles = analyse_region(
        db,
        region,
        plan.measure,
        plan.reference,
        progress=progress.sub(0.0, 0.6),
        with_reference=False,  # the ranking needs the region's own stages only
    )
    progress.check()
    if plan.items == "industries":
        codes = tuple(item.industry.code for item in lifecycles.industries)
        labels = tuple(item.industry.name for item in lifecycles.industries)
        raw = _industry_values(db, lifecycles, plan, progress.sub(0.6, 0.95))
    else:
        codes, raw = _competency_values(db, lifecycles, plan)
        labels = codes
    criteria = [
        Criterion(s.name, s.weight, s.higher_is_better, s.normalisation) for s in plan.criteria
    ]
    ranking = rank_items(codes, criteria, raw, plan.band)
    progress.report(1.0, Text("Priorities ready"))
    return PriorityResult(
        lifecycles.region.code, lifecycles.region.name, plan, ranking, raw, labels
    )


def _industry_values(db, lifecycles, plan: PriorityPlan, progress: Progress) -> np.ndarray:
    from desktop_app.store import capabilities

    items = lifecycles.industries
    out = np.full((len(items), len(plan.criteria)), np.nan)
    analysis = None
    total = np.nansum([item.values for item in items], axis=0)
    strengths: dict[int, float] = {}
    for link in capabilities.industry_links(db, lifecycles.region.id):
        strengths[link.industry_id] = strengths.get(link.industry_id, 0) + link.strength
    for j, spec in enumerate(plan.criteria):
        progress.check()
        base = spec.indicator.split(":")[0]
        if base in ("density", "opportunity", "pci") and analysis is None:
            from desktop_app.services.analysis import run_analysis

            progress.report(j / len(plan.criteria), Text("Relatedness and opportunities"))
            analysis = run_analysis(db, lifecycles.measure.code, plan.reference)
        for i, item in enumerate(items):
            out[i, j] = _industry_value(db, spec, item, lifecycles, total, strengths, analysis, i)
    return out


def _industry_value(db, spec, item, lifecycles, total, strengths, analysis, i) -> float:
    indicator = spec.indicator
    if indicator == "lq":
        return _num(item.assessment.lq_level)
    if indicator == "growth":
        return _num(item.assessment.recent_growth)
    if indicator == "jobs":
        return item.size
    if indicator == "share":
        return item.size / total[np.isfinite(item.values)][-1] if np.isfinite(item.size) else np.nan
    if indicator == "competencies":
        return float(strengths.get(item.industry.id, 0))
    if indicator == "values":
        return spec.values.get(item.industry.code, np.nan)
    if indicator in ("density", "opportunity", "pci"):
        r = next(k for k, reg in enumerate(analysis.data.regions) if reg.id == lifecycles.region.id)
        k = next(k for k, ind in enumerate(analysis.data.industries) if ind.id == item.industry.id)
        if indicator == "density":
            return float(analysis.complexity.density[r, k, -1])
        if indicator == "pci":
            return float(analysis.complexity.pci[k, -1])
        return float(analysis.opportunity_score[r, k])
    parts = indicator.split(":")
    if parts[0] == "measure":
        return _last_value(db, parts[1], lifecycles.region.id, item.industry.id)
    numerator = _last_value(db, parts[1], lifecycles.region.id, item.industry.id)
    denominator = _last_value(db, parts[2], lifecycles.region.id, item.industry.id)
    return numerator / denominator if denominator else np.nan


def _last_value(db, measure: str, region_id: int, industry_id: int) -> float:
    from desktop_app.store.measures import find_measure

    found = find_measure(db, measure)
    if found is None:
        raise CriteriaError(Text("No measure {measure} in the project.", measure=f"{measure!r}"))
    from desktop_app.store.observations import latest_value

    value = latest_value(db, found.id, region_id, industry_id)
    return np.nan if value is None else float(value)


def _competency_values(db, lifecycles, plan: PriorityPlan):
    from desktop_app.store import capabilities

    stages = {item.industry.id: item.stage for item in lifecycles.industries}
    competencies = capabilities.list_competencies(db)
    links = capabilities.industry_links(db, lifecycles.region.id)
    carriers = capabilities.institution_links(db)
    names = tuple(c.name for c in competencies)
    out = np.full((len(competencies), len(plan.criteria)), np.nan)
    for i, competency in enumerate(competencies):
        own = [link for link in links if link.competency_id == competency.id]
        measured = {
            "industries": len({link.industry_id for link in own}),
            "growing_industries": len(
                {link.industry_id for link in own if stages.get(link.industry_id) in GROWING}
            ),
            "institutions": sum(1 for link in carriers if link.competency_id == competency.id),
            "strength": sum(link.strength for link in own),
        }
        for j, spec in enumerate(plan.criteria):
            out[i, j] = (
                spec.values.get(competency.name, np.nan)
                if spec.indicator == "values"
                else measured[spec.indicator]
            )
    return names, out


def _num(value: float | None) -> float:
    return float(value) if value is not None and math.isfinite(value) else np.nan


def _json_number(value: float, digits: int = 6) -> float | None:
    return float(f"{value:.{digits}g}") if np.isfinite(value) else None


def priorities_payload(result: PriorityResult) -> dict:
    ranking = result.ranking
    rows = []
    for i in ranking.order():
        rows.append(
            {
                "rank": int(ranking.rank[i]),
                "item": ranking.items[i],
                "name": result.labels[i],
                "score": _json_number(ranking.score[i], 4),
                "parts": {
                    c.name: _json_number(ranking.parts[i, j], 4)
                    for j, c in enumerate(ranking.criteria)
                },
                "values": {
                    c.name: _json_number(result.raw[i, j]) for j, c in enumerate(ranking.criteria)
                },
                "best_rank": int(ranking.best_rank[i]),
                "worst_rank": int(ranking.worst_rank[i]),
                "holds": bool(ranking.holds[i]),
                "can_swap_with": list(ranking.rivals[i]),
            }
        )
    return {
        "region": result.region_code,
        "items": result.plan.items,
        "band": ranking.band,
        "criteria": [
            {
                "name": c.name,
                "indicator": s.indicator,
                "weight": c.weight,
                "weight_share": _json_number(w, 4),
                "higher_is_better": c.higher_is_better,
            }
            for c, s, w in zip(ranking.criteria, result.plan.criteria, ranking.weights, strict=True)
        ],
        "ranking": rows,
        "missing": [{"item": item, "criterion": name} for item, name in ranking.missing],
    }


def priorities_text(payload: dict) -> str:
    band = round(100 * payload["band"])
    lines = [
        f"Priorities for {payload['region']} ({payload['items']}); stability within "
        f"±{band} % weight changes"
    ]
    for row in payload["ranking"]:
        parts = ", ".join(f"{k} {v:.3f}" for k, v in row["parts"].items() if v is not None)
        holds = (
            "holds"
            if row["holds"]
            else (
                f"ranks {row['best_rank']}-{row['worst_rank']}, may swap with "
                + ", ".join(row["can_swap_with"])
            )
        )
        lines.append(f"{row['rank']:>3}. {row['item']:<8} {row['score']:.3f}  ({parts})  {holds}")
    for entry in payload["missing"]:
        lines.append(
            f"missing: {entry['item']} has no value for {entry['criterion']} (scored as worst)"
        )
    return "\n".join(lines)
