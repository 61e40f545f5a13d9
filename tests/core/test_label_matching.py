"""Labels from files matched to a classification by code, alias and ranked guesses."""

from desktop_app.core.label_matching import Candidate, match_labels, normalize, similarity

NACE = [
    Candidate(1, "C10", "Food products"),
    Candidate(2, "C11", "Beverages"),
    Candidate(3, "C13", "Textiles"),
    Candidate(4, "F", "Construction", ("Bau",)),
    Candidate(5, "I", "Accommodation and food service activities"),
]


def test_normalize_drops_accents_case_and_punctuation():
    assert (
        normalize("  Fabricación de PRODUCTOS\u00a0alimenticios ")
        == "fabricacion de productos alimenticios"
    )


def test_code_alias_and_code_prefix():
    code, alias, prefixed, named = match_labels(
        ["c10", "BAU", "C13 Textile goods", "Beverages"], NACE
    )
    assert (code.how, code.target_id) == ("code", 1)
    assert (alias.how, alias.target_id) == ("alias", 4)
    assert (prefixed.how, prefixed.target_id) == ("code", 3)
    assert (named.how, named.target_id) == ("alias", 2)


def test_fuzzy_suggestions_are_ranked_and_not_applied():
    (m,) = match_labels(["Manufacture of food products"], NACE)
    assert m.how == "fuzzy" and m.target_id is None
    assert m.suggestions[0][0] == 1
    assert [s for _, s in m.suggestions] == sorted((s for _, s in m.suggestions), reverse=True)


def test_unrelated_label_gets_no_suggestion():
    (m,) = match_labels(["Quantum widgets"], NACE)
    assert m.how == "none" and m.suggestions == []


def test_similarity_is_symmetric_and_bounded():
    a, b = normalize("Food products"), normalize("Manufacture of food products")
    assert similarity(a, b) == similarity(b, a)
    assert 0.0 <= similarity(a, "xyz") <= similarity(a, b) <= 1.0
