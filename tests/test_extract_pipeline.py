"""extract(): whole articles, every field of every meeting checked against the hand-made answer (SPEC: the records, field values).

Answers live beside the articles in tests/data/devset as X.gold.json; the text is
tests/data/devset/X.txt, or tests/data/seeds/X.txt for the five seed articles.
Meetings are compared in the order the article reports them; participants and
delegations as sets, since their order carries no meaning.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from procq.extract import extract
from procq.records import Article

DATA = Path(__file__).parent / "data"
GOLD = sorted((DATA / "devset").glob("*.gold.json"))
FIELDS = ["date", "location", "kind", "participants", "delegations"]


def _article_id(path: Path) -> str:
    return path.name[: -len(".gold.json")]


def _text(article: str) -> str:
    for folder in ("devset", "seeds"):
        path = DATA / folder / f"{article}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(article)


_CACHE: dict[str, object] = {}


def _facts(article: str):
    if article not in _CACHE:
        _CACHE[article] = extract(Article(article, f"{article}.txt", _text(article)))
    return _CACHE[article]


def _gold(article: str) -> dict:
    return json.loads((DATA / "devset" / f"{article}.gold.json").read_text(encoding="utf-8"))


def _field(meeting, name: str):
    """One field of a meeting in the gold file's terms."""
    if name == "location":
        return (meeting.location.city, meeting.location.country) if meeting.location else (None, None)
    if name == "participants":
        return {(p.name, p.country, p.role) for p in meeting.participants}
    if name == "delegations":
        return {(d.country, d.leader, tuple(sorted(d.members))) for d in meeting.delegations}
    return getattr(meeting, name)


def _gold_field(meeting: dict, name: str):
    if name == "location":
        return (meeting["city"], meeting["country"])
    if name == "participants":
        return {(p["name"], p["country"], p["role"]) for p in meeting["participants"]}
    if name == "delegations":
        return {(d["country"], d["leader"], tuple(sorted(d["members"]))) for d in meeting["delegations"]}
    return meeting[name]


def test_the_devset_copy_is_there():
    assert len(GOLD) >= 15
    for path in GOLD:
        _text(_article_id(path))


@pytest.mark.parametrize("article", [_article_id(p) for p in GOLD])
def test_publication_date(article):
    assert _facts(article).published == _gold(article)["published"]


@pytest.mark.parametrize("article", [_article_id(p) for p in GOLD])
def test_number_of_meetings(article):
    assert len(_facts(article).meetings) == len(_gold(article)["meetings"])


CASES = [
    pytest.param(_article_id(p), n, name, id=f"{_article_id(p)}#{n + 1}-{name}")
    for p in GOLD
    for n in range(len(json.loads(p.read_text(encoding="utf-8"))["meetings"]))
    for name in FIELDS
]


@pytest.mark.parametrize("article, number, name", CASES)
def test_meeting_field(article, number, name):
    meetings = _facts(article).meetings
    assert number < len(meetings), f"{article} has no meeting {number + 1}"
    assert _field(meetings[number], name) == _gold_field(_gold(article)["meetings"][number], name)


def test_every_meeting_cites_its_article_and_evidence():
    for path in GOLD:
        article = _article_id(path)
        for meeting in _facts(article).meetings:
            assert meeting.id.startswith(f"{article}#")
            assert [s.article for s in meeting.sources] == [article]
            assert meeting.evidence
            assert all(e.article == article and e.sentence.strip() for e in meeting.evidence)


# Articles written in the same style, to check that the rules are general rather than fitted to one wording.


def _extract(text: str, article: str = "written"):
    return extract(Article(article, f"{article}.txt", text))


def test_written_bilateral_visit_with_a_future_meeting_and_cited_heads_of_state():
    text = (
        "Uzbek and Kazakh prosecutors general hold talks in Tashkent\n\n"
        "kabar.kg | Published: 2024-03-05 11:20\n\n"
        "Uzbek Prosecutor General Nigmatilla Yuldashev met with a delegation led by Kazakh Prosecutor General Berik Asylov in Tashkent on 4 March.\n\n"
        "Yuldashev said the consensus reached by President Shavkat Mirziyoyev and President Kassym-Jomart Tokayev guides the cooperation between the two offices.\n\n"
        "Asylov thanked the hosts. Kazakh Deputy Prosecutor General Marat Akhmetzhanov attended the talks as well.\n\n"
        "The next meeting of the prosecutors general of the two countries will be held in Astana in 2025.\n"
    )
    facts = _extract(text)
    assert facts.published == "2024-03-05"
    assert len(facts.meetings) == 1
    meeting = facts.meetings[0]
    assert meeting.date == "2024-03-04"
    assert (meeting.location.city, meeting.location.country) == ("Tashkent", "UZ")
    assert meeting.kind == "bilateral"
    assert {(p.name, p.country, p.role) for p in meeting.participants} == {
        ("Nigmatilla Yuldashev", "UZ", "host"),
        ("Berik Asylov", "KZ", "guest"),
        ("Marat Akhmetzhanov", "KZ", "attendee"),
    }
    assert [(d.country, d.leader, d.members) for d in meeting.delegations] == [("KZ", "Berik Asylov", [])]


def test_written_conference_in_a_capital_with_a_chair():
    text = (
        "Prosecutors general of Central Asia meet in Bishkek\n\n"
        "Published: 2023-09-15\n\n"
        "On September 14, the 3rd meeting of prosecutors general of Central Asian countries was held in Bishkek, capital of Kyrgyzstan.\n\n"
        "Kyrgyz Prosecutor General Kurmankul Zulushev presided over the meeting.\n\n"
        "Kazakh Prosecutor General Berik Asylov, Uzbek Prosecutor General Nigmatilla Yuldashev and Tajik Prosecutor General Yusuf Rahmon attended the meeting.\n"
    )
    facts = _extract(text)
    assert len(facts.meetings) == 1
    meeting = facts.meetings[0]
    assert meeting.date == "2023-09-14"
    assert (meeting.location.city, meeting.location.country) == ("Bishkek", "KG")
    assert meeting.kind == "multilateral"
    assert {(p.name, p.country, p.role) for p in meeting.participants} == {
        ("Kurmankul Zulushev", "KG", "host"),
        ("Berik Asylov", "KZ", "attendee"),
        ("Nigmatilla Yuldashev", "UZ", "attendee"),
        ("Yusuf Rahmon", "TJ", "attendee"),
    }


def test_written_wire_report_with_a_weekday_and_an_undated_dateline():
    text = (
        "Vietnamese procuracy receives Lao prosecutors\n\n"
        "Updated: 2022-11-25 08:30\n\n"
        "HANOI -- Prosecutor General of the Supreme People's Procuracy Nguyen Huy Tien received Lao Supreme People's Prosecutor Xaysana Khotphouthone in Hanoi on Thursday.\n\n"
        "Tien said the two procuracies have cooperated closely. Khotphouthone thanked him for the warm welcome.\n"
    )
    facts = _extract(text)
    assert len(facts.meetings) == 1
    meeting = facts.meetings[0]
    assert meeting.date == "2022-11-24"
    assert (meeting.location.city, meeting.location.country) == ("Hanoi", "VN")
    assert meeting.kind == "bilateral"
    assert {(p.name, p.country, p.role) for p in meeting.participants} == {
        ("Nguyen Huy Tien", "VN", "host"),
        ("Xaysana Khotphouthone", "LA", "guest"),
    }


def test_an_article_without_a_meeting_gives_none():
    text = (
        "Procuratorate publishes annual report\n\n"
        "Published: 2023-03-08\n\n"
        "The Supreme People's Procuratorate released its annual work report on Wednesday.\n\n"
        "The 23rd Meeting of Prosecutors General of SCO Member States will be held in Pakistan in 2025.\n"
    )
    assert _extract(text).meetings == []
