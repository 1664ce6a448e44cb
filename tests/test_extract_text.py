"""procq.extract.text: site furniture is dropped, repeats are kept once, sentences split where they end."""
from __future__ import annotations

from pathlib import Path

import pytest

from procq.extract.text import content_lines, headline, is_boilerplate, sentences, split_sentences

DATA = Path(__file__).parent / "data"


def _seed(name: str) -> str:
    return (DATA / "seeds" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line",
    [
        "Back to top",
        "BACK TO THE TOP",
        "Copyright © the Supreme People's Procuratorate of the People's Republic of China. All rights reserved. Presented by China Daily.",
        "1.jpg",
        "Global Edition",
        "Registration Number: 130349",
        "License for publishing multimedia online 0108263",
        "京ICP备05026262号-1",
        "  • 1",
        "Photo : YONHAP News",
        "Editor's Pick",
        "Menu Content",
        "Go Top",
        "Advertisement",
        "Learn more",
        "A personalised news feed of stories that matter to you",
        # written in the same style
        "Copyright 2024 Kabar News Agency",
        "7.png",
        "Related news:",
    ],
)
def test_site_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Krasnov expressed his willingness to advance the development of law enforcement and judicial cooperation between the two sides.",
        "SPP Deputy Prosecutor General Ge Xiaoyan and Ambassador of Azerbaijan to China Buniyad Huseynov attended the meeting as well.",
        "Heads of the delegations of the Shanghai Cooperation Organization member states and dialogue partner Azerbaijan pose for a group photo.",
        # a reporting sentence that mentions a source must stay
        "According to a statement from the Russian prosecutor general’s office, Krasnov accused Nato members of working hard.",
    ],
)
def test_reporting_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_a_paragraph_repeated_as_caption_and_lead_is_kept_once():
    # 000: "Ying Yong, Chief Grand Prosecutor ... meets with a delegation led by ... on Oct 19." appears twice word for word
    lines = content_lines(_seed("000_316df6bce73329b3"))
    repeated = [line for line in lines if line.startswith("Ying Yong, Chief Grand Prosecutor") and "meets with" in line]
    assert len(repeated) == 1


def test_repeated_sentences_get_one_sentence_record():
    text = "Li Wei met with Uzbek Prosecutor General Nigmatilla Yuldashev in Tashkent.\n\nLi Wei met with Uzbek Prosecutor General Nigmatilla Yuldashev in Tashkent.\n\nThey signed a plan."
    found = [s.text for s in sentences(text)]
    assert found == ["Li Wei met with Uzbek Prosecutor General Nigmatilla Yuldashev in Tashkent.", "They signed a plan."]


def test_a_photo_line_is_marked_as_caption():
    # 002: "... in Beijing, capital of China, July 13, 2023. [Photo/Xinhua]"
    sents = sentences(_seed("002_402265123e2b644f"))
    caption = [s for s in sents if s.text.startswith("Chen Wenqing, a member") and "July 13, 2023" in s.text]
    body = [s for s in sents if s.text.startswith("Chen Wenqing, a member") and "on Thursday" in s.text]
    assert caption and all(s.caption for s in caption)
    assert body and not any(s.caption for s in body)


def test_the_dateline_is_not_part_of_the_first_sentence():
    # 002: "BEIJING -- Chen Wenqing, ..., met with Igor Krasnov, ..."
    sents = sentences(_seed("002_402265123e2b644f"))
    assert not any(s.text.startswith("BEIJING") for s in sents)


def test_metadata_and_furniture_do_not_become_sentences():
    texts = [s.text for s in sentences(_seed("002_402265123e2b644f"))]
    assert not any("All rights reserved" in t or t == "Global Edition" or "Registration Number" in t for t in texts)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # d046: "Mr." does not end a sentence
        (
            "Mr. Van Leuve expressed support for the steps his counterparts have taken. Meetings with the Chief Prosecutor of the Antwerp region followed.",
            ["Mr. Van Leuve expressed support for the steps his counterparts have taken.",
             "Meetings with the Chief Prosecutor of the Antwerp region followed."],
        ),
        # d008: a full stop with the space missing still ends a sentence
        (
            "He wished the old leader a happy Spring Festival and a healthy, long life.Zhang jun asked with concern about the old leader's health.",
            ["He wished the old leader a happy Spring Festival and a healthy, long life.",
             "Zhang jun asked with concern about the old leader's health."],
        ),
        # written: a month abbreviation does not end a sentence
        (
            "Prosecutor General Andrei Shved met with the delegation on Oct. 12 in Minsk. The sides signed a plan.",
            ["Prosecutor General Andrei Shved met with the delegation on Oct. 12 in Minsk.", "The sides signed a plan."],
        ),
        # a closing quotation mark stays with its sentence
        (
            "“The programme has proved its worth.” Krasnov said more.",
            ["“The programme has proved its worth.”", "Krasnov said more."],
        ),
    ],
)
def test_sentences_split_where_they_end(paragraph, expected):
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    "article, expected",
    [
        ("000_316df6bce73329b3", "Ying Yong meets with Azerbaijani prosecutor general"),
        # "xi's moments" and "Home | National Affairs" above it are navigation
        ("002_402265123e2b644f", "Senior CPC official meets Russian Prosecutor General"),
        ("004_ab2cc90d19b55a3c", "Ying Yong attends 22nd Prosecutors General Meeting of the SCO Member States, delivers keynote speech"),
    ],
)
def test_headline_is_the_first_line_that_reads_like_one(article, expected):
    assert headline(_seed(article)) == expected


def test_headline_skips_menus_written_in_the_same_style():
    text = "Menu Content\nGo Top\nNews\n\nUzbek and Kazakh prosecutors sign a cooperation plan\n\nTASHKENT -- The two sides met."
    assert headline(text) == "Uzbek and Kazakh prosecutors sign a cooperation plan"
