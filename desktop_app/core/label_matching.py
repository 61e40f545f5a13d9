"""Match the labels in a file to a project's classification: code, alias, then ranked guesses.

Offices write "Manufacture of food products" where the project says "C10 Food products". The
matcher folds accents and case, tries the exact code, then known aliases, and otherwise ranks
candidates by a similarity that mixes shared words (ignoring filler such as "of", "and",
"manufacture") with shared character trigrams, so the user confirms instead of typing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Candidate", "Match", "match_labels", "normalize", "similarity"]

_FILLER = {
    "of",
    "and",
    "the",
    "in",
    "for",
    "other",
    "n.e.c",
    "nec",
    "de",
    "del",
    "la",
    "las",
    "los",
    "y",
    "e",
    "otros",
    "otras",
    "und",
    "der",
    "die",
    "das",
    "von",
    "manufacture",
    "fabricacion",
    "herstellung",
    "activities",
    "actividades",
    "products",
    "productos",
    "erzeugnissen",
}


def normalize(label: str) -> str:
    """Accents removed, case folded, punctuation to spaces, single spaces."""
    t = unicodedata.normalize("NFKD", str(label))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    t = re.sub(r"[^\w.]+", " ", t.replace("\u00a0", " "))
    return " ".join(t.split())


def _words(text: str) -> set[str]:
    return {w for w in text.split() if w not in _FILLER and not re.fullmatch(r"[a-z]?\d[\d.]*", w)}


def _trigrams(text: str) -> set[str]:
    t = f"  {text} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two normalised labels (0.6 shared words + 0.4 trigrams)."""
    wa, wb = _words(a), _words(b)
    words = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
    ta, tb = _trigrams(" ".join(sorted(wa)) or a), _trigrams(" ".join(sorted(wb)) or b)
    grams = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
    return 0.6 * words + 0.4 * grams


@dataclass(frozen=True)
class Candidate:
    """A classification entry a label may stand for."""

    id: int
    code: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class Match:
    """How one label was matched: 'code', 'alias', 'fuzzy' (suggestions only) or 'none'."""

    label: str
    how: str
    target_id: int | None = None
    suggestions: list[tuple[int, float]] = field(default_factory=list)


def match_labels(
    labels: list[str], candidates: list[Candidate], n_suggestions: int = 3, min_score: float = 0.25
) -> list[Match]:
    """Match each label to a candidate.

    Parameters
    ----------
    labels : list of str
    candidates : list of Candidate
    n_suggestions : int, optional
        How many ranked guesses to return for a label without an exact match.
    min_score : float, optional
        Guesses scoring below this are dropped.

    Returns
    -------
    list of Match
        In the order of ``labels``. Fuzzy matches never set ``target_id``: the user confirms.
    """
    by_code = {normalize(c.code): c.id for c in candidates}
    by_alias: dict[str, int] = {}
    for c in candidates:
        for text in (c.name, *c.aliases, f"{c.code} {c.name}"):
            by_alias.setdefault(normalize(text), c.id)
    names = [(c.id, normalize(f"{c.name} {' '.join(c.aliases)}")) for c in candidates]
    out = []
    for label in labels:
        key = normalize(label)
        if key in by_code:
            out.append(Match(label, "code", by_code[key]))
            continue
        if key in by_alias:
            out.append(Match(label, "alias", by_alias[key]))
            continue
        lead = key.split(" ", 1)[0] if key else ""
        if lead in by_code and len(key.split()) > 1:  # "C10 Food products" with a code prefix
            out.append(Match(label, "code", by_code[lead]))
            continue
        scored = sorted(((similarity(key, text), cid) for cid, text in names), reverse=True)
        sugg = [(cid, round(s, 3)) for s, cid in scored[:n_suggestions] if s >= min_score]
        out.append(Match(label, "fuzzy" if sugg else "none", None, sugg))
    return out
