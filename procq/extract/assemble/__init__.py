"""Assembly: from an annotated document to the plain records of the meetings it reports.

It reads only the document's spans (people, triggers, places, dates, delegation
phrases) and the parse: candidates from triggers (``candidates.py``), one meeting
from the candidates that report it (``meetings.py``), the people of the sides
its sentences name without a name (``sides.py``), each meeting's facts
(``facts.py``) and its delegations (``delegations.py``).
"""
from __future__ import annotations

import re

from ...records import ArticleFacts, Delegation, Evidence, Location, Meeting, Participant, Source
from ..document import Document
from .candidates import read_candidates
from .delegations import DelegationFound, implied_leader, read_delegations
from .facts import INTERNATIONAL, MeetingFacts, meeting_facts
from .meetings import Draft, fold_frames, merge
from .sides import seat_the_speakers, seat_the_traveller, seat_unnamed_sides

ANAPHORIC = re.compile(r"\b(?:the|this|his|her|its|their)\s+$", re.I)  # "the delegation": one named before
MEETING_TOLD_ON = 3  # body sentences after a meeting's last that still tell of it ("The French delegation was made up of ...")


def _countries_from_delegations(document: Document, delegations: list[DelegationFound]) -> None:
    """Whoever leads or belongs to "the Belarusian delegation" represents its country, where nothing else says."""
    for delegation in delegations:
        for person in [delegation.leader, *delegation.members]:
            found = document.people[person] if person is not None else None
            if found and found.country is None and not found.international:
                found.country = delegation.country


def _places(document: Document, draft: Draft, delegation: DelegationFound) -> bool:
    """Whether the meeting's own sentences, the body sentences between them or the few after them name the
    delegation (SPEC: it is listed where the text places it): "Kamran Aliyev took part in the seminar.
    Delegations of Türkiye and Uzbekistan attended it. In his speech Aliyev said ..."."""
    named = set(delegation.sentences)
    if named & set(draft.sentences):
        return True
    body = [i for i in draft.sentences if document.sentences[i].part == "body"]
    return bool(body) and any(body[0] <= i <= body[-1] + MEETING_TOLD_ON for i in named)


def _delegations_of(document: Document, draft: Draft, delegations: list[DelegationFound], first_with: dict[int, int],
                    number: int, unplaced: list[DelegationFound], facts: MeetingFacts) -> list[DelegationFound]:
    """The delegations a meeting's own sentences place there, and those whose leader the article first
    sees at this meeting, named before it ends or at no meeting at all (the visit a delegation arrives for).
    A delegation no meeting places and no one is said to lead ("the Zambian delegation was made up of A and
    B") is at the first meeting of someone of its country; one whose leader is at no meeting ("X headed
    Qatar's delegation to the meeting. The meeting further discussed ...") is at the first meeting told on
    after it is named. Either is taken from ``unplaced`` there."""
    placed = [d for d in delegations if _places(document, draft, d)]
    told_again = _told_again(document, draft, delegations)
    if told_again is not None and told_again not in placed:
        placed.append(told_again)
    opened = [d for d in delegations if d not in placed and d.leader is not None and first_with.get(d.leader) == number
              and (min(d.sentences) <= draft.sentences[-1] or d in unplaced)]
    countries = set(facts.countries.values())
    unled = [d for d in unplaced if d.leader is None and d.country in countries]
    arrived = [d for d in unplaced if d not in unled and d not in opened and d.leader not in first_with
               and max(d.sentences) < draft.sentences[-1]]
    for d in unled + arrived:
        unplaced.remove(d)
    return placed + opened + unled + arrived


def _told_again(document: Document, draft: Draft, delegations: list[DelegationFound]) -> DelegationFound | None:
    """"The delegation later paid a courtesy call on X": the delegation named last before, of the country
    the words give if they give one, is at this meeting too (SPEC: where the text places the group)."""
    for c in draft.candidates:
        text = document.sentences[c.sentence].text
        for group in c.subject_groups + c.object_groups:
            if group.delegation and ANAPHORIC.search(text[:group.start]):
                earlier = [d for d in delegations if min(d.sentences) < c.sentence
                           and (group.country is None or d.country == group.country)]
                if earlier:
                    return max(earlier, key=lambda d: min(d.sentences))
    return None


def _meeting(document: Document, number: int, facts: MeetingFacts, groups: list[DelegationFound]) -> Meeting:
    people = document.people
    present = list(facts.people)
    for group in groups:
        for member in group.members:
            if member not in present:
                present.append(member)
                facts.countries.setdefault(member, group.country)
    participants = [
        Participant(name=people[p].name, country=None if facts.countries.get(p) == INTERNATIONAL else facts.countries.get(p),
                    role=facts.roles.get(p, "attendee"), title=people[p].title)
        for p in present
    ]
    leaders = [implied_leader(document, g, present, facts.countries) for g in groups]
    delegations = [Delegation(country=g.country, leader=people[leader].name if leader is not None else None,
                              members=[people[m].name for m in g.members if m != leader]) for g, leader in zip(groups, leaders)]
    location = Location(facts.city, facts.country) if facts.city or facts.country else None
    return Meeting(id=f"{document.article}#{number}", date=facts.date.iso() if facts.date else None, kind=facts.kind,
                   title=document.headline, location=location, participants=participants, delegations=delegations,
                   evidence=[Evidence(article=document.article, sentence=document.sentences[i].text) for i in facts.evidence])


def assemble(document: Document) -> ArticleFacts:
    """Every meeting the document reports, with its date, place, people and delegations."""
    published = document.published.iso() if document.published else None
    result = ArticleFacts(article=document.article, path=document.path, title=document.headline, published=published)
    source = Source(article=document.article, path=document.path, title=document.headline, published=published)
    delegations = read_delegations(document)
    _countries_from_delegations(document, delegations)
    drafts = merge(document, read_candidates(document))
    for draft in drafts:
        seat_unnamed_sides(document, draft, delegations)
    seat_the_speakers(document, drafts)
    seat_the_traveller(document, drafts)
    drafts = [d for d in fold_frames(drafts) if d.people]  # SPEC: a meeting places at least one named person
    first_with: dict[int, int] = {}
    for number, draft in enumerate(drafts, start=1):
        for person in draft.people:
            first_with.setdefault(person, number)
    unplaced = [d for d in delegations if not any(_places(document, draft, d) for draft in drafts)]
    previous, gathering_place = None, None
    for number, draft in enumerate(drafts, start=1):
        facts = meeting_facts(document, draft, previous, gathering_place)
        previous = facts.date or previous
        if draft.gathering and (facts.city or facts.country):
            gathering_place = facts.city, facts.country
        groups = _delegations_of(document, draft, delegations, first_with, number, unplaced, facts)
        meeting = _meeting(document, number, facts, groups)
        meeting.sources = [source]
        result.meetings.append(meeting)
    return result
