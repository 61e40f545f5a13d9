"""Every kind of bad input named in the issue gets its own error, quickly and in bounded memory."""

import shutil
import time
import tracemalloc
import zipfile

import excel_nasty_files as nasty_files
import openpyxl
import pytest

from desktop_app.io.workbook import (
    CorruptWorkbookError,
    EmptyWorkbookError,
    EncryptedWorkbookError,
    Limits,
    NotAWorkbookError,
    UnsafeXmlError,
    ZipBombError,
    open_workbook,
)

EXCEL = "tests/fixtures/excel"


def test_not_a_workbook(tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(NotAWorkbookError, match="photo.xlsx: not a workbook"):
        open_workbook(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(NotAWorkbookError, match="not an .xlsx or .ods"):
        open_workbook(path)


def test_truncated_archive(tmp_path, fixtures_dir):
    data = (fixtures_dir / "excel" / "readxl_deaths.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptWorkbookError, match="truncated or damaged"):
        open_workbook(path)


def test_member_needing_a_newer_zip_version(tmp_path, fixtures_dir):
    """A flipped 'version needed to extract' byte (zip version 8.7) is a damaged archive."""
    data = bytearray((fixtures_dir / "excel" / "readxl_deaths.xlsx").read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first member's central directory entry
    data[entry + 6] = 87  # version needed to extract: 8.7
    path = tmp_path / "version.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbookError, match="zip file version 8.7"):
        open_workbook(path)


def test_truncated_legacy_xls(tmp_path, fixtures_dir):
    data = (fixtures_dir / "excel" / "readxl_deaths.xls").read_bytes()
    path = tmp_path / "cut.xls"
    path.write_bytes(data[:4000])
    with pytest.raises(CorruptWorkbookError):
        with open_workbook(path) as wb:
            for name in wb.sheet_names:
                wb.read_sheet(name)


def test_zip_bomb_refused_from_directory_sizes(tmp_path):
    path = nasty_files.zip_bomb(tmp_path / "bomb.xlsx", megabytes=60)
    assert path.stat().st_size < 200_000
    t0 = time.perf_counter()
    with pytest.raises(ZipBombError, match="zip bomb"):
        open_workbook(path)
    assert time.perf_counter() - t0 < 2.0


def test_total_uncompressed_limit(tmp_path, fixtures_dir):
    with pytest.raises(ZipBombError, match="expands to"):
        open_workbook(
            fixtures_dir / "excel" / "readxl_deaths.xlsx", Limits(max_uncompressed=10_000)
        )


def test_billion_laughs_refused(tmp_path):
    path = nasty_files.billion_laughs(tmp_path / "laughs.xlsx")
    with pytest.raises(UnsafeXmlError, match="entity expansion"):
        open_workbook(path)


def test_encrypted_workbook(tmp_path):
    path = nasty_files.encrypted_cfb(tmp_path / "secret.xlsx")
    with pytest.raises(EncryptedWorkbookError, match="password"):
        open_workbook(path)


def test_xls_renamed_xlsx_is_read_by_content(tmp_path, fixtures_dir):
    path = tmp_path / "deaths.xlsx"
    shutil.copy(fixtures_dir / "excel" / "readxl_deaths.xls", path)
    with open_workbook(path) as wb:
        assert wb.format == "xls"
        assert wb.sheet_names == ["arts", "other"]
        assert "content is a legacy Excel 97-2003 (.xls) workbook" in str(wb.problems[0])
        assert wb.read_sheet("arts").value(4, 0) == "Name"


def test_empty_workbook(tmp_path):
    with pytest.raises(EmptyWorkbookError, match="every sheet"):
        open_workbook(nasty_files.empty_xlsx(tmp_path / "empty.xlsx"))
    empty = tmp_path / "zero.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(EmptyWorkbookError, match="0 bytes"):
        open_workbook(empty)


def test_openpyxl_empty_workbook(tmp_path):
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(EmptyWorkbookError):
        open_workbook(path)


def test_million_empty_formatted_rows_bounded(tmp_path):
    path = nasty_files.million_empty_rows(tmp_path / "million.xlsx", n=300_000)
    tracemalloc.start()
    t0 = time.perf_counter()
    with open_workbook(path) as wb:
        grid = wb.read_sheet("Data")
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert grid.n_rows == 2 and grid.n_cols == 2
    assert elapsed < 5.0
    assert peak < 20_000_000


def test_formula_without_cached_value_reported_by_cell(tmp_path):
    with open_workbook(nasty_files.formula_without_cache(tmp_path / "f.xlsx")) as wb:
        grid = wb.read_sheet("Data")
    assert grid.formula_without_value == ["B3", "B4"]
    assert str(grid.problems[0]).startswith("Data!B3: 2 formula cell(s) have no saved value")


def test_openpyxl_formula_is_saved_without_value(tmp_path):
    path = tmp_path / "sum.xlsx"
    book = openpyxl.Workbook()
    book.active.append([1, 2, "=A1+B1"])
    book.save(path)
    with open_workbook(path) as wb:
        assert wb.read_sheet(wb.sheet_names[0]).formula_without_value == ["C1"]


def test_csv_with_semicolons_and_decimal_comma(tmp_path):
    path = tmp_path / "empleo.csv"
    path.write_text("región;año;valor\nMadrid;2018;1.234,5\n", encoding="utf-8")
    with open_workbook(path) as wb:
        grid = wb.read_sheet(wb.sheet_names[0])
    assert wb.format == "csv"
    assert grid.rows == [["región", "año", "valor"], ["Madrid", "2018", "1.234,5"]]


def test_all_real_workbooks_open(fixtures_dir):
    for path in sorted((fixtures_dir / "excel").glob("*.xls*")):
        with open_workbook(path) as wb:
            assert wb.sheets, path
            assert len(wb.sha256) == 64
