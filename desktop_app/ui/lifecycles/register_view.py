"""Competency and institution register: edit in place, add, delete, and exchange with Excel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.capability_terms import COMPETENCY_TYPES, INSTITUTION_TYPES
from desktop_app.store import capabilities as store
from desktop_app.store import classifications
from desktop_app.ui.errors import error_text
from desktop_app.ui.lifecycles.edit_commands import (
    AddEntryCommand,
    DeleteEntryCommand,
    EditEntryCommand,
)
from desktop_app.ui.lifecycles.state import LifecycleState
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import error_message, translated
from desktop_app.ui.widgets import add_buttons, ask_name

_FIELDS = {
    "competency": ("name", "type", "description", "evidence", "sources"),
    "institution": ("name", "type", "region", "description"),
}


class _Rollback(Exception):
    pass


def check_edit(db, kind: str, entry_id: int, field: str, value) -> str | None:
    """Why an edit would be refused (None when it is fine), without changing anything."""
    update = store.update_competency if kind == "competency" else store.update_institution
    try:
        with db.atomic():
            update(db, entry_id, **{field: value})
            raise _Rollback
    except _Rollback:
        return None
    except ValueError as error:
        return error_message(error)


class RegisterView(QWidget):
    """Two editable tables: competencies above, institutions below."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = LifecycleState.of(session)
        self.tables = {kind: self._table(kind) for kind in _FIELDS}
        buttons = QHBoxLayout()
        add_buttons(
            buttons,
            (
                (
                    self.tr("Add competency…"),
                    lambda: self._add("competency", QT_TRANSLATE_NOOP("RegisterView", "competency")),
                ),
                (
                    self.tr("Add institution…"),
                    lambda: self._add("institution", QT_TRANSLATE_NOOP("RegisterView", "institution")),
                ),
                (self.tr("Delete selected"), self._delete),
                (self.tr("Import workbook…"), self._import),
                (self.tr("Export workbook…"), self._export),
            ),
        )
        buttons.addStretch(1)
        self.message = QLabel(self.tr("Double-click a cell to edit it; every edit can be undone."))
        self.message.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        for kind, title in (
            ("competency", self.tr("Competencies")),
            ("institution", self.tr("Meso institutions")),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{title}</b>"))
            box_layout.addWidget(self.tables[kind])
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        # rebuilt after the edit's signal returns: the edited cell must outlive its handler
        self.state.sig_register.connect(lambda: QTimer.singleShot(0, self.refresh))
        self.refresh()

    def _table(self, kind: str) -> QTableWidget:
        table = QTableWidget(0, len(_FIELDS[kind]))
        headers = {
            "name": self.tr("Name"),
            "type": self.tr("Type"),
            "description": self.tr("Description"),
            "evidence": self.tr("Evidence"),
            "sources": self.tr("Sources"),
            "region": self.tr("Region"),
        }
        table.setHorizontalHeaderLabels([headers[f] for f in _FIELDS[kind]])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.itemChanged.connect(lambda item, k=kind: self._edited(k, item))
        return table

    def refresh(self) -> None:
        db = self.session.db
        regions = {c.id: c.code for c in classifications.list_all(db, "region")}
        rows = {
            "competency": [
                (c.id, [c.name, c.type, c.description, c.evidence, c.sources])
                for c in store.list_competencies(db)
            ],
            "institution": [
                (i.id, [i.name, i.type, regions.get(i.region_id, ""), i.description])
                for i in store.list_institutions(db)
            ],
        }
        for kind, table in self.tables.items():
            table.blockSignals(True)
            table.setRowCount(len(rows[kind]))
            for r, (entry_id, values) in enumerate(rows[kind]):
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value or "")
                    item.setData(Qt.ItemDataRole.UserRole, entry_id)
                    item.setToolTip(value or "")
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            for c in range(table.columnCount()):
                table.setColumnWidth(c, min(table.columnWidth(c), 320))
            table.blockSignals(False)

    def _changed(self) -> None:
        self.state.sig_register.emit()

    def _edited(self, kind: str, item: QTableWidgetItem) -> None:
        field = _FIELDS[kind][item.column()]
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        value = item.text().strip()
        if field == "region":
            if value:
                region_id = classifications.resolve(self.session.db, "region", value)
                if region_id is None:
                    self._refuse(self.tr("No region %r in the project.") % value)
                    return
                value = region_id
            else:
                value = None
            field = "region_id"
        problem = check_edit(self.session.db, kind, entry_id, field, value)
        if problem:
            self._refuse(problem)
            return
        self.session.undo_stack_for("lifecycles").push(
            EditEntryCommand(self.session.db, self._changed, kind, entry_id, field, value)
        )

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def _add(self, kind: str, title: str) -> None:
        name = ask_name(self, self.tr("New %s") % self.tr(title), self.tr("Name"))
        if name is None:
            return
        finder = store.find_competency if kind == "competency" else store.find_institution
        if finder(self.session.db, name) is not None:
            self.message.setText(self.tr("%s already exists.") % name.strip())
            return
        types = COMPETENCY_TYPES if kind == "competency" else INSTITUTION_TYPES
        entry_type, ok = QInputDialog.getItem(
            self, self.tr("Type"), self.tr("Type"), list(types), 0, False
        )
        if ok:
            self.session.undo_stack_for("lifecycles").push(
                AddEntryCommand(self.session.db, self._changed, kind, name.strip(), entry_type)
            )

    def _delete(self) -> None:
        for kind, table in self.tables.items():
            rows = table.selectionModel().selectedRows()
            if not rows:
                continue
            self.session.undo_stack_for("lifecycles").beginMacro(self.tr("Delete from the register"))
            for index in rows:
                item = table.item(index.row(), 0)
                self.session.undo_stack_for("lifecycles").push(
                    DeleteEntryCommand(
                        self.session.db,
                        self._changed,
                        kind,
                        item.data(Qt.ItemDataRole.UserRole),
                        item.text(),
                    )
                )
            self.session.undo_stack_for("lifecycles").endMacro()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a register workbook"),
            "",
            self.tr("Workbooks (*.xlsx *.xls *.ods)"),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Import in the background; the undo history is cleared (an import is not an edit)."""
        from desktop_app.services.capabilities import import_registers

        project = self.session.project

        def run(progress):
            with project.connection() as db:
                return import_registers(db, path, progress=progress)

        self.session.tasks.start(
            self.tr("Importing the register"),
            run,
            on_done=self._imported,
            on_error=lambda error: self.message.setText(error_text(error)),
        )

    def _imported(self, result) -> None:
        self.session.undo_stack_for("lifecycles").clear()
        added = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.added.items())
        lines = [self.tr("Imported %s: added %s.") % (result.file, added or self.tr("nothing"))]
        lines += [f"{p.sheet}!{p.cell}: {translated(p.reason)}" for p in result.problems]
        self.message.setText("\n".join(lines[:8]))
        if result.problems:
            QMessageBox.information(self, self.tr("Register import"), "\n".join(lines))
        self._changed()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), "register.xlsx", self.tr("Workbooks (*.xlsx)")
        )
        if not path:
            return
        from desktop_app.services.capabilities import export_registers

        project = self.session.project

        def run(progress):
            with project.connection() as db:
                return export_registers(db, path, progress)

        self.session.tasks.start(
            self.tr("Exporting the register"),
            run,
            on_done=lambda _: self.message.setText(self.tr("Register written to %s") % path),
            on_error=lambda error: self.message.setText(error_text(error)),
        )
