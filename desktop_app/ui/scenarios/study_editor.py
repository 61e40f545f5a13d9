"""Study editor: a study's descriptors and variants, their definitions; import and export files.

Every change is an undoable command on the session's stack (a snapshot of the study's rows), so
even deleting a descriptor with all its judgements comes back exactly with Undo.
"""

from __future__ import annotations

from math import prod
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.cib import DESCRIPTOR_KINDS
from desktop_app.services import scenario_files
from desktop_app.store import scenarios as store
from desktop_app.store.scenarios import NewDescriptor
from desktop_app.ui.scenarios.study_common import NewStudyCommand, StudyPage
from desktop_app.ui.widgets import add_buttons, ask_name

_DESCRIPTOR, _VARIANT = 1, 2


class DescriptorDialog(QDialog):
    """Name, variants (one per line) and definition of a new descriptor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New descriptor"))
        self.name = QLineEdit()
        self.variants = QPlainTextEdit()
        self.variants.setPlaceholderText(self.tr("One variant per line, at least two"))
        self.definition = QPlainTextEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Variants"), self.variants)
        form.addRow(self.tr("Definition"), self.definition)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def descriptor(self) -> NewDescriptor:
        variants = [v.strip() for v in self.variants.toPlainText().splitlines() if v.strip()]
        return NewDescriptor(self.name.text(), variants, self.definition.toPlainText().strip())


def role_title(role: str) -> str:
    """A descriptor role as the window names it."""
    titles = {
        "system": QCoreApplication.translate("Scenarios", "System"),
        "lever": QCoreApplication.translate("Scenarios", "Policy lever"),
        "context": QCoreApplication.translate("Scenarios", "Context"),
    }
    return titles[role]


class StudyEditor(StudyPage):
    """Studies, their descriptors (key factors) and variants, with definitions."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        top = self.study_row()
        add_buttons(
            top,
            (
                (self.tr("New…"), self._ask_new),
                (self.tr("Import…"), self._ask_import),
                (self.tr("Export…"), self._ask_export),
                (self.tr("Delete study"), self.delete_study),
            ),
        )

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("Descriptor / variant"),
                self.tr("Short name"),
                self.tr("Role"),
                self.tr("Definition"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._show_item)
        buttons = QHBoxLayout()
        add_buttons(
            buttons,
            (
                (self.tr("Add descriptor…"), self._ask_descriptor),
                (self.tr("Add variant…"), self._ask_variant),
                (self.tr("Remove"), self.remove_selected),
            ),
        )
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)

        self.study_name = QLineEdit()
        self.study_description = QPlainTextEdit()
        self.study_description.setMaximumHeight(90)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        study_group = QGroupBox(self.tr("Study"))
        study_form = QFormLayout(study_group)
        study_form.addRow(self.tr("Name"), self.study_name)
        study_form.addRow(self.tr("Description"), self.study_description)
        study_form.addRow(self.facts)
        self.item_name = QLineEdit()
        self.item_short = QLineEdit()
        self.item_definition = QPlainTextEdit()
        self.item_role = QComboBox()
        for role in DESCRIPTOR_KINDS:
            self.item_role.addItem(role_title(role), role)
        self.item_role.setToolTip(
            self.tr(
                "System: part of what the scenarios explain. Lever: set by policy (hold it with "
                "an intervention). Context: external, not influenced by the others."
            )
        )
        self.item_weight = QDoubleSpinBox()
        self.item_weight.setRange(0.1, 10.0)
        self.item_weight.setSingleStep(0.5)
        self.item_weight.setDecimals(2)
        self.item_weight.setToolTip(
            self.tr("The descriptor's judgements of the others count this many times (1: as judged)")
        )
        self.item_group = QGroupBox(self.tr("Selected descriptor or variant"))
        item_form = QFormLayout(self.item_group)
        item_form.addRow(self.tr("Name"), self.item_name)
        item_form.addRow(self.tr("Short name"), self.item_short)
        item_form.addRow(self.tr("Role"), self.item_role)
        item_form.addRow(self.tr("Weight"), self.item_weight)
        item_form.addRow(self.tr("Definition"), self.item_definition)
        apply = QPushButton(self.tr("Apply changes"))
        apply.clicked.connect(self.apply_changes)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(study_group)
        right_layout.addWidget(self.item_group, 1)
        right_layout.addWidget(apply, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.follow_study()

    # -- showing ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.load_study()
        current = self._selected()
        self.tree.clear()
        if self.study is None:
            self.study_name.clear()
            self.study_description.clear()
            self.facts.setText(
                self.tr(
                    "No study yet: create one or import a ScenarioWizard file or an Excel matrix."
                )
            )
            return
        self.study_name.setText(self.study.name)
        self.study_description.setPlainText(self.study.description)
        n = len(self.study.descriptors)
        self.facts.setText(
            self.tr("{d} descriptors, {v} variants, {c:,} combinations, {e} expert(s).").format(
                d=n,
                v=sum(self.study.sizes),
                c=prod(self.study.sizes) if n else 0,
                e=len(self.study.experts),
            )
        )
        for d in self.study.descriptors:
            role = role_title(d.role) + (f" ×{d.weight:g}" if d.weight != 1 else "")
            top = QTreeWidgetItem([d.name, d.short_name, role, d.definition.replace("\n", " ")])
            top.setData(0, Qt.ItemDataRole.UserRole, (_DESCRIPTOR, d.id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for v in d.variants:
                child = QTreeWidgetItem([v.name, v.short_name, "", ""])
                child.setData(0, Qt.ItemDataRole.UserRole, (_VARIANT, v.id))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for k in range(3):
            self.tree.resizeColumnToContents(k)
        if current is not None:
            self._select(current)
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _select(self, key: tuple[int, int]) -> None:
        for k in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(k)
            for item in (top, *(top.child(c) for c in range(top.childCount()))):
                if item.data(0, Qt.ItemDataRole.UserRole) == key:
                    self.tree.setCurrentItem(item)
                    return

    def _show_item(self, item, _previous=None) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        is_descriptor = key is not None and key[0] == _DESCRIPTOR
        self.item_name.setText(item.text(0) if item is not None else "")
        self.item_short.setText(item.text(1) if item is not None else "")
        self.item_short.setEnabled(is_descriptor)
        self.item_definition.setEnabled(is_descriptor)
        self.item_role.setEnabled(is_descriptor)
        self.item_weight.setEnabled(is_descriptor)
        descriptor = None
        if is_descriptor and self.study is not None:
            descriptor = next(d for d in self.study.descriptors if d.id == key[1])
        self.item_definition.setPlainText(descriptor.definition if descriptor else "")
        self.item_role.setCurrentIndex(
            DESCRIPTOR_KINDS.index(descriptor.role) if descriptor else 0
        )
        self.item_weight.setValue(descriptor.weight if descriptor else 1.0)

    # -- editing ------------------------------------------------------------------------------

    def apply_changes(self) -> bool:
        """Save the study's name and description and the selected item's fields."""
        if self.study is None:
            return False
        study_id, key = self.study.id, self._selected()
        name, description = self.study_name.text(), self.study_description.toPlainText()
        item_name, item_short = self.item_name.text(), self.item_short.text()
        definition = self.item_definition.toPlainText()
        role, weight = self.item_role.currentData(), self.item_weight.value()

        def apply(db) -> None:
            store.update_study(db, study_id, name=name, description=description)
            if key is not None and key[0] == _DESCRIPTOR:
                store.update_descriptor(
                    db,
                    key[1],
                    name=item_name,
                    short_name=item_short,
                    definition=definition,
                    role=role,
                    weight=weight,
                )
            elif key is not None:
                store.rename_variant(db, key[1], item_name)

        return self.push_edit(self.tr("Edit study {name}").format(name=name), apply)

    def add_descriptor(self, descriptor: NewDescriptor) -> bool:
        study_id = self.study.id if self.study else None
        return self.push_edit(
            self.tr("Add descriptor {name}").format(name=descriptor.name),
            lambda db: store.add_descriptor(db, study_id, descriptor),
        )

    def add_variant(self, descriptor_id: int, name: str) -> bool:
        return self.push_edit(
            self.tr("Add variant {name}").format(name=name),
            lambda db: store.add_variant(db, descriptor_id, name),
        )

    def remove_selected(self) -> bool:
        key = self._selected()
        if key is None:
            return False
        item = self.tree.currentItem()
        if key[0] == _DESCRIPTOR:
            return self.push_edit(
                self.tr("Remove descriptor {name}").format(name=item.text(0)),
                lambda db: store.delete_descriptor(db, key[1]),
            )
        return self.push_edit(
            self.tr("Remove variant {name}").format(name=item.text(0)),
            lambda db: store.delete_variant(db, key[1]),
        )

    def new_study(self, name: str) -> int | None:
        command = NewStudyCommand(
            self.session,
            self.tr("New study {name}").format(name=name),
            lambda db: store.create_study(db, name),
        )
        return self._run_new(command)

    def import_file(self, path: str | Path) -> int | None:
        """Import a .scw or an Excel matrix as a new study (undoable); tell the user the notes."""
        path = Path(path)
        notes: list[str] = []

        def create(db) -> int:
            result = scenario_files.import_study_file(db, path, scale=None)
            notes.extend(result.notes)
            return result.study_id

        command = NewStudyCommand(
            self.session, self.tr("Import {file}").format(file=path.name), create
        )
        study_id = self._run_new(command)
        if study_id is not None and notes:
            self._inform("\n\n".join(notes))
        return study_id

    def _run_new(self, command: NewStudyCommand) -> int | None:
        self.session.undo_stack_for("scenarios").push(command)
        if command.error is not None:
            self.refuse(str(command.error))
            return None
        self.study_box.select(command.study_id)
        return command.study_id

    def _inform(self, text: str) -> None:
        self.session.sig_status.emit(text.splitlines()[0])
        if self.isVisible():
            QMessageBox.information(self, self.tr("Scenario study"), text)

    def export_file(self, path: str | Path) -> None:
        """Write the study (all experts combined) as .scw or as an Excel matrix."""
        if self.study is None:
            return
        path = Path(path)
        if path.suffix.lower() == ".scw":
            notes = scenario_files.export_scw(self.session.db, self.study, path)
        else:
            scenario_files.export_matrix_workbook(self.session.db, self.study, path)
            notes = []
        self._inform("\n".join([self.tr("Written {file}.").format(file=path.name), *notes]))

    def delete_study(self) -> None:
        if self.study is None:
            return
        if (
            self.isVisible()
            and QMessageBox.question(
                self,
                self.tr("Delete study"),
                self.tr(
                    "Delete the study {name} with all its judgements and scenarios? "
                    "Undo brings it back."
                ).format(name=self.study.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.push_edit(
            self.tr("Delete study {name}").format(name=self.study.name),
            lambda db: store.delete_study(db, self.study.id),
        )
        self.signals.sig_study_changed.emit(-1)

    # -- dialogs ------------------------------------------------------------------------------

    def _ask_new(self) -> None:
        name = ask_name(self, self.tr("New study"), self.tr("Name of the study"))
        if name is not None:
            self.new_study(name)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a scenario study"),
            "",
            self.tr("ScenarioWizard or Excel (*.scw *.xlsx *.xls *.ods)"),
        )
        if path:
            self.import_file(path)

    def _ask_export(self) -> None:
        if self.study is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the study"),
            f"{self.study.name}.scw",
            self.tr("ScenarioWizard (*.scw);;Excel matrix (*.xlsx)"),
        )
        if path:
            self.export_file(path)

    def _ask_descriptor(self) -> None:
        dialog = DescriptorDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_descriptor(dialog.descriptor())

    def _ask_variant(self) -> None:
        key = self._selected()
        if key is None:
            return
        item = self.tree.currentItem()
        descriptor_item = item if key[0] == _DESCRIPTOR else item.parent()
        descriptor_id = descriptor_item.data(0, Qt.ItemDataRole.UserRole)[1]
        name = ask_name(self, self.tr("Add variant"), self.tr("Variant name"))
        if name is not None:
            self.add_variant(descriptor_id, name)
