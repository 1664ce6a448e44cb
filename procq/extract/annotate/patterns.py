"""The small pattern language of the phrase tables (``data/triggers.toml``, ``data/delegations.toml``).

A pattern is words left to right: ``a|b`` either word, ``a+b`` two words as one,
``_`` any one word, ``(x)`` an optional word, ``~`` up to ten words (or the table's own gap), and a name
in capitals (``GATHERING``) for a list of words the table defines.
"""
from __future__ import annotations

import re

GAP_WORD = r"[\w'’\-/()]+,?\s+"  # one word of a "~" gap ("Attorneys/Prosecutors", "(SCO)"), none ending a clause
ANY_WORD = r"[\w'’\-]+"
END = r"(?:(?<=\w)\b|(?<!\w))"  # the end of a word; after punctuation ("(,)"), nothing


def word_alternatives(alternatives: str, lists: dict[str, list[str]] | list[str]) -> str:
    """The regular expression of one pattern item's alternatives."""
    named = lists if isinstance(lists, dict) else {"GATHERING": lists}
    words = []
    for word in alternatives.split("|"):
        if word in named:
            words.extend(re.escape(w) for w in named[word])
        elif word == "_":
            words.append(ANY_WORD)
        else:
            words.append(re.escape(word.replace("+", " ")))
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)).replace(r"\ ", r"\s+") + ")"


def compile_pattern(pattern: str, lists: dict[str, list[str]] | list[str], gap: int = 10) -> re.Pattern:
    """One row of a phrase table as a regular expression over a sentence; "~" spans up to ``gap`` words."""
    parts = []
    for item in pattern.split():
        if item == "~":
            parts.append(f"(?:{GAP_WORD}){{0,{gap}}}?")
        elif item.startswith("(") and item.endswith(")"):
            parts.append(r"(?:" + word_alternatives(item[1:-1], lists) + END + r"\s*)?")
        else:
            parts.append(word_alternatives(item, lists) + END + r"\s*")
    return re.compile(r"(?<![\w\-])" + "".join(parts).removesuffix(r"\s*"), re.I)
