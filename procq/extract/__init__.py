"""extract(article) -> ArticleFacts: annotate the article, then assemble its meetings.

Two layers, as spaCy pipelines are built. ``annotate/`` turns the text into a
document of typed spans, each kind made once by one small component (sentences,
stamps and datelines, dates, places, institutions, people with their titles,
meeting triggers, delegation phrases), with spaCy's statistical NER and parse
under the rules. ``assemble/`` reads only those spans and decides the meetings,
who took part, roles, kinds and delegations. The language both read is in
``data/``. Nothing here reads another article, so the result can be cached per
file, run in parallel, or mapped over an archive by another engine.
"""
from __future__ import annotations

from ..records import Article, ArticleFacts
from .annotate import annotate
from .assemble import assemble

__all__ = ["extract"]


def extract(article: Article) -> ArticleFacts:
    """Every meeting one article reports, with its date, place, people, delegations and evidence."""
    return assemble(annotate(article))
