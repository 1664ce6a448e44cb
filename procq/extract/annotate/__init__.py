"""Annotation: one small component per kind of span, each a pure function of a sentence or of the lines.

``annotate`` runs them once over an article, in the order each needs the others:
lines and stamps, sentences, then per sentence places, institutions and dates; the
acronyms the article defines with them; then per sentence the statistical parse,
people (which read places and institutions inside their titles), triggers and
delegation phrases; last, the mentions of one person are linked across the
article, and the pronouns that stand for them.
"""
from __future__ import annotations

import re

from ...records import Article
from .. import nlp
from ..document import Document
from .acronyms import mark_acronyms
from .dates import find_dates
from .delegations import find_delegation_phrases
from .institutions import find_institutions
from .people import find_people, link_people, resolve_pronouns
from .places import find_places
from .sentences import content_lines, headline, sentences
from .stamps import find_dateline, find_stamp
from .triggers import annotate_triggers


STAMP_WORDS = 4  # a line with fewer words than this besides its date is a stamp, not a sentence of the story


def _only_a_date(text: str, dates: list) -> bool:
    """A line that is a date and little else ("11 November 2024", "Updated: 2023-07-14 09:55")."""
    if not dates:
        return False
    rest = text
    for mention in reversed(dates):
        rest = rest[:mention.start] + " " + rest[mention.end:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) < STAMP_WORDS


def annotate(article: Article) -> Document:
    """The article as a document of typed spans."""
    raw_lines = article.text.splitlines()
    lines = content_lines(article.text)
    stamp = find_stamp(raw_lines)
    dateline = find_dateline(lines)
    published = stamp.value if stamp else dateline.value if dateline else None
    title = headline(lines)
    sents = sentences(lines, title, (dateline.line, dateline.end) if dateline else None)
    parses = nlp.parse(s.text for s in sents) or [None] * len(sents)
    for sentence in sents:
        sentence.places = find_places(sentence.text)
        sentence.institutions = find_institutions(sentence.text)
        sentence.dates = find_dates(sentence.text)
        if _only_a_date(sentence.text, sentence.dates):
            sentence.part = "stamp"
    mark_acronyms(sents)
    for sentence, parse in zip(sents, parses):
        sentence.parse = parse
        sentence.people, sentence.groups = find_people(sentence, parse)
        annotate_triggers(sentence)
        sentence.delegations = find_delegation_phrases(sentence.text, sentence.triggers, sentence.places)
    people = link_people(sents)
    resolve_pronouns(sents)
    return Document(article=article.id, path=article.path, headline=title, published=published, dateline=dateline,
                    sentences=sents, people=people)
