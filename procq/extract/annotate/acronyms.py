"""Acronyms an article defines, and the country each then stands for wherever the article uses it.

"Korea's Corruption Investigation Office for High-ranking Officials (CIO)" and "the
Serious Fraud Office (SFO) of the United Kingdom" define CIO and SFO once; later
"Chief Prosecutor of the CIO" or "SFO Director Lisa Osofsky" say a country only
through that definition. A body the institutions table already knows keeps its row,
and an acronym of a body of several states stands for no country ("the Philippine
ASLOM Leader" of "ASEAN Senior Law Officials Meeting (ASLOM)" is still Philippine).
"""
from __future__ import annotations

import re

from ..document import Sentence
from .institutions import InstitutionMention
from .people import country_of_words

_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{0,6}[A-Z])\)")  # "(SFO)", "(PGRF)"; not "(Xinhua)" nor "(MoU)"
_NAME_WORD = re.compile(r"[A-Z][\w\-]*(?:['’]s?)?\Z")  # a capitalised word of a body's name, possessive too
# Lowercase words inside a body's name: "Office of the Director of Public Prosecutions", "Procuraduría General de la".
_NAME_LINKS = {"of", "the", "for", "on", "against", "de", "del", "la", "des", "du", "da", "do"}
LONGEST_DEFINITION = 14  # words of the name an acronym abbreviates
_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")  # "(SFO) of the United Kingdom": the seat written after it


def _named_before(text: str, end: int) -> int | None:
    """Where the name that ends at `end` begins: capitalised words and the links between them, none in front."""
    words = list(re.finditer(r"\S+", text[:end]))
    start = None
    for word in reversed(words[-LONGEST_DEFINITION:]):
        if _NAME_WORD.match(word.group()):
            start = word.start()
        elif word.group() not in _NAME_LINKS:
            break
    return start


def _definition(sentence: Sentence, match: re.Match) -> str | None:
    """The country of the national body an acronym is defined by in this sentence, if its name says one."""
    text = sentence.text
    start = _named_before(text, match.start())
    if start is None:
        return None
    end = match.end()
    named = [*sentence.places, *sentence.institutions]
    if after := _AFTER.match(text, end):
        seat = [s for s in named if s.start == after.end()]
        end = seat[0].end if seat else end
    spans = [s for s in named if start <= s.start and s.end <= end]
    if not spans or all(s.start == start and s.end >= match.start() - 1 for s in spans):
        return None  # a place alone before brackets: "Baku (AZERTAC)"
    country, international = country_of_words(text[start:end], start, sentence.places, sentence.institutions)
    return None if international else country


def defined_acronyms(sentences: list[Sentence]) -> dict[str, str]:
    """Acronym -> country for each acronym the article defines as one country's body only and the
    institutions table does not know."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        known = {m.text for m in sentence.institutions}
        for match in _DEFINED.finditer(sentence.text):
            acronym = match.group(1)
            if acronym in known:
                continue
            if (meaning := _definition(sentence, match)) is not None:
                found.setdefault(acronym, set()).add(meaning)
    return {acronym: meanings.pop() for acronym, meanings in found.items() if len(meanings) == 1}


def mark_acronyms(sentences: list[Sentence]) -> None:
    """Add each use of a defined acronym to its sentence's institutions, with the country of its definition."""
    acronyms = defined_acronyms(sentences)
    if not acronyms:
        return
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True))) + r")(?![\w\-])")
    for sentence in sentences:
        taken = sentence.institutions
        added = [InstitutionMention(m.start(), m.end(), m.group(), acronyms[m.group()])
                 for m in pattern.finditer(sentence.text)
                 if not any(s.start <= m.start() < s.end for s in taken)]
        if added:
            sentence.institutions = sorted([*taken, *added], key=lambda s: s.start)
