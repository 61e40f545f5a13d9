"""Rank the industries a region does not yet specialise in by how promising they are.

An opportunity is close to what the region already does (high relatedness density), complex
(high PCI: few regions can do it, and it pays) and growing in the reference. Each criterion is
standardised over the candidates so that the weights compare like with like.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.analysis_cube import AnalysisInputError, LeftOut, Reason, combine
from desktop_app.texts import Text

__all__ = ["CRITERIA", "Opportunities", "rank_opportunities"]

CRITERIA = ("density", "complexity", "reference_growth")


@dataclass(frozen=True)
class Opportunities:
    """Score per region and industry (NaN where not a candidate), rank 1 = best, reasons.

    ``rank`` is 0 where the industry is not ranked.
    """

    score: np.ndarray
    rank: np.ndarray
    left_out: LeftOut


def _standardise(x: np.ndarray, candidate: np.ndarray) -> np.ndarray:
    """z-score of ``x`` over the candidate cells of each region (row); 0 elsewhere or if all equal."""
    count = candidate.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(candidate, x, 0.0).sum(axis=1, keepdims=True) / count
        deviation = np.where(candidate, x - mean, 0.0)
        std = np.sqrt((deviation**2).sum(axis=1, keepdims=True) / count)
    return np.where(std > 0, deviation / np.where(std > 0, std, 1.0), 0.0)


def rank_opportunities(
    m, density, pci, reference_growth, weights: dict[str, float] | None = None
) -> Opportunities:
    """Score the non-specialised industries of every region and rank them.

    Parameters
    ----------
    m : array_like, shape (regions, industries)
        Binary specialisation matrix (1 = already specialised: not a candidate).
    density : array_like, shape (regions, industries)
        Relatedness density.
    pci : array_like, shape (industries,)
        Product (industry) complexity.
    reference_growth : array_like, shape (industries,)
        Growth rate of each industry in the reference over the period of interest.
    weights : dict, optional
        Weight per criterion in ``CRITERIA``; default 1 each.

    Notes
    -----
    score_ri = sum_k w_k z_k(x_ri) over the candidates of region r, where z standardises a
    criterion to mean 0 and standard deviation 1 among the region's candidates. Candidates
    with a missing criterion (NaN) are left out with the criterion's reason.
    """
    weights = {name: 1.0 for name in CRITERIA} | (weights or {})
    unknown = set(weights) - set(CRITERIA)
    if unknown:
        raise AnalysisInputError(Text(
            "unknown opportunity criteria {unknown}; use {criteria}",
            unknown=sorted(unknown),
            criteria=CRITERIA,
        ))
    m = np.ascontiguousarray(m, float)  # often one year's slice of a (r, i, t) cube
    criteria = {
        "density": np.ascontiguousarray(density, float),
        "complexity": np.broadcast_to(np.asarray(pci, float), m.shape),
        "reference_growth": np.broadcast_to(np.asarray(reference_growth, float), m.shape),
    }
    for name, array in criteria.items():
        if array.shape != m.shape:
            raise AnalysisInputError(Text(
                "{name} has shape {shape}; expected {shape2}",
                name=name,
                shape=array.shape,
                shape2=m.shape,
            ))
    left_out = combine(
        m.shape,
        (m > 0, Reason.ALREADY_SPECIALISED),
        (np.isnan(criteria["density"]), Reason.NOT_SPECIALISED_ANYWHERE),
        (np.isnan(criteria["complexity"]), Reason.NOT_SPECIALISED_ANYWHERE),
        (np.isnan(criteria["reference_growth"]), Reason.ZERO_BASE),
    )
    candidate = ~left_out.mask
    score = sum(weights[name] * _standardise(criteria[name], candidate) for name in CRITERIA)
    score = np.where(candidate, score, np.nan)
    order = np.argsort(np.where(candidate, -score, np.inf), axis=1, kind="stable")
    rank = np.zeros(m.shape, dtype=int)
    np.put_along_axis(rank, order, np.arange(1, m.shape[1] + 1)[np.newaxis], axis=1)
    rank[~candidate] = 0
    return Opportunities(score, rank, left_out)
