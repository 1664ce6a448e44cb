"""Delegation phrases: the words that name a delegation and where its leader or members stand.

The phrasings are rows of ``data/delegations.toml``; assembly fills each slot with
the person mentions beside it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import table
from .patterns import compile_pattern


@dataclass(frozen=True)
class DelegationPhrase:
    start: int
    end: int
    slot: str  # leader_after | leader_before | members_after | companions_after | member_before | group


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[object, str]]:
    data = table("delegations")
    return [(compile_pattern(row["pattern"], {"GROUP": data["group"]}), row["slot"]) for row in data["phrase"]]


def find_delegation_phrases(sentence: str) -> list[DelegationPhrase]:
    """Every delegation phrase of a sentence, left to right; the longer of two overlapping phrases wins."""
    matches = [(m, slot, order) for order, (pattern, slot) in enumerate(_phrases()) for m in pattern.finditer(sentence)]
    found: list[DelegationPhrase] = []
    for m, slot, _ in sorted(matches, key=lambda x: (x[0].start() - x[0].end(), x[2])):
        if not any(m.start() < p.end and p.start < m.end() for p in found):
            found.append(DelegationPhrase(m.start(), m.end(), slot))
    return sorted(found, key=lambda p: p.start)
