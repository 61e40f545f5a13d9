"""`anticipa import` and `anticipa inspect` on real files."""

import json

from desktop_app.cli import main


def test_import_dry_run_then_commit_and_inspect(tmp_path, fixtures_dir, capsys):
    project = tmp_path / "p.anticipa"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    book = str(fixtures_dir / "excel" / "ons_itis2018_tables.xlsx")
    args = [
        "import",
        book,
        "--project",
        str(project),
        "--sheet",
        "1. NUTS1, industry",
        "--measure",
        "trade",
    ]
    assert main([*args, "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["observations"]["new"] == 585 and out["batch"] is None
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["batch"] == 1
    assert main(["inspect", book, "--json"]) == 0
    sheets = json.loads(capsys.readouterr().out)["sheets"]
    assert sheets[2]["tables"][0]["range"] == "A3:Q42"


def test_import_of_a_non_workbook_exits_with_message(tmp_path, capsys):
    project = tmp_path / "p.anticipa"
    main(["new", str(project)])
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main(["import", str(bad), "--project", str(project)]) == 2
    assert "x.xlsx: not a workbook" in capsys.readouterr().err
