"""Exports never write formulas from text, private paths or half files."""

import getpass

import openpyxl
import pytest
from export_fixtures import formula_cells, workbook_text
from openpyxl import Workbook

from desktop_app.errors import UserError
from desktop_app.io.export_tidy import TidyContent, read_tidy, write_tidy
from desktop_app.io.xlsx_safety import (
    atomic_target,
    public_file_name,
    public_text,
    safe_sheet_title,
    set_safe,
)

DANGEROUS = [
    '=HYPERLINK("http://x","click")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "\tTab",
    "=cmd|' /C calc'!A0",
    "\rreturn",
]


def _content(labels):
    rows = [(label, "C10", "emp", 2020, 1.0, None, None, None, None) for label in labels]
    return TidyContent([], [], [], [], rows, len(rows))


def test_text_with_formula_triggers_is_stored_as_text(tmp_path):
    target = tmp_path / "out.xlsx"
    write_tidy(target, _content(DANGEROUS))
    assert formula_cells(target) == []
    ws = openpyxl.load_workbook(target)["Data"]
    for row, label in enumerate(DANGEROUS, start=2):
        cell = ws.cell(row, 1)
        assert cell.data_type == "s"
        assert cell.quotePrefix is True
        assert cell.value.strip("\r\n") == label.strip("\r\n")
    # and they come back as the same text
    read = read_tidy(target)
    assert [r[0] for r in read.rows][:6] == [d.strip() for d in DANGEROUS][:6]


def test_set_safe_on_ordinary_sheet():
    ws = Workbook().active
    set_safe(ws["A1"], "=1+1")
    set_safe(ws["A2"], "plain")
    set_safe(ws["A3"], 3.5)
    set_safe(ws["A4"], "bad\x07char")
    assert (ws["A1"].data_type, ws["A1"].quotePrefix) == ("s", True)
    assert ws["A2"].quotePrefix is False
    assert ws["A3"].value == 3.5
    assert ws["A4"].value == "badchar"


def test_no_paths_or_user_names(tmp_path):
    from desktop_app.io.export_tidy import SourceEntry

    user = getpass.getuser()
    source = SourceEntry(
        1,
        "import",
        f"Loaded from /home/{user}/stats/Empleo.xlsx",
        f"C:\\Users\\{user}\\Desktop\\Empleo.xlsx",
        "2024-05-01",
        "",
        user,
    )
    content = TidyContent([], [], [], [source], [], 0)
    target = tmp_path / "out.xlsx"
    write_tidy(target, content)
    text = workbook_text(target)
    assert "Empleo.xlsx" in text
    for private in ("/home/", "C:\\Users", "Desktop", str(tmp_path)):
        assert private not in text
    assert f">{user}<" not in text and "openpyxl" not in text
    write_tidy(target, content, include_authors=True)
    assert f">{user}<" in workbook_text(target)


def test_public_helpers():
    assert public_file_name("C:\\data\\x\\file.xlsx") == "file.xlsx"
    assert public_file_name("/tmp/a/b.csv") == "b.csv"
    assert public_text("see /srv/data/in.xlsx and D:\\x\\y.xls") == "see in.xlsx and y.xls"
    taken = set()
    assert safe_sheet_title("a/b:c", taken) == "a-b-c"
    assert safe_sheet_title("A-B-C", taken) == "A-B-C (2)"
    assert len(safe_sheet_title("x" * 40, taken)) == 31


class _CancelAfter:
    def __init__(self, n):
        self.n = n

    def report(self, fraction, text=""):
        pass

    def check(self):
        self.n -= 1
        if self.n <= 0:
            raise KeyboardInterrupt


def test_cancelled_export_leaves_nothing(tmp_path):
    rows = [("R", "I", "m", 2000 + k % 20, float(k), None, None, None, None) for k in range(10000)]
    target = tmp_path / "out.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_tidy(target, TidyContent([], [], [], [], rows, len(rows)), _CancelAfter(2))
    assert list(tmp_path.iterdir()) == []


def test_failed_export_keeps_previous_file(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")

    def broken_rows():
        yield ("R", "I", "m", 2000, 1.0, None, None, None, None)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_tidy(target, TidyContent([], [], [], [], broken_rows()))
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_atomic_target_needs_folder(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        with atomic_target(tmp_path / "nope" / "x.xlsx"):
            pass
