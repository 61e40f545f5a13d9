"""Undoable edits of the section: judgements, register entries and matrix cells.

Each command holds what it needs to redo and undo exactly; ``redo`` runs when pushed on the
session's undo stack (never apply the change first). After either direction the command tells
the shared state, so every view of the section refreshes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.store import capabilities as store
from desktop_app.store import lifecycle_judgements as judgements


class _Command(QUndoCommand):
    """Base: runs writes in one transaction and calls ``changed`` after each direction."""

    def __init__(self, db, changed: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.db = db
        self.changed = changed

    def redo(self) -> None:
        with self.db.atomic():
            self.apply()
        self.changed()

    def undo(self) -> None:
        with self.db.atomic():
            self.revert()
        self.changed()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddJudgementCommand(_Command):
    """Record a lifecycle judgement (undo removes it again, redo restores it with its id)."""

    def __init__(self, db, changed, region_id, industry_id, stage, reason, author, judged_on):
        super().__init__(
            db, changed, QCoreApplication.translate("LifecycleEdits", "Judge stage: %s") % stage
        )
        self.args = (region_id, industry_id, stage, reason, author, judged_on)
        self.removed: judgements.Judgement | None = None

    def apply(self) -> None:
        if self.removed is None:
            new_id = judgements.add_judgement(self.db, *self.args)
            self.removed = judgements.Judgement(new_id, *[None] * 7)
        else:
            judgements.restore_judgement(self.db, self.removed)

    def revert(self) -> None:
        self.removed = judgements.delete_judgement(self.db, self.removed.id)


class SetIndustryLinkCommand(_Command):
    """Set one cell of the competency x industry matrix (strength 1-5, or None to remove)."""

    def __init__(self, db, changed, competency_id, industry_id, region_id, strength, label):
        super().__init__(
            db, changed, QCoreApplication.translate("LifecycleEdits", "Link strength %s") % label
        )
        self.key = (competency_id, industry_id, region_id)
        self.strength = strength
        self.before: store.IndustryLink | None = None

    def apply(self) -> None:
        competency_id, industry_id, region_id = self.key
        self.before = store.set_industry_link(
            self.db, competency_id, industry_id, self.strength, region_id
        )

    def revert(self) -> None:
        competency_id, industry_id, region_id = self.key
        store.put_industry_link(self.db, competency_id, industry_id, region_id, self.before)


class SetInstitutionLinkCommand(_Command):
    """Set one cell of the competency x institution matrix (strength 1-5, or None to remove)."""

    def __init__(self, db, changed, competency_id, institution_id, strength, label):
        super().__init__(
            db, changed, QCoreApplication.translate("LifecycleEdits", "Link strength %s") % label
        )
        self.key = (competency_id, institution_id)
        self.strength = strength
        self.before: store.InstitutionLink | None = None

    def apply(self) -> None:
        self.before = store.set_institution_link(self.db, *self.key, self.strength)

    def revert(self) -> None:
        store.put_institution_link(self.db, *self.key, self.before)


class EditEntryCommand(_Command):
    """Change one field of a competency or an institution."""

    def __init__(self, db, changed, kind: str, entry_id: int, field: str, value) -> None:
        super().__init__(
            db, changed, QCoreApplication.translate("LifecycleEdits", "Edit %s") % field
        )
        self.kind, self.entry_id, self.field, self.value = kind, entry_id, field, value
        self.old = None

    def apply(self) -> None:
        update = store.update_competency if self.kind == "competency" else store.update_institution
        before = update(self.db, self.entry_id, **{self.field: self.value})
        self.old = getattr(before, self.field)

    def revert(self) -> None:
        update = store.update_competency if self.kind == "competency" else store.update_institution
        update(self.db, self.entry_id, **{self.field: self.old})


class AddEntryCommand(_Command):
    """Add a competency or an institution; undo deletes it (with any links made since)."""

    def __init__(self, db, changed, kind: str, name: str, entry_type: str) -> None:
        super().__init__(db, changed, QCoreApplication.translate("LifecycleEdits", "Add %s") % name)
        self.kind, self.name, self.entry_type = kind, name, entry_type
        self.snapshot = None

    def apply(self) -> None:
        if self.snapshot is not None:
            restore = (
                store.restore_competency if self.kind == "competency" else store.restore_institution
            )
            restore(self.db, self.snapshot)
            return
        add = store.add_competency if self.kind == "competency" else store.add_institution
        self.entry_id = add(self.db, self.name, type=self.entry_type)

    def revert(self) -> None:
        delete = store.delete_competency if self.kind == "competency" else store.delete_institution
        entry_id = (
            self.snapshot.competency.id
            if self.kind == "competency" and self.snapshot
            else self.snapshot.institution.id
            if self.snapshot
            else self.entry_id
        )
        self.snapshot = delete(self.db, entry_id)


class DeleteEntryCommand(_Command):
    """Delete a competency or an institution with its links; undo puts all back."""

    def __init__(self, db, changed, kind: str, entry_id: int, name: str) -> None:
        super().__init__(
            db, changed, QCoreApplication.translate("LifecycleEdits", "Delete %s") % name
        )
        self.kind, self.entry_id = kind, entry_id
        self.snapshot = None

    def apply(self) -> None:
        delete = store.delete_competency if self.kind == "competency" else store.delete_institution
        self.snapshot = delete(self.db, self.entry_id)

    def revert(self) -> None:
        restore = (
            store.restore_competency if self.kind == "competency" else store.restore_institution
        )
        restore(self.db, self.snapshot)
