"""Properties that hold for any text: extraction, the date values and the user's dates, names.

hypothesis writes the inputs: arbitrary Unicode, and sentences built from the words the
extractor reacts to (names, titles, meeting verbs, dates, places), which reach far more of
its rules than random characters do. Whatever comes in, records serialise to JSON and every
field holds a value SPEC.md allows.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procq.countries import country_name
from procq.dates import DateValue
from procq.extract import extract
from procq.filters import KINDS, FilterError, parse_since, parse_until
from procq.identity import name_key, name_tokens, same_name
from procq.records import Article, ArticleFacts

ROLES = {"host", "guest", "attendee"}
WORDS = [
    "Ying Yong", "Kamran Aliyev", "Igor Krasnov", "Mr.", "Prosecutor General", "Procurator-General",
    "Chief Grand Prosecutor", "of the", "Supreme People's Procuratorate", "met with", "received",
    "held talks with", "visited", "a delegation led by", "attended", "chaired", "the conference",
    "in Beijing", "in Bishkek", "Azerbaijani", "Russian", "China", "on Oct 19", "on Thursday",
    "2023", "from 5th to 8th November 2019", "--", "BEIJING, Oct. 19 (Xinhua) --", "Updated: 2023-07-14 09:55",
    ",", ".", "\n", "\n\n", "(", ")", "and", "his counterpart", "will hold", "應勇", "separately",
]
article_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)
# extraction runs spaCy on every example: fewer of them, and no deadline on a shared machine
EXTRACTION = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_date(value: str | None) -> None:
    assert value is None or DateValue.parse(value) is not None, value


def assert_country(code: str | None) -> None:
    assert code is None or country_name(code) is not None, code


def assert_follows_spec(facts: ArticleFacts) -> None:
    data = json.loads(json.dumps(facts.to_dict()))
    assert ArticleFacts.from_dict(data) == facts
    assert_date(data["published"])
    for meeting in data["meetings"]:
        assert_date(meeting["date"])
        assert meeting["kind"] in KINDS
        if meeting["location"] is not None:
            assert_country(meeting["location"]["country"])
        for person in meeting["participants"]:
            assert isinstance(person["name"], str) and person["name"].strip()
            assert person["role"] in ROLES
            assert_country(person["country"])
        for delegation in meeting["delegations"]:
            assert_country(delegation["country"])
            assert all(isinstance(member, str) and member.strip() for member in delegation["members"])


@EXTRACTION
@given(text=article_text)
def test_any_text_gives_records_that_follow_the_spec(text):
    assert_follows_spec(extract(Article("generated", "generated.txt", text)))


@given(st.text(max_size=40))
def test_a_date_value_is_none_or_reads_back_from_its_iso_form(text):
    value = DateValue.parse(text)
    assert value is None or DateValue.parse(value.iso()) == value


@given(st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)))
def test_an_iso_day_reads_back_as_itself(text):
    assert DateValue.parse(text).iso() == text


@given(st.one_of(st.text(max_size=30), st.from_regex(r"\d{1,5}([-/. ]\d{1,4}){0,2}", fullmatch=True)))
def test_a_user_date_is_a_range_of_days_or_a_clear_refusal(text):
    try:
        since, until = parse_since(text), parse_until(text)
    except FilterError as refused:
        assert str(refused)
        return
    assert since <= until


@given(st.text(max_size=40))
def test_name_words_are_folded_words_and_their_key_is_stable(name):
    words = name_tokens(name)
    assert all(word and word.isalnum() and word == word.lower() for word in words)
    assert name_key(name_key(name)) == name_key(name)


@given(st.text(max_size=30), st.text(max_size=30))
def test_two_names_match_or_not_whichever_comes_first(a, b):
    assert same_name(a, b) == same_name(b, a)
