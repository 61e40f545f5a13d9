"""Views of the Lifecycles & competencies section, for the navigator registry."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.lifecycles.capability_views import DynamicsView, NetworkView, PortfolioView
from desktop_app.ui.lifecycles.lifecycle_map import LifecycleMapView
from desktop_app.ui.lifecycles.matrix_view import MatrixView
from desktop_app.ui.lifecycles.priorities_view import PrioritiesView
from desktop_app.ui.lifecycles.register_view import RegisterView
from desktop_app.ui.lifecycles.timeline_view import TimelineView
from desktop_app.ui.views import ViewSpec, view_title

VIEWS = [
    ViewSpec(
        "lifecycle-timeline", view_title(QT_TRANSLATE_NOOP("Sections", "Timeline")), TimelineView
    ),
    ViewSpec(
        "lifecycle-map",
        view_title(QT_TRANSLATE_NOOP("Sections", "Lifecycle map")),
        LifecycleMapView,
    ),
    ViewSpec(
        "competency-register", view_title(QT_TRANSLATE_NOOP("Sections", "Register")), RegisterView
    ),
    ViewSpec(
        "competency-matrix",
        view_title(QT_TRANSLATE_NOOP("Sections", "Competency matrix")),
        MatrixView,
    ),
    ViewSpec(
        "capability-network", view_title(QT_TRANSLATE_NOOP("Sections", "Network")), NetworkView
    ),
    ViewSpec(
        "competency-portfolio",
        view_title(QT_TRANSLATE_NOOP("Sections", "Competency portfolio")),
        PortfolioView,
    ),
    ViewSpec(
        "capability-dynamics", view_title(QT_TRANSLATE_NOOP("Sections", "Dynamics")), DynamicsView
    ),
    ViewSpec("priorities", view_title(QT_TRANSLATE_NOOP("Sections", "Priorities")), PrioritiesView),
]
