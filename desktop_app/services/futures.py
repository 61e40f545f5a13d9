"""Regional futures of a scenario study: what each scenario means for a region's industries.

Reads the region's series of one measure, makes each industry's baseline (stored lifecycle fits
are reused while their series is unchanged), gathers the study's variant effects and shocks
(or those of an effects workbook), and simulates every stored scenario of the study. The model
and its formulas: docs/futures.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.futures import (
    ALL_INDUSTRIES,
    GOOD_R2,
    QUANTILES,
    Baseline,
    BaselineError,
    Effect,
    FuturesResult,
    ScenarioInputs,
    Shock,
    curve_baseline,
    effect_swings,
    ensemble,
    shift_share_baseline,
    simulate,
    trend_baseline,
)
from desktop_app.core.industry_groups import group_members
from desktop_app.core.lifecycle_fit import fit_series
from desktop_app.core.location_quotients import location_quotients
from desktop_app.errors import UserError
from desktop_app.io.futures_effects import EffectsWorkbook
from desktop_app.services.analysis import AnalysisError, load_analysis
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import classifications
from desktop_app.store import futures as store
from desktop_app.store.classifications import Classification
from desktop_app.store.measures import Measure, find_measure, list_measures
from desktop_app.store.scenarios import SavedScenario, Study, list_scenarios, require_study
from desktop_app.texts import Number, Text

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "FuturesError",
    "FuturesRun",
    "ScenarioFuture",
    "futures_payload",
    "futures_text",
    "run_futures",
    "scenario_label",
    "scenario_weights",
    "store_workbook_effects",
]

#: Stored-fit kind of the lifecycle baseline (the only fit that takes seconds).
_FIT_KIND = "lifecycle"


class FuturesError(UserError):
    """The project cannot answer the request as asked; the message says what is needed."""


@dataclass(frozen=True)
class ScenarioFuture:
    scenario: SavedScenario
    label: str
    variants: dict[str, str]
    weight: float


@dataclass(frozen=True)
class IntensityOutcome:
    """A measure held per job, as ``jobs x intensity``: its value per projected industry (the
    last observed, held over the horizon; a share in % divided by 100) and the outcome's unit."""

    measure: Measure
    intensity: np.ndarray
    unit: str


@dataclass(frozen=True)
class _SimulationKey:
    """What every scenario's projection depends on besides its own inputs: two runs with the
    same key can share the projections of scenarios whose inputs did not change."""

    study_id: int
    baselines: tuple[Baseline, ...]
    reference: tuple[Baseline, ...] | None
    horizon: int
    draws: int
    seed: int
    intensities: tuple[tuple[float, ...], ...]


@dataclass
class FuturesRun:
    """Everything a view, the command line or an export needs of one computation."""

    study: Study
    region: Classification
    measure_code: str
    industries: list[Classification]
    baselines: list[Baseline]
    scenarios: list[ScenarioFuture]
    result: FuturesResult
    history_years: np.ndarray
    history: np.ndarray
    draws: int
    seed: int
    #: Industries not projected, with the reason.
    left_out: list[tuple[str, str]] = field(default_factory=list)
    #: Variants with effects, with how far each alone moves the total at the horizon (low,
    #: most likely, high, minus the baseline), largest swing first: the tornado.
    swings: list[tuple[str, np.ndarray]] = field(default_factory=list)
    #: The reference of the location quotients (the Analysis section's default, the sum of the
    #: regions), per projected industry in the last observed year (the simulation draws it on
    #: by its trend); None with ``reference_note`` saying why when it cannot be projected.
    reference_label: str = ""
    reference_today: np.ndarray | None = None
    reference_note: str = ""
    #: Intensity measures weighted by the projected levels (``result`` holds one outcome per
    #: entry, in this order), and the intensity measures left out, with the reason.
    outcomes: list[IntensityOutcome] = field(default_factory=list)
    outcomes_left_out: list[tuple[str, str]] = field(default_factory=list)
    #: What the simulation was given, for a later run to reuse the projections it can:
    #: the key and each scenario's inputs (in the order of ``scenarios``).
    key: _SimulationKey | None = None
    inputs: list[ScenarioInputs] = field(default_factory=list)
    #: How many scenarios this run simulated (the others were taken from ``previous``).
    simulated: int = 0

    def outcomes_today(self) -> list[float]:
        """Each outcome in the last observed year: ``Σ_i level_i · intensity_i``."""
        return [float(self.history[:, -1] @ o.intensity) for o in self.outcomes]

    def lq_today(self) -> np.ndarray | None:
        """Location quotient of each projected industry in the last observed year."""
        if self.reference_today is None:
            return None
        return location_quotients(self.history[None, :, -1], self.reference_today).lq[0]

    def lq_horizon(self, projection) -> np.ndarray | None:
        """``(industries, QUANTILES)``: the scenario's location quotients at the horizon, its
        shares over the reference's drawn shares, summarised over the draws."""
        return None if self.reference_today is None else projection.lq


def scenario_label(study: Study, scenario: SavedScenario) -> str:
    """The scenario's name when it has one, else ``S<id> · Descriptor: Variant · ...``."""
    if scenario.name.strip():
        return scenario.name.strip()
    parts = [
        f"{d.name}: {d.variants[v].name}"
        for d, v in zip(study.descriptors, scenario.variants, strict=True)
    ]
    return " · ".join([f"S{scenario.id}", *parts])


def run_futures(
    db: sqlite_utils.Database,
    study: int | str,
    region: str | None = None,
    *,
    horizon: int | None = None,
    measure: str | None = None,
    baseline: str | None = None,
    window: int | None = None,
    draws: int | None = None,
    seed: int | None = None,
    weights: str | None = None,
    effects: EffectsWorkbook | None = None,
    save_fits: bool = False,
    progress: Progress | None = None,
    previous: FuturesRun | None = None,
) -> FuturesRun:
    """Project the region's industries under every stored scenario of ``study``.

    Arguments left None take the study's stored futures choices. ``effects`` (a read effects
    workbook) replaces the stored effects and shocks for this run. ``save_fits`` stores new or
    refreshed lifecycle fits (the project must be open for writing). ``previous``: an earlier
    run whose projections are reused for the scenarios whose effects and shocks did not change
    when nothing else did (same baselines, reference, horizon, draws, seed and intensities),
    so changing one variant's effect simulates only the scenarios that hold the variant.
    """
    progress = progress or NullProgress()
    the_study = require_study(db, study)
    settings = store.get_settings(db, the_study.id)
    region_row = _region(db, region, settings.region_id)
    horizon = horizon if horizon is not None else settings.horizon
    if horizon is None:
        raise FuturesError(Text(
            "Choose a horizon year for {name} (e.g. --horizon 2035).",
            name=f"{the_study.name!r}",
        ))
    baseline = baseline or settings.baseline
    if baseline not in store.BASELINE_CHOICES:
        raise FuturesError(
            Text(
                "Unknown baseline {baseline}; use one of {names}.",
                baseline=f"{baseline!r}",
                names=', '.join(store.BASELINE_CHOICES),
            )
        )
    window = window if window is not None else settings.trend_window
    draws = draws if draws is not None else settings.draws
    seed = seed if seed is not None else settings.seed
    if draws < 0:
        raise FuturesError(Text("The number of draws cannot be negative."))
    measure_code = _measure(db, region_row, measure, settings.measure_id)
    saved = list_scenarios(db, the_study)
    if not saved:
        raise FuturesError(
            Text(
                "{name} has no stored scenarios; solve the study (or add scenarios) first.",
                name=f"{the_study.name!r}",
            )
        )
    progress.report(0.02, Text("Reading the observations"))
    try:
        data = load_analysis(db, measure_code)
    except AnalysisError as error:
        raise FuturesError(str(error)) from None
    rows = [k for k, r in enumerate(data.regions) if r.id == region_row.id]
    if not rows:
        raise FuturesError(Text(
            "{code} has no {measure_code} data.",
            code=region_row.code,
            measure_code=measure_code,
        ))
    values = data.values[rows[0]]
    with_values = np.isfinite(values)
    if not with_values.any():
        raise FuturesError(Text(
            "{code} has no {measure_code} values.",
            code=region_row.code,
            measure_code=measure_code,
        ))
    last = int(data.years[np.nonzero(with_values.any(axis=0))[0].max()])
    industries, positions, baselines, left_out, new_fits = [], [], [], [], []
    for i, industry in enumerate(data.industries):
        progress.check()
        progress.report(0.05 + 0.45 * i / len(data.industries), Text("{industry}: baseline", industry=industry.code))
        series = values[i]
        if not with_values[i].any():
            continue
        if not np.isfinite(series[data.years == last]).all():
            left_out.append((industry.code, f"no value in {last}, the last observed year"))
            continue
        made = _baseline(
            db,
            baseline,
            window,
            data.years,
            series,
            data.reference[i],
            (region_row.id, industry.id, data.measure.id),
            new_fits,
        )
        if isinstance(made, str):
            left_out.append((industry.code, made))
            continue
        industries.append(industry)
        positions.append(i)
        baselines.append(made)
    if baseline in ("lifecycle", "shift-share") and left_out:
        named = "; ".join(f"{code}: {why}" for code, why in left_out)
        raise FuturesError(
            Text(
                "The {baseline} baseline cannot be made for every industry ({named}); choose the "
                "trend or let Anticipa choose (auto).",
                baseline=baseline,
                named=named,
            )
        )
    if save_fits and new_fits:
        store.save_fits(db, new_fits)
    index = {ind.id: k for k, ind in enumerate(industries)}
    stored_effects, stored_shocks = _effects_and_shocks(db, the_study, effects)
    inputs = _inputs(db, the_study, saved, index, stored_effects, stored_shocks)
    shares = scenario_weights(the_study, saved, weights or settings.weights)
    futures = [
        ScenarioFuture(
            s,
            scenario_label(the_study, s),
            {
                d.name: d.variants[v].name
                for d, v in zip(the_study.descriptors, s.variants, strict=True)
            },
            share,
        )
        for s, share in zip(saved, shares, strict=True)
    ]
    sub = progress.sub(0.5, 1.0)

    def check(fraction: float) -> None:
        progress.check()
        sub.report(fraction, Text("Simulating the scenarios"))

    outcomes, outcomes_left_out = _intensity_outcomes(
        db, region_row, data.measure, industries, last
    )
    keep = data.years <= last
    reference, note = _reference_trends(data.years[keep], data.reference[positions][:, keep], window)
    intensities = np.array([o.intensity for o in outcomes]).reshape(
        len(outcomes), len(industries)
    )
    key = _SimulationKey(
        the_study.id,
        tuple(baselines),
        None if reference is None else tuple(reference),
        horizon,
        draws,
        seed,
        tuple(tuple(float(v) for v in row) for row in intensities),
    )
    known = _known_projections(previous, key, saved, inputs)
    try:
        result = simulate(
            baselines,
            inputs,
            horizon,
            draws,
            seed,
            check,
            intensities=intensities,
            reference=reference,
            known=known,
        )
    except BaselineError as error:
        raise FuturesError(str(error)) from None
    return FuturesRun(
        the_study,
        region_row,
        data.measure.code,
        industries,
        baselines,
        futures,
        result,
        data.years[keep],
        values[positions][:, keep],
        draws,
        seed,
        left_out,
        _swings(baselines, the_study, stored_effects, index, horizon),
        data.reference_label,
        None if reference is None else np.array([b.last_value for b in reference]),
        note,
        outcomes,
        outcomes_left_out,
        key,
        inputs,
        sum(k is None for k in known),
    )


def _known_projections(previous: FuturesRun | None, key: _SimulationKey, saved, inputs):
    """Per scenario, its projection in ``previous`` when that run had the same key and the
    scenario the same inputs; else None (to simulate)."""
    if previous is None or previous.key != key:
        return [None] * len(saved)
    earlier = {
        future.scenario.id: (given, projection)
        for future, given, projection in zip(
            previous.scenarios, previous.inputs, previous.result.scenarios, strict=True
        )
    }
    return [
        earlier[s.id][1] if s.id in earlier and earlier[s.id][0] == given else None
        for s, given in zip(saved, inputs, strict=True)
    ]


def _intensity_outcomes(db, region: Classification, measure: Measure, industries, last: int):
    """The region's intensity measures (``anticipa measure M --intensity yes``) with a value for
    every projected industry, each industry's last value up to ``last``; the others with why."""
    found, left_out = [], []
    for m in list_measures(db):
        if not m.intensity or m.id == measure.id:
            continue
        try:
            data = load_analysis(db, m.code)
        except AnalysisError:
            continue
        rows = [k for k, r in enumerate(data.regions) if r.id == region.id]
        if not rows:
            continue
        position = {ind.id: k for k, ind in enumerate(data.industries)}
        keep = data.years <= last
        values, lacking = [], []
        for ind in industries:
            series = (
                data.values[rows[0], position[ind.id], keep] if ind.id in position else np.array([])
            )
            observed = series[np.isfinite(series)]
            if observed.size:
                values.append(float(observed[-1]))
            else:
                lacking.append(ind.code)
        if lacking:
            left_out.append(
                (m.code, f"no value up to {last} for {', '.join(lacking)} in {region.code}")
            )
            continue
        percent = "%" in m.unit
        scale = 0.01 if percent else 1.0
        if percent:
            unit = measure.unit
        elif " per " in m.unit:
            unit = m.unit.split(" per ")[0].strip()
        else:
            unit = f"{m.unit} x {measure.unit}".strip(" x")
        found.append(IntensityOutcome(m, np.array(values) * scale, unit))
    return found, left_out


def _reference_trends(years, reference, window) -> tuple[list[Baseline] | None, str]:
    """The reference's trend (CAGR over the same window, drawn by bootstrap like the region's)
    per projected industry, ending in the region's last observed year; or None and why. The
    trend is the reference's own growth, the shift-share baseline's component."""
    trends = []
    for series in reference:
        try:
            trend = trend_baseline(years, series, window)
        except BaselineError as error:
            return None, f"the reference cannot be projected for every industry: {error}"
        if trend.last_year != int(years[-1]):
            return None, f"the reference has no value in {int(years[-1])} for every industry"
        trends.append(trend)
    return trends, ""


def scenario_weights(study: Study, saved: list[SavedScenario], how: str) -> list[float]:
    """Equal weights, each scenario's TIS over the sum (every TIS must be positive), or the
    analysts' weights over their sum (every scenario must have one)."""
    if how == "equal":
        return [1.0 / len(saved)] * len(saved)
    if how == "analyst":
        lacking = [scenario_label(study, s) for s in saved if s.weight is None]
        if lacking or not sum(s.weight for s in saved if s.weight is not None) > 0:
            raise FuturesError(
                "Analysts' weights need a weight for every scenario, not all 0; "
                + (
                    f"{'; '.join(lacking)} {'has' if len(lacking) == 1 else 'have'} none"
                    if lacking
                    else "they are all 0"
                )
                + " (anticipa study weigh, or choose equal weights)."
            )
        total = sum(s.weight for s in saved)
        return [s.weight / total for s in saved]
    if how != "tis":
        raise FuturesError(
            Text(
                "Unknown weights {how}; use one of {names}.",
                how=f"{how!r}",
                names=', '.join(store.WEIGHT_CHOICES),
            )
        )
    lacking = [scenario_label(study, s) for s in saved if s.tis is None or not s.tis > 0]
    if lacking:
        raise FuturesError(
            Text(
                "Weights from the TIS need a positive TIS for every scenario; {names} has none. "
                "Use equal weights or solve the study again.",
                names='; '.join(lacking),
            )
        )
    total = sum(s.tis for s in saved)
    return [s.tis / total for s in saved]


def _region(db, label: str | None, stored: int | None) -> Classification:
    regions = classifications.list_all(db, "region")
    if label is None:
        if stored is None:
            raise FuturesError(Text("Choose the region to project (e.g. --region DE1)."))
        return next(c for c in regions if c.id == stored)
    region_id = classifications.resolve(db, "region", label)
    if region_id is None:
        raise FuturesError(Text("No region {label} in the project.", label=f"{label!r}"))
    return next(c for c in regions if c.id == region_id)


def _measure(db, region: Classification, label: str | None, stored: int | None) -> str:
    """The measure to project: asked, stored, or the region's only level (an intensity, held
    per job, is weighted by the projected jobs rather than projected itself)."""
    measures = {m.id: m for m in list_measures(db)}
    if label:
        asked = find_measure(db, label)
        if asked is not None and asked.intensity:
            raise FuturesError(
                Text(
                    "{code} is an intensity (held per job); project a level such as the jobs, and "
                    "its outcomes are weighted by them (or: anticipa measure {code} --intensity "
                    "no).",
                    code=asked.code,
                )
            )
        return label
    if stored is not None and stored in measures:
        return measures[stored].code
    found = [m for m in store.measures_with_data(db, region.id) if not measures[m].intensity]
    if not found:
        raise FuturesError(Text(
            "{code} has no observations; import data for it first.",
            code=region.code,
        ))
    if len(found) > 1:
        codes = ", ".join(measures[m].code for m in found)
        raise FuturesError(Text(
            "{code} has data for several measures ({codes}); choose one.",
            code=region.code,
            codes=codes,
        ))
    return measures[found[0]].code


def _baseline(db, kind, window, years, series, reference, key, new_fits) -> Baseline | str:
    """The industry's baseline, or why it has none."""
    try:
        if kind == "trend":
            return trend_baseline(years, series, window)
        if kind == "shift-share":
            return shift_share_baseline(years, series, reference, window)
        fit = _lifecycle_fit(db, years, series, key, new_fits)
        if kind == "lifecycle":
            if fit is None or "model" not in fit:
                return (fit or {}).get("reason", "no S-curve fit")
            return _from_stored(fit, years, series)
        if fit and "model" in fit and fit["r2"] >= GOOD_R2 and fit["beats_line"]:
            return _from_stored(fit, years, series)
        return trend_baseline(years, series, window)
    except BaselineError as error:
        return str(error)


def _lifecycle_fit(db, years, series, key, new_fits) -> dict | None:
    """The stored fit of this series, or a new one (queued in ``new_fits`` for storing)."""
    stamp = store.series_stamp(years, series)
    stored = store.stored_fit(db, *key, _FIT_KIND, stamp)
    if stored is not None:
        return stored
    fit = fit_series(years, series)
    best = fit.best
    if best is None:
        payload = {"reason": fit.reason}
    else:
        payload = {
            "model": best.model,
            "parameters": best.parameters,
            "covariance": best.covariance.tolist(),
            "r2": best.r2,
            "beats_line": bool(fit.beats_line),
            "first_year": float(fit.years[0]),
        }
    new_fits.append((*key, _FIT_KIND, stamp, payload))
    return payload


def _from_stored(fit: dict, years, series) -> Baseline:
    keep = np.isfinite(series)
    return curve_baseline(
        fit["model"],
        fit["parameters"],
        fit["covariance"],
        first_year=fit["first_year"],
        last_year=int(np.asarray(years)[keep][-1]),
        last_value=float(series[keep][-1]),
        r2=fit["r2"],
    )


def _effect_key(variant_id: int, industry_id: int | None) -> int:
    return variant_id * 1_000_003 + (industry_id or 0)


def _effects_and_shocks(db, study: Study, effects: EffectsWorkbook | None):
    """The study's stored effects and shocks, or the workbook's in their place."""
    if effects is None:
        return store.list_effects(db, study), store.list_shocks(db, study)
    return _resolve_workbook(db, study, effects)


def _swings(baselines, study: Study, stored_effects, index: dict[int, int], horizon: int):
    """Each variant with effects on projected industries, and its swing of the total."""
    names = {v.id: f"{d.name}: {v.name}" for d in study.descriptors for v in d.variants}
    groups: dict[int, list] = {}
    for e in stored_effects:
        if e.industry_id is None or e.industry_id in index:
            where = None if e.industry_id is None else index[e.industry_id]
            groups.setdefault(e.variant_id, []).append((where, Effect(e.low, e.mode, e.high)))
    if not groups:
        return []
    swings = effect_swings(baselines, list(groups.values()), horizon)
    found = [(names[vid], swing) for vid, swing in zip(groups, swings, strict=True)]
    return sorted(found, key=lambda item: -abs(item[1][2] - item[1][0]))


def _inputs(db, study: Study, saved, index: dict[int, int], stored_effects, stored_shocks):
    """Each scenario's effects and shocks, by projected industry position."""
    out = []
    for s in saved:
        chosen = {d.variants[v].id for d, v in zip(study.descriptors, s.variants, strict=True)}
        scenario_effects = [
            (
                _effect_key(e.variant_id, e.industry_id),
                None if e.industry_id is None else index[e.industry_id],
                Effect(e.low, e.mode, e.high),
            )
            for e in stored_effects
            if e.variant_id in chosen and (e.industry_id is None or e.industry_id in index)
        ]
        scenario_shocks = [
            (
                None if k.industry_id is None else index[k.industry_id],
                Shock(k.start_year, k.depth, k.recovery_years, k.shape),
            )
            for k in stored_shocks
            if k.variant_id in chosen and (k.industry_id is None or k.industry_id in index)
        ]
        out.append(ScenarioInputs(scenario_effects, scenario_shocks))
    return out


def _resolve_workbook(db, study: Study, book: EffectsWorkbook):
    """The workbook's rows as stored effects and shocks; unknown names are refused by cell."""
    file = Path(book.file).name

    def variant_id(descriptor: str, variant: str, place: str) -> int:
        d = next(
            (
                d
                for d in study.descriptors
                if descriptor.casefold() in (d.name.casefold(), d.short_name.casefold())
            ),
            None,
        )
        if d is None:
            raise FuturesError(
                Text(
                    "{file}, {place}: study {name} has no descriptor {descriptor}; it has {names}.",
                    file=file,
                    place=place,
                    name=f"{study.name!r}",
                    descriptor=f"{descriptor!r}",
                    names=', '.join(x.name for x in study.descriptors),
                ),
                file=book.file,
                cell=place,
            )
        v = next(
            (
                v
                for v in d.variants
                if variant.casefold() in (v.name.casefold(), v.short_name.casefold())
            ),
            None,
        )
        if v is None:
            raise FuturesError(
                Text(
                    "{file}, {place}: {name} has no variant {variant}; it has {names}.",
                    file=file,
                    place=place,
                    name=d.name,
                    variant=f"{variant!r}",
                    names=', '.join(x.name for x in d.variants),
                ),
                file=book.file,
                cell=place,
            )
        return v.id

    codes = {c.id: c.code for c in classifications.list_all(db, "industry")}

    def industry_ids(label: str, place: str) -> list[int | None]:
        try:
            return industries_named(db, label)
        except FuturesError as error:
            raise FuturesError(Text(
                "{file}, {place}: {error}",
                file=file,
                place=place,
                error=error,
            ), file=book.file, cell=place) from None

    effects, seen = [], {}
    for r in book.effects:
        variant = variant_id(r.descriptor, r.variant, r.place)
        for industry in industry_ids(r.industry, r.place):
            cell = (variant, industry)
            if cell in seen:
                also = "" if industry is None else f" ({codes[industry]})"
                raise FuturesError(
                    Text(
                        "{file}, {place}: the same variant and industry{also} as {seen}.",
                        file=file,
                        place=r.place,
                        also=also,
                        seen=seen[cell],
                    ),
                    file=book.file,
                    cell=r.place,
                )
            seen[cell] = r.place
            effects.append(store.StoredEffect(variant, industry, r.low, r.mode, r.high))
    shocks = [
        store.StoredShock(
            variant_id(r.descriptor, r.variant, r.place),
            industry,
            r.start,
            r.depth / 100.0,
            r.recovery_years,
            r.recovery,
        )
        for r in book.shocks
        for industry in industry_ids(r.industry, r.place)
    ]
    return effects, shocks


def industries_named(db, label: str) -> list[int | None]:
    """The industries an effect's ``label`` names: ``*`` (``[None]``: all), one industry by
    code or alias, or a group (``C*``, ``C10-C12``, see ``core.industry_groups``) expanded to
    its members; an error that says what is accepted when it names none."""
    if label.strip() == ALL_INDUSTRIES:
        return [None]
    found = classifications.resolve(db, "industry", label)
    if found is not None:
        return [found]
    industries = [(c.id, c.code, c.parent_id) for c in classifications.list_all(db, "industry")]
    members = group_members(label, industries)
    if not members:
        raise FuturesError(
            (
                f"no industry {label!r} in the project"
                if members is None
                else f"the group {label!r} holds no industry of the project"
            )
            + " (use * for all, a code, C* for the codes starting with C, or C10-C12)."
        )
    return members


def store_workbook_effects(db, study: int | str, book: EffectsWorkbook) -> tuple[int, int]:
    """Put the workbook's effects and shocks in place of the study's; counts stored."""
    the_study = require_study(db, study)
    effects, shocks = _resolve_workbook(db, the_study, book)
    store.replace_effects_and_shocks(db, the_study, effects, shocks)
    return len(effects), len(shocks)


# -- output ------------------------------------------------------------------------------------


def _number(value: float) -> float:
    return float(f"{value:.6g}")


def _summary(row: np.ndarray) -> dict[str, float]:
    return {q: _number(v) for q, v in zip(QUANTILES, row, strict=True)}


def futures_payload(run: FuturesRun, all_years: bool = False) -> dict:
    """The command line's JSON: the horizon year, and with ``all_years`` every projected year."""
    years = run.result.years
    h = len(years) - 1
    codes = [ind.code for ind in run.industries]

    def year_block(s, y: int) -> dict:
        return {
            "total": _summary(s.total[y]),
            "industries": [
                {"industry": code, **_summary(s.industries[k, y])} for k, code in enumerate(codes)
            ],
        }

    scenarios = []
    for future, s in zip(run.scenarios, run.result.scenarios, strict=True):
        lq = run.lq_horizon(s)
        entry = {
            "scenario": future.scenario.id,
            "label": future.label,
            "variants": future.variants,
            "weight": _number(future.weight),
            **year_block(s, h),
            "gained": _summary(s.gained),
            "lost": _summary(s.lost),
            "structure": {
                "herfindahl": _summary(s.herfindahl),
                "entropy": _summary(s.entropy),
                "shares": [
                    {"industry": code, **_summary(s.shares[k])} for k, code in enumerate(codes)
                ],
                "lq": None
                if lq is None
                else [{"industry": code, **_summary(lq[k])} for k, code in enumerate(codes)],
            },
        }
        entry["outcomes"] = [
            {"measure": o.measure.code, "name": o.measure.name, "unit": o.unit, **_summary(q)}
            for o, q in zip(run.outcomes, s.outcomes, strict=True)
        ]
        if all_years:
            entry["years"] = [{"year": int(y), **year_block(s, k)} for k, y in enumerate(years)]
        scenarios.append(entry)
    lq_today = run.lq_today()
    return {
        "study": run.study.name,
        "region": run.region.code,
        "measure": run.measure_code,
        "horizon": int(years[-1]),
        "draws": run.draws,
        "seed": run.seed,
        "baseline": [
            {
                "industry": code,
                "year": int(y),
                "value": _number(run.result.baseline[k, j]),
                "method": run.baselines[k].description,
            }
            for k, code in enumerate(codes)
            for j, y in enumerate(years)
            if all_years or j == h
        ],
        "left_out": [{"industry": code, "reason": why} for code, why in run.left_out],
        "today": {
            "year": int(run.history_years[-1]),
            "herfindahl": _number(run.result.today.herfindahl[0]),
            "entropy": _number(run.result.today.entropy[0]),
            "shares": [
                {"industry": code, "share": _number(run.result.today.shares[0, k])}
                for k, code in enumerate(codes)
            ],
            "lq": None
            if lq_today is None
            else [{"industry": code, "lq": _number(lq_today[k])} for k, code in enumerate(codes)],
        },
        "lq_reference": {"label": run.reference_label, "left_out": run.reference_note or None},
        "outcomes": {
            "today": [
                {"measure": o.measure.code, "value": _number(v)}
                for o, v in zip(run.outcomes, run.outcomes_today(), strict=True)
            ],
            "left_out": [{"measure": code, "reason": why} for code, why in run.outcomes_left_out],
        },
        "scenarios": scenarios,
        "ensemble": _ensemble_block(run, h),
        "tornado": [
            {
                "variant": name,
                "low": _number(swing[0]),
                "mode": _number(swing[1]),
                "high": _number(swing[2]),
            }
            for name, swing in run.swings
        ],
    }


def _ensemble_block(run: FuturesRun, year: int) -> dict:
    """The weighted scenarios together in ``year``: mean of the total and the standard
    deviations between and within scenarios."""
    e = ensemble(run.result.scenarios, [f.weight for f in run.scenarios])
    return {
        "mean": _number(e.mean[year]),
        "sd_between": _number(np.sqrt(e.between[year])),
        "sd_within": _number(np.sqrt(e.within[year])),
    }


def futures_text(payload: dict) -> str:
    lines = [
        f"{payload['study']} — {payload['region']}, {payload['measure']}, horizon "
        f"{payload['horizon']} ({payload['draws']} draws, seed {payload['seed']})"
    ]
    for s in payload["scenarios"]:
        t = s["total"]
        lines.append(
            f"  {s['label']}: total {t['p50']:,.0f} (P10 {t['p10']:,.0f} – P90 {t['p90']:,.0f})"
        )
    for item in payload["left_out"]:
        lines.append(f"  left out {item['industry']}: {item['reason']}")
    return "\n".join(lines)


# -- demo --------------------------------------------------------------------------------------

DEMO_STUDY = "Global context (CIB sample)"
#: (descriptor, variant, industry code or *, low, mode, high) in pp of annual growth. Illustrative
#: judgements for an export-oriented manufacturing region, not estimates.
DEMO_EFFECTS = (
    ("World trade regime", "Free trade", "B-E", 0.0, 0.5, 1.0),
    ("World trade regime", "National", "B-E", -2.0, -1.0, -0.3),
    ("World trade regime", "National", "G-I", -1.0, -0.4, 0.0),
    ("World economy", "Decline", "*", -2.0, -1.2, -0.5),
    ("World economy", "Stagnation", "*", -1.0, -0.5, 0.0),
    ("World economy", "Rapid growth", "*", 0.2, 0.6, 1.2),
    ("World security", "Alert", "M-N", -0.8, -0.3, 0.0),
)
#: (descriptor, variant, industry, start, depth as a fraction, recovery years, shape)
DEMO_SHOCKS = (("World security", "Alert", "*", 2018, -0.06, 3, "linear"),)


def add_demo_futures(db, resources_demo_dir: Path, progress: Progress | None = None) -> None:
    """Demo content: the global sample study projected onto Baden-Württemberg's employment,
    with variant effects and a recession shock under "World security: Alert"."""
    study = require_study(db, DEMO_STUDY)
    region = classifications.resolve(db, "region", "DE1")
    measure = next(m for m in list_measures(db) if m.code == "employees_de")
    store.set_settings(
        db,
        study.id,
        store.FuturesSettings(region, measure.id, 2030, "auto", None, 2000, 1),
    )

    def variant(descriptor: str, name: str) -> int:
        d = next(d for d in study.descriptors if d.name == descriptor)
        return next(v.id for v in d.variants if v.name == name)

    def industry(code: str) -> int | None:
        return None if code == ALL_INDUSTRIES else classifications.resolve(db, "industry", code)

    store.replace_effects_and_shocks(
        db,
        study,
        [
            store.StoredEffect(variant(d, v), industry(i), lo, mo, hi)
            for d, v, i, lo, mo, hi in DEMO_EFFECTS
        ],
        [
            store.StoredShock(variant(d, v), industry(i), start, depth, years, shape)
            for d, v, i, start, depth, years, shape in DEMO_SHOCKS
        ],
    )
    (progress or NullProgress()).report(1.0, Text("Demo futures ready"))


# -- report ------------------------------------------------------------------------------------


def report_sheets(db, flt, progress: Progress | None = None, study_ids=None) -> list:
    """The report workbook's futures: a sheet per scenario of each study with stored choices
    (region and horizon), with the total per year (line chart) and every industry at the
    horizon. ``flt.region_ids``, when given, keeps the studies projected for those regions;
    ``study_ids``, when given, keeps those studies."""
    from desktop_app.io.export_report import ReportSheet

    progress = progress or NullProgress()
    sheets = []
    studies = [s for s in store.studies_with_choices(db) if study_ids is None or s in study_ids]
    for k, study_id in enumerate(studies):
        settings = store.get_settings(db, study_id)
        if flt.region_ids and settings.region_id not in flt.region_ids:
            continue
        sub = progress.sub(k / len(studies), (k + 1) / len(studies))
        try:
            run = run_futures(db, study_id, None, progress=sub)
        except UserError:
            continue  # the study cannot be projected as stored (no scenarios, no data)
        for future, projection in zip(run.scenarios, run.result.scenarios, strict=True):
            sheets.append(
                ReportSheet(
                    Text("Futures S{scenario}", scenario=future.scenario.id),
                    Text("{study}, {label}: {projection}", study=run.study.name,
                         label=future.label, projection=_projection_words(run)),
                    [
                        _total_table(run, future, projection),
                        _industry_table(run, projection),
                        *([_outcome_table(run, projection)] if run.outcomes else []),
                    ],
                )
            )
    return sheets


def _total_table(run: FuturesRun, future: ScenarioFuture, projection):
    from desktop_app.io.export_report import ChartSpec, ReportTable

    columns = [Text("year"), Text("baseline"), *QUANTILES]
    baseline_total = run.result.baseline.sum(axis=0)
    rows = [
        [int(y), _number(baseline_total[j]), *(_number(v) for v in projection.total[j])]
        for j, y in enumerate(run.result.years)
    ]
    return ReportTable(
        Text("{label}: total of {region}", label=future.label, region=run.region.name),
        columns,
        rows,
        number_formats={c: "#,##0" for c in columns[1:]},
        chart=ChartSpec(
            "line",
            "year",
            ["p10", "p50", "p90", "baseline"],
            Text("Total: P10, median, P90 and the baseline"),
        ),
        notes=[
            Text("Last observed year {year}: {total}.", year=int(run.history_years[-1]),
                 total=Number(f"{_number(run.history[:, -1].sum()):,.0f}"))
        ],
    )


def _industry_table(run: FuturesRun, projection):
    from desktop_app.io.export_report import ReportTable

    horizon = int(run.result.years[-1])
    last = int(run.history_years[-1])
    observed_last = Text("observed {year}", year=last)
    share_last = Text("share {year}", year=last)
    lq_columns = [Text("LQ {year}", year=last), Text("LQ p10"), Text("LQ p50"), Text("LQ p90")]
    columns = [
        Text("code"),
        Text("industry"),
        observed_last,
        Text("baseline"),
        *QUANTILES,
        Text("change of the median"),
        share_last,
        Text("share p50"),
        *lq_columns,
        Text("baseline method"),
    ]
    lq_today, lq = run.lq_today(), run.lq_horizon(projection)
    rows = []
    for k, ind in enumerate(run.industries):
        observed = float(run.history[k, -1])
        q = projection.industries[k, -1]
        rows.append(
            [
                ind.code,
                ind.name,
                _number(observed),
                _number(run.result.baseline[k, -1]),
                *(_number(v) for v in q),
                _number(q[1] / observed - 1),
                _number(run.result.today.shares[0, k]),
                _number(projection.shares[k, 1]),
                *(
                    [None] * 4
                    if lq is None
                    else [_number(lq_today[k]), *(_number(v) for v in lq[k, :3])]
                ),
                run.baselines[k].description,
            ]
        )
    formats = {c: "#,##0" for c in (observed_last, "baseline", *QUANTILES)}
    formats.update(dict.fromkeys(("change of the median", share_last, "share p50"), "0.0%"))
    formats.update(dict.fromkeys(lq_columns, "0.00"))

    def spread(q) -> dict:
        return {"p50": Number(f"{_number(q[1])}"), "p10": Number(f"{_number(q[0])}"),
                "p90": Number(f"{_number(q[2])}")}

    today = run.result.today
    notes = [
        Text("Herfindahl {last}: {h}, {horizon} P50 {p50} (P10 {p10}, P90 {p90}).", last=last,
             h=Number(f"{_number(today.herfindahl[0])}"), horizon=horizon,
             **spread(projection.herfindahl)),
        Text("Entropy {last}: {e} bits, {horizon} P50 {p50} (P10 {p10}, P90 {p90}).", last=last,
             e=Number(f"{_number(today.entropy[0])}"), horizon=horizon,
             **spread(projection.entropy)),
        Text("Location quotients against {reference}, projected by its trend without the "
             "scenario's effects and shocks.", reference=run.reference_label)
        if lq is not None
        else Text("Location quotients against {reference} not computed: {why}.",
                  reference=run.reference_label, why=run.reference_note),
    ]
    return ReportTable(Text("Industries in {year}", year=horizon), columns, rows,
                       number_formats=formats, notes=notes)


def _projection_words(run: FuturesRun) -> Text:
    """What a scenario's sheet projects, as the report and the brief say it."""
    return Text("projected {measure} of {region} to {year} ({draws} draws, seed {seed}; "
                "baselines, effects and shocks as in docs/futures.md)", measure=run.measure_code,
                region=run.region.name, year=int(run.result.years[-1]), draws=run.draws,
                seed=run.seed)


def _outcome_table(run: FuturesRun, projection):
    """The intensity measures weighted by the projected levels, today and at the horizon."""
    from desktop_app.io.export_report import ReportTable

    last, horizon = int(run.history_years[-1]), int(run.result.years[-1])
    today_column = str(last)
    columns = [Text("measure"), Text("name"), Text("unit"), today_column, *QUANTILES]
    rows = [
        [o.measure.code, o.measure.name, o.unit, _number(today), *(_number(v) for v in q)]
        for o, today, q in zip(run.outcomes, run.outcomes_today(), projection.outcomes, strict=True)
    ]
    return ReportTable(
        Text("Weighted by the projected {measure} in {year}", measure=run.measure_code,
             year=horizon),
        columns,
        rows,
        number_formats={c: "#,##0" for c in (today_column, *QUANTILES)},
        notes=[
            Text("Each measure held per job at its last observed value per industry (a share in "
                 "% divided by 100), times the projected {measure}, summed over the industries.",
                 measure=run.measure_code)
        ],
    )
