"""The analysis choice shared by every view of the section, its result, and the chooser bar.

One ``AnalysisState`` per project session holds the measure, reference, region and years the
analyst picked and the computed ``AnalysisResult``. Each view shows a ``ChooserBar`` bound to
that state, so changing the region in one tab changes it in all. Small projects are computed at
once; larger ones run through ``session.tasks`` with progress and Cancel in the status bar.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.services.analysis import (
    AnalysisData,
    AnalysisError,
    AnalysisResult,
    compute,
    establishments_like,
    industry_groups,
    load_analysis,
    reference_choices,
)
from desktop_app.store.measures import list_measures
from desktop_app.ui.errors import error_text
from desktop_app.ui.section_state import SectionState
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import error_message, translated
from desktop_app.ui.widgets import FlowLayout, fill_combo, labelled

# Cubes up to this many cells are computed in the GUI thread (well under 0.1 s); larger ones
# run as a background task with progress and Cancel.
SYNC_CELLS = 200_000


class AnalysisState(SectionState):
    """What the analysis views show: the choice and its result (``None`` until computed)."""

    sig_result = Signal()  # a new result (or a new region on the same result)
    sig_choices = Signal()  # the lists of measures/references/years changed

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self.measure: str | None = None
        self.reference: str | None = None
        self.region: str | None = None
        self.year_from: int | None = None
        self.year_to: int | None = None
        self.result: AnalysisResult | None = None
        self.error = ""
        self._full: AnalysisData | None = None
        self._groups: np.ndarray | None = None
        self._establishments: np.ndarray | None = None
        self._references: list[tuple[str, str]] | None = None

    # -- choices -----------------------------------------------------------------------------
    def measures(self) -> list[tuple[str, str]]:
        return [(m.code, m.name) for m in list_measures(self.session.db)]

    def references(self) -> list[tuple[str, str]]:
        """The chosen measure's references, read once per reload (each chooser bar asks)."""
        if self.measure is None:
            return []
        if self._references is None:
            self._references = reference_choices(self.session.db, self.measure)
        return self._references

    def years(self) -> list[int]:
        return [] if self._full is None else [int(y) for y in self._full.years]

    def regions(self) -> list[tuple[str, str]]:
        if self.result is None:
            return []
        return [(r.code, r.name) for r in self.result.data.regions]

    def region_index(self) -> int:
        codes = [code for code, _ in self.regions()]
        return codes.index(self.region) if self.region in codes else 0

    def choose(self, **changes) -> None:
        """Change measure/reference/region/years; recompute what depends on the change."""
        if set(changes) == {"region"}:
            self.region = changes["region"]
            self.sig_result.emit()
            return
        for name, value in changes.items():
            setattr(self, name, value)
        if "measure" in changes:
            self.reference = self.year_from = self.year_to = None
        if {"measure", "reference"} & set(changes):
            self.reload()
        else:
            self.recompute()

    def reload(self) -> None:
        """Read the cube again (after a data change or a new measure/reference)."""
        db = self.session.db
        measures = self.measures()
        self.result, self._full, self.error = None, None, ""
        self._references = None
        if not measures:
            self.error = self.tr("The project holds no data yet: import a workbook first.")
            self.sig_choices.emit()
            self.sig_result.emit()
            return
        if self.measure not in [code for code, _ in measures]:
            self.measure = measures[0][0]
        try:
            self._full = load_analysis(db, self.measure, self.reference)
        except AnalysisError as error:
            self.error = error_message(error)
            self.sig_choices.emit()
            self.sig_result.emit()
            return
        self._groups = industry_groups(db, self._full.industries)
        self._establishments = establishments_like(db, self._full)
        years = self.years()
        if self.year_from not in years:
            self.year_from = years[0]
        if self.year_to not in years:
            self.year_to = years[-1]
        self.sig_choices.emit()
        self.recompute()

    def recompute(self) -> None:
        if self._full is None:
            return
        data, keep = self._window()
        counts = None if self._establishments is None else self._establishments[:, :, keep]
        if data.values.size <= SYNC_CELLS:
            self._finish(compute(data, self._groups, None, counts))
            return
        groups = self._groups
        self.session.tasks.start(
            self.tr("Computing the regional indicators"),
            lambda progress: compute(data, groups, progress, counts),
            on_done=self._finish,
            on_error=lambda error: self._fail(error_text(error)),
            key="analysis",
        )

    def _window(self) -> tuple[AnalysisData, np.ndarray]:
        """The chosen years of the full cube, and which years they are."""
        full = self._full
        keep = (full.years >= self.year_from) & (full.years <= self.year_to)
        if keep.sum() < 1:
            keep = full.years == full.years[-1]
        return replace(
            full,
            years=full.years[keep],
            values=full.values[:, :, keep],
            missing=full.missing[:, :, keep],
            reference=full.reference[:, keep],
        ), keep

    def _finish(self, result: AnalysisResult) -> None:
        self.result, self.error = result, ""
        codes = [r.code for r in result.data.regions]
        if self.region not in codes:
            self.region = codes[0]
        self.sig_choices.emit()
        self.sig_result.emit()

    def _fail(self, message: str) -> None:
        self.result, self.error = None, message
        self.sig_result.emit()

    # -- text for the views ------------------------------------------------------------------
    def left_out_text(self, indicators: tuple[str, ...] | None = None) -> tuple[str, str]:
        """A one-line summary of the cells left out (and the full list for a tooltip)."""
        if self.result is None:
            return self.error, self.error
        reports = [
            r for r in self.result.left_out if indicators is None or r.indicator in indicators
        ]
        if not reports:
            return self.tr("Nothing was left out."), ""
        short = self.tr("Left out: ") + "; ".join(
            f"{r.indicator} {r.count} ({translated(r.reason)})"
            for r in reports
        )
        return short, "\n".join(translated(r.text()) for r in reports)


class ChooserBar(QWidget):
    """Measure, reference, region and years, bound to the shared ``AnalysisState``."""

    def __init__(
        self, state: AnalysisState, with_region: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.measure = QComboBox()
        self.reference = QComboBox()
        self.region = QComboBox()
        self.year_from = QComboBox()
        self.year_to = QComboBox()
        layout = FlowLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for label, combo in (
            (self.tr("Measure"), self.measure),
            (self.tr("Reference"), self.reference),
            (self.tr("Region"), self.region),
            (self.tr("From"), self.year_from),
            (self.tr("To"), self.year_to),
        ):
            if combo is self.region and not with_region:
                combo.hide()
                continue
            layout.addWidget(labelled(label, combo))
        # without a region box the measure takes its room: more of "code: name" shows
        self.measure.setMinimumContentsLength(14 if with_region else 32)
        self.reference.setMinimumContentsLength(18)
        self.region.setMinimumContentsLength(18)
        for combo in (self.measure, self.reference, self.region):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.measure.activated.connect(lambda: state.choose(measure=self.measure.currentData()))
        self.reference.activated.connect(
            lambda: state.choose(reference=self.reference.currentData())
        )
        self.region.activated.connect(lambda: state.choose(region=self.region.currentData()))
        self.year_from.activated.connect(
            lambda: state.choose(year_from=self.year_from.currentData())
        )
        self.year_to.activated.connect(lambda: state.choose(year_to=self.year_to.currentData()))
        state.sig_choices.connect(self.refresh)
        state.sig_result.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self.state
        fill_combo(
            self.measure,
            [(code, f"{code}: {name}") for code, name in state.measures()],
            state.measure,
        )
        fill_combo(
            self.reference,
            [(code, translated(label)) for code, label in state.references()],
            state.reference or "sum",
        )
        fill_combo(
            self.region, [(code, f"{code} {name}") for code, name in state.regions()], state.region
        )
        years = [(y, str(y)) for y in state.years()]
        fill_combo(self.year_from, years, state.year_from)
        fill_combo(self.year_to, years, state.year_to)
        for combo in (self.measure, self.reference, self.region):  # the whole text on hover
            combo.setToolTip(combo.currentText())
