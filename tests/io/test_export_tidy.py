"""Tidy exchange workbook: the demo and generated data come back identical."""

import math
import tracemalloc

import openpyxl
import pytest
from export_fixtures import demo_content, demo_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.io.export_tidy import DATA_COLUMNS, TidyContent, read_tidy, write_tidy


def test_demo_round_trip(tmp_path):
    content = demo_content()
    target = tmp_path / "demo.xlsx"
    assert write_tidy(target, content) == 1120
    back = read_tidy(target)
    assert back.problems == []
    assert back.rows == demo_rows()
    assert list(back.content.regions) == list(content.regions)
    assert list(back.content.industries) == list(content.industries)
    assert list(back.content.measures) == list(content.measures)
    assert list(back.content.sources) == list(content.sources)


def test_layout(tmp_path):
    target = tmp_path / "demo.xlsx"
    write_tidy(target, demo_content())
    wb = openpyxl.load_workbook(target, read_only=True)
    assert wb.sheetnames == ["Data", "Regions", "Industries", "Measures", "Sources", "About"]
    header = next(wb["Data"].iter_rows(max_row=1, values_only=True))
    assert header == DATA_COLUMNS
    # Baden-Württemberg, agriculture, 2008: first row of the REAT data set
    assert next(wb["Data"].iter_rows(min_row=2, max_row=2, values_only=True))[:5] == (
        "DE1",
        "A",
        "employees_de",
        2008,
        14042,
    )
    about = dict(wb["About"].iter_rows(values_only=True))
    assert about["format"] == "Anticipa tidy exchange" and about["observations"] == 1120


def test_progress_is_reported(tmp_path):
    seen = []

    class Recorder:
        def report(self, fraction, text=""):
            seen.append(fraction)

        def check(self):
            pass

    rows = demo_rows() * 4
    write_tidy(tmp_path / "x.xlsx", TidyContent([], [], [], [], rows, len(rows)), Recorder())
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3


def test_bad_cells_are_named(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Region", "Industry", "Measure", "Year", "Value", "Comment"])
    ws.append(["DE1", "A", "emp", 2020, 5, "fine"])
    ws.append(["DE1", "A", "emp", "twenty", 5])
    ws.append(["DE1", None, "emp", 2020, 5])
    ws.append(["DE1", "B-E", "emp", 2021, "lots"])
    ws.append(["DE1", "F", "emp", 2021, "x"])
    ws.append(["DE2", "F", "emp", 2021, "1.234,5"])
    path = tmp_path / "filled.xlsx"
    wb.save(path)
    back = read_tidy(path)
    assert [(p.cell, p.reason.split(";")[0]) for p in back.problems] == [
        ("D3", "'twenty' is not a year"),
        ("B4", "industry is empty"),
        ("E5", "'lots' is not a number"),
    ]
    assert back.rows == [
        ("DE1", "A", "emp", 2020, 5.0, None, None, None, None),
        ("DE1", "F", "emp", 2021, None, "suppressed", None, None, None),
        ("DE2", "F", "emp", 2021, 1234.5, None, None, None, None),
    ]


def test_missing_columns_message(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Data"
    wb.active.append(["Region", "Year", "Value"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(
        ValueError, match=r"sheet Data, row 1: missing column\(s\) industry, measure"
    ):
        read_tidy(tmp_path / "x.xlsx")


_text = (
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)
_value = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=64))
_row = st.tuples(
    _text,
    _text,
    _text,
    st.integers(1800, 2200),
    _value,
    st.one_of(st.none(), st.sampled_from(["provisional", "suppressed", "missing"])),
    st.one_of(st.none(), st.integers(1, 99)),
    st.one_of(st.none(), _text),
    st.one_of(st.none(), st.from_regex(r"[A-Z]{1,2}[1-9][0-9]{0,4}", fullmatch=True)),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_row, max_size=30))
def test_generated_round_trip(tmp_path, rows):
    rows = [r for r in rows if r[4] is not None or r[5] is not None]
    target = tmp_path / "gen.xlsx"
    write_tidy(target, TidyContent([], [], [], [], rows, len(rows)))
    back = read_tidy(target)
    assert back.problems == []
    assert len(back.rows) == len(rows)
    for got, want in zip(back.rows, rows, strict=True):
        assert got[:4] == want[:4] and got[5:] == want[5:]
        assert got[4] == want[4] or (math.isclose(got[4], want[4], rel_tol=0, abs_tol=0))


@pytest.mark.slow
def test_memory_stays_flat(tmp_path):
    def rows(n):
        for k in range(n):
            yield (
                f"R{k % 400}",
                f"I{k % 600}",
                "emp",
                2000 + k % 20,
                k * 1.5,
                None,
                1,
                "Sheet1",
                f"B{k + 2}",
            )

    peaks = []
    for n in (2_000, 10_000):
        tracemalloc.start()
        write_tidy(tmp_path / f"m{n}.xlsx", TidyContent([], [], [], [], rows(n), n))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < 1.3 * peaks[0]
