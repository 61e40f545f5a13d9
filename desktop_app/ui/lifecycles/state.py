"""The region and measure shared by the section's views, and the lifecycles computed for them.

One ``LifecycleState`` per session: changing the region in one tab changes it in all. Fitting the
S-curves of a region takes a few seconds, so it runs through ``session.tasks`` (progress and
Cancel in the status bar) on its own database connection; a newer request drops an older result.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from desktop_app.services.lifecycles import RegionLifecycles, analyse_region
from desktop_app.store import classifications, observations
from desktop_app.ui.errors import error_text
from desktop_app.ui.section_state import SectionState
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.translated import translated
from desktop_app.ui.widgets import FlowLayout, fill_combo, labelled


class LifecycleState(SectionState):
    """The chosen region and measure, and their ``RegionLifecycles`` (None while computing)."""

    sig_result = Signal()  # a new result, or an error message in ``error``
    sig_register = Signal()  # competencies, institutions or links changed
    sig_busy = Signal(bool)

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self.region: str | None = None
        self.measure: str | None = None
        self.result: RegionLifecycles | None = None
        self.error = ""
        self.busy = False
        self._regions: list[tuple[str, str]] | None = None
        self._measures: list[tuple[str, str]] | None = None

    def measures(self) -> list[tuple[str, str]]:
        """The chosen region's measures (read at each reload: every picker asks for them)."""
        if self._measures is None:
            self._measures = [(code, name) for code, name in observations.measures_of_region(
                self.session.db, self.region_id() or -1)]
        return self._measures

    def regions(self) -> list[tuple[str, str]]:
        """Regions with numbers (read at each reload: every picker asks for them)."""
        if self._regions is None:
            self._regions = [
                (code, name) for code, name in observations.regions_with_values(self.session.db)
            ]
        return self._regions

    def region_id(self) -> int | None:
        if self.region is None:
            return None
        return classifications.resolve(self.session.db, "region", self.region)

    def choose(self, region: str | None = None, measure: str | None = None) -> None:
        if region is not None and region != self.region:
            self.region, self.measure = region, None
        elif measure is not None:
            self.measure = measure
        else:
            return
        self.reload()

    def reload(self) -> None:
        """Compute the lifecycles of the chosen region again, in the background."""
        self._regions = self._measures = None
        regions = [code for code, _ in self.regions()]
        if not regions:
            self.result, self.error = (
                None,
                self.tr("The project holds no data yet: import a workbook first."),
            )
            self.sig_result.emit()
            return
        if self.region not in regions:
            self.region = "DE1" if "DE1" in regions else regions[0]
            self._measures = None
        measures = [code for code, _ in self.measures()]
        if self.measure not in measures:
            self.measure = measures[0] if measures else None
        project, region, measure = self.session.project, self.region, self.measure

        def run(progress):
            with project.connection() as db:
                return analyse_region(db, region, measure, progress=progress)

        self._set_busy(True)
        self.session.tasks.start(
            self.tr("Fitting lifecycles of %s") % region,
            run,
            on_done=self._finish,
            on_error=self._fail,
            on_cancelled=lambda: self._set_busy(False),
            key="lifecycles",
        )

    def refresh_judgements(self) -> None:
        """Re-read the judgements in force without refitting (after a judgement is recorded)."""
        if self.result is None:
            return
        from desktop_app.store.lifecycle_judgements import current_judgements

        judgements = current_judgements(self.session.db, self.result.region.id)
        for item in self.result.industries:
            item.judgement = judgements.get(item.industry.id)
        self.sig_result.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sig_busy.emit(busy)

    def _finish(self, result: RegionLifecycles) -> None:
        self.result, self.error = result, ""
        self._set_busy(False)
        self.sig_result.emit()

    def _fail(self, error: Exception) -> None:
        self.result = None
        self.error = error_text(error)
        self._set_busy(False)
        self.sig_result.emit()

    def related(self) -> dict[str, list[str]]:
        """Related industries (Analysis section's proximity) for the chosen measure, cached."""
        key = self.measure
        if getattr(self, "_related_key", object()) != key:
            from desktop_app.services.capabilities import related_industries

            self._related = related_industries(self.session.db, key) if key else {}
            self._related_key = key
        return self._related

    def stages(self) -> dict[str, str | None]:
        """Stage in force per industry code (empty while nothing is computed)."""
        if self.result is None:
            return {}
        return {item.industry.code: item.stage for item in self.result.industries}


class RegionBar(QWidget):
    """Region and measure pickers bound to the shared state, with a status line."""

    def __init__(
        self, state: LifecycleState, with_measure: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.region = QComboBox()
        self.region.setMinimumContentsLength(18)
        self.measure = QComboBox()
        self.measure.setMinimumContentsLength(18)
        self.status = QLabel()
        self.refresh_button = QPushButton(self.tr("Refit"))
        self.refresh_button.setToolTip(self.tr("Fit the S-curves again"))
        layout = FlowLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(labelled(self.tr("Region"), self.region))
        if with_measure:
            layout.addWidget(labelled(self.tr("Measure"), self.measure))
        else:
            self.measure.hide()
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.status)
        self.fill()
        self.region.currentIndexChanged.connect(self._region_changed)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.refresh_button.clicked.connect(state.reload)
        state.sig_result.connect(self.fill)
        state.sig_busy.connect(self._busy)
        self._busy(state.busy)

    def fill(self) -> None:
        for combo, choices, current in (
            (self.region, self.state.regions(), self.state.region),
            (self.measure, self.state.measures(), self.state.measure),
        ):
            items = [(code, f"{name} ({code})" if name != code else code) for code, name in choices]
            fill_combo(combo, items, current)
        if self.state.error:
            self.status.setText(self.state.error)
        elif self.state.result is not None:
            result = self.state.result
            self.status.setText(
                self.tr("Reference: %s; years %d-%d")
                % (translated(result.reference_label), int(result.years[0]), int(result.years[-1]))
            )

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Fitting S-curves…"))
        self.refresh_button.setEnabled(not busy)

    def _region_changed(self) -> None:
        if self.region.currentData():
            self.state.choose(region=self.region.currentData())

    def _measure_changed(self) -> None:
        if self.measure.currentData():
            self.state.choose(measure=self.measure.currentData())
