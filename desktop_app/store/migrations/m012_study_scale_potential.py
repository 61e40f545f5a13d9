"""Version 12: a study's judgement scale, and potential (P) marks on MICMAC influences.

- ``scenario_studies.scale_min`` / ``scale_max``: the whole numbers a judgement may take
  (ScenarioWizard studies use wider scales than -3..+3). Existing studies get, once, the
  symmetric scale that covers their stored judgements and is at least -3..+3.
- ``micmac_influences.potential``: 1 for Godet's "P" (a potential influence, not at work yet),
  whose ``value`` is then 0. SQLite cannot add a CHECK between two columns in place, so that
  table is rebuilt with its rows.
"""

import math
import sqlite3

from desktop_app.store.sql import execute_script

SQL = """
ALTER TABLE scenario_studies ADD COLUMN scale_min INTEGER NOT NULL DEFAULT -3
    CHECK (scale_min < 0);
ALTER TABLE scenario_studies ADD COLUMN scale_max INTEGER NOT NULL DEFAULT 3
    CHECK (scale_max > 0);
CREATE TABLE micmac_influences_v12 (
    source_descriptor_id INTEGER NOT NULL REFERENCES descriptors(id) ON DELETE CASCADE,
    target_descriptor_id INTEGER NOT NULL REFERENCES descriptors(id) ON DELETE CASCADE,
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 3),
    potential INTEGER NOT NULL DEFAULT 0 CHECK (potential IN (0, 1) AND (potential = 0 OR value = 0)),
    PRIMARY KEY (source_descriptor_id, target_descriptor_id)
);
INSERT INTO micmac_influences_v12 (source_descriptor_id, target_descriptor_id, value)
    SELECT source_descriptor_id, target_descriptor_id, value FROM micmac_influences;
DROP TABLE micmac_influences;
ALTER TABLE micmac_influences_v12 RENAME TO micmac_influences;
"""

#: The scale of the CIB literature, the narrowest a migrated study gets.
_STANDARD = 3


def upgrade(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
    widest = conn.execute(
        "SELECT e.study_id, MAX(ABS(c.value)) FROM cross_impacts c "
        "JOIN experts e ON e.id = c.expert_id GROUP BY e.study_id"
    ).fetchall()
    for study_id, value in widest:
        k = max(_STANDARD, math.ceil(value or 0))
        if k > _STANDARD:
            conn.execute(
                "UPDATE scenario_studies SET scale_min = ?, scale_max = ? WHERE id = ?",
                [-k, k, study_id],
            )
