"""Views of the Analysis section, for the navigator registry."""

from desktop_app.ui.analysis.heatmap import HeatmapView
from desktop_app.ui.analysis.network import NetworkView
from desktop_app.ui.analysis.opportunities_view import OpportunityView
from desktop_app.ui.analysis.portfolio import PortfolioView
from desktop_app.ui.analysis.rankings import RankingView
from desktop_app.ui.analysis.shift_share_view import ShiftShareView
from desktop_app.ui.views import ViewSpec, view_title

VIEWS = [
    ViewSpec("portfolio", view_title("Portfolio"), PortfolioView),
    ViewSpec("shift-share", view_title("Shift-share"), ShiftShareView),
    ViewSpec("lq-heatmap", view_title("LQ heatmap"), HeatmapView),
    ViewSpec("relatedness", view_title("Relatedness network"), NetworkView),
    ViewSpec("opportunities", view_title("Opportunities"), OpportunityView),
    ViewSpec("rankings", view_title("Rankings"), RankingView),
]
