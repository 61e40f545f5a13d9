"""Regional futures model: baselines, effects, shocks and the simulation, against hand-worked values."""

import math

import numpy as np
import pytest

from desktop_app.core.futures import (
    BaselineError,
    Effect,
    EffectError,
    ScenarioInputs,
    Shock,
    ShockError,
    choose_baseline,
    effect_swings,
    ensemble,
    lifecycle_baseline,
    pert_draws,
    shift_share_baseline,
    simulate,
    trend_baseline,
)
from desktop_app.core.lifecycle_fit import fit_series

# 10 % a year: 100, 110, 121, 133.1 in 2020..2023.
YEARS = np.array([2020, 2021, 2022, 2023])
TEN_PERCENT = np.array([100.0, 110.0, 121.0, 133.1])


def test_trend_is_the_cagr_continued():
    b = trend_baseline(YEARS, TEN_PERCENT)
    assert b.last_year == 2023 and b.last_value == 133.1
    assert b.growth(np.arange(2024, 2026)) == pytest.approx([0.10, 0.10])
    result = simulate([b], [], 2025, draws=0)
    # 133.1 * 1.1 = 146.41, * 1.1 = 161.051
    assert result.baseline[0] == pytest.approx([146.41, 161.051])


def test_trend_window_takes_the_last_years():
    # 2018-2020 flat, then 10 % a year: a 3-year window sees only the growth
    values = np.array([100.0, 100.0, 100.0, 110.0, 121.0, 133.1])
    b = trend_baseline(np.arange(2018, 2024), values, window=3)
    assert b.growth(np.array([2024])) == pytest.approx([0.10])
    whole = trend_baseline(np.arange(2018, 2024), values)
    # 100 -> 133.1 over five years
    assert whole.growth(np.array([2024])) == pytest.approx([1.331**0.2 - 1])


def test_effect_of_one_point_equals_the_closed_form():
    b = trend_baseline(YEARS, TEN_PERCENT)
    plus_one = ScenarioInputs(effects=[(1, 0, Effect(1.0, 1.0, 1.0))])
    for draws in (0, 200):
        result = simulate([b], [plus_one], 2025, draws=draws, seed=3)
        # 133.1 * 1.11 = 147.741, * 1.11 = 163.99251; every draw is the same path
        expected = np.array([147.741, 163.99251])
        for q in range(4):
            assert result.scenarios[0].industries[0, :, q] == pytest.approx(expected)
            assert result.scenarios[0].total[:, q] == pytest.approx(expected)


def test_effect_on_all_industries_and_on_one():
    a = trend_baseline(YEARS, TEN_PERCENT)
    b = trend_baseline(YEARS, np.array([200.0, 200.0, 200.0, 200.0]))
    scenario = ScenarioInputs(
        effects=[(1, None, Effect(2.0, 2.0, 2.0)), (2, 1, Effect(-1.0, -1.0, -1.0))]
    )
    result = simulate([a, b], [scenario], 2024, draws=0)
    # a: 133.1 * 1.12 = 149.072; b: 200 * (1 + 0 + 0.02 - 0.01) = 202
    assert result.scenarios[0].industries[:, 0, 1] == pytest.approx([149.072, 202.0])
    assert result.scenarios[0].total[0, 1] == pytest.approx(351.072)


def test_shock_with_linear_recovery_equals_hand_computation():
    b = trend_baseline(YEARS, TEN_PERCENT)
    shock = ScenarioInputs(shocks=[(None, Shock(2024, -0.20, 2))])
    result = simulate([b], [shock], 2026, draws=0)
    # path 146.41, 161.051, 177.1561 times 0.8, 0.9, 1.0
    assert result.scenarios[0].industries[0, :, 1] == pytest.approx([117.128, 144.9459, 177.1561])


def test_shock_shapes():
    linear = Shock(2030, -0.3, 3)
    assert linear.multiplier([2029, 2030, 2031, 2032, 2033, 2040]) == pytest.approx(
        [1.0, 0.7, 0.8, 0.9, 1.0, 1.0]
    )
    exponential = Shock(2030, -0.2, 2, "exponential")
    # gap 0.2 e^{-3 (t - s) / 2}
    assert exponential.multiplier([2030, 2032]) == pytest.approx([0.8, 1 - 0.2 * math.exp(-3)])
    permanent = Shock(2030, -0.1, 0)
    assert permanent.multiplier([2029, 2030, 2050]) == pytest.approx([1.0, 0.9, 0.9])
    with pytest.raises(ShockError):
        Shock(2030, -1.0, 2)
    with pytest.raises(ShockError):
        Shock(2030, -0.1, 2, "sudden")


def test_zero_effects_give_the_baseline():
    values = np.array([100.0, 104.0, 103.0, 109.0, 112.0, 111.0, 118.0])
    b = trend_baseline(np.arange(2017, 2024), values)
    empty = ScenarioInputs()
    shocked = ScenarioInputs(shocks=[(0, Shock(2025, -0.1, 2))])
    result = simulate([b], [empty, shocked], 2030, draws=0)
    assert result.scenarios[0].industries[0, :, 1] == pytest.approx(result.baseline[0])
    drawn = simulate([b], [empty, shocked], 2030, draws=500, seed=7)
    # same baseline draws: the shocked scenario equals the empty one before the shock
    assert drawn.scenarios[1].industries[0, 0] == pytest.approx(drawn.scenarios[0].industries[0, 0])
    assert drawn.scenarios[1].industries[0, 1, 1] < drawn.scenarios[0].industries[0, 1, 1]


def test_quantiles_are_ordered_and_seeds_reproduce():
    values = np.array([100.0, 104.0, 103.0, 109.0, 112.0, 111.0, 118.0])
    b = trend_baseline(np.arange(2017, 2024), values)
    scenario = ScenarioInputs(effects=[(5, 0, Effect(-2.0, 0.5, 1.0))])
    one = simulate([b, b], [scenario], 2035, draws=400, seed=11)
    again = simulate([b, b], [scenario], 2035, draws=400, seed=11)
    other = simulate([b, b], [scenario], 2035, draws=400, seed=12)
    s = one.scenarios[0]
    for table in (s.industries, s.total):
        assert np.all(table[..., 0] <= table[..., 1]) and np.all(table[..., 1] <= table[..., 2])
        assert np.all(table[..., 0] < table[..., 2])
    np.testing.assert_array_equal(s.total, again.scenarios[0].total)
    assert not np.array_equal(s.total, other.scenarios[0].total)


def test_pert_draws_have_the_pert_mean_and_stay_in_range():
    draws = pert_draws(Effect(0.0, 1.0, 5.0), np.random.default_rng(1), 200_000)
    assert draws.min() >= 0.0 and draws.max() <= 5.0
    # (0 + 4 * 1 + 5) / 6 = 1.5
    assert draws.mean() == pytest.approx(1.5, abs=0.01)
    assert np.all(pert_draws(Effect(2.0, 2.0, 2.0), np.random.default_rng(1), 5) == 2.0)
    with pytest.raises(EffectError):
        Effect(1.0, 0.0, 2.0)


def test_lifecycle_baseline_continues_the_s_curve():
    years = np.arange(2000, 2016)
    # logistic K = 1000, r = 0.5, midpoint 2010, exactly
    values = 1000.0 / (1.0 + np.exp(-0.5 * (years - 2010)))
    fit = fit_series(years, values)
    b = lifecycle_baseline(fit)
    assert b.kind == "lifecycle" and b.last_year == 2015
    result = simulate([b], [], 2020, draws=0)
    future = np.arange(2016, 2021)
    assert result.baseline[0] == pytest.approx(
        1000.0 / (1.0 + np.exp(-0.5 * (future - 2010))), rel=1e-4
    )
    assert choose_baseline(fit, years, values).kind == "lifecycle"


def test_noisy_curve_draws_spread_around_the_curve():
    rng = np.random.default_rng(0)
    years = np.arange(2000, 2016)
    values = 1000.0 / (1.0 + np.exp(-0.4 * (years - 2008))) * (1 + 0.03 * rng.standard_normal(16))
    b = lifecycle_baseline(fit_series(years, values))
    result = simulate([b], [ScenarioInputs()], 2025, draws=1000, seed=2)
    band = result.scenarios[0].industries[0]
    assert np.all(band[:, 0] < band[:, 2])
    assert np.all(band[:, 0] <= result.baseline[0] * 1.001)
    assert np.all(band[:, 2] >= result.baseline[0] * 0.999)


def test_straight_line_falls_back_to_the_trend():
    years = np.arange(2010, 2020)
    values = 100.0 + 3.0 * (years - 2010)
    fit = fit_series(years, values)
    assert choose_baseline(fit, years, values).kind == "trend"


def test_shift_share_adds_the_regional_shift_to_the_reference_growth():
    region = np.array([100.0, 110.0, 121.0])
    reference = np.array([1000.0, 1050.0, 1102.5])
    b = shift_share_baseline(np.array([2021, 2022, 2023]), region, reference)
    # reference industry +5 %, region +10 %: ln 1.05 + (ln 1.1 - ln 1.05) = ln 1.1
    assert b.growth(np.array([2024])) == pytest.approx([0.10])
    assert "+5.00 %" in b.description


def test_baselines_must_start_together_and_before_the_horizon():
    a = trend_baseline(YEARS, TEN_PERCENT)
    b = trend_baseline(YEARS[:-1], TEN_PERCENT[:-1])
    with pytest.raises(BaselineError, match="different years"):
        simulate([a, b], [], 2030)
    with pytest.raises(BaselineError, match="not after"):
        simulate([a], [], 2023)
    with pytest.raises(BaselineError, match="positive"):
        trend_baseline(YEARS, np.array([1.0, 0.0, 2.0, 3.0]))


def test_ensemble_splits_the_spread_between_and_within_scenarios():
    flat = trend_baseline(YEARS, np.array([100.0, 100.0, 100.0, 100.0]))
    halved = ScenarioInputs(shocks=[(None, Shock(2024, -0.5, 0))])
    result = simulate([flat], [ScenarioInputs(), halved], 2024, draws=0)
    e = ensemble(result.scenarios, [1, 3])
    # totals 100 and 50, weights 1/4 and 3/4: mean 62.5,
    # between 0.25 * 37.5^2 + 0.75 * 12.5^2 = 468.75, within 0 (no uncertainty)
    assert e.mean == pytest.approx([62.5])
    assert e.between == pytest.approx([468.75])
    assert e.within == pytest.approx([0.0])
    with pytest.raises(BaselineError, match="weights"):
        ensemble(result.scenarios, [0, 0])


def test_gains_and_losses_are_summed_per_draw_over_growing_and_shrinking_industries():
    flat = trend_baseline(YEARS, np.array([100.0, 100.0, 100.0, 100.0]))
    scenario = ScenarioInputs(
        effects=[(1, 1, Effect(10.0, 10.0, 10.0))],
        shocks=[(0, Shock(2024, -0.2, 0))],
    )
    result = simulate([flat, flat, flat], [scenario], 2025, draws=0)
    s = result.scenarios[0]
    # industry 0: 100 -> 80 (-20); industry 1: 100 * 1.1^2 = 121 (+21); industry 2 unchanged
    assert s.gained == pytest.approx([21.0] * 4)
    assert s.lost == pytest.approx([-20.0] * 4)


def test_structure_at_the_horizon_beside_today():
    flat = trend_baseline(YEARS, np.array([100.0, 100.0, 100.0, 100.0]))
    bigger = trend_baseline(YEARS, np.array([300.0, 300.0, 300.0, 300.0]))
    result = simulate(
        [flat, bigger], [ScenarioInputs(shocks=[(1, Shock(2024, -2 / 3, 0))])], 2024, 0
    )
    # today 100 and 300: shares 1/4, 3/4; Herfindahl 1/16 + 9/16 = 0.625;
    # entropy 1/4 log2 4 + 3/4 log2 4/3 = 0.811278 bits
    assert result.today.shares[0] == pytest.approx([0.25, 0.75])
    assert result.today.herfindahl == pytest.approx([0.625])
    assert result.today.entropy == pytest.approx([0.25 * 2 + 0.75 * math.log2(4 / 3)])
    # the shock takes 300 to 100: an even split, Herfindahl 1/2 and one bit
    s = result.scenarios[0]
    assert s.shares[:, 1] == pytest.approx([0.5, 0.5])
    assert s.herfindahl == pytest.approx([0.5] * 4)
    assert s.entropy == pytest.approx([1.0] * 4)


def test_effect_swings_are_totals_at_low_mode_and_high_minus_the_baseline():
    flat = trend_baseline(YEARS, np.array([100.0, 100.0, 100.0, 100.0]))
    groups = [
        [(0, Effect(-1.0, 0.0, 2.0))],  # one industry, -1 .. +2 pp
        [(None, Effect(1.0, 1.0, 1.0))],  # both industries, +1 pp
    ]
    swings = effect_swings([flat, flat], groups, 2025)
    # two years: 100 * 0.99^2 - 100 = -1.99, 0, 100 * 1.02^2 - 100 = 4.04
    assert swings[0] == pytest.approx([-1.99, 0.0, 4.04])
    # 2 * (100 * 1.01^2 - 100) = 4.02 at every point
    assert swings[1] == pytest.approx([4.02, 4.02, 4.02])


def test_outcomes_weight_the_horizon_levels_by_intensities():
    a = trend_baseline(YEARS, TEN_PERCENT)
    b = trend_baseline(YEARS, np.array([200.0, 200.0, 200.0, 200.0]))
    # a decent-work share (0.6, 0.25) and emissions per job (2.0, 0.5)
    intensities = np.array([[0.6, 0.25], [2.0, 0.5]])
    plus_one = ScenarioInputs(effects=[(1, 0, Effect(1.0, 1.0, 1.0))])
    result = simulate([a, b], [plus_one], 2025, draws=0, intensities=intensities)
    # a: 133.1 * 1.11^2 = 163.99251; b: 200
    level_a = 133.1 * 1.11**2
    outcomes = result.scenarios[0].outcomes
    assert outcomes[0] == pytest.approx([level_a * 0.6 + 200 * 0.25] * 4)
    assert outcomes[1] == pytest.approx([level_a * 2.0 + 200 * 0.5] * 4)
    noisy = trend_baseline(YEARS, np.array([100.0, 104.0, 103.0, 109.0]))
    drawn = simulate([noisy, b], [plus_one], 2025, draws=600, seed=2, intensities=intensities)
    s = drawn.scenarios[0]
    # b is flat in every draw, so the decent jobs move with the first industry's level alone
    assert s.outcomes[0, 1] == pytest.approx(s.industries[0, -1, 1] * 0.6 + 200 * 0.25)
    assert s.outcomes[0, 0] < s.outcomes[0, 2]


def test_location_quotients_against_the_drawn_reference():
    region = [
        trend_baseline(YEARS, TEN_PERCENT),
        trend_baseline(YEARS, np.array([200.0, 200.0, 200.0, 200.0])),
    ]
    steady = [
        trend_baseline(YEARS, np.array([1000.0, 1000.0, 1000.0, 1000.0])),
        trend_baseline(YEARS, np.array([500.0, 550.0, 605.0, 665.5])),
    ]
    result = simulate(region, [ScenarioInputs()], 2025, draws=0, reference=steady)
    # 2025: region 133.1 * 1.1^2 = 161.051 and 200; reference 1000 and 665.5 * 1.1^2 = 805.255
    share, ref_share = 161.051 / 361.051, 1000 / 1805.255
    lq = result.scenarios[0].lq
    assert lq[0] == pytest.approx([share / ref_share] * 4)
    assert lq[1] == pytest.approx([(1 - share) / (1 - ref_share)] * 4)
    # the same mean growth (10 % a year for the second industry) with uneven years: the
    # reference's own uncertainty widens the location quotient's band, the region's paths
    # (its own draws) stay as they were
    uneven = [steady[0], trend_baseline(YEARS, np.array([500.0, 600.0, 580.0, 665.5]))]
    calm = simulate(region, [ScenarioInputs()], 2025, draws=400, seed=3, reference=steady)
    wide = simulate(region, [ScenarioInputs()], 2025, draws=400, seed=3, reference=uneven)
    band = [r.scenarios[0].lq[1, 2] - r.scenarios[0].lq[1, 0] for r in (calm, wide)]
    assert band[0] == pytest.approx(0.0, abs=1e-12) and band[1] > 0.01
    assert calm.scenarios[0].industries == pytest.approx(wide.scenarios[0].industries)
    assert simulate(region, [ScenarioInputs()], 2025, draws=0).scenarios[0].lq.shape == (0, 4)
    with pytest.raises(ValueError, match="one baseline per industry"):
        simulate(region, [ScenarioInputs()], 2025, draws=0, reference=steady[:1])
