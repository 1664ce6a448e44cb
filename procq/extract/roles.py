"""Sides of a meeting: whom each participant represents, the meeting's kind, and who hosts.

A bilateral meeting has a side at home and a visiting side: the side of the
location's country hosts; when the place is unknown, the one who "met with" or
"received" the other does, and the one who "visited" is the guest. People whose
country the text does not give take it from their side of the meeting, never
from a guess about their name.
"""
from __future__ import annotations

import re
from collections import Counter

from .delegations import INTERNATIONAL
from .meetings import UNNAMED_COUNTRY, Candidate

UNNAMED_SIDE = "unnamed counterpart"


def hosting_sides(candidate: Candidate) -> tuple[list[str], list[str]]:
    """(the receiving principals, the visiting principals) as the verb puts them."""
    if candidate.kind == "visit":
        return candidate.objects, candidate.subjects
    return candidate.subjects, candidate.objects


def fill_principal_countries(candidate: Candidate, countries: dict[str, str | None], location: str | None,
                             article_countries: Counter) -> None:
    """Give an unplaced principal the country of their side: a side-mate's country; else the host country
    when the other side is foreign; else the one other country the article is about ("Egypt's" prosecutor
    meeting a French minister in Paris)."""
    hosts, guests = hosting_sides(candidate)
    for side, other in ((hosts, guests), (guests, hosts)):
        unknown = [name for name in side if countries.get(name) is None]
        if not unknown:
            continue
        code = _side_country(side, other, candidate, countries, location, article_countries)
        for name in unknown:
            countries[name] = code


def _placed(names: list[str], countries: dict[str, str | None]) -> set[str]:
    return {countries[n] for n in names if countries.get(n) not in (None, INTERNATIONAL)}


def _side_country(side: list[str], other: list[str], candidate: Candidate, countries: dict[str, str | None],
                  location: str | None, article_countries: Counter) -> str | None:
    mates = _placed(side, countries)
    if len(mates) == 1:
        return next(iter(mates))
    opposite = _placed(other, countries)
    if candidate.object_group_country not in (None, UNNAMED_COUNTRY) and side is candidate.subjects:
        opposite.add(candidate.object_group_country)
    if not opposite:
        return None
    if location and location not in opposite:
        return location
    rest = [code for code, _ in article_countries.most_common() if code not in opposite]
    if len(rest) == 1 or (rest and article_countries[rest[0]] >= 2 * article_countries[rest[1]]):
        return rest[0]
    return None


def fill_attendee_countries(people: list[str], countries: dict[str, str | None], location: str | None,
                            titles: dict[str, str | None]) -> None:
    """Attendees with no stated country: from the country of a colleague whose office their title
    names ("Deputy Procurator-General" beside a "Procurator-General of China's ..."); else, where
    everyone placed is from one country, from it; else from the country the meeting is in."""
    placed = {n: countries[n] for n in people if countries.get(n) not in (None, INTERNATIONAL)}
    unplaced = [n for n in people if countries.get(n) is None]
    for name in unplaced:
        office = _office(titles.get(name))
        colleagues = {code for other, code in placed.items() if office and office in _words(titles.get(other))}
        if len(colleagues) == 1:
            countries[name] = next(iter(colleagues))
    known = set(placed.values())
    code = next(iter(known)) if len(known) == 1 else location
    for name in unplaced:
        if countries.get(name) is None and code:
            countries[name] = code


# Words that rank an office rather than name it: a "Deputy Procurator-General" serves a "Procurator-General".
RANK_WORDS = {"deputy", "vice", "assistant", "first", "executive", "acting", "senior", "chief", "the", "a", "an", "of"}


def _words(title: str | None) -> str:
    """A title as plain lower-case words: 'Prosecutors-General' -> 'prosecutor general'."""
    words = re.findall(r"[a-z]+", (title or "").lower().replace("-", " "))
    return " " + " ".join(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words) + " "


def _office(title: str | None) -> str | None:
    """The office a title names, without its rank: 'Deputy Procurator-General' -> ' procurator general '."""
    words = _words(title).split()
    while words and words[0] in RANK_WORDS:
        words = words[1:]
    return " " + " ".join(words[:3]) + " " if words else None


def sides(candidate: Candidate, countries: dict[str, str | None], delegation_countries: set[str]) -> set[str]:
    """The countries (and international bodies) that take part, named or implied."""
    found = {countries[n] if countries.get(n) else None for n in candidate.people} - {None}
    found |= delegation_countries
    found |= candidate.side_countries
    group_country = candidate.object_group_country if candidate.object_group_country != UNNAMED_COUNTRY else None
    if candidate.object_group and not group_country and candidate.objects == [] and len(found) < 2:
        found.add(UNNAMED_SIDE)
    elif group_country:
        found.add(group_country)
    return {s for s in found if s}


def meeting_kind(candidate: Candidate, sides_found: set[str]) -> str:
    if candidate.multilateral_cue or len(sides_found) >= 3:
        return "multilateral"
    if len(sides_found) == 2:
        return "bilateral"
    return "domestic"


def assign_roles(candidate: Candidate, kind: str, countries: dict[str, str | None], location: str | None) -> dict[str, str]:
    """Each participant's role: host or guest for the two sides of a bilateral meeting, host for
    whoever presides, attendee for everyone else."""
    roles = {name: "attendee" for name in candidate.people}
    for name, role in candidate.attendees.items():
        if role == "host":
            roles[name] = "host"
    if kind != "bilateral":
        return roles
    hosts, guests = hosting_sides(candidate)
    principals = hosts + guests
    placed = [countries.get(n) for n in principals if countries.get(n) not in (None, INTERNATIONAL)]
    received = re.search(r"\b(?:receiv|welcom|host)", candidate.sentences[0].text, re.I) and candidate.kind != "mutual"
    if not received and location and placed and len(placed) == len(principals) and location not in placed:
        return roles  # two sides meeting in a third country: neither receives the other (SPEC)
    if location and any(countries.get(n) == location for n in principals):
        for name in principals:
            code = countries.get(name)
            if code == location:
                roles[name] = "host"
            elif code not in (None, INTERNATIONAL):
                roles[name] = "guest"
            else:
                roles[name] = "host" if name in hosts else "guest"
        if all(roles[n] == "guest" for n in principals if countries.get(n) not in (None, INTERNATIONAL)):
            for name in principals:
                if countries.get(name) in (None, INTERNATIONAL):
                    roles[name] = "host"
        return roles
    if location and any(countries.get(n) not in (None, INTERNATIONAL) for n in principals):
        for name in principals:
            code = countries.get(name)
            roles[name] = "guest" if code not in (None, INTERNATIONAL) and code != location else "host"
        return roles
    for name in hosts:
        roles[name] = "host"
    for name in guests:
        roles[name] = "guest"
    return roles


def home_country(candidate: Candidate, countries: dict[str, str | None], kind: str) -> str | None:
    """Where a meeting with no stated place happened: the receiving side's country, or for a
    domestic meeting the country of its people."""
    hosts, _ = hosting_sides(candidate)
    pool = hosts if kind != "domestic" else hosts + sorted(candidate.people)
    return next((countries[n] for n in pool if countries.get(n) not in (None, INTERNATIONAL)), None)
