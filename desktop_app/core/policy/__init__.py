"""Policy options judged across scenarios: decision criteria and scenario discovery.

Pure numpy; formulas in docs/policy.md.
"""

from desktop_app.core.policy.criteria import (
    CRITERIA,
    DIRECTIONS,
    CriteriaError,
    Robustness,
    disagreements,
    robustness,
)
from desktop_app.core.policy.discovery import FailureBox, failure_boxes

__all__ = [
    "CRITERIA",
    "DIRECTIONS",
    "CriteriaError",
    "FailureBox",
    "Robustness",
    "disagreements",
    "failure_boxes",
    "robustness",
]
