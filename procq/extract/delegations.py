"""Delegations: groups an article calls a delegation, with their country, leader and members.

Read from the phrases reporters use: "a delegation led by X", "X led the Chinese
procuratorial delegation", "X, along with a delegation from ...", "attended the
meeting as part of the Chinese delegation", "Joining X for the visit were Y",
"delegations from the SCO member states and dialogue partner Azerbaijan".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..countries import institution_country
from ..records import Delegation, Meeting
from .people import Mention
from .places import country_mentions

# The country of a person who represents an international body rather than a state.
INTERNATIONAL = "international body"

_LED_BY = re.compile(r"\b(?:delegation|group)(?:\s+(?:of|from)\s+[^.;]{0,80}?)?\s*,?\s+(?:which\s+)?(?:was\s+|is\s+)?(?:led|headed)\s+by\b", re.I)
# "The delegation comprised X, Y and Z", "Accompanying X on the visit were Y": members by name.
_COMPRISED = re.compile(r"(?:\bdelegation,?|^It)\s+(?:(?:which|that)\s+)?(?:also\s+)?(?:comprised|comprises|consisted of|consists of|included|includes)\b", re.I)
_ACCOMPANYING = re.compile(r"^(?:Joining|Accompanying) (?P<lead>[^,]+?) (?:for|on|during) (?:the|his|her) (?:visit|trip|meeting|talks) (?:were|was)\b", re.I)
# "Delegations led by A, B and C took part": one delegation for each head.
_PLURAL_LED_BY = re.compile(r"\bdelegations\b[^.;]{0,60}?\b(?:were\s+|was\s+)?(?:led|headed)\s+by\b", re.I)
# "the members of the Chinese delegation, including X": named members.
_MEMBERS_INCLUDING = re.compile(r"\bmembers of (?:the|a|an|his|her)\s+[^,.;]{0,40}?delegation,?\s+(?:including|included|includes)\b", re.I)
# "X, accompanied by Y": Y belongs to X's delegation, if the article gives X one.
_ACCOMPANIED_BY = re.compile(r"\b(?:who was |was |were )?accompanied by\b", re.I)
# "X and his delegation": the principal leads it (SPEC).
_AND_HIS = re.compile(r"\band (?:his|her) delegation\b", re.I)
_LEADS = re.compile(r"\b(?:led|leads|leading|headed|heads|heading|at the head of)\s+(?:a|an|the|his|her)\s+(?P<what>[^,.;]{0,60}?)delegation\b", re.I)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?:a|an|the|his|her)\s+(?P<what>[^,.;]{0,40}?)delegation\b(?P<rest>[^,.;]{0,80})", re.I)
_PART_OF = re.compile(r"\b(?:as (?:part|members?) of|(?:a|one) members? of|(?:was|were) (?:also )?(?:part|members?) of) (?:a|an|the|his|her)\s+(?P<what>[^,.;]{0,60}?)delegation\b", re.I)
_GROUP = re.compile(r"\b(?P<what>[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,2}\s+)?delegation(?P<plural>s)?\b(?P<rest>\s+(?:from|of)\s+[^,.;]{0,120})?", re.I)
_NAMED_LIST = re.compile(r"\band\s+dialogue partners?\s+|\bas well as\b|\band\b|,", re.I)


@dataclass
class DelegationMention:
    """A delegation as one sentence describes it; several mentions of one delegation are merged later."""

    country: str | None
    leader: str | None = None
    members: list[str] = field(default_factory=list)
    start: int = 0
    explicit: bool = True  # False for "X, accompanied by Y": members of X's delegation only if X leads one


def _country_in(text: str) -> str | None:
    """The country a delegation phrase names: a demonym, a country or a national institution."""
    codes = [code for offset, code, _ in country_mentions(text) if not re.search(r"\bto\s+$", text[max(0, offset - 8) : offset])]
    return codes[0] if codes else institution_country(text)


def _after(mentions: list[Mention], offset: int, within: int = 200) -> Mention | None:
    return next((m for m in mentions if offset <= m.start <= offset + within), None)


def _before(mentions: list[Mention], offset: int) -> Mention | None:
    earlier = [m for m in mentions if m.end <= offset]
    return earlier[-1] if earlier else None


def find_delegations(sentence: str, mentions: list[Mention], country_of: dict[str, str | None]) -> list[DelegationMention]:
    """The delegations one sentence names; ``country_of`` gives each known person's country."""
    found: list[DelegationMention] = []
    claimed: list[tuple[int, int]] = []

    def add(country: str | None, leader: Mention | None, start: int, end: int, members: list[str] = ()) -> None:
        claimed.append((start, end))
        name = leader.name if leader else None
        found.append(DelegationMention(country or (country_of.get(name) if name else None), name, list(members), start))

    for m in _PLURAL_LED_BY.finditer(sentence):
        for head in (p for p in mentions if p.start >= m.end()):
            add(head.country or country_of.get(head.name), head, m.start(), m.end())
    for m in _MEMBERS_INCLUDING.finditer(sentence):
        add(_country_in(m.group(0)), None, m.start(), m.end(), [p.name for p in mentions if p.start >= m.end()])
    for m in _ACCOMPANIED_BY.finditer(sentence):
        lead = _before(mentions, m.start())
        if lead:
            claimed.append((m.start(), m.end()))
            found.append(DelegationMention(country_of.get(lead.name) or lead.country, lead.name,
                                           [p.name for p in mentions if p.start >= m.end()], m.start(), explicit=False))
    for m in _LED_BY.finditer(sentence):
        leader = _after(mentions, m.end(), 160)
        phrase = re.search(r"(?:\b(?:a|an|the|his|her)\s+)?(?:[\w'’-]+\s+){0,3}$", sentence[: m.start()])
        country = _country_in((phrase.group(0) if phrase else "") + m.group(0))
        add(country or (None if leader else _country_in(sentence[m.end() : m.end() + 60])), leader, m.start(), m.end())
    for m in _LEADS.finditer(sentence):
        add(_country_in(m.group("what")), _before(mentions, m.start()), m.start(), m.end())
    for m in _ALONG_WITH.finditer(sentence):
        add(_country_in(m.group("what") + m.group("rest")), _before(mentions, m.start()), m.start(), m.end())
    for m in _PART_OF.finditer(sentence):
        members = [p.name for p in mentions if p.end <= m.start()]
        add(_country_in(m.group("what")), None, m.start(), m.end(), members)
    for m in _AND_HIS.finditer(sentence):
        add(None, _before(mentions, m.start()), m.start(), m.end())
    for m in _COMPRISED.finditer(sentence):
        add(_country_in(sentence[max(0, m.start() - 30) : m.start()]), None, m.start(), m.end(),
            [p.name for p in mentions if p.start >= m.end()])
    joining = _ACCOMPANYING.match(sentence)
    if joining:
        lead = next((p for p in mentions if p.start < joining.end("lead")), None)
        members = [p.name for p in mentions if p.start >= joining.end()]
        add(country_of.get(lead.name) if lead else None, lead, 0, joining.end(), members)
    for m in _GROUP.finditer(sentence):
        if any(m.start() < b and a < m.end() for a, b in claimed):
            continue
        if m.group("plural") and m.group("rest"):
            for piece in _NAMED_LIST.split(m.group("rest")):
                code = _country_in(piece) if re.search(r"\b(?:partner|observer)s?\b|^\s*[A-Z]", piece) else None
                if code and not re.search(r"member (?:states|countries)", piece):
                    found.append(DelegationMention(code, start=m.start()))
            continue
        code = _country_in(m.group("rest") or "") or _country_in(m.group("what") or "")
        if code or re.search(r"\b(?:a|the)\s+(?:[\w-]+\s+){0,2}delegation\b", sentence[max(0, m.start() - 30) : m.end()], re.I):
            found.append(DelegationMention(code, start=m.start()))
    return found


def merge_delegations(mentions: list[DelegationMention], countries: dict[str, str | None]) -> list[Delegation]:
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


def lead_received_delegations(guests: list[str], countries: dict[str, str | None], delegations: list[Delegation]) -> None:
    """"received delegations attending the conference": each guest the report names leads their country's delegation."""
    for name in guests:
        code = countries.get(name)
        if code in (None, INTERNATIONAL):
            continue
        existing = next((d for d in delegations if d.country == code), None)
        if existing is None:
            delegations.append(Delegation(country=code, leader=name))
        elif existing.leader is None:
            existing.leader = name


def attach_loose_delegations(meetings: list[Meeting], loose: list[DelegationMention]) -> None:
    """Delegations named outside any meeting's sentences join the first meeting their leader
    (or, with no leader, someone of their country) took part in."""
    for mention in loose:
        target = next((m for m in meetings if _belongs(mention, m)), None)
        if target is None:
            continue
        named = [mention.leader, *mention.members]
        country = mention.country or next((p.country for p in target.participants if p.name in named), None)
        if country is None:
            continue
        existing = next((d for d in target.delegations if d.country == country), None)
        if existing is None:
            target.delegations.append(Delegation(country=country, leader=mention.leader, members=list(mention.members)))
        else:
            existing.leader = existing.leader or mention.leader
            existing.members += [m for m in mention.members if m not in existing.members and m != existing.leader]


def _belongs(mention: DelegationMention, meeting: Meeting) -> bool:
    """A delegation belongs to a meeting its leader, else one of its members, else its country took part in."""
    names = {p.name for p in meeting.participants}
    if mention.leader:
        return mention.leader in names
    if any(m in names for m in mention.members):
        return True
    return any(p.country == mention.country for p in meeting.participants)
