"""ScenarioWizard files: byte-for-byte round trip on every cibsa sample, .sl lists, bad files."""

from pathlib import Path

import numpy as np
import pytest

from desktop_app.io.scw import (
    ScwError,
    format_scw,
    parse_scw,
    read_scw,
    read_sl,
    write_scw,
    write_sl,
)

CIB = Path(__file__).parents[1] / "fixtures" / "cib"
SAMPLES = sorted(CIB.glob("*.scw"))
SOLUTIONS = sorted(CIB.glob("*.sl"))


def test_all_samples_present():
    assert len(SAMPLES) == 5 and len(SOLUTIONS) == 4


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_round_trip_byte_for_byte(path, tmp_path):
    scw = read_scw(path)
    target = tmp_path / path.name
    write_scw(target, scw)
    assert target.read_bytes() == path.read_bytes()
    again = read_scw(target)
    assert np.array_equal(again.matrix, scw.matrix)


def test_global_structure():
    scw = read_scw(CIB / "CIB_global.scw")
    assert scw.title == "CIB_global.scw"
    assert [d.short for d in scw.descriptors] == ["WTRD", "WSEC", "WECO"]
    assert scw.descriptors[2].variants == ["Decl", "Stag", "ModGr", "RpdGr"]
    assert scw.descriptors[0].name == "WTRD"  # long names are blank: short name shown
    assert scw.sizes == [3, 3, 4]
    # row = impacting variant: WTRD:FT -> WECO:RpdGr is +3, WECO:RpdGr -> WTRD:Ntl is -6
    assert scw.matrix[0, 9] == 3 and scw.matrix[9, 1] == -6


def test_natl_regional_self_impact_block_is_kept():
    scw = read_scw(CIB / "CIB_natl_regional.scw")
    assert scw.sizes == [3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 4, 4, 3, 2]
    assert scw.title == "CIB_nested.scw"  # the stored title, not the file name
    assert scw.matrix[-2:, -2:].tolist() == [[15, -7], [-11, 9]]


def test_nonstandard_single_space_long_names():
    scw = read_scw(CIB / "CIB_nested_simplified_nonstandard.scw")
    assert all(d.long == " " for d in scw.descriptors)
    assert scw.descriptors[0].name == scw.descriptors[0].short


def test_crlf_and_missing_final_newline_round_trip():
    data = (CIB / "CIB_global.scw").read_bytes().replace(b"\n", b"\r\n").rstrip(b"\r\n")
    scw = parse_scw(data, "crlf.scw")
    assert scw.newline == "\r\n" and not scw.final_newline
    assert format_scw(scw) == data


def test_new_study_written_in_scenariowizard_layout(tmp_path):
    base = read_scw(CIB / "CIB_global.scw")
    base.colours, base.essays, base.reasons = [], [], []
    assert format_scw(base) == (CIB / "CIB_global.scw").read_bytes()


def test_non_integer_matrix_is_refused():
    scw = read_scw(CIB / "CIB_global.scw")
    scw.matrix = scw.matrix / 2
    with pytest.raises(ValueError, match="whole numbers"):
        format_scw(scw)


def _broken(old: bytes, new: bytes) -> bytes:
    data = (CIB / "CIB_global.scw").read_bytes()
    assert old in data
    return data.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        (
            b" 1 , 2 ,-3 ,-4 ,-2 , 3 , 3 \n 0 , 0 , 0 ,-2",
            b" 1 , 2 ,-3 ,-4 ,-2 , 3 \n 0 , 0 , 0 ,-2",
            44,
            "has 9 values, expected 10",
        ),
        (b" 0 , 0 , 0 ,-2 , 1 ,", b" 0 , x , 0 ,-2 , 1 ,", 45, "'x' is not a whole number"),
        (b"FFFFFF\n#\n#\n 0", b"#\n#\n 0", 41, "colour"),
        (b"&WSEC\n -Rlx", b"WSEC\n -Rlx", 7, "expected a descriptor"),
        (b"#\n# 0-0", b"#\n# 1-1", 55, "'# 0-0'"),
    ],
)
def test_malformed_files_name_the_line(old, new, line, words):
    with pytest.raises(ScwError) as info:
        parse_scw(_broken(old, new), "bad.scw")
    assert info.value.line == line
    assert words in str(info.value) and str(info.value).startswith(f"bad.scw, line {line}")


def test_truncated_file():
    lines = (CIB / "CIB_global.scw").read_bytes().split(b"\n")
    with pytest.raises(ScwError, match="line 46: the file ends where matrix row 4 of 10"):
        parse_scw(b"\n".join(lines[:46]), "short.scw")


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_solution_lists_round_trip(path, tmp_path):
    sl = read_sl(path)
    write_sl(tmp_path / path.name, sl)
    assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def test_solution_list_contents():
    sl = read_sl(CIB / "CIB_global.sl")
    assert [e.tis for e in sl.entries] == [15, 12, 9, 8]
    assert sl.entries[0].scenario == (1, 2, 1)  # " 2 3 2", 1-based in the file
    nested = read_sl(CIB / "CIB_nested.sl")
    assert len(nested.entries) == 20 and nested.entries[0].fields[0] == "1.677722E+07"
