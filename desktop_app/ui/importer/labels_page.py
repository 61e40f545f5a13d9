"""The labels page of the import wizard: file labels the project does not know, with ranked
suggestions; a label matched once is remembered as an alias."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from desktop_app.ui.importer.page_base import ImportPage
from desktop_app.ui.numbers import in_locale


class LabelsPage(ImportPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the labels"))
        self.setSubTitle(
            self.tr(
                "These regions and industries are not in the project yet. Choose what each one "
                "is; a label matched once is remembered as an alias. Unmatched labels are added."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Label in the file"),
                self.tr("Values"),
                self.tr("Closest in the project"),
                self.tr("Use"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        accept = QPushButton(self.tr("Take every first suggestion"))
        accept.clicked.connect(self.accept_suggestions)
        add_all = QPushButton(self.tr("Add all as new"))
        add_all.clicked.connect(self.add_all_as_new)
        row.addWidget(accept)
        row.addWidget(add_all)
        row.addStretch(1)
        self.body.addLayout(row)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard_
        kinds = {"region": self.tr("region"), "industry": self.tr("industry")}
        self.table.setRowCount(0)
        self.combos = []
        for match in wizard.matches:
            k = self.table.rowCount()
            self.table.insertRow(k)
            self.table.setItem(k, 0, QTableWidgetItem(kinds[match.kind]))
            self.table.setItem(k, 1, QTableWidgetItem(match.label))
            count = QTableWidgetItem(in_locale(f"{match.values:,}"))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(k, 2, count)
            if match.suggestions:
                _, code, name, score = match.suggestions[0]
                closest = f"{code} {name}  ({score:.0%})"
            else:
                closest = self.tr("nothing alike") if match.target_id is None else ""
            self.table.setItem(k, 3, QTableWidgetItem(closest))
            combo = QComboBox()
            combo.addItem(self.tr("Add as a new {kind}").format(kind=kinds[match.kind]), None)
            for target, code, name, score in match.suggestions:
                combo.addItem(f"{code} {name}  ({score:.0%})", target)
            if match.target_id is not None and combo.findData(match.target_id) < 0:
                combo.addItem(self.tr("the entry with the same code"), match.target_id)
            if match.target_id is not None:
                combo.setCurrentIndex(combo.findData(match.target_id))
            self.table.setCellWidget(k, 4, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        fuzzy = sum(1 for m in wizard.matches if m.suggestions and m.target_id is None)
        self.show_status(
            self.tr("{n} label(s) not in the project; {f} with suggestions.").format(
                n=len(wizard.matches), f=fuzzy
            )
        )

    def accept_suggestions(self) -> None:
        for combo in self.combos:
            if combo.count() > 1 and combo.currentIndex() == 0:
                combo.setCurrentIndex(1)

    def add_all_as_new(self) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(0)

    def chosen_aliases(self) -> dict[tuple[str, str], int]:
        out = {}
        for match, combo in zip(self.wizard_.matches, self.combos, strict=True):
            if combo.currentData() is not None:
                out[(match.kind, match.label)] = combo.currentData()
        return out

    def validatePage(self) -> bool:  # noqa: N802
        from desktop_app.services.importing import check_import

        wizard = self.wizard_
        aliases = self.chosen_aliases()
        if aliases == wizard.aliases and wizard.report is not None:
            return True
        if wizard.busy:
            return False
        plan, project = wizard.plan, wizard.session.project

        def run(progress):
            with project.connection() as db:
                return check_import(db, plan, aliases)

        def done(checked) -> None:
            wizard.aliases, wizard.checked = aliases, checked
            wizard.next()

        wizard.run_task(self.tr("Checking against the project"), run, done)
        return False


def page_after_mapping(matches) -> int:
    """The labels page when an unknown label resembles a project entry, else the check page
    (labels nothing resembles are simply added)."""
    from desktop_app.ui.importer.wizard import CHECK, LABELS

    return LABELS if any(m.suggestions or m.target_id is not None for m in matches) else CHECK
