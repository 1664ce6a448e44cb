"""procq.extract.annotate.places: the places a sentence names, and where its grammar says a place follows
(SPEC: country, "City. A city-state is its own city and country")."""
from __future__ import annotations

import pytest

from procq.countries import aliases, country_code, country_name, place_names
from procq.extract.annotate.places import city_country, city_of_one_city_country, find_places

# (text, kind, country, city, cued) of every place found, left to right
PLACES = [
    # 000: a country inside an institution's name, a demonym, a cued city
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.",
     [
         ("People's Republic of China", "country", "CN", None, False),
         ("Azerbaijani", "demonym", "AZ", None, False),
         ("Beijing", "city", "CN", "Beijing", True),
     ]),
    # pd-sco-bishkek-2012: "X, capital of Y"
    ("BISHKEK, June 11 (Xinhua) -- The 10th meeting of prosecutors-general of the Shanghai Cooperation Organization (SCO) member states was held in Bishkek, capital of Kyrgyzstan, on Monday.",
     [
         ("BISHKEK", "city", "KG", "Bishkek", False),
         ("Bishkek", "city", "KG", "Bishkek", True),
         ("Kyrgyzstan", "country", "KG", None, True),
     ]),
    # n29-06: a city after its country's possessive; a name after a city and a comma is no city's
    ("Azerbaijani Prosecutor General Holds Meetings In Türkiye's Ankara",
     [
         ("Azerbaijani", "demonym", "AZ", None, False),
         ("Türkiye", "country", "TR", None, True),
         ("Ankara", "city", "TR", "Ankara", True),
     ]),
    ("Also arriving were Anthony Wayne, the United States ambassador to Mexico, and others.",
     [
         ("United States", "country", "US", None, False),
         ("Mexico", "country", "MX", None, False),
     ]),
    # n24-15: a small town's name opening a building's names no place
    ("Myanmar's Attorney General received the delegation of China at the Union Attorney General's Office here.",
     [
         ("Myanmar", "country", "MM", None, False),
         ("China", "country", "CN", None, False),
     ]),
    # n23-06: a name ending in s takes the possessive's apostrophe alone
    ("Speaking after the signing, Cyprus' Minister of Justice and Greece's Minister of Justice described a partnership.",
     [
         ("Cyprus", "country", "CY", None, False),
         ("Greece", "country", "GR", None, False),
     ]),
    # kazinform: "X hosts"
    ("Astana hosts XX jubilee meeting of SCO Prosecutors General",
     [
         ("Astana", "city", "KZ", "Astana", True),
     ]),
    # b2-20: "X, <aside>, hosted"
    ("From Dec 23 to 27, Nanning, in South China's Guangxi Zhuang autonomous region, hosted an advanced training program for officials from the justice ministries and legal affairs departments of the six Lancang-Mekong countries; a consultation meeting on the mechanism for legal and judicial exchanges and cooperation among the six countries was held alongside it.",
     [
         ("Nanning", "city", "CN", "Nanning", True),
         ("China", "country", "CN", None, False),
         ("Guangxi Zhuang autonomous region", "region", "CN", None, False),
     ]),
    # b4-28: a city and the country it lies in
    ("The General Secretariat of the OTS is based in Istanbul, Türkiye.",
     [
         ("Istanbul", "city", "TR", "Istanbul", True),
         ("Türkiye", "country", "TR", None, True),
     ]),
    # d040: cities, regions and "travelling to"
    ("Fifteen prosecutors from the General Prosecutor's Office of Uzbekistan, the Tashkent prosecutor's office and the Namangan region prosecutor's office took part in the program, attending sessions in Beijing and in Qingdao, East China's Shandong province, before travelling to Urumqi in Xinjiang for the closing session.",
     [
         ("Uzbekistan", "country", "UZ", None, False),
         ("Tashkent", "city", "UZ", "Tashkent", False),
         ("Namangan region", "region", "UZ", None, False),
         ("Beijing", "city", "CN", "Beijing", True),
         ("Qingdao", "city", "CN", "Qingdao", True),
         ("China", "country", "CN", None, False),
         ("Shandong province", "region", "CN", None, False),
         ("Urumqi", "city", "CN", "Urumqi", True),
         ("Xinjiang", "region", "CN", None, True),
     ]),
    # 004: regions by their region words, inside institutions' names
    ("Yang Jinghai, Chief Prosecutor of the People's Procuratorate of Shanxi Province, Li Yongjun, Chief Prosecutor of the People's Procuratorate of Inner Mongolia Autonomous Region, and Gao Jiming, Chief Prosecutor of the People's Procuratorate of Xinjiang Uygur Autonomous Region, attended the meeting as part of the Chinese delegation.",
     [
         ("Shanxi Province", "region", "CN", None, False),
         ("Inner Mongolia Autonomous Region", "region", "CN", None, False),
         ("Xinjiang Uygur Autonomous Region", "region", "CN", None, False),
         ("Chinese", "demonym", "CN", None, False),
     ]),
    # pd-sco-bishkek-2012: demonyms countryinfo lacks
    ("The meeting was also attended by Russian Prosecutor General Yury Chaika, Kazakh Prosecutor General Askhat Daulbayev, Tajik Prosecutor General Sherkhon Salimzoda and Uzbek Prosecutor General Rashid Kadyrov, as well as SCO Secretary-General Muratbek Imanaliev.",
     [
         ("Russian", "demonym", "RU", None, False),
         ("Kazakh", "demonym", "KZ", None, False),
         ("Tajik", "demonym", "TJ", None, False),
         ("Uzbek", "demonym", "UZ", None, False),
     ]),
    # w02: 'Viet Nam'
    ("Tran Cong Phan, Deputy Procurator General of the Supreme People's Procuracy of Viet Nam, led the Vietnamese delegation.",
     [
         ("Viet Nam", "country", "VN", None, False),
         ("Vietnamese", "demonym", "VN", None, False),
     ]),
    # spp-2023-week-digest: 'the UAE'
    ("Counsellor Salem Al Zaabi, head of the UAE's International Cooperation Department, was part of the delegation.",
     [
         ("UAE", "country", "AE", None, False),
     ]),
    # b3-05: 'Türkiye'; an ambassador's country after "to" is no place of the meeting
    ("Rashad Mammadov, Azerbaijan's Ambassador to Türkiye, also took part in the meetings.",
     [
         ("Azerbaijan", "country", "AZ", None, False),
         ("Türkiye", "country", "TR", None, False),
     ]),
    # kpl-2019-laos: 'the Lao PDR'
    ("The Chinese delegation is paying a working visit to the Lao PDR from April 9-13.",
     [
         ("Chinese", "demonym", "CN", None, False),
         ("Lao PDR", "country", "LA", None, True),
     ]),
    # d054
    ("It is the first visit to North Korea by a Russian Prosecutor General, and it appears to follow on from the exchanges after the North Korea-Russia summit in June.",
     [
         ("North Korea", "country", "KP", None, True),
         ("Russian", "demonym", "RU", None, False),
         ("North Korea", "country", "KP", None, False),
         ("Russia", "country", "RU", None, False),
     ]),
    # kabar: 'the Kyrgyz Republic'
    ("On the 5th, Prosecutor General of the Kyrgyz Republic Kurmankul Zulushev held talks via videoconference with the Procurator-General of the Supreme People's Procuratorate of the People's Republic of China, Zhang Jun.",
     [
         ("Kyrgyz Republic", "country", "KG", None, False),
         ("People's Republic of China", "country", "CN", None, False),
     ]),
    # w01: a surname is no town
    ("Prosecutor General of Belarus Andrei Shved met with Zhang Jun, Procurator-General of the Supreme People's Procuratorate of China, in Minsk on 2 March.",
     [
         ("Belarus", "country", "BY", None, False),
         ("China", "country", "CN", None, False),
         ("Minsk", "city", "BY", "Minsk", True),
     ]),
    # 000: a city inside a longer run of names is no place
    ("He mentioned that at the Samarkand Summit of the Shanghai Cooperation Organization held in September, 2022, the two countries' heads of state reached important consensus on the development of bilateral relations that provided strategic guidance for deepening all-round development of bilateral relations, including legal and judicial cooperation.",
     []),
    # b2-18: an institution's name names no meeting place; its city-states still name their countries
    ("He then called on Mr Xia Baolong, Director of the Hong Kong and Macao Work Office of the Communist Party of China Central Committee and the Hong Kong and Macao Affairs Office of the State Council, and briefed him on the latest developments in the DoJ's work on various fronts, including the establishment of the Hong Kong International Legal Talents Training Academy, the development of Hong Kong as a centre for international legal and dispute resolution services in the Asia-Pacific region, and the promotion of the construction of rule of law in the GBA.",
     [
         ("Hong Kong", "country", "HK", None, False),
         ("Macao", "country", "MO", None, False),
         ("China", "country", "CN", None, False),
         ("Hong Kong", "country", "HK", None, False),
         ("Macao", "country", "MO", None, False),
         ("Hong Kong", "country", "HK", None, False),
         ("Hong Kong", "city", "HK", "Hong Kong", False),
     ]),
    # b2-21: a local procuratorate's city is no place of a meeting ...
    ("Discussion sessions were held in meetings with Mr. Zhang Jian, Public Prosecutor General of the Procuratorate of Guangzhou City, and Mr. Zhang Helin, Public Prosecutor General of the Procuratorate of Zhuhai City.",
     []),
    # ... except where the sentence places something at that procuratorate
    ("At the Zhuhai City Procuratorate, the delegation visited the \"12309 Procuratorate Service Center\", the Case Management Room, the Electronic Data Laboratory and the \"One-stop\" Case Handling Area for Minors, among other facilities.",
     [
         ("Zhuhai City", "city", "CN", "Zhuhai", True),
     ]),
    # b2-09: the places listed after an institution's seat are seats of the same name, no meeting places
    ("The participants also called on the People's Procuratorates of Henan Province, Kaifeng City and Zhengzhou Airport Economy Zone, where they held thorough discussions on a wide range of topics with the Provincial Chief Prosecutor, Gu Xuefei, and with officials from procuratorates at various levels.",
     [
         ("Henan Province", "region", "CN", None, False),
     ]),
    # d046: where a visit to a national institution went
    ("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac, along with a delegation from the Republic Public Prosecutor’s Office, visited the Federal Prosecutor’s Office of Belgium under a cooperation agreement between the two prosecution offices.",
     [
         ("Serbian", "demonym", "RS", None, False),
         ("Belgium", "country", "BE", None, True),
     ]),
    # b3-16: the city after a national institution
    ("At the meeting at the Supreme Prosecutors Office in Seoul, Lee stressed that the two neighbours need to work together to crack down on China-based voice phishing rings that prey on South Koreans, the office said.",
     [
         ("Seoul", "city", "KR", "Seoul", True),
         ("China", "country", "CN", None, False),
     ]),
    # b3-12: a building's name with a city's word in it
    ("The Vietnamese delegation is in the country to take part in the XVI International Meeting #CienciasPenales2025 and the IV Legality, Law and Society Event, which opens on Wednesday at the Palacio de Convenciones in Havana.",
     [
         ("Vietnamese", "demonym", "VN", None, False),
         ("Havana", "city", "CU", "Havana", True),
     ]),
    # belta-konyuk-2017: a list shares its cue
    ("The Chinese delegation will also visit Brest and Grodno.",
     [
         ("Chinese", "demonym", "CN", None, False),
         ("Brest", "city", "BY", "Brest", True),
         ("Grodno", "city", "BY", "Grodno", True),
     ]),
    # tass-chaika-2019: 'St. Petersburg' is Russia's
    ("On Thursday, Zhang Jun will visit St. Petersburg.",
     [
         ("St. Petersburg", "city", "RU", "St. Petersburg", True),
     ]),
    # n27-14: a city-state as the article spells it
    ("During her stay in Macau she met the Prosecutor General.", [("Macau", "city", "MO", "Macau", True)]),
    # d051: a dateline city written in capitals; the city-state's usual English name
    ("MACAU, April 10 - The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit of the delegation led by the Secretary of Party Leadership Group and Chief Prosecutor of the People’s Procuratorate of Guangdong Province, Feng Jian, at the headquarters of the CCAC today (10th April).",
     [
         ("MACAU", "city", "MO", "Macao", False),
         ("Guangdong Province", "region", "CN", None, False),
     ]),
    # 003: a list of provinces is no city's region
    ("Representatives from the SPP's Political Department, Procuratorial Department for General Crimes, and Civil Procuratorial Department, as well as those from provincial-level people's procuratorates of Shanghai, Zhejiang, Guangdong and Yunnan, offered their insights during the exchange session.",
     [
         ("Shanghai", "city", "CN", "Shanghai", False),
     ]),
    # b2-25: a place as a topic is not cued
    ("The group met local government officials and legal professionals and toured an enterprise, to learn more about the latest developments in the Mainland's legal system and about how Hong Kong's legal services can help enterprises contribute to the country's high-quality development.",
     [
         ("Hong Kong", "city", "HK", "Hong Kong", False),
     ]),
    # b3-03: a city after an embassy
    ("Kamran Aliyev thanked him for the prosecution and conviction of members of the radical religious group that attacked the administrative building of the Azerbaijani Embassy in London on 4 August last year, and for the close cooperation with the Azerbaijani Prosecutor's Office on that matter.",
     [
         ("Azerbaijani", "demonym", "AZ", None, False),
         ("London", "city", "GB", "London", True),
         ("Azerbaijani", "demonym", "AZ", None, False),
     ]),
    # d034: a capital written alone, uncued
    ("Russia’s top prosecutor has urged Beijing and Moscow to jointly resist what he called “threats” from Nato countries trying to “destabilise” international law enforcement and the return of fugitives.",
     [
         ("Russia", "country", "RU", None, False),
         ("Beijing", "city", "CN", "Beijing", False),
         ("Moscow", "city", "RU", "Moscow", False),
     ]),
    # akp-2015-cambodia: 'the Kingdom of Cambodia'
    ("Phnom Penh, July 8, 2015 AKP -- Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, received here this morning a courtesy call by H.E. Cao Jianming, Procurator-General of the Supreme People's Procuratorate of the People's Republic of China, who is leading a Chinese procuratorial delegation on an official visit to Cambodia from July 6 to 9.",
     [
         ("Phnom Penh", "city", "KH", "Phnom Penh", False),
         ("Kingdom of Cambodia", "country", "KH", None, False),
         ("People's Republic of China", "country", "CN", None, False),
         ("Chinese", "demonym", "CN", None, False),
         ("Cambodia", "country", "KH", None, True),
     ]),
    # b3-05: a small town, cued
    ("At the meeting with Mehmet Akarca, President of the Supreme Court, the sides welcomed the setting up, a few days earlier in Shusha, of the Conference of Supreme Courts of Turkic States.",
     [
         ("Shusha", "city", "AZ", "Shusha", True),
     ]),
    # n12-15: a city's name several countries have is the one in the country the sentence names
    ("Costa Rica's prosecutor general, Carlo Díaz, held a meeting in San José with his Salvadoran counterpart.",
     [
         ("Costa Rica", "country", "CR", None, False),
         ("San José", "city", "CR", "San José", True),
         ("Salvadoran", "demonym", "SV", None, False),
     ]),
    # n13-03: a country's name qualifying a body's is where no one is
    ("Artur Davtyan received Jorgan Andrews, Deputy Assistant Secretary of State at the US Bureau of International Narcotics.",
     [
         ("US", "country", "US", None, False),
     ]),
    # n19-09: a province marked by the words before or after its name
    ("The Office of the Attorney General of the State of Goiás (PGE-GO) on Monday received the prosecutors of Lagos State.",
     [
         ("State of Goiás", "region", "BR", None, False),
         ("Lagos State", "region", "NG", None, False),
     ]),
    # n34-01: an accented name is no English demonym ("Germán" is not "German")
    ("He met the Attorney General of the Dominican Republic, Miriam Germán Brito, and the German minister.",
     [
         ("Dominican Republic", "country", "DO", None, False),
         ("German", "demonym", "DE", None, False),
     ]),
    # n25-06, n5-15: a region's adjective holds a demonym but names no country
    ("The Ibero-American Association of Public Prosecutors and Latin American prosecutors met in Santiago, Chile.",
     [
         ("Santiago", "city", "CL", "Santiago", True),
         ("Chile", "country", "CL", None, True),
     ]),
    # n32-08, n28-05: a large city right after "in" or "at" stands by itself before a name; not after "the"
    # or inside a title ("the Autonomous City of Buenos Aires Juan Bautista Mahiques")
    ("El Hassan Daki received on Monday in Rabat Mohsin Yahya Talib Abu Bakr, President of the Council.",
     [("Rabat", "city", "MA", "Rabat", True)]),
    ("President Edgars Rinkēvičs met Prosecutor General Juris Stukāns at Riga Castle.",
     [("Riga", "city", "LV", "Riga", True)]),
    ("Ms Cheng described the offices set up in the Hong Kong Legal Hub.", [("Hong Kong", "country", "HK", None, True)]),
    # 002: surnames and running text are no places
    ("Krasnov expressed his willingness to advance the development of law enforcement and judicial cooperation between the two sides.",
     []),
]


@pytest.mark.parametrize("sentence, expected", PLACES)
def test_the_places_a_sentence_names(sentence, expected):
    assert [(p.text, p.kind, p.country, p.city, p.cued) for p in find_places(sentence)] == expected


def test_a_mention_keeps_its_offsets():
    sentence = "The Chinese delegation will also visit Brest and Grodno."
    assert [sentence[p.start:p.end] for p in find_places(sentence)] == ["Chinese", "Brest", "Grodno"]


@pytest.mark.parametrize(
    "name, expected",
    [("Bishkek", "KG"), ("BEIJING", "CN"), ("MACAU", "MO"), ("Hong Kong", "HK"), ("Singapore", "SG"),
     ("St. Petersburg", "RU"), ("Nur-Sultan", "KZ"), ("Urumqi", "CN"), ("Chisinau", "MD"), ("Procuratorate", None)],
)
def test_the_country_of_a_dateline_city(name, expected):
    assert city_country(name) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Azerbaijani", "AZ"), ("Kyrgyz", "KG"), ("Kazakh", "KZ"), ("Emirati", "AE"), ("the Russian Federation", "RU"),
     ("Viet Nam", "VN"), ("Türkiye", "TR"), ("Macao", "MO"), ("Korea", "KR"), ("Chinese", "CN"), ("kg", "KG"),
     ("RU", "RU"), ("Ecuadorian", "EC"), ("Kosovar", "XK"), ("KSA", "SA"), ("DRC", "CD"), ("PNG", "PG"), ("BiH", "BA"),
     ("Narnia", None), ("", None)],
)
def test_country_code(text, expected):
    assert country_code(text) == expected


def test_aliases_and_names_of_countries():
    assert (aliases()["kazakh"], aliases()["people's republic of china"], country_name("AZ")) == ("KZ", "CN", "Azerbaijan")
    assert "republic of china" not in aliases() and "island" not in aliases()


@pytest.mark.parametrize("line", [("Talks were held in Beijing. " * 40_000)[:1_000_000], "Beijing" + " " * 1_000_000 + "hosts"])
def test_a_line_of_a_megabyte_is_read_whole(line):
    found = find_places(line)
    assert len(found) == line.count("Beijing") and {place.country for place in found} == {"CN"}


def test_a_country_that_is_one_city_is_in_that_city():
    assert [city_of_one_city_country(code) for code in ("MO", "HK", "SG", "LU", None)] == [
        "Macao", "Hong Kong", "Singapore", None, None]


def test_the_word_that_says_a_name_is_a_city_is_read_with_it():
    """b2-21: "City" after "Zhuhai" is part of that name, not a place of its own."""
    text = "the Procuratorate of Zhuhai City. The in-depth talks"
    assert [(text[p.start:p.end], p.kind, p.country) for p in place_names(text)] == [("Zhuhai City", "city", "CN")]
