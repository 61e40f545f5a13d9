"""Scenario studies in and out of files: ScenarioWizard .scw, Excel matrices, questionnaires.

Each import checks the whole file first and then writes the study in one transaction, so a bad
file leaves nothing behind. Exports use an expert's matrix or, by default, the study's
aggregate (the study's aggregation method over all experts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_app.errors import UserError
from desktop_app.io.cib_matrix_excel import read_matrix_workbook, write_matrix_workbook
from desktop_app.io.questionnaire import Descriptor, read_questionnaire
from desktop_app.io.scw import ScwDescriptor, ScwFile, read_scw, write_scw
from desktop_app.io.workbook import Problem
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.store import scenarios as store
from desktop_app.store.scenarios import NewDescriptor, Study, StudyError
from desktop_app.texts import Text

__all__ = [
    "DEMO_FILE",
    "StudyImport",
    "add_demo_study",
    "export_matrix_workbook",
    "export_scw",
    "import_matrix_workbook",
    "import_questionnaire",
    "import_scw",
    "import_study_file",
]

DEMO_FILE = "CIB_global.scw"
#: Two versions of one cibsa study, entered as two experts (they differ in 21 judgements).
DEMO_EXPERT_FILES = ("CIB_natl_regional.scw", "CIB_nested_simplified_nonstandard.scw")
#: The demo sample's abbreviations spelled out for display (the .scw stores short names only).
_DEMO_NAMES = {
    "WTRD": ("World trade regime", {"FT": "Free trade", "Ntl": "National", "Mix": "Mixed"}),
    "WSEC": ("World security", {"Rlx": "Relaxed", "Mod": "Moderate", "Alrt": "Alert"}),
    "WECO": (
        "World economy",
        {
            "Decl": "Decline",
            "Stag": "Stagnation",
            "ModGr": "Moderate growth",
            "RpdGr": "Rapid growth",
        },
    ),
}


@dataclass
class StudyImport:
    """What an import created, and what the user should know about it."""

    study_id: int
    name: str
    expert_id: int
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _self_impact_note(names: list[str], sizes: list[int], values: np.ndarray) -> list[str]:
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    nonzero = [
        names[j]
        for j in range(len(sizes))
        if np.any(values[offsets[j] : offsets[j + 1], offsets[j] : offsets[j + 1]] != 0)
    ]
    if not nonzero:
        return []
    return [
        f"The self-impact block of {', '.join(nonzero)} is not zero. Its values are kept and "
        "counted in every impact balance, as ScenarioWizard does; the editor shows them "
        "but keeps the block closed."
    ]


def _essay(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text


def import_scw(
    db, path: str | Path, name: str | None = None, progress: Progress | None = None
) -> StudyImport:
    """Create a study from a ScenarioWizard file, its matrix as one expert's judgements."""
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(0.1, Text("Reading {file}", file=path.name))
    scw = read_scw(path)
    imported = _study_from_scw(db, scw, name or path.stem, path.name, progress)
    progress.report(1.0, Text("Study {study} imported", study=imported.name))
    return imported


def _study_from_scw(
    db, scw: ScwFile, name: str, file_name: str, progress: Progress, display: dict | None = None
) -> StudyImport:
    display = display or {}
    descriptors = []
    for d, essay in zip(scw.descriptors, scw.essays or [[]] * len(scw.descriptors), strict=True):
        long_name, variant_names = display.get(d.short.strip(), (d.name, {}))
        descriptors.append(
            NewDescriptor(
                long_name,
                [variant_names.get(v, v) for v in d.variants],
                _essay(essay),
                short_name=d.short.strip(),
                variant_short=[v.strip() or f"V{k + 1}" for k, v in enumerate(d.variant_short)],
            )
        )
    progress.check()
    with db.atomic():
        # a .scw file stores no scale: the one its judgements span, at least -3..+3
        study_id = store.create_study(
            db, store.free_study_name(db, name), descriptors, source_file=file_name,
            scale=store.covering_scale(scw.matrix),
        )
        expert_id = store.add_expert(db, study_id, file_name)
        study = store.require_study(db, study_id)
        store.set_expert_matrix(db, study, expert_id, scw.matrix.astype(float))
    notes = _self_impact_note(study.descriptor_names, study.sizes, scw.matrix)
    return StudyImport(study_id, study.name, expert_id, notes)


def import_matrix_workbook(
    db,
    path: str | Path,
    name: str | None = None,
    scale: tuple[float, float] | None = (-3, 3),
    progress: Progress | None = None,
) -> StudyImport:
    """Create a study from an Excel matrix sheet; raise ``MatrixSheetError`` on any error."""
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(0.1, Text("Reading {file}", file=path.name))
    sheet = read_matrix_workbook(path, scale=scale).raise_for_errors()
    progress.check()
    with db.atomic():
        study_id = store.create_study(
            db,
            store.free_study_name(db, name or path.stem),
            [NewDescriptor(n, v) for n, v in sheet.descriptors],
            source_file=path.name,
            scale=scale if scale is not None else store.covering_scale(sheet.matrix),
        )
        expert_id = store.add_expert(db, study_id, path.name)
        study = store.require_study(db, study_id)
        store.set_expert_matrix(db, study, expert_id, sheet.matrix, sheet.comments)
    notes = _self_impact_note(study.descriptor_names, study.sizes, sheet.matrix)
    progress.report(1.0, Text("Study {study} imported", study=study.name))
    return StudyImport(study_id, study.name, expert_id, notes, sheet.problems)


STUDY_SUFFIXES = (".scw", ".xlsx", ".xlsm", ".xls", ".ods")


def import_study_file(
    db,
    path: str | Path,
    name: str | None = None,
    scale: tuple[float, float] | None = (-3, 3),
    progress: Progress | None = None,
) -> StudyImport:
    """A .scw file or an Excel matrix as a new study: the one entry of the window and the CLI."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".scw":
        return import_scw(db, path, name, progress)
    if suffix in STUDY_SUFFIXES:
        return import_matrix_workbook(db, path, name, scale, progress)
    raise UserError(
        Text(
            "{name}: a scenario study is read from {names} (a ScenarioWizard file or an Excel "
            "cross-impact matrix)",
            name=path.name,
            names=', '.join(STUDY_SUFFIXES),
        )
    )


def export_scw(db, study: Study, path: str | Path, expert_id: int | None = None) -> list[str]:
    """Write the study as a ScenarioWizard file; return notes (e.g. values that were rounded)."""
    values = store.combined_matrix(db, study, expert_id)
    notes = []
    rounded = np.rint(values)
    if not np.array_equal(rounded, values):
        notes.append(
            "ScenarioWizard stores whole numbers: the combined judgements were rounded "
            "to the nearest whole number."
        )
    descriptors = [
        ScwDescriptor(
            d.short_name,
            d.name if d.name != d.short_name else "",
            [v.short_name for v in d.variants],
            [v.name if v.name != v.short_name else "" for v in d.variants],
        )
        for d in study.descriptors
    ]
    essays = [
        ['"' + d.definition.replace('"', "'").replace("\n", " ") + '"'] for d in study.descriptors
    ]
    write_scw(path, ScwFile(Path(path).name, descriptors, rounded.astype(np.int64), essays=essays))
    return notes


def export_matrix_workbook(
    db, study: Study, path: str | Path, expert_id: int | None = None
) -> None:
    """Write the study's matrix (an expert's, with comments, or the combined one) to Excel."""
    comments = store.expert_matrix(db, study, expert_id).comments if expert_id else None
    write_matrix_workbook(
        path,
        list(zip(study.descriptor_names, study.variant_names, strict=True)),
        store.combined_matrix(db, study, expert_id),
        comments,
        title=study.name,
    )


def import_questionnaire(
    db, study: Study, path: str | Path, expert: str | None = None, progress: Progress | None = None
) -> StudyImport:
    """Take a returned questionnaire in as that expert's matrix (replacing an earlier one).

    Blank and off-scale answers count as 0 and are returned in ``problems``; a questionnaire
    whose rows do not match the study's descriptors is refused whole.
    """
    progress = progress or NullProgress()
    descriptors = [
        Descriptor(d.name, tuple(v.name for v in d.variants), d.definition)
        for d in study.descriptors
    ]
    progress.report(0.1, Text("Reading {file}", file=Path(path).name))
    answers = read_questionnaire(path, descriptors, study.scale)
    errors = [p for p in answers.problems if p.severity == "error"]
    if errors:
        raise StudyError(
            f"{Path(path).name}: {errors[0].place}: {errors[0].reason}"
            + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
        )
    name = (expert or answers.expert or Path(path).stem).strip()
    progress.check()
    notes = []
    with db.atomic():
        existing = next((e for e in study.experts if e.name == name), None)
        if existing is None:
            expert_id = store.add_expert(db, study.id, name)
        else:
            expert_id = existing.id
            notes.append(f"{name}'s earlier judgements were replaced.")
        fresh = store.require_study(db, study.id)
        store.set_expert_matrix(db, fresh, expert_id, answers.matrix, answers.comments)
    if answers.blanks:
        notes.append(f"{len(answers.blanks)} pair(s) left blank, counted as 0.")
    if answers.off_scale:
        low, high = study.scale
        notes.append(
            f"{len(answers.off_scale)} answer(s) off the study's {low:+d}..{high:+d} scale, "
            "counted as 0."
        )
    progress.report(1.0, Text("Judgements of {expert} imported", expert=name))
    return StudyImport(study.id, study.name, expert_id, notes, answers.problems)


def add_demo_study(db, resources_demo_dir: Path, progress: Progress | None = None) -> None:
    """Demo content: two cibsa sample studies, the second with two experts to compare; both
    solved, so the scenario views and the report open on results."""
    progress = progress or NullProgress()
    scw = read_scw(Path(resources_demo_dir) / DEMO_FILE)
    imported = _study_from_scw(
        db, scw, "Global context (CIB sample)", DEMO_FILE, progress, display=_DEMO_NAMES
    )
    study = _described(
        db,
        imported.study_id,
        "Sample study from ScenarioWizard (cibsa project, Stockholm Environment Institute): "
        "how world trade, security and the world economy shape each other.",
    )
    _solve_and_store(db, study)
    progress.report(0.5, Text("Demo study with two experts"))
    first, second = (read_scw(Path(resources_demo_dir) / f) for f in DEMO_EXPERT_FILES)
    pair = _study_from_scw(
        db, first, "National and regional (two versions)", DEMO_EXPERT_FILES[0], progress
    )
    study = _described(
        db,
        pair.study_id,
        "Two versions of one cibsa sample study (national, regional and world descriptors), "
        "entered as two experts so their judgements can be combined and compared.",
    )
    expert_id = store.add_expert(db, study.id, DEMO_EXPERT_FILES[1])
    store.set_expert_matrix(db, study, expert_id, second.matrix.astype(float))
    _solve_and_store(db, store.require_study(db, study.id))
    progress.report(1.0, Text("Demo scenario studies ready"))


def _solve_and_store(db, study: store.Study) -> None:
    """Store the consistent scenarios of ``study`` (its experts combined by its aggregation)."""
    from desktop_app.core.cib import solve

    result = solve(store.study_matrix(study, store.combined_matrix(db, study)))
    store.save_scenarios(
        db, study, zip(result.scenarios.tolist(), result.tis, result.ic, strict=True)
    )


def _described(db, study_id: int, description: str) -> store.Study:
    """Give a demo study its description; returns the study as it now is."""
    store.update_study(db, study_id, description=description)
    return store.require_study(db, study_id)
