"""Expert questionnaires on the real CIB_global study (cibsa sample, 3 descriptors, 10 variants)."""

import re

import numpy as np
import openpyxl
import pytest
from export_fixtures import FIXTURES, formula_cells

from desktop_app.io.questionnaire import Descriptor, read_questionnaire, write_questionnaire

DESCRIPTORS = [
    Descriptor("WTRD", ("FT", "Ntl", "Mix"), "World trade regime"),
    Descriptor("WSEC", ("Rlx", "Mod", "Alrt")),
    Descriptor("WECO", ("Decl", "Stag", "ModGr", "RpdGr")),
]


def _scw_matrix():
    """The 10 x 10 judgement matrix of CIB_global.scw (section D, row = impacting variant)."""
    lines = (FIXTURES / "CIB_global.scw").read_text().splitlines()
    rows = [
        [int(x) for x in line.split(",")]
        for line in lines
        if re.fullmatch(r"\s*-?\d+\s*(,\s*-?\d+\s*){9}", line)
    ]
    assert len(rows) == 10
    return np.array(rows, dtype=float)


def test_write_layout(tmp_path):
    target = tmp_path / "expert.xlsx"
    n = write_questionnaire(target, "Global", "Expert A", DESCRIPTORS)
    # ordered pairs of different descriptors: 3*3 + 3*4 + 3*3 + 3*4 + 4*3 + 4*3 = 66
    assert n == 66
    wb = openpyxl.load_workbook(target)
    ws = wb["Judgements"]
    assert [c.value for c in ws[2]] == ["WTRD", "FT", "WSEC", "Rlx", None, None, "D1V1>D2V1"]
    dv = ws.data_validations.dataValidation[0]
    assert (dv.formula1, str(dv.sqref)) == ('"-3,-2,-1,0,1,2,3"', "E2:E67")
    assert ws.protection.sheet and not ws["E2"].protection.locked and ws["A2"].protection.locked
    assert ws.column_dimensions["G"].hidden
    assert wb["Instructions"]["B4"].value == "Expert A"
    assert formula_cells(target) == []


def test_round_trip_with_off_scale_and_blanks(tmp_path):
    truth = _scw_matrix()
    target = tmp_path / "expert.xlsx"
    write_questionnaire(target, "Global", "Expert A", DESCRIPTORS, prefill=truth)
    wb = openpyxl.load_workbook(target)
    ws = wb["Judgements"]
    ws["E2"].value = None  # WTRD:FT -> WSEC:Rlx left blank
    ws["E3"].value = "+2"  # typed as text
    ws["F3"].value = "depends on energy prices"
    ws["E4"].value = 1.5
    returned = tmp_path / "returned.xlsx"
    wb.save(returned)

    answers = read_questionnaire(returned)
    assert (answers.study, answers.expert) == ("Global", "Expert A")
    assert [d.name for d in answers.descriptors] == ["WTRD", "WSEC", "WECO"]
    # CIB_global holds judgements of -6..+5: everything beyond +-3 is reported by cell
    off = {p.cell: p.reason for p in answers.off_scale}
    beyond = np.argwhere(np.abs(truth) > 3)
    assert len(off) == len(beyond) + 1  # plus the 1.5 in E4
    assert "1.5" in off["E4"]
    assert any("-6" in reason and "WECO: RpdGr -> WTRD: Ntl" in reason for reason in off.values())
    assert [p.cell for p in answers.blanks] == ["E2"]
    expected = np.where(np.abs(truth) > 3, 0, truth)
    expected[0, 3] = 0  # blank
    expected[0, 4] = 2  # "+2"
    expected[0, 5] = 0  # 1.5 is off scale
    assert np.array_equal(answers.matrix, expected)
    assert answers.answered.sum() == 66 - len(beyond) - 2
    assert answers.comments == {(0, 4): "depends on energy prices"}


def test_sorted_rows_still_read_by_key(tmp_path):
    truth = np.clip(_scw_matrix(), -3, 3)
    target = tmp_path / "expert.xlsx"
    write_questionnaire(target, "Global", "B", DESCRIPTORS, prefill=truth)
    wb = openpyxl.load_workbook(target)
    ws = wb["Judgements"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    rows.reverse()
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(target)
    answers = read_questionnaire(target, DESCRIPTORS)
    assert answers.problems == []
    assert np.array_equal(answers.matrix, truth)


def test_not_a_questionnaire(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "a list of experts"
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(ValueError, match="no sheet named 'Judgements'"):
        read_questionnaire(tmp_path / "x.xlsx")
    with pytest.raises(ValueError, match="at least two variants"):
        Descriptor("X", ("only",))
