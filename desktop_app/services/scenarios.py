"""Scenario analysis use cases: load a study, solve it with progress and cancel, explain, MICMAC.

A study comes from a ScenarioWizard file (.scw), an Excel matrix sheet or a project's scenario
study. Solving reports progress and stops cleanly when cancelled (``Progress.check`` raises
``Cancelled`` inside the search); results saved to a project are written in one transaction,
so a cancelled run leaves the stored scenarios as they were.

Self-impact policy (DESIGN.md): every stored value is counted, diagonal blocks included; when a
diagonal block is non-zero, :class:`LoadedStudy` ``notes`` says so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core import cib
from desktop_app.core import micmac as mm
from desktop_app.errors import UserError
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.texts import Number, Text

if TYPE_CHECKING:
    from desktop_app.io.export_report import ReportSheet, ReportTable
    from desktop_app.store.scenarios import MicmacEntries

__all__ = [
    "EXCEL_SUFFIXES",
    "LoadedStudy",
    "ScenarioCertainty",
    "load_file",
    "load_project_study",
    "micmac_payload",
    "micmac_for",
    "report_sheets",
    "result_payload",
    "scenario_certainty",
    "solve",
    "solve_project_study",
]

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
#: Above this many combinations the solver gets a time budget and may fall back to sampling.
_EXACT_ALWAYS = 10**9


@dataclass
class LoadedStudy:
    """A study ready to solve: the (aggregated) matrix, each expert's matrix and notes."""

    name: str
    matrix: cib.CrossImpactMatrix
    experts: list[tuple[str, np.ndarray]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Influences entered for MICMAC (0..3 and P marks), None when none is entered.
    micmac_direct: MicmacEntries | None = None
    #: Per descriptor: system, lever or context (a file's study: all system).
    roles: list[str] = field(default_factory=list)


def _self_impact_notes(matrix: cib.CrossImpactMatrix) -> list[str]:
    names = matrix.self_impact_descriptors()
    if not names:
        return []
    return [
        f"self-impact (diagonal) block not zero for {', '.join(names)}: counted in the "
        "balances, as the file stores it"
    ]


def load_file(path: str | Path, scale: tuple[float, float] | None = (-3, 3)) -> LoadedStudy:
    """A study from a .scw file or an Excel matrix sheet (raises with file and line or cell).

    ``scale`` bounds the whole numbers accepted in an Excel sheet (None: any whole number, for
    matrices of summed judgements); .scw files keep whatever they store.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".scw":
        from desktop_app.io.scw import read_scw

        scw = read_scw(path)
        matrix = cib.CrossImpactMatrix.create(
            [d.name for d in scw.descriptors], [d.variants for d in scw.descriptors], scw.matrix
        )
    elif suffix in EXCEL_SUFFIXES:
        from desktop_app.io.cib_matrix_excel import read_matrix_workbook

        sheet = read_matrix_workbook(path, scale=scale).raise_for_errors()
        matrix = cib.CrossImpactMatrix.create(
            [name for name, _ in sheet.descriptors],
            [variants for _, variants in sheet.descriptors],
            sheet.matrix,
        )
    else:
        raise UserError(
            Text(
                "{name}: not a ScenarioWizard file (.scw), an Excel matrix ({names}) or a project "
                "(.anticipa)",
                name=path.name,
                names=', '.join(EXCEL_SUFFIXES),
            )
        )
    return LoadedStudy(path.stem, matrix, [(path.stem, matrix.values)], _self_impact_notes(matrix))


def load_project_study(db, study_key: int | str, expert_id: int | None = None) -> LoadedStudy:
    """A project's study: experts' matrices combined by the study's aggregation."""
    from desktop_app.store import scenarios as store

    study = store.find_study(db, study_key)
    if study is None:
        names = ", ".join(repr(s.name) for s in store.list_studies(db)) or "none"
        raise UserError(Text(
            "no scenario study {study_key} in the project (studies: {names})",
            study_key=f"{study_key!r}",
            names=names,
        ))
    read = store.expert_matrices(db, study)
    values = store.combined_matrix(db, study, expert_id, read)
    matrix = store.study_matrix(study, values)
    experts = [(m.expert.name, m.values) for m in read]
    notes = _self_impact_notes(matrix)
    if len(experts) > 1 and expert_id is None:
        notes.append(f"{len(experts)} experts' matrices combined by {study.aggregation}")
    weighted = [f"{d.name} x{d.weight:g}" for d in study.descriptors if d.weight != 1]
    if weighted:
        notes.append(f"descriptor weights: {', '.join(weighted)} (their judgements of the others)")
    direct = store.micmac_direct(db, study)
    roles = [d.role for d in study.descriptors]
    return LoadedStudy(study.name, matrix, experts, notes, direct, roles)


def _callback(progress: Progress, text: str):
    def report(fraction: float) -> None:
        progress.report(fraction, text)
        progress.check()

    return report


def solve(
    matrix: cib.CrossImpactMatrix,
    max_ic: float = 0,
    progress: Progress | None = None,
    seconds: float = 50.0,
    forced: dict[int, int] | None = None,
) -> cib.SolveResult:
    """Consistent (IC <= max_ic) scenarios; exact, or sampled with stated coverage when huge.

    Studies of up to a billion combinations are always solved exactly; larger ones get an exact
    attempt and, if it does not finish within a fifth of ``seconds``, random-start sampling for
    the rest (the result says so in ``note`` and ``exhaustive``). Under an intervention
    (``forced``, see :func:`desktop_app.core.cib.solve`) the search is exact or refused: the
    sampler follows successions of the free system.
    """
    progress = progress or NullProgress()
    callback = _callback(progress, Text("Searching consistent scenarios"))
    if forced:
        left = matrix.n_combinations // math.prod(len(matrix.variants[j]) for j in forced)
        if left > _EXACT_ALWAYS:
            raise cib.CIBError(
                Text(
                    "the intervention leaves {left} combinations, more than the {exact_always} "
                    "decided exactly; hold more descriptors",
                    left=Number(f"{left:,}"),
                    exact_always=Number(f"{_EXACT_ALWAYS:,}"),
                )
            )
        result = cib.solve(matrix, max_ic, callback=callback, forced=forced)
    elif matrix.n_combinations <= _EXACT_ALWAYS:
        result = cib.solve(matrix, max_ic, callback=callback)
    else:
        result = cib.solve_within(matrix, max_ic, seconds=seconds, callback=callback)
    progress.report(1.0, Text("{n} scenarios found", n=Number(f"{len(result):,}")))
    return result


def solve_project_study(
    db,
    study_key: int | str,
    max_ic: float = 0,
    progress: Progress | None = None,
) -> tuple[LoadedStudy, cib.SolveResult]:
    """Solve a project's study and store the scenarios (names and narratives are kept)."""
    from desktop_app.store import scenarios as store

    loaded = load_project_study(db, study_key)
    result = solve(loaded.matrix, max_ic, progress)
    study = store.find_study(db, study_key)
    store.save_scenarios(
        db,
        study,
        [(z, t, i) for z, t, i in zip(result.scenarios, result.tis, result.ic, strict=True)],
    )
    return loaded, result


def _number(x: float) -> int | float:
    x = float(x)
    return int(x) if x.is_integer() else round(x, 6)


def result_payload(loaded: LoadedStudy, result: cib.SolveResult) -> dict:
    """The JSON of ``anticipa cib``: descriptors, n_combinations, scenarios by TIS descending."""
    m = loaded.matrix
    return {
        "descriptors": [
            {"name": name, "variants": list(variants), "role": role}
            for name, variants, role in zip(
                m.descriptors,
                m.variants,
                loaded.roles or ["system"] * len(m.descriptors),
                strict=True,
            )
        ],
        "n_combinations": m.n_combinations,
        "scenarios": [
            {"variants": m.scenario_labels(z), "tis": _number(t), "ic": _number(i)}
            for z, t, i in zip(result.scenarios, result.tis, result.ic, strict=True)
        ],
        "exhaustive": result.exhaustive,
        "coverage": result.coverage,
        "decided": result.decided,
        "forced": {m.descriptors[j]: m.variants[j][v] for j, v in result.forced.items()},
        "notes": [*loaded.notes, result.note],
    }


def add_uncertainty(
    payload: dict,
    matrix: cib.CrossImpactMatrix,
    result: cib.SolveResult,
    draws: int,
    seed: int,
    progress: Progress | None = None,
) -> None:
    """Each scenario of ``payload`` gets ``robustness``: the share of ``draws`` perturbed
    matrices (judgements moved by up to one step, seeded) in which it is consistent, and the
    judgements whose one-step change removes it."""
    progress = progress or NullProgress()
    robust = cib.perturbed_robustness(
        matrix,
        result.scenarios,
        draws,
        seed,
        forced=result.forced,
        callback=_callback(progress, Text("Perturbing the judgements ({n} matrices)", n=Number(f"{draws:,}"))),
    )
    labels = matrix.labels
    for item, r in zip(payload["scenarios"], robust, strict=True):
        item["robustness"] = {
            "share": round(r.share, 6),
            "kept": r.kept,
            "draws": r.draws,
            "hinges": [
                {
                    "judgement": f"{labels[matrix.flat(h.source, r.scenario[h.source])]} -> "
                    f"{labels[matrix.flat(h.descriptor, h.variant)]}",
                    "change": h.change,
                    "descriptor": matrix.descriptors[h.descriptor],
                    "rival": matrix.variants[h.descriptor][h.rival],
                    "margin": _number(h.margin),
                }
                for h in r.hinges
            ],
        }
    payload["perturbation"] = {"draws": draws, "seed": seed, "step": 1}


def add_landscape(
    payload: dict, matrix: cib.CrossImpactMatrix, result: cib.SolveResult, starts: int, seed: int
) -> None:
    """Each scenario of ``payload`` gets ``x``, ``y`` (placed by the number of differing
    descriptors) and its volume weight (share of random starts whose succession ends in it)."""
    if not len(result):
        payload["landscape"] = None
        return
    shape = cib.landscape(result.scenarios)
    weights = cib.volume_weights(matrix, result.scenarios, starts, seed)
    for i, item in enumerate(payload["scenarios"]):
        item["x"], item["y"] = (round(float(c), 6) for c in shape.coordinates[i])
        item["volume_weight"] = round(float(weights.shares[i]), 6)
        item["hits"] = int(weights.hits[i])
    payload["landscape"] = {
        "explained": round(shape.explained, 6),
        "distances": shape.distances.tolist(),
        "starts": starts,
        "cycling": weights.cycling,
        "elsewhere": weights.elsewhere,
        "seed": seed,
    }


@dataclass
class ScenarioCertainty:
    """How sure each of a list of scenarios is, with the sample sizes behind the shares.

    ``robustness[i]``: in how many of ``draws`` perturbed matrices (every judgement moved by
    -1, 0 or +1, seeded) scenario i stays consistent, None for a near-consistent one;
    ``weights``: how many of ``starts`` random starts settle in each (its volume weight).
    """

    robustness: list[cib.ScenarioRobustness | None]
    weights: cib.VolumeWeights
    draws: int
    seed: int

    @property
    def starts(self) -> int:
        return self.weights.starts


def scenario_certainty(
    matrix: cib.CrossImpactMatrix,
    scenarios: np.ndarray,
    ic: np.ndarray,
    draws: int = 500,
    starts: int = 2000,
    seed: int = 0,
    progress: Progress | None = None,
) -> ScenarioCertainty:
    """Volume weight of every scenario and judgement robustness of the consistent ones (IC 0),
    seeded: the same numbers every time for the same matrix."""
    progress = progress or NullProgress()
    z = np.asarray(scenarios, dtype=np.int64).reshape(-1, len(matrix.descriptors))
    consistent = np.flatnonzero(np.asarray(ic) == 0)
    progress.report(0.0, Text("Following {n} random starts", n=Number(f"{starts:,}")))
    weights = cib.volume_weights(matrix, z, starts, seed)
    robust = cib.perturbed_robustness(
        matrix,
        z[consistent],
        draws,
        seed,
        callback=_callback(progress.sub(0.2, 1.0), Text("Perturbing the judgements ({n} matrices)", n=Number(f"{draws:,}"))),
    )
    by_index: list[cib.ScenarioRobustness | None] = [None] * len(z)
    for k, r in zip(consistent, robust, strict=True):
        by_index[k] = r
    return ScenarioCertainty(by_index, weights, draws, seed)


@dataclass
class StudyLandscape:
    """What the landscape view shows of one study: its consistent and near-consistent
    scenarios placed in the plane, their basins, and how the consistent ones stand judgement
    uncertainty (``robustness[i]`` None for a near-consistent scenario)."""

    loaded: LoadedStudy
    result: cib.SolveResult
    shape: cib.Landscape
    weights: cib.VolumeWeights
    robustness: list[cib.ScenarioRobustness | None]
    draws: int


def study_landscape(
    db,
    study_key: int | str,
    max_ic: float = 1,
    draws: int = 500,
    starts: int = 2000,
    seed: int = 0,
    progress: Progress | None = None,
) -> StudyLandscape:
    """Solve a project's study up to ``max_ic``, place its scenarios, weigh their basins and
    perturb the judgements of the consistent ones (seeded: the same numbers every time)."""
    progress = progress or NullProgress()
    loaded = load_project_study(db, study_key)
    result = solve(loaded.matrix, max_ic, progress.sub(0.0, 0.4))
    if not len(result):
        raise cib.CIBError(Text(
            "{name}: no scenario with inconsistency <= {max_ic}",
            name=loaded.name,
            max_ic=f"{max_ic:g}",
        ))
    progress.report(0.4, Text("Placing the scenarios"))
    shape = cib.landscape(result.scenarios)
    sure = scenario_certainty(
        loaded.matrix, result.scenarios, result.ic, draws, starts, seed, progress.sub(0.4, 1.0)
    )
    progress.report(1.0, Text("Landscape ready"))
    return StudyLandscape(loaded, result, shape, sure.weights, sure.robustness, draws)


def micmac_for(loaded: LoadedStudy) -> tuple[mm.MicmacAnalysis, str]:
    """MICMAC (direct, indirect and potential) on the entered influences when the study has
    any, else on influences derived from the cross impacts (which carry no P marks)."""
    names = list(loaded.matrix.descriptors)
    entered = loaded.micmac_direct
    if entered is not None and (np.any(entered.values) or np.any(entered.potential)):
        direct = mm.validate_direct(entered.values, names)
        return mm.micmac_analysis(direct, names, entered.potential), "entered"
    return mm.micmac_analysis(mm.direct_from_cib(loaded.matrix), names), "cib"


def micmac_payload(analysis: mm.MicmacAnalysis, source: str) -> dict:
    """The JSON of ``anticipa micmac``: per descriptor, Godet's four readings (direct,
    indirect, potential, potential indirect); ``quadrant`` is the indirect one."""
    readings = {mode: analysis.points(mode) for mode in mm.MODES}
    descriptors = []
    for k, name in enumerate(analysis.names):
        row: dict = {"name": name}
        for mode, points in readings.items():
            key = mode.replace(" ", "_")
            row[f"{key}_influence"] = _number(points.influence[k])
            row[f"{key}_dependence"] = _number(points.dependence[k])
            row[f"{key}_quadrant"] = points.quadrant[k]
            row[f"{key}_rank"] = int(points.rank[k])
        row["quadrant"] = row["indirect_quadrant"]
        descriptors.append(row)
    return {
        "source": source,
        "power": analysis.actual.power,
        "potential_power": analysis.potential.power,
        "potential_marks": analysis.potential_marks,
        "descriptors": descriptors,
    }


#: The MICMAC quadrants in the report's words.
_QUADRANT_WORDS = {
    "determinant": Text("determinant"),
    "relay": Text("relay"),
    "dependent": Text("dependent"),
    "autonomous": Text("autonomous"),
}


def report_sheets(
    db, study_ids: Sequence[int] | None = None, progress: Progress | None = None
) -> list[ReportSheet]:
    """The report workbook's scenario sheet: each study's stored scenarios and its MICMAC.

    Per study (those in ``study_ids``, every one when None), the scenario tableau (one column
    per descriptor, the variant in force, TIS and inconsistency; a chart of the TIS) and the
    MICMAC ranking (influence against dependence, quadrant, direct and indirect rank; a scatter
    chart). Studies are not tied to the observations selected for export.
    """
    from desktop_app.io.export_report import ReportSheet  # openpyxl only when a report is made
    from desktop_app.store import scenarios as store

    progress = progress or NullProgress()
    summaries = [s for s in store.list_studies(db) if study_ids is None or s.id in study_ids]
    tables = []
    for k, summary in enumerate(summaries):
        progress.check()
        progress.report(k / max(len(summaries), 1), Text("Scenario tables for the report"))
        study = store.require_study(db, summary.id)
        if not study.descriptors:
            continue
        tables.append(_tableau_table(study, store.list_scenarios(db, study)))
        loaded = load_project_study(db, study.id)
        analysis, source = micmac_for(loaded)
        tables.append(_micmac_table(study.name, analysis.actual, source))
    progress.report(1.0, Text("Scenario tables ready"))
    if not tables:
        return []
    return [
        ReportSheet(
            Text("Scenarios"),
            Text("Stored scenarios of each study (highest total impact score first) and the "
                 "descriptors' influence and dependence (MICMAC)"),
            tables,
        )
    ]


def _tableau_table(study, scenarios) -> ReportTable:
    from desktop_app.io.export_report import ChartSpec, Highlight, ReportTable

    columns = [Text("scenario"), "TIS", Text("inconsistency"), *study.descriptor_names]
    rows = [
        [
            s.name or Text("Scenario {number}", number=k),
            _number(s.tis) if s.tis is not None else None,
            _number(s.ic) if s.ic is not None else None,
            *[d.variants[v].name for d, v in zip(study.descriptors, s.variants, strict=True)],
        ]
        for k, s in enumerate(scenarios, start=1)
    ]
    notes = [] if rows else [
        Text("No scenarios stored yet: solve the study in Scenarios ▸ Scenarios.")
    ]
    return ReportTable(
        Text("{study}: scenarios", study=study.name),
        columns,
        rows,
        number_formats={"TIS": "0", "inconsistency": "0"},
        highlights=[Highlight("TIS", "bar"), Highlight("inconsistency", "at_least", 1)],
        chart=ChartSpec("column", "scenario", ["TIS"], Text("Total impact score"))
        if rows else None,
        notes=notes,
    )


def _micmac_table(study_name: str, result: mm.MicmacResult, source: str) -> ReportTable:
    from desktop_app.io.export_report import ChartSpec, Highlight, ReportTable

    rows = [
        [
            name,
            _number(result.indirect_influence[k]),
            _number(result.indirect_dependence[k]),
            _QUADRANT_WORDS[result.indirect_quadrant[k]],
            int(result.direct_rank[k]),
            int(result.indirect_rank[k]),
        ]
        for k, name in enumerate(result.names)
    ]
    origin = (
        Text("entered 0-3 influences") if source == "entered" else Text("the cross-impact matrix")
    )
    return ReportTable(
        Text("{study}: MICMAC", study=study_name),
        [
            Text("descriptor"),
            Text("indirect influence"),
            Text("indirect dependence"),
            Text("quadrant"),
            Text("direct rank"),
            Text("indirect rank"),
        ],
        rows,
        number_formats={"indirect influence": "0.0", "indirect dependence": "0.0"},
        highlights=[Highlight("quadrant", "equals", _QUADRANT_WORDS["determinant"])],
        chart=ChartSpec(
            "scatter",
            "indirect dependence",
            ["indirect influence"],
            Text("Influence against dependence"),
            Text("dependence"),
            Text("influence"),
        ),
        notes=[Text("From {origin}; indirect values at matrix power {power}.", origin=origin,
                    power=result.power)],
    )
