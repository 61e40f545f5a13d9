"""Colours of variant positions, shared by the scenario tableau, comparison and succession."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Okabe-Ito, lightened for cell backgrounds: variant 1, 2, 3 ... of every descriptor.
_VARIANT_BASE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def variant_colour(position: int) -> QColor:
    """A light, colour-blind safe background for the variant at ``position`` (0-based)."""
    base = QColor(_VARIANT_BASE[position % len(_VARIANT_BASE)])
    return QColor.fromRgbF(
        0.55 + 0.45 * base.redF(), 0.55 + 0.45 * base.greenF(), 0.55 + 0.45 * base.blueF()
    )
