"""Judgement uncertainty, the landscape and volume weights, each checked by a plain loop over the
ScenarioWizard samples (every one-step change of a judgement re-scored; every start followed)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core import cib
from desktop_app.services.scenarios import load_file

SAMPLES = Path(__file__).parents[1] / "fixtures" / "cib"


def _matrix(name: str) -> cib.CrossImpactMatrix:
    return load_file(SAMPLES / name).matrix


def _consistent(matrix, values, scenario) -> bool:
    _, ic = cib.scenario_scores(matrix.with_values(values), np.array([scenario]))
    return ic[0] == 0


@pytest.mark.parametrize("name", ["CIB_global.scw", "CIB_natl_regional.scw"])
def test_hinges_are_exactly_the_one_step_changes_that_remove_a_scenario(name):
    matrix = _matrix(name)
    owner = np.repeat(np.arange(len(matrix.descriptors)), matrix.sizes)
    for scenario in cib.solve(matrix).scenarios:
        listed = {
            (
                matrix.flat(h.source, scenario[h.source]),
                matrix.flat(h.descriptor, h.variant),
                h.change,
            )
            for h in cib.hinges(matrix, scenario)
        }
        removing = set()
        rows = matrix.offsets[:-1] + scenario  # other rows do not enter the balances
        for r, c, change in itertools.product(rows, range(matrix.n_variants), (1, -1)):
            if owner[r] == owner[c]:
                continue  # self-impact blocks are not judgements
            values = matrix.values.copy()
            values[r, c] += change
            if not _consistent(matrix, values, scenario):
                removing.add((int(r), int(c), change))
        assert listed == removing


def test_perturbed_shares_agree_with_rescoring_every_drawn_matrix():
    matrix = _matrix("CIB_global.scw")
    scenarios = cib.solve(matrix).scenarios
    robust = cib.perturbed_robustness(matrix, scenarios, draws=60, seed=7)
    kept = np.zeros(len(scenarios), dtype=int)
    for chunk in cib.perturbations(matrix, 60, seed=7):
        for delta in chunk:
            assert not np.any(delta[matrix.offsets[0] : matrix.offsets[1], : matrix.offsets[1]])
            assert set(np.unique(delta)) <= {-1, 0, 1}
            kept += [_consistent(matrix, matrix.values + delta, z) for z in scenarios]
    assert [r.kept for r in robust] == kept.tolist()
    assert 0 < min(kept) and max(kept) < 60  # the sample's scenarios do move under ±1
    again = cib.perturbed_robustness(matrix, scenarios, draws=60, seed=7)
    assert [r.kept for r in again] == kept.tolist()  # same seed, same answer
    still = cib.perturbed_robustness(matrix, scenarios, draws=20, spread=0)
    assert all(r.kept == r.draws == 20 and r.share == 1 for r in still)


def test_only_consistent_scenarios_have_hinges():
    matrix = _matrix("CIB_global.scw")
    near = cib.solve(matrix, max_ic=1)
    with pytest.raises(cib.CIBError, match="only a consistent scenario"):
        cib.hinges(matrix, near.scenarios[near.ic > 0][0])


def test_landscape_distances_count_differing_descriptors_and_the_plane_keeps_them():
    matrix = _matrix("CIB_natl_regional.scw")
    scenarios = cib.solve(matrix, max_ic=1).scenarios
    shape = cib.landscape(scenarios)
    for a, b in itertools.combinations(range(len(scenarios)), 2):
        differing = sum(x != y for x, y in zip(scenarios[a], scenarios[b], strict=True))
        assert shape.distances[a, b] == shape.distances[b, a] == differing
    assert 0 < shape.explained <= 1
    # three scenarios on a line (distances 1, 1, 2) are placed without distortion
    line = cib.landscape(np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0]]))
    projected = np.linalg.norm(line.coordinates[:, None] - line.coordinates[None], axis=2)
    assert np.allclose(projected, [[0, 1, 2], [1, 0, 1], [2, 1, 0]]) and line.explained == 1


def test_volume_weights_approach_the_basins_of_every_start():
    matrix = _matrix("CIB_global.scw")
    scenarios = cib.solve(matrix).scenarios
    ends = [
        cib.succession(matrix, start)
        for start in itertools.product(*(range(n) for n in matrix.sizes))
    ]
    index = {tuple(z): i for i, z in enumerate(scenarios.tolist())}
    basins = np.zeros(len(scenarios))
    for end in ends:
        if end.consistent:
            basins[index[end.end]] += 1
    weights = cib.volume_weights(matrix, scenarios, starts=20_000, seed=3)
    assert weights.hits.sum() + weights.cycling + weights.elsewhere == 20_000
    assert weights.elsewhere == 0  # every fixed point is one of the consistent scenarios
    assert np.allclose(weights.shares, basins / len(ends), atol=0.015)
    assert weights.cycling / 20_000 == pytest.approx(
        sum(not e.consistent for e in ends) / 36, abs=0.015
    )
