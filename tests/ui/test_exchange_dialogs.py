"""Export and merge dialogs on the demo project, run through the session's task runner."""

import shutil
import sys
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
from test_exchange import _field_office  # noqa: E402


def test_export_dialog_writes_official_layout(session, qtbot, tmp_path):
    from desktop_app.ui.exchange.dialogs import ExportDialog

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.layout_group.button(1).setChecked(True)
    dialog.measure_list.item(1).setCheckState(dialog.measure_list.item(1).checkState().Unchecked)
    target = tmp_path / "official.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.layout_key() == "official"
    assert openpyxl.load_workbook(target, read_only=True).sheetnames[1] == "employees_de A"
    assert "4,110" in dialog.status.text() or "observations" in dialog.status.text()


def test_merge_dialog_lists_conflicts_then_merges(session, demo_project, qtbot, tmp_path):
    from desktop_app.ui.exchange.dialogs import MergeDialog

    source = tmp_path / "src"
    source.mkdir()
    shutil.copyfile(demo_project, source / "demo.anticipa")
    field = _field_office(source / "demo.anticipa", source)
    dialog = MergeDialog(session, field)
    qtbot.addWidget(dialog)
    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.table.rowCount() == 1 and dialog.merge_button.isEnabled()
    item = dialog.table.item(0, 0)
    item.setCheckState(item.checkState().Checked)
    assert dialog.chosen_keys() == ["employees_de/DE1/A/2014"]
    dialog.report = None
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.report.taken_from_them == 1 and not dialog.report.dry_run


def test_reports_view_opens_each_layout_and_lists_merged_packages(
    session, demo_project, qtbot, tmp_path
):
    from desktop_app.ui.exchange.reports_view import ReportsView

    view = ReportsView(session)
    qtbot.addWidget(view)
    assert sorted(view.export_buttons) == ["official", "report", "template", "tidy"]
    assert view.merges.item(0, 0).text() == "None yet"
    assert "National and regional (two versions) (experts: 2)" in view.questionnaires.text()

    dialog = view.open_export("template")
    qtbot.addWidget(dialog)
    assert dialog.layout_key() == "template"
    target = tmp_path / "template.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert "Instructions" in openpyxl.load_workbook(target, read_only=True).sheetnames

    source = tmp_path / "src"
    source.mkdir()
    shutil.copyfile(demo_project, source / "demo.anticipa")
    merge = view.open_merge()
    qtbot.addWidget(merge)
    merge.path_edit.setText(str(_field_office(source / "demo.anticipa", source)))
    merge.start(dry_run=False)
    qtbot.waitUntil(lambda: merge.report is not None, timeout=20000)
    merge.done(0)
    assert view.merges.item(0, 0).text() == merge.report.office
    assert "observations" in view.merges.item(0, 3).text()


def _check_only(widget, keys) -> None:
    from PySide6.QtCore import Qt

    for k in range(widget.count()):
        item = widget.item(k)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                           else Qt.CheckState.Unchecked)


def test_export_dialog_chooses_the_reports_region_and_study(session, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from desktop_app.ui.exchange.dialogs import ExportDialog

    dialog = ExportDialog(session, layout_key="report")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.report_box.isVisible()
    regions = dialog.report_regions
    checked = [regions.item(k).data(Qt.ItemDataRole.UserRole) for k in range(regions.count())
               if regions.item(k).checkState() == Qt.CheckState.Checked]
    assert checked == ["DE1", "DE2"]  # shown, not silently used: the regions the register covers
    studies = [dialog.report_studies.item(k).text() for k in range(dialog.report_studies.count())]
    assert studies == ["Global context (CIB sample): 4 scenarios stored",
                       "National and regional (two versions): 15 scenarios stored"]
    _check_only(regions, {"DEG"})
    _check_only(dialog.report_studies, {"Global context (CIB sample)"})
    _check_only(dialog.measure_list, {"employees_de"})
    target = tmp_path / "report.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    assert "Lifecycles of Thüringen (as chosen)." in dialog.result.notes
    sheet = openpyxl.load_workbook(target)["Scenarios"]
    assert not any(str(c.value).startswith("National and regional") for c in sheet["A"])
    dialog.layout_group.button(0).setChecked(True)
    assert not dialog.report_box.isVisible() and dialog.report_scope() is None


def test_export_dialog_describes_layouts_in_readable_text(session, qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.exchange.dialogs import ExportDialog, export_layouts

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    descriptions = {d for _k, _t, d in export_layouts()}
    hints = [label for label in dialog.findChildren(QLabel) if label.text() in descriptions]
    assert len(hints) == 4
    for hint in hints:  # the darkest pixel is the text's: as dark as the dialog's other text
        image = hint.grab().toImage()
        darkest = min(image.pixelColor(x, y).lightness()
                      for x in range(0, image.width(), 2) for y in range(image.height()))
        assert darkest < 90


def test_brief_dialog_writes_the_chosen_region_and_studies(session, qtbot, tmp_path):
    import pypdf

    from desktop_app.ui.exchange.brief_dialog import BriefDialog

    dialog = BriefDialog(session)
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("DE3"))
    for k in range(dialog.studies.count()):  # only the global study
        item = dialog.studies.item(k)
        if not item.text().startswith("Global"):
            item.setCheckState(item.checkState().Unchecked)
    target = tmp_path / "brief.pdf"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60000)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(target).pages)
    assert "Berlin: industries and futures" in text and "Scenarios: Global context" in text
    assert "National and regional" not in text
    assert f"Wrote brief.pdf ({len(pypdf.PdfReader(target).pages)} pages)." == dialog.status.text()
    dialog.path_edit.setText(str(tmp_path / "brief.txt"))
    dialog.start()
    assert dialog.status.text() == "Choose a file ending in .pdf."


def test_the_window_writes_the_report_in_its_language(session, qtbot, tmp_path, monkeypatch):
    """Chosen Spanish (here through ANTICIPA_LANGUAGE, as Preferences would), the window's report
    has Spanish sheet names and its status line the Spanish notes."""
    from desktop_app.ui.exchange.dialogs import ExportDialog

    monkeypatch.setenv("ANTICIPA_LANGUAGE", "es")
    dialog = ExportDialog(session, layout_key="report")
    qtbot.addWidget(dialog)
    _check_only(dialog.measure_list, {"employees_de"})
    target = tmp_path / "informe.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    names = openpyxl.load_workbook(target, read_only=True).sheetnames
    assert names[:4] == ["Resumen", "Panorama employees_de", "Indicadores employees_de",
                         "Ciclos de vida"]
    assert dialog.result.sheets == names
