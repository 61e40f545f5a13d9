"""Project actions that capabilities add to the menus (import, export, merge ...).

Each ``ProjectAction`` names the menu it goes in and a ``run(window, session, path=None)``
function, imported only when the action is triggered. The window also hands a dropped workbook
to the action whose key is ``"import"``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ProjectAction:
    key: str
    menu: str  # "file" or "tools"
    title: Callable[[], str]
    shortcut: str
    target: str  # "package.module:function"
    writes: bool = True  # False: also offered when the project is open read-only

    def run(self, window, session, path=None) -> None:
        module_name, _, function = self.target.partition(":")
        getattr(importlib.import_module(module_name), function)(window, session, path)


PROJECT_ACTIONS: tuple[ProjectAction, ...] = (
    ProjectAction("import", "file",
                  lambda: QCoreApplication.translate("Actions", "Import workbook…"),
                  "Ctrl+I", "desktop_app.ui.importer.wizard:open_import_wizard"),
    ProjectAction("import_batches", "file",
                  lambda: QCoreApplication.translate("Actions", "Import batches…"),
                  "", "desktop_app.ui.importer.batches:open_import_batches"),
    ProjectAction("export", "file",
                  lambda: QCoreApplication.translate("Actions", "&Export to Excel…"),
                  "Ctrl+E", "desktop_app.ui.exchange.dialogs:run_export", writes=False),
    ProjectAction("brief", "file",
                  lambda: QCoreApplication.translate("Actions", "Export &brief (PDF)…"),
                  "", "desktop_app.ui.exchange.brief_dialog:run_brief", writes=False),
    ProjectAction("merge", "file",
                  lambda: QCoreApplication.translate("Actions", "&Merge another office's project…"),
                  "", "desktop_app.ui.exchange.dialogs:run_merge"),
)


def action(key: str) -> ProjectAction | None:
    return next((a for a in PROJECT_ACTIONS if a.key == key), None)
