"""Import recipes saved in a project: one named JSON document per office's workbook layout.

The repository stores the text of a recipe as the user saved it (the format and its checks
live in :mod:`desktop_app.io.recipes`); saving under a name that exists replaces that recipe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.errors import UserError
from desktop_app.texts import Text

if TYPE_CHECKING:  # not imported at run time: the window opens without it
    import sqlite_utils

__all__ = ["SavedRecipe", "delete_recipe", "find_recipe", "list_recipes", "save_recipe"]


@dataclass(frozen=True)
class SavedRecipe:
    """A recipe as stored: its name, the sheet it reads, the JSON text and when it changed."""

    id: int
    name: str
    sheet: str
    recipe_json: str
    created_at: str
    updated_at: str


_COLUMNS = "id, name, sheet, recipe_json, created_at, updated_at"


def save_recipe(db: sqlite_utils.Database, name: str, recipe_json: str, sheet: str = "") -> int:
    """Store a recipe under ``name`` (replacing one of that name); return its id.

    Raises
    ------
    ValueError
        When the name is empty.
    """
    name = " ".join(str(name).split())
    if not name:
        raise UserError(Text("a recipe needs a name"))
    db.execute(
        """
        INSERT INTO import_recipes (name, sheet, recipe_json) VALUES (?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET sheet = excluded.sheet,
            recipe_json = excluded.recipe_json,
            updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        """,
        [name, sheet, recipe_json],
    )
    return db.execute("SELECT id FROM import_recipes WHERE name = ?", [name]).fetchone()[0]


def list_recipes(db: sqlite_utils.Database) -> list[SavedRecipe]:
    """Every saved recipe, the most recently saved first."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM import_recipes ORDER BY updated_at DESC, id DESC")
    return [SavedRecipe(*row) for row in rows]


def find_recipe(db: sqlite_utils.Database, name: str) -> SavedRecipe | None:
    """The recipe saved under ``name``, or ``None``."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM import_recipes WHERE name = ?", [" ".join(str(name).split())]
    ).fetchone()
    return SavedRecipe(*row) if row else None


def delete_recipe(db: sqlite_utils.Database, name: str) -> bool:
    """Remove a saved recipe; return whether one was removed."""
    cursor = db.execute("DELETE FROM import_recipes WHERE name = ?", [name])
    return cursor.rowcount > 0
