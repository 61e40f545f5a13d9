"""A large worksheet parsed in pieces on several cores reads exactly as the whole sheet does.

Pieces are forced on small files by lowering the size a piece needs; the XML is decompressed
in small blocks so that cuts fall across block boundaries, as they do in a large sheet.
"""

import tempfile
from pathlib import Path

import excel_nasty_files as nasty
import pytest

import desktop_app.io.sheet_pieces as sheet_pieces
import desktop_app.io.workbook as workbook
from desktop_app.io.workbook import open_workbook

FIXTURES = Path(__file__).parents[1] / "fixtures" / "excel"


def _read(path: Path) -> dict:
    with open_workbook(path) as book:
        return {name: book.read_sheet(name) for name in book.sheet_names}


def _cut_in_pieces(monkeypatch) -> list[bool]:
    """Every .xlsx sheet cut into three pieces; the list says which reads used pieces."""
    used: list[bool] = []
    parse = sheet_pieces.parse_in_pieces

    def counted(*args, **kwargs):
        result = parse(*args, **kwargs)
        used.append(result is not None)
        return result

    monkeypatch.setattr(sheet_pieces, "MIN_PIECE_BYTES", 1)
    monkeypatch.setattr(sheet_pieces, "_cores", lambda: 3)
    monkeypatch.setattr(sheet_pieces, "_BLOCK", 500)
    monkeypatch.setattr(sheet_pieces, "_HELD_BACK", 300)
    monkeypatch.setattr(workbook, "parse_in_pieces", counted)
    return used


@pytest.fixture
def in_pieces(monkeypatch):
    return _cut_in_pieces(monkeypatch)


def _read_whole(path: Path, monkeypatch) -> dict:
    with monkeypatch.context() as patch:
        patch.setattr(sheet_pieces, "MIN_PIECE_BYTES", 1 << 40)
        return _read(path)


def _same(whole: dict, pieces: dict) -> None:
    assert whole.keys() == pieces.keys()
    for name, grid in whole.items():
        other = pieces[name]
        assert other.rows == grid.rows, name
        assert other.merged == grid.merged, name
        assert other.formula_without_value == grid.formula_without_value, name


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.xlsx")))
def test_real_workbooks_read_the_same_in_pieces(name, monkeypatch):
    whole = _read(FIXTURES / name)
    used = _cut_in_pieces(monkeypatch)
    pieces = _read(FIXTURES / name)
    assert used and all(used)  # every sheet was cut
    _same(whole, pieces)


def _rows_xml(rows: list[tuple[int, str]]) -> str:
    return "".join(f'<row r="{r}">{cells}</row>' for r, cells in rows)


def test_pieces_with_different_columns_gaps_merges_and_formulas(tmp_path, in_pieces, monkeypatch):
    """Later rows start further right and end further left; a gap of empty rows; a merged
    header; formula cells with and without a saved value, in every piece."""
    rows = [(1, '<c r="A1" t="inlineStr"><is><t>Title</t></is></c>')]
    for r in range(3, 60):
        first = "A" if r < 30 else "C"
        cells = f'<c r="{first}{r}"><v>{r}</v></c><c r="D{r}"><f>{first}{r}*2</f>'
        cells += f"<v>{r * 2}</v></c>" if r % 7 else "</c>"
        if r < 20:
            cells += f'<c r="F{r}"><v>1.5</v></c>'
        rows.append((r, cells))
    rows.append((80, '<c r="B80" t="inlineStr"><is><t>(1) footnote</t></is></c>'))
    xml = (
        nasty.SHEET_HEAD
        + '<dimension ref="A1:F80"/><sheetData>'
        + _rows_xml(rows)
        + '</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>'
    )
    path = nasty.write_xlsx(tmp_path / "shifted.xlsx", xml)
    pieces = _read(path)
    assert in_pieces == [True]
    _same(_read_whole(path, monkeypatch), pieces)
    grid = pieces["Data"]
    assert grid.merged == [(0, 0, 0, 5)]
    assert grid.formula_without_value == [f"D{r}" for r in range(3, 60) if r % 7 == 0]
    assert grid.n_rows == 80 and grid.value(79, 1) == "(1) footnote"


@pytest.mark.parametrize(
    "rows_xml",
    [
        # a namespace prefix: the cutting does not know these tags
        '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>',
        # rows without their numbers
        "".join(f'<row><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 40)),
        # rows out of order: a later piece holds an earlier row
        _rows_xml([(r, f'<c r="A{r}"><v>{r}</v></c>') for r in [*range(20, 60), *range(1, 20)]]),
    ],
)
def test_xml_the_cutting_does_not_expect_is_read_whole(tmp_path, in_pieces, monkeypatch, rows_xml):
    xml = nasty.SHEET_HEAD + "<sheetData>" + rows_xml + "</sheetData></worksheet>"
    if rows_xml.startswith("<x:"):
        xml = xml.replace("<sheetData>", "<x:sheetData>").replace("</sheetData>", "</x:sheetData>")
    path = nasty.write_xlsx(tmp_path / "odd.xlsx", xml)
    pieces = _read(path)
    assert in_pieces == [False]
    _same(_read_whole(path, monkeypatch), pieces)


def test_pieces_leave_no_files_behind(tmp_path, in_pieces, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    _read(FIXTURES / "abs_ozmarriage.xlsx")
    assert in_pieces and all(in_pieces)
    assert list((tmp_path / "tmp").iterdir()) == []


def test_no_room_for_the_pieces_reads_whole(in_pieces, monkeypatch):
    import collections
    import shutil

    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10**9, 10**9, 0))
    pieces = _read(FIXTURES / "abs_ozmarriage.xlsx")
    assert in_pieces and not any(in_pieces)
    _same(_read_whole(FIXTURES / "abs_ozmarriage.xlsx", monkeypatch), pieces)


def _without_empty_end(rows: list[list]) -> list[list]:
    while rows and not any(rows[-1]):
        rows = rows[:-1]
    return rows


def _previews(path: Path, n_rows: int) -> dict:
    with open_workbook(path) as book:
        return {name: book.read_sheet(name, max_rows=n_rows).rows for name in book.sheet_names}


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.xlsx")))
def test_previews_parse_only_the_first_rows_and_read_the_same(name, monkeypatch):
    whole = _read(FIXTURES / name)
    parse = sheet_pieces.parse_first_rows
    used = []

    def counted(*args):
        result = parse(*args)
        used.append(result is not None)
        return result

    monkeypatch.setattr(workbook, "PREVIEW_WHOLE_BYTES", 0)
    monkeypatch.setattr(workbook, "parse_first_rows", counted)
    monkeypatch.setattr(sheet_pieces, "_BLOCK", 700)
    for n_rows in (10_000, 12, 1):
        for sheet, rows in _previews(FIXTURES / name, n_rows).items():
            # as long and wide as the first rows' cells reach: what lies beyond is empty there
            expected = _without_empty_end(whole[sheet].rows[:n_rows])
            assert len(_without_empty_end(rows)) == len(expected), sheet
            for row, full in zip(rows, expected, strict=False):
                assert row == full[: len(row)] and not any(full[len(row) :]), sheet
        if n_rows == 10_000:  # (a sheet whose first row lies below a shorter preview is
            assert used and all(used)  # parsed whole)


def test_a_preview_of_rows_without_numbers_parses_the_sheet(tmp_path, monkeypatch):
    rows = "".join(f'<row><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 40))
    path = nasty.write_xlsx(
        tmp_path / "plain.xlsx",
        nasty.SHEET_HEAD + f"<sheetData>{rows}</sheetData><rowBreaks/></worksheet>",
    )
    monkeypatch.setattr(workbook, "PREVIEW_WHOLE_BYTES", 0)
    assert sheet_pieces.parse_first_rows(path, "xl/worksheets/sheet1.xml", "Data", 5) is None
    assert _previews(path, 5)["Data"] == [[1.0], [2.0], [3.0], [4.0], [5.0]]


_EMPTY_ROW = '<row r="1" s="1" customFormat="1"><c r="A1" s="1"/><c r="B1" s="1"/></row>'


@pytest.mark.parametrize(
    ("rows_xml", "after_rows", "holds"),
    [
        ('<x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row>', "", True),  # a prefix
        ('<row r="1"><c r="A1" t="inlineStr"><is><t>only text</t></is></c></row>', "", True),
        ('<row r="1"><c r="A1"><f>B1*2</f></c></row>', "", True),  # formula without its value
        ('<row r="1"><c r="A1" t="str"><v xml:space="preserve"> a</v></c></row>', "", True),
        (_EMPTY_ROW, "", False),
        ('<row r="1"><c r="A1"><v></v></c><c r="B1"><v/></c></row>', "", False),
        # a drop-down list's source, after the rows, is no value
        (
            _EMPTY_ROW,
            "<extLst><ext><x14:dataValidations><x14:dataValidation><x14:formula1>"
            "<xm:f>Lists!$A$1:$A$9</xm:f></x14:formula1></x14:dataValidation>"
            "</x14:dataValidations></ext></extLst>",
            False,
        ),
    ],
)
def test_an_xlsx_sheet_is_seen_empty_or_not_without_parsing_it(
    tmp_path, rows_xml, after_rows, holds
):
    xml = nasty.SHEET_HEAD + f"<sheetData>{rows_xml}</sheetData>{after_rows}</worksheet>"
    if rows_xml.startswith("<x:"):
        xml = xml.replace("<sheetData>", "<x:sheetData>").replace("</sheetData>", "</x:sheetData>")
    path = nasty.write_xlsx(tmp_path / "one.xlsx", xml)
    if holds:
        with open_workbook(path) as book:
            assert book.sheet_names == ["Data"]
    else:
        with pytest.raises(workbook.EmptyWorkbookError, match="every sheet"):
            open_workbook(path)


def _formula_sheet(rnd) -> tuple[str, list[str]]:
    """Rows of numbers, text, empty formatted cells and formulas with and without a value."""
    rows, expected = [], []
    for r in range(1, 60):
        cells = []
        for c in sorted(rnd.sample("ABCDEFGH", rnd.randint(0, 4))):
            kind = rnd.random()
            if kind < 0.3:
                cells.append(f'<c r="{c}{r}"><v>{r}</v></c>')
            elif kind < 0.45:
                cells.append(f'<c r="{c}{r}" t="inlineStr"><is><t>f{r}</t></is></c>')
            elif kind < 0.6:
                cells.append(f'<c r="{c}{r}"><f>1+1</f></c>')
                expected.append(f"{c}{r}")
            elif kind < 0.75:
                cells.append(f'<c r="{c}{r}"><f>1+1</f><v>2</v></c>')
            else:
                cells.append(f'<c r="{c}{r}" s="1"/>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    return nasty.SHEET_HEAD + f"<sheetData>{''.join(rows)}</sheetData></worksheet>", expected


@pytest.mark.parametrize("seed", range(20))
def test_formulas_without_a_value_are_found_whatever_the_blocks(seed):
    """The search keeps a cell that a block boundary cuts, even inside '<c' or '</c>'."""
    import random

    rnd = random.Random(seed)
    xml, expected = _formula_sheet(rnd)
    data = xml.encode()
    for size in (1, 2, 3, 7, 64, len(data)):
        search = workbook._FormulaSearch()
        for start in range(0, len(data), size):
            search.feed(data[start : start + size])
        assert search.refs == expected, size


def test_a_cached_value_with_attributes_counts(tmp_path):
    cell = '<c r="A1" t="str"><f>"a b "</f><v xml:space="preserve">a b </v></c>'
    xml = nasty.SHEET_HEAD + f'<sheetData><row r="1">{cell}</row></sheetData></worksheet>'
    with open_workbook(nasty.write_xlsx(tmp_path / "spaces.xlsx", xml)) as book:
        grid = book.read_sheet("Data")
    assert grid.rows == [["a b "]] and grid.formula_without_value == []


def _with_bad_checksum(path: Path) -> Path:
    """The sheet part's CRC-32 changed in both zip headers: reading its data fails."""
    import struct
    import zipfile

    with zipfile.ZipFile(path) as zf:
        crc = struct.pack("<I", zf.getinfo("xl/worksheets/sheet1.xml").CRC)
    data = path.read_bytes()
    assert data.count(crc) == 2
    path.write_bytes(data.replace(crc, struct.pack("<I", int.from_bytes(crc, "little") ^ 1)))
    return path


@pytest.mark.parametrize("preview", [False, True])
def test_a_damaged_sheet_is_reported_as_such_when_read_in_pieces(tmp_path, in_pieces, preview):
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 400))
    xml = nasty.SHEET_HEAD + f"<sheetData>{rows}</sheetData></worksheet>"
    path = _with_bad_checksum(nasty.write_xlsx(tmp_path / "crc.xlsx", xml))
    with pytest.raises(workbook.CorruptWorkbookError, match="crc.xlsx"):
        with open_workbook(path) as book:
            book.read_sheet("Data", max_rows=5 if preview else None)


def test_parts_named_in_another_case_go_with_the_pieces(tmp_path, monkeypatch):
    """calamine finds xl/Styles.xml as well: the pieces must carry it, or dates are lost."""
    import zipfile

    styles = (
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
    )
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" s="1"><v>{45000 + r}</v></c></row>' for r in range(1, 60)
    )
    path = nasty.write_xlsx(
        tmp_path / "dates.xlsx",
        nasty.SHEET_HEAD + f"<sheetData>{rows}</sheetData></worksheet>",
        {"xl/Styles.xml": styles.encode()},
    )
    with zipfile.ZipFile(path) as zf:
        assert "xl/Styles.xml" in zf.namelist()
    whole = _read_whole(path, monkeypatch)
    assert whole["Data"].value(0, 0).year == 2023  # read as a date
    used = _cut_in_pieces(monkeypatch)
    _same(whole, _read(path))
    assert used == [True]


def test_a_preview_of_rows_out_of_order_parses_the_sheet(tmp_path, monkeypatch):
    order = [*range(20, 40), *range(1, 20)]
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in order)
    path = nasty.write_xlsx(
        tmp_path / "unordered.xlsx",
        nasty.SHEET_HEAD + f"<sheetData>{rows}</sheetData></worksheet>",
    )
    monkeypatch.setattr(workbook, "PREVIEW_WHOLE_BYTES", 0)
    assert _previews(path, 5)["Data"] == [[1.0], [2.0], [3.0], [4.0], [5.0]]
