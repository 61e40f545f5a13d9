"""The state a section's views share: one object per project session and section.

A section (Analysis, Lifecycles) keeps what the analyst chose (region, measure, years) and what
was computed for it in one object that every view of the section binds to, so a choice made in
one tab holds in all. It loads again when the project's observations or classifications change.
"""

from __future__ import annotations

from typing import Self

from PySide6.QtCore import QObject

from desktop_app.ui.session import ProjectSession


class SectionState(QObject):
    """Base of a section's shared state; subclasses implement ``reload``."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self.session = session
        session.sig_observations_changed.connect(lambda _ids: self.reload())
        session.sig_classifications_changed.connect(self.reload)

    @classmethod
    def of(cls, session: ProjectSession) -> Self:
        """The session's state of this section, created (and loaded) on first use."""
        state = session.findChild(cls)
        if state is None:
            state = cls(session)
            state.reload()
        return state

    def reload(self) -> None:
        raise NotImplementedError
