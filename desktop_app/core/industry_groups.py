"""Groups of industries named in one cell of a judgement table (the futures' effects and shocks).

Two forms besides ``*`` (every industry) and a single code: ``C*``, the industries whose code
starts with ``C`` and those below the industry ``C`` in the classification's hierarchy (so
``C*`` also reaches children coded ``10``, ``11``); and ``C10-C12``, the codes from ``C10`` to
``C12`` in natural order (digits compared as numbers), each with the codes below it
(``C12.1``). A single code is tried first, so a code with a hyphen (``B-E``) keeps meaning
that industry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["group_members", "natural_key"]


def natural_key(code: str) -> tuple:
    """``C9`` before ``C10``: runs of digits compare as numbers, the rest without case."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.findall(r"\d+|\D+", code.strip())
    )


def group_members(
    label: str, industries: Sequence[tuple[int, str, int | None]]
) -> list[int] | None:
    """Ids of the industries ``(id, code, parent id)`` the group ``label`` names, in code order;
    an empty list when the group names none, None when ``label`` is not a group form."""
    text = label.strip()
    if text.endswith("*") and len(text) > 1:
        prefix = text[:-1].strip().casefold()
        by_code = {code.strip().casefold(): i for i, code, _ in industries}
        chosen = {i for i, code, _ in industries if code.strip().casefold().startswith(prefix)}
        if prefix in by_code:
            chosen |= _below(by_code[prefix], industries)
    elif text.count("-") == 1 and all(part.strip() for part in text.split("-")):
        low, high = (part.strip() for part in text.split("-"))
        lo_key, hi_key = natural_key(low), natural_key(high)
        chosen = {
            i
            for i, code, _ in industries
            if lo_key <= natural_key(code)
            and (natural_key(code) <= hi_key or code.strip().casefold().startswith(high.casefold()))
        }
    else:
        return None
    codes = {i: code for i, code, _ in industries}
    return sorted(chosen, key=lambda i: natural_key(codes[i]))


def _below(root: int, industries: Sequence[tuple[int, str, int | None]]) -> set[int]:
    """Every industry under ``root`` in the hierarchy, at any depth."""
    children: dict[int, list[int]] = {}
    for i, _code, parent in industries:
        if parent is not None:
            children.setdefault(parent, []).append(i)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found
