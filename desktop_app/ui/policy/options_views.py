"""Views of the policy options, for the navigator registry (section "Policy & signals")."""

from desktop_app.ui.policy.option_card import OptionCardView
from desktop_app.ui.policy.register_editor import OptionsRegisterView
from desktop_app.ui.policy.robustness_view import RegretHeatmapView, RobustnessView
from desktop_app.ui.views import ViewSpec, view_title

VIEWS = [
    ViewSpec("policy-options", view_title("Options"), OptionsRegisterView),
    ViewSpec("options-robustness", view_title("Robustness"), RobustnessView),
    ViewSpec("options-regret", view_title("Regret map"), RegretHeatmapView),
    ViewSpec("option-card", view_title("Option card"), OptionCardView),
]
