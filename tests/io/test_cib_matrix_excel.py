"""Cross-impact matrices as Excel sheets: round trip of the real cibsa studies, bad sheets."""

from pathlib import Path

import numpy as np
import openpyxl
import pytest

from desktop_app.io.cib_matrix_excel import (
    SHEET,
    MatrixSheetError,
    read_matrix_workbook,
    write_matrix_workbook,
)
from desktop_app.io.scw import read_scw

CIB = Path(__file__).parents[1] / "fixtures" / "cib"


def _study(name):
    scw = read_scw(CIB / name)
    return [(d.name, d.variants) for d in scw.descriptors], scw.matrix


def test_round_trip_global_with_comments(tmp_path):
    descriptors, matrix = _study("CIB_global.scw")
    target = tmp_path / "global.xlsx"
    write_matrix_workbook(target, descriptors, matrix, {(0, 3): "trade opens markets"})
    ws = openpyxl.load_workbook(target)[SHEET]
    assert ws["B1"].value == "WTRD: FT" and ws["A11"].value == "WECO: RpdGr"
    assert ws["B2"].fill.fgColor.rgb.endswith("D9D9D9")  # self-impact block greyed
    assert read_matrix_workbook(target).matrix is None  # the sample's 5 and -6 are off -3..+3
    got = read_matrix_workbook(target, scale=None).raise_for_errors()
    assert got.descriptors == [(n, list(v)) for n, v in descriptors]
    assert np.array_equal(got.matrix, matrix)
    assert got.comments == {(0, 3): "trade opens markets"}


def test_round_trip_large_values_need_open_scale(tmp_path):
    descriptors, matrix = _study("CIB_natl_regional.scw")
    target = tmp_path / "natl.xlsx"
    write_matrix_workbook(target, descriptors, matrix)
    strict = read_matrix_workbook(target)
    assert strict.matrix is None
    assert any("off the scale" in p.reason for p in strict.errors)
    assert np.array_equal(read_matrix_workbook(target, scale=None).matrix, matrix)


def _blank(ws, r, c):
    ws.cell(r, c).value = None


def _edited(tmp_path, edit):
    descriptors, matrix = _study("CIB_global.scw")
    matrix = np.clip(matrix, -3, 3)  # the sample's judgements reach 6; keep to the -3..+3 scale
    target = tmp_path / "m.xlsx"
    write_matrix_workbook(target, descriptors, matrix)
    wb = openpyxl.load_workbook(target)
    edit(wb[SHEET])
    wb.save(target)
    return read_matrix_workbook(target)


@pytest.mark.parametrize(
    ("edit", "cell", "words"),
    [
        (lambda ws: ws.cell(2, 5, 7), "E2", "off the scale"),
        (lambda ws: ws.cell(2, 5, 1.5), "E2", "not a whole number"),
        (lambda ws: ws.cell(2, 5, "lots"), "E2", "not a whole number"),
        (lambda ws: _blank(ws, 3, 6), "F3", "blank cell"),
        (lambda ws: ws.cell(1, 4, "WTRD: FT"), "D1", "duplicate of B1"),
        (lambda ws: _blank(ws, 1, 4), "D1", "missing name"),
        (lambda ws: ws.cell(1, 4, "Mix"), "D1", "not a 'Descriptor: Variant' label"),
        (lambda ws: ws.cell(4, 1, "WTRD: Other"), "A4", "differs from column label"),
        (lambda ws: ws.cell(12, 1, "WECO: Boom"), "A12", "not square"),
        (lambda ws: ws.cell(5, 13, 2), "M5", "outside the labelled columns"),
    ],
)
def test_bad_sheets_name_the_cell_and_import_nothing(tmp_path, edit, cell, words):
    got = _edited(tmp_path, edit)
    assert got.matrix is None
    assert any(p.cell == cell and words in p.reason and p.sheet == SHEET for p in got.errors), [
        str(p) for p in got.problems
    ]
    with pytest.raises(MatrixSheetError, match=f"{SHEET}!"):
        got.raise_for_errors()


def test_blank_self_impact_block_counts_as_zero(tmp_path):
    got = _edited(tmp_path, lambda ws: _blank(ws, 2, 2))
    assert got.matrix is not None and got.matrix[0, 0] == 0


def test_descriptor_split_apart_is_an_error(tmp_path):
    def edit(ws):
        for r, c in ((1, 3), (3, 1)):
            ws.cell(r, c, "WSEC: Mix")

    got = _edited(tmp_path, edit)
    assert got.matrix is None
    assert any("appears again" in p.reason for p in got.errors)


def test_empty_sheet(tmp_path):
    target = tmp_path / "empty.xlsx"
    wb = openpyxl.Workbook()
    wb.active["C3"] = "x"
    wb.save(target)
    got = read_matrix_workbook(target)
    assert got.matrix is None and "no labels" in got.errors[0].reason
