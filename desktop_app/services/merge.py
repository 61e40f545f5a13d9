"""Merge a field office's project package into headquarters' project.

What the other project has and this one lacks comes in: regions, industries and measures (by
code), observations, competencies and institutions (by name), their links, lifecycle judgements,
and scenario studies (by name; see :mod:`desktop_app.services.merge_studies`), then
signposts, radar signals and experiments (by name; one on a study this project lacks is
left out and listed).
Where both hold something different (a value for the same region, industry, measure and year; a
competency described differently; a link of another strength) nothing is overwritten: the
difference is listed as a :class:`Conflict` for a decision, and only the conflicts named in
``take_theirs`` are resolved in favour of the other office. Every merged value belongs to a
``merge`` batch that names the office and the file it was first read from, so provenance says
which office each value came from. The merge is one transaction: a cancel or error leaves the
project as it was; a dry run computes the same report and rolls back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.errors import UserError
from desktop_app.io.signals_sheets import SHEETS
from desktop_app.services.merge_options import bring_options, portable_options
from desktop_app.services.merge_studies import bring_studies, portable_studies
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.signals import reevaluate as reevaluate_signposts
from desktop_app.services.signals_exchange import KINDS, signal_records, store_record
from desktop_app.store import classifications, merges
from desktop_app.store.batches import create_batch
from desktop_app.store.measures import ensure_measure, is_intensity, set_intensity
from desktop_app.store.observation_writer import (
    NEW,
    UNCHANGED,
    NewObservation,
    StoredValues,
    write_observations,
)
from desktop_app.store.project import read_header
from desktop_app.store.sql import atomic
from desktop_app.texts import Number, Text

__all__ = ["Conflict", "MergeReport", "merge_project"]

_CHUNK = 5000


@dataclass(frozen=True)
class Conflict:
    """Something both projects hold differently; ``key`` names it for a decision."""

    kind: str  # 'observation' | 'competency' | 'institution' | 'competency link' | ...
    key: str
    ours: str
    theirs: str
    source: str  # where the other office's version came from


@dataclass
class MergeReport:
    office: str
    file_name: str
    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    unchanged_observations: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    taken_from_them: int = 0
    #: Their signposts and radar signals on studies this project lacks, with the reason.
    left_out: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "office": self.office,
            "file": self.file_name,
            "dry_run": self.dry_run,
            "added": self.added,
            "unchanged_observations": self.unchanged_observations,
            "conflicts": [asdict(c) for c in self.conflicts],
            "taken_from_them": self.taken_from_them,
            "left_out": list(self.left_out),
        }

    def as_text(self, max_conflicts: int = 30) -> str:
        added = ", ".join(f"{n:,} {what}" for what, n in self.added.items() if n) or "nothing"
        lines = [
            f"Merge from {self.office} ({self.file_name})"
            + (" - dry run, nothing written" if self.dry_run else ""),
            f"new: {added}",
            f"unchanged observations: {self.unchanged_observations:,}",
            f"conflicts: {len(self.conflicts):,} (taken from {self.office}: "
            f"{self.taken_from_them:,}; the others keep this project's version)",
        ]
        for c in self.conflicts[:max_conflicts]:
            lines.append(
                f"  {c.kind} {c.key}: here {c.ours}, {self.office} {c.theirs} [{c.source}]"
            )
        if len(self.conflicts) > max_conflicts:
            lines.append(f"  ... and {len(self.conflicts) - max_conflicts:,} more (use --json)")
        if self.left_out:
            lines.append(f"left out (on scenario studies this project does not hold): "
                         f"{len(self.left_out)}")
            lines += [f"  {text}" for text in self.left_out[:max_conflicts]]
        return "\n".join(lines)


def merge_project(
    db: sqlite_utils.Database,
    other: str | Path,
    office: str | None = None,
    dry_run: bool = False,
    take_theirs: bool | Iterable[str] = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge the project file ``other`` into ``db``; return what came in and what conflicts.

    Parameters
    ----------
    db : sqlite_utils.Database
        The receiving project (headquarters).
    other : path
        The field office's project file (.anticipa); read only, never changed.
    office : str, optional
        The sending office's name for provenance; default: the name stored in the other
        project (project_info 'office'), else its file name without suffix.
    dry_run : bool
        Compute the report only.
    take_theirs : bool or iterable of conflict keys
        Which conflicts to resolve with the other office's version (True: all).
    progress : Progress, optional
    """
    progress = progress or NullProgress()
    other = Path(other)
    read_header(other)
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    with merges.OtherProject(other) as theirs:
        office = office or theirs.office() or other.stem
        report = MergeReport(office, other.name, dry_run)
        accept = take_theirs if isinstance(take_theirs, bool) else set(take_theirs)
        with atomic(db, dry_run):
            merger = _Merger(db, theirs, report, accept, progress)
            merger.run()
            if not dry_run:
                summary = {
                    "added": report.added,
                    "conflicts": len(report.conflicts),
                    "taken_from_them": report.taken_from_them,
                }
                merges.record_merge(db, office, other.name, digest, json.dumps(summary))
    progress.report(1.0, Text("Merge done") if not dry_run else Text("Dry run done"))
    return report


def _fmt(value, flag) -> str:
    text = "empty" if value is None else f"{value:,.10g}"
    return f"{text} ({flag})" if flag else text


class _Merger:
    def __init__(
        self, db, theirs: merges.OtherProject, report: MergeReport, accept, progress: Progress
    ) -> None:
        self.db = db
        self.theirs = theirs
        self.report = report
        self.accept = accept
        self.progress = progress
        self.added = dict.fromkeys(
            (
                "regions",
                "industries",
                "measures",
                "observations",
                "competencies",
                "institutions",
                "competency links",
                "institution links",
                "lifecycle judgements",
                "scenario studies",
                "scenario experts",
                *KINDS.values(),
            ),
            0,
        )
        report.added = self.added
        self.ids: dict[tuple[str, str], int] = {}
        self.batches: dict[int, int] = {}

    def take(self, key: str) -> bool:
        return self.accept is True or (self.accept is not False and key in self.accept)

    def conflict(self, kind, key, ours, theirs, source) -> bool:
        """Record a conflict; return whether the other office's version is to be written."""
        self.report.conflicts.append(Conflict(kind, key, ours, theirs, source))
        if self.take(key):
            self.report.taken_from_them += 1
            return True
        return False

    def run(self) -> None:
        self.progress.report(0.0, Text("Classifications"))
        self.classifications("region")
        self.classifications("industry")
        self.measures()
        self.progress.check()
        self.observations(self.progress.sub(0.05, 0.85))
        if self.theirs.has_capabilities():
            self.progress.report(0.9, Text("Competencies and institutions"))
            self.competencies()
            self.institutions()
            self.competency_links()
            self.institution_links()
            self.judgements()
        if self.theirs.has_studies():
            self.progress.report(0.95, Text("Scenario studies"))
            bring_studies(
                self.db,
                portable_studies(self.theirs.study_database()),
                self.report.office,
                self.conflict,
                self.added,
            )
            self.progress.report(0.97, Text("Policy options"))
            bring_options(
                self.db,
                portable_options(self.theirs.study_database()),
                self.report.office,
                self.conflict,
                self.added,
            )
        if self.theirs.has_signals():
            self.progress.report(0.98, Text("Signposts, radar and experiments"))
            self.signals()
        reevaluate_signposts(self.db, "merge")

    # -- classifications and measures ----------------------------------------------------

    def classifications(self, kind) -> None:
        rows = self.theirs.classifications(kind)
        aliases = self.theirs.aliases(kind)
        new = sum(merges.classification_id(self.db, kind, row[1]) is None for row in rows)
        self.added["regions" if kind == "region" else "industries"] += new
        extra = "level" if kind == "region" else "system"
        for cid, code, name, parent, detail in rows:
            parent_id = merges.classification_id(self.db, kind, parent) if parent else None
            our_id = classifications.ensure(self.db, kind, code, name, parent_id, **{extra: detail})
            for alias in aliases.get(cid, []):
                classifications.add_alias(self.db, kind, alias, our_id)
            self.ids[(kind, code)] = our_id

    def measures(self) -> None:
        for code, name, unit, per_job in self.theirs.measures():
            new = not merges.has_measure(self.db, code)
            measure_id = ensure_measure(self.db, code, name, unit or "")
            self.ids[("measure", code)] = measure_id
            if new:
                self.added["measures"] += 1
                if per_job:
                    set_intensity(self.db, measure_id, True)
                continue
            ours = is_intensity(self.db, measure_id)
            if per_job is not None and per_job != ours and self.conflict(
                "measure held per job",
                code,
                "yes" if ours else "no",
                "yes" if per_job else "no",
                self.report.office,
            ):
                set_intensity(self.db, measure_id, per_job)

    # -- observations --------------------------------------------------------------------

    def batch_for(self, their_batch: int) -> int:
        """The merge batch that stands for one of their batches (made when first needed)."""
        if their_batch not in self.batches:
            batch = self.theirs.batch(their_batch)
            office = batch.office or self.report.office
            self.batches[their_batch] = create_batch(
                self.db,
                "merge",
                label=f"{office}: {batch.label or batch.file_name or 'values'}",
                file_name=batch.file_name,
                file_sha256=batch.file_sha256,
                office=office,
            )
        return self.batches[their_batch]

    def observations(self, progress: Progress) -> None:
        total = self.theirs.count_observations()
        ours = StoredValues(self.db)
        done = 0
        for chunk in self.theirs.observations(_CHUNK):
            progress.check()
            writes: dict[int, list[NewObservation]] = {}
            for r, i, m, year, value, flag, batch, sheet, cell, source in chunk:
                rid, iid = self.ids[("region", r)], self.ids[("industry", i)]
                mid = self.ids[("measure", m)]
                status, old = ours.compare(mid, rid, iid, year, value, flag)
                if status == NEW:
                    self.added["observations"] += 1
                elif status == UNCHANGED:
                    self.report.unchanged_observations += 1
                    continue
                else:  # changed
                    where = f"{source}, {sheet}!{cell}" if cell else str(source)
                    if not self.conflict(
                        "observation", f"{m}/{r}/{i}/{year}", _fmt(*old), _fmt(value, flag), where
                    ):
                        continue
                writes.setdefault(batch, []).append(
                    NewObservation(rid, iid, mid, year, value, flag, sheet, cell)
                )
            for batch, rows in writes.items():
                write_observations(self.db, rows, self.batch_for(batch))
            done += len(chunk)
            progress.report(done / max(total, 1), Text("{done} of {n} observations", done=Number(f"{done:,}"), n=Number(f"{total:,}")))

    # -- capabilities --------------------------------------------------------------------

    def competencies(self) -> None:
        for name, description, ctype, evidence, sources in self.theirs.competencies():
            row = merges.competency(self.db, name)
            if row is None:
                merges.add_competency(self.db, name, description, ctype, evidence, sources)
                self.added["competencies"] += 1
            elif (row[1], row[2]) != (description, ctype) and self.conflict(
                "competency",
                name,
                f"{row[2]}: {row[1]}",
                f"{ctype}: {description}",
                self.report.office,
            ):
                merges.set_competency(self.db, row[0], description, ctype)

    def institutions(self) -> None:
        for name, itype, region, description in self.theirs.institutions():
            region_id = self.ids.get(("region", region)) if region else None
            row = merges.institution(self.db, name)
            if row is None:
                merges.add_institution(self.db, name, itype, region_id, description)
                self.added["institutions"] += 1
            elif (row[1], row[2], row[3]) != (itype, region_id, description) and self.conflict(
                "institution",
                name,
                f"{row[1]}: {row[3]}",
                f"{itype}: {description}",
                self.report.office,
            ):
                merges.set_institution(self.db, row[0], itype, region_id, description)

    def competency_links(self) -> None:
        for comp, industry, region, strength, evidence, valid_from, valid_to in (
            self.theirs.competency_links()
        ):
            cid = merges.competency_id(self.db, comp)
            iid = self.ids[("industry", industry)]
            rid = self.ids.get(("region", region)) if region else None
            row = merges.competency_link(self.db, cid, iid, rid, valid_from)
            if row is None:
                merges.add_competency_link(
                    self.db,
                    competency_id=cid,
                    industry_id=iid,
                    region_id=rid,
                    strength=strength,
                    evidence=evidence,
                    valid_from=valid_from,
                    valid_to=valid_to,
                )
                self.added["competency links"] += 1
            elif (row[1], row[3]) != (strength, valid_to) and self.conflict(
                "competency link",
                f"{comp} -> {industry}"
                + (f" in {region}" if region else "")
                + f" from {valid_from or '-'}",
                f"strength {row[1]}, until {row[3] or '-'}",
                f"strength {strength}, until {valid_to or '-'}",
                self.report.office,
            ):
                merges.set_competency_link(self.db, row[0], strength, evidence, valid_to)

    def institution_links(self) -> None:
        for comp, inst, strength, evidence, valid_from, valid_to in (
            self.theirs.institution_links()
        ):
            cid = merges.competency_id(self.db, comp)
            nid = merges.institution_id(self.db, inst)
            row = merges.institution_link(self.db, cid, nid, valid_from)
            if row is None:
                merges.add_institution_link(
                    self.db,
                    competency_id=cid,
                    institution_id=nid,
                    strength=strength,
                    evidence=evidence,
                    valid_from=valid_from,
                    valid_to=valid_to,
                )
                self.added["institution links"] += 1
            elif (row[1], row[2]) != (strength, valid_to) and self.conflict(
                "institution link",
                f"{comp} -> {inst} from {valid_from or '-'}",
                f"strength {row[1]}, until {row[2] or '-'}",
                f"strength {strength}, until {valid_to or '-'}",
                self.report.office,
            ):
                merges.set_institution_link(self.db, row[0], strength, evidence, valid_to)

    def judgements(self) -> None:
        """Judgements are history: each one the other office made comes in once."""
        for region, industry, stage, judged_on, author, reason in self.theirs.judgements():
            rid, iid = self.ids[("region", region)], self.ids[("industry", industry)]
            marked = f"{reason} (from {self.report.office})"
            if not merges.has_judgement(
                self.db, rid, iid, stage, judged_on, author, (reason, marked)
            ):
                merges.add_judgement_as_made(
                    self.db,
                    region_id=rid,
                    industry_id=iid,
                    stage=stage,
                    judged_on=judged_on,
                    author=author,
                    reason=marked,
                )
                self.added["lifecycle judgements"] += 1

    # -- signposts, radar, experiments ---------------------------------------------------------

    def signals(self) -> None:
        """Entries by name: new ones come in, a different one is a conflict."""
        ours = signal_records(self.db, "")
        theirs = signal_records(self.theirs.study_database(), self.report.office)
        for title, records in theirs.sheets.items():
            kind = KINDS[title]
            mine = {r.values[SHEETS[title][0]].casefold(): r for r in ours.sheets[title]}
            for record in records:
                name = record.values[SHEETS[title][0]]
                here = mine.get(name.casefold())
                if here is not None:
                    differ = [c for c in SHEETS[title] if here.values[c] != record.values[c]]
                    if not differ or not self.conflict(
                        kind.removesuffix("s"), name,
                        "; ".join(f"{c} {here.values[c]}" for c in differ),
                        "; ".join(f"{c} {record.values[c]}" for c in differ),
                        self.report.office,
                    ):
                        continue
                try:
                    store_record(self.db, record)
                except UserError as error:
                    self.report.left_out.append(f"{kind.removesuffix('s')} {name}: {error}")
                    continue
                if here is None:
                    self.added[kind] += 1
