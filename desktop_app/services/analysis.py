"""Regional analysis use cases: cube from the store, a reference, the indicators, what was left out.

The views, the command line and the report workbook all go through here. ``load_analysis`` turns
one measure into a region x industry x year array plus the reference to compare with (the sum
of the regions, a region stored with its own numbers such as a country, or a parent region as
the sum of its children); ``run_analysis`` computes every indicator for all years with progress
and cancel; the ``*_payload`` functions give the command line's JSON; ``report_sheets`` gives
the indicator tables of the report workbook. Cells without a number never travel silently: each
result lists what it left out, why and how many, with examples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import sqlite_utils

from desktop_app.core.analysis_cube import LeftOut, Reason
from desktop_app.core.complexity import Complexity, complexity
from desktop_app.core.concentration import (
    ellison_glaeser,
    entropy_variety,
    equal_size_plant_herfindahl,
    gini,
    herfindahl,
    hoover,
    krugman_specialisation,
    theil,
)
from desktop_app.core.growth import cagr
from desktop_app.core.location_quotients import location_quotients
from desktop_app.core.opportunities import rank_opportunities
from desktop_app.core.shift_share import ShiftShare, dynamic_shift_share, shift_share
from desktop_app.errors import UserError
from desktop_app.io.export_report import Highlight, ReportSheet, ReportTable
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import classifications
from desktop_app.store.classifications import Classification
from desktop_app.store.measures import Measure, find_measure, list_measures
from desktop_app.store.observations import NO_ROW, NO_VALUE, ObservationFilter, cube
from desktop_app.texts import Text

__all__ = [
    "SHIFT_SHARE_METHODS",
    "AnalysisData",
    "AnalysisError",
    "AnalysisResult",
    "LeftOutReport",
    "cluster_order",
    "complexity_payload",
    "compute",
    "industry_groups",
    "load_analysis",
    "lq_payload",
    "network_layout",
    "reference_choices",
    "report_sheets",
    "run_analysis",
    "region_shift_share",
    "shift_share_payload",
]

SHIFT_SHARE_METHODS = ("dunn", "esteban", "dynamic")
SUM_OF_REGIONS = "sum"
_STORE_REASONS = {
    NO_ROW: Text("no observation stored"),
    NO_VALUE: Text("stored without a number (flagged)"),
}


class AnalysisError(UserError):
    """A choice the data cannot answer (unknown measure, region or year); the message says why."""


@dataclass(frozen=True)
class LeftOutReport:
    """How many cells one indicator left out for one reason, with up to five examples."""

    indicator: str
    reason: str
    count: int
    examples: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "indicator": self.indicator,
            "reason": self.reason,
            "count": self.count,
            "examples": list(self.examples),
        }

    def text(self) -> Text:
        if self.examples:
            return Text("{indicator}: {count} left out, {reason} (e.g. {examples})",
                        indicator=self.indicator, count=self.count, reason=self.reason,
                        examples=", ".join(self.examples))
        return Text("{indicator}: {count} left out, {reason}", indicator=self.indicator,
                    count=self.count, reason=self.reason)


@dataclass
class AnalysisData:
    """One measure as arrays, with the reference it is compared with.

    ``values[r, i, t]`` holds NaN where there is no number, ``missing`` says why (store codes);
    ``reference[i, t]`` is the reference's value of each industry and year.
    """

    measure: Measure
    regions: list[Classification]
    industries: list[Classification]
    years: np.ndarray
    values: np.ndarray
    missing: np.ndarray
    reference: np.ndarray
    reference_label: str
    reference_code: str

    def year_index(self, year: int) -> int:
        hits = np.flatnonzero(self.years == int(year))
        if not hits.size:
            raise AnalysisError(
                Text(
                    "{code} has no data for {year}; years are {first}-{last}.",
                    code=self.measure.code,
                    year=year,
                    first=int(self.years[0]),
                    last=int(self.years[-1]),
                )
            )
        return int(hits[0])

    def region_index(self, code: str) -> int:
        for k, region in enumerate(self.regions):
            if region.code == code:
                return k
        raise AnalysisError(
            Text(
                "{code} is not among the regions with {code2} data: {names}.",
                code=code,
                code2=self.measure.code,
                names=', '.join(r.code for r in self.regions),
            )
        )

    def store_left_out(self) -> list[LeftOutReport]:
        """Cells of the cube without a number, by the store's reason."""
        out = []
        for code, reason in _STORE_REASONS.items():
            mask = self.missing == code
            if mask.any():
                out.append(LeftOutReport("data", reason, int(mask.sum()), _examples(self, mask)))
        return out


@dataclass
class AnalysisResult:
    """Every indicator of one measure and reference, for all years (year axis last)."""

    data: AnalysisData
    lq: np.ndarray
    growth: np.ndarray  # region x industry: CAGR from the first to the last year
    reference_growth: np.ndarray  # industry: CAGR of the reference
    shift: ShiftShare  # Dunn, every region, first to last year
    complexity: Complexity
    specialisation: dict[str, np.ndarray]  # index name -> region x year
    concentration: dict[str, np.ndarray]  # index name -> industry x year
    opportunity_score: np.ndarray  # region x industry, last year
    opportunity_rank: np.ndarray
    left_out: list[LeftOutReport] = field(default_factory=list)


def _examples(
    data: AnalysisData, mask: np.ndarray, axes: str = "rit", limit: int = 5
) -> tuple[str, ...]:
    """Readable positions (e.g. region / industry / year) of the first cells of ``mask``.

    ``axes`` names the dimensions of ``mask``: ``r`` region, ``i`` industry, ``t`` year.
    """
    labels = {
        "r": [c.code for c in data.regions],
        "i": [c.code for c in data.industries],
        "t": [str(int(y)) for y in data.years],
    }
    return tuple(
        " / ".join(labels[axis][k] for axis, k in zip(axes, index, strict=True))
        for index in np.argwhere(mask)[:limit]
    )


def report_left_out(
    data: AnalysisData, indicator: str, left_out: LeftOut, axes: str = "rit"
) -> list[LeftOutReport]:
    """One ``LeftOutReport`` per reason of a core ``LeftOut`` (``axes`` names its dimensions)."""
    reports = []
    for code in np.unique(left_out.reason[left_out.mask]):
        mask = left_out.reason == code
        examples = _examples(data, mask, axes) if len(axes) == mask.ndim else ()
        reports.append(LeftOutReport(indicator, _reason_text(code), int(mask.sum()), examples))
    return reports


def _reason_text(code: int) -> str:
    return Reason(int(code)).text


def _measure(db: sqlite_utils.Database, measure: str | None) -> Measure:
    if measure:
        found = find_measure(db, measure)
        if found is None:
            known = ", ".join(m.code for m in list_measures(db)) or "none"
            raise AnalysisError(Text(
                "No measure {measure}; measures are {known}.",
                measure=f"{measure!r}",
                known=known,
            ))
        return found
    measures = list_measures(db)
    if not measures:
        raise AnalysisError(Text("The project holds no measure yet; import data first."))
    return measures[0]


def resolve_region(db: sqlite_utils.Database, label: str) -> Classification:
    region_id = classifications.resolve(db, "region", label)
    if region_id is None:
        raise AnalysisError(Text("No region {label} in the project.", label=f"{label!r}"))
    return next(c for c in classifications.list_all(db, "region") if c.id == region_id)


def load_analysis(
    db: sqlite_utils.Database, measure: str | None = None, reference: str | None = None
) -> AnalysisData:
    """The measure's cube and its reference.

    ``reference``: ``None`` or ``"sum"`` for the sum of the regions with data; the code (or a
    label) of a region stored with its own numbers (the country, or a chosen region); or a parent
    region without numbers of its own, which then stands for the sum of its children, and only
    those children are analysed.
    """
    chosen = _measure(db, measure)
    data = cube(db, chosen.id)
    if not data.regions or not len(data.years):
        raise AnalysisError(Text("{code} has no observations to analyse.", code=chosen.code))
    regions, values, missing = data.regions, data.values, data.missing
    if reference is None or reference.strip().lower() == SUM_OF_REGIONS:
        ref_values = np.nansum(values, axis=0)
        parents = {r.parent_id for r in regions}
        label, code = Text("Sum of the regions"), SUM_OF_REGIONS
        if len(parents) == 1 and None not in parents:
            parent = next(c for c in classifications.list_all(db, "region") if c.id in parents)
            label = Text("{name} (sum of its regions)", name=parent.name)
    else:
        region = resolve_region(db, reference)
        code = region.code
        own = [k for k, r in enumerate(regions) if r.id == region.id]
        if own:
            ref_values = np.nan_to_num(values[own[0]])
            label = region.name
        else:
            children = [k for k, r in enumerate(regions) if r.parent_id == region.id]
            if not children:
                raise AnalysisError(
                    Text(
                        "{code} has no {code2} data and no regions below it with data.",
                        code=region.code,
                        code2=chosen.code,
                    )
                )
            regions = [regions[k] for k in children]
            values, missing = values[children], missing[children]
            ref_values = np.nansum(values, axis=0)
            label = Text("{name} (sum of its regions)", name=region.name)
    return AnalysisData(
        chosen,
        list(regions),
        list(data.industries),
        data.years,
        values,
        missing,
        ref_values,
        label,
        code,
    )


def industry_groups(db: sqlite_utils.Database, industries: list[Classification]) -> np.ndarray:
    """Parent of each industry in the classification (itself when it has none)."""
    return np.array([c.parent_id if c.parent_id is not None else -c.id for c in industries])


def reference_choices(db: sqlite_utils.Database, measure: str) -> list[tuple[str, str]]:
    """References the chooser offers: the sum, parents of regions with data, those regions."""
    chosen = _measure(db, measure)
    regions = cube(db, chosen.id).regions
    by_id = {c.id: c for c in classifications.list_all(db, "region")}
    parents = sorted(
        {r.parent_id for r in regions if r.parent_id in by_id}, key=lambda k: by_id[k].code
    )
    choices = [(SUM_OF_REGIONS, Text("Sum of the regions"))]
    choices += [
        (by_id[k].code, Text("{name} (sum of its regions)", name=by_id[k].name))
        for k in parents
        if by_id[k].id not in {r.id for r in regions}
    ]
    choices += [(r.code, r.name) for r in regions]
    return choices


def cluster_order(matrix: np.ndarray) -> np.ndarray:
    """Row order that puts similar rows together (average-linkage clustering, leaf order).

    NaN cells count as the row's mean; fewer than three rows keep their order.
    """
    from scipy.cluster.hierarchy import leaves_list, linkage

    rows = np.asarray(matrix, float)
    if rows.shape[0] < 3:
        return np.arange(rows.shape[0])
    means = np.nanmean(np.where(np.isfinite(rows), rows, np.nan), axis=1, keepdims=True)
    filled = np.where(np.isfinite(rows), rows, np.nan_to_num(means))
    return leaves_list(linkage(filled, method="average", metric="euclidean"))


def network_layout(phi: np.ndarray, seed: int = 7, steps: int = 200) -> np.ndarray:
    """2-D positions of industries, related ones close together (force-directed, seeded).

    Attraction along the proximity weights, repulsion between all pairs; starts from the
    classical scaling of 1 - phi so that the same input always gives the same picture.
    """
    phi = np.nan_to_num(np.asarray(phi, float))
    n = phi.shape[0]
    if n < 3:
        return np.column_stack([np.arange(n, dtype=float), np.zeros(n)])
    distance = 1.0 - phi
    np.fill_diagonal(distance, 0.0)
    centre = np.eye(n) - 1.0 / n
    gram = -0.5 * centre @ (distance**2) @ centre
    vals, vecs = np.linalg.eigh(gram)
    pos = vecs[:, -2:] * np.sqrt(np.maximum(vals[-2:], 1e-9))
    pos += np.random.default_rng(seed).normal(scale=1e-3, size=pos.shape)
    weight = phi.copy()
    np.fill_diagonal(weight, 0.0)
    k = 1.0 / np.sqrt(n)
    for step in range(steps):
        delta = pos[:, np.newaxis] - pos[np.newaxis]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-6)
        force = (k * k / dist**2)[:, :, np.newaxis] * delta
        force -= (weight * dist / k)[:, :, np.newaxis] * delta
        move = force.sum(axis=1)
        length = np.maximum(np.linalg.norm(move, axis=1, keepdims=True), 1e-9)
        pos += move / length * np.minimum(length, 0.1 * (1 - step / steps))
    pos -= pos.mean(axis=0)
    return pos / max(np.abs(pos).max(), 1e-9)


def run_analysis(
    db: sqlite_utils.Database,
    measure: str | None = None,
    reference: str | None = None,
    progress: Progress | None = None,
) -> AnalysisResult:
    """Every indicator for all years of one measure against one reference."""
    progress = progress or NullProgress()
    progress.report(0.0, Text("Reading the observations"))
    data = load_analysis(db, measure, reference)
    return compute(
        data, industry_groups(db, data.industries), progress, establishments_like(db, data)
    )


def establishments_like(db: sqlite_utils.Database, data: AnalysisData) -> np.ndarray | None:
    """Establishment counts on the axes of ``data``, if the project has such a measure.

    The Ellison-Glaeser index needs the plant sizes of each industry; a measure whose code or
    name mentions establishments gives at least their number (equal-size lower bound).
    """
    for candidate in list_measures(db):
        text = f"{candidate.code} {candidate.name}".lower()
        if candidate.id == data.measure.id or "establishment" not in text:
            continue
        counts = cube(
            db, candidate.id, [r.id for r in data.regions], [c.id for c in data.industries]
        )
        out = np.full(data.values.shape, np.nan)
        r_index = {c.id: k for k, c in enumerate(counts.regions)}
        i_index = {c.id: k for k, c in enumerate(counts.industries)}
        y_index = {int(y): k for k, y in enumerate(counts.years)}
        rows = [r_index.get(c.id) for c in data.regions]
        cols = [i_index.get(c.id) for c in data.industries]
        for t, year in enumerate(data.years):
            if int(year) not in y_index:
                continue
            for r, rr in enumerate(rows):
                for i, ii in enumerate(cols):
                    if rr is not None and ii is not None:
                        out[r, i, t] = counts.values[rr, ii, y_index[int(year)]]
        return out
    return None


def compute(
    data: AnalysisData,
    groups: np.ndarray | None = None,
    progress: Progress | None = None,
    establishments: np.ndarray | None = None,
) -> AnalysisResult:
    """The indicators of ``data`` (pure arrays from here on; the GUI runs this in a task).

    ``establishments`` (counts on the same axes) enables the Ellison-Glaeser index; without
    them it is reported as left out.
    """
    progress = progress or NullProgress()
    values, reference = data.values, data.reference
    reports = data.store_left_out()
    progress.check()
    progress.report(0.15, Text("Location quotients and growth"))
    lq = location_quotients(values, reference)
    reports += report_left_out(data, "LQ", lq.left_out)
    span = float(data.years[-1] - data.years[0])
    if span > 0:
        growth = cagr(values[:, :, 0], values[:, :, -1], span)
        ref_growth = cagr(reference[:, 0], reference[:, -1], span).rate
        reports += report_left_out(data, "growth", growth.left_out, axes="ri")
        growth_rate = growth.rate
    else:
        growth_rate = np.full(values.shape[:2], np.nan)
        ref_growth = np.full(values.shape[1], np.nan)
        reports.append(
            LeftOutReport("growth", Text("only one year of data"), growth_rate.size)
        )
    progress.check()
    progress.report(0.35, Text("Shift-share"))
    shift = shift_share(values[:, :, 0], values[:, :, -1], reference[:, 0], reference[:, -1])
    reports += report_left_out(data, "shift-share", shift.left_out, axes="ri")
    progress.check()
    progress.report(0.5, Text("Specialisation and concentration"))
    specialisation = {
        "Herfindahl": herfindahl(values, axis=1),
        "Krugman": krugman_specialisation(values, reference),
        "Theil": theil(values, axis=1),
        "Gini": gini(values, axis=1),
    }
    if groups is not None:
        variety = entropy_variety(values, groups)
        specialisation |= {
            "Entropy": variety.total,
            "Related variety": variety.related,
            "Unrelated variety": variety.unrelated,
        }
    concentration = {
        "Herfindahl": herfindahl(values, axis=0),
        "Hoover": hoover(values),
        "Gini": gini(values, axis=0),
    }
    if establishments is not None:
        eg = ellison_glaeser(values, equal_size_plant_herfindahl(establishments))
        concentration["Ellison-Glaeser"] = eg
        reports += report_left_out(data, "Ellison-Glaeser", eg.left_out, axes="it")
    else:
        reports.append(
            LeftOutReport(
                "Ellison-Glaeser",
                Text("not computed: needs establishment counts (plant sizes), and the project has "
                     "no establishments measure"),
                len(data.industries),
            )
        )
    specialisation = {k: getattr(v, "value", v) for k, v in specialisation.items()}
    concentration = {k: v.value for k, v in concentration.items()}
    progress.check()
    progress.report(0.65, Text("Relatedness and complexity"))
    capabilities = complexity(values)
    for name, axes in (("rca", "rit"), ("density", "rit"), ("eci", "rt"), ("pci", "it")):
        reports += report_left_out(
            data, name.upper() if len(name) == 3 else name, capabilities.left_out[name], axes
        )
    progress.check()
    progress.report(0.9, Text("Opportunities"))
    chances = rank_opportunities(
        capabilities.m[:, :, -1],
        capabilities.density[:, :, -1],
        capabilities.pci[:, -1],
        ref_growth,
    )
    progress.report(1.0, Text("Analysis ready"))
    return AnalysisResult(
        data,
        lq.lq,
        growth_rate,
        ref_growth,
        shift,
        capabilities,
        specialisation,
        concentration,
        chances.score,
        chances.rank,
        reports,
    )


def finite_or_none(value: float | None) -> float | None:
    """A JSON/table number, or None where the indicator was left out (or is missing)."""
    return float(value) if value is not None and np.isfinite(value) else None


def lq_payload(
    db: sqlite_utils.Database, year: int, measure: str | None = None, reference: str | None = None
) -> dict:
    """``anticipa lq``: location quotients of every region and industry in one year."""
    data = load_analysis(db, measure, reference)
    t = data.year_index(year)
    result = location_quotients(data.values[:, :, t], data.reference[:, t])
    sliced = AnalysisData(
        data.measure,
        data.regions,
        data.industries,
        data.years[t : t + 1],
        data.values[:, :, t : t + 1],
        data.missing[:, :, t : t + 1],
        data.reference[:, t : t + 1],
        data.reference_label,
        data.reference_code,
    )
    left = [r.as_dict() for r in report_left_out(sliced, "LQ", result.left_out, axes="ri")]
    return {
        "measure": data.measure.code,
        "year": int(year),
        "reference": data.reference_label,
        "industries": [c.code for c in data.industries],
        "regions": [
            {"region": region.code, "name": region.name, "lq": [finite_or_none(v) for v in result.lq[k]]}
            for k, region in enumerate(data.regions)
        ],
        "left_out": left,
    }


def region_shift_share(
    data: AnalysisData, region: int, method: str = "dunn", t0: int = 0, t1: int | None = None
) -> ShiftShare:
    """One region's change between the years at ``t0`` and ``t1`` (default: first and last).

    ``method`` is one of :data:`SHIFT_SHARE_METHODS`: classic (Dunn), Esteban-Marquillas, or
    dynamic (the classic decomposition year by year, summed). The window and the command line
    both decompose through here.
    """
    if method not in SHIFT_SHARE_METHODS:
        raise AnalysisError(Text(
            "Unknown method {method}; use {names}.",
            method=f"{method!r}",
            names=', '.join(SHIFT_SHARE_METHODS),
        ))
    t1 = len(data.years) - 1 if t1 is None else t1
    own, ref = data.values[region], data.reference
    if method == "dynamic":
        return dynamic_shift_share(own[:, t0 : t1 + 1], ref[:, t0 : t1 + 1], "dunn")
    return shift_share(own[:, t0], own[:, t1], ref[:, t0], ref[:, t1], method)


def shift_share_payload(
    db: sqlite_utils.Database,
    region: str,
    reference: str,
    year_from: int,
    year_to: int,
    measure: str | None = None,
    method: str = "dunn",
) -> dict:
    """``anticipa shift-share``: one region's change split into its components, by industry."""
    if year_to <= year_from:
        raise AnalysisError(Text(
            "--to ({year_to}) must come after --from ({year_from}).",
            year_to=year_to,
            year_from=year_from,
        ))
    data = load_analysis(db, measure, reference)
    target = resolve_region(db, region)
    k = data.region_index(target.code)
    result = region_shift_share(
        data, k, method, data.year_index(year_from), data.year_index(year_to)
    )
    reasons = result.left_out.reason
    payload: dict = {
        "growth": finite_or_none(result.growth),
        "national_share": finite_or_none(result.national_share),
        "industry_mix": finite_or_none(result.industry_mix),
        "regional_share": finite_or_none(result.regional_share),
    }
    if method == "esteban":
        payload["allocation"] = finite_or_none(result.allocation)
    parts = [
        name
        for name in ("growth", "national_share", "industry_mix", "regional_share", "allocation")
        if name in result.by_industry
    ]
    payload["by_industry"] = [
        {
            "industry": industry.code,
            "name": industry.name,
            **{name: finite_or_none(result.by_industry[name][i]) for name in parts},
            "left_out": _reason_text(reasons[i]) if reasons[i] else None,
        }
        for i, industry in enumerate(data.industries)
    ]
    return payload


def complexity_payload(db: sqlite_utils.Database, year: int, measure: str | None = None) -> dict:
    """``anticipa complexity``: diversity and ECI of regions, ubiquity and PCI of industries."""
    data = load_analysis(db, measure)
    t = data.year_index(year)
    result = complexity(data.values[:, :, t])
    return {
        "regions": [
            {"region": r.code, "diversity": int(result.diversity[k]), "eci": finite_or_none(result.eci[k])}
            for k, r in enumerate(data.regions)
        ],
        "industries": [
            {"industry": c.code, "ubiquity": int(result.ubiquity[k]), "pci": finite_or_none(result.pci[k])}
            for k, c in enumerate(data.industries)
        ],
    }


def report_sheets(db: sqlite_utils.Database, flt: ObservationFilter) -> list[ReportSheet]:
    """Indicator tables of the report workbook: LQ, shift-share and complexity per measure."""
    sheets = []
    for measure in list_measures(db):
        if flt.measure_ids is not None and measure.id not in flt.measure_ids:
            continue
        data = cube(db, measure.id, flt.region_ids, flt.industry_ids)
        keep = np.ones(len(data.years), dtype=bool)
        if flt.years is not None:
            keep = np.isin(data.years, flt.years)
        if not data.regions or not data.industries or keep.sum() == 0:
            continue
        analysed = AnalysisData(
            measure,
            data.regions,
            data.industries,
            data.years[keep],
            data.values[:, :, keep],
            data.missing[:, :, keep],
            np.nansum(data.values[:, :, keep], axis=0),
            Text("Sum of the selected regions"),
            SUM_OF_REGIONS,
        )
        sheets.append(_indicator_sheet(analysed))
    return sheets


def _indicator_sheet(data: AnalysisData) -> ReportSheet:
    y0, y1 = int(data.years[0]), int(data.years[-1])
    result = compute(data)
    codes = [c.code for c in data.industries]
    notes = [r.text() for r in result.left_out] or [Text("No cell was left out.")]
    lq_rows = [
        [r.code, r.name, *[finite_or_none(v) for v in result.lq[k, :, -1]]]
        for k, r in enumerate(data.regions)
    ]
    lq_table = ReportTable(
        Text("Location quotients {year} against {reference}", year=y1,
             reference=data.reference_label),
        [Text("code"), Text("region"), *codes],
        lq_rows,
        number_formats={c: "0.00" for c in codes},
        highlights=[Highlight(c, "at_least", 1.0) for c in codes],
        notes=[
            Text("LQ = (e_ri / e_r) / (E_i / E); shaded where >= 1 (specialised). Empty cells "
                 "were left out:"),
            *notes,
        ],
    )
    shift = result.shift
    shift_rows = [
        [
            r.code,
            r.name,
            finite_or_none(shift.growth[k]),
            finite_or_none(shift.national_share[k]),
            finite_or_none(shift.industry_mix[k]),
            finite_or_none(shift.regional_share[k]),
        ]
        for k, r in enumerate(data.regions)
    ]
    shift_table = ReportTable(
        Text("Shift-share {first}-{last} (Dunn) against {reference} ({unit})", first=y0, last=y1,
             reference=data.reference_label, unit=data.measure.unit),
        [Text("code"), Text("region"), Text("growth"), Text("national share"),
         Text("industry mix"), Text("regional share")],
        shift_rows,
        number_formats={
            c: "#,##0.0" for c in ("growth", "national share", "industry mix", "regional share")
        },
        highlights=[Highlight("regional share", "scale")],
    )
    cx = result.complexity
    complexity_rows = [
        [
            r.code,
            r.name,
            int(cx.diversity[k, -1]),
            finite_or_none(cx.eci[k, -1]),
            finite_or_none(cx.outlook[k, -1]),
        ]
        for k, r in enumerate(data.regions)
    ]
    complexity_table = ReportTable(
        Text("Economic complexity {year} (eigenvector method, M = RCA >= 1)", year=y1),
        [Text("code"), Text("region"), Text("diversity"), Text("ECI"), Text("complexity outlook")],
        complexity_rows,
        number_formats={"ECI": "0.000", "complexity outlook": "0.000"},
        highlights=[Highlight("ECI", "scale")],
    )
    pci_rows = [
        [c.code, c.name, int(cx.ubiquity[k, -1]), finite_or_none(cx.pci[k, -1])]
        for k, c in enumerate(data.industries)
    ]
    pci_table = ReportTable(
        Text("Industry complexity {year}", year=y1),
        [Text("code"), Text("industry"), Text("ubiquity"), Text("PCI")],
        pci_rows,
        number_formats={"PCI": "0.000"},
        highlights=[Highlight("PCI", "scale")],
    )
    return ReportSheet(
        Text("Indicators {measure}", measure=data.measure.code),
        Text("{measure}: location quotients, shift-share and complexity, {first}-{last}.",
             measure=data.measure.name, first=y0, last=y1),
        [lq_table, shift_table, complexity_table, pci_table],
    )
