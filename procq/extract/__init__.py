"""extract(article) -> ArticleFacts: the pipeline from one article's text to plain records."""
from __future__ import annotations

from ..records import Article, ArticleFacts


def extract(article: Article) -> ArticleFacts:
    """Every meeting one article reports, with its date, place, people and delegations."""
    return ArticleFacts(article=article.id, path=article.path, title=None, published=None, meetings=[])
