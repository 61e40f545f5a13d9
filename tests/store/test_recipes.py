"""Saved import recipes: stored by name, replaced on save, listed newest first, removed."""

import pytest

from desktop_app.io.recipes import Recipe
from desktop_app.store.recipes import delete_recipe, find_recipe, list_recipes, save_recipe


def test_save_find_replace_list_delete(project):
    db = project.db
    first = Recipe(name="ONS NUTS1", sheet="1. NUTS1, industry", header_rows=[3])
    rid = save_recipe(db, "ONS  NUTS1 ", first.to_json(), first.sheet)
    saved = find_recipe(db, "ONS NUTS1")
    assert saved.id == rid and saved.sheet == "1. NUTS1, industry"
    assert Recipe.from_json(saved.recipe_json) == first
    changed = Recipe(name="ONS NUTS1", sheet="1. NUTS1, industry", header_rows=[4])
    assert save_recipe(db, "ONS NUTS1", changed.to_json(), changed.sheet) == rid
    assert Recipe.from_json(find_recipe(db, "ONS NUTS1").recipe_json).header_rows == [4]
    save_recipe(db, "Peru", Recipe(name="Peru").to_json(), "NACIONAL")
    assert {r.name for r in list_recipes(db)} == {"ONS NUTS1", "Peru"}
    assert delete_recipe(db, "Peru") and not delete_recipe(db, "Peru")
    assert [r.name for r in list_recipes(db)] == ["ONS NUTS1"]


def test_a_recipe_needs_a_name(project):
    with pytest.raises(ValueError, match="needs a name"):
        save_recipe(project.db, "  ", "{}")
