"""Views of the Analysis section, for the navigator registry."""

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.analysis.heatmap import HeatmapView
from desktop_app.ui.analysis.network import NetworkView
from desktop_app.ui.analysis.opportunities_view import OpportunityView
from desktop_app.ui.analysis.portfolio import PortfolioView
from desktop_app.ui.analysis.rankings import RankingView
from desktop_app.ui.analysis.shift_share_view import ShiftShareView
from desktop_app.ui.views import ViewSpec


def _title(text: str):
    return lambda: QCoreApplication.translate("Sections", text)


VIEWS = [
    ViewSpec("portfolio", _title("Portfolio"), PortfolioView),
    ViewSpec("shift-share", _title("Shift-share"), ShiftShareView),
    ViewSpec("lq-heatmap", _title("LQ heatmap"), HeatmapView),
    ViewSpec("relatedness", _title("Relatedness network"), NetworkView),
    ViewSpec("opportunities", _title("Opportunities"), OpportunityView),
    ViewSpec("rankings", _title("Rankings"), RankingView),
]
