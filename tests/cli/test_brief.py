"""``anticipa brief``: a PDF on one region, read back page by page (pypdf): the pages, the
sections, the page numbers, and figures that equal the project's own values."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys

import pypdf
import pytest

GLOBAL = "Global context (CIB sample)"


def _brief(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "brief", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


def _text(pdf) -> list[str]:
    """Each page's words joined by single spaces (the extraction puts tabs between them)."""
    return [
        " ".join(page.extract_text().replace("\ufb01", "fi").split())
        for page in pypdf.PdfReader(pdf).pages
    ]


def _value(project, region, industry, year) -> float:
    with sqlite3.connect(project) as conn:
        return conn.execute(
            "SELECT o.value FROM observations o JOIN regions r ON r.id = o.region_id "
            "JOIN industries i ON i.id = o.industry_id JOIN measures m ON m.id = o.measure_id "
            "WHERE r.code = ? AND i.code = ? AND o.year = ? AND m.code = 'employees_de'",
            [region, industry, year],
        ).fetchone()[0]


def test_the_brief_of_a_region_has_its_sections_and_its_numbers(demo_project, tmp_path):
    out = tmp_path / "brief.pdf"
    done = _brief(out, "--project", demo_project, "--region", "DE1", "--json")
    assert done.returncode == 0, done.stderr
    pages = json.loads(done.stdout)["pages"]
    text = _text(out)
    assert len(text) == pages >= 3
    whole = " ".join(text)
    assert whole.startswith("Baden-Württemberg: industries and futures")
    for heading in (
        "Profile of Baden-Württemberg",
        "Where the change 2008-2014 came from",
        "Lifecycles",
        "Opportunities",
        f"Scenarios: {GLOBAL}",
        f"Projections: {GLOBAL}",
        "Scenarios: National and regional (two versions)",
        "Why it holds:",
    ):
        assert heading in whole, heading
    for n, page in enumerate(text, start=1):
        assert page.endswith(f"page {n} of {pages}")
    # the largest industry's 2014 value, as stored, with thousands separators
    stored = _value(demo_project, "DE1", "B-E", 2014)
    assert f"Industry (except construction) {stored:,.0f}" in whole


def test_a_chosen_study_and_the_refusals(demo_project, tmp_path):
    out = tmp_path / "one.pdf"
    done = _brief(out, "--project", demo_project, "--region", "Sachsen", "--study", GLOBAL)
    assert done.returncode == 0, done.stderr
    whole = " ".join(_text(out))
    assert "Profile of Sachsen" in whole and f"Scenarios: {GLOBAL}" in whole
    assert "National and regional" not in whole
    nowhere = _brief(tmp_path / "x.pdf", "--project", demo_project, "--region", "Atlantis")
    assert nowhere.returncode == 2 and "Atlantis" in nowhere.stderr
    assert not (tmp_path / "x.pdf").exists()
    word = _brief(tmp_path / "x.docx", "--project", demo_project, "--region", "DE1")
    assert word.returncode == 2 and "x.docx: the brief is written as a .pdf file" in word.stderr


@pytest.mark.parametrize("study", ["No such study"])
def test_an_unknown_study_is_named(demo_project, tmp_path, study):
    done = _brief(
        tmp_path / "b.pdf", "--project", demo_project, "--region", "DE1", "--study", study
    )
    assert done.returncode == 2 and "No such study" in done.stderr


#: Section titles and sentences of the English brief that must not show under ``--lang es``.
ENGLISH_BRIEF = (
    "industries and futures", "Regional brief", "Profile of", "Largest industries",
    "Most specialised", "Where the change", "Shift-share of the change", "Lifecycle stage",
    "Opportunities", "Industries close to", "Scenarios:", "Why it holds", "Projections:",
    "Median projected total", "At the horizon", "page 1 of", "national growth", "no stage",
    "Projected", "draws", "Last observed year",
)


def test_the_brief_in_spanish(demo_project, tmp_path):
    out = tmp_path / "informe.pdf"
    done = _brief(out, "--project", demo_project, "--region", "DE1", "--lang", "es")
    assert done.returncode == 0, done.stderr
    whole = " ".join(_text(out))
    assert [words for words in ENGLISH_BRIEF if words in whole] == []
    assert whole.startswith("Baden-Württemberg: ramas y futuros Informe regional breve · ")
    for heading in ("Perfil de Baden-Württemberg", "De dónde vino el cambio 2008-2014",
                    "Ciclos de vida", "Oportunidades", f"Escenarios: {GLOBAL}",
                    f"Proyecciones: {GLOBAL}", "Por qué se sostiene:"):
        assert heading in whole, heading
    months = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    assert re.search(r"página 1 de \d", whole)
    assert re.search(rf"· \d{{1,2}} de ({months}) de \d{{4}} ·", whole)
    # the largest industry's 2014 value with the Spanish thousands separator
    stored = _value(demo_project, "DE1", "B-E", 2014)
    assert f"Industry (except construction) {stored:,.0f}".replace(",", ".") in whole
