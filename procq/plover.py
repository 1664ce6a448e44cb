"""Meetings as PLOVER event records, so procq's records join event data coded the POLECAT way.

PLOVER (the Open Event Data Alliance's ontology, the one POLECAT is coded in)
calls every meeting a CONSULT event. Its manual (openeventdata/PLOVER,
``PLOVER_MANUAL.tex``) fixes what this module writes:

- the record's field names, from its chapter "Data Fields": ``id``, ``date``,
  ``enddate``, ``actor``, ``recipient``, ``event``, ``event_loc``,
  ``event_text``, ``quad_code``, ``event_scale``, ``mode``, ``coder``,
  ``cite_info``, and the entity fields ``code``, ``entity_text``,
  ``identifier_id``, ``identifier_text``, ``office``;
- who is actor and who recipient, from CONSULT's "Requires recipient: No": the
  visitor is the actor and the host the recipient; where no side hosts the
  other, every participant is an actor and there is no recipient;
- the modes (``visit``, ``third-party``, ``multilateral``) and their scores,
  from CONSULT's table of modes and the table of PLOVER scores;
- one record per meeting, not one per pair of countries, from "Compound and
  Reciprocal Actors": a meeting of many is one event whose actor is a list;
- the country codes, from "Country names": ISO 3166 three-letter codes for
  states, Hong Kong, Palestine and Antarctica; other dependencies under their
  controlling state; KOS for Kosovo; IGO for an international organisation.

What PLOVER has no field for, procq's own date, kind and sources, is kept
under one extra field, ``procq``, as the manual allows ("Providers should feel
free to include named fields beyond those provided here").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from importlib.metadata import version
from typing import Any

from .countries import alpha3_code, country_name
from .dataset import Dataset
from .dates import DateValue
from .records import Meeting, Participant

CONSULT = "CONSULT"
VISIT, THIRD_PARTY, MULTILATERAL = "visit", "third-party", "multilateral"
# The PLOVER scores of CONSULT and its modes (the manual's table "PLOVER conflict--cooperation scores").
EVENT_SCALE = {None: 2.5, VISIT: 4.0, THIRD_PARTY: 1.0, MULTILATERAL: 4.0}
VERBAL_COOPERATION = 1  # CONSULT's quad category, numbered as CAMEO's quad classes are (1 to 4)
CODEBOOK = "plover-2.0"  # the manual's version (a draft), in the form its cite_info example gives
INTERNATIONAL_BODY = "IGO"  # a participant who represents no country (the SCO Secretariat, IAP)

# ISO territories that PLOVER folds into the state that controls them ("Non-independent territories
# with a separate ISO code"); Hong Kong, Palestine and Antarctica keep their own codes. Kosovo has no
# ISO code and PLOVER writes KOS.
CONTROLLING_STATE = {
    "AS": "USA", "GU": "USA", "MP": "USA", "PR": "USA", "UM": "USA", "VI": "USA",
    "AI": "GBR", "BM": "GBR", "FK": "GBR", "GG": "GBR", "GI": "GBR", "GS": "GBR", "IM": "GBR", "IO": "GBR",
    "JE": "GBR", "KY": "GBR", "MS": "GBR", "PN": "GBR", "SH": "GBR", "TC": "GBR", "VG": "GBR",
    "BL": "FRA", "GF": "FRA", "GP": "FRA", "MF": "FRA", "MQ": "FRA", "NC": "FRA", "PF": "FRA", "PM": "FRA",
    "RE": "FRA", "TF": "FRA", "WF": "FRA", "YT": "FRA",
    "AW": "NLD", "BQ": "NLD", "CW": "NLD", "SX": "NLD",
    "CC": "AUS", "CX": "AUS", "HM": "AUS", "NF": "AUS",
    "CK": "NZL", "NU": "NZL", "TK": "NZL",
    "FO": "DNK", "GL": "DNK", "BV": "NOR", "SJ": "NOR", "AX": "FIN",
    "MO": "CHN",
    "EH": "MAR",  # Western Sahara, a partially recognised entity, goes with Morocco
    "XK": "KOS",
}


def plover_code(code: str | None) -> str:
    """The PLOVER country code of an ISO alpha-2 code (None: someone representing an international body)."""
    if code is None:
        return INTERNATIONAL_BODY
    return CONTROLLING_STATE.get(code) or alpha3_code(code) or code


@dataclass(frozen=True)
class Party:
    """One entity of an event: a participant, or the country of a delegation no participant represents."""

    country: str | None
    participant: Participant | None = None


def parties(meeting: Meeting) -> list[Party]:
    """The participants, then each delegation's country that none of them represents."""
    present = [Party(p.country, p) for p in meeting.participants]
    countries = {party.country for party in present}
    groups = dict.fromkeys(d.country for d in meeting.delegations if d.country and d.country not in countries)
    return present + [Party(country) for country in groups]


@dataclass
class Sides:
    """Who is actor and who recipient in a meeting's CONSULT event, and its mode."""

    mode: str | None
    actors: list[Party]
    recipients: list[Party]


def sides(meeting: Meeting) -> Sides:
    """The CONSULT mode of a meeting, with its actors and recipients.

    A bilateral meeting held in a country neither side represents is ``third-party``, unless an
    international body hosts it (it has no country of its own to be at home in); otherwise
    the side that receives (its participants' role ``host``, else the side whose country the
    meeting is held in) is the recipient and the other side the actor of a ``visit``. When only
    one side's people are named and the meeting is held in another country, that country is the
    other side (procq counted it as one), as its country alone. A bilateral meeting with no host
    and no known place (or with only one side named), and a domestic one, have no mode; a
    multilateral one is ``multilateral``. Without a host, everyone is an actor.
    """
    everyone = parties(meeting)
    if meeting.kind == "multilateral":
        return Sides(MULTILATERAL, everyone, [])
    if meeting.kind != "bilateral":
        return Sides(None, everyone, [])
    place = meeting.location.country if meeting.location else None
    represented = {party.country for party in everyone}
    hosts = {p.country for p in meeting.participants if p.role == "host"}  # None: an international body
    if place and place not in represented:
        if len(represented) > 1 and hosts != {None}:  # an international body hosts wherever it sits
            return Sides(THIRD_PARTY, everyone, [])
        if len(represented) == 1:
            everyone.append(Party(place))
    if len(hosts) == 1:
        host = hosts.pop()
    elif place:
        host = place
    else:
        return Sides(None, everyone, [])
    visitors = [party for party in everyone if party.country != host]
    hosting = [party for party in everyone if party.country == host]
    return Sides(VISIT, visitors, hosting) if visitors and hosting else Sides(None, everyone, [])


def events(dataset: Dataset) -> Iterator[dict[str, Any]]:
    """One PLOVER record per meeting, in the order of ``meetings --json``."""
    coder = f"procq {version('procq')}"
    for meeting in dataset.meetings:
        yield event(meeting, dataset, coder)


def event(meeting: Meeting, dataset: Dataset, coder: str) -> dict[str, Any]:
    """A meeting as one CONSULT record."""
    found = sides(meeting)
    start, end = _days(meeting.date)
    source = meeting.sources[0] if meeting.sources else None
    place = meeting.location
    return {
        "id": meeting.id,
        "date": start,
        "enddate": end,
        "actor": [_entity(party, dataset) for party in found.actors],
        "recipient": [_entity(party, dataset) for party in found.recipients],
        "event": [CONSULT],
        "mode": [found.mode] if found.mode else None,
        "event_loc": {
            "city": place.city,
            "country": country_name(place.country),
            "country_code": plover_code(place.country) if place.country else None,
        } if place else None,
        "event_text": [evidence.sentence for evidence in meeting.evidence],
        "quad_code": VERBAL_COOPERATION,
        "event_scale": EVENT_SCALE[found.mode],
        "coder": coder,
        "cite_info": {"citation": source.article, "title": source.title, "codebook": CODEBOOK} if source else None,
        "procq": {"date": meeting.date, "kind": meeting.kind, "sources": [s.article for s in meeting.sources],
                  "corrections": [asdict(c) for c in meeting.corrections]},
    }


def _entity(party: Party, dataset: Dataset) -> dict[str, Any]:
    """A PLOVER entity object: a participant with the person's id and name across the corpus, or a
    delegation's country alone (the manual's simplest form, ``{"code": ...}``)."""
    participant = party.participant
    if participant is None:
        return {"code": plover_code(party.country)}
    person = dataset.person(participant.name, participant.country)
    return {
        "code": plover_code(participant.country),
        "entity_text": participant.name,
        "identifier_id": person.id if person else None,
        "identifier_text": person.name if person else None,
        "office": participant.title,
    }


def _days(value: str | None) -> tuple[str | None, str | None]:
    """PLOVER's ``date`` and ``enddate`` (YYYY-MM-DD): a day, or the first and last day of a span.

    A date of lesser precision ("2023-10", "--04-10") names no day, so both are None; procq's
    own date stays in the record's ``procq`` field."""
    parsed = DateValue.parse(value)
    first = parsed.first.as_date() if parsed else None
    last = parsed.last.as_date() if parsed and parsed.last else None
    if first is None or (parsed and parsed.last and last is None):
        return None, None
    return first.isoformat(), last.isoformat() if last else None
