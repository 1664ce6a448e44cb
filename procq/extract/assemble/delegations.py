"""Delegations: who leads each group the article calls a delegation, who belongs to it, and which meetings it is at.

A delegation phrase's slot is filled with the person mentions beside it; the
group's country is its leader's, else the one its own words name ("a delegation
of the Supreme People's Procuratorate", "the Lao delegation"). A delegation is
listed in the meetings whose sentences place the group (SPEC: not in later
meetings it gives only to the leader), and the one a leader's visit opens with.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..annotate.delegations import DelegationPhrase
from ..annotate.people import is_envoy, is_principal
from ..annotate.triggers import clause_after, clause_before, cues_of
from ..document import Document, PersonMention, Sentence
from .facts import INTERNATIONAL, side_country

LEADER_REACH = 90  # characters between "led by" and the leader's name: a title may stand between
LIST_GAP = 6  # characters between two people of a list: ", ", " and ", ", and "


@dataclass
class DelegationFound:
    sentences: list[int]  # where the article names the group
    country: str | None
    leader: int | None = None
    members: list[int] = field(default_factory=list)


def _after(sentence: Sentence, offset: int, reach: int = LEADER_REACH) -> PersonMention | None:
    """The first person named after the words, their title starting within reach ("led by the Secretary of
    ... of Guangdong Province, Feng Jian")."""
    return next((m for m in sentence.people if offset <= m.start and m.person is not None
                 and min(m.start, m.title_start if m.title_start is not None else m.start) <= offset + reach), None)


def _before(sentence: Sentence, offset: int) -> PersonMention | None:
    """The last person named before the words, passing over an envoy named with the leader ("received X,
    together with Y, Ambassador of Switzerland, and the accompanying delegation")."""
    found = [m for m in sentence.people if m.end <= offset and m.person is not None]
    leaders = [m for m in found if not is_envoy(m.title)] or found
    return leaders[-1] if leaders else None


def _listed_after(sentence: Sentence, offset: int) -> list[PersonMention]:
    """The people listed after the words: the first within reach, then each whose title or name follows the
    one before with only a comma or "and" between ("headed by Prosecutor General of Kazakhstan A, Prosecutor
    General of Kyrgyzstan B and Prosecutor General of Tajikistan C")."""
    first = _after(sentence, offset)
    listed = [first] if first else []
    for mention in sentence.people:
        if listed and mention.start > listed[-1].end and mention.person is not None:
            begins = mention.title_start if mention.title_start is not None and mention.title_start < mention.start else mention.start
            if begins - listed[-1].end > LIST_GAP:
                break
            listed.append(mention)
    return listed


def _several(sentence: Sentence, phrase: DelegationPhrase) -> list[DelegationFound]:
    """"Delegations headed by A, B and C", "delegations of Cuba, Portugal and Paraguay": one delegation of each
    leader, else of each country, the phrase lists."""
    if not phrase.several:
        return []
    leaders = _listed_after(sentence, phrase.end) if phrase.slot == "leader_after" else []
    if leaders:
        return [DelegationFound([sentence.index], None, m.person) for m in leaders]
    return [DelegationFound([sentence.index], country) for country in phrase.countries]


def _out_of_time(text: str, phrase: DelegationPhrase) -> bool:
    """"A delegation from the SPP will visit Astana next year", "Delegations of China and Pakistan had negotiated
    the treaty": the phrase's clause is planned or recalled, and names no delegation at a meeting told."""
    clause = clause_before(text, phrase.start) + text[phrase.start:phrase.end] + clause_after(text, phrase.end)
    return bool(cues_of(clause) & {"planned", "recalled"})


def _group_country(sentence: Sentence, start: int, end: int) -> str | None:
    near = [g for g in sentence.groups if g.delegation and start - 5 <= g.start <= end + 5 and g.country]
    return near[0].country if near else None


def read_delegations(document: Document) -> list[DelegationFound]:
    """Every delegation the article names, sentence by sentence, one per leader (or per country without one).
    One whose country is not known is left out, unless an international body's official leads it."""
    found: list[DelegationFound] = []
    for sentence in document.sentences:
        current: DelegationFound | None = None
        for phrase in sentence.delegations:
            if _out_of_time(sentence.text, phrase):
                continue
            country = _group_country(sentence, phrase.start, phrase.end)
            several = _several(sentence, phrase)
            if several:
                found.extend(several)
                current = None
            elif phrase.slot in ("leader_after", "leader_before"):
                mention = _after(sentence, phrase.end) if phrase.slot == "leader_after" else _before(sentence, phrase.start)
                if mention is None and phrase.slot == "leader_before" and phrase.start == 0:
                    mention = _after(sentence, phrase.end)  # "Leading a Hong Kong delegation of ..., Mr Paul Lam began"
                leader = mention.person if mention else None
                current = DelegationFound([sentence.index], country, leader)
                found.append(current)
            elif phrase.slot in ("members_after", "companions_after"):
                # "made up of five officials, was officially received by X": the one who receives is no member
                stop = min((t.start for t in sentence.triggers if t.start >= phrase.end), default=len(sentence.text))
                members = [m.person for m in sentence.people if phrase.end <= m.start < stop and m.person is not None]
                target = current or next((d for d in reversed(found) if d.sentences[-1] >= sentence.index - 3), None)
                if target is None and phrase.slot == "members_after":
                    target = DelegationFound([sentence.index], country)
                    found.append(target)
                if target is not None:
                    target.members.extend(p for p in members if p != target.leader and p not in target.members)
            elif phrase.slot == "member_before":
                members = [m.person for m in sentence.people if m.end <= phrase.start and m.person is not None]
                target = next((d for d in found if country and d.country == country), None) or current or (found[-1] if found else None)
                if target is None and country:
                    target = DelegationFound([sentence.index], country)
                    found.append(target)
                if target is not None:
                    target.members.extend(p for p in members if p != target.leader and p not in target.members)
            elif phrase.slot == "group" and current is None and country:
                current = DelegationFound([sentence.index], country)
                found.append(current)
    for d in found:
        if d.leader is not None:
            code = side_country(document, d.leader)
            d.country = (None if code == INTERNATIONAL else code) or d.country
    return [g for g in _one_per_group(found) if g.country or _led_for_a_body(document, g)]


def _led_for_a_body(document: Document, delegation: DelegationFound) -> bool:
    """A delegation of the CIS Coordination Council or the IAP has a leader and no country (SPEC)."""
    return delegation.leader is not None and document.people[delegation.leader].international


def _one_per_group(found: list[DelegationFound]) -> list[DelegationFound]:
    """Mentions of one group in several sentences are one delegation: the same leader, or the same country
    where one mention names no leader."""
    groups: list[DelegationFound] = []
    for d in found:
        same = next((g for g in groups if (d.leader is not None and g.leader == d.leader)
                     or (d.country and g.country == d.country and (d.leader is None or g.leader is None))), None)
        if same is None:
            groups.append(DelegationFound(list(d.sentences), d.country, d.leader, list(d.members)))
            continue
        same.sentences.extend(d.sentences)
        same.leader = same.leader if same.leader is not None else d.leader
        same.country = same.country or d.country
        same.members.extend(m for m in d.members if m not in same.members and m != same.leader)
    return groups


def implied_leader(document: Document, delegation: DelegationFound, present: list[int],
                   countries: dict[int, str | None]) -> int | None:
    """"The Chinese delegation", with no "led by": a reader takes the head of the service of that country
    at the meeting for its leader. Anyone else of that country there is not said to lead it ("The Egyptian
    delegation arrived ... Krasnov met with Ayad": no leader is named, SPEC)."""
    if delegation.leader is not None or not delegation.country:
        return delegation.leader
    side = [p for p in present if countries.get(p) == delegation.country and p not in delegation.members]
    principals = [p for p in side if is_principal(document.people[p].title)]
    return principals[0] if len(principals) == 1 else None
