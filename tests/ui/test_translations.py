"""The Spanish translation: every string of the interface is in the .ts and finished, the shipped
.qm matches it, and no view under Spanish shows one of the English words users reported."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from desktop_app.core.lifecycle_fit import fit_series
from desktop_app.core.lifecycle_stage import assess_stage
from desktop_app.paths import resources_dir
from desktop_app.store import classifications
from desktop_app.texts import CONTEXT
from desktop_app.ui.translated import translated
from desktop_app.ui.views import SECTIONS

TRANSLATIONS = resources_dir() / "translations"
UI_SOURCES = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
sys.path.insert(0, str(TRANSLATIONS))
from extract_texts import marked_messages  # noqa: E402 - the script beside the .ts

#: English words and phrases that showed in views under a Spanish locale (issue 15).
KNOWN_ENGLISH = (
    "Reference", "From", "To", "Horizontal axis", "Vertical axis", "Flag", "Source", "Cell",
    "Region", "Industry", "Measure", "Year", "Value", "Unit", "Filter", "Method", "Order",
    "Growth", "Change", "Stage", "Influence", "Dependence", "Variant",
    "Scenario", "Expert", "Export", "Import", "Location quotient", "National share",
    "Industry mix", "Regional share", "Competitive effect", "determinant", "relay", "dependent",
    "Sum of the regions", "sum of its regions", "autonomous", "emergence", "maturity", "renewal", "Fit", "Direct", "Indirect", "Rank", "Score", "Weight", "Name", "Show",
    # texts made below the ui layer: fit reasons, policy options and discovery, signposts
    "no fit", "did not converge", "not pinned down", "weak preference", "No action",
    "does no better", "failing scenarios", "disagree", "projected", "entered effects",
    "reached", "not reached", "unknown", "above", "below", "judgement", "all industries",
)
_KNOWN = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, KNOWN_ENGLISH)) + r")(?![\w-])")


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation, or None when unfinished; obsolete left out."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            finished = kind != "unfinished" and bool(translation.text)
            found[(name, message.findtext("source"))] = translation.text if finished else None
    return found


def test_every_interface_string_is_translated(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in UI_SOURCES.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(extracted)], check=True,
                   capture_output=True)
    wanted = _messages(extracted)
    wanted.update(dict.fromkeys(((CONTEXT, m) for m in marked_messages()), None))
    assert len(wanted) > 500  # the extraction did read the interface
    shipped = _messages(TRANSLATIONS / "anticipa_es.ts")
    missing = [key for key in wanted if key not in shipped]
    unfinished = [key for key in wanted if key in shipped and shipped[key] is None]
    assert not missing, f"{len(missing)} strings not in anticipa_es.ts (run lupdate): {missing[:10]}"
    assert not unfinished, f"{len(unfinished)} unfinished in anticipa_es.ts: {unfinished[:10]}"


def test_no_translation_call_hides_in_an_f_string():
    """lupdate does not read inside f-strings: a tr() there is never extracted, so never
    translated (the Data view's inspector said Flag, Source and Cell in English)."""
    hidden = []
    for path in sorted(UI_SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.name}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and getattr(call.func, "attr", getattr(call.func, "id", None))
                    in ("tr", "translate")
                ]
    assert not hidden, f"tr() inside f-strings: {hidden}"




def test_no_wrapper_hides_texts_from_lupdate():
    """A helper like ``def _tr(text): return translate("Ctx", text)`` makes lupdate miss every
    text passed to it (the Data chart's hover hint stayed English). A text may reach tr() or
    translate() as a variable only in a module that marks its texts with QT_TRANSLATE_NOOP
    (or ui/translated.py for texts made below the ui, ui/views.py for the view titles its
    callers mark)."""
    wrappers = []
    for path in sorted(UI_SOURCES.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "QT_TRANSLATE_NOOP(" in source or path.name in ("translated.py", "views.py"):
            continue
        for call in ast.walk(ast.parse(source)):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                continue
            owner = getattr(call.func.value, "id", None)
            text = (
                call.args[1:2] if call.func.attr == "translate" and owner == "QCoreApplication"
                else call.args[:1] if call.func.attr == "tr" else []
            )
            if text and not isinstance(text[0], ast.Constant):
                wrappers.append(f"{path.name}:{call.lineno}")
    assert not wrappers, f"texts reach translate() through a variable: {wrappers}"


def test_shipped_qm_holds_every_finished_translation(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "anticipa_es.qm"))
    stale = [
        (context, source)
        for (context, source), text in _messages(TRANSLATIONS / "anticipa_es.ts").items()
        if text and translator.translate(context, source) != text
    ]
    assert not stale, f"anticipa_es.qm is older than the .ts (run lrelease): {stale[:10]}"


def visible_texts(root: QWidget) -> list[str]:
    """What a user reads in ``root``: labels, buttons, combo items, tabs, headers, group titles,
    placeholder texts, and the titles and axis labels of its charts."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = widget.header() if isinstance(widget, QTreeView) else widget.horizontalHeader()
            texts.extend(
                str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(header.count())
                if not header.isSectionHidden(c)
            )
        texts.extend(_chart_texts(widget))
    return [t for t in texts if t]


def _chart_texts(widget: QWidget) -> list[str]:
    """Titles and axis labels of the pyqtgraph plots a widget holds."""
    import pyqtgraph as pg

    if not isinstance(widget, pg.GraphicsView):
        return []
    texts = []
    for item in widget.scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible():
            texts.append(item.labelText or "")
        elif isinstance(item, pg.LabelItem) and item.isVisible():
            texts.append(item.text or "")
    return texts


def english_words(texts: list[str], data_labels: tuple[str, ...] = ()) -> set[str]:
    """The known English words in ``texts``; names from the project's data (an industry called
    "B-E Industry (except construction)") are the data's, not the interface's."""
    plain = [re.sub(r"<[^>]+>", " ", text) for text in texts]
    for label in sorted(data_labels, key=len, reverse=True):
        plain = [text.replace(label, "…") for text in plain]
    return {f"{m.group(1)!r} in {text!r}" for text in plain for m in _KNOWN.finditer(text)}


def test_the_check_finds_english_words():
    found = english_words(
        ["<b>Horizontal axis</b>", "Eje horizontal", "Región: Industry", "C Industry of X"],
        data_labels=("Industry of X",),
    )
    assert found == {"'Horizontal axis' in ' Horizontal axis '", "'Industry' in 'Región: Industry'"}


def test_views_under_spanish_show_no_known_english_words(spanish, main_window, demo_project, qtbot):
    main_window.resize(1400, 900)
    main_window.show()
    assert main_window.open_path(demo_project)
    db = main_window.session.db
    data_labels = tuple(
        entry.name for kind in ("region", "industry") for entry in classifications.list_all(db, kind)
    )
    seen: dict[str, set[str]] = {}
    for section in SECTIONS:
        views = section.load_views() or [None]
        for view in views:
            main_window.show_view(view.key if view else section.key)
            qtbot.waitUntil(lambda: not main_window.tasks.busy, timeout=60000)
            QCoreApplication.processEvents()
            page = main_window.project_page.stack.currentWidget()
            shown = page.currentWidget() if hasattr(page, "currentWidget") else page
            texts = [*visible_texts(shown), main_window.inspector.toPlainText()]
            found = english_words(texts, data_labels)
            if found:
                seen[view.key if view else section.key] = found
    assert not seen, "\n".join(f"{key}: {sorted(words)}" for key, words in seen.items())


def test_a_stage_reason_reads_in_spanish(spanish):
    years = np.arange(2006, 2017)
    reason = assess_stage(years, 100 * 1.004 ** np.arange(11), 1.4 * 0.96 ** np.arange(11)).reason
    assert reason.endswith("LQ 0.93 and falling (\u22124.0 %/yr); it stagnates while the region "
                           "loses ground to the reference")
    assert translated(reason).endswith(
        "CL 0,93 y en descenso (\u22124,0 %/año); se estanca mientras la región pierde terreno "
        "frente a la referencia"
    )
    assert str(reason) == reason  # elsewhere (JSON, the command line) it stays English


def test_a_fit_reason_and_an_options_note_read_in_spanish(spanish):
    flat = fit_series(np.arange(2008, 2015), [1000, 1004, 1001, 1003, 1000, 1002, 1005])
    assert flat.reason == ("no fit: the series is flat (it moves by 0.5 % of its mean); there is "
                           "no curve to fit")
    assert translated(flat.reason) == (
        "sin ajuste: la serie es plana (varía un 0,5 % de su media); no hay curva que ajustar")
    from desktop_app.core.policy import disagreements
    from desktop_app.core.policy import robustness as judge
    from desktop_app.services.policy_options import NO_ACTION

    # A is best on average and by regret; only B does better than No action in both scenarios
    result = judge(np.array([[0.0, 0.0], [10.0, -1.0], [4.0, 3.0]]), np.array([0.5, 0.5]),
                   "higher", None)
    notes = disagreements(result, [NO_ACTION, "A", "B"])
    assert notes == ["The criteria disagree on the best option: expected value puts A first, "
                     "minimax regret puts A first, satisficing puts B first."]
    assert translated(notes[0]) == (
        "Los criterios no coinciden en la mejor opción: valor esperado pone primero a A, "
        "arrepentimiento minimax pone primero a A, satisfacción (umbral) pone primero a B.")


def test_each_text_translation_has_the_fields_of_its_message():
    """A translation of a ``Text`` is filled with the message's parameters: a field missing or
    misspelt in it would drop a number or stop the export that writes it."""
    from string import Formatter

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}

    differ = [
        source
        for (context, source), text in _messages(TRANSLATIONS / "anticipa_es.ts").items()
        if context == CONTEXT and text and fields(text) != fields(source)
    ]
    assert not differ, f"translations whose fields differ from the message: {differ[:5]}"


def test_progress_and_signpost_changes_read_in_spanish(spanish, qtbot):
    from desktop_app.core.futures import trend_baseline
    from desktop_app.core.signposts import Reading, change_sentence
    from desktop_app.texts import Number, Text
    from desktop_app.ui.tasks import QtProgress, _Relay

    relay = _Relay()
    shown = []
    relay.sig_progress.connect(lambda fraction, text: shown.append(text))
    QtProgress(relay).report(0.5, Text("{done} of {n} observations", done=Number("1,200"),
                                       n=Number("3,000")))
    assert shown == ["1.200 de 3.000 observaciones"]
    sentence = change_sentence("Manufacturing jobs", "growth", "not reached",
                               Reading("reached", 2014, -4.1), "World economy: Decline")
    assert sentence == ("Manufacturing jobs fell 4.1 % in 2014: signpost for World economy: "
                        "Decline reached")
    assert translated(sentence) == ("Manufacturing jobs bajó un 4,1 % en 2014: señal de alerta "
                                    "de World economy: Decline alcanzada")
    trend = trend_baseline(np.array([2020, 2021]), np.array([100.0, 102.5]))
    assert translated(trend.description) == "tendencia: +2,50 % anual (TCAC 2020-2021)"


def test_register_refusals_name_the_register_in_spanish(spanish, project):
    from desktop_app.store import capabilities as cap
    from desktop_app.ui.errors import error_text

    competency = cap.add_competency(project.db, "Robótica", type="know-how")
    refusals = []
    for attempt in (
        lambda: cap.add_competency(project.db, "robotica"),
        lambda: cap.update_competency(project.db, competency, colour="blue"),
        lambda: cap.add_institution(project.db, "Fraunhofer", type="castle"),
    ):
        with pytest.raises(cap.CapabilityError) as caught:
            attempt()
        refusals.append(error_text(caught.value))
    # the register's own words were English inside the Spanish sentences
    assert refusals[0] == "Ya existe una competencia con el nombre 'robotica'."
    assert refusals[1] == "Competencias no tienen el campo 'colour'."
    assert refusals[2].startswith("Tipo de institución desconocido 'castle'; los tipos son ")


def test_register_workbook_row_reasons_read_in_spanish(spanish, tmp_path):
    from openpyxl import Workbook

    from desktop_app.io.registers import read_registers
    from desktop_app.ui.translated import translated

    wb = Workbook()
    ws = wb.active
    ws.title = "Institutions"
    ws.append(["name", "type"])
    ws.append([None, "university"])
    ws.append(["Fraunhofer", "castle"])
    links = wb.create_sheet("Competency-institution links")
    links.append(["competency", "institution", "strength", "from", "to"])
    links.append(["Robotics", "KIT", 2, 2021, 2018])
    wb.save(tmp_path / "registers.xlsx")
    reasons = {p.cell: translated(p.reason) for p in read_registers(tmp_path / "registers.xlsx")
               .problems}
    # the reasons were English f-strings, whatever the interface's language
    assert reasons["A2"] == "name está vacío; se omitió la fila"
    assert reasons["B3"].startswith("Tipo de institución desconocido 'castle'; los tipos son ")
    assert reasons["B3"].endswith("; se omitió la fila")
    assert reasons["E2"] == "el vínculo termina (2018) antes de empezar (2021); se omitió la fila"


def test_errors_made_below_the_ui_read_in_spanish(spanish):
    from desktop_app.core.futures import BaselineError, trend_baseline
    from desktop_app.io.workbook import Problem
    from desktop_app.services.exchange_import import ExchangeError
    from desktop_app.store.signals import Experiment, SignalsStoreError, save_experiment
    from desktop_app.texts import Text
    from desktop_app.ui.errors import error_text

    with pytest.raises(BaselineError) as caught:
        trend_baseline(np.array([2020]), np.array([1.0]))
    assert str(caught.value) == "A trend needs at least two years with values in its window."
    assert error_text(caught.value) == (
        "Una tendencia necesita al menos dos años con valores en su ventana.")
    refused = ExchangeError("f.xlsx", [Problem(
        "f.xlsx", "Data", "B4", Text("the sheet {title} is missing", title="Regions"), "error")])
    assert str(refused) == "f.xlsx, sheet Data, cell B4: the sheet Regions is missing; nothing " \
                           "was imported"
    assert error_text(refused) == ("f.xlsx, hoja Data, celda B4: falta la hoja Regions; no se "
                                   "importó nada")
    with pytest.raises(SignalsStoreError) as caught:
        save_experiment(sqlite_utils.Database(memory=True),
                        Experiment("Pilot", start_date="31.3.2026", decision_date="2026-09-30"))
    assert error_text(caught.value) == (
        "Experimento 'Pilot', inicio: '31.3.2026' no es una fecha (escríbala como 2026-03-31).")
