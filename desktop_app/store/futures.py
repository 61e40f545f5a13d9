"""Regional futures in the project file: a study's choices, variant effects, shocks, stored fits.

Effects and shocks belong to a variant of a study; ``industry_id`` None means every industry.
Fitted baselines are kept with a stamp of the series they came from (:func:`series_stamp`): a
stored fit whose stamp no longer matches the data is stale and is refitted by the caller.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.futures.baselines import BASELINE_KINDS
from desktop_app.errors import UserError
from desktop_app.texts import Text

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.store.scenarios import Study

#: "auto" lets the projection choose a baseline kind per industry (see ``choose_baseline``).
BASELINE_CHOICES = ("auto", *BASELINE_KINDS)
#: How scenarios are weighted in the ensemble: alike, by their total impact score, or as the
#: analysts set them (``scenarios.weight``).
WEIGHT_CHOICES = ("equal", "tis", "analyst")


class FuturesStoreError(UserError):
    """A futures edit the store refuses (unknown variant, unordered effect...)."""


@dataclass(frozen=True)
class FuturesSettings:
    """A study's futures choices; None where the user has not chosen yet."""

    region_id: int | None = None
    measure_id: int | None = None
    horizon: int | None = None
    baseline: str = "auto"
    trend_window: int | None = None
    draws: int = 2000
    seed: int = 0
    weights: str = "equal"


@dataclass(frozen=True)
class StoredEffect:
    """Change of annual growth (pp) a variant brings to an industry (None: all industries)."""

    variant_id: int
    industry_id: int | None
    low: float
    mode: float
    high: float


@dataclass(frozen=True)
class StoredShock:
    variant_id: int
    industry_id: int | None
    start_year: int
    depth: float
    recovery_years: int
    shape: str = "linear"


_SETTING_NAMES = tuple(f.name for f in fields(FuturesSettings))


def get_settings(db: sqlite_utils.Database, study_id: int) -> FuturesSettings:
    row = db.execute(
        f"SELECT {', '.join(_SETTING_NAMES)} FROM futures_settings WHERE study_id = ?",
        [study_id],
    ).fetchone()
    return FuturesSettings(*row) if row else FuturesSettings()


def set_settings(db: sqlite_utils.Database, study_id: int, settings: FuturesSettings) -> None:
    if settings.baseline not in BASELINE_CHOICES:
        raise FuturesStoreError(
            Text(
                "Unknown baseline {baseline}; use one of {names}.",
                baseline=f"{settings.baseline!r}",
                names=', '.join(BASELINE_CHOICES),
            )
        )
    if settings.weights not in WEIGHT_CHOICES:
        raise FuturesStoreError(
            Text(
                "Unknown weights {weights}; use one of {names}.",
                weights=f"{settings.weights!r}",
                names=', '.join(WEIGHT_CHOICES),
            )
        )
    with db.atomic():
        db["futures_settings"].upsert(
            {"study_id": study_id, **{n: getattr(settings, n) for n in _SETTING_NAMES}},
            pk="study_id",
        )


def _study_variants(study: Study) -> set[int]:
    return {v.id for d in study.descriptors for v in d.variants}


def list_effects(db: sqlite_utils.Database, study: Study) -> list[StoredEffect]:
    """The study's effects, in variant order, the all-industries row first."""
    order = {vid: k for k, vid in enumerate(study.variant_ids)}
    rows = db.execute(
        "SELECT e.variant_id, e.industry_id, e.low, e.mode, e.high FROM futures_effects e "
        "JOIN variants v ON v.id = e.variant_id JOIN descriptors d ON d.id = v.descriptor_id "
        "WHERE d.study_id = ?",
        [study.id],
    ).fetchall()
    effects = [StoredEffect(*row) for row in rows]
    return sorted(effects, key=lambda e: (order[e.variant_id], e.industry_id or 0))


def list_shocks(db: sqlite_utils.Database, study: Study) -> list[StoredShock]:
    order = {vid: k for k, vid in enumerate(study.variant_ids)}
    rows = db.execute(
        "SELECT s.variant_id, s.industry_id, s.start_year, s.depth, s.recovery_years, s.shape "
        "FROM futures_shocks s JOIN variants v ON v.id = s.variant_id "
        "JOIN descriptors d ON d.id = v.descriptor_id WHERE d.study_id = ? ORDER BY s.id",
        [study.id],
    ).fetchall()
    shocks = [StoredShock(*row) for row in rows]
    return sorted(shocks, key=lambda s: order[s.variant_id])


def _check_effect(study: Study, effect: StoredEffect) -> None:
    if effect.variant_id not in _study_variants(study):
        raise FuturesStoreError(Text(
            "Variant {variant_id} is not in study {name}.",
            variant_id=effect.variant_id,
            name=f"{study.name!r}",
        ))
    if not effect.low <= effect.mode <= effect.high:
        raise FuturesStoreError(
            Text(
                "An effect needs low <= most likely <= high; got {low}, {mode}, {high}.",
                low=f"{effect.low:g}",
                mode=f"{effect.mode:g}",
                high=f"{effect.high:g}",
            )
        )


def set_effect(db: sqlite_utils.Database, study: Study, effect: StoredEffect) -> None:
    """Store one effect, replacing the one of the same variant and industry."""
    _check_effect(study, effect)
    with db.atomic():
        _delete_effect(db, effect.variant_id, effect.industry_id)
        db["futures_effects"].insert(_effect_row(effect))


def delete_effect(db: sqlite_utils.Database, variant_id: int, industry_id: int | None) -> None:
    with db.atomic():
        _delete_effect(db, variant_id, industry_id)


def _delete_effect(db, variant_id: int, industry_id: int | None) -> None:
    db.execute(
        "DELETE FROM futures_effects WHERE variant_id = ? AND industry_id IS ?",
        [variant_id, industry_id],
    )


def _effect_row(effect: StoredEffect) -> dict:
    return {
        "variant_id": effect.variant_id,
        "industry_id": effect.industry_id,
        "low": effect.low,
        "mode": effect.mode,
        "high": effect.high,
    }


def replace_effects_and_shocks(
    db: sqlite_utils.Database,
    study: Study,
    effects: Iterable[StoredEffect],
    shocks: Iterable[StoredShock],
) -> None:
    """Put ``effects`` and ``shocks`` in place of all the study's (all or nothing)."""
    effects, shocks = list(effects), list(shocks)
    for effect in effects:
        _check_effect(study, effect)
    variants = _study_variants(study)
    for shock in shocks:
        if shock.variant_id not in variants:
            raise FuturesStoreError(Text(
                "Variant {variant_id} is not in study {name}.",
                variant_id=shock.variant_id,
                name=f"{study.name!r}",
            ))
    marks = ",".join("?" * len(variants)) or "NULL"
    with db.atomic():
        for table in ("futures_effects", "futures_shocks"):
            db.execute(f"DELETE FROM {table} WHERE variant_id IN ({marks})", list(variants))
        db["futures_effects"].insert_all(_effect_row(e) for e in effects)
        db["futures_shocks"].insert_all(
            {
                "variant_id": s.variant_id,
                "industry_id": s.industry_id,
                "start_year": s.start_year,
                "depth": s.depth,
                "recovery_years": s.recovery_years,
                "shape": s.shape,
            }
            for s in shocks
        )


# -- stored baseline fits -------------------------------------------------------------------------


def series_stamp(years: np.ndarray, values: np.ndarray) -> str:
    """A fingerprint of a series: equal exactly when every year and value is equal."""
    digest = hashlib.sha256()
    digest.update(np.asarray(years, dtype=np.int64).tobytes())
    digest.update(np.asarray(values, dtype=np.float64).tobytes())
    return digest.hexdigest()[:32]


def stored_fit(
    db: sqlite_utils.Database,
    region_id: int,
    industry_id: int,
    measure_id: int,
    kind: str,
    stamp: str,
) -> dict | None:
    """The stored fit for this series, or None when there is none or the data have changed."""
    row = db.execute(
        "SELECT series_stamp, payload FROM futures_fits WHERE region_id = ? AND industry_id = ? "
        "AND measure_id = ? AND kind = ?",
        [region_id, industry_id, measure_id, kind],
    ).fetchone()
    if row is None or row[0] != stamp:
        return None
    return json.loads(row[1])


def save_fits(
    db: sqlite_utils.Database, fits: Iterable[tuple[int, int, int, str, str, dict]]
) -> None:
    """Store fits ``(region, industry, measure, kind, stamp, payload)``, replacing older ones."""
    with db.atomic():
        db["futures_fits"].upsert_all(
            (
                {
                    "region_id": r,
                    "industry_id": i,
                    "measure_id": m,
                    "kind": kind,
                    "series_stamp": stamp,
                    "payload": json.dumps(payload),
                }
                for r, i, m, kind, stamp, payload in fits
            ),
            pk=("region_id", "industry_id", "measure_id", "kind"),
        )


def measures_with_data(db: sqlite_utils.Database, region_id: int) -> list[int]:
    """Ids of the measures with at least one value for the region, in id order."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT measure_id FROM observations WHERE region_id = ? AND value IS NOT NULL "
            "ORDER BY measure_id",
            [region_id],
        )
    ]


def studies_with_choices(db: sqlite_utils.Database) -> list[int]:
    """Ids of the studies whose futures have a region and a horizon chosen, in id order."""
    return [
        row[0]
        for row in db.execute(
            "SELECT study_id FROM futures_settings WHERE region_id IS NOT NULL "
            "AND horizon IS NOT NULL ORDER BY study_id"
        )
    ]
