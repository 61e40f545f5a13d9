"""Scenario studies coming into a project from another office: by merge or exchange workbook.

A study the receiving project lacks (by name) comes in whole: descriptors, variants, judgement
scale, every expert's judgements with their comments, the entered MICMAC influences (P marks
included), and the stored scenarios with their names and narratives. A study both hold is merged
expert by expert when its descriptors and variants are the same: an expert only the other side
has comes in, and a judgement both experts made differently (value or comment) is a conflict
keyed ``study / expert / from -> to``; so are a different scale (``study / scale``, decided
before the judgements, which must lie on it) and each MICMAC influence entered differently
(``study / from -> to``). A study whose
descriptors or variants differ is one conflict; taking theirs brings their version in beside
ours under the name ``"<study> (<office>)"``, so nothing of either is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from desktop_app.core.futures.effects import ALL_INDUSTRIES
from desktop_app.io.exchange_studies import (
    PortableDescriptor,
    PortableExpert,
    PortableScenario,
    PortableStudy,
)
from desktop_app.io.futures_effects import EffectRow, ShockRow
from desktop_app.store import scenarios as store
from desktop_app.store.scenarios import NewDescriptor, Study

__all__ = ["bring_studies", "portable_studies"]

#: (kind, key, ours, theirs, source) -> whether their version is to be written.
ConflictCallback = Callable[[str, str, str, str, str], bool]


def portable_studies(db, names: Sequence[str] | None = None) -> list[PortableStudy]:
    """The project's studies (those named, or all) as they travel."""
    wanted = None if names is None else {n.casefold() for n in names}
    out = []
    for summary in store.list_studies(db):
        if wanted is not None and summary.name.casefold() not in wanted:
            continue
        study = store.require_study(db, summary.id)
        out.append(
            PortableStudy(
                study.name,
                study.description,
                study.aggregation,
                study.source_file,
                [
                    PortableDescriptor(
                        d.name,
                        d.short_name,
                        d.definition,
                        [v.name for v in d.variants],
                        [v.short_name for v in d.variants],
                        [v.colour for v in d.variants],
                        d.role,
                        d.weight,
                    )
                    for d in study.descriptors
                ],
                [
                    PortableExpert(m.expert.name, m.values, m.comments)
                    for m in store.expert_matrices(db, study)
                ],
                [
                    PortableScenario(s.name, s.narrative, s.origin, s.tis, s.ic, s.variants)
                    for s in store.list_scenarios(db, study)
                ],
                *_futures_inputs(db, study),
                study.scale,
                _micmac_entries(db, study),
            )
        )
    return out


def _micmac_entries(db, study: Study) -> list[tuple[str, str, int | str]]:
    """The study's entered MICMAC influences that are not 0, by descriptor name."""
    entries = store.micmac_direct(db, study)
    if entries is None:
        return []
    names = study.descriptor_names
    return [
        (names[r], names[c], entries.entry(r, c))
        for r, c in zip(*np.nonzero(entries.values | entries.potential), strict=True)
    ]


def _futures_inputs(db, study: Study) -> tuple[list[EffectRow], list[ShockRow]]:
    """The study's variant effects and shocks by name (industry code, ``*`` for all)."""
    from desktop_app.store import futures
    from desktop_app.store.classifications import list_all

    codes = {c.id: c.code for c in list_all(db, "industry")}
    label = {v.id: (d.name, v.name) for d in study.descriptors for v in d.variants}

    def industry(industry_id: int | None) -> str:
        return ALL_INDUSTRIES if industry_id is None else codes[industry_id]

    effects = [
        EffectRow(
            *label[e.variant_id], industry(e.industry_id), e.low, e.mode, e.high, "", study.name
        )
        for e in futures.list_effects(db, study)
    ]
    shocks = [
        ShockRow(
            *label[h.variant_id],
            industry(h.industry_id),
            h.start_year,
            h.depth * 100.0,
            h.recovery_years,
            h.shape,
            "",
            study.name,
        )
        for h in futures.list_shocks(db, study)
    ]
    return effects, shocks


def _inputs_key(effects: list[EffectRow], shocks: list[ShockRow]) -> tuple[list, list]:
    """Effects and shocks as sorted values, to tell whether two versions of a study agree."""
    return (
        sorted((e.descriptor, e.variant, e.industry, e.low, e.mode, e.high) for e in effects),
        sorted(
            (h.descriptor, h.variant, h.industry, h.start, h.depth, h.recovery_years, h.recovery)
            for h in shocks
        ),
    )


def _store_inputs(db, study_id: int, their: PortableStudy, file: str) -> None:
    from desktop_app.io.futures_effects import EffectsWorkbook
    from desktop_app.services.futures import store_workbook_effects

    if their.effects or their.shocks:
        store_workbook_effects(db, study_id, EffectsWorkbook(file, their.effects, their.shocks))


def bring_studies(
    db,
    studies: Sequence[PortableStudy],
    office: str,
    conflict: ConflictCallback,
    added: dict[str, int],
) -> None:
    """Bring ``studies`` into ``db``; counts go into ``added`` ('scenario studies', 'scenario
    experts'); each difference is passed to ``conflict``, which says whether to take theirs."""
    for their in studies:
        ours = store.find_study(db, their.name)
        if ours is None:
            _create(db, their, their.name, office)
            added["scenario studies"] = added.get("scenario studies", 0) + 1
        elif _shape(ours) != their.shape():
            if conflict(
                "scenario study",
                their.name,
                _shape_text(_shape(ours)),
                _shape_text(their.shape()),
                office,
            ):
                _create(db, their, store.free_study_name(db, f"{their.name} ({office})"), office)
                added["scenario studies"] = added.get("scenario studies", 0) + 1
        else:
            _merge_roles(db, ours, their, office, conflict)
            ours = _merge_scale(db, ours, their, office, conflict)
            _merge_experts(db, ours, their, office, conflict, added)
            _merge_micmac(db, ours, their, office, conflict)
            _merge_inputs(db, ours, their, office, conflict)


def _shape(study: Study) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.name, tuple(v.name for v in d.variants)) for d in study.descriptors]


def _shape_text(shape) -> str:
    return "; ".join(f"{d}: {', '.join(vs)}" for d, vs in shape)


def _create(db, their: PortableStudy, name: str, source: str) -> None:
    descriptors = [
        NewDescriptor(
            d.name,
            d.variants,
            d.definition,
            short_name=d.short_name,
            variant_short=d.variant_short,
            colours=d.colours,
            role=d.role,
            weight=d.weight,
        )
        for d in their.descriptors
    ]
    study_id = store.create_study(
        db, name, descriptors, their.description, their.aggregation, their.source_file,
        their.scale or _spanned_scale(their),
    )
    study = store.require_study(db, study_id)
    ids = {d.name: d.id for d in study.descriptors}
    for source, target, influence in their.micmac:
        store.set_micmac_value(db, ids[source], ids[target], influence)
    for expert in their.experts:
        expert_id = store.add_expert(db, study_id, expert.name)
        store.set_expert_matrix(db, study, expert_id, expert.values, expert.comments)
    for s in their.scenarios:
        store.add_scenario(db, study, s.variants, s.name, s.narrative, s.origin, s.tis, s.ic)
    _store_inputs(db, study_id, their, source)


def _merge_roles(db, ours: Study, their: PortableStudy, office, conflict) -> None:
    """A descriptor's role or weight set otherwise on the other side is a conflict."""
    for mine, theirs in zip(ours.descriptors, their.descriptors, strict=True):
        if (mine.role, mine.weight) != (theirs.role, theirs.weight) and conflict(
            "descriptor role",
            f"{ours.name} / {mine.name}",
            f"{mine.role}, weight {mine.weight:g}",
            f"{theirs.role}, weight {theirs.weight:g}",
            office,
        ):
            store.update_descriptor(db, mine.id, role=theirs.role, weight=theirs.weight)


def _spanned_scale(their: PortableStudy) -> tuple[int, int]:
    """For a study whose scale was not written: the one its judgements span, at least -3..+3."""
    values = [e.values.ravel() for e in their.experts]
    return store.covering_scale(np.concatenate(values) if values else np.zeros(0))


def _merge_scale(db, ours: Study, their: PortableStudy, office, conflict) -> Study:
    """Their judgement scale, when it is written, differs and is taken; refused (stopping the
    merge) if our judgements lie outside it."""
    if their.scale is not None and ours.scale != their.scale and conflict(
        "judgement scale",
        f"{ours.name} / scale",
        "{:+d}..{:+d}".format(*ours.scale),
        "{:+d}..{:+d}".format(*their.scale),
        office,
    ):
        store.set_study_scale(db, ours.id, their.scale)
        return store.require_study(db, ours.id)
    return ours


def _merge_micmac(db, ours: Study, their: PortableStudy, office, conflict) -> None:
    """Each MICMAC influence entered differently on the two sides (absent: 0) is a conflict."""
    mine = {(s, t): v for s, t, v in _micmac_entries(db, ours)}
    theirs = {(s, t): v for s, t, v in their.micmac}
    ids = {d.name: d.id for d in ours.descriptors}
    order = {d.name: k for k, d in enumerate(ours.descriptors)}
    pairs = sorted(mine.keys() | theirs.keys(), key=lambda p: (order[p[0]], order[p[1]]))
    for source, target in pairs:
        a, b = mine.get((source, target), 0), theirs.get((source, target), 0)
        if a != b and conflict(
            "MICMAC influence", f"{ours.name} / {source} -> {target}", str(a), str(b), office
        ):
            store.set_micmac_value(db, ids[source], ids[target], b)


def _merge_inputs(db, ours: Study, their: PortableStudy, office, conflict) -> None:
    """Effects and shocks given otherwise on the other side: one conflict for the study's set
    (they are judged together, as one effects workbook)."""
    effects, shocks = _futures_inputs(db, ours)
    if _inputs_key(effects, shocks) == _inputs_key(their.effects, their.shocks):
        return
    if conflict(
        "variant effects",
        f"{ours.name} / effects and shocks",
        f"{len(effects)} effects, {len(shocks)} shocks",
        f"{len(their.effects)} effects, {len(their.shocks)} shocks",
        office,
    ):
        from desktop_app.store import futures

        futures.replace_effects_and_shocks(db, ours, [], [])
        _store_inputs(db, ours.id, their, office)


def _merge_experts(db, ours: Study, their: PortableStudy, office, conflict, added) -> None:
    our_matrices = {m.expert.name.casefold(): m for m in store.expert_matrices(db, ours)}
    labels = ours.labels
    for expert in their.experts:
        mine = our_matrices.get(expert.name.casefold())
        if mine is None:
            expert_id = store.add_expert(db, ours.id, expert.name)
            ours = store.require_study(db, ours.id)
            store.set_expert_matrix(db, ours, expert_id, expert.values, expert.comments)
            added["scenario experts"] = added.get("scenario experts", 0) + 1
            continue
        values = mine.values.copy()
        comments = dict(mine.comments)
        taken = False
        differ = (mine.values != expert.values) | _comment_mask(
            mine.comments, expert.comments, mine.values.shape
        )
        for r, c in zip(*np.nonzero(differ), strict=True):
            key = (int(r), int(c))
            if conflict(
                "judgement",
                f"{ours.name} / {mine.expert.name} / {labels[r]} -> {labels[c]}",
                _judgement(mine.values[r, c], mine.comments.get(key, "")),
                _judgement(expert.values[r, c], expert.comments.get(key, "")),
                office,
            ):
                values[r, c] = expert.values[r, c]
                comments.pop(key, None)
                if expert.comments.get(key):
                    comments[key] = expert.comments[key]
                taken = True
        if taken:
            store.set_expert_matrix(db, ours, mine.expert.id, values, comments)


def _comment_mask(a: dict, b: dict, shape) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    for key in a.keys() | b.keys():
        mask[key] = a.get(key, "") != b.get(key, "")
    return mask


def _judgement(value: float, comment: str) -> str:
    number = f"{value:+g}" if value else "0"
    return f"{number} ({comment})" if comment else number
