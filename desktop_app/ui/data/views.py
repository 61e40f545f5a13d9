"""Views of the Data section, for the navigator registry."""

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.data.data_view import DataView
from desktop_app.ui.views import ViewSpec

VIEWS = [
    ViewSpec("data", lambda: QCoreApplication.translate("Sections", "Observations"), DataView),
]
