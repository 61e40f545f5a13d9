"""Views of the Scenarios section, for the navigator registry."""

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.scenarios.axes_view import ScenarioAxesView
from desktop_app.ui.scenarios.experts import ExpertsView
from desktop_app.ui.scenarios.futures_view import FuturesView
from desktop_app.ui.scenarios.landscape_view import LandscapeView
from desktop_app.ui.scenarios.matrix_editor import MatrixEditor
from desktop_app.ui.scenarios.micmac_view import MicmacView
from desktop_app.ui.scenarios.solve_view import ScenarioSolveView
from desktop_app.ui.scenarios.study_editor import StudyEditor
from desktop_app.ui.views import ViewSpec

VIEWS = [
    ViewSpec(
        "scenario-study", lambda: QCoreApplication.translate("Sections", "Study"), StudyEditor
    ),
    ViewSpec(
        "cross-impacts",
        lambda: QCoreApplication.translate("Sections", "Cross impacts"),
        MatrixEditor,
    ),
    ViewSpec(
        "scenario-experts",
        lambda: QCoreApplication.translate("Sections", "Experts"),
        ExpertsView,
    ),
    ViewSpec(
        "scenarios-solve",
        lambda: QCoreApplication.translate("Sections", "Scenarios"),
        ScenarioSolveView,
    ),
    ViewSpec("micmac", lambda: QCoreApplication.translate("Sections", "MICMAC"), MicmacView),
    ViewSpec(
        "scenario-axes",
        lambda: QCoreApplication.translate("Sections", "2x2 axes"),
        ScenarioAxesView,
    ),
    ViewSpec(
        "scenario-landscape",
        lambda: QCoreApplication.translate("Sections", "Landscape"),
        LandscapeView,
    ),
    ViewSpec(
        "futures", lambda: QCoreApplication.translate("Sections", "Futures"), FuturesView
    ),
]
