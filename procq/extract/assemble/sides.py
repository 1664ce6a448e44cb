"""The people of a meeting's sides that its own sentences name without a name.

"Received a delegation from Laos", "Azerbaijan's prosecutor general met X", "a
meeting between the prosecutors general of the two countries": the side is the
person the article names for it elsewhere, its delegation's leader, the holder
of the office named, or the first person the next sentences name for it. And
the people the next sentences speak of as its actors ("X said", "Y accompanied
the Ambassador") attend it.
"""
from __future__ import annotations

from collections import Counter

from ..annotate.people import is_principal
from ..annotate.triggers import cues_of, speech_verbs
from ..document import Document, GroupMention, PersonMention, Sentence
from .delegations import DelegationFound
from .candidates import Candidate
from .meetings import Draft

SPEAKER_REACH = 5  # sentences after a meeting's own in which its unnamed side may first be named
LIST_ITEMS = 60  # paragraphs a list of those present may run to
LIST_ITEM_WORDS = 40  # words of one item of such a list; a longer paragraph is the story again
SUBJECT_DEPENDENCIES = ("nsubj", "nsubjpass")
NAME_WRAPPERS = ("compound", "flat", "appos")  # the words a name's head hangs on before its clause's role


def _named_by_group(document: Document, group: GroupMention, delegations: list[DelegationFound],
                    sentence: int) -> int | None:
    """The person a side named without a name stands for: a delegation's leader ("the delegation met X": the
    one last named before, where no country is said); the one whose title holds the office named
    ("Azerbaijan's prosecutor general"); a counterpart of that country who heads a service."""
    if group.delegation:
        led = [d for d in delegations if d.leader is not None]
        if group.country is None:
            earlier = [d for d in led if min(d.sentences) <= sentence]
            return max(earlier, key=lambda d: min(d.sentences)).leader if earlier else None
        return next((d.leader for d in led if d.country == group.country), None)
    if group.country is None and group.office is None:
        return None
    for index, person in enumerate(document.people):
        if group.country and person.country != group.country:
            continue
        titles = " ".join(person.titles).lower().replace("-", " ")
        if (group.office and group.office.replace("-", " ") in titles) or (not group.office and is_principal(person.title)):
            return index
    return None



def _next_speaker(document: Document, sentence: int, group: GroupMention, other_side: set[str | None]) -> int | None:
    """"Talking to a Chinese delegation ... Vice Minister Liu Zhenyu thanked the hosts": the first person the
    next sentences name who can stand for the group: of its country, or of none the other side has."""
    for later in document.sentences[sentence + 1: sentence + 1 + SPEAKER_REACH]:
        for mention in later.people:
            country = document.people[mention.person].country
            if (group.country and country == group.country) or (not group.country and country not in other_side):
                return mention.person
    return None


def seat_unnamed_sides(document: Document, draft: Draft, delegations: list[DelegationFound]) -> None:
    """"Received a delegation from Laos", "Azerbaijan's prosecutor general met X": a side the sentence names
    without a name is the person the article names for it elsewhere; "the heads of the delegations" are the
    leaders of every delegation named before."""
    for candidate in draft.candidates:
        for side, groups in ((candidate.subjects, candidate.subject_groups), (candidate.objects, candidate.object_groups)):
            if side:
                continue
            if "heads_of_delegations" in document.sentences[candidate.sentence].cues and any(g.delegation for g in groups):
                side.extend(dict.fromkeys(d.leader for d in delegations if d.leader is not None
                                          and min(d.sentences) < candidate.sentence and d.leader not in candidate.people))
                if side:
                    continue
            for group in groups:
                person = _named_by_group(document, group, delegations, candidate.sentence)
                if person is None:
                    other = candidate.objects if side is candidate.subjects else candidate.subjects
                    person = _next_speaker(document, candidate.sentence, group, {document.people[p].country for p in other})
                if person is not None and person not in candidate.people:
                    side.append(person)
                    break


def _main_clause_role(sentence: Sentence, mention: PersonMention) -> tuple[str, int] | None:
    """The person's part in the sentence's main clause, as the parse reads it, with the index of its verb:
    "subject" ("In his remarks, X said", "X, Deputy Secretary-General, said in turn"; not the source of words
    said before: "the two sides discussed fraud, spokesman X said") or "object" ("... thanked X"). Without the
    parse, the first person the sentence names is its subject."""
    doc = sentence.parse
    if doc is None:
        return ("subject", 0) if mention is sentence.people[0] else None
    name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if name is None:
        return None
    token = name.root
    while token.dep_ in NAME_WRAPPERS and token.head.i != token.i:
        token = token.head
    verb = token.head
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return None
    if token.dep_ in SUBJECT_DEPENDENCIES:
        reported = any(child.dep_ in ("ccomp", "parataxis") and child.i < token.i for child in verb.children)
        return None if reported else ("subject", verb.i)
    return ("object", verb.i) if token.dep_ == "dobj" else None


def _actors(sentence: Sentence, present: set[int]) -> list[int]:
    """The people a sentence after a meeting speaks of as its actors: the subjects of its main clause, and
    the objects of what someone already there did ("Kamran Aliyev thanked X", "The British High Commissioner
    congratulated the AG, Ms. Gloria Akuffo")."""
    roles = [(m, _main_clause_role(sentence, m)) for m in sentence.people]
    acting = {role[1] for m, role in roles if role and role[0] == "subject" and m.person in present}
    return [m.person for m, role in roles if role and not m.pronoun
            and (role[0] == "subject" or role[1] in acting)]


def _following(document: Document, drafts: list[Draft]) -> dict[int, Draft]:
    """Each body sentence no meeting is read from, with the meeting told just before it, within SPEAKER_REACH."""
    told = {i: d for d in drafts for i in d.sentences if document.sentences[i].part == "body"}
    following, last = {}, None
    for sentence in document.sentences:
        if sentence.index in told:
            last = sentence.index
        elif sentence.part == "body" and last is not None and sentence.index - last <= SPEAKER_REACH:
            following[sentence.index] = told[last]
    return following


def _seat_two_sides(document: Document, draft: Draft) -> None:
    """"A meeting between the prosecutors general of the two countries. Daulbayev said ... Dorligjav thanked
    ...": a meeting whose own sentences name nobody has the people the next sentences name."""
    last = draft.sentences[-1]
    named = list(dict.fromkeys(m.person for s in document.sentences[last + 1: last + 1 + SPEAKER_REACH]
                               for m in s.people if m.person is not None))
    draft.first_told.subjects.extend(named[:1])
    draft.first_told.objects.extend(named[1:2])


def _listed(document: Document, colon: int) -> list[int]:
    """The people of the list a sentence ending in a colon opens: the short paragraphs after it, one item
    each ("Those attending were: / 1. H.E. Lucien Wong, Attorney-General of the Republic of Singapore")."""
    items: dict[int, list[Sentence]] = {}
    for sentence in document.sentences[colon + 1:]:
        if sentence.paragraph == document.sentences[colon].paragraph or sentence.part != "body":
            break
        if sentence.paragraph not in items and len(items) == LIST_ITEMS:
            break
        items.setdefault(sentence.paragraph, []).append(sentence)
    found: list[int] = []
    for item in items.values():
        if any(s.triggers for s in item) or sum(len(s.text.split()) for s in item) > LIST_ITEM_WORDS:
            break  # the story goes on
        found.extend(m.person for s in item for m in s.people if m.person is not None and not m.pronoun)
    return found


def seat_the_speakers(document: Document, drafts: list[Draft]) -> None:
    """The people the sentences after a meeting speak of as its actors ("Daulbayev said ...", "Consul General
    X accompanied the Ambassador") attend it; a meeting of talks whose own sentences name nobody has the
    people the next sentences name as its two sides."""
    following = _following(document, drafts)
    for draft in drafts:
        for colon in (i for i in draft.sentences if document.sentences[i].text.rstrip().endswith(":")):
            present = set(draft.people)
            draft.first_told.attendees.extend(p for p in dict.fromkeys(_listed(document, colon)) if p not in present)
        if not draft.people and not all(c.gathering for c in draft.candidates):
            _seat_two_sides(document, draft)
    for index, draft in following.items():
        sentence = document.sentences[index]
        saying = speech_verbs().search(sentence.text)
        if (cues_of(sentence.text[:saying.start()]) if saying else sentence.cues) & {"planned", "recalled"}:
            continue  # "X is expected to receive the participants later today"; not "X said the plan would help"
        # a gathering whose own sentences name nobody has everyone the next sentences name ("Representatives
        # of eight countries came together in Svetlogorsk, along with Dr. E. Brandt")
        present = set(draft.people)
        named = [m.person for m in sentence.people if not m.pronoun] if not present else _actors(sentence, present)
        for person in dict.fromkeys(named):
            if person is not None and person not in present:
                draft.first_told.attendees.append(person)


def _traveller(document: Document, earlier: list[Draft], alone: int) -> int | None:
    """The one whose programme the article follows: the person at most of the meetings told before (the
    first of them on a tie), when of another country than the one met alone."""
    seen = Counter(person for draft in earlier for person in draft.people)
    if not seen:
        return None
    best = max(seen, key=seen.__getitem__)  # a Counter keeps order: the first seen wins a tie
    mine, theirs = document.people[alone].country, document.people[best].country
    return best if best != alone and theirs and mine != theirs else None


def _call_on(candidate: Candidate, callers: list[int]) -> None:
    """Seat the callers on the candidate's empty side: those the words name alone were called on."""
    candidate.direction = "visits"
    candidate.subjects.extend(p for p in callers if p not in candidate.people)


def seat_the_traveller(document: Document, drafts: list[Draft]) -> None:
    """"During the visit X met A. At the meeting with B, the sides said ...": talks told with only the one
    met are held by the person whose visit the article follows, who calls on them; "both prosecutors met
    B": by the principals of the meeting told before."""
    for number, draft in enumerate(drafts):
        told = next((c for c in draft.candidates if c.people and c.direction in ("receives", "visits")), None)
        if draft.gathering or told is None or told.subjects or told.subject_groups:
            continue
        if "together_again" in document.sentences[told.sentence].cues:
            before = next((d for d in reversed(drafts[:number]) if len(d.people) > 1), None)
            if before is not None:
                _call_on(told, [p for p in before.people if is_principal(document.people[p].title)] or before.people)
            continue
        if len(draft.people) != 1 or told.object_groups:
            continue
        traveller = _traveller(document, [d for d in drafts[:number] if not d.gathering], draft.people[0])
        if traveller is not None:
            _call_on(told, [traveller])
