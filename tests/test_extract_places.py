"""procq.extract.places and procq.countries: where a sentence says something happened, and ISO codes for it (SPEC: country)."""
from __future__ import annotations

import pytest

from procq.countries import country_code, institution_country
from procq.extract.places import country_mentions, dateline_city, lookup_city, places_in


def _first(sentence: str) -> tuple[str | None, str | None] | None:
    found = places_in(sentence)
    return (found[0].city, found[0].country) if found else None


PLACES = [
    # 004
    ("the 22nd Prosecutors General Meeting of the Shanghai Cooperation Organization (SCO) Member States was held in Bishkek, capital of Kyrgyzstan, with a theme of", ("Bishkek", "KG")),
    # 000
    ("Ying Yong met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.", ("Beijing", "CN")),
    # 003
    ("The national conference on foreign-related procuratorial work was held in Shanghai on Nov 14.", ("Shanghai", "CN")),
    # afrinz
    ("Russian Prosecutor General Igor Krasnov and his Egyptian counterpart Mohamed Shawky Ayada signed new interdepartmental agreements during a meeting in Moscow.", ("Moscow", "RU")),
    # d046: an institution "of Belgium" as the destination gives the country only
    ("the Serbian Republic Public Prosecutor Zagorka Dolovac visited the Federal Prosecutor’s Office of Belgium under a cooperation agreement", (None, "BE")),
    # d057: a national institution as the venue
    ("Kim announced the results of their talks, which lasted nearly two hours at the Supreme Prosecutors’ Office earlier in the day.", (None, "KR")),
    # d051
    ("Ao Ieong Seong welcomed the visit of the delegation at the headquarters of the CCAC today (10th April).", (None, "MO")),
    # kazinform: a city as the host of the event
    ("Astana hosts today XX jubilee meeting of the SCO Prosecutors General, Kazinform reports.", ("Astana", "KZ")),
    # issue 3
    ("The meeting was held in Nanning city, Guangxi province.", ("Nanning", "CN")),
    ("The conference was held in Hangzhou, Zhejiang province.", ("Hangzhou", "CN")),
    # written in the same style: other cities and countries
    ("The 10th meeting was held in Tashkent, capital of Uzbekistan, on Monday.", ("Tashkent", "UZ")),
    ("Prosecutor General Andrei Shved received the Chinese delegation in Minsk on June 3.", ("Minsk", "BY")),
    ("The Russian delegation arrived in Pyongyang yesterday.", ("Pyongyang", "KP")),
    ("Tran Van Son met with the visiting prosecutors in Hanoi.", ("Hanoi", "VN")),
    ("The two sides held talks in Almaty on Tuesday.", ("Almaty", "KZ")),
    ("Uzbek Prosecutor General Nigmatilla Yuldashev visited the Prosecutor General's Office of Kazakhstan.", (None, "KZ")),
]


@pytest.mark.parametrize("sentence, expected", PLACES)
def test_the_place_a_sentence_says_something_happened_in(sentence, expected):
    assert _first(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # 002: surnames and running text are not places
        "Krasnov expressed his willingness to advance the development of law enforcement and judicial cooperation between the two sides.",
        "Chen said under the strategic guidance of the two heads of state, China-Russia relations have maintained a healthy and stable development momentum.",
        # written: a surname that is also a town name stays a surname without a place cue
        "Li Wei said the talks were fruitful.",
    ],
)
def test_no_place_without_a_cue(sentence):
    assert places_in(sentence) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BEIJING -- Chen Wenqing, a member of the Political Bureau of the Communist Party of China, met with Igor Krasnov.", ("Beijing", "CN")),
        # d051: the article writes Macao in running text; MACAU in the dateline is the same city
        ("MACAU, April 10 - The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit.\n\nThey discussed cooperation between Guangdong and Macao.", ("Macao", "MO")),
        ("Hanoi (VNA) - The 13th ASEAN - China Prosecutors-General Conference will take place in Hanoi on December 6.", ("Hanoi", "VN")),
        ("ASTANA. KAZINFORM Astana hosts today XX jubilee meeting of the SCO Prosecutors General, Kazinform reports.", ("Astana", "KZ")),
        ("ISLAMABAD -  Pakistan and China should work toward harmonising their laws.", ("Islamabad", "PK")),
        # written in the same style
        ("MINSK, June 3 (BelTA) - Prosecutor General Andrei Shved met with the Uzbek delegation.", ("Minsk", "BY")),
        ("TASHKENT -- Uzbek Prosecutor General Nigmatilla Yuldashev received the delegation.", ("Tashkent", "UZ")),
    ],
)
def test_dateline_city(text, expected):
    found = dateline_city(text)
    assert found is not None and (found.city, found.country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian Prosecutor General Igor Krasnov and his Egyptian counterpart Mohamed Shawky Ayada signed new interdepartmental agreements.",
        "Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac visited the Federal Prosecutor’s Office of Belgium.",
    ],
)
def test_no_dateline_in_an_ordinary_lead(text):
    assert dateline_city(text) is None


@pytest.mark.parametrize(
    "name, expected",
    [("Bishkek", "KG"), ("Beijing", "CN"), ("Pyongyang", "KP"), ("Urumqi", "CN"), ("Islamabad", "PK"),
     ("Hanoi", "VN"), ("Minsk", "BY"), ("Tashkent", "UZ"), ("Samarkand", "UZ"), ("Moscow", "RU")],
)
def test_cities_come_with_their_country(name, expected):
    found = lookup_city(name)
    assert found is not None and found.country == expected


def test_an_unknown_word_is_no_city():
    assert lookup_city("Procuratorate") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Azerbaijani Prosecutor General Kamran Aliyev", ["AZ"]),
        ("Kyrgyz Prosecutor General Maksat Asanaliev", ["KG"]),
        ("Prosecutor General of the Russian Federation", ["RU"]),
        ("all citizens of Macao", ["MO"]),
        ("Egypt's Ambassador to France Alaa Youssef", ["EG", "FR"]),
        ("the Supreme People's Procuracy of Viet Nam", ["VN"]),
        ("Singaporean Attorney General Huang Lusheng", ["SG"]),
        ("the Kazakh and Uzbek delegations", ["KZ", "UZ"]),
    ],
)
def test_country_mentions_read_names_and_demonyms(text, expected):
    assert [code for _, code, _ in country_mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Azerbaijani", "AZ"), ("Kyrgyzstan", "KG"), ("the Russian Federation", "RU"), ("Macao", "MO"), ("Hong Kong", "HK"),
     ("Vietnamese", "VN"), ("Belarusian", "BY"), ("North Korea", "KP"), ("kg", "KG"), ("RU", "RU"), ("Narnia", None), ("", None)],
)
def test_country_code(text, expected):
    assert country_code(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prosecutor General of the Supreme People's Procuracy", "VN"),
        ("Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate", "CN"),
        ("Chief Prosecutor of the People’s Procuratorate of Guangdong Province", "CN"),
        ("the Commission Against Corruption (CCAC)", "MO"),
        ("the Supreme Prosecutors’ Office", "KR"),
        ("the Federal Prosecutor's Office", None),
    ],
)
def test_institution_country(text, expected):
    assert institution_country(text) == expected
