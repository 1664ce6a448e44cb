"""Meeting triggers: the words that report a meeting, with their direction, and the cues around them.

The phrasings are rows of ``data/triggers.toml`` in a small pattern language
(alternatives, optional words, a bounded gap, the gathering nouns); the cues that
make a meeting planned, recalled, remote or a side meeting are ``data/context.toml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import table
from ..document import Sentence, Trigger
from .patterns import compile_pattern, word_alternatives

AFTER_CUES = ("planned_after", "many_counterparts", "recalled_after", "one_after_another")  # cues of the words right after a span
CLAUSE_CUES = ("planned", "recalled", "reported", *AFTER_CUES)  # cues that speak of the trigger's own clause only
CUE_REACH = 70  # characters before a trigger that its cues may stand in, within its clause
AFTER_REACH = 160  # characters after a trigger that "is scheduled" may stand in, the people's names between
SIDELINES_REACH = 80  # characters after "on the sidelines of" within which the gathering is named
_THE_NOUN = re.compile(r"\bthe\s+(?:[a-z\-]+\s+)?\w+$", re.I)  # "the ceremony", "the signing ceremony"
_NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z0-9]")  # "the meeting of the SCO Council": a gathering named
_NOTHING_MORE = re.compile(r"\s*(?:[.;!?,]|$|from\b)")  # nothing names the gathering further ("joined the call from Havana")
_CLOSED_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;.]*,")  # ", which will enter into force soon,"
_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:and|but|while|where|which)\b|\bsaid\b|\bnoted\b")


@lru_cache(maxsize=1)
def _tables() -> tuple[list[tuple[re.Pattern, str, str]], dict[str, re.Pattern], re.Pattern]:
    data = table("triggers")
    gathering = data["gathering"]
    rows = [(compile_pattern(row["pattern"], gathering), row["direction"], row.get("people", "before"))
            for row in data["trigger"]]
    cues = {name: re.compile("|".join(patterns), re.I) for name, patterns in table("context").items()}
    noun = re.compile(r"\b(" + word_alternatives("GATHERING", gathering) + r")\b", re.I)
    return rows, cues, noun


def find_triggers(sentence: str) -> list[Trigger]:
    """Every trigger of a sentence, left to right; where two overlap the longer wins, then the earlier row."""
    rows, _, noun = _tables()
    matches = [(m, direction, people, order) for order, (pattern, direction, people) in enumerate(rows)
               for m in pattern.finditer(sentence)]
    found: list[Trigger] = []
    for m, direction, people, _ in sorted(matches, key=lambda x: (x[0].start() - x[0].end(), x[3])):
        if any(m.start() < t.end and t.start < m.end() for t in found):
            continue
        nouns = noun.findall(m.group()) if direction in ("gathering", "attends", "chairs") else []
        definite = bool(nouns) and bool(_THE_NOUN.search(m.group())) and bool(_NOTHING_MORE.match(sentence, m.end()))
        named = bool(nouns) and m.group().lower().endswith(nouns[-1].lower()) and bool(_NAMED_AFTER.match(sentence, m.end()))
        found.append(Trigger(start=m.start(), end=m.end(), words=m.group(), direction=direction,
                             noun=nouns[-1].lower() if nouns else None, people_after=people == "after",
                             object_first=people == "object first", definite=definite, named=named))
    return sorted(found, key=lambda t: t.start)


def sidelines_start(sentence: str) -> int | None:
    """Where a sentence says "on the sidelines of" (or its like), if it does."""
    found = _tables()[1]["sidelines"].search(sentence)
    return found.start() if found else None


def clause_before(sentence: str, start: int) -> str:
    """The words of the trigger's own clause before it, as far as cues may reach; an aside closed before it
    is no part of it ("The memorandum, which will enter into force within 60 days, was signed by")."""
    window = _CLOSED_ASIDE.sub(",", sentence[max(0, start - CUE_REACH): start])
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def clause_after(sentence: str, end: int) -> str:
    """The words of the trigger's own clause after it, as far as cues may reach."""
    window = sentence[end: end + AFTER_REACH]
    stop = _CLAUSE_END.search(window)
    return window[: stop.start()] if stop else window


def cues_of(sentence: str, trigger: Trigger | None = None, sentence_cues: set[str] | None = None) -> set[str]:
    """The cues of a trigger's clause (or of the whole sentence): planned, recalled, remote, sidelines, ...
    ``sentence_cues``, the whole sentence's cues when they are known already, are not looked for again."""
    _, cues, noun = _tables()
    if trigger is None:
        # the cues of the words after a span are read only there, never searched for in a whole sentence
        found = {name for name, pattern in cues.items() if name not in AFTER_CUES and pattern.search(sentence)}
        side = cues["sidelines"].search(sentence)
        if side and noun.search(sentence, side.end(), side.end() + SIDELINES_REACH):
            found.add("of_gathering")  # "on the sidelines of the SCO meeting": the gathering is a meeting too
        return found
    near = clause_before(sentence, trigger.start) + sentence[trigger.start: trigger.end]
    found = {name for name in CLAUSE_CUES if name not in AFTER_CUES and cues[name].search(near)}
    after = clause_after(sentence, trigger.end)
    if cues["planned_after"].match(after):
        found.add("planned")  # "a meeting between X and Y is scheduled in Minsk"
    if trigger.direction in ("receives", "visits", "mutual") and cues["many_counterparts"].match(after):
        found.add("many_counterparts")  # "met the ambassadors of the G7 countries": talks of many sides
    around = cues_of(sentence) if sentence_cues is None else sentence_cues
    return found | (around - set(CLAUSE_CUES))


def out_of_time(sentence: str, start: int, end: int | None = None) -> bool:
    """Words at ``start`` (to ``end``) stand in a clause about another time: planned or recalled ("the plan
    follows a memorandum signed in Maputo in 2022", "they will meet in Astana", "on 4 August last year"),
    so the place or day there is not the meeting's."""
    _, cues, _ = _tables()
    near = clause_before(sentence, start)
    if end is not None and cues["recalled_after"].match(sentence, end):
        return True
    return any(cues[name].search(near) for name in ("planned", "recalled"))


def names_several_meetings(trigger: Trigger) -> bool:
    """A trigger in the plural ("had meetings with X and with Y"): one meeting with each counterpart."""
    return bool(_several_meetings().search(trigger.words))


def one_after_another(counterparts: str) -> bool:
    """Counterparts told one after another ("met in turn with X, and with Y", "met X and then Y")."""
    return bool(_tables()[1]["one_after_another"].search(counterparts))


@lru_cache(maxsize=1)
def _several_meetings() -> re.Pattern:
    return re.compile(r"\b" + word_alternatives("|".join(table("triggers")["several_meetings"]), []) + r"\b", re.I)


def speech_verbs() -> re.Pattern:
    """The verbs of saying, whose object clause reports words, not events (``data/context.toml``)."""
    return _tables()[1]["reported"]


def annotate_triggers(sentence: Sentence) -> None:
    sentence.triggers = find_triggers(sentence.text)
    sentence.cues = cues_of(sentence.text)
