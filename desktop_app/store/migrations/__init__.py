"""Schema migrations: version N of a project is what the first N functions here have built.

Each module's ``upgrade(db)`` takes the schema from version N-1 to N. ``open_project`` runs the
missing ones in one transaction after writing a backup copy; a failure rolls all of them back.
"""

from desktop_app.store.migrations import (
    m001_foundation,
    m002_capabilities,
    m003_scenarios,
    m004_imports,
    m005_exchange,
    m006_lean_observations,
    m007_batch_sheets,
    m008_futures,
    m009_study_weights,
    m010_signals,
    m011_policy_options,
    m012_study_scale_potential,
    m013_measure_intensity,
)

MIGRATIONS = (
    m001_foundation.upgrade,
    m002_capabilities.upgrade,
    m003_scenarios.upgrade,
    m004_imports.upgrade,
    m005_exchange.upgrade,
    m006_lean_observations.upgrade,
    m007_batch_sheets.upgrade,
    m008_futures.upgrade,
    m009_study_weights.upgrade,
    m010_signals.upgrade,
    m011_policy_options.upgrade,
    m012_study_scale_potential.upgrade,
    m013_measure_intensity.upgrade,
)

SCHEMA_VERSION = len(MIGRATIONS)
