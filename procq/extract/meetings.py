"""Meetings: which sentences report one, who took part, and the meeting's kind and roles.

A meeting starts at a *trigger*: a meeting verb ("met with", "received", "held
talks with", "visited") or an event that "was held". Later sentences that say
someone "attended the meeting", "presided over it" or "delivered a speech at
the conference" add people to the latest meeting. Planned events ("will be
held") and recalled ones ("previously hosted", "recalled that") start nothing.
Captions and leads that repeat the body are merged into one meeting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .dates import DateMention, PartialDate, find_dates, resolve
from .people import Mention, Person, find_people, names_a_body
from .places import Place, country_mentions, places_in
from .text import Sentence

EVENT_NOUN = (r"(?:meeting|conference|forum|symposium|seminar|ceremony|summit|session|roundtable|round-table|workshop"
              r"|dialogue|talks|gathering|consultations?|videoconference|video conference|celebration|training program(?:me)?)")
# A time or place word that may stand between a verb and its object: "received on Sunday the Ambassador".
TIME_PHRASE = (r"(?:(?:here|there|yesterday|today|separately|also|later|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
               r"|on\s+\w+\s+\d{1,2}|on\s+\d{1,2}\s+\w+|this\s+(?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)"
               r"|(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?|in (?:his|her|their) office|(?:at|in) the [^,.;]{1,80}? in [A-Z][\w'’-]+)\s+){0,3}")
# Meeting verbs. "directional": the subject receives the object; "visit": the subject is the visitor;
# "mutual": no side receives the other; "event": a gathering that needs no named person.
TRIGGERS: list[tuple[str, re.Pattern]] = [
    ("visit", re.compile(r"\b(?:was|were|had been)\s+(?:warmly\s+|cordially\s+)?(?:received|welcomed|met)\s+by\b", re.I)),
    ("directional", re.compile(r"\b(?:met|meets|meet)\s+(?:separately\s+|here\s+|there\s+)?(?:(?:on\s+)?\w+day\s+)?with\b", re.I)),
    ("directional", re.compile(r"\b(?:met|meets)\s+" + TIME_PHRASE + r"(?=[A-Z]|him\b|her\b|them\b|the (?:visiting|delegation|participants|representatives)|the [A-Z])")),
    ("directional", re.compile(r"\b(?:received|receives|receiving)\s+" + TIME_PHRASE + r"(?:a\s+)?(?:[\w-]+\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:from|by)\b", re.I)),
    ("directional", re.compile(r"\b(?:received|receives|receiving)\s+" + TIME_PHRASE + r"(?=(?:a |the |visiting )?(?:[A-Z]|delegations?\b|representatives\b|visiting\b|him\b|her\b|heads\b|members\b|participants\b|guests\b|leaders\b))")),
    ("directional", re.compile(r"\bwelcom(?:ed|es|ing)\s+(?=the (?:visit|arrival|delegation)|[A-Z])")),
    ("directional", re.compile(r"\b(?:held|holds|hold|had|has|have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:talks|meeting|conversation|discussions?|consultations?|call|dialogue|videoconference)"
                               r"(?:\s+(?:via|by|through|over)\s+(?:a\s+)?video(?:\s+link|\s+conference)?|\s+online"
                               r"|\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\s+on\s+\w+(?:\s+\d{1,2})?|\s+(?:here|there|today|yesterday)"
                               r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))*"
                               r"\s+with\b")),
    ("directional", re.compile(r"\b(?:talked|talking|spoke|speaking|conversed|discussed|negotiated)\s+(?:with|to)\b", re.I)),
    ("visit", re.compile(r"\b(?:paid|pays|paying)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:call|visit)\s+(?:(?:in|at)\s+[A-Z][\w'’-]+\s+)?(?:on|to)\b|\bcalled on\s+(?=(?:the\s+|H\.E\.\s+|Mr\.?\s+|Ms\.?\s+)?(?-i:[A-Z]))", re.I)),
    ("directional", re.compile(r"\b(?:In|During|At|in|during|at)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+with\b")),
    ("visit", re.compile(r"\battended\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}meeting\s+with\b", re.I)),
    ("visit", re.compile(r"\b(?:visited|visits)\s+(?=[A-Z\u4e00-\u9fff]|the\b)")),
    ("mutual", re.compile(r"\b(?:meetings?|talks)\s+(?:was|were)\s+held\s+between\b", re.I)),
    ("mutual", re.compile(r"(?<!of the )(?<!of their )\b(?:meeting|talks)\s+between\b", re.I)),
    ("mutual", re.compile(r"\b(?:held|hold|holds|had)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|consultations|video ?conference|video call)\b(?!\s+with)", re.I)),
    ("mutual", re.compile(r"\bmet\b(?=\s+(?:in|at|on|here|there|yesterday|today|separately)\b)")),
    ("mutual", re.compile(r"\b(?:are|were|is|was) meeting\b(?=\s+(?:in|at|here|there|today)\b)")),
    ("mutual", re.compile(r"\b(?:meeting|talks)\s+(?:took place|was held|were held)\b[^.;]{0,120}?\bbetween\b", re.I)),
    ("mutual", re.compile(r"\b(?:have |has |had )?agreed\s+(?:to|on)\b", re.I)),
    ("mutual", re.compile(r"\bsigned\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:memorandum|agreement|programme|program|plan|protocol|treaty|minutes|MoU|MOU)\b", re.I)),
    ("mutual", re.compile(r"\bsigned\b[^.;]{0,160}?\b(?:during|at) (?:a|the|their) (?:[\w-]+\s+){0,2}(?:meeting|talks)\b", re.I)),
    ("caption", re.compile(r"\((?:right|left|centre|center|R|L|C|\d\w* [LR])\)\s*(?:with|meets|shakes hands with|talks with|poses with)\b")),
    ("event", re.compile(r"\b" + EVENT_NOUN + r"\b[^.;]{0,200}?\b(?:is|was|were|has been|had been)\s+(?:held|convened|opened|hosted|launched)\b", re.I)),
    ("event", re.compile(r"\b(?:held|convened|hosted|hosts|organi[sz]ed|opened)\s+(?:a|an|the|its|today)\s+(?:[\w'’-]+\s+){0,8}?" + EVENT_NOUN + r"\b", re.I)),
    ("event", re.compile(r"\b" + EVENT_NOUN + r"\b[^.;]{0,100}?\btook place\b", re.I)),
    ("event", re.compile(r"\b" + EVENT_NOUN + r"\b,?\s+(?:held|hosted|convened)\s+(?:in|on|at|by|from)\b", re.I)),
    ("event", re.compile(r"\b" + EVENT_NOUN + r"\b[^.;]{0,120}?\b(?:opened|kicked off|got under ?way|closed|concluded|began|started|ended|wrapped up)\b", re.I)),
    ("directional", re.compile(r"\b(?:hosted|hosts|hosting)\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,2}delegation|[A-Z])")),
    ("event", re.compile(r"\bconcluded with (?:a|the) (?:closing )?ceremony\b", re.I)),
    ("event", re.compile(r"\b(?:presided over|chaired|presides over|chairs)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,5}?" + EVENT_NOUN + r"\b", re.I)),
]
# Clauses that add people to the latest meeting: (pattern, role, whether the people stand after it).
ATTENDANCE: list[tuple[re.Pattern, str, bool]] = [
    (re.compile(r"\bpresid(?:ed|es|ing)\s+over\b|\bchair(?:ed|s)\s+(?:it|the)\b", re.I), "host", False),
    (re.compile(r"\b(?:attended|attends|attend|participated in|participate in|took part in|take part in|joined)\s+(?:(?:the|this|it)\b\s*(?:[\w'’-]+\s+){0,3}?(?:" + EVENT_NOUN + r"|event|reception|signing|visit|opening)?|as well)", re.I), "attendee", False),
    (re.compile(r"\b(?:was|were)\s+(?:also\s+)?present\b", re.I), "attendee", False),
    (re.compile(r"\baddress(?:ed|es)?\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:" + EVENT_NOUN + r"|opening|event)", re.I), "attendee", False),
    (re.compile(r"\b(?:deliver(?:ed|s)|gave|gives|made|makes)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:speech|address|report|remarks)\b", re.I), "attendee", False),
    (re.compile(r"\battended\s*\.$|\baddressed the (?:participants|delegates|gathering|audience)\b", re.I), "attendee", False),
    (re.compile(r"\bgave\s+speeches\b|\bspoke at\b|\bread out\b|\bin (?:his|her|their) (?:speech|speeches|remarks|addresses)\b"
                r"|\bbriefed (?:the )?(?:participants|meeting|conference|delegates)\b", re.I), "attendee", False),
    (re.compile(r"\bled\s+the\s+[^,.;]{0,50}?delegation\b|\bas part of the\s+[^,.;]{0,50}?delegation\b", re.I), "attendee", False),
    (re.compile(r"\b(?:(?:was|were)\s+)?(?:chaired|presided(?:\s+over)?)\s+by\b", re.I), "host", True),
    (re.compile(r"\b(?:delegations?|group)\b[^.;]{0,60}?\b(?:was|were|is|are)\s+(?:led|headed)\s+by\b", re.I), "attendee", True),
    (re.compile(r"\b(?:also\s+)?taking part (?:in (?:the|it)\s+(?:\w+\s+)?)?(?:were|was)\b|\bpresent\s+(?:during|at)\s+the\s+\w+\s+(?:were|was)\b", re.I), "attendee", True),
    (re.compile(r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b|\b(?:accompanied|joined)\s+by\b|\bpresent\s+(?:at the (?:meeting|talks)\s+)?(?:were|was)\b", re.I), "attendee", True),
    (re.compile(r"^(?:Joining|Accompanying)\b.*?\b(?:were|was)\b", re.I), "attendee", True),
    (re.compile(r"\b(?:attending|participating in|present at)\b[^.;]{0,60}?\b(?:included|includes|were|are)\b", re.I), "attendee", True),
    (re.compile(r"\b(?:attended|attend|took part in|participated in)\b[^.;]{0,60}?,?\s+(?:including|as well as|along with|together with)\b|\bAmong (?:those )?(?:attending|present|participants)\b[^.;]{0,20}?\b(?:are|were)\b", re.I), "attendee", True),
]
FUTURE = re.compile(r"\b(?:will|would|shall|to be held|is scheduled|are scheduled|is expected to|are expected to|plans? to|next year|upcoming|is set to|are set to)\b"
                    r"|\binvited\b[^.;]{0,80}?\bto (?:visit|attend|take part)\b|\bnext (?:meeting|session|conference|round)\b"
                    r"|\b(?:decided|agreed) to hold\b", re.I)
BACKGROUND = re.compile(r"\b(?:previously|last year|in the past|earlier this year|recalled|recalling|reminisced|had met|has met|have met"
                        r"|since the establishment|used to|for the first time since|the day before)\b", re.I)
# ", who arrived in Seoul on Monday for a four-day visit,": a clause that dates something else.
RELATIVE_CLAUSE = re.compile(r",\s+who\s+[^,]*(?:,|$)")
# A meeting held over a video link has no one place.
REMOTE = re.compile(r"\b(?:via|by|through|over)\s+(?:a\s+)?video(?:\s*link|\s*conference|\s*call)?\b|\bvideo\s*conference\b|\bvideo (?:meeting|call|talks)\b|\bonline (?:meeting|talks)\b", re.I)
# "... and agreed that the next meeting will be held in Russia in 2013": a clause about the future.
FUTURE_CLAUSE = re.compile(r"\b(?:that\s+)?[^,;]*?\b(?:will|shall|would)\b[^,;]*", re.I)
# "X also met Y", "later called on": the same occasion as the meeting before.
ALSO = re.compile(r"\b(?:also|later|afterwards|then)\b\s+(?:\w+\s+)?(?:met|meets|held|received|called|paid|visited|talked|signed)", re.I)
CONTINUATION = re.compile(r"^(?:During|While|Later|After that|Afterwards|Subsequently|Then|Meanwhile|He|She|They"
                          r"|In the (?:morning|afternoon|evening)|On the (?:same|following|next) day|That (?:day|morning|afternoon|evening))\b")
MULTILATERAL_CUE = re.compile(r"\b(?:SCO|Shanghai Cooperation Organi[sz]ation|ASEAN|BRICS|member states|member countries|multilateral"
                              r"|CICA|OSCE|International Association of Prosecutors|prosecutors general of (?:the )?\w+ countries)\b")
UNNAMED_GROUP = re.compile(r"^\W*(?:(?:a|an|the|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:delegations?|representatives|participants|officials|counterparts|prosecutors|team)\b", re.I)
# A group whose country the sentence does not give: "the delegation met ...".
UNNAMED_COUNTRY = "unnamed"
# "the Chinese delegation was received by ...": a group standing where the visitor's name would.
SUBJECT_GROUP = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:delegation|side|team|guests|visitors)\s+(?:\w+\s+){0,2}$", re.I)
SPEAKER = re.compile(r"^[^.;]{0,160}?\b(?:said|says|remarked|noted|thanked|stressed|expressed|added|briefed|spoke|introduced|highlighted|emphasized|emphasised|stated|pointed out)\b")
# Preferred date phrases first: a stated day beats a weekday, which beats a month or a year.
DATE_RANK = {"iso": 0, "ymd_slash": 0, "dmy_slash": 0, "day_span_month": 0, "day_span_slash": 0, "month_day_span": 0, "month_day": 0,
             "day_month": 0, "today": 1, "yesterday": 1, "day_of_month": 1, "weekday": 2, "same_day": 2.5, "next_day": 2.5,
             "previous_day": 2.5, "month_year": 3, "year": 4}


@dataclass
class Candidate:
    """One report of a meeting in one sentence, before reports of the same meeting are merged."""

    kind: str
    sentences: list[Sentence]
    subjects: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    attendees: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    date_stated: bool = False
    places: list[Place] = field(default_factory=list)
    object_group: bool = False
    object_group_country: str | None = None
    subject_group_country: str | None = None
    remote: bool = False
    multilateral_cue: bool = False
    side_countries: set[str] = field(default_factory=set)

    @property
    def principals(self) -> set[str]:
        """The people on either side of the meeting verb, not those who only attended."""
        return set(self.subjects) | set(self.objects)

    @property
    def reports_a_meeting(self) -> bool:
        """Whether this report can stand as a meeting: it names someone, or it is a gathering that was held."""
        return bool(self.people) or self.kind == "event"

    @property
    def people(self) -> set[str]:
        return set(self.subjects) | set(self.objects) | set(self.attendees)


def find_trigger(text: str) -> tuple[str, re.Match] | None:
    """The leftmost meeting verb or event of a sentence that is neither planned nor recalled."""
    if BACKGROUND.search(text):
        return None
    matches = []
    for kind, pattern in TRIGGERS:
        for m in pattern.finditer(text):
            clause = re.split(r"[,;]", text[: m.start()])[-1]
            if FUTURE.search(clause + text[m.start() : m.end()]):
                continue
            if kind == "event" and (re.search(r"\b(?:the|this|that)\s+$", text[: m.start()], re.I)
                                    or re.search(r"\b(?:the|this|that)\s+" + EVENT_NOUN + r"\b", m.group(0), re.I)):
                kind = "reference"  # "the meeting closed", "when he opened the meeting": the meeting already told
            matches.append((m.start(), kind, m))
            break
    if not matches:
        return None
    _, kind, match = min(matches, key=lambda t: t[0])
    return kind, match


def best_date(text: str) -> DateMention | None:
    mentions = find_dates(text)
    return min(mentions, key=lambda m: (DATE_RANK[m.kind], m.start)) if mentions else None


def _argument_spans(text: str, match: re.Match) -> list[tuple[int, int]]:
    """Where a meeting verb's subject and object stand: the clause before it and the stretch after it."""
    clause_start = max(text.rfind(";", 0, match.start()), text.rfind(". ", 0, match.start()), -1) + 1
    end = len(text)
    for stop in re.finditer(r"\s(?:in|on|at|to|for|and held|and discussed|,\s+(?:during|where|which|who))\s", text[match.end() :]):
        end = match.end() + stop.start()
        break
    return [(clause_start, match.start()), (match.end(), end)]


def _names(mentions: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.name not in out:
            out.append(m.name)
    return out


def _subject_end(text: str, verb: int) -> int:
    """Where the subject of a verb ends: before a relative clause that describes it ("The visiting
    delegation, which included X, also met ...": X is not the one who met)."""
    clause = re.search(r",\s+(?:which|who)\b[^;]*,\s+(?:\w+\s+)?$", text[:verb])
    return clause.start() if clause else verb


def _accompanying(text: str, verb: int) -> list[tuple[int, int]]:
    """Stretches before the verb that name who came along: "X, accompanied by Y, held talks"."""
    return [(m.start(), m.end()) for m in re.finditer(r"\baccompanied by\b[^,;]*", text[:verb], re.I)]


def read_trigger(sentence: Sentence, kind: str, match: re.Match, people: list[Person]) -> Candidate:
    """A Candidate for one trigger sentence: who stands on each side of the verb, and what it says of place."""
    text = sentence.text
    mentions = find_people(text, people, _argument_spans(text, match))
    if kind == "mutual" and "between" in text[match.start() : match.end() + 10]:
        after = [m for m in mentions if m.start >= text.find("between", match.start())]
        subjects, objects = after[:1], after[1:]
    elif kind == "mutual":
        subjects, objects = [m for m in mentions if m.start < match.start()], []
    else:
        clause = _subject_end(text, match.start())
        escorts = _accompanying(text, match.start())
        subjects = [m for m in mentions if m.end <= clause and not any(a <= m.start < b for a, b in escorts)]
        objects = [m for m in mentions if m.start >= match.end()]
    if kind == "mutual" and not objects and len(subjects) > 1:
        subjects, objects = subjects[:1], subjects[1:]
    if kind == "mutual" and "between" not in match.group(0) and not objects:
        subjects = []
        many = MULTILATERAL_CUE.search(text) or len({code for _, code, _ in country_mentions(text)}) >= 3
        if (many and re.search(r"\bmeet|\bmet\b", match.group(0))) or re.search(
                r"conference|forum|symposium|seminar|session", match.group(0), re.I):
            kind = "event"  # "the SCO member states met in Dushanbe", "the SPP held a national video conference"
    candidate = Candidate(kind=kind, sentences=[sentence], subjects=_names(subjects), objects=_names(objects))
    after_verb = text[match.end() :]
    if kind in ("directional", "visit") and not objects and UNNAMED_GROUP.match(after_verb):
        candidate.object_group = True
        group_text = re.split(r"[,;.]|\bwhich\b|\bwho\b", after_verb)[0]
        codes = [code for _, code, _ in country_mentions(group_text)]
        candidate.object_group_country = codes[0] if codes else (UNNAMED_COUNTRY if re.search(r"\bdelegation\b", group_text) else None)
    if kind in ("directional", "visit") and not subjects:
        group = SUBJECT_GROUP.search(text[: _subject_end(text, match.start())] + " ")
        if group:
            codes = [code for _, code, _ in country_mentions(group.group(0))]
            candidate.subject_group_country = codes[0] if codes else UNNAMED_COUNTRY
    if kind == "event":
        candidate.multilateral_cue = bool(MULTILATERAL_CUE.search(text))
        role = "host" if re.match(r"presid|chair", match.group(0), re.I) else "attendee"
        candidate.attendees.update({name: role for name in candidate.subjects})
        candidate.attendees.update({name: "attendee" for name in candidate.objects})
        candidate.subjects, candidate.objects = [], []
    candidate.side_countries = {code for offset, code, words in country_mentions(text)
                                if not re.search(r"\bto\s+(?:the\s+)?$", text[max(0, offset - 12) : offset])
                                and not names_a_body(text[offset + len(words) :])}
    candidate.places = [p for p in places_in(text) if not FUTURE.search(text[max(0, p.start - 30) : p.start])
                        and not re.match(r"[\w .'’-]{0,30}?\s+in\s+(?:19|20)\d\d\b", text[p.start :])]  # "signed in Beijing in 2019"
    candidate.remote = bool(REMOTE.search(text))
    return candidate


def attendance_clauses(text: str) -> list[tuple[re.Match, str, bool]]:
    """The clauses of a sentence that say who was at the meeting, unless it recalls another time."""
    if BACKGROUND.search(text):
        return []
    return [(m, role, after) for pattern, role, after in ATTENDANCE for m in pattern.finditer(text)]


def read_attendance(sentence: Sentence, people: list[Person]) -> dict[str, str]:
    """People a sentence places at the latest meeting, with their role there."""
    text = sentence.text
    found: dict[str, str] = {}
    clauses = attendance_clauses(text)
    if not clauses:
        return {}
    for mention in find_people(text, people):
        for m, role, after in sorted(clauses, key=lambda c: c[0].start()):
            if (not after and mention.end <= m.start()) or (after and mention.start >= m.end()):
                if found.get(mention.name) != "host":
                    found[mention.name] = role
                break
    return found


def speakers_of(sentences: list[Sentence], people: list[Person]) -> list[str]:
    """People who speak in their own sentence ("Liu Zhenyu thanked ...", "The Chinese Vice-attorney, Jiang Jianchu, remarked")."""
    out = []
    for sentence in sentences:
        if not SPEAKER.match(sentence.text) or BACKGROUND.search(sentence.text):
            continue
        mentions = find_people(sentence.text, people)
        verb = SPEAKER.match(sentence.text)
        if mentions and mentions[0].end <= verb.end():
            out.append(mentions[0].name)
    return out


RECALLED_AFTER_DAYS = 90  # a meeting dated this long before publication is recalled, not reported


def _long_before(value: str | None, published: PartialDate | None) -> bool:
    """Whether a stated date lies well before the article's publication: a past event told in passing."""
    pub = published.as_date() if published else None
    start = (value or "").split("/")[0]
    if pub is None or not re.match(r"\d{4}", start):
        return False
    parts = [int(x) for x in start.split("-")]
    year, month, day = (parts + [12, 28])[:3] if len(parts) < 3 else parts
    return (pub - date(year, month, min(day, 28))).days > RECALLED_AFTER_DAYS


def _says_same_day(text: str) -> bool:
    return any(m.kind in ("same_day", "next_day") for m in find_dates(text))


def date_of(sentence: Sentence, context: list[Sentence], published: PartialDate | None, previous: str | None) -> tuple[str | None, bool]:
    """(the meeting date a trigger sentence gives or its context carries, whether the text stated one)."""
    mention = best_date(FUTURE_CLAUSE.sub("", RELATIVE_CLAUSE.sub(",", sentence.text)))
    if mention:
        return resolve(mention, published, previous), True
    if previous and ALSO.search(sentence.text):
        return previous, True
    for earlier in reversed(context):
        if BACKGROUND.search(earlier.text) or FUTURE.search(earlier.text):
            continue
        mention = best_date(earlier.text)
        if mention and DATE_RANK[mention.kind] <= 2:
            return resolve(mention, published, previous), True
    return None, False


def context_of(sentence: Sentence, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences whose date and place carry over: earlier ones of the paragraph, and the previous
    paragraphs when the sentence continues a story ("During the visit, ...")."""
    earlier = [s for s in sentences[max(0, sentence.index - CONTEXT_SENTENCES) : sentence.index] if not s.caption]
    same = [s for s in earlier if s.paragraph == sentence.paragraph]
    if CONTINUATION.match(sentence.text):
        paragraphs = sorted({s.paragraph for s in earlier if s.paragraph < sentence.paragraph})[-2:]
        return [s for s in earlier if s.paragraph in paragraphs] + same
    return same


CONTEXT_SENTENCES = 12  # how far back a date or place may carry: a few paragraphs of a news report


def _previous_person(sentence: Sentence, sentences: list[Sentence], people: list[Person],
                     candidates: list[Candidate]) -> list[str]:
    """Whom "he" stands for: the first person the sentence before names, else the last meeting's subject."""
    for earlier in reversed(sentences[max(0, sentence.index - 2) : sentence.index]):
        named = find_people(earlier.text, people)
        if named:
            return [named[0].name]
    if candidates:
        last = candidates[-1]
        return (last.subjects or last.objects)[:1]
    return []


def _separately(candidate: Candidate, match: re.Match) -> list[Candidate]:
    """"held separate talks with A and B": one meeting with each."""
    if len(candidate.objects) < 2 or not re.search(r"\bseparate(?:ly)?\b", candidate.sentences[0].text):
        return [candidate]
    return [replace(candidate, objects=[name], attendees=dict(candidate.attendees), places=list(candidate.places))
            for name in candidate.objects]


def _attendance_target(text: str, candidates: list[Candidate]) -> Candidate | None:
    """The meeting an attendance sentence adds to: the latest one, or the latest conference when the
    sentence speaks of a conference or a delegation to it and a side meeting came in between."""
    candidates = [c for c in candidates if c.reports_a_meeting]
    if not candidates:
        return None
    events = [c for c in candidates if c.kind == "event"]
    if events and candidates[-1].kind != "event" and re.search(
            r"\b(?:conference|forum|session|summit|symposium|delegation)\b|\bmeeting of\b", text, re.I):
        return events[-1]
    return candidates[-1]


def read_candidates(sentences: list[Sentence], people: list[Person], published: PartialDate | None) -> list[Candidate]:
    """Every trigger of the article as a Candidate, with the people later sentences add to it."""
    candidates: list[Candidate] = []
    pending: dict[str, str] = {}
    for sentence in sentences:
        trigger = find_trigger(sentence.text)
        if trigger and trigger[0] == "reference":
            trigger = None if candidates else ("event", trigger[1])
        if trigger:
            kind, match = trigger
            candidate = read_trigger(sentence, kind, match, people)
            if not candidate.subjects and re.search(r"\b(?:he|she)\b", sentence.text[: match.start()], re.I):
                candidate.subjects = _previous_person(sentence, sentences, people, candidates)
            previous = next((c.date for c in reversed(candidates) if c.reports_a_meeting), None)
            if "sidelines" in sentence.text:  # "on the sidelines of the conference": the conference's day
                previous = next((c.date for c in reversed(candidates) if c.kind == "event" and c.date), previous)
            context = context_of(sentence, sentences)
            candidate.date, candidate.date_stated = date_of(sentence, context, published, previous)
            if _long_before(candidate.date, published):
                continue
            if not candidate.places and candidates and _says_same_day(sentence.text):
                candidate.places = next((list(c.places) for c in reversed(candidates)
                                         if c.places and c.reports_a_meeting), [])
            if not candidate.places:
                told = [s for s in reversed(context) if not (FUTURE.search(s.text) or BACKGROUND.search(s.text))]
                candidate.places = next((found[:1] for s in told if (found := places_in(s.text))), [])
            candidate.attendees.update({k: v for k, v in read_attendance(sentence, people).items()
                                        if k not in candidate.principals and (k not in candidate.attendees or v == "host")})
            if pending:
                candidate.attendees.update({k: v for k, v in pending.items() if k not in candidate.people})
                pending = {}
            candidates.extend(_separately(candidate, match))
            continue
        attending = read_attendance(sentence, people)
        if not attending and not attendance_clauses(sentence.text):
            continue
        target = _attendance_target(sentence.text, candidates)
        if target is None:
            pending.update(attending)
            continue
        target.sentences.append(sentence)
        for name, role in attending.items():
            if name in target.subjects or name in target.objects:
                if role == "host":
                    target.attendees[name] = role
                continue
            if target.attendees.get(name) != "host":
                target.attendees[name] = role
        if not target.places and re.search(r"\b(?:held|took place|hosted)\b", sentence.text):
            target.places = places_in(sentence.text)[:1]
    return candidates


def _compatible_dates(a: str | None, b: str | None) -> bool:
    """Equal, unknown on one side, or one a span ("2019-07-08/2019-07-12") that holds the other's day."""
    return a is None or b is None or a == b or _within(a, b) or _within(b, a) or _same_day_of_year(a, b)


def _same_day_of_year(a: str, b: str) -> bool:
    """'--06-03' and '2021-06-03': the same day, one report knowing the year."""
    yearless, full = (a, b) if a.startswith("--") else (b, a)
    return yearless.startswith("--") and "/" not in yearless + full and full.endswith(yearless[1:]) and len(full) == 10


def _within(span: str, day: str) -> bool:
    if "/" not in span or "/" in day:
        return False
    start, end = span.split("/")
    return len(start) == len(day) == len(end) and start <= day <= end


def _more_precise(a: str | None, b: str | None) -> str | None:
    """Of two compatible dates, the one that names a day rather than a span."""
    if a and b and (("/" in a and "/" not in b) or (a.startswith("--") and not b.startswith("--"))):
        return b
    return a or b


def _merge_score(a: Candidate, b: Candidate) -> float | None:
    """How surely two candidates report the same meeting; None when they cannot."""
    if (a.kind == "event" and b.kind == "event" and _days_apart(a.date, b.date) in range(1, CONFERENCE_DAYS)
            and _event_nouns(a) & _event_nouns(b)):
        return 0.2  # "opened Thursday" and "concluded Friday": one conference over several days
    if not _compatible_dates(a.date, b.date):
        return None
    if a.kind == "event" and b.kind == "event":
        return 0.25 + (0.5 if a.date and a.date == b.date else 0.0)
    if _side_meeting(a, b) or _side_meeting(b, a):
        return None
    people_a, people_b = a.principals or a.people, b.principals or b.people
    if people_a and people_b:
        shared = people_a & people_b
        if not shared or (shared != people_a and shared != people_b):
            return None
        return len(shared) / len(people_a | people_b) + (0.5 if a.date and a.date == b.date else 0.0)
    return None


CONFERENCE_DAYS = 4  # reports of a conference's opening and close stand at most this many days apart


def _event_nouns(candidate: Candidate) -> set[str]:
    """The kinds of gathering a candidate's sentences name: a symposium is not a Party group meeting."""
    return {m.lower() for s in candidate.sentences for m in re.findall(EVENT_NOUN, s.text, re.I)}


def _days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two full dates, or None unless both are full dates."""
    if not (a and b and re.fullmatch(r"\d{4}-\d\d-\d\d", a) and re.fullmatch(r"\d{4}-\d\d-\d\d", b)):
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _side_meeting(a: Candidate, b: Candidate) -> bool:
    """A talk between two named people is its own meeting beside a conference, not part of it."""
    return a.kind == "event" and b.kind != "event" and (
        len(b.principals) >= 2 or any("sidelines" in s.text for s in b.sentences))


def _absorb(into: Candidate, other: Candidate) -> None:
    for name in other.subjects:
        if name not in into.people:
            into.subjects.append(name)
    for name in other.objects:
        if name not in into.people:
            into.objects.append(name)
    for name, role in other.attendees.items():
        if name in into.subjects or name in into.objects:
            continue
        if into.attendees.get(name) != "host":
            into.attendees[name] = role
    into.sentences = sorted({s.index: s for s in into.sentences + other.sentences}.values(), key=lambda s: s.index)
    if _days_apart(into.date, other.date):
        into.date = "/".join(sorted([into.date, other.date]))  # type: ignore[list-item]
    else:
        into.date = _more_precise(into.date, other.date)
    into.date_stated = into.date_stated or other.date_stated
    if not into.places or (not into.places[0].city and other.places and other.places[0].city):
        into.places = other.places or into.places
    into.object_group = into.object_group or other.object_group
    into.object_group_country = into.object_group_country or other.object_group_country
    into.subject_group_country = into.subject_group_country or other.subject_group_country
    into.remote = into.remote or other.remote
    into.multilateral_cue = into.multilateral_cue or other.multilateral_cue
    into.side_countries |= other.side_countries
    if into.kind in ("event", "caption") and other.kind not in ("event", "caption"):
        into.kind = other.kind


MERGE_WINDOW = 40  # reports of one meeting stand within this many triggers of each other


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Reports of one meeting (a caption, the lead, the body) folded into one, surest pair first."""
    merged = list(candidates)
    while True:
        best = None
        for i in range(len(merged)):
            for j in range(i + 1, min(len(merged), i + MERGE_WINDOW)):
                score = _merge_score(merged[i], merged[j])
                if score is not None and (best is None or score > best[0]):
                    best = (score, i, j)
        if best is None:
            return merged
        _, i, j = best
        keep, drop = (i, j) if (merged[i].date or not merged[j].date) and merged[i].kind != "caption" else (j, i)
        _absorb(merged[keep], merged[drop])
        del merged[drop]
