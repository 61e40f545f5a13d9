"""Views of the Lifecycles & competencies section, for the navigator registry."""

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.lifecycles.capability_views import DynamicsView, NetworkView, PortfolioView
from desktop_app.ui.lifecycles.lifecycle_map import LifecycleMapView
from desktop_app.ui.lifecycles.matrix_view import MatrixView
from desktop_app.ui.lifecycles.priorities_view import PrioritiesView
from desktop_app.ui.lifecycles.register_view import RegisterView
from desktop_app.ui.lifecycles.timeline_view import TimelineView
from desktop_app.ui.views import ViewSpec


def _title(text: str):
    return lambda: QCoreApplication.translate("Sections", text)


VIEWS = [
    ViewSpec("lifecycle-timeline", _title("Timeline"), TimelineView),
    ViewSpec("lifecycle-map", _title("Lifecycle map"), LifecycleMapView),
    ViewSpec("competency-register", _title("Register"), RegisterView),
    ViewSpec("competency-matrix", _title("Competency matrix"), MatrixView),
    ViewSpec("capability-network", _title("Network"), NetworkView),
    ViewSpec("competency-portfolio", _title("Competency portfolio"), PortfolioView),
    ViewSpec("capability-dynamics", _title("Dynamics"), DynamicsView),
    ViewSpec("priorities", _title("Priorities"), PrioritiesView),
]
