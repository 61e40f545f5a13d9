"""2x2 scenario axes: pick two key uncertainties and two poles of each, name the four futures.

The descriptors that vary most across the study's consistent scenarios are offered first. Each
quadrant shows the best consistent scenario at its two poles (or, if there is none, the least
inconsistent one, with its inconsistency) and can be stored with a name and narrative.
Searching a quadrant without a stored scenario can take long on a large study, so the four are
built in the background, only while the view is shown; the previous cards stay (disabled) until
the new ones arrive.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from desktop_app.core import cib, scenario_axes
from desktop_app.services import scenarios as service
from desktop_app.store import scenarios as store
from desktop_app.ui.errors import error_text
from desktop_app.ui.scenarios.solve_view_colours import variant_colour
from desktop_app.ui.scenarios.study_common import StudyPage, StudySnapshotCommand
from desktop_app.ui.when_shown import ShownLater
from desktop_app.ui.widgets import WrappedRichLabel

#: The view's key for background tasks: a new build replaces only this view's running one.
TASK_KEY = "scenario-axes"


#: The most a quadrant card's title may take, in pixels: two cards side by side fit a laptop.
TITLE_PX = 320


class QuadrantCard(QGroupBox):
    """One of the four futures: its variants, scores, and fields to name and narrate it."""

    def __init__(self, view: ScenarioAxesView) -> None:
        super().__init__()
        self._view = view
        self.quadrant: scenario_axes.Quadrant | None = None
        self.details = WrappedRichLabel()
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of this future"))
        self.narrative = QPlainTextEdit()
        self.narrative.setPlaceholderText(self.tr("Narrative"))
        self.narrative.setMaximumHeight(70)
        self.save = QPushButton(self.tr("Store as scenario"))
        self.save.clicked.connect(lambda: view.store_quadrant(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.narrative)
        layout.addWidget(self.save)

    def show_quadrant(
        self, matrix: cib.CrossImpactMatrix, quadrant, axis_a, axis_b, stored
    ) -> None:
        self.quadrant = quadrant
        a = matrix.variants[axis_a][quadrant.pole_a]
        b = matrix.variants[axis_b][quadrant.pole_b]
        title = f"{matrix.descriptors[axis_a]}: {a}  ×  {matrix.descriptors[axis_b]}: {b}"
        # shortened, whole on hover: a group box is as wide as its title, and two cards side by
        # side with long names made the view wider than a laptop screen
        self.setTitle(self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, TITLE_PX))
        self.setToolTip(title)
        rows = []
        for j, (d, v) in enumerate(matrix.scenario_labels(quadrant.best).items()):
            colour = variant_colour(int(quadrant.best[j])).name()
            rows.append(
                f"<tr><td>{d}</td><td style='background:{colour}'>&nbsp;{v}&nbsp;</td></tr>"
            )
        if len(quadrant.scenarios):
            status = self.tr("{0} consistent scenario(s) here; the best has TIS {1:g}.").format(
                len(quadrant.scenarios), quadrant.tis
            )
        elif quadrant.ic == 0:
            status = self.tr(
                "No stored scenario here, but the search found this consistent one (TIS {0:g}); "
                "solve the study to store all its consistent scenarios."
            ).format(quadrant.tis)
        else:
            status = self.tr(
                "No consistent scenario here; the least inconsistent has IC {0:g} (TIS {1:g})."
            ).format(quadrant.ic, quadrant.tis)
        self.details.setText(f"<p>{status}</p><table cellspacing='0'>{''.join(rows)}</table>")
        self.name.setText(stored.name if stored else "")
        self.narrative.setPlainText(stored.narrative if stored else "")


class ScenarioAxesView(StudyPage):
    """Choose the two axes and their poles; see and name the four quadrant scenarios."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.loaded = None
        self.result: cib.SolveResult | None = None

        self.axis = [QComboBox(), QComboBox()]
        self.poles = [[QComboBox(), QComboBox()], [QComboBox(), QComboBox()]]
        self.build = QPushButton(self.tr("Build the four scenarios"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        top = self.study_row()
        pick = QGridLayout()
        for k, title in enumerate((self.tr("Horizontal axis"), self.tr("Vertical axis"))):
            pick.addWidget(QLabel(title), k, 0)
            pick.addWidget(self.axis[k], k, 1)
            pick.addWidget(QLabel(self.tr("poles")), k, 2)
            pick.addWidget(self.poles[k][0], k, 3)
            pick.addWidget(self.poles[k][1], k, 4)
            self.axis[k].currentIndexChanged.connect(lambda _i, k=k: self._fill_poles(k))
        pick.addWidget(self.build, 0, 5, 2, 1)
        pick.setColumnStretch(1, 2)
        pick.setColumnStretch(3, 1)
        pick.setColumnStretch(4, 1)

        self.cards = [QuadrantCard(self) for _ in range(4)]
        grid = QGridLayout()
        # rows: vertical pole 2 on top, pole 1 below; columns: horizontal pole 1, pole 2
        for card, (r, c) in zip(self.cards, ((1, 0), (0, 0), (1, 1), (0, 1)), strict=True):
            grid.addWidget(card, r, c)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

        self.build.clicked.connect(self.build_quadrants)
        self._show_later = ShownLater(self, self._show_quadrants)
        self.follow_study(when_shown=True)

    def reload(self) -> None:
        self.session.tasks.cancel(TASK_KEY)
        self.load_study()
        self.loaded = self.result = None
        if self.study is None or len(self.study.descriptors) < 2:
            for card in self.cards:
                card.setVisible(False)
            self.summary.setText(self.tr("No scenario study with two or more descriptors yet."))
            return
        self.loaded = service.load_project_study(self.session.db, self.study.id)
        stored = store.list_scenarios(self.session.db, self.study)
        consistent = [s for s in stored if s.ic == 0]
        z = np.array([s.variants for s in consistent], dtype=np.int64).reshape(
            -1, len(self.study.descriptors)
        )
        tis, ic = cib.scenario_scores(self.loaded.matrix, z)
        order = np.argsort(-tis, kind="stable")
        z, tis, ic = z[order], tis[order], ic[order]
        self.result = cib.SolveResult(
            z, tis, ic, self.loaded.matrix.n_combinations, 0, False, len(z), 0.0
        )
        ranked = scenario_axes.suggest_axes(self.loaded.matrix, self.result)
        m = self.loaded.matrix
        for k, box in enumerate(self.axis):
            box.blockSignals(True)
            box.clear()
            for j, spread in ranked:
                box.addItem(f"{m.descriptors[j]}  ({spread:.2f} bits)", j)
            box.setCurrentIndex(min(k, box.count() - 1))
            box.blockSignals(False)
            self._fill_poles(k)
        self._axes_summary()
        self.build_quadrants()

    def _axes_summary(self) -> None:
        self.summary.setText(
            self.tr(
                "Axes are offered by how much the descriptor varies across the {0} stored "
                "consistent scenarios (entropy in bits). Solve the study first if none are stored."
            ).format(len(self.result))
        )

    def _fill_poles(self, k: int) -> None:
        if self.loaded is None:
            return
        j = self.axis[k].currentData()
        for p, box in enumerate(self.poles[k]):
            box.clear()
            if j is None:
                continue
            for v, name in enumerate(self.loaded.matrix.variants[j]):
                box.addItem(name, v)
            box.setCurrentIndex(self._default_poles(j)[p])

    def _default_poles(self, j: int) -> tuple[int, int]:
        """The two variants most often taken in the consistent scenarios (study order on ties)."""
        size = int(self.loaded.matrix.sizes[j])
        counts = np.bincount(self.result.scenarios[:, j], minlength=size)
        first, second = sorted(np.argsort(-counts, kind="stable")[:2])
        return int(first), int(second)

    def build_quadrants(self) -> None:
        """Search the four quadrant scenarios in the background; the old cards wait, disabled."""
        if self.loaded is None:
            return
        a, b = (box.currentData() for box in self.axis)
        poles_a = tuple(box.currentData() for box in self.poles[0])
        poles_b = tuple(box.currentData() for box in self.poles[1])
        matrix, result, study = self.loaded.matrix, self.result, self.study
        text = self.tr("Searching the four quadrant scenarios")

        def run(progress):
            def callback(fraction: float) -> None:
                progress.report(fraction, text)
                progress.check()

            return scenario_axes.quadrants(matrix, result, a, poles_a, b, poles_b, callback)

        for card in self.cards:
            card.setEnabled(False)  # a card of the previous choice must not be stored
        self.build.setEnabled(False)
        self.summary.setText(text + " …")
        self._show_later.drop()
        self.session.tasks.start(
            text,
            run,
            on_done=lambda quads: self._show_later(study, matrix, a, b, quads),
            on_error=lambda error: self._stopped(error_text(error)),
            on_cancelled=lambda: self._stopped(self.tr("Search stopped.")),
            key=TASK_KEY,
        )

    def _show_quadrants(self, study, matrix, a: int, b: int, quads) -> None:
        self.build.setEnabled(True)
        self._axes_summary()
        stored = {s.variants: s for s in store.list_scenarios(self.session.db, study)}
        for card, quad in zip(self.cards, quads, strict=True):
            key = tuple(int(v) for v in quad.best)
            card.show_quadrant(matrix, quad, a, b, stored.get(key))
            card.setVisible(True)
            card.setEnabled(True)

    def _stopped(self, message: str) -> None:
        self.build.setEnabled(self.loaded is not None)
        self.summary.setText(message)

    def store_quadrant(self, card: QuadrantCard) -> None:
        if card.quadrant is None or self.study is None:
            return
        quad = card.quadrant
        name, narrative = card.name.text().strip(), card.narrative.toPlainText()
        variants = [int(v) for v in quad.best]

        def apply(db):
            store.add_scenario(
                db,
                self.study,
                variants,
                name=name,
                narrative=narrative,
                origin="axes",
                tis=quad.tis,
                ic=quad.ic,
            )

        self.session.undo_stack_for("scenarios").push(
            StudySnapshotCommand(
                self.session,
                self.study.id,
                QCoreApplication.translate("ScenarioAxesView", "Store quadrant scenario"),
                apply,
            )
        )
