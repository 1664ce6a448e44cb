"""Institutions named in a sentence, and the country each stands for.

The bodies live in ``data/institutions.toml``: national bodies whose name does not
say their country ("Supreme People's Procuracy" is Viet Nam's), bodies many
countries have, whose country only a frame around the name says ("Prosecutor
General's Office of Kazakhstan", "Russian Prosecutor General's Office"), and
bodies of several states (SCO, IAP, "China-ASEAN"), whose people represent none.
The places inside a frame are read by ``procq.countries.place_names``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...countries import ALTERNATE_NAME_POPULATION, PlaceName, fold, place_names
from ..data import table

PLACE = "{place}"
BODY = "~"
# How far before a body's name a frame may begin: "Xinjiang Uygur Autonomous Region Autonomous Regional ".
LONGEST_LEFT_FRAME = 80


@dataclass(frozen=True)
class InstitutionMention:
    start: int
    end: int
    text: str
    country: str | None  # the country the body stands for (None if not known or international)
    international: bool = False  # a body of several states: SCO, IAP, UNODC, ASEAN Secretariat, ...


@dataclass(frozen=True)
class _Body:
    country: str | None
    international: bool
    left: tuple[re.Pattern, ...]  # frames before the name, each anchored at the name's start
    right: tuple[re.Pattern, ...]  # frames after the name, each anchored at its end
    needs_place: bool


def _key(name: str) -> str:
    """A name without case, accents, apostrophes, hyphens or spaces: the key of a body's row."""
    return re.sub(r"[\s'\-]", "", fold(name))


def _name_pattern(name: str) -> str:
    """A table name as a regular expression to compile with re.I: an apostrophe before or after a final
    s or none ("Prosecutor's", "Prosecutors'", "Prosecutors"), a space also a hyphen, a hyphen also none."""
    words = []
    for word in name.split():
        parts = [re.escape(part[:-2].rstrip("'")) + r"(?:['’]s|s['’]?)" if re.search(r"(?:'s|s')$", part)
                 else re.escape(part) for part in word.split("-")]
        words.append(r"[\s\-]?".join(parts))
    return r"[\s\-]+".join(words)


def _gap_pattern(gap: str) -> str:
    """The words of a frame between a place and a body's name: "'s ", " of the ", " Provincial "."""
    return re.escape(gap).replace("'", "['’]").replace(r"\ ", r"[ \t]+")


def _frames(frames: list[str]) -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """(frames before a body's name, frames after it), as patterns of the words between it and the place."""
    left, right = [], []
    for frame in frames:
        if frame.startswith(PLACE) and frame.endswith(BODY):
            left.append(re.compile(_gap_pattern(frame[len(PLACE):-len(BODY)]) + r"\Z", re.I))
        elif frame.startswith(BODY) and frame.endswith(PLACE):
            right.append(re.compile(_gap_pattern(frame[len(BODY):-len(PLACE)]), re.I))
        else:
            raise ValueError(f"institutions.toml: a frame is a place before or after '~': {frame!r}")
    return tuple(left), tuple(right)


@lru_cache(maxsize=1)
def _bodies() -> tuple[re.Pattern, dict[str, _Body]]:
    """(one pattern for every body's name, name key -> body), from data/institutions.toml."""
    data = table("institutions")
    bodies: dict[str, _Body] = {}
    for row in data["body"]:
        international = row.get("international", False)
        left, right = _frames(row.get("frames", [] if international else data["frames"]))
        body = _Body(row.get("country"), international, left, right, row.get("needs_place", False))
        for name in row["names"]:
            if _key(name) in bodies:
                raise ValueError(f"institutions.toml: {name!r} is named in two rows")
            bodies[_key(name)] = body
    # one branch per first letter, written as in the table, so that a search tries few names at each word; the
    # longest name first in each; acronyms only in capitals
    by_letter: dict[str, list[str]] = {}
    for name in sorted((n for row in data["body"] for n in row["names"]), key=len, reverse=True):
        rest = "(?-i:" + re.escape(name[1:]) + ")" if name.isupper() else _name_pattern(name)[1:]
        by_letter.setdefault(name[0], []).append(rest)
    branches = [f"(?-i:{re.escape(letter)})(?:{'|'.join(rests)})" for letter, rests in by_letter.items()]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(branches) + r")(?!\w)", re.I), bodies


def find_institutions(sentence: str) -> list[InstitutionMention]:
    """Institutions named in a sentence, left to right, with the country each stands for."""
    return [mention for mention, _ in institution_seats(sentence)]


def institution_seats(sentence: str) -> list[tuple[InstitutionMention, PlaceName | None]]:
    """Each institution a sentence names, with the place its name frames as its seat, if any
    ("Kazakhstan" of "the Prosecutor General's Office of Kazakhstan", "Zhuhai City" of "the Zhuhai City
    Procuratorate"), as against the words of a body's own name ("Federal", "Hong Kong and Macao")."""
    pattern, bodies = _bodies()
    names = place_names(sentence)
    starts = {name.start: name for name in names}
    ends = {name.end: name for name in names}
    found: list[tuple[InstitutionMention, PlaceName | None]] = []
    position = 0
    while match := pattern.search(sentence, position):
        floor = found[-1][0].end if found else 0
        framed = _framed(sentence, match, bodies[_key(match.group())], starts, ends, floor)
        if framed is None:  # a name that names a body only inside a frame
            position = match.start() + 1
            continue
        found.append(framed)
        position = framed[0].end
    return found


def _may_frame(place: PlaceName) -> bool:
    """Whether a place may be a body's seat: any country, demonym or region, and a city only where its name
    says so ("Zhuhai City") or it is a capital or a large city, not a small town that shares a word with a
    name ("Central Prosecutor's Office")."""
    if place.kind != "city" or place.marked:
        return True
    city = place.cities[0]
    return city.capital or city.population >= ALTERNATE_NAME_POPULATION


def _framed(sentence: str, match: re.Match, body: _Body, starts: dict[int, PlaceName], ends: dict[int, PlaceName],
            floor: int) -> tuple[InstitutionMention, PlaceName | None] | None:
    """The body's mention with the frame around its name, and the place that frame names; None if the name
    needs a frame and has none."""
    start, end = match.span()
    before = after = None
    for frame in body.right:
        gap = frame.match(sentence, end)
        place = starts.get(gap.end()) if gap else None
        if place and place.kind != "demonym" and _may_frame(place):
            after = place
            break
    window = max(floor, start - LONGEST_LEFT_FRAME)
    for frame in body.left:
        gap = frame.search(sentence, window, start)
        place = ends.get(gap.start()) if gap else None
        if place and place.start >= floor and _may_frame(place):
            before = place
            break
    if body.needs_place and not (before or after):
        return None
    start = before.start if before else start
    end = after.end if after else end
    seat = after or before
    country = None if body.international else seat.country if seat and seat.country else body.country
    return InstitutionMention(start, end, sentence[start:end], country, body.international), seat
