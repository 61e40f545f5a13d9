"""Scenario discovery: which descriptor variants go with an option failing.

For each option, the scenarios where it misses the threshold are the cases of interest; each
variant is a candidate box (the scenarios holding it), judged as in PRIM (Friedman and Fisher
1999; Bryant and Lempert 2010) by its **coverage** (the share of the failing scenarios inside
the box) and its **density** (the share of the box's scenarios that fail). A variant is
over-represented when its density exceeds the option's failure rate over all scenarios.
Scenarios are counted, not weighted: the sentences speak of "5 of 6 scenarios".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["FailureBox", "failure_boxes"]


@dataclass(frozen=True)
class FailureBox:
    """One variant over-represented among an option's failing scenarios."""

    descriptor: int
    variant: int
    #: Failing scenarios holding the variant, scenarios holding it, failing scenarios in all.
    failing_in_box: int
    in_box: int
    failing: int

    @property
    def coverage(self) -> float:
        return self.failing_in_box / self.failing

    @property
    def density(self) -> float:
        return self.failing_in_box / self.in_box


def failure_boxes(meets: np.ndarray, variants: np.ndarray, top: int = 3) -> list[list[FailureBox]]:
    """The variants most over-represented where each option fails, best box first.

    Parameters
    ----------
    meets : bool array (options, scenarios)
        Whether the option meets its threshold in each scenario.
    variants : int array (scenarios, descriptors)
        The variant index of each descriptor in each scenario.
    top : int
        At most this many boxes per option.

    Returns
    -------
    One list per option, ordered by density, then coverage (higher first), then descriptor and
    variant order. Empty for an option that never fails, or fails everywhere (no variant can be
    over-represented then).
    """
    fails = ~np.asarray(meets, dtype=bool)
    z = np.asarray(variants, dtype=int)
    n = fails.shape[1]
    out = []
    for row in fails:
        failing = int(row.sum())
        boxes = []
        if 0 < failing < n:
            rate = failing / n
            for d in range(z.shape[1]):
                for v in np.unique(z[:, d]):
                    inside = z[:, d] == v
                    box = FailureBox(d, int(v), int((row & inside).sum()), int(inside.sum()),
                                     failing)
                    if box.failing_in_box and box.density > rate:
                        boxes.append(box)
        boxes.sort(key=lambda b: (-b.density, -b.coverage, b.descriptor, b.variant))
        out.append(boxes[:top])
    return out
