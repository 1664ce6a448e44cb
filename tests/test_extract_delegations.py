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
