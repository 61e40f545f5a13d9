"""Policy options coming into a project from another office: by merge or exchange workbook.

Runs after the studies and registers came in, so that names resolve. An outcome the receiving
project lacks comes in with its direction; one it holds with the other direction is a conflict
(taking theirs turns it). An option it lacks (by name) comes in with its targets and effects; one
it holds described otherwise (instrument, cost, dates, owner, targets) is a conflict keyed by
the option's name. An effect comes in where the cell (option, outcome, study and scenario or
variant) is empty; a cell holding other values is a conflict. What cannot be placed (a study,
scenario, variant or target the project does not have) is listed as a conflict that cannot be
taken, so nothing is guessed and nothing is lost from the report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.io.exchange_options import (
    SCENARIO_JOIN,
    PortableEffect,
    PortableOption,
    PortableOptions,
)
from desktop_app.services.policy_options import OptionsError, find_target
from desktop_app.store import policy_options as store
from desktop_app.store import scenarios as studies
from desktop_app.store.policy_options import OptionEffect

__all__ = ["bring_options", "portable_options"]

#: (kind, key, ours, theirs, source) -> whether their version is to be written.
ConflictCallback = Callable[[str, str, str, str, str], bool]


def portable_options(db, study_names: Sequence[str] | None = None) -> PortableOptions:
    """The project's outcomes, options and their effects in the named studies (all when None)
    as they travel."""
    if "policy_options" not in db.table_names():  # a project from before version 11
        return PortableOptions()
    targets: dict[int, list[str]] = {}
    for option_id, t in store.targets_by_option(db):
        targets.setdefault(option_id, []).append(f"{t.kind}:{t.name}")
    options = store.list_options(db)
    names = {o.id: o.name for o in options}
    effects = []
    wanted = None if study_names is None else {n.casefold() for n in study_names}
    for summary in studies.list_studies(db):
        if wanted is not None and summary.name.casefold() not in wanted:
            continue
        study = studies.require_study(db, summary.id)
        variants = {v.id: (d.name, v.name) for d in study.descriptors for v in d.variants}
        scenarios = {s.id: tuple(d.variants[v].name for d, v in
                                 zip(study.descriptors, s.variants, strict=True))
                     for s in studies.list_scenarios(db, study)}
        for e in store.list_effects(db, study):
            descriptor, variant = variants.get(e.variant_id, ("", ""))
            effects.append(PortableEffect(names[e.option_id], study.name,
                                          scenarios.get(e.scenario_id), descriptor, variant,
                                          e.outcome, e.low, e.mode, e.high))
    return PortableOptions(
        [(o.name, o.direction) for o in store.list_outcomes(db)],
        [PortableOption(o.name, o.instrument, o.description, o.cost, o.start_year,
                        o.time_to_effect, o.owner, tuple(targets.get(o.id, ())))
         for o in options],
        effects,
    )


#: The conflict kind of an effect judged on a study this project does not hold (an exchange
#: import leaves it out with a warning, as it does a signpost on such a study).
EFFECT_ON_ANOTHER_STUDY = "option effect on a study not in the project"


def bring_options(
    db, portable: PortableOptions, office: str, conflict: ConflictCallback, added: dict[str, int]
) -> None:
    """Bring the other office's register into ``db``; counts go into ``added`` ('policy
    options', 'option effects'); each difference is passed to ``conflict``."""
    for name, direction in portable.outcomes:
        ours = store.find_outcome(db, name)
        if ours is None:
            store.add_outcome(db, name, direction)
        elif ours.direction != direction and conflict(
                "policy outcome", ours.name, ours.direction, direction, office):
            store.set_direction(db, ours.name, direction)
    for their in portable.options:
        targets = _targets(db, their, office, conflict)
        ours = store.find_option(db, their.name)
        fields = {"name": their.name, "instrument": their.instrument,
                  "description": their.description, "cost": their.cost,
                  "start_year": their.start_year, "time_to_effect": their.time_to_effect,
                  "owner": their.owner}
        if ours is None:
            option_id = store.add_option(db, **fields)
            store.set_targets(db, option_id, targets)
            added["policy options"] = added.get("policy options", 0) + 1
            continue
        our_targets = tuple(sorted((t.kind, t.id) for t in store.list_targets(db, ours.id)))
        mine = _describe(ours, store.list_targets(db, ours.id))
        if (mine != _describe_portable(their) or our_targets != tuple(sorted(set(targets)))) \
                and conflict("policy option", ours.name, mine, _describe_portable(their), office):
            store.update_option(db, ours.id, **fields)
            store.set_targets(db, ours.id, targets)
    for effect in portable.effects:
        _bring_effect(db, effect, office, conflict, added)


def _targets(db, their: PortableOption, office, conflict) -> list[tuple[str, int]]:
    found = []
    for text in their.targets:
        try:
            target = find_target(db, text)
        except OptionsError as error:
            conflict("option target", f"{their.name} / {text}", "", str(error), office)
            continue
        found.append((target.kind, target.id))
    return found


def _describe(option: store.PolicyOption, targets) -> str:
    return _text(option.instrument, option.cost, option.start_year, option.time_to_effect,
                 option.owner, [f"{t.kind}:{t.name}" for t in targets])


def _describe_portable(option: PortableOption) -> str:
    return _text(option.instrument, option.cost, option.start_year, option.time_to_effect,
                 option.owner, list(option.targets))


def _text(instrument, cost, start, delay, owner, targets) -> str:
    def shown(value) -> str:
        return "–" if value is None else f"{value:g}"

    return (f"{instrument or '–'}, cost {shown(cost)}, start {start or '–'}, "
            f"{shown(delay)} years to effect, owner {owner or '–'}, targets "
            f"{'; '.join(sorted(targets)) or '–'}")


def _bring_effect(db, e: PortableEffect, office, conflict, added) -> None:
    where = SCENARIO_JOIN.join(e.scenario) if e.scenario else f"{e.descriptor}: {e.variant}"
    key = f"{e.option} / {e.study} / {where} / {e.outcome}"
    study = studies.find_study(db, e.study)
    scenario_id = variant_id = None
    if study is not None and e.scenario is not None:
        names = {tuple(d.variants[v].name for d, v in zip(study.descriptors, s.variants,
                                                           strict=True)): s.id
                 for s in studies.list_scenarios(db, study)}
        scenario_id = names.get(e.scenario)
    elif study is not None:
        variant_id = next((v.id for d in study.descriptors if d.name == e.descriptor
                           for v in d.variants if v.name == e.variant), None)
    option = store.find_option(db, e.option)
    if study is None:
        conflict(EFFECT_ON_ANOTHER_STUDY, key, "",
                 f"no scenario study {e.study!r} in the project", office)
        return
    if option is None or (scenario_id is None and variant_id is None):
        conflict("option effect", key, "", "no such scenario or variant here", office)
        return
    new = OptionEffect(option.id, e.outcome, scenario_id, variant_id, e.low, e.mode, e.high)
    old = next((x for x in store.list_effects(db, option_ids=[option.id])
                if (x.outcome.casefold(), x.scenario_id, x.variant_id)
                == (e.outcome.casefold(), scenario_id, variant_id)), None)
    if old is None:
        store.set_effect(db, new)
        added["option effects"] = added.get("option effects", 0) + 1
    elif (old.low, old.mode, old.high) != (e.low, e.mode, e.high) and conflict(
            "option effect", key, f"{old.low:g} / {old.mode:g} / {old.high:g}",
            f"{e.low:g} / {e.mode:g} / {e.high:g}", office):
        store.set_effect(db, new)
