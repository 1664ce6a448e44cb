"""Candidates: each trigger read as a possible meeting, with who stands on which side of it.

A trigger's subject side is the people its clause names before it, its object
side the people after it, up to the next trigger; the dependency parse, where it
ran, moves a person whose words hang on another clause (a relative clause, a
"who" aside) out of the sides. Planned and recalled meetings make no candidate.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..document import Document, GroupMention, PersonMention, Sentence, Trigger
from ..annotate.triggers import cues_of, names_several_meetings, one_after_another, speech_verbs

GATHERING_DIRECTIONS = ("gathering", "attends", "chairs")
GENERIC_NOUNS = (None, "meeting", "meetings", "talks", "event")  # what "attended the meeting" may refer back to
PARSE_REACH = 12  # heads above a word that the parse is followed through


@dataclass
class Candidate:
    """One trigger read as a meeting: its sentence, direction and the people on each side."""

    sentence: int
    trigger: Trigger
    direction: str
    subjects: list[int] = field(default_factory=list)  # Document.people indexes
    objects: list[int] = field(default_factory=list)
    attendees: list[int] = field(default_factory=list)
    chairs: list[int] = field(default_factory=list)
    subject_groups: list[GroupMention] = field(default_factory=list)
    object_groups: list[GroupMention] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    part: str = "body"

    @property
    def gathering(self) -> bool:
        return self.direction in GATHERING_DIRECTIONS

    @property
    def people(self) -> list[int]:
        return list(dict.fromkeys(self.subjects + self.objects + self.chairs + self.attendees))

    @property
    def refers_back(self) -> bool:
        """"X attended the meeting as well", "Y attended the ceremony.": people added to the meeting just
        reported, not a gathering of its own."""
        return self.direction == "attends" and not self.trigger.named and (
            self.trigger.noun in GENERIC_NOUNS or self.trigger.definite)

    @property
    def unnamed_side(self) -> bool:
        """"X received a delegation", "X called on the Kazakh side": one side of talks is named only as a group."""
        if self.direction not in ("receives", "visits"):
            return False
        return (not self.objects and bool(self.object_groups)) or (not self.subjects and bool(self.subject_groups))

    def sides(self) -> tuple[list[int], list[int]]:
        """(the receiving side, the visiting side) as the words say: "X visited Y" turns "X met Y" round."""
        return (self.objects, self.subjects) if self.direction == "visits" else (self.subjects, self.objects)


def _heads(token):
    """The token and the words above it in the parse, as far as PARSE_REACH."""
    for _ in range(PARSE_REACH):
        yield token
        if token.head.i == token.i:
            return
        token = token.head


def _in_other_clause(sentence: Sentence, mention: PersonMention, trigger: Trigger) -> bool:
    """True when the parse hangs the person's name on a verb other than the trigger's, inside a relative
    or adverbial clause ("X, who had visited Y in 2019, met Z": Y is no side of this meeting), or as the
    source who says it after ("X met Z, spokesman Y said")."""
    doc = sentence.parse
    if doc is None:
        return False
    name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    verb = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if name is None or verb is None:
        return False
    verbs = {t.i for t in verb}
    saying = speech_verbs()
    # the verbs after the trigger whose clausal complement its clause is, at any depth
    credited_by = {t.head.i for t in _heads(verb.root) if t.dep_ in ("ccomp", "parataxis") and t.head.i > verb.root.i}
    for token in _heads(name.root):
        if token.i in verbs or token.head.i in verbs:
            return False
        if token.dep_ in ("relcl", "advcl", "ccomp"):
            return True
        if token.dep_ == "nsubj" and token.head.i in credited_by and saying.fullmatch(token.head.text.lower()):
            return True  # "the two sides discussed fraud, spokesman X said": the source credited after
    return False


def _reported(sentence: Sentence, trigger: Trigger, cues: set[str]) -> bool:
    """A meeting inside what someone said ("he said the meetings held in Tbilisi had done much"), as the
    parse shows it: the trigger hangs, through a clausal complement, on a verb of saying before it. "He said
    ... as he received X" is an event: its clause is adverbial; and so is "X met Y, the ministry said", news
    credited to its source. Without the parse, the words before the trigger decide."""
    doc = sentence.parse
    if doc is None:
        return "reported" in cues
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None:
        return "reported" in cues
    saying = speech_verbs()
    for token in _heads(span.root):
        if token.dep_ in ("ccomp", "parataxis") and saying.fullmatch(token.head.text.lower()):
            # "X and Y signed the pact in Manila, the DOJ said": a source credited after the news reports it
            return token.head.i < token.i
        if token.dep_ in ("advcl", "relcl"):
            return False
    return False


def _social(sentence: Sentence, trigger: Trigger) -> bool:
    """An airport welcome, a dinner or a banquet for a delegation: a social occasion, no meeting (SPEC)."""
    return trigger.direction in ("receives", "visits", "gathering") and "social" in sentence.cues


def _people_between(sentence: Sentence, start: int, end: int, trigger: Trigger) -> list[PersonMention]:
    return [m for m in sentence.people if start <= m.start and m.end <= end and not _in_other_clause(sentence, m, trigger)]


def _groups_between(sentence: Sentence, start: int, end: int) -> list[GroupMention]:
    return [g for g in sentence.groups if start <= g.start and g.end <= end]


def _before_a_list(sentence: Sentence, triggers: list[Trigger]) -> tuple[list[Trigger], dict[int, int]]:
    """The triggers of a sentence, but not those inside the words that describe the counterparts a colon then
    lists ("met separately with the heads of delegations who had come to China for the 21st Meeting of
    Prosecutors General: A, B, C"): those words tell who they are, and the list is the first trigger's. With
    the colon of each trigger whose list it is, by the trigger's start."""
    kept: list[Trigger] = []
    colons: dict[int, int] = {}
    for trigger in triggers:
        if kept and trigger.start > kept[-1].end:
            colon = sentence.text.find(":", kept[-1].end)
            if colon > trigger.end and not any(kept[-1].end <= m.start < colon for m in sentence.people) \
                    and any(m.start > colon for m in sentence.people):
                colons[kept[-1].start] = colon
                continue
        kept.append(trigger)
    return kept, colons


def read_sentence(sentence: Sentence) -> list[Candidate]:
    """The candidates of one sentence, one per trigger that reports a meeting held."""
    out = []
    triggers, colons = _before_a_list(sentence, sentence.triggers)
    for n, trigger in enumerate(triggers):
        cues = cues_of(sentence.text, trigger, sentence.cues)
        if cues & {"planned", "recalled"} or _reported(sentence, trigger, cues) or _social(sentence, trigger):
            continue
        before_start = triggers[n - 1].end if n else 0
        after_end = triggers[n + 1].start if n + 1 < len(triggers) else len(sentence.text)
        before = _people_between(sentence, before_start, trigger.start, trigger)
        after = _people_between(sentence, trigger.end, after_end, trigger)
        if trigger.start in colons:  # the list after the colon, whatever clause the parse hangs it on
            after = [m for m in sentence.people if colons[trigger.start] < m.start and m.end <= after_end]
        candidate = Candidate(sentence=sentence.index, trigger=trigger, direction=trigger.direction, cues=cues,
                              part=sentence.part)
        ids = lambda mentions: list(dict.fromkeys(m.person for m in mentions if m.person is not None))  # noqa: E731
        opening = not sentence.text[:trigger.start].strip(' "“')  # the trigger opens the sentence
        if trigger.direction in ("gathering",):
            candidate.attendees = ids(before + after)
        elif trigger.direction == "attends":
            # "Speaking to the gathering, Dr Guo Zhaomin said": an opening phrase is about who follows it
            candidate.attendees = ids(after if trigger.people_after or opening else before)
        elif trigger.direction == "chairs":
            candidate.chairs = ids(after if trigger.people_after else before)
            candidate.attendees = ids(before if trigger.people_after else after)
        elif trigger.object_first or opening:
            # "During the meeting with X, Y said", "Welcoming X, Y thanked him": X is the object, who speaks
            # in the main clause the subject
            with_people = ids(after[:1])
            candidate.objects = with_people
            candidate.subjects = [p for p in ids(after[1:] + before) if p not in with_people]
            candidate.object_groups = _groups_between(sentence, trigger.end, after[0].end if after else after_end)
        else:
            candidate.subjects, candidate.objects = ids(before), ids(after)
            candidate.subject_groups = _groups_between(sentence, before_start, trigger.start)
            candidate.object_groups = _groups_between(sentence, trigger.end, after_end)
        counterparts = sentence.text[trigger.start: after[-1].start] if after else ""
        out.extend(_one_per_counterpart(candidate, counterparts))
    return out


def _one_per_counterpart(candidate: Candidate, counterparts: str) -> list[Candidate]:
    """"She also had meetings with Prosecutor General X and with Deputy Minister Y", "met in turn with X, and
    with Y": talks in the plural, or told one counterpart after another, are a meeting with each.
    ``counterparts`` is the text from the trigger to the last person after it."""
    if candidate.direction not in ("receives", "visits") or len(candidate.objects) < 2 \
            or not (names_several_meetings(candidate.trigger) or one_after_another(counterparts)):
        return [candidate]
    return [replace(candidate, objects=[person], object_groups=[], cues=candidate.cues | {"each_apart"})
            for person in candidate.objects]


def read_candidates(document: Document) -> list[Candidate]:
    return [c for s in document.sentences for c in read_sentence(s)]
