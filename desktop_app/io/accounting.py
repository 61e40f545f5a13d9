"""Every non-empty cell of an imported sheet accounted for: used, or explained with a reason.

An import that drops cells in silence gives wrong figures that look right. So reading a sheet
with a recipe keeps one mark per cell: *used* (a value that became an observation, or a label,
header or heading that names one) or *explained* by a reason (title, header, footnote,
subtotal, not a number, skipped by the user ...). The marks are numpy arrays the size of the
sheet and are set a row range or a column at a time, so the bookkeeping costs no Python work
per cell. At the end the counts must add up (cells read = cells used + cells explained) and
no non-empty cell may be left unmarked: :meth:`CellAccount.close` raises
:class:`AccountingError` when they do not, since that is a bug, never a property of a file.

Cells are counted, not observations: where several cells make one observation (a year from
its periods) each is used.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.io.cells import a1, cell_index
from desktop_app.io.workbook import Grid, Problem
from desktop_app.pacing import pause_point

__all__ = ["AccountingError", "CellAccount", "CellCounts", "filled_cells"]

_NONE, _USED = 0, 1


class AccountingError(RuntimeError):
    """The cells of a sheet do not add up: a cell neither used nor explained (a bug)."""


@dataclass(frozen=True)
class CellCounts:
    """How many non-empty cells were read, used and explained (read = used + explained)."""

    read: int = 0
    used: int = 0
    explained: int = 0

    def __post_init__(self) -> None:
        if self.read != self.used + self.explained:
            raise AccountingError(
                f"cells do not add up: {self.read} read, {self.used} used, "
                f"{self.explained} explained"
            )

    def __add__(self, other: CellCounts) -> CellCounts:
        return CellCounts(
            self.read + other.read, self.used + other.used, self.explained + other.explained
        )

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "used": self.used, "explained": self.explained}

    def as_text(self) -> str:
        return f"cells: {self.read:,} read = {self.used:,} used + {self.explained:,} explained"


def filled_cells(rows: list[list]) -> np.ndarray:
    """Which cells hold something (not '', None or spaces only), as a (rows x columns) array."""
    width = max(map(len, rows), default=0)
    flat = b"".join(
        bytes(
            [
                0 if v is None or v == "" or (v.__class__ is str and not v.strip()) else 1
                for v in row
            ]
        ).ljust(width, b"\0")
        for row in rows
    )
    return np.frombuffer(flat, dtype=np.uint8).reshape(len(rows), width).astype(bool)


class CellAccount:
    """The marks of one sheet's cells while a recipe reads it.

    A mark is set only on a non-empty cell that has none yet, so the first reason given wins:
    mark what was used first, then the reasons that come with problems, then rows and columns
    the recipe left out.
    """

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        filled = grid.filled if grid.filled is not None else filled_cells(grid.rows)
        self.filled = filled
        self.state = np.zeros(filled.shape, dtype=np.uint16)
        self.listed = np.zeros(filled.shape, dtype=bool)  # explained by a problem already
        self.reasons: list[str] = ["", "used"]
        self._reason_ids: dict[str, int] = {}
        self.counts: CellCounts | None = None

    @property
    def width(self) -> int:
        return self.filled.shape[1]

    def _reason(self, reason: str) -> int:
        k = self._reason_ids.get(reason)
        if k is None:
            k = self._reason_ids[reason] = len(self.reasons)
            self.reasons.append(reason)
        return k

    def _mark(self, rows, cols, code: int, listed: bool = False) -> None:
        """Mark the unmarked non-empty cells of rows x cols (index arrays, lists or slices).

        Rows and columns that follow each other are taken as slices, and other columns one by
        one, so that the marks are set in place on views of the arrays (the rows read are
        usually one block); only scattered rows are gathered.
        """
        rows, cols = _as_slice(rows, self.filled.shape[0]), _as_slice(cols, self.width)
        if rows is None or cols is None:
            return
        for part in [cols] if isinstance(cols, slice) else cols.tolist():
            if isinstance(rows, slice):
                state = self.state[rows, part]
                free = self.filled[rows, part] & (state == _NONE)
                state[free] = code
                if listed:
                    self.listed[rows, part] |= free
                continue
            at = (
                np.ix_(rows, np.arange(self.width)[part])
                if isinstance(part, slice)
                else (
                    rows,
                    part,
                )
            )
            free = self.filled[at] & (self.state[at] == _NONE)
            self.state[at] = np.where(free, np.uint16(code), self.state[at])
            if listed:
                self.listed[at] |= free

    def filled_in(self, rows, cols) -> np.ndarray:
        """For each of ``rows`` (an index array), whether it holds something in ``cols``."""
        out = np.zeros(len(rows), dtype=bool)
        at = _as_slice(rows, self.filled.shape[0])
        if at is None:
            return out
        for c in cols:
            pause_point()
            if c < self.width:
                out |= self.filled[at, c]
        return out

    def use(self, rows, cols) -> None:
        """The cells of rows x cols that hold something are used (values, labels)."""
        self._mark(rows, cols, _USED)

    def explain(self, rows, cols, reason: str) -> None:
        """The cells of rows x cols that hold something and have no mark yet: ``reason``."""
        self._mark(rows, cols, self._reason(reason))

    def explain_rows(self, rows, reason: str) -> None:
        self.explain(rows, slice(None), reason)

    def unuse(self, row: int, col: int, reason: str) -> None:
        """A cell marked used whose value was then left out (ambiguous): ``reason``, listed."""
        self.state[row, col] = self._reason(reason)
        self.listed[row, col] = True

    def explain_problems(self, problems: list[Problem]) -> None:
        """Cells a problem names one by one (not ranges): explained by it, and listed."""
        sheet = self.grid.sheet
        for p in problems:
            if p.sheet != sheet or not p.cell or ":" in p.cell:
                continue
            at = cell_index(p.cell)
            if at is None:
                continue
            r, c = at
            if r < self.filled.shape[0] and c < self.width:
                self._mark([r], [c], self._reason(p.reason), listed=True)

    def close(self, value_cells_used: int | None = None) -> CellCounts:
        """Check that every non-empty cell has a mark, and count them.

        ``value_cells_used`` is the number of value cells the records came from, when the
        caller knows it: the used marks must include at least as many.

        Raises
        ------
        AccountingError
            When a non-empty cell has no mark, or fewer cells are used than values imported.
        """
        marked = self.state != _NONE
        lost = self.filled & ~marked
        if lost.any():
            cells = [a1(int(r), int(c)) for r, c in np.argwhere(lost)[:10]]
            raise AccountingError(
                f"{self.grid.file} [{self.grid.sheet}]: {int(lost.sum())} non-empty cell(s) "
                f"neither used nor explained ({', '.join(cells)}); this is a bug in the import"
            )
        if (marked & ~self.filled).any():
            raise AccountingError(f"{self.grid.sheet}: an empty cell was counted")
        used = int((self.state == _USED).sum())
        read = int(self.filled.sum())
        if value_cells_used is not None and used < value_cells_used:
            raise AccountingError(
                f"{self.grid.sheet}: {value_cells_used} values imported but only {used} cells "
                "marked used; this is a bug in the import"
            )
        self.counts = CellCounts(read, used, int((marked & (self.state != _USED)).sum()))
        return self.counts

    def listing(self) -> list[Problem]:
        """The explained cells no problem names yet, as ranges of cells with one reason.

        Neighbouring cells with the same reason make one range ('A1502:D1511: row has no
        value'), so that a skipped block is one line of the report, not a line per cell. Runs
        are found down each column at once, then runs of the same rows and reason are joined
        across the columns between them when those hold nothing in these rows.
        """
        todo = (self.state > _USED) & ~self.listed
        codes = np.where(todo, self.state, np.uint16(_NONE))
        runs: dict[tuple[int, int, int], list[int]] = {}  # (first row, last row, reason) -> cols
        for c in np.flatnonzero(todo.any(axis=0)).tolist():
            pause_point()
            column = codes[:, c]
            change = np.flatnonzero(np.diff(column)) + 1
            starts = np.concatenate(([0], change))
            ends = np.concatenate((change - 1, [len(column) - 1]))
            keep = column[starts] != _NONE
            for r0, r1, code in zip(
                starts[keep].tolist(),
                ends[keep].tolist(),
                column[starts[keep]].tolist(),
                strict=True,
            ):
                runs.setdefault((r0, r1, code), []).append(c)
        out: list[tuple[int, int, Problem]] = []
        for (r0, r1, code), cols in runs.items():
            spans = [[cols[0], cols[0]]]
            for c in cols[1:]:  # joined over columns empty in these rows
                if self.filled[r0 : r1 + 1, spans[-1][1] + 1 : c].any():
                    spans.append([c, c])
                else:
                    spans[-1][1] = c
            for c0, c1 in spans:
                ref = a1(r0, c0) if (r0, c0) == (r1, c1) else f"{a1(r0, c0)}:{a1(r1, c1)}"
                problem = Problem(self.grid.file, self.grid.sheet, ref, self.reasons[code], "info")
                out.append((r0, c0, problem))
        out.sort(key=lambda t: (t[0], t[1]))
        return [p for _, _, p in out]


def _as_slice(index, size: int) -> slice | np.ndarray | None:
    """Indices as a slice when they follow each other, else an array of those inside
    ``0..size-1``; None when there are none."""
    if isinstance(index, slice):
        return index
    index = np.asarray(index, dtype=np.intp)
    index = index[(index >= 0) & (index < size)]
    if not index.size:
        return None
    first, last = int(index[0]), int(index[-1])
    if last - first + 1 == index.size and (index.size < 3 or (np.diff(index) == 1).all()):
        return slice(first, last + 1)
    return index
