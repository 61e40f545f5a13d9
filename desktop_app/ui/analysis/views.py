"""Views of the Analysis section, for the navigator registry."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.analysis.heatmap import HeatmapView
from desktop_app.ui.analysis.network import NetworkView
from desktop_app.ui.analysis.opportunities_view import OpportunityView
from desktop_app.ui.analysis.portfolio import PortfolioView
from desktop_app.ui.analysis.rankings import RankingView
from desktop_app.ui.analysis.shift_share_view import ShiftShareView
from desktop_app.ui.views import ViewSpec, view_title

VIEWS = [
    ViewSpec("portfolio", view_title(QT_TRANSLATE_NOOP("Sections", "Portfolio")), PortfolioView),
    ViewSpec(
        "shift-share", view_title(QT_TRANSLATE_NOOP("Sections", "Shift-share")), ShiftShareView
    ),
    ViewSpec("lq-heatmap", view_title(QT_TRANSLATE_NOOP("Sections", "LQ heatmap")), HeatmapView),
    ViewSpec(
        "relatedness", view_title(QT_TRANSLATE_NOOP("Sections", "Relatedness network")), NetworkView
    ),
    ViewSpec(
        "opportunities", view_title(QT_TRANSLATE_NOOP("Sections", "Opportunities")), OpportunityView
    ),
    ViewSpec("rankings", view_title(QT_TRANSLATE_NOOP("Sections", "Rankings")), RankingView),
]
