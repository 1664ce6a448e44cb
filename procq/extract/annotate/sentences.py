"""From a saved page's text to the lines and sentences worth reading.

Saved articles carry navigation, copyright lines, image names and captions that
repeat the lead. The furniture is listed in ``data/text.toml``; this component
drops it, keeps one copy of a repeated line, and splits the rest into sentences
that remember their paragraph and whether they are the headline or a caption.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import table
from ..document import Sentence

LONGEST_SENTENCE = 1500  # characters; a reporter's longest sentence is well under this
HEADLINE_WORDS = (4, 30)  # a headline has a few words, never a paragraph's worth
HEADLINE_LINES = 8  # the headline stands among the first lines of a page
STORY_BEGUN = 4  # lines kept before a list of other stories may end the report
LONGEST_FURNITURE = 300  # characters; a line of page furniture is short, an article saved on one line is not

# a full stop with its space missing ("life.Zhang") ends a sentence, but not after an initial of one or two
# letters ("Kh.Battulga", "Ts.Nyamdorj", as Mongolian names are written)
_SENTENCE_END = re.compile(r"""([.!?])(["”’)]*)\s+(?=["“‘(]?[A-Z0-9À-Þ])|(?<!\b[A-Z])(?<!\b[A-Z][a-z])([a-z\)])\.(?=[A-Z][a-z])""")
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.?$")
_INITIAL_BEFORE_STOP = re.compile(r"\b[A-Z]$")
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"\W+")


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    data = table("text")
    lines = re.compile(r"^(?:" + "|".join(data["boilerplate_lines"]) + r")$", re.I)
    phrases = re.compile("|".join(data["boilerplate_phrases"]), re.I)
    captions = re.compile("|".join(data["caption_marks"]), re.I)
    return lines, phrases, captions, frozenset(data["abbreviations"])


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    lines, phrases, _, _ = _furniture()
    return not stripped or bool(lines.match(stripped)) or (len(stripped) <= LONGEST_FURNITURE and bool(phrases.search(stripped)))


def is_caption(line: str) -> bool:
    return bool(_furniture()[2].search(line))


@lru_cache(maxsize=1)
def _other_stories() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(table("text")["other_stories"]) + r")$", re.I)


def content_lines(text: str) -> list[str]:
    """The article's lines without furniture and without repeats, spaces tidied; none after the mark that
    opens a list of other stories once the report has begun ("Read more:")."""
    seen: set[str] = set()
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw.replace("\u00a0", " ")).strip()
        key = _NOT_WORD.sub("", line.lower())
        if len(lines) >= STORY_BEGUN and _other_stories().match(line):
            break
        if is_boilerplate(line) or key in seen:
            continue
        seen.add(key)
        lines.append(line)
    return lines


def headline(lines: list[str]) -> str | None:
    """The first line that reads like a headline: a few words, not a stamp, a menu or a caption."""
    fewest, most = HEADLINE_WORDS
    for line in lines[:HEADLINE_LINES]:
        words = line.split()
        if "|" in line or len(words) < fewest or is_caption(line):
            continue
        return line.rstrip(" .") if len(words) <= most else None
    return None


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; abbreviations such as 'Mr.' and 'Oct.' and initials do not end one."""
    abbreviations = _furniture()[3]
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if match.group(3):  # "life.Zhang": a full stop with the space missing
            end = match.end(3) + 1
        else:
            end = match.end(2) if match.group(2) else match.end(1)
            if match.group(1) == ".":
                word = _WORD_BEFORE_STOP.search(paragraph[max(start, match.start(1) - 12): match.start(1)] + ".")
                if word and word.group(1).lower().rstrip(".") in abbreviations:
                    continue
                if _INITIAL_BEFORE_STOP.search(paragraph[max(start, match.start(1) - 2): match.start(1)]):
                    continue  # an initial: "Kim J. Won"
        parts.append(paragraph[start:end].strip())
        start = end
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


def _bounded(piece: str) -> list[str]:
    """A run-on "sentence" (a page without full stops) cut into pieces of reading size, so that no
    step downstream spends more than linear time on one file."""
    if len(piece) <= LONGEST_SENTENCE:
        return [piece]
    chunks, start = [], 0
    while start < len(piece):
        end = min(start + LONGEST_SENTENCE, len(piece))
        if end < len(piece):
            cut = max(piece.rfind("; ", start, end), piece.rfind(", ", start, end), piece.rfind(" ", start, end))
            end = cut + 1 if cut > start else end
        chunks.append(piece[start:end].strip())
        start = end
    return [c for c in chunks if c]


def sentences(lines: list[str], title: str | None, story_start: tuple[int, int] | None = None) -> list[Sentence]:
    """Every sentence of the content lines, numbered, with its paragraph and part.

    ``story_start`` is (line, offset) where the story begins after a dateline: the
    dateline's words are not a sentence of their own.
    """
    out: list[Sentence] = []
    seen: set[str] = set()
    for number, line in enumerate(lines):
        if story_start and number == story_start[0]:
            line = line[story_start[1]:]
        part = "headline" if title is not None and line.rstrip(" .") == title else "caption" if is_caption(line) else "body"
        for piece in (chunk for sentence in split_sentences(line) for chunk in _bounded(sentence)):
            key = _NOT_WORD.sub("", piece.lower())
            if not key or key in seen:
                continue
            seen.add(key)
            out.append(Sentence(index=len(out), paragraph=number, text=piece, part=part))
    return out
