"""A merged meeting's facts: its people's countries, place, date, kind and roles.

Each fact comes from the meeting's own sentences first, then from the report
around them (the sentences just before, the dateline), and stays unknown where
the text does not say: a day without a year keeps no year, a meeting with no
stated day keeps no date.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ...dates import DateValue, PartialDate
from ..annotate.dates import lasting_days, resolve, stretched, tells_an_end
from ..annotate.people import envoy_post, is_principal
from ..annotate.triggers import out_of_time
from ..annotate.places import PlaceMention, city_country, city_of_one_city_country
from ..document import Document
from .meetings import Draft

INTERNATIONAL = "international body"  # the side of someone who represents no country
GATHERING_WEEK = 7  # days a gathering's sentences may name between its first and its last
CONTEXT_BACK = 6  # sentences before a meeting that may still give its place or day: the visit it belongs to


@dataclass
class MeetingFacts:
    """What assembly decided about one draft, in plain values."""

    people: list[int]
    countries: dict[int, str | None]
    city: str | None
    country: str | None
    date: DateValue | None
    kind: str
    roles: dict[int, str]
    remote: bool = False
    evidence: list[int] = field(default_factory=list)


def _cues(document: Document, draft: Draft) -> set[str]:
    """The cues of every sentence the meeting is read from."""
    return set().union(*(document.sentences[i].cues for i in draft.sentences))


def side_country(document: Document, person: int) -> str | None:
    found = document.people[person]
    return INTERNATIONAL if found.international else found.country


def _countries(document: Document, draft: Draft) -> dict[int, str | None]:
    """Each participant's side, from the article's reading of them, then from the groups their sentence
    names on their side ("received his Kazakh counterpart X")."""
    countries = {p: side_country(document, p) for p in draft.people}
    for c in draft.candidates:
        starts = {m.person: m.start for m in document.sentences[c.sentence].people}
        for side, groups in ((c.subjects, c.subject_groups), (c.objects, c.object_groups)):
            named = {g.country for g in groups if g.country}
            if len(named) == 1:
                group = next(g for g in groups if g.country)
                for p in side:
                    # "Espitia and his Argentine counterpart, Casal, met": a counterpart is who follows it
                    if countries.get(p) is None and not (group.counterpart and starts.get(p, group.end) < group.start):
                        countries[p] = next(iter(named))
    return countries


def _sentences_for_context(document: Document, draft: Draft) -> list[int]:
    first = draft.sentences[0]
    return [i for i in range(first - 1, max(-1, first - 1 - CONTEXT_BACK), -1)
            if document.sentences[i].part == "body"]


def _cued_places(document: Document, indexes: list[int]) -> Iterator[PlaceMention]:
    """The places the sentences say an event is at ("in Bishkek"), in order, but not in a clause about
    another time."""
    for i in indexes:
        sentence = document.sentences[i]
        yield from (p for p in sentence.places if p.cued and not out_of_time(sentence.text, p.start, p.end))


def _cued_city(document: Document, indexes: list[int]) -> tuple[str, str | None] | None:
    return next(((p.city, p.country) for p in _cued_places(document, indexes) if p.kind == "city" and p.city), None)


def _cued_country(document: Document, indexes: list[int]) -> str | None:
    return next((p.country for p in _cued_places(document, indexes) if p.kind in ("country", "region") and p.country),
                None)


def _place(document: Document, draft: Draft, remote: bool, host_country: str | None) -> tuple[str | None, str | None]:
    """Where the meeting was: a city its own sentences name, else the country they name (with the dateline's
    city when it lies there), else what the sentences just before say of the visit, else the dateline, else
    the one city (or, naming no city, the one country) the report says something is in, else the receiving
    side's country. A video meeting is only where its own sentences put it, or at the dateline of the
    receiving side's city."""
    own = [i for i in draft.sentences if document.sentences[i].part != "headline"] or draft.sentences
    context = [] if remote else _sentences_for_context(document, draft)
    dateline = document.dateline
    dateline_city = dateline.city if dateline and dateline.city else None
    dateline_country = city_country(dateline_city) if dateline_city else None
    if remote and (host_country is None or dateline_country != host_country):
        dateline_city = dateline_country = None  # a video meeting is at its dateline only on the receiving side
    headline = [] if remote else [i for i, sentence in enumerate(document.sentences) if sentence.part == "headline"]
    told = [draft.first_told.sentence] if draft.first_told.sentence in own else []
    for indexes in (own, context, headline):
        found = _cued_city(document, indexes)
        country = _cued_country(document, indexes)
        if found:
            city, code = found
            return city, code or country
        if country and indexes is own and dateline_city and country != dateline_country \
                and told and _cued_country(document, told) is None:
            # "BAKU - X received Y ... the case opened over the events of July 15 in Türkiye": a country the
            # sentences after the meeting's put something in is no match for the dateline's city
            return dateline_city, dateline_country
        if country:
            return (dateline_city, country) if dateline_country == country else (None, country)
    if dateline_city:
        return dateline_city, dateline_country
    cued = list(_cued_places(document, [] if remote else document.body))
    cities = {(p.city, p.country) for p in cued if p.kind == "city" and p.city}
    if len(cities) == 1:
        return cities.pop()  # "the delegation arrived in Bishkek": the one city the report says anything is in
    countries = {p.country for p in cued if p.country}
    if len(countries) == 1 and not cities:
        return None, countries.pop()  # "Llalla, who is in Germany at the invitation of his counterpart"
    posts = {envoy_post(document.people[p].title) for p in draft.people} - {None}
    if len(posts) == 1 and not remote:
        return None, next(iter(posts))  # "India's Ambassador to Nepal held a courtesy meeting with ...": in Nepal
    return None, host_country


def _date(document: Document, draft: Draft, previous: DateValue | None) -> DateValue | None:
    """The day the meeting's own sentences give, else one the two sentences before give (the visit it is
    part of), else the month they give; "the same day" is the meeting's before, and so is the day of a meeting
    on the sidelines of the gathering told before it; else the one day the report's body names, if it names
    only one ("Al-Sour said Tuesday's meeting ..."; not "Meanwhile, at the summit held on May 21"). With no
    day stated, the year the publication date fixes, else the one its own sentences name (SPEC: settled
    cases, dates)."""
    published = document.published
    own = [i for i in draft.sentences if document.sentences[i].part not in ("headline", "stamp")] or draft.sentences
    context = [i for i in _sentences_for_context(document, draft)[:2] if document.sentences[i].part != "stamp"]
    mentions = lambda indexes: [m for i in indexes for m in document.sentences[i].dates  # noqa: E731
                                if not out_of_time(document.sentences[i].text, m.start, m.end)]
    for found in (mentions(own), mentions(context)):
        if draft.gathering:  # "From Sept 7 to 10, the conference took place": its span, not the opening day a caption names
            found = sorted(found, key=lambda m: m.precision != "span")
        for mention in found:
            if mention.relative == "same_day":
                if previous is not None:
                    return previous
                continue
            if mention.precision in ("day", "span"):
                value = resolve(mention, published)
                if value is not None:
                    return _days_of_gathering(document, draft, value, published) if draft.gathering else value
    if previous is not None and any("of_gathering" in c.cues for c in draft.candidates):
        return previous  # "on the sidelines of the conference": held while the gathering told before it was
    told_here = [i for i in document.body if "elsewhere" not in document.sentences[i].cues]
    days = {resolve(m, published) for m in mentions(told_here) if m.precision in ("day", "span") and m.relative != "same_day"}
    if len(days) == 1 and None not in days:
        return days.pop()  # "Tuesday's meeting", "during today's meeting": the one day the report names
    for precision in ("month", "year"):
        if precision == "year" and published is not None and published.has_year:
            return DateValue(PartialDate(year=published.first.year))
        value = next((resolve(m, published) for m in mentions(own) if m.precision == precision), None)
        if value is not None:
            return value
    return None


def _days_of_gathering(document: Document, draft: Draft, opened: DateValue, published: DateValue | None) -> DateValue:
    """A gathering told on one day that lasts longer: "a two-day meeting" from the day it opened, or to the
    day within a week that its sentences say it ends ("began this Tuesday, the 21st ... ends tomorrow,
    Wednesday the 22nd", "ran from Sunday to Wednesday")."""
    if opened.last is not None:
        return opened
    # "Heads of prosecution services yesterday started a three-day meeting here. The meeting, chaired by X, ...":
    # the sentence just before may say how long it lasts
    told = [*_sentences_for_context(document, draft)[:1], *draft.sentences]
    lasting = next((n for i in told if (n := lasting_days(document.sentences[i].text))), None)
    if lasting:
        return stretched(opened.first, lasting) or opened
    ends = [v.first for i in draft.sentences if tells_an_end(document.sentences[i].text)
            for m in document.sentences[i].dates if m.relative != "same_day"
            and (v := resolve(m, published)) is not None and v.last is None and v.first.day is not None]
    start = opened.with_year(2000).interval()
    for last in sorted(ends, key=lambda d: (d.month, d.day), reverse=True):
        end = DateValue(last).with_year(2000).interval()
        if (last.year is None) == (opened.first.year is None) and start and end \
                and 0 < (end[0] - start[0]).days <= GATHERING_WEEK:
            return DateValue(opened.first, last)
    return opened


def _kind(draft: Draft, countries: dict[int, str | None], document: Document, location: str | None) -> str:
    """Sides counted by country; talks between people whose country the text leaves unsaid are taken for
    two sides, never one, so an unknown country does not make a visit domestic. People of one country met
    abroad met their hosts, named or not: a second side; and so does a side only the words "bilateral" or "the
    two sides" name."""
    known = {c for c in countries.values() if c}
    cues = _cues(document, draft)
    bodies = any(i.international for n in draft.sentences for i in document.sentences[n].institutions)
    delegated = {c for n in draft.sentences for phrase in document.sentences[n].delegations for c in phrase.countries}
    if draft.gathering:
        # a gathering of an international body's members ("the GCC Attorneys General") is one of many sides,
        # and so is one first told of three countries ("the prosecutors general of Latvia, Lithuania and Estonia"),
        # or attended by the delegations of three ("Delegations of the Offices of Türkiye, Uzbekistan and Kyrgyzstan")
        if ("many_sides" in cues or bodies or len(known | delegated) >= 3
                or len(_countries_named(document, [draft.first_told.sentence])) >= 3):
            return "multilateral"
        two = len(known) == 2 or (len(known) == 1 and location and location not in known) or "two_sides" in cues
        return "bilateral" if two else "domestic"
    # a side the meeting's sentences name as a group ("a delegation of 15 prosecutors from Kyrgyzstan") counts
    groups = {g.country for c in draft.candidates for g in c.subject_groups + c.object_groups if g.country} | {
        g.country for n in draft.sentences for g in document.sentences[n].groups if g.delegation and g.country}
    sides = len(known | groups | delegated)
    if "many_counterparts" in draft.first_told.cues and "each_apart" not in draft.first_told.cues:
        # not "X separately received delegations" told after, nor one of the meetings "met separately with the
        # heads of delegations: A, B, C" tells
        return "multilateral"
    # "the offices of the Caspian littoral states have met in a five-way format": told of no one's counterpart
    first, first_cues = draft.first_told, document.sentences[draft.first_told.sentence].cues
    # (both sides named in the next sentences do not make it talks of two: "The SCO prosecutors general met ...")
    named_there = {m.person for m in document.sentences[first.sentence].people}
    if ("many_sides" in first_cues and not first_cues & {"sidelines", "of_gathering", "two_sides"}
            and not (set(first.subjects) & named_there and set(first.objects) & named_there) and len(known) != 2):
        return "multilateral"
    # "At the meeting with X, the sides ...", "the Prosecutor General's meeting with X": talks told from the side
    # the article follows, which names only the counterpart
    told_from_a_side = any(c.direction in ("receives", "visits") and c.objects and not c.subjects for c in draft.candidates)
    if (sides == 1 and location and location not in known | groups) or (
            sides <= 1 and (any(c.unnamed_side for c in draft.candidates) or "two_sides" in cues or told_from_a_side)):
        sides = 2
    if sides >= 3:
        return "multilateral"
    if sides == 2:
        return "bilateral"
    # a visit names the visitors' country somewhere; a report that names no country at all tells of one
    unknown = any(countries.get(p) is None for p in draft.people) and (
        bool(_countries_named(document, document.body)) or INTERNATIONAL in countries.values())
    return "bilateral" if unknown and len(draft.people) > 1 else "domestic"


def _principals(document: Document, people: list[int]) -> list[int]:
    """A side's principals: everyone whose title heads a service, a state or a ministry ("President Nauseda and
    Prime Minister Simonyte met X"), else its first person."""
    return [p for p in people if is_principal(document.people[p].title)] or people[:1]


def _roles(document: Document, draft: Draft, kind: str, countries: dict[int, str | None], location: str | None,
           remote: bool) -> dict[int, str]:
    """Who presides is host of a gathering. In a bilateral meeting the side on home ground receives (SPEC),
    else the side the words say receives; each side's principal is its host or guest, the rest attend.
    Talks in a third country where neither receives the other have attendees only. Where one side receives
    people of its own country or of many, its principals host and the rest attend."""
    roles = {p: "attendee" for p in draft.people}
    for p in (p for c in draft.candidates for p in c.chairs):
        roles[p] = "host"
    first = next((c for c in draft.candidates if c.subjects or c.objects), None)
    if kind in ("multilateral", "domestic") and first is not None and not draft.gathering and first.direction != "mutual":
        # "X received the ambassadors of the G7", "President X received Prosecutor-General Y": X hosts
        for host in _principals(document, first.sides()[0]):
            roles[host] = "host"
        return roles
    if kind != "bilateral" or (draft.gathering and any(c.chairs for c in draft.candidates)):
        return roles
    receivers, visitors = first.sides() if first is not None else ([], [])
    if first is not None and first.direction == "receives" and not first.subjects:
        receivers, visitors = visitors, receivers  # "At the meeting with X, the delegation ...": X was called on
    if draft.visitors & set(receivers) and not draft.visitors & set(visitors):
        receivers, visitors = visitors, receivers  # "X is on a visit to Paraguay ... X held a meeting with Y": Y received
    sides = {c for c in countries.values() if c}
    home = location if location in sides and not remote else None
    if (first is None or first.direction == "mutual") and home is None:
        return roles  # "Shahin spoke at a bilateral meeting held at his office": the side at home receives
    if home is not None:
        ordered = list(dict.fromkeys(receivers + visitors + draft.people))
        receivers = [p for p in ordered if countries.get(p) == home]
        visitors = [p for p in dict.fromkeys(visitors + ordered) if countries.get(p) != home]
    else:
        host_country = countries.get(receivers[0]) if receivers else None
        receivers = [p for p in receivers if countries.get(p) in (host_country, None)]
        visitors = [p for p in visitors if countries.get(p) != host_country or host_country is None]
    hosts = _principals(document, receivers)
    for host in hosts:
        roles[host] = "host"
    for guest in _principals(document, visitors):
        if guest not in hosts:
            roles[guest] = "guest"
    return roles


def _fill_sides(document: Document, draft: Draft, countries: dict[int, str | None], location: str | None) -> None:
    """What a reader takes for granted of the countries the text leaves unsaid: someone on a side whose other
    members' country is known shares it (not in "X and Y held talks", where one clause names both sides); a
    receiving side is at home where the meeting is; and at a gathering that is not one of many countries,
    whoever is still unplaced is of the country it is held in, when nobody named there is."""
    for c in (c for c in draft.candidates if c.direction in ("receives", "visits")):
        for side in (c.subjects, c.objects):
            known = {countries[p] for p in side if countries.get(p) not in (None, INTERNATIONAL)}
            if len(known) == 1:
                for p in side:
                    countries[p] = countries.get(p) or next(iter(known))
    if location is None:
        return
    cues = _cues(document, draft)
    # "in Luxembourg, on the sidelines of the conference, X met Y": nobody is at home there
    at_home = [] if cues & {"sidelines", "of_gathering"} else draft.candidates
    for c in at_home:
        receivers, visitors = c.sides() if c.direction in ("receives", "visits") else (c.chairs, [])
        if c.direction == "mutual":  # "a meeting between X and Y" where the place is nobody else's home
            receivers = c.people if location not in {countries.get(p) for p in c.people} else []
        if location not in {countries.get(p) for p in visitors}:
            for p in receivers:
                countries[p] = countries.get(p) or location
        known_receivers = {countries.get(p) for p in receivers} - {None}
        if known_receivers and location not in known_receivers and all(countries.get(p) is None for p in visitors):
            for p in visitors:  # "Turkey's minister met the Attorney General in Washington": the unplaced side is at home
                countries[p] = location
    known = {countries.get(p) for p in draft.people} - {None}
    if draft.gathering and location not in (None, INTERNATIONAL) and document.masthead_country in (None, location):
        for p in draft.people:
            person = document.people[p]
            if countries.get(p) is None and person.title and not person.international:
                # "Attorney General Eliezer Feleshi opened the conference in Arusha": a report names foreign
                # officials with their country, the host country's by their office alone (a page under another
                # country's masthead names its own so: they are the masthead's, below)
                countries[p] = location
    if not draft.gathering or "many_sides" in cues or location in known or len(known) > 1:
        return
    for p in draft.people:
        countries[p] = countries.get(p) or location


def _countries_named(document: Document, indexes: list[int]) -> list[str]:
    """The countries the sentences name, in the order first named: by a place (its name, a demonym, a region
    or city of it) or a national body."""
    named: dict[str, None] = {}
    for i in sorted(indexes):
        sentence = document.sentences[i]
        spans = [*sentence.places, *(b for b in sentence.institutions if not b.international)]
        named.update((span.country, None) for span in sorted(spans, key=lambda span: span.start) if span.country)
    return list(named)


def _fill_the_other_side(document: Document, draft: Draft, countries: dict[int, str | None]) -> None:
    """"Ziobro met the Prosecutor General of Lithuania ... cooperation between the Polish and Lithuanian
    services": people the text gives no country are of the one country the meeting's report names besides
    the known side's (or the only one it names, where no side is known); its sentences first, then the article.
    Where it names several, they stay unknown. Where it names none besides the known side's, nor any
    international body, everyone is of that one country ("South Korea's Justice Minister met the new
    Prosecutor General")."""
    known = {countries.get(p) for p in draft.people} - {None, INTERNATIONAL}
    unplaced = [p for p in draft.people if countries.get(p) is None]
    if len(known) > 1 or not unplaced:
        return
    own = draft.sentences + _sentences_for_context(document, draft)
    for indexes in (own, list(range(len(document.sentences)))):
        others = [c for c in _countries_named(document, indexes) if c not in known]
        if len(others) == 1:
            for p in unplaced:
                countries[p] = others[0]
            return
        if len(others) == 2 and not known and len(unplaced) == 2 and len(draft.people) == 2:
            _pair_in_order(document, indexes, unplaced, others, countries)
            return
        if others:
            return
    # the article names no country but the known side's
    if len(known) == 1 and not any(body.international for s in document.sentences for body in s.institutions):
        for p in unplaced:
            countries[p] = next(iter(known))


def _fill_the_home_side(document: Document, draft: Draft, countries: dict[int, str | None]) -> None:
    """A page names its own officials plainly ("Attorney General Akram Al Khateeb took part in the conference"
    under the masthead "Palestinian Public Prosecution"): where nobody at the meeting is yet of the country
    the masthead names, those of no known country are of it."""
    home = document.masthead_country
    if home is None or home in countries.values():
        return
    for p in draft.people:
        if countries.get(p) is None and not document.people[p].international:
            countries[p] = home


def _pair_in_order(document: Document, indexes: list[int], pair: list[int], named: list[str],
                   countries: dict[int, str | None]) -> None:
    """"The Prosecutor General's Offices of Russia and Azerbaijan signed a memorandum. The heads of the two
    agencies, Igor Krasnov and Kamran Aliyev, put their signatures": two people of the two countries named,
    in the same order, as a reader pairs them."""
    first_seen = {}
    for i in sorted(indexes):
        for mention in document.sentences[i].people:
            first_seen.setdefault(mention.person, (i, mention.start))
    if not all(p in first_seen for p in pair):
        return
    for person, country in zip(sorted(pair, key=first_seen.__getitem__), named):
        countries[person] = country


def _receiving_group_country(draft: Draft) -> str | None:
    """"The President of Kyrgyzstan has received X": the country of a receiving side named without a name."""
    for c in draft.candidates:
        groups = c.object_groups if c.direction == "visits" else c.subject_groups if c.direction == "receives" else []
        found = next((g.country for g in groups if g.country), None)
        if found:
            return found
    return None


def meeting_facts(document: Document, draft: Draft, previous: DateValue | None,
                  gathering_place: tuple[str | None, str | None] | None = None) -> MeetingFacts:
    """``previous`` is the date of the meeting told before, ``gathering_place`` the place of the last
    gathering told before: a meeting on its sidelines is held there."""
    countries = _countries(document, draft)
    _fill_the_other_side(document, draft, countries)  # before the place: the receivers' country may place it
    cues = _cues(document, draft)
    remote = "remote" in cues
    # the receiving side, less anyone a visit says travelled for the meeting; those met by a traveller receive
    receivers = [p for c in draft.candidates for p in c.sides()[0] if p not in draft.visitors]
    receivers += [p for p in draft.people if draft.visitors and p not in draft.visitors]
    host_country = next((countries[p] for p in [*(p for c in draft.candidates for p in c.chairs), *receivers]
                         if countries.get(p) not in (None, INTERNATIONAL)), None) or _receiving_group_country(draft)
    city, country = _place(document, draft, remote, host_country)
    if gathering_place and not remote and any("of_gathering" in c.cues for c in draft.candidates):
        city, country = gathering_place  # "On the sidelines of the meeting, X held a separate meeting with Y"
    _fill_sides(document, draft, countries, country)
    _fill_the_other_side(document, draft, countries)  # again: the place may have made one side known
    _fill_the_home_side(document, draft, countries)
    if country is None:
        seen = Counter(c for c in countries.values() if c and c != INTERNATIONAL)
        country = seen.most_common(1)[0][0] if seen else None
    one_city = None if city is not None or remote else city_of_one_city_country(country)
    if one_city is not None:
        # "called at the Macao Public Prosecutions Office": in Macao, as the article spells it where it names the city
        city = next((p.city for s in document.sentences for p in s.places if p.kind == "city" and p.country == country),
                    one_city)
    kind = _kind(draft, countries, document, country)
    roles = _roles(document, draft, kind, countries, country, remote)
    return MeetingFacts(people=draft.people, countries=countries, city=city, country=country,
                        date=_date(document, draft, previous), kind=kind, roles=roles, remote=remote,
                        evidence=draft.sentences)


