"""extract(article) -> ArticleFacts: the pipeline from one article's text to plain records.

Step by step: clean the text into sentences (text.py); read the publication
date (dates.py); learn the people the article names (people.py); find the
sentences that report meetings and merge repeated reports (meetings.py);
place each meeting (places.py); settle each person's side, the kind and the
roles (roles.py); attach delegations (delegations.py). Nothing here reads
another article, so the result can be cached per file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..records import Article, ArticleFacts, Evidence, Location, Meeting, Participant, Source
from .dates import PartialDate, date_when_unstated, publication_date
from .delegations import (INTERNATIONAL, DelegationMention, attach_loose_delegations, find_delegations,
                          lead_received_delegations, merge_delegations)
from .meetings import FUTURE, UNNAMED_COUNTRY, Candidate, merge_candidates, read_candidates, speakers_of
from .people import Person, find_people, learn_people, resolve_short
from .places import Place, article_places, country_mentions, meeting_place
from .roles import (assign_roles, fill_attendee_countries, fill_principal_countries, home_country, hosting_sides,
                    meeting_kind, sides)
from .text import Sentence, headline, sentences

__all__ = ["extract"]


@dataclass
class ArticleContext:
    """What every meeting of one article may draw on: its people, dates, places and delegations."""

    sentences: list[Sentence]
    people: list[Person]
    published: PartialDate | None
    places: list[Place]
    countries: Counter
    delegations: dict[int, list[DelegationMention]]
    in_meetings: set[str]
    visit_span: str | None


def extract(article: Article) -> ArticleFacts:
    """Every meeting one article reports, with its date, place, people and delegations."""
    text = article.text
    sents = sentences(text)
    published = publication_date(text)
    people = learn_people([s.text for s in sents])
    delegations = _delegations_by_sentence(sents, people)
    _drop_implicit_delegations(delegations)
    _one_delegation_country(delegations)
    _countries_from_delegations(people, delegations)
    _procurators_general(people, text)
    title = headline(text)
    reported = read_candidates(sents, people, published)
    visit_span = next((c.date for c in reported if c.date and "/" in c.date and c.kind == "visit"), None)
    candidates = merge_candidates([c for c in reported if c.reports_a_meeting])
    candidates = [c for c in candidates if not _lone_visitor(c, candidates)]
    candidates.sort(key=lambda c: c.sentences[0].index)
    context = ArticleContext(
        sentences=sents,
        people=people,
        published=published,
        places=article_places(text, [s.text for s in sents], FUTURE),
        countries=Counter(code for s in sents for _, code, _ in country_mentions(s.text)),
        delegations=delegations,
        in_meetings={name for c in candidates for name in c.people},
        visit_span=visit_span or next((c.date for c in candidates if c.date and "/" in c.date), None),
    )
    facts = ArticleFacts(article=article.id, path=article.path, title=title,
                         published=published.iso() if published else None)
    source = Source(article=article.id, path=article.path, title=title, published=facts.published)
    for number, candidate in enumerate(candidates, start=1):
        meeting = _assemble(candidate, context)
        meeting.id = f"{article.id}#{number}"
        meeting.title = title
        meeting.sources = [source]
        meeting.evidence = [Evidence(article=article.id, sentence=s.text) for s in candidate.sentences]
        facts.meetings.append(meeting)
    used = {s.index for c in candidates for s in c.sentences}
    attach_loose_delegations(facts.meetings, [d for i, found in sorted(context.delegations.items()) if i not in used for d in found])
    _first_meeting_keeps_delegation(facts.meetings)
    for meeting in facts.meetings:
        _seat_delegations(meeting, people)
    return facts


def _first_meeting_keeps_delegation(meetings: list[Meeting]) -> None:
    """A visiting delegation is one group however many meetings it has: the article's first meeting
    with it holds it, and later mentions of the same country's delegation are not new delegations."""
    seen: set[str | None] = set()
    for meeting in meetings:
        meeting.delegations = [d for d in meeting.delegations if d.country not in seen]
        seen |= {d.country for d in meeting.delegations}


def _seat_delegations(meeting: Meeting, people: list[Person]) -> None:
    """The named members of a meeting's delegations took part in it."""
    present = {p.name for p in meeting.participants}
    for delegation in meeting.delegations:
        for name in [delegation.leader, *delegation.members]:
            if name and name not in present:
                person = _person(name, people)
                meeting.participants.append(Participant(name=name, country=delegation.country, role="attendee",
                                                        title=person.title if person else None))
                present.add(name)


def _procurators_general(people: list[Person], text: str) -> None:
    """"Procurator-General" is the English title of China's Supreme People's Procuratorate: a (deputy)
    procurator-general with no country named is Chinese, unless the article is about Viet Nam's Procuracy,
    whose heads carry a like title."""
    if re.search(r"\bProcuracy\b", text):
        return
    for person in people:
        if person.country is None and not person.international and re.search(r"\bProcurators?[- ]General\b", person.title or "", re.I):
            person.country = "CN"


def _drop_implicit_delegations(delegations: dict[int, list[DelegationMention]]) -> None:
    """"X, accompanied by Y" names members only of a delegation the article says X leads."""
    leaders = {d.leader for found in delegations.values() for d in found if d.explicit and d.leader}
    for index, found in list(delegations.items()):
        delegations[index] = [d for d in found if d.explicit or d.leader in leaders]


def _one_delegation_country(delegations: dict[int, list[DelegationMention]]) -> None:
    """"The delegation was led by ...": where the article names one country's delegation, an unplaced
    mention of "the delegation" is that one."""
    codes = {d.country for found in delegations.values() for d in found if d.country}
    if len(codes) == 1:
        code = next(iter(codes))
        for found in delegations.values():
            for mention in found:
                mention.country = mention.country or code


def _countries_from_delegations(people: list[Person], delegations: dict[int, list[DelegationMention]]) -> None:
    """Whoever leads or belongs to "a delegation of the Supreme People's Procuratorate" represents its country."""
    for found in delegations.values():
        for mention in found:
            if not mention.country:
                continue
            for name in [mention.leader, *mention.members]:
                person = _person(name, people) if name else None
                if person and person.country is None and not person.international:
                    person.country = mention.country


def _lone_visitor(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """A visit that names only the visitor, who is seen meeting someone elsewhere in the article:
    the visit is the frame of those meetings, not a meeting of its own."""
    if candidate.kind != "visit" or candidate.objects or candidate.attendees:
        return False
    return any(c is not candidate and set(candidate.subjects) & c.people for c in candidates)


def _person(name: str, people: list[Person]) -> Person | None:
    return next((p for p in people if p.name == name), None) or resolve_short(name, people)


def _person_countries(candidate: Candidate, people: list[Person]) -> dict[str, str | None]:
    """Each participant's country as the article states it; INTERNATIONAL for an international body."""
    countries: dict[str, str | None] = {}
    for name in candidate.people:
        person = _person(name, people)
        countries[name] = INTERNATIONAL if person and person.international else (person.country if person else None)
    return countries


def _fill_unnamed_side(candidate: Candidate, context: ArticleContext) -> list[str]:
    """Name a side the report leaves unnamed ("met with a Chinese delegation", "the Chinese delegation
    was received by"): the leader the article gives that country's delegation, else its speakers."""
    added: list[str] = []
    for side, country in ((candidate.objects, candidate.object_group_country),
                          (candidate.subjects, candidate.subject_group_country)):
        if side or not country:
            continue
        leaders = [d.leader for found in context.delegations.values() for d in found
                   if d.leader and (d.country == country or country == UNNAMED_COUNTRY)]
        if country == UNNAMED_COUNTRY and len(set(leaders)) != 1:
            continue
        if leaders:
            names = leaders[:1]
        else:
            names = [n for n in dict.fromkeys(speakers_of(context.sentences, context.people))
                     if (_person(n, context.people) or Person(n)).country == country and n not in context.in_meetings]
        side.extend(names)
        added.extend(names)
    return added


def _assemble(candidate: Candidate, context: ArticleContext) -> Meeting:
    """One merged candidate as a Meeting record: people's countries, place, kind, roles, delegations, date."""
    filled = _fill_unnamed_side(candidate, context)
    # a video meeting is where its own sentences say it was held, if they say so, and nowhere else
    place = meeting_place(candidate.places, [] if candidate.remote else context.places)
    countries = _person_countries(candidate, context.people)
    location_country = place.country if place else None
    fill_principal_countries(candidate, countries, location_country, context.countries)
    titles = {name: (_person(name, context.people) or Person(name)).title for name in candidate.people}
    # A principal left unplaced in an article about several countries is not guessed from the other side.
    foreign_affair = len(context.countries) > 1 and any(countries.get(n) is None for n in candidate.principals)
    fill_attendee_countries(sorted(candidate.people - candidate.principals if foreign_affair else candidate.people),
                            countries, location_country, titles)
    delegations = merge_delegations(
        [d for s in candidate.sentences for d in context.delegations.get(s.index, [])], countries)
    for name in filled:
        for delegation in delegations:
            if delegation.country == countries.get(name) and name != delegation.leader and name not in delegation.members:
                delegation.members.append(name)
    kind = meeting_kind(candidate, sides(candidate, countries, {d.country for d in delegations if d.country}))
    if location_country is None and not candidate.remote:
        location_country = home_country(candidate, countries, kind)
        if location_country or place:
            place = Place(place.city if place else None, location_country)
    roles = assign_roles(candidate, kind, countries, location_country)
    if kind == "bilateral" and candidate.object_group and any("delegation" in s.text.lower() for s in candidate.sentences):
        named_guests = [n for n in hosting_sides(candidate)[1] if roles.get(n) == "guest" and n not in filled]
        lead_received_delegations(named_guests, countries, delegations)
    guest_countries = {countries[n] for n, r in roles.items() if r == "guest" and countries.get(n) not in (None, INTERNATIONAL)}
    for delegation in delegations:
        if delegation.country is None and len(guest_countries) == 1:
            delegation.country = next(iter(guest_countries))
    delegations = merge_delegations([DelegationMention(d.country, d.leader, d.members) for d in delegations], countries)
    date = candidate.date
    if date is None and not candidate.date_stated:
        recent = any(re.search(r"\brecently\b", s.text) for s in candidate.sentences)
        date = date_when_unstated(context.visit_span, context.published, recent)
    participants = [
        Participant(name=name, country=None if countries.get(name) == INTERNATIONAL else countries.get(name),
                    role=roles[name], title=(_person(name, context.people) or Person(name)).title)
        for name in dict.fromkeys(candidate.subjects + candidate.objects + list(candidate.attendees))
    ]
    return Meeting(id="", date=date, kind=kind, title=None,
                   location=Location(place.city, place.country) if place else None,
                   participants=participants, delegations=[d for d in delegations if d.country])


def _delegations_by_sentence(sents: list[Sentence], people: list[Person]) -> dict[int, list[DelegationMention]]:
    """The delegations each sentence names, by sentence number; planned trips name none."""
    country_of = {p.name: p.country for p in people}
    found: dict[int, list[DelegationMention]] = {}
    for s in sents:
        planned = FUTURE.search(s.text)
        if planned and abs(planned.start() - s.text.find("delegation")) < 60:
            continue  # "the delegation will travel to", "invited a delegation of Kenyan prosecutors to visit China"
        mentions = find_delegations(s.text, find_people(s.text, people), country_of)
        if mentions:
            found[s.index] = mentions
    return found
