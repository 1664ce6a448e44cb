"""The annotated document: an article's sentences and the typed spans found in each.

Annotation (``annotate/``) makes a Document once; assembly (``assemble/``) reads
only what is here. Every span keeps its sentence and character offsets, so each
fact a meeting carries can be traced to the words it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..dates import DateValue
    from .annotate.dates import DateMention
    from .annotate.delegations import DelegationPhrase
    from .annotate.institutions import InstitutionMention
    from .annotate.places import PlaceMention
    from .annotate.stamps import Dateline


@dataclass
class PersonMention:
    """A person named in a sentence, with the title the sentence gives them there."""

    start: int
    end: int
    name: str  # as written, honorifics removed
    title: str | None = None
    country: str | None = None  # the country the title or its institution stands for
    international: bool = False  # the title is an office of an international body
    person: int | None = None  # index into Document.people once mentions are linked
    statistical: bool = False  # NER reads the name as a person's
    weak: bool = False  # nothing announces it as a name: it counts only as a shorter form of a name the article gives
    title_start: int | None = None  # where the title's words stand in the sentence
    title_end: int | None = None
    cited: bool = False  # only mentioned ("greetings from X", "at the invitation of X"): known, not placed here
    pronoun: bool = False  # "he", "she": the person the story was about just before


@dataclass
class Trigger:
    """Words that report a meeting, with who receives whom."""

    start: int
    end: int
    words: str
    direction: str  # receives | visits | mutual | gathering | attends | chairs
    noun: str | None = None  # the gathering's noun for a gathering ("conference", "meeting")
    people_after: bool = False  # the people it is about follow its words ("was chaired by X")
    object_first: bool = False  # "During the meeting with X, Y said": X is the object, the main clause's Y the subject
    definite: bool = False  # "attended the ceremony.": its noun names nothing new, but the gathering told already
    named: bool = False  # "took part in the annual meeting of the IAP": the words after its noun name a gathering


@dataclass
class GroupMention:
    """A side named without a person: "his Kazakh counterpart", "a delegation from Laos"."""

    start: int
    end: int
    country: str | None
    delegation: bool
    office: str | None = None  # "Azerbaijan's prosecutor general": the office of a principal named by title alone
    counterpart: bool = False  # "X and his Argentine counterpart, Y": the other side of the one named before it


@dataclass
class Sentence:
    """One sentence of the article and what annotation found in it."""

    index: int
    paragraph: int
    text: str
    part: str = "body"  # headline | caption | body | stamp (a line that is only a date)
    people: list[PersonMention] = field(default_factory=list)
    groups: list[GroupMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    institutions: list[InstitutionMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    delegations: list[DelegationPhrase] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)  # context words found: planned, recalled, remote, ...
    parse: Any = None  # the spaCy Doc of this sentence, when the statistical layer ran


@dataclass
class Person:
    """One person of the article: every mention of them linked to the fullest name."""

    name: str
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    international: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (sentence index, mention index)

    @property
    def title(self) -> str | None:
        return max(self.titles, key=len) if self.titles else None


@dataclass
class Document:
    """An article once annotated: the input of assembly."""

    article: str
    path: str
    headline: str | None
    published: DateValue | None
    dateline: Dateline | None
    sentences: list[Sentence]
    people: list[Person] = field(default_factory=list)

    @cached_property
    def masthead_country(self) -> str | None:
        """The one country the lines above the headline name, the page's masthead ("Palestinian Public
        Prosecution", "Daily Nation | News | Kenya"): the home of the report."""
        top = next((i for i, sentence in enumerate(self.sentences) if sentence.part == "headline"), 0)
        named = {place.country for sentence in self.sentences[:top] for place in sentence.places if place.country}
        return named.pop() if len(named) == 1 else None

    @property
    def body(self) -> list[int]:
        """The indexes of the story's own sentences: not its headline, captions or stamp lines."""
        return [i for i, sentence in enumerate(self.sentences) if sentence.part == "body"]

    def person_of(self, mention: PersonMention) -> Person | None:
        return self.people[mention.person] if mention.person is not None else None
