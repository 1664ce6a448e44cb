"""From a saved web page's text to the paragraphs and sentences worth reading.

Saved articles carry navigation, copyright lines, image file names and photo
captions that repeat the lead. This module drops the boilerplate, keeps one
copy of a repeated paragraph, and splits what is left into sentences, each
remembering its paragraph so later steps can look one sentence back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that are site furniture, never reporting. Matched against the whole stripped line.
BOILERPLATE_LINES = [
    r"advertisement",
    r"back to (the )?top",
    r"go top",
    r"links",
    r"home( \|.*)?",
    r"menu content",
    r"close",
    r"global edition",
    r"editor'?s pick",
    r"learn more",
    r"get more with .*",
    r"\[?detailed\]?",
    r"share( this)?:?",
    r"print",
    r"related (news|stories|articles):?",
    r"[•·*\-]\s*\d+",
    r".*\.(jpe?g|png|gif|webp)",
    r"photo\s*:.*",
    r"source\s*:.*",
    r"(editor|reporter|author|translated by|edited by)\s*:.*",
]
# Phrases that mark a whole line as furniture wherever they occur in it.
BOILERPLATE_PHRASES = [
    r"copyright",
    r"all rights reserved",
    r"icp备",
    r"registration number",
    r"license for publishing",
    r"this website uses cookies",
    r"browsers with \d+",
    r"personali[sz]ed news feed",
]
_BOILERPLATE_LINE = re.compile(r"^(?:" + "|".join(BOILERPLATE_LINES) + r")$", re.IGNORECASE)
_BOILERPLATE_PHRASE = re.compile("|".join(BOILERPLATE_PHRASES), re.IGNORECASE)

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "prof", "vs", "etc", "inc", "co",
    "ltd", "jr", "sr", "u.s", "u.n", "e.g", "i.e", "h.e", "col", "lt", "capt", "hon",
}
_SENTENCE_END = re.compile(r"""([.!?])(["”’)]*)\s+(?=["“‘(]?[A-Z0-9À-Þ])|([a-z\)])\.(?=[A-Z][a-z])""")
# A metadata stamp run into the first line of text: "date 2021-06-28 Prosecutor-General ...".
_LEADING_STAMP = re.compile(r"^(?:date|time|written|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+", re.I)
_CAPTION_MARK = re.compile(r"\[Photo|\(Photo|Photo\s*[:/]|\((?:left|right|center|centre|L|R|C|\d\w* [LR])\)", re.I)


_MONTH_WORD = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-zA-Z]*\.?"
_DATELINE_DATE = (r"(?:" + _MONTH_WORD + r"\s+\d{1,2}(?:(?:,\s*|\s+|/)(?:19|20)\d\d)?"
                  r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"(?:,?\s+(?:19|20)\d\d)?"
                  r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)")
# A wire dateline: "BEIJING, March 11 (Xinhua) --", "MINSK, 3 June (BelTA) –", "MOSCOW, October 2. /TASS/.",
# "ISLAMABAD, Jul 5 (APP):", "Hanoi (VNA) -", "Dushanbe, 23.05.2014 /NIAT Khovar/.", "Addis Ababa, November
# 5/2021(ENA)", "Phnom Penh, July 8, 2015 AKP --", "NUR-SULTAN. KAZINFORM".
def _agency(n: int) -> str:
    """A news agency's mark after a dateline: "(Xinhua)", "/TASS/.", or a bare "AKP" before the dash."""
    return (rf"\s*,?\s*(?:(?P<agency{n}>\([^)]{{1,40}}\))|(?P<slashed{n}>/[^/\n]{{2,30}}/\.?)"
            rf"|(?P<bare{n}>[A-Z]{{2,12}}(?=\s*(?:--|-|–|—|:))|[A-Z]{{2,12}}\.(?=\s)))")


_SEPARATOR = r"\s*(?:--|-|–|—|:)"
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z'’-]*\.?(?:\s[A-Z][A-Za-z'’.-]*){0,3})(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,))?"
    r"(?:\s*[,.]\s*(?P<date>" + _DATELINE_DATE + r")\.?(?:" + _agency(1) + r")?(?:" + _SEPARATOR + r")?"
    r"|" + _agency(2) + r"(?:" + _SEPARATOR + r")?"
    r"|" + _SEPARATOR + r")\s")
_CAPS_DATELINE = re.compile(r"^\s*(?P<city>[A-Z]{3,}(?:[\s-][A-Z]{3,})*)[.,]\s+(?!" + _MONTH_WORD + r"\s+\d)[A-Z]{3,}\b")


@dataclass(frozen=True)
class Dateline:
    city: str
    date: str | None = None  # the dateline's date as written, for dates.py to read
    end: int = 0  # where the report's first sentence begins


def dateline(line: str) -> Dateline | None:
    """The dateline a report opens with, if this line has one; the city as written.

    The city must be in capitals, or followed by a date, an agency's name or a spaced
    dash ("Rabat - The ..."), so that an ordinary opening ("Pakistan and China
    should ...") is never read as one.
    """
    caps = _CAPS_DATELINE.match(line)
    if caps:
        return Dateline(city=caps.group("city"), end=caps.end())
    m = _DATELINE.match(line)
    if not m:
        return None
    city = m.group("city").strip(" .")
    marked = any(value for name, value in m.groupdict().items() if name.startswith(("agency", "slashed", "bare")))
    spaced_dash = re.match(r"\s+[-–—]{1,2}\s+[A-Z]", line[len(m.group("city")) :]) and not re.match(
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _MONTH_WORD, city)
    if not (city.isupper() or marked or m.group("date") or (spaced_dash and len(city.split()) <= 2)):
        return None
    return Dateline(city=city, date=m.group("date"), end=m.end())


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    index: int
    caption: bool = False


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    return bool(_BOILERPLATE_LINE.match(stripped) or _BOILERPLATE_PHRASE.search(stripped))


def content_lines(text: str) -> list[str]:
    """The article's lines without furniture and without repeats, spaces tidied."""
    seen: set[str] = set()
    lines = []
    for raw in text.split("\n"):
        line = _LEADING_STAMP.sub("", re.sub(r"\s+", " ", raw.replace("\u00a0", " ")).strip())
        if is_boilerplate(line):
            continue
        key = re.sub(r"\W+", "", line.lower())
        if key in seen:
            continue
        seen.add(key)
        lines.append(line)
    return lines


def headline(text: str) -> str | None:
    """The first line that reads like a headline: a few words, not a dateline or a menu."""
    for line in content_lines(text)[:8]:
        words = line.split()
        if "|" in line or len(words) < 4 or _CAPTION_MARK.search(line):
            continue
        if len(words) > 30:
            return None
        return line.rstrip(" .")
    return None


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; abbreviations such as 'Mr.' and 'Oct.' do not end one."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if match.group(3):  # "life.Zhang": a full stop with the space missing
            end = match.end(3) + 1
        else:
            end = match.end(2) if match.group(2) else match.end(1)
            word = re.search(r"([\w.]+)\.?$", paragraph[start : match.start(1)] + ".")
            if match.group(1) == "." and word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
            if match.group(1) == "." and re.search(r"\b[A-Z]$", paragraph[: match.start(1)]):
                continue  # an initial: "Kim J. Won"
        parts.append(paragraph[start:end].strip())
        start = end
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


LONGEST_SENTENCE = 1500  # characters; a reporter's longest sentence is well under this


def _bounded(piece: str) -> list[str]:
    """A run-on "sentence" (a page without full stops) cut into pieces of reading size, so that
    no step downstream spends more than linear time on one file."""
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


def sentences(text: str) -> list[Sentence]:
    """Every sentence of the article's content, numbered, with its paragraph."""
    out: list[Sentence] = []
    seen: set[str] = set()
    for number, line in enumerate(content_lines(text)):
        caption = bool(_CAPTION_MARK.search(line))
        opening = dateline(line) if number < 12 else None
        if opening and (opening.date or not opening.city.isupper() or len(line) > opening.end + 40):
            line = line[opening.end :]
        for piece in (chunk for part in split_sentences(line) for chunk in _bounded(part)):
            key = re.sub(r"\W+", "", piece.lower())
            if not key or key in seen:
                continue
            seen.add(key)
            out.append(Sentence(text=piece, paragraph=number, index=len(out), caption=caption))
    return out
