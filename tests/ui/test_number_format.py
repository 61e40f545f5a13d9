"""One number format per unit: the texts are written here by hand from the numbers."""

import math

import pytest

from desktop_app.ui.number_format import (
    Kind,
    NotAvailable,
    format_number,
    kind_of_unit,
    tick_texts,
)


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [
        (1342241.0, Kind.COUNT, "1,342,241"),
        (-405.414, Kind.COUNT, "-405"),  # a shift-share part in persons: no decimals
        (4643.2, Kind.COUNT, "4,643"),
        (-0.3, Kind.COUNT, "0"),  # rounds to zero: no "-0"
        (0.1234, Kind.SHARE, "12.3 %"),
        (1.546, Kind.PERCENT, "1.5 %"),
        (-0.04, Kind.PERCENT, "0.0 %"),
        (1.3274, Kind.INDEX, "1.33"),
        (0.45719, Kind.INDEX, "0.457"),
        (-0.0187654, Kind.INDEX, "-0.0188"),
        (-405.414, Kind.INDEX, "-405"),
        (2594.2, Kind.INDEX, "2,594"),
        (-1e-17, Kind.INDEX, "0"),  # a rounding residue, not "-0.000"
        (1234.5, Kind.AMOUNT, "1,234"),  # banker's rounding of .5 by Python's format
        (12.345, Kind.AMOUNT, "12.3"),
    ],
)
def test_format_by_kind(value, kind, text):
    assert format_number(value, kind) == text


@pytest.mark.parametrize("missing", [None, math.nan, math.inf, NotAvailable("why")])
def test_missing_values_read_not_available(missing):
    assert format_number(missing, Kind.INDEX) == "not available"
    assert format_number(missing, Kind.COUNT) == "not available"


def test_units_of_the_store_map_to_kinds():
    assert kind_of_unit("persons") is Kind.COUNT
    assert kind_of_unit("Establishments") is Kind.COUNT
    assert kind_of_unit("EUR million") is Kind.AMOUNT
    assert kind_of_unit("%") is Kind.PERCENT
    assert kind_of_unit("") is Kind.AMOUNT  # no unit: not taken for a count, decimals kept


def test_ticks_of_persons_are_whole_numbers_with_separators():
    # the futures chart's 6e+06 should read 6,000,000
    assert tick_texts([4e6, 5e6, 6e6], 1e6, Kind.COUNT) == ["4,000,000", "5,000,000", "6,000,000"]
    assert tick_texts([0.5, 1.0, 1.5], 0.5, Kind.INDEX) == ["0.5", "1.0", "1.5"]
    assert tick_texts([0.0, 0.05, 0.1], 0.05, Kind.SHARE) == ["0 %", "5 %", "10 %"]
    assert tick_texts([-1.0, 0.0, 1.0], 1.0, Kind.PERCENT) == ["-1 %", "0 %", "1 %"]
