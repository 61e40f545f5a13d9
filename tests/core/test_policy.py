"""Decision criteria and scenario discovery against examples worked out by hand."""

import numpy as np
import pytest

from desktop_app.core.policy import CriteriaError, disagreements, failure_boxes, robustness

# Jobs (more is better) of four options in three scenarios weighted 0.5, 0.3, 0.2.
NAMES = ["No action", "A", "B", "C"]
JOBS = np.array(
    [
        [0.0, 0.0, 0.0],  # No action
        [10.0, 2.0, -4.0],  # A
        [6.0, 5.0, 3.0],  # B
        [14.0, -2.0, -1.0],  # C
    ]
)
WEIGHTS = np.array([0.5, 0.3, 0.2])


def test_expected_value_and_worst_case():
    r = robustness(JOBS, WEIGHTS)
    # A: 0.5*10 + 0.3*2 + 0.2*(-4) = 5 + 0.6 - 0.8 = 4.8
    # B: 3 + 1.5 + 0.6 = 5.1;  C: 7 - 0.6 - 0.2 = 6.2
    assert r.expected == pytest.approx([0.0, 4.8, 5.1, 6.2])
    assert r.worst == pytest.approx([0.0, -4.0, 3.0, -2.0])
    assert r.ranking["expected"] == (3, 2, 1, 0)  # C, B, A, No action


def test_regret_and_minimax_regret():
    r = robustness(JOBS, WEIGHTS)
    # best per scenario: 14 (C), 5 (B), 3 (B)
    # No action: 14-0, 5-0, 3-0;  A: 14-10, 5-2, 3+4;  B: 14-6, 0, 0;  C: 0, 5+2, 3+1
    assert r.regret == pytest.approx(
        np.array([[14, 5, 3], [4, 3, 7], [8, 0, 0], [0, 7, 4]], dtype=float)
    )
    assert r.max_regret == pytest.approx([14.0, 7.0, 8.0, 7.0])
    # A and C tie at 7 (A comes first in the register), then B at 8, No action at 14
    assert r.ranking["minimax_regret"] == (1, 3, 2, 0)


def test_satisficing_better_than_no_action_and_no_regret():
    r = robustness(JOBS, WEIGHTS)
    # strictly above 0: A in S1 and S2; B everywhere; C in S1 only; No action never
    assert r.meets.tolist() == [
        [False, False, False],
        [True, True, False],
        [True, True, True],
        [True, False, False],
    ]
    assert r.satisficing.tolist() == [0, 2, 3, 1]
    assert r.ranking["satisficing"] == (2, 1, 3, 0)  # B, A, C, No action
    # B never falls below doing nothing; A does in S3, C in S2 and S3; doing nothing is not
    # better than itself anywhere
    assert r.no_regret.tolist() == [False, False, True, False]


def test_satisficing_with_a_threshold():
    r = robustness(JOBS, WEIGHTS, threshold=5)
    # at least 5: A in S1 (10); B in S1 (6) and S2 (5); C in S1 (14)
    assert r.satisficing.tolist() == [0, 1, 2, 1]
    assert r.ranking["satisficing"] == (2, 1, 3, 0)


def test_less_is_better_turns_every_measure():
    # Emissions of doing nothing, D and E in two equally weighted scenarios.
    emissions = np.array([[100.0, 100.0], [90.0, 105.0], [95.0, 98.0]])
    r = robustness(emissions, direction="lower")
    # expected: 100, (90+105)/2 = 97.5, (95+98)/2 = 96.5 -> E, D, No action
    assert r.expected == pytest.approx([100.0, 97.5, 96.5])
    assert r.ranking["expected"] == (2, 1, 0)
    # the worst case is the highest emission
    assert r.worst == pytest.approx([100.0, 105.0, 98.0])
    # best per scenario: 90 (D), 98 (E); regret No action 10, 2; D 0, 7; E 5, 0
    assert r.max_regret == pytest.approx([10.0, 7.0, 5.0])
    assert r.ranking["minimax_regret"] == (2, 1, 0)
    # below 100: D in S1 only, E in both
    assert r.satisficing.tolist() == [0, 1, 2]
    assert r.no_regret.tolist() == [False, False, True]
    # at most 96: D (90) and E (95) in S1 only
    assert robustness(emissions, direction="lower", threshold=96).satisficing.tolist() == [0, 1, 1]


def test_disagreement_notes_name_the_best_under_each_criterion():
    notes = disagreements(robustness(JOBS, WEIGHTS), NAMES)
    assert notes[0] == (
        "The criteria disagree on the best option: expected value puts C first, minimax regret "
        "puts A first, satisficing puts B first."
    )
    # places (expected, minimax regret, satisficing): A 3, 1, 2; B 2, 3, 1; C 1, 2, 3
    assert notes[1:] == [
        "A ranks 3rd by expected value, 1st by minimax regret, 2nd by satisficing.",
        "B ranks 2nd by expected value, 3rd by minimax regret, 1st by satisficing.",
        "C ranks 1st by expected value, 2nd by minimax regret, 3rd by satisficing.",
    ]
    same = np.array([[0.0, 0.0], [1.0, 1.0]])
    assert disagreements(robustness(same), ["No action", "X"]) == []


def test_refusals():
    with pytest.raises(CriteriaError, match="value in every scenario"):
        robustness(np.array([[0.0, np.nan]]))
    with pytest.raises(CriteriaError, match="weights"):
        robustness(JOBS, np.array([1.0, -1.0, 1.0]))
    with pytest.raises(CriteriaError, match="direction"):
        robustness(JOBS, direction="more")


def test_scenario_discovery_coverage_and_density():
    # Six scenarios of two descriptors: trade (0 free, 1 national), economy (0 growth, 1 decline).
    variants = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [1, 1], [1, 0]])
    # The option fails in scenarios 2, 3 and 4: failure rate 3/6
    meets = np.array([[True, True, False, False, False, True]])
    (boxes,) = failure_boxes(meets, variants)
    # national trade: scenarios 2-5, 3 of them failing: density 3/4, coverage 3/3
    # decline: scenarios 1, 3, 4, 2 failing: density 2/3, coverage 2/3
    # growth: scenarios 0, 2, 5, one failing: density 1/3, not above 1/2; free trade: none fail
    assert [(b.descriptor, b.variant) for b in boxes] == [(0, 1), (1, 1)]
    assert (boxes[0].failing_in_box, boxes[0].in_box, boxes[0].failing) == (3, 4, 3)
    assert boxes[0].density == pytest.approx(0.75) and boxes[0].coverage == pytest.approx(1.0)
    assert boxes[1].density == pytest.approx(2 / 3) and boxes[1].coverage == pytest.approx(2 / 3)
    # never failing, or failing everywhere: nothing is over-represented
    assert failure_boxes(np.array([[True] * 6, [False] * 6]), variants) == [[], []]
