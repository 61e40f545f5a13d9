"""Numbers stored as text, years as floats and statistical markers read as the office meant."""

import datetime as dt

import pytest

from desktop_app.errors import UserError
from desktop_app.io.cells import (
    ParsedCell,
    a1,
    cell_index,
    column_letter,
    parse_number,
    parse_typed_number,
    parse_value,
    parse_year,
)
from desktop_app.io.recipes import RecipeError, column_index


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("1.234,5", None, 1234.5),
        ("1,234.5", None, 1234.5),
        ("1 234", None, 1234.0),
        ("1\u00a0234,75", None, 1234.75),
        ("12,5", None, 12.5),
        ("1,234", None, 1234.0),
        ("1.234", None, 1.234),
        ("1.234", ",", 1234.0),
        ("1,234", ",", 1.234),
        ("1.234.567", None, 1234567.0),
        ("(12)", None, -12.0),
        ("−3,5", None, -3.5),
        ("0,123", None, 0.123),
        ("1,23,4", None, None),
        ("abc", None, None),
        ("12.3.4,5", None, None),
    ],
)
def test_parse_number_separators(text, decimal, expected):
    assert parse_number(text, decimal) == expected


def test_parse_number_rejects_unknown_decimal():
    with pytest.raises(ValueError, match="decimal"):
        parse_number("1", decimal=";")


@pytest.mark.parametrize(
    ("raw", "value", "flag", "kind"),
    [
        ("x", None, "suppressed", "marker"),
        ("[c]", None, "confidential", "marker"),
        ("c", None, "confidential", "marker"),
        ("..", None, "not_available", "marker"),
        ("-", None, "nil", "marker"),
        ("u", None, "unreliable", "marker"),
        ("(p)", None, "provisional", "marker"),
        ("*", None, "suppressed", "marker"),
        ("n/a", None, "not_available", "marker"),
        ("123 (p)", 123.0, "provisional", "number"),
        ("12,5 u", 12.5, "unreliable", "number"),
        ("12*", 12.0, "estimated", "number"),
        ("20.5 %", 20.5, None, "number"),
        (558.0, 558.0, None, "number"),
        (True, None, None, "text"),
        (float("nan"), None, None, "text"),
        (dt.date(2020, 1, 1), None, None, "text"),
        ("Total", None, None, "text"),
        ("", None, None, "empty"),
        (None, None, None, "empty"),
    ],
)
def test_parse_value_markers_and_numbers(raw, value, flag, kind):
    cell = parse_value(raw)
    assert (cell.value, cell.flag, cell.kind) == (value, flag, kind)


def test_parse_value_note_explains_text_conversion():
    assert parse_value("1.234,5").note == '"1.234,5" read as 1234.5'
    assert parse_value(3.0).note is None


@pytest.mark.parametrize(
    ("raw", "year"),
    [
        (2018.0, 2018),
        ("2018", 2018),
        ("2018.0", 2018),
        (" 2018 (p)", 2018),
        (2018, 2018),
        ("1994 Q1", None),
        (2018.5, None),
        ("index", None),
        (True, None),
        (99, None),
    ],
)
def test_parse_year(raw, year):
    assert parse_year(raw) == year


def test_a1_references():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
    assert a1(16, 5) == "F17"


def test_cell_index_reads_a1_references():
    assert cell_index("A1") == (0, 0)
    assert cell_index("AB12") == (11, 27)
    assert cell_index("A1:B2") is None and cell_index("12") is None and cell_index("Á1") is None
    assert cell_index("B") is None and cell_index("b3") == (2, 1)


def test_recipe_columns_and_expected_cells_are_read_like_cell_references():
    assert [column_index(c) for c in ("A", "z", " AB ", "ZZ")] == [0, 25, 27, 701]
    with pytest.raises(RecipeError, match="'C3' is not a column"):
        column_index("C3")


def test_plain_text_numbers_carry_no_note_but_decisions_do():
    assert parse_value("23.0825") == ParsedCell(23.0825)
    assert parse_value("-7").note is None
    assert parse_value("1,234").note == '"1,234" read as 1234'
    assert parse_value("1.500", ",").note == '"1.500" read as 1500'
    assert parse_value("12 (p)").note == '"12 (p)" read as 12, provisional'


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("14100,5", ".", 14100.5),  # the comma cannot group one digit: decimal in any locale
        ("14100,5", ",", 14100.5),
        ("14100.5", ",", 14100.5),
        ("14.100,5", ".", 14100.5),  # both separators: the last one is decimal
        ("1,234,567", ",", 1234567.0),  # a repeated separator groups thousands
        ("0,125", ".", 0.125),  # no thousands before it
        ("(3,5)", ".", -3.5),
        ("  ", ",", None),  # empty clears
    ],
)
def test_parse_typed_number_reads_what_the_text_says(text, decimal, expected):
    assert parse_typed_number(text, decimal) == expected


@pytest.mark.parametrize(("text", "decimal", "readings"), [
    ("14,100", ",", ("14100", "14,1")),
    ("14,100", ".", ("14100", "14.1")),
    ("-1.500", ".", ("-1500", "-1.5")),
])
def test_parse_typed_number_refuses_a_separator_before_three_digits(text, decimal, readings):
    with pytest.raises(UserError) as refused:
        parse_typed_number(text, decimal)
    assert all(reading in str(refused.value) for reading in readings)


@pytest.mark.parametrize("text", ["x", "1e5", "14.100.5", "12 (p)"])
def test_parse_typed_number_refuses_what_is_not_a_number(text):
    with pytest.raises(UserError, match="is not a number"):
        parse_typed_number(text, ".")
