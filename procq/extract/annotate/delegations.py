"""Delegation phrases: the words that name a delegation and where its leader or members stand.

The phrasings are rows of ``data/delegations.toml``; assembly fills each slot with
the person mentions beside it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..data import table
from ..document import Trigger
from .patterns import compile_pattern
from .places import PlaceMention


LIST_REACH = 60  # characters between a plural phrase and the first country it lists ("of the Prosecutor General's Offices of")
LIST_OPENING = re.compile(r"\s*(?:of|from|such\s+as)\b")  # how the words after a phrase begin a list of its own
LIST_JOINT = re.compile(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?$")  # between two countries of a list: ", ", " and ", ", the "


@dataclass(frozen=True)
class DelegationPhrase:
    start: int
    end: int
    slot: str  # leader_after | leader_before | members_after | companions_after | member_before | group
    several: bool = False  # "delegations": one of each leader or country it lists
    countries: tuple[str, ...] = ()  # the countries a phrase naming several lists after it


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[re.Pattern, str, bool]]:
    data = table("delegations")
    return [(compile_pattern(row["pattern"], {"GROUP": data["group"]}, data["gap"]), row["slot"], row.get("not_in_trigger", False))
            for row in data["phrase"]]


@lru_cache(maxsize=1)
def _several() -> re.Pattern:
    return compile_pattern("|".join(table("delegations")["several"]), [])


def _listed_countries(sentence: str, end: int, places: Sequence[PlaceMention]) -> tuple[str, ...]:
    """The countries listed after a phrase: the first within reach, then each joined to the one before by a
    comma or "and" ("of Türkiye, Uzbekistan, Kazakhstan and Kyrgyzstan", "such as those of Cuba and Portugal")."""
    nations = sorted((p for p in places if p.kind == "country" and p.country and p.start >= end), key=lambda p: p.start)
    if (not nations or nations[0].start - end > LIST_REACH or not LIST_OPENING.match(sentence, end)
            or re.search(r"[.;:]", sentence[end:nations[0].start])):
        return ()  # "the heads of the delegations were received by the Minister of Uzbekistan": no list of theirs
    listed = [nations[0]]
    for place in nations[1:]:
        if not LIST_JOINT.match(sentence, listed[-1].end, place.start):
            break
        listed.append(place)
    return tuple(dict.fromkeys(p.country for p in listed))


def find_delegation_phrases(sentence: str, triggers: Sequence[Trigger] = (),
                            places: Sequence[PlaceMention] = ()) -> list[DelegationPhrase]:
    """Every delegation phrase of a sentence, left to right; the longer of two overlapping phrases wins.
    A phrase that names the other side where a meeting trigger takes its first word is no phrase there."""
    matches = [(m, slot, order) for order, (pattern, slot, not_in_trigger) in enumerate(_phrases())
               for m in pattern.finditer(sentence)
               if not (not_in_trigger and any(t.start <= m.start() < t.end for t in triggers))]
    found: list[DelegationPhrase] = []
    for m, slot, _ in sorted(matches, key=lambda x: (x[0].start() - x[0].end(), x[2])):
        if not any(m.start() < p.end and p.start < m.end() for p in found):
            several = bool(_several().search(m.group()))
            countries = _listed_countries(sentence, m.end(), places) if several else ()
            led = next((o for o, other, _ in matches if other == "leader_after"
                        and m.start() <= o.start() and o.end() < m.end()), None) if slot == "members_after" else None
            if led is not None:
                # "The Chinese delegation was headed by Mr Zhao, ..., and included Mr Yang": its leader, then its members
                found.append(DelegationPhrase(led.start(), led.end(), "leader_after", several, countries))
                found.append(DelegationPhrase(led.end(), m.end(), slot, several, countries))
                continue
            found.append(DelegationPhrase(m.start(), m.end(), slot, several, countries))
    return sorted(found, key=lambda p: p.start)
