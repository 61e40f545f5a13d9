"""Scenario studies in a merge between offices (see :mod:`desktop_app.services.merge`).

A study the receiving project lacks (by name) comes in whole: descriptors, variants, every
expert's judgements with their comments, and the stored scenarios with their names and
narratives. A study both hold is merged expert by expert when its descriptors and variants are
the same: an expert only the other office has comes in, and a judgement both experts made
differently (value or comment) is a conflict keyed by study, expert and cell. A study whose
descriptors or variants differ is one conflict; taking theirs brings their version in beside
ours under the name ``"<study> (<office>)"``, so nothing of either is lost.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from desktop_app.store import scenarios as store
from desktop_app.store.scenarios import NewDescriptor, Study

#: (kind, key, ours, theirs, source) -> whether their version is to be written.
ConflictCallback = Callable[[str, str, str, str, str], bool]


def merge_studies(
    db, theirs_db, office: str, conflict: ConflictCallback, added: dict[str, int]
) -> None:
    """Bring the other project's studies into ``db``; counts go into ``added``."""
    for summary in store.list_studies(theirs_db):
        their = store.require_study(theirs_db, summary.id)
        ours = store.find_study(db, their.name)
        if ours is None:
            _copy(db, theirs_db, their, their.name)
            added["scenario studies"] += 1
        elif _shape(ours) != _shape(their):
            if conflict(
                "scenario study",
                their.name,
                _shape_text(ours),
                _shape_text(their),
                office,
            ):
                _copy(db, theirs_db, their, _free_name(db, f"{their.name} ({office})"))
                added["scenario studies"] += 1
        else:
            _merge_experts(db, theirs_db, ours, their, office, conflict, added)


def _shape(study: Study) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.name, tuple(v.name for v in d.variants)) for d in study.descriptors]


def _shape_text(study: Study) -> str:
    return "; ".join(f"{d}: {', '.join(vs)}" for d, vs in _shape(study))


def _free_name(db, wanted: str) -> str:
    name, k = wanted, 2
    while store.find_study(db, name) is not None:
        name, k = f"{wanted} {k}", k + 1
    return name


def _copy(db, theirs_db, their: Study, name: str) -> None:
    descriptors = [
        NewDescriptor(
            d.name,
            [v.name for v in d.variants],
            d.definition,
            short_name=d.short_name,
            variant_short=[v.short_name for v in d.variants],
            colours=[v.colour for v in d.variants],
        )
        for d in their.descriptors
    ]
    study_id = store.create_study(
        db, name, descriptors, their.description, their.aggregation, their.source_file
    )
    study = store.require_study(db, study_id)
    for matrix in store.expert_matrices(theirs_db, their):
        expert_id = store.add_expert(db, study_id, matrix.expert.name)
        store.set_expert_matrix(db, study, expert_id, matrix.values, matrix.comments)
    for s in store.list_scenarios(theirs_db, their):
        store.add_scenario(db, study, s.variants, s.name, s.narrative, s.origin, s.tis, s.ic)


def _merge_experts(db, theirs_db, ours: Study, their: Study, office, conflict, added) -> None:
    our_matrices = {m.expert.name.casefold(): m for m in store.expert_matrices(db, ours)}
    labels = ours.labels
    for matrix in store.expert_matrices(theirs_db, their):
        mine = our_matrices.get(matrix.expert.name.casefold())
        if mine is None:
            expert_id = store.add_expert(db, ours.id, matrix.expert.name)
            ours = store.require_study(db, ours.id)
            store.set_expert_matrix(db, ours, expert_id, matrix.values, matrix.comments)
            added["scenario experts"] += 1
            continue
        values = mine.values.copy()
        comments = dict(mine.comments)
        taken = False
        differ = (mine.values != matrix.values) | _comment_mask(mine, matrix)
        for r, c in zip(*np.nonzero(differ), strict=True):
            key = (int(r), int(c))
            if conflict(
                "judgement",
                f"{ours.name} / {mine.expert.name} / {labels[r]} -> {labels[c]}",
                _judgement(mine.values[r, c], mine.comments.get(key, "")),
                _judgement(matrix.values[r, c], matrix.comments.get(key, "")),
                office,
            ):
                values[r, c] = matrix.values[r, c]
                comments.pop(key, None)
                if matrix.comments.get(key):
                    comments[key] = matrix.comments[key]
                taken = True
        if taken:
            store.set_expert_matrix(db, ours, mine.expert.id, values, comments)


def _comment_mask(a: store.ExpertMatrix, b: store.ExpertMatrix) -> np.ndarray:
    mask = np.zeros(a.values.shape, dtype=bool)
    for key in a.comments.keys() | b.comments.keys():
        mask[key] = a.comments.get(key, "") != b.comments.get(key, "")
    return mask


def _judgement(value: float, comment: str) -> str:
    number = f"{value:+g}" if value else "0"
    return f"{number} ({comment})" if comment else number
