"""The layer contracts and the linter, as part of the test run."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name):
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def test_only_ui_imports_qt_and_layers_point_down():
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    result = subprocess.run([_tool("ruff"), "check", "desktop_app", "tests", "bench"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- SQL only in store/ ----------------------------------------------------------------------

#: Methods of sqlite3 connections and sqlite-utils databases and tables that run SQL.
_SQL_METHODS = {
    "execute", "executemany", "executescript", "query", "rows_where", "pks_and_rows_where",
    "count_where", "delete_where", "table", "insert", "insert_all", "upsert", "upsert_all",
    "update", "delete", "lookup", "create", "create_table", "transform",
}
#: What a variable holding a connection or database is called here.
_DATABASE_NAME = re.compile(r"(^|_)(db|conn|connection|cursor|database)$", re.IGNORECASE)
_SQL_TEXT = re.compile(
    r"\b(SELECT\s[\s\S]*\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TEMP\s+)?(TABLE|INDEX|TRIGGER)|DROP\s+TABLE|PRAGMA\s+\w+)\b"
)


def _terminal_name(node: ast.AST) -> str:
    """``db`` for ``db``, ``self.session.db`` and ``db["t"]``; '' for other expressions."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_database(node: ast.AST) -> bool:
    return bool(_DATABASE_NAME.search(_terminal_name(node)))


def database_queries(source: str) -> list[tuple[int, str]]:
    """(line, what) of every place a module queries a database itself.

    A call of a SQL method on something named like a connection or database (``db``,
    ``self.session.db``, ``project.conn``, ``db["table"]``), a table taken from a database by
    subscript, and a string that reads as an SQL statement.
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in _SQL_METHODS and _is_database(node.func.value)):
            found.append((node.lineno, f".{node.func.attr}() on {_terminal_name(node.func.value)}"))
        elif isinstance(node, ast.Subscript) and _is_database(node.value) and isinstance(
                node.slice, ast.Constant | ast.JoinedStr | ast.Name):
            if not isinstance(node.value, ast.Subscript):
                found.append((node.lineno, f"table {ast.unparse(node)}"))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and _SQL_TEXT.search(node.value)):
            found.append((node.lineno, f"SQL text {node.value[:40]!r}"))
    return sorted(set(found))


def test_the_scan_finds_planted_queries_and_passes_lookalikes():
    planted = '''
def refresh(self, db, project):
    rows = self.session.db.execute("SELECT 1")
    project.conn.executemany(sql, rows)
    db["merges"].insert({"office": "x"})
    for row in db.query(text):
        pass
    table = db.table("observations")
    text = "UPDATE observations SET value = ? WHERE id = ?"
'''
    lines = [line for line, _what in database_queries(planted)]
    assert lines == [3, 4, 5, 5, 6, 8, 9]
    harmless = '''
def fill(self, words, ids):
    words.insert(0, "x")
    ids.update({1, 2})
    export_table(path, *self.table())
    label = self.tr("Select the rows from the table")
    store.rows_for_ids(self.session.project.conn, ids)
'''
    assert database_queries(harmless) == []


def test_ui_and_services_leave_the_queries_to_store():
    offenders = []
    for folder in ("services", "ui", "commands"):
        for path in sorted((ROOT / "desktop_app" / folder).rglob("*.py")):
            for line, what in database_queries(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    for line, what in database_queries((ROOT / "desktop_app" / "cli.py").read_text("utf-8")):
        offenders.append(f"desktop_app/cli.py:{line}: {what}")
    assert offenders == [], "SQL belongs in desktop_app/store:\n" + "\n".join(offenders)
