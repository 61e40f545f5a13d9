"""Groups of industries in one cell: prefixes with the hierarchy below, ranges in natural order."""

from desktop_app.core.industry_groups import group_members, natural_key

# (id, code, parent): C with children coded 10, 11 (NACE divisions without the letter), then
# C10..C12 with C12.1 below C12, and a code with a hyphen
INDUSTRIES = [
    (1, "C", None),
    (2, "10", 1),
    (3, "11", 1),
    (4, "C10", None),
    (5, "C11", None),
    (6, "C12", None),
    (7, "C12.1", 6),
    (8, "C9", None),
    (9, "C13", None),
    (10, "B-E", None),
    (11, "G", None),
]


def _codes(ids):
    names = {i: code for i, code, _ in INDUSTRIES}
    return [names[i] for i in ids]


def test_prefix_takes_the_codes_that_start_with_it_and_the_hierarchy_below():
    assert _codes(group_members("C*", INDUSTRIES)) == [
        "10", "11", "C", "C9", "C10", "C11", "C12", "C12.1", "C13",
    ]  # fmt: skip
    assert _codes(group_members("c1*", INDUSTRIES)) == ["C10", "C11", "C12", "C12.1", "C13"]
    assert group_members("X*", INDUSTRIES) == []


def test_range_runs_in_natural_order_and_takes_codes_below_its_upper_end():
    assert _codes(group_members("C10-C12", INDUSTRIES)) == ["C10", "C11", "C12", "C12.1"]
    # C9 < C10 as numbers, not as text
    assert _codes(group_members("C9-C10", INDUSTRIES)) == ["C9", "C10"]
    assert group_members("D1-D4", INDUSTRIES) == []


def test_other_labels_are_not_groups():
    assert group_members("C10", INDUSTRIES) is None
    assert group_members("*", INDUSTRIES) is None
    assert group_members("A-B-C", INDUSTRIES) is None
    assert natural_key("C9") < natural_key("C10") < natural_key("c11")
