"""procq.extract.delegations: groups an article calls a delegation, with their country, leader and named members (SPEC: delegation)."""
from __future__ import annotations

import pytest

from procq.extract.delegations import find_delegations
from procq.extract.people import find_people, learn_people


def _delegations(sentence: str, context: str = "") -> list[tuple[str | None, str | None, list[str]]]:
    """The delegations of one sentence, people learnt from the sentence and any context before it."""
    people = learn_people([s for s in (context, sentence) if s])
    country_of = {p.name: p.country for p in people}
    found = find_delegations(sentence, find_people(sentence, people), country_of)
    return [(d.country, d.leader, d.members) for d in found]


DELEGATIONS = [
    # 000: "a delegation led by" with a demonym on the leader
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.",
     "", [("AZ", "Kamran Aliyev", [])]),
    # 004: "X led the Chinese procuratorial delegation"
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of China, led the Chinese procuratorial delegation to the meeting.",
     "", [("CN", "Ying Yong", [])]),
    # 004: "as part of the Chinese delegation" names members
    ("Yang Jinghai, Chief Prosecutor of the People's Procuratorate of Shanxi Province, Li Yongjun, Chief Prosecutor of the People's Procuratorate of Inner Mongolia Autonomous Region, and Gao Jiming, Chief Prosecutor of the People's Procuratorate of Xinjiang Uygur Autonomous Region, attended the meeting as part of the Chinese delegation.",
     "", [("CN", None, ["Yang Jinghai", "Li Yongjun", "Gao Jiming"])]),
    # 004: of "delegations from the 10 SCO member states and dialogue partner Azerbaijan" only Azerbaijan is named
    ("Procuratorial delegations from the 10 SCO member states and dialogue partner Azerbaijan, as well as representatives of the SCO Secretariat and regional counter-terrorism agencies, attended the event.",
     "", [("AZ", None, [])]),
    # d046: a principal visiting "along with a delegation" leads it; the country is the principal's
    ("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac, along with a delegation from the Republic Public Prosecutor’s Office, visited the Federal Prosecutor’s Office of Belgium.",
     "", [("RS", "Zagorka Dolovac", [])]),
    # afrinz: a delegation with no leader named
    ("The Egyptian delegation arrived in Russia to take part in the sixth meeting of heads of prosecutorial services of BRICS states.",
     "", [("EG", None, [])]),
    # d054: "led by" a surname the article gave in full before
    ("The Russian delegation, led by Krasnov, arrived in Pyongyang yesterday.",
     "Krasnov met Kim Chol Won, the head of the Central Prosecutor’s Office, and Igor Krasnov, Prosecutor General of the Russian Federation.",
     [("RU", "Igor Krasnov", [])]),
    # written in the same style: other names and countries
    ("Belarusian Prosecutor General Andrei Shved received a delegation led by Uzbek Prosecutor General Nigmatilla Yuldashev in Minsk.",
     "", [("UZ", "Nigmatilla Yuldashev", [])]),
    ("Tran Van Son, Deputy Prosecutor General of the Supreme People's Procuracy, led the Vietnamese procuratorial delegation to the conference.",
     "", [("VN", "Tran Van Son", [])]),
    ("Kazakh Deputy Prosecutor General Marat Akhmetzhanov attended the talks as part of the Kazakh delegation.",
     "", [("KZ", None, ["Marat Akhmetzhanov"])]),
    ("The Kyrgyz delegation visited the Supreme People's Procuratorate.", "", [("KG", None, [])]),
    ("Delegations from the SCO member states and dialogue partner Turkey attended the meeting.", "", [("TR", None, [])]),
]


@pytest.mark.parametrize("sentence, context, expected", DELEGATIONS)
def test_delegations_with_country_leader_and_members(sentence, context, expected):
    assert _delegations(sentence, context) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyrgyz President Sadyr Japarov delivered a video address to the meeting, and Kyrgyz Prosecutor General Maksat Asanaliev presided over it.",
        "Krasnov expressed his willingness to advance the development of law enforcement and judicial cooperation between the two sides.",
        "Uzbek Prosecutor General Nigmatilla Yuldashev met with Kazakh Prosecutor General Berik Asylov in Tashkent.",
    ],
)
def test_no_delegation_where_none_is_named(sentence):
    assert _delegations(sentence) == []


OTHER_STYLES = [
    # belta-konyuk-2017: "a delegation of the Supreme People's Procuratorate of China headed by X"
    ("MINSK, 3 June (BelTA) – Prosecutor General of Belarus Alexander Konyuk met with a delegation of the Supreme People's Procuratorate of China headed by Deputy Procurator-General Sun Qian on 3 June, BelTA learned from the press service of the Prosecutor General's Office.",
     "", [("CN", "Sun Qian", [])]),
    # app-nab-2021: the same with a comma before "headed by"
    ("ISLAMABAD, Jul 5 (APP): A three-member delegation of the Supreme People's Procuratorate of the People's Republic of China, headed by Deputy Procurator General Sun Qian, called on Chairman National Accountability Bureau (NAB) Justice (R) Javed Iqbal here on Monday.",
     "", [("CN", "Sun Qian", [])]),
    # khovar-2014-sco-dushanbe: "The Chinese delegation was led by X"
    ("The Chinese delegation was led by the Procurator-General of the Supreme People's Procuratorate Cao Jianming.",
     "", [("CN", "Cao Jianming", [])]),
    # map-2024-morocco: "received on Tuesday in Rabat a delegation from the SPP ..., led by X"
    ("Rabat - The Attorney General of the King at the Court of Cassation, President of the Public Prosecution, Hassan Daki, received on Tuesday in Rabat a delegation from the Supreme People's Procuratorate of the People's Republic of China, led by Deputy Procurator-General Ge Xiaoyan.",
     "", [("CN", "Ge Xiaoyan", [])]),
    # bb-2023-brunei: a courtesy call received from a delegation
    ("Attorney General Dato Seri Paduka Haji Ahmad bin Haji Isa received a courtesy call from a delegation of the Supreme People's Procuratorate of the People's Republic of China led by Deputy Procurator-General Sun Qian at the Attorney General's Chambers in Bandar Seri Begawan on Tuesday.",
     "", [("CN", "Sun Qian", [])]),
    # bernama-2023-malaysia: "X and his delegation", X known from an earlier sentence
    ("Earlier today, Ying and his delegation held a bilateral meeting with Ahmad Terrirudin at the Attorney-General's Chambers (AGC) in Putrajaya, where both sides exchanged views on mutual legal assistance and extradition.",
     "PUTRAJAYA, Nov 8 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim received a courtesy call from Chief Grand Prosecutor and Prosecutor General of China's Supreme People's Procuratorate Ying Yong at Seri Perdana here today.",
     [("CN", "Ying Yong", [])]),
]


@pytest.mark.parametrize("sentence, context, expected", OTHER_STYLES)
def test_delegations_in_other_outlets_styles(sentence, context, expected):
    assert _delegations(sentence, context) == expected


def test_it_comprises_names_the_members():
    # kpl-2019-laos: the members follow in the next sentence; its country comes from the article (see test_extract_meetings)
    found = _delegations(
        "It comprises Zheng Xinjian, Director-General of the International Cooperation Department of the Supreme People's Procuratorate, and Wang Lin, Deputy Chief Procurator of the People's Procuratorate of Yunnan Province, who also attended the talks.",
        "The Chinese delegation is paying a working visit to the Lao PDR from April 9-13.")
    assert [members for _country, _leader, members in found] == [["Zheng Xinjian", "Wang Lin"]]


@pytest.mark.parametrize(
    "sentence, context, expected",
    [
        # plural: one delegation for each head named after "led by"
        ("Delegations led by Prosecutor General of Kazakhstan Zhakip Asanov and Prosecutor General of Uzbekistan "
         "Otabek Murodov took part in the meeting.", "",
         [("KZ", "Zhakip Asanov", []), ("UZ", "Otabek Murodov", [])]),
        # named members "including" after "members of the delegation"
        ("Ying Yong thanked the members of the Chinese delegation, including Deputy Procurator-General Tong Jianming.",
         "", [("CN", None, ["Tong Jianming"])]),
    ],
)
def test_plural_delegations_and_members_including(sentence, context, expected):
    assert _delegations(sentence, context) == expected


def test_accompanied_by_names_a_member_of_the_leaders_delegation():
    # "accompanied by" alone makes no delegation; with a delegation the article gives the leader, it names a member
    sentence = "Prosecutor General Nigmatilla Yuldashev, accompanied by First Deputy Prosecutor General Svetlana Artikova, held talks."
    [found] = _delegations(sentence)
    assert (found[1], found[2]) == ("Nigmatilla Yuldashev", ["Svetlana Artikova"])
