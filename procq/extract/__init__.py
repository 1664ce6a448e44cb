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

from ..records import Article, ArticleFacts, Delegation, Evidence, Location, Meeting, Participant, Source
from .dates import PartialDate, publication_date, year_of
from .delegations import DelegationMention, find_delegations
from .meetings import Candidate, read_candidates, merge_candidates, speakers_of, FUTURE
from .people import Person, find_people, learn_people, resolve_short
from .places import Place, country_mentions, dateline_city, lookup_city, places_in
from .roles import INTERNATIONAL, assign_roles, fill_attendee_countries, fill_principal_countries, meeting_kind, sides
from .text import Sentence, headline, sentences

# Sentences that say where a visitor went, for meetings whose own sentences name no place.
_DESTINATION = re.compile(r"\b(?:visited|visiting|arrived in|arrived at|arrives in|trip to|visit to|travell?(?:ed|ing) to|toured|in (?:the )?capital)\b", re.I)

__all__ = ["extract"]


def extract(article: Article) -> ArticleFacts:
    """Every meeting one article reports, with its date, place, people and delegations."""
    text = article.text
    sents = sentences(text)
    published = publication_date(text)
    people = learn_people([s.text for s in sents])
    title = headline(text)
    candidates = merge_candidates(read_candidates(sents, people, published))
    candidates = [c for c in candidates if (c.people or c.kind == "event") and not _lone_visitor(c, candidates)]
    candidates.sort(key=lambda c: c.sentences[0].index)
    facts = ArticleFacts(article=article.id, path=article.path, title=title,
                         published=published.iso() if published else None)
    source = Source(article=article.id, path=article.path, title=title, published=facts.published)
    article_places = _article_places(text, sents)
    article_countries = Counter(code for s in sents for _, code, _ in country_mentions(s.text))
    delegation_mentions = _delegations_by_sentence(sents, people)
    claimed_by_meetings: set[str] = set()
    for candidate in candidates:
        claimed_by_meetings |= candidate.people
    span = _article_span(candidates)
    for number, candidate in enumerate(candidates, start=1):
        meeting = _assemble(candidate, people, published, article_places, article_countries, delegation_mentions,
                            sents, claimed_by_meetings, span)
        meeting.id = f"{article.id}#{number}"
        meeting.title = title
        meeting.sources = [source]
        meeting.evidence = [Evidence(article=article.id, sentence=s.text) for s in candidate.sentences]
        facts.meetings.append(meeting)
    _attach_loose_delegations(facts.meetings, delegation_mentions, candidates)
    return facts


def _lone_visitor(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """A visit that names only the visitor, who is seen meeting someone elsewhere in the article:
    the visit is the frame of those meetings, not a meeting of its own."""
    if candidate.kind != "visit" or candidate.objects or candidate.attendees:
        return False
    return any(c is not candidate and set(candidate.subjects) & c.people for c in candidates)


def _article_places(text: str, sents: list[Sentence]) -> list[Place]:
    """Where the article's events happen when a meeting's own sentences do not say: the
    dateline city, then the places a visitor is said to go to."""
    found = []
    dateline = dateline_city(text)
    if dateline:
        found.append(dateline)
    for s in sents:
        if _DESTINATION.search(s.text) and not FUTURE.search(s.text):
            for match in _DESTINATION.finditer(s.text):
                found += [p for p in places_in(s.text[match.start() :])[:1]]
    return found


def _location(candidate: Candidate, article_places: list[Place]) -> Place | None:
    """The meeting's own place, completed from the article's places when it lacks a city."""
    own = candidate.places[0] if candidate.places else None
    if own and own.city:
        return own
    for place in article_places:
        if place.city and (own is None or place.country == own.country):
            return Place(place.city, place.country)
    if own:
        return own
    return next((p for p in article_places if p.country), None)


def _article_span(candidates: list[Candidate]) -> str | None:
    """A span of days the article's visit lasted ("Between 8 - 12 July 2019"), for meetings without their own day."""
    for candidate in candidates:
        if candidate.date and "/" in candidate.date:
            return candidate.date
    return None


def _person_countries(candidate: Candidate, people: list[Person]) -> dict[str, str | None]:
    countries: dict[str, str | None] = {}
    for name in candidate.people:
        person = next((p for p in people if p.name == name), None) or resolve_short(name, people)
        if person and person.international:
            countries[name] = INTERNATIONAL
        else:
            countries[name] = person.country if person else None
    return countries


def _fill_unnamed_side(candidate: Candidate, people: list[Person], sents: list[Sentence], claimed: set[str]) -> list[str]:
    """Name the other side of "met with a Chinese delegation" from the article's Chinese speakers."""
    if not candidate.object_group or candidate.objects or not candidate.object_group_country:
        return []
    added = []
    for name in speakers_of(sents, people):
        person = next((p for p in people if p.name == name), None)
        if person and person.country == candidate.object_group_country and name not in claimed and name not in added:
            added.append(name)
    if candidate.kind == "visit":
        candidate.subjects.extend(added)
    else:
        candidate.objects.extend(added)
    return added


def _assemble(candidate: Candidate, people: list[Person], published: PartialDate | None, article_places: list[Place],
              article_countries: Counter, delegation_mentions: dict[int, list[DelegationMention]],
              sents: list[Sentence], claimed: set[str], span: str | None) -> Meeting:
    filled = _fill_unnamed_side(candidate, people, sents, claimed)
    place = _location(candidate, article_places)
    countries = _person_countries(candidate, people)
    location_country = place.country if place else None
    fill_principal_countries(candidate, countries, location_country, article_countries)
    fill_attendee_countries(sorted(candidate.people), countries, location_country)
    own_delegations = _merge_delegations(
        [d for s in candidate.sentences for d in delegation_mentions.get(s.index, [])], countries)
    for name in filled:
        for delegation in own_delegations:
            if delegation.country == countries.get(name) and name != delegation.leader and name not in delegation.members:
                delegation.members.append(name)
    side_set = sides(candidate, countries, {d.country for d in own_delegations if d.country})
    kind = meeting_kind(candidate, side_set)
    hosts = [n for n in candidate.subjects] if candidate.kind != "visit" else list(candidate.objects)
    if location_country is None:
        location_country = next((countries[n] for n in hosts if countries.get(n) not in (None, INTERNATIONAL)), None)
        if location_country is None and kind == "domestic":
            location_country = next((countries[n] for n in sorted(candidate.people) if countries.get(n) not in (None, INTERNATIONAL)), None)
        place = Place(place.city if place else None, location_country) if location_country or place else None
    roles = assign_roles(candidate, kind, countries, location_country)
    if kind == "bilateral" and candidate.object_group and "delegation" in " ".join(s.text for s in candidate.sentences).lower():
        _lead_received_delegations(candidate, roles, countries, own_delegations, filled)
    for delegation in own_delegations:
        if delegation.country is None:
            guests = {countries[n] for n, r in roles.items() if r == "guest" and countries.get(n) not in (None, INTERNATIONAL)}
            delegation.country = next(iter(guests)) if len(guests) == 1 else None
    own_delegations = _merge_delegations([DelegationMention(d.country, d.leader, d.members) for d in own_delegations], countries)
    date = candidate.date
    if date is None and span and not candidate.date_stated:
        date = span
    if date is None and not candidate.date_stated and published and published.year and not re.search(r"\brecently\b", " ".join(s.text for s in candidate.sentences)):
        date = str(published.year)
    participants = [
        Participant(name=name, country=None if countries.get(name) == INTERNATIONAL else countries.get(name),
                    role=roles[name], title=_title_of(name, people))
        for name in _ordered(candidate)
    ]
    return Meeting(id="", date=date, kind=kind, title=None,
                   location=Location(place.city, place.country) if place else None,
                   participants=participants, delegations=[d for d in own_delegations if d.country])


def _ordered(candidate: Candidate) -> list[str]:
    out: list[str] = []
    for name in candidate.subjects + candidate.objects + list(candidate.attendees):
        if name not in out:
            out.append(name)
    return out


def _title_of(name: str, people: list[Person]) -> str | None:
    person = next((p for p in people if p.name == name), None)
    return person.title if person else None


def _lead_received_delegations(candidate: Candidate, roles: dict[str, str], countries: dict[str, str | None],
                               delegations: list[Delegation], filled: list[str]) -> None:
    """"received delegations attending the conference": each guest the report names leads their country's delegation."""
    for name in candidate.objects if candidate.kind != "visit" else candidate.subjects:
        code = countries.get(name)
        if roles.get(name) != "guest" or code in (None, INTERNATIONAL) or name in filled:
            continue
        existing = next((d for d in delegations if d.country == code), None)
        if existing is None:
            delegations.append(Delegation(country=code, leader=name))
        elif existing.leader is None:
            existing.leader = name


def _delegations_by_sentence(sents: list[Sentence], people: list[Person]) -> dict[int, list[DelegationMention]]:
    country_of = {p.name: p.country for p in people}
    found: dict[int, list[DelegationMention]] = {}
    for s in sents:
        if FUTURE.search(s.text) and "delegation" not in s.text[: 40]:
            continue
        mentions = find_delegations(s.text, find_people(s.text, people), country_of)
        if mentions:
            found[s.index] = mentions
    return found


def _merge_delegations(mentions: list[DelegationMention], countries: dict[str, str | None]) -> list[Delegation]:
    """One delegation per country (or per leader), members gathered from every mention."""
    merged: list[Delegation] = []
    for mention in mentions:
        country = mention.country or (countries.get(mention.leader) if mention.leader else None)
        if country == INTERNATIONAL:
            continue
        same = next((d for d in merged if (country and d.country == country) or (mention.leader and d.leader == mention.leader)), None)
        if same is None:
            same = Delegation(country=country, leader=mention.leader, members=[])
            merged.append(same)
        same.country = same.country or country
        same.leader = same.leader or mention.leader
        for member in mention.members:
            if member != same.leader and member not in same.members:
                same.members.append(member)
    return merged


def _attach_loose_delegations(meetings: list[Meeting], mentions: dict[int, list[DelegationMention]],
                              candidates: list[Candidate]) -> None:
    """Delegations named outside any meeting's sentences join the first meeting their leader
    (or, with no leader, someone of their country) took part in."""
    used = {s.index for c in candidates for s in c.sentences}
    for index, found in sorted(mentions.items()):
        if index in used:
            continue
        for mention in found:
            target = None
            for meeting in meetings:
                names = {p.name for p in meeting.participants}
                codes = {p.country for p in meeting.participants}
                if (mention.leader and mention.leader in names) or (not mention.leader and mention.country in codes):
                    target = meeting
                    break
            if target is None:
                continue
            country = mention.country or next((p.country for p in target.participants if p.name == mention.leader), None)
            if country is None:
                continue
            existing = next((d for d in target.delegations if d.country == country), None)
            if existing is None:
                target.delegations.append(Delegation(country=country, leader=mention.leader, members=list(mention.members)))
            else:
                existing.leader = existing.leader or mention.leader
                existing.members += [m for m in mention.members if m not in existing.members and m != existing.leader]
