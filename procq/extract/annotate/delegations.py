"""Delegation phrases: the words that name a delegation and where its leader or members stand.

The phrasings are rows of ``data/delegations.toml``; assembly fills each slot with
the person mentions beside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import table
from ..document import Trigger
from .patterns import compile_pattern


@dataclass(frozen=True)
class DelegationPhrase:
    start: int
    end: int
    slot: str  # leader_after | leader_before | members_after | companions_after | member_before | group


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[re.Pattern, str, bool]]:
    data = table("delegations")
    return [(compile_pattern(row["pattern"], {"GROUP": data["group"]}), row["slot"], row.get("not_in_trigger", False))
            for row in data["phrase"]]


def find_delegation_phrases(sentence: str, triggers: list[Trigger] = ()) -> list[DelegationPhrase]:
    """Every delegation phrase of a sentence, left to right; the longer of two overlapping phrases wins.
    A phrase that names the other side where a meeting trigger takes its first word is no phrase there."""
    matches = [(m, slot, order) for order, (pattern, slot, not_in_trigger) in enumerate(_phrases())
               for m in pattern.finditer(sentence)
               if not (not_in_trigger and any(t.start <= m.start() < t.end for t in triggers))]
    found: list[DelegationPhrase] = []
    for m, slot, _ in sorted(matches, key=lambda x: (x[0].start() - x[0].end(), x[2])):
        if not any(m.start() < p.end and p.start < m.end() for p in found):
            found.append(DelegationPhrase(m.start(), m.end(), slot))
    return sorted(found, key=lambda p: p.start)
