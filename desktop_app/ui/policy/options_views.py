"""Views of the policy options, for the navigator registry (section "Policy & signals")."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.policy.option_card import OptionCardView
from desktop_app.ui.policy.register_editor import OptionsRegisterView
from desktop_app.ui.policy.robustness_view import RegretHeatmapView, RobustnessView
from desktop_app.ui.views import ViewSpec, view_title

VIEWS = [
    ViewSpec(
        "policy-options", view_title(QT_TRANSLATE_NOOP("Sections", "Options")), OptionsRegisterView
    ),
    ViewSpec(
        "options-robustness",
        view_title(QT_TRANSLATE_NOOP("Sections", "Robustness")),
        RobustnessView,
    ),
    ViewSpec(
        "options-regret", view_title(QT_TRANSLATE_NOOP("Sections", "Regret map")), RegretHeatmapView
    ),
    ViewSpec(
        "option-card", view_title(QT_TRANSLATE_NOOP("Sections", "Option card")), OptionCardView
    ),
]
