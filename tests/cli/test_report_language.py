"""``anticipa export --layout report --lang es``: the report workbook in Spanish. Its sheet
names, table headers and chart titles hold none of the English words of the English report,
its Summary is dated in words, and its numbers stay numbers with their formats."""

from __future__ import annotations

import re

import openpyxl
import pytest

from desktop_app.cli import main

#: Sheet names and headers of the English report that must not show under Spanish.
ENGLISH_SHEETS = ("Summary", "overview", "Indicators", "Lifecycles", "Competencies", "Scenarios",
                  "Futures", "Signposts", "Experiments", "Options")
ENGLISH_HEADERS = {
    "code", "industry", "region", "stage", "set by", "model", "reason", "growth",
    "national share", "industry mix", "regional share", "diversity", "complexity outlook",
    "ubiquity", "scenario", "inconsistency", "indirect influence", "quadrant",
    "signpost", "study", "variant", "indicator", "status", "trigger", "option", "expected",
    "worst case", "max regret", "no-regret", "place", "competency", "type", "experiment",
    "hypothesis", "lesson", "Section", "Contents", "year", "baseline", "change of the median",
}
ENGLISH_CHARTS = ("Growth per year", "Location quotient", "Total impact score",
                  "Influence against dependence", "Signposts per scenario", "Industries linked",
                  "Total: P10, median, P90 and")
_HEADER_FILL = "00D9E1F2"


def _report(project, out, *lang) -> openpyxl.Workbook:
    assert main(["export", str(project), str(out), "--layout", "report", *lang]) == 0
    return openpyxl.load_workbook(out)


def _headers(wb) -> set[str]:
    return {
        str(cell.value)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None and cell.fill.fgColor.rgb == _HEADER_FILL
    }


def _chart_titles(wb) -> list[str]:
    return [
        "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
        for ws in wb.worksheets
        for chart in ws._charts
    ]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from shutil import copyfile

    from desktop_app.services.demo import build_demo

    folder = tmp_path_factory.mktemp("reports")
    project = build_demo(folder / "demo.anticipa")
    copyfile(project, folder / "copy.anticipa")
    return (_report(project, folder / "en.xlsx"),
            _report(folder / "copy.anticipa", folder / "es.xlsx", "--lang", "es"))


def test_the_english_report_has_the_words_the_spanish_one_must_not(reports):
    english, _ = reports
    assert ENGLISH_HEADERS <= _headers(english)
    assert any(title.startswith(ENGLISH_CHARTS) for title in _chart_titles(english))


def test_the_spanish_report_has_no_english_sheet_names_headers_or_chart_titles(reports):
    _, spanish = reports
    names = spanish.sheetnames
    assert not [n for n in names for word in ENGLISH_SHEETS if word in n]
    assert {"Resumen", "Ciclos de vida", "Competencias", "Escenarios", "Futuros S1",
            "Señales de alerta", "Experimentos"} <= set(names)
    assert not ENGLISH_HEADERS & _headers(spanish)
    assert {"código", "rama", "etapa", "escenario", "cuadrante", "sección"} <= {
        h.lower() for h in _headers(spanish)}
    english_charts = [t for t in _chart_titles(spanish) if t.startswith(ENGLISH_CHARTS)]
    assert not english_charts


def test_the_spanish_summary_is_dated_in_words_and_the_numbers_stay_numbers(reports):
    english, spanish = reports
    summary = spanish["Resumen"]
    assert summary["A1"].value == "Informe de Anticipa"
    months = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    assert re.fullmatch(rf"Exportado por Anticipa el \d{{1,2}} de ({months}) de \d{{4}}\.",
                        summary["A2"].value)
    assert re.fullmatch(r"Exported by Anticipa on \d{1,2} [A-Z][a-z]+ \d{4}\.",
                        english["Summary"]["A2"].value)
    # the same cell of the overview: a number with its format in both languages
    es_cell = spanish["Panorama employees_de"]["C3"]
    en_cell = english["employees_de overview"]["C3"]
    assert isinstance(es_cell.value, int | float) and es_cell.value == en_cell.value
    assert es_cell.number_format == en_cell.number_format == "#,##0"
    assert spanish["Ciclos de vida"]["C3"].value in {
        "emergencia", "crecimiento", "madurez", "declive", "renovación", "sin etapa"}
