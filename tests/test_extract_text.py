"""procq.extract.text: site furniture is dropped, repeats are kept once, sentences split where they end."""
from __future__ import annotations

from pathlib import Path

import pytest

from procq.extract.text import LONGEST_SENTENCE, content_lines, dateline, headline, is_boilerplate, sentences, split_sentences

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


# Wire datelines in the forms agencies print them: (first line of the report, city as written, date as written, first sentence begins)
DATELINES = [
    # belta-konyuk-2017
    ("MINSK, 3 June (BelTA) – Prosecutor General of Belarus Alexander Konyuk met with a delegation of the Supreme People's Procuratorate of China headed by Deputy Procurator-General Sun Qian on 3 June, BelTA learned from the press service of the Prosecutor General's Office.",
     "MINSK", "3 June", "Prosecutor General of Belarus Alexander Konyuk"),
    # tass-chaika-2019
    ("MOSCOW, October 2. /TASS/. Prosecutor General of Russia Yury Chaika and Procurator-General of China's Supreme People's Procuratorate Zhang Jun held talks in Moscow today, the press service of the Russian Prosecutor General's Office told TASS.",
     "MOSCOW", "October 2", "Prosecutor General of Russia Yury Chaika"),
    # app-nab-2021
    ("ISLAMABAD, Jul 5 (APP): A three-member delegation of the Supreme People's Procuratorate of the People's Republic of China, headed by Deputy Procurator General Sun Qian, called on Chairman National Accountability Bureau (NAB) Justice (R) Javed Iqbal here on Monday.",
     "ISLAMABAD", "Jul 5", "A three-member delegation"),
    # khovar-2014-sco-dushanbe
    ("Dushanbe, 23.05.2014 /NIAT Khovar/. The 12th meeting of prosecutors general of the member states of the Shanghai Cooperation Organization took place in Dushanbe on Thursday.",
     "Dushanbe", "23.05.2014", "The 12th meeting"),
    # ena-2021-ethiopia
    ("Addis Ababa, November 5/2021(ENA) Federal Attorney General Gedion Timothewos met with Chinese Ambassador to Ethiopia Zhao Zhiyuan today and discussed ways of strengthening cooperation between the justice sectors of the two countries.",
     "Addis Ababa", "November 5/2021", "Federal Attorney General Gedion Timothewos"),
    # akp-2015-cambodia
    ("Phnom Penh, July 8, 2015 AKP -- Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, received here this morning a courtesy call by H.E. Cao Jianming, Procurator-General of the Supreme People's Procuratorate of the People's Republic of China.",
     "Phnom Penh", "July 8, 2015", "Samdech Akka Moha Sena Padei Techo Hun Sen"),
    # kazinform-ambassadors-2021: capitals and a bare agency name, no date
    ("NUR-SULTAN. KAZINFORM – Prosecutor General of Kazakhstan Gizat Nurdauletov met with Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to Kazakhstan Zhang Xiao today, the press service of the Prosecutor General's Office reports.",
     "NUR-SULTAN", None, None),
]


@pytest.mark.parametrize("line, city, date, _start", DATELINES)
def test_a_wire_dateline_gives_its_city_and_date(line, city, date, _start):
    found = dateline(line)
    assert found is not None
    assert (found.city, found.date) == (city, date)


@pytest.mark.parametrize("line, city, _date, start", DATELINES)
def test_the_dateline_is_cut_off_the_first_sentence(line, city, _date, start):
    first = sentences(line)[0].text
    assert not first.startswith(city)
    assert "(BelTA)" not in first and "/TASS/" not in first and "(APP)" not in first and "Khovar" not in first
    if start:
        assert first.startswith(start)


@pytest.mark.parametrize(
    "line",
    [
        # ena-2021-ethiopia: an ordinary opening that starts with a country is no dateline
        "Pakistan and China should further strengthen cooperation in the fight against corruption, the chairman said.",
        "Prosecutor General of Belarus Alexander Konyuk met with a delegation of the Supreme People's Procuratorate of China.",
    ],
)
def test_an_ordinary_opening_is_no_dateline(line):
    assert dateline(line) is None


def test_run_on_text_without_full_stops_is_cut_into_bounded_sentences():
    # a page scraped without punctuation: one paragraph of comma-joined clauses, some 60 000 characters
    body = "".join(
        f"Prosecutor General of Belarus Alexander Konyuk met with delegation number {n} of the Supreme People's Procuratorate of China headed by Deputy Procurator-General Sun Qian, "
        for n in range(400)
    )
    found = sentences("Konyuk meets Chinese prosecutors\n\n" + body)
    assert len(found) > 40
    assert max(len(s.text) for s in found) <= LONGEST_SENTENCE
    # cuts fall between words, and nothing is lost but the spaces at the cuts
    pieces = [s.text for s in found[1:]]
    assert all(p in body and f" {p.split()[-1]} " in f" {body} " for p in pieces)
    assert sum(len(p) for p in pieces) >= len(body) - 2 * len(pieces)


def test_a_short_paragraph_is_not_cut():
    sentence = "Prosecutor General of Belarus Alexander Konyuk met with a delegation of the Supreme People's Procuratorate of China headed by Deputy Procurator-General Sun Qian on 3 June."
    assert [s.text for s in sentences(sentence)] == [sentence]
