"""The navigator's sections and the views each one holds.

A capability adds views by listing a module in its section's ``modules``; that module defines
``VIEWS``, a list of ``ViewSpec``. Modules are imported when their section is first shown, so
start-up stays fast. A section without views shows what it will hold, and nothing pretends to work.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.errors import UserError
from desktop_app.ui.session import ProjectSession


@dataclass(frozen=True)
class ViewSpec:
    """One view: ``key`` is what ``--view`` names; ``create(session)`` builds its widget."""

    key: str
    title: Callable[[], str]
    create: Callable[[ProjectSession], QWidget]


def view_title(text: str) -> Callable[[], str]:
    """A ``ViewSpec.title``: ``text`` translated (in the navigator's context) when shown."""
    return lambda: QCoreApplication.translate("Sections", text)


@dataclass(frozen=True)
class Section:
    """A navigator entry; ``modules`` name the modules whose ``VIEWS`` it shows."""

    key: str
    title: Callable[[], str]
    coming: Callable[[], str]
    modules: tuple[str, ...] = ()

    def load_views(self) -> list[ViewSpec]:
        views: list[ViewSpec] = []
        for module_name in self.modules:
            views.extend(importlib.import_module(module_name).VIEWS)
        return views


SECTIONS = (
    Section(
        "data",
        lambda: QCoreApplication.translate("Sections", "Data"),
        lambda: QCoreApplication.translate(
            "Sections", "Observations by region, industry, year and measure."
        ),
        modules=("desktop_app.ui.data.views",),
    ),
    Section(
        "analysis",
        lambda: QCoreApplication.translate("Sections", "Analysis"),
        lambda: QCoreApplication.translate(
            "Sections",
            "Location quotients, shift-share, specialisation and concentration "
            "indices, relatedness and economic complexity, opportunities.",
        ),
        modules=("desktop_app.ui.analysis.views",),
    ),
    Section(
        "lifecycles",
        lambda: QCoreApplication.translate("Sections", "Lifecycles & competencies"),
        lambda: QCoreApplication.translate(
            "Sections",
            "S-curve fits and lifecycle stages per industry, the register of "
            "competencies and meso institutions, and multi-criteria priorities.",
        ),
        modules=("desktop_app.ui.lifecycles.views",),
    ),
    Section(
        "scenarios",
        lambda: QCoreApplication.translate("Sections", "Scenarios"),
        lambda: QCoreApplication.translate(
            "Sections",
            "Scenario studies with experts: cross-impact balance, consistent "
            "scenarios and why they hold, MICMAC structural analysis.",
        ),
        modules=("desktop_app.ui.scenarios.views",),
    ),
    Section(
        "policy",
        lambda: QCoreApplication.translate("Sections", "Policy & signals"),
        lambda: QCoreApplication.translate(
            "Sections",
            "Policy options tested against scenarios, signposts and early "
            "signals, experiments with a hypothesis and a decision date.",
        ),
        modules=("desktop_app.ui.policy.options_views", "desktop_app.ui.policy.signals_views"),
    ),
    Section(
        "reports",
        lambda: QCoreApplication.translate("Sections", "Reports"),
        lambda: QCoreApplication.translate(
            "Sections",
            "Workbooks and briefs for officials: official layouts, data-collection "
            "templates, report workbooks and expert questionnaires.",
        ),
        modules=("desktop_app.ui.exchange.reports_view",),
    ),
)


def section(key: str) -> Section:
    """The section with ``key``; ``KeyError`` names the known keys."""
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(f"No section {key!r}; sections are {', '.join(s.key for s in SECTIONS)}.")


def section_of_view(key: str) -> Section:
    """The section that is ``key`` or holds the view ``key``; a ``UserError`` names the known keys
    (checked before a project opens, so a mistyped ``--view`` leaves nothing behind)."""
    for candidate in SECTIONS:
        if candidate.key == key or key in [view.key for view in candidate.load_views()]:
            return candidate
    known = [s.key for s in SECTIONS] + [v.key for s in SECTIONS for v in s.load_views()]
    raise UserError(f"No view named {key!r}; views are {', '.join(known)}.")
