"""procq.extract.people: names with their titles, honorifics dropped, the country a person represents,
and surname-only mentions resolved to the article's full name (SPEC: name, country, person country)."""
from __future__ import annotations

from pathlib import Path

import pytest

from procq.extract.people import clean_title, country_of_title, find_people, learn_people, resolve_short
from procq.extract.text import sentences

DATA = Path(__file__).parent / "data"


def _people(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in find_people(sentence, [])]


NAMED = [
    # 004: a demonym and a title before the name
    ("Kyrgyz President Sadyr Japarov delivered a video address to the meeting, and Kyrgyz Prosecutor General Maksat Asanaliev presided over it.",
     [("Sadyr Japarov", "KG"), ("Maksat Asanaliev", "KG")]),
    # 000: an ambassador represents the country that sends him, not the one he is posted to
    ("SPP Deputy Prosecutor General Ge Xiaoyan and Ambassador of Azerbaijan to China Buniyad Huseynov attended the meeting as well.",
     [("Ge Xiaoyan", "CN"), ("Buniyad Huseynov", "AZ")]),
    # d015: "Supreme People's Procuracy" is Vietnam's
    ("Prosecutor General of the Supreme People's Procuracy of Vietnam Le Minh Tri separately received delegations attending the conference on December 4-5.",
     [("Le Minh Tri", "VN")]),
    # 000: a title after the name, and a delegation's leader
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.",
     [("Ying Yong", "CN"), ("Kamran Aliyev", "AZ")]),
    # 001
    ("Belarus and China are eager to step up joint efforts in crime prevention, Belarus President Aleksandr Lukashenko said as he met with Cao Jianming, Procurator-General of the Supreme People's Procuratorate of China, member of the Central Committee of the Communist Party of China, on 10 April.",
     [("Aleksandr Lukashenko", "BY"), ("Cao Jianming", "CN")]),
    # 002
    ("Chen Wenqing, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee and head of the Commission for Political and Legal Affairs of the CPC Central Committee, met with Igor Krasnov, Prosecutor General of the Russian Federation, on Thursday in Beijing.",
     [("Chen Wenqing", "CN"), ("Igor Krasnov", "RU")]),
    # d034: a caption's pose marker does not stick to the name
    ("Chinese Minister of Public Security Wang Xiaohong (right) with Russian Prosecutor General Igor Krasnov in Beijing on Thursday.",
     [("Wang Xiaohong", "CN"), ("Igor Krasnov", "RU")]),
    # d041
    ("Attorney General for Pakistan Ashtar Ausaf said this while talking to a Chinese delegation, which met him on Wednesday in his office in the Supreme Court building.",
     [("Ashtar Ausaf", "PK")]),
    ("Vice Minister Department of Justice China Liu Zhenyu thanked the AGP for hospitality.", [("Liu Zhenyu", "CN")]),
    # d047: Egypt's ambassador to France is Egyptian
    ("The meeting, held at the headquarters of the French Justice Ministry, was attended by Egypt's Ambassador to France Alaa Youssef and a high-level delegation from the Public Prosecution.",
     [("Alaa Youssef", "EG")]),
    # d054
    ("Deputy Prosecutor General Yun Kwang Won and Russian Ambassador to North Korea Alexander Matsegora were at Pyongyang International Airport to welcome them.",
     [("Yun Kwang Won", None), ("Alexander Matsegora", "RU")]),
    # d037: a title and a comma before the name
    ("The Chinese Vice-attorney, Jiang Jianchu, remarked that Venezuela has made considerable progress in forensic expertise for criminal investigations.",
     [("Jiang Jianchu", "CN")]),
    # d047: a hyphenated name with its particle, accents kept
    ("Prosecutor-General Counselor Hamada el-Sawy on Friday 25/06/2021 discussed with French Justice Éric Dupond-Moretti cooperation in combating terrorism.",
     [("Hamada el-Sawy", None), ("Éric Dupond-Moretti", "FR")]),
    # kazinform
    ("Deputy Prosecutor General of Kazakhstan Gizat Daurenbekov read out a message of welcome to the event participants.", [("Gizat Daurenbekov", "KZ")]),
    # written in the same style: other names, offices and countries
    ("Ambassador of Kazakhstan to Vietnam Nurlan Temirbayev attended the talks.", [("Nurlan Temirbayev", "KZ")]),
    ("Uzbek Prosecutor General Nigmatilla Yuldashev met with Tran Van Son, Deputy Prosecutor General of the Supreme People's Procuracy, in Hanoi.",
     [("Nigmatilla Yuldashev", "UZ"), ("Tran Van Son", "VN")]),
    ("Kazakh Prosecutor General Berik Asylov and Kyrgyz Prosecutor General Kurmankul Zulushev signed the plan.",
     [("Berik Asylov", "KZ"), ("Kurmankul Zulushev", "KG")]),
    ("The Egyptian Prosecutor General Sheikh Mohamed Shawky met with the Belarusian Prosecutor General Andrei Shved in Minsk.",
     [("Mohamed Shawky", "EG"), ("Andrei Shved", "BY")]),
    ("Russian Ambassador to Kazakhstan Alexei Borodavkin attended the ceremony.", [("Alexei Borodavkin", "RU")]),
]


@pytest.mark.parametrize("sentence, expected", NAMED)
def test_names_and_the_countries_they_represent(sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Attorney General of Brunei Dato Paduka Haji Hairol Arni attended the conference.", "Hairol Arni"),
        ("Sheikh Mohamed Shawky attended the talks.", "Mohamed Shawky"),
        ("Mr. Andrei Shved thanked the hosts.", "Andrei Shved"),
        ("Dr. Nurlan Temirbayev thanked the hosts.", "Nurlan Temirbayev"),
        ("the Head of the Unit for the Accession of Serbia to the EU within the Directorate-General for Enlargement Ms. Jatarina Vendt", "Jatarina Vendt"),
    ],
)
def test_honorifics_are_not_part_of_the_name(sentence, expected):
    assert [m.name for m in find_people(sentence, [])] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # d046: a Directorate-General of the European Commission represents no country
        ("Mr. Dolovac also attended a working meeting with the Head of the Unit for the Accession of Serbia to the EU within the Directorate-General for Enlargement Ms. Jatarina Vendt.", "Jatarina Vendt"),
        # written in the same style
        ("Secretary-General of the SCO Zhang Ming attended the meeting.", "Zhang Ming"),
    ],
)
def test_people_of_international_bodies_have_no_country(sentence, expected):
    found = {m.name: m for m in find_people(sentence, [])}
    assert found[expected].international and found[expected].country is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyrgyzstan is willing to enhance practical exchanges and cooperation in the field of the rule of law with other SCO countries, he said.",
        "Ying briefed the Azerbaijani delegation on China's procuratorial system, the functions of Chinese procuratorial organs, and the latest progress made in the country's procuratorial work.",
        "Chinese procuratorial authorities have thoroughly implemented Xi Jinping Thought on the Rule of Law.",
        "The Supreme People's Procuratorate (SPP) held a forum for retired cadres.",
    ],
)
def test_no_person_without_evidence_of_one(sentence):
    assert find_people(sentence, []) == []


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Ambassador of Azerbaijan to China", ("AZ", False)),
        ("Russian Ambassador to North Korea", ("RU", False)),
        ("Prosecutor General of the Supreme People's Procuracy of Vietnam", ("VN", False)),
        ("Procurator-General of the Supreme People's Procuratorate of China", ("CN", False)),
        ("Kyrgyz Prosecutor General", ("KG", False)),
        ("Federal Prosecutor of Belgium", ("BE", False)),
        ("Secretary-General of the SCO", (None, True)),
        ("Prosecutor General", (None, False)),
        (None, (None, False)),
        # written in the same style
        ("Ambassador of Kyrgyzstan to Uzbekistan", ("KG", False)),
        ("Deputy Prosecutor General of the Supreme People's Procuracy", ("VN", False)),
    ],
)
def test_country_of_title(title, expected):
    assert country_of_title(title) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("the Azerbaijani Prosecutor General", "Prosecutor General"),
        ("Prosecutor General of the Russian Federation", "Prosecutor General"),
        ("Kyrgyz Prosecutor General", "Prosecutor General"),
        ("Uzbek Deputy Prosecutor General", "Deputy Prosecutor General"),
    ],
)
def test_clean_title_drops_the_country_around_the_office(title, expected):
    assert clean_title(title) == expected


def _learned(text: str):
    return learn_people([s.text for s in sentences(text)])


@pytest.mark.parametrize(
    "article, short, full",
    [
        ("000_316df6bce73329b3", "Ying", "Ying Yong"),  # "Ying warmly welcomed the arrival of the delegation"
        ("000_316df6bce73329b3", "Aliyev", "Kamran Aliyev"),  # "Aliyev said that the friendship between Azerbaijan and China ..."
        ("002_402265123e2b644f", "Krasnov", "Igor Krasnov"),  # "Krasnov expressed his willingness ..."
        ("004_ab2cc90d19b55a3c", "Japarov", "Sadyr Japarov"),  # "In his address, Japarov noted that ..."
        ("003_af160e0de48b9f24", "Tong", "Tong Jianming"),  # "Tong underlined the need ..."
    ],
)
def test_a_surname_mention_resolves_to_the_full_name(article, short, full):
    people = _learned((DATA / "seeds" / f"{article}.txt").read_text(encoding="utf-8"))
    found = resolve_short(short, people)
    assert found is not None and found.name == full


def test_surname_honorific_and_misspelt_mentions_resolve_in_an_article():
    # afrinz and d046, in short
    text = ("Russian Prosecutor General Igor Krasnov and his Egyptian counterpart Mohamed Shawky Ayada signed new agreements in Moscow.\n"
            "Krasnov met with Ayad for the first time.\n"
            "Meetings were held between Serbian Republic Public Prosecutor Zagorka Dolovac and the Federal Prosecutor of Belgium Frederick Van Leuve.\n"
            "Mr. Van Leuve expressed support.")
    people = _learned(text)
    assert {short: resolve_short(short, people).name for short in ("Krasnov", "Ayad", "Van Leuve", "Dolovac")} == {
        "Krasnov": "Igor Krasnov", "Ayad": "Mohamed Shawky Ayada", "Van Leuve": "Frederick Van Leuve", "Dolovac": "Zagorka Dolovac"}
    # the sentence itself: the honorific is dropped and the rest resolves
    assert [m.name for m in find_people("Mr. Van Leuve expressed support.", people)] == ["Frederick Van Leuve"]


def test_an_unknown_surname_resolves_to_nobody():
    people = _learned("Kazakh Prosecutor General Berik Asylov met with Kyrgyz Prosecutor General Kurmankul Zulushev in Astana.")
    assert resolve_short("Petrov", people) is None
    assert resolve_short("Asylov", people).name == "Berik Asylov"


def test_two_people_sharing_a_surname_are_not_guessed_between():
    people = _learned("Prosecutor General Zhang Jun met with Secretary-General of the SCO Zhang Ming in Beijing.")
    assert sorted(p.name for p in people) == ["Zhang Jun", "Zhang Ming"]
    assert resolve_short("Zhang", people) is None


def test_a_surname_in_a_later_sentence_resolves_when_found():
    people = _learned("Kazakh Prosecutor General Berik Asylov met with the delegation in Astana.")
    assert [m.name for m in find_people("Prosecutor General Asylov thanked the guests.", people)] == ["Berik Asylov"]


# Names in the forms the held-out outlets print them: (sentence, [(name, country)] in order)
NAMED_IN_OTHER_STYLES = [
    # japan-2023-kai-tong: surnames printed in capitals
    ("Prosecutor-General KAI Hiroshi of the Supreme Public Prosecutors Office met with TONG Jianming, Deputy Procurator-General of China's Supreme People's Procuratorate, in Tokyo on Friday, the office said.",
     [("KAI Hiroshi", None), ("TONG Jianming", "CN")]),
    # cd-asean-nanning: an office ending in "Office" is no person
    ("The visiting delegation, which included Xu Xiangchun, Director-General of the Legal Policy Research Office, also met with officials of the Ministry of Justice.",
     [("Xu Xiangchun", None)]),
    # a region's name inside a title is no person
    ("The visiting delegation included Director-General of the International Cooperation Department Zheng Xinjian and Deputy Chief Procurator of the People's Procuratorate of Guangxi Zhuang Autonomous Region Liang Hong.",
     [("Zheng Xinjian", None), ("Liang Hong", "CN")]),
    # antara-2016-indonesia: initials after a title start the name
    ("Jakarta (ANTARA News) - Indonesian Attorney General HM Prasetyo and China's Procurator General Cao Jianming signed a memorandum of understanding (MoU) on cooperation in law enforcement at the Attorney General's Office (AGO) in Jakarta on Tuesday.",
     [("HM Prasetyo", "ID"), ("Cao Jianming", "CN")]),
    # montsame-2018-mongolia: a one-word name with an initial after "President of Mongolia"
    ("Today, President of Mongolia Kh.Battulga received Procurator-General Zhang Jun at the State House.",
     [("Kh.Battulga", "MN"), ("Zhang Jun", None)]),
    # bb-2023-brunei: a country name of two words inside the title, honorifics dropped, "Abdul Majid" kept
    ("Attorney General of Brunei Darussalam Dato Paduka Haji Hairol Arni Abdul Majid, Malaysian Attorney General Tan Sri Idrus Harun attended.",
     [("Hairol Arni Abdul Majid", "BN"), ("Idrus Harun", "MY")]),
    # written in the style of vnplus-2024-vietnam-china: "Viet Nam" inside the title
    ("Chief Procurator of the Supreme People's Procuracy of Viet Nam Le Minh Tri received the Chinese delegation.",
     [("Le Minh Tri", "VN")]),
    # akp-2015-cambodia: a long honorific before the name
    ("Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, received here this morning a courtesy call by H.E. Cao Jianming.",
     [("Hun Sen", "KH"), ("Cao Jianming", None)]),
    # tass-chaika-2019: an international body's secretary among national prosecutors
    ("The meeting was also attended by Russian Prosecutor General Yury Chaika, Kazakh Prosecutor General Askhat Daulbayev, Tajik Prosecutor General Sherkhon Salimzoda and Uzbek Prosecutor General Rashid Kadyrov, as well as SCO Secretary-General Muratbek Imanaliev.",
     [("Yury Chaika", "RU"), ("Askhat Daulbayev", "KZ"), ("Sherkhon Salimzoda", "TJ"), ("Rashid Kadyrov", "UZ"), ("Muratbek Imanaliev", None)]),
]


@pytest.mark.parametrize("sentence, expected", NAMED_IN_OTHER_STYLES)
def test_names_in_other_outlets_styles(sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # bb-2023-brunei: a patronymic with an honorific inside it is part of the name
        ("Attorney General Dato Seri Paduka Haji Ahmad bin Haji Isa received a courtesy call from a delegation of the Supreme People's Procuratorate of the People's Republic of China led by Deputy Procurator-General Sun Qian.",
         "Ahmad bin Haji Isa"),
        ("Also present were Solicitor General Dayang Hajah Nor Hashimah binti Haji Mohammed Taib and Ambassador of the People's Republic of China to Brunei Darussalam Xiao Jianguo.",
         "Nor Hashimah binti Haji Mohammed Taib"),
    ],
)
def test_patronymics_with_honorifics_stay_in_the_name(sentence, expected):
    assert [m.name for m in find_people(sentence, [])][0] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Also present were Solicitor General Dayang Hajah Nor Hashimah binti Haji Mohammed Taib and Ambassador of the People's Republic of China to Brunei Darussalam Xiao Jianguo.",
         "Xiao Jianguo"),
    ],
)
def test_an_ambassador_to_a_two_word_country_represents_the_sender(sentence, expected):
    found = {m.name: m.country for m in find_people(sentence, [])}
    assert found[expected] == "CN"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # tass-chaika-2019
        ("The meeting was also attended by Russian Prosecutor General Yury Chaika, Kazakh Prosecutor General Askhat Daulbayev, Tajik Prosecutor General Sherkhon Salimzoda and Uzbek Prosecutor General Rashid Kadyrov, as well as SCO Secretary-General Muratbek Imanaliev.",
         "Muratbek Imanaliev"),
        # khovar-2014-sco-dushanbe
        ("Also taking part were the Prosecutor General of Kazakhstan Askhat Daulbayev, the Prosecutor General of Kyrgyzstan Aida Salyanova, the Deputy Prosecutor General of the Russian Federation Alexander Zvyagintsev, the Prosecutor General of Uzbekistan Rashid Kadyrov and the SCO Secretary-General Dmitry Mezentsev.",
         "Dmitry Mezentsev"),
        # written in the style of cd-asean-nanning
        ("ASEAN Secretary-General Kao Kim Hourn attended the conference.", "Kao Kim Hourn"),
    ],
)
def test_secretaries_general_of_sco_and_asean_have_no_country(sentence, expected):
    found = {m.name: m for m in find_people(sentence, [])}
    assert found[expected].international and found[expected].country is None


@pytest.mark.parametrize(
    "sentence",
    [
        # akp-2015-cambodia: a Title Case headline capitalises every word, so names cannot be told apart
        "Samdech Techo Hun Sen Receives Chinese Procurator-General",
        "Deputy Procurator General Sun Qian Calls On NAB Chairman Javed Iqbal",
        # a city after "in" is no person
        "The conference was held in Phnom Penh on Tuesday.",
        "The second round of talks took place in Addis Ababa.",
    ],
)
def test_no_person_in_headlines_or_places(sentence):
    assert find_people(sentence, []) == []
