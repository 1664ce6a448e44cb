"""Text made to stress each pattern of the extractor, about the size of the longest real article.

Shared by tests/test_hostile_text.py, which holds extraction to a time bound on each, and
benchmarks/hostile_extraction.py, which prints the times.
"""
from __future__ import annotations

import random
from pathlib import Path

SIZE = 20_000  # characters; the longest article of the dev set has 15,000
SEED_ARTICLE = (Path(__file__).parent / "data" / "seeds" / "000_316df6bce73329b3.txt").read_text(encoding="utf-8")
_CAPITALISED = ["Prosecutor", "General", "Ying", "Yong", "Supreme", "People", "Procuratorate", "Kamran",
                "Aliyev", "Beijing", "Chief", "Grand", "Minister", "Justice", "Republic", "Of", "The"]


def _filled(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def hostile_texts() -> dict[str, str]:
    """Name of the stress -> the article's text."""
    words = random.Random(10)
    capitalised = " ".join(words.choice(_CAPITALISED) for _ in range(SIZE // 7))[:SIZE]
    return {
        "a run of capitalised words": "Ying Yong met with " + capitalised,
        "a list of names and commas": "Ying Yong met with " + _filled("Kamran Aliyev, "),
        "'of the' without end": "Ying Yong, Prosecutor General " + _filled("of the Supreme People's Procuratorate "),
        "dates without end": "Ying Yong met Kamran Aliyev " + _filled("on 19 October 2023, from 5th to 8th November 2019, "),
        "meeting verbs without end": "Ying Yong " + _filled("met with received held talks with "),
        "delegations within delegations": _filled("a delegation led by Prosecutor General Kamran Aliyev of "),
        "titles without a name": _filled("Chief Grand Prosecutor and Prosecutor General and Deputy "),
        "deeply nested HTML": "<div>" * 4_000 + SEED_ARTICLE + "</div>" * 4_000,
        "deeply nested brackets": "(" * 10_000 + SEED_ARTICLE + ")" * 10_000,
        "one word": "A" * SIZE,
        "punctuation only": _filled(".,;:!?-"),
        "newlines only": "\n" * SIZE,
        "an article on one line of 900 kB": " ".join(SEED_ARTICLE.split()) * 260,
        "sentences of one word each": _filled("Met. "),
        "control characters": _filled("Ying\x01Yong\x1b[31m met\x7f Kamran\u200b Aliyev\u202e. "),
    }
