"""procq.extract.dates: publication dates from datelines and metadata, meeting dates resolved against them (SPEC: date, date resolution)."""
from __future__ import annotations

import pytest

from procq.extract.dates import PartialDate, find_dates, publication_date, resolve


def _pub(iso: str | None) -> PartialDate | None:
    if iso is None:
        return None
    if iso.startswith("--"):
        month, day = iso[2:].split("-")
        return PartialDate(None, int(month), int(day))
    year, month, day = iso.split("-")
    return PartialDate(int(year), int(month), int(day))


def _resolved(sentence: str, published: str | None) -> list[str | None]:
    return [resolve(m, _pub(published)) for m in find_dates(sentence)]


# (sentence, publication date, what its one date phrase stands for)
ONE_DATE = [
    # 000: a day without a year takes the publication year
    ("Ying Yong ... met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.", "2023-10-19", "2023-10-19"),
    # 002: a weekday is the latest such day on or before publication (2023-07-14 is a Friday)
    ("BEIJING -- Chen Wenqing ... met with Igor Krasnov, Prosecutor General of the Russian Federation, on Thursday in Beijing.", "2023-07-14", "2023-07-13"),
    # 001: no publication date, so no year: ISO 8601's --MM-DD
    ("Belarus President Aleksandr Lukashenko said as he met with Cao Jianming ... on 10 April.", None, "--04-10"),
    # 004: "local time" changes nothing
    ("On July 25 local time, the 22nd Prosecutors General Meeting of the Shanghai Cooperation Organization (SCO) Member States was held in Bishkek, capital of Kyrgyzstan.", "2024-07-25", "2024-07-25"),
    # d046: a span of days
    ("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac, along with a delegation from the Republic Public Prosecutor’s Office, visited the Federal Prosecutor’s Office of Belgium.", None, "2019-07-08/2019-07-12"),
    # d015: a span without a year stays without one at both ends
    ("Prosecutor General of the Supreme People's Procuracy of Vietnam Le Minh Tri separately received delegations attending the conference on December 4-5.", None, "--12-04/--12-05"),
    # d006: ordinal days
    ("On February 5th, the Supreme People's Procuratorate Attorney General Cao Jianming met with Singaporean Attorney General Huang Lusheng in Beijing.", None, "--02-05"),
    # d054
    ("a meeting took place on July 22 at the Mansudae Assembly Hall between Kim Chol Won, the head of the Central Prosecutor’s Office, and Igor Krasnov", None, "--07-22"),
    # 003: an abbreviated month
    ("The national conference on foreign-related procuratorial work was held in Shanghai on Nov 14.", "2024-11-14", "2024-11-14"),
    # d051: "today (10th April)" -- the stated day, under a dateline without a year
    ("The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit of the delegation at the headquarters of the CCAC (10th April).", "--04-10", "--04-10"),
    # d057: "on Monday" with publication on that Monday is that very day
    ("In a meeting with reporters on Monday, Kim announced the results of their talks.", "2021-02-08", "2021-02-08"),
    # SPEC: "from 5th to 8th November 2019"
    ("The delegation visited Moscow from 5th to 8th November 2019.", None, "2019-11-05/2019-11-08"),
    # issue 3: "from 20 to 23/9" -- day/month with the year from publication
    ("The Uzbek delegation stayed in Minsk from 20 to 23/9.", "2021-10-01", "2021-09-20/2021-09-23"),
    # written in the same style: other days, months and years
    ("Kazakh Prosecutor General Berik Asylov met with his Kyrgyz counterpart in Astana on 3 March.", "2024-03-05", "2024-03-03"),
    ("Uzbek Prosecutor General Nigmatilla Yuldashev received the delegation on Tuesday.", "2023-07-14", "2023-07-11"),
    ("The talks were held in Hanoi on Friday.", "2023-07-14", "2023-07-14"),
    ("Tran Van Son received the visitors in Hanoi on Sept 28.", None, "--09-28"),
    ("The forum opened in Minsk on June 3, 2021.", "2021-06-10", "2021-06-03"),
    ("The forum opened in Minsk on 2021-06-03.", None, "2021-06-03"),
    ("Prosecutors of the two countries met in Almaty on 14–16 May 2018.", None, "2018-05-14/2018-05-16"),
    ("The seminar was held in Tashkent on December 4-5, 2023.", None, "2023-12-04/2023-12-05"),
    ("The two sides met yesterday in Astana.", "2022-09-23", "2022-09-22"),
]


@pytest.mark.parametrize("sentence, published, expected", ONE_DATE)
def test_a_date_phrase_resolves_against_the_publication_date(sentence, published, expected):
    assert _resolved(sentence, published) == [expected]


def test_a_weekday_with_a_numeric_date_agrees_on_the_day():
    # d047: "on Friday 25/06/2021", published 2021-06-28
    sentence = "Prosecutor-General Counselor Hamada el-Sawy on Friday 25/06/2021 discussed with French Justice Éric Dupond-Moretti cooperation in combating terrorism."
    assert set(_resolved(sentence, "2021-06-28")) == {"2021-06-25"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Krasnov said the talks were useful.",
        "Ying warmly welcomed the arrival of the delegation, noting that China and Azerbaijan are good partners and friends.",
        # ages, counts and numbered events are not dates
        "The delegation was told that the office currently has 172 lawyers across the country.",
        "The meeting marked the first gathering of prosecutors general of the SCO countries since Belarus became a member of the organization.",
        "The heads of the delegations of the SCO member states jointly signed the minutes of the 22nd Meeting of Prosecutors General.",
    ],
)
def test_sentences_without_a_date_give_none(sentence):
    assert find_dates(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # afrinz: the month dates his appointment, not the meeting
        "Krasnov met with Ayad for the first time since his appointment as Egypt's Prosecutor General in September 2023.",
        # written in the same style
        "Asylov has headed the office since January 2022.",
    ],
)
def test_a_date_that_belongs_to_another_event_is_not_read(sentence):
    assert find_dates(sentence) == []


def test_a_weekday_without_a_publication_date_stays_unknown():
    # d034 has no publication date: "on Thursday" cannot be placed
    sentence = "Russian Prosecutor General Igor Krasnov made the comments to Chinese Public Security Minister Wang Xiaohong on Thursday."
    assert _resolved(sentence, None) == [None]


def test_a_year_is_never_guessed_for_a_bare_day():
    for mention in find_dates("The delegation arrived in Pyongyang on July 21."):
        assert resolve(mention, None) == "--07-21"


PUBLISHED = [
    ("Ying Yong meets with Azerbaijani prosecutor general\n\nen.spp.gov.cn| October 19, 2023\n\nYing Yong ... met with ... on Oct 19.", "2023-10-19"),
    ("Senior CPC official meets Russian Prosecutor General\n\nXinhua | Updated: 2023-07-14 09:55\n\nBEIJING -- Chen Wenqing met with Igor Krasnov on Thursday.", "2023-07-14"),
    ("Prosecutors of the two countries met in Beijing on Monday.\nThe sides signed a plan.\n(Xinhua News Agency November 18, 2005)", "2005-11-18"),
    ("Chinese procurator meets visitors\n08:27, June 12, 2012\nThe procurator-general met with the delegation on Monday.", "2012-06-12"),
    ("time:2018-08-17 Source:China Daily\nThe delegation arrived in Beijing.", "2018-08-17"),
    ("Prosecutors sign cooperation plan\n(2023-08-11)\nThe two sides met in Hanoi.", "2023-08-11"),
    ("BEIJING, March 11 (Xinhua) -- The procurator-general met with the delegation on Monday.", "--03-11"),
    ("Pyongyang, July 23 (KCNA) -- A delegation of the Russian Prosecutor General's Office arrived here.", "--07-23"),
    # d051
    ("MACAU, April 10 - The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit of the delegation today (10th April).", "--04-10"),
    # d047: a stamp run into the first line of text
    (" date 2021-06-28 Prosecutor-General Counselor Hamada el-Sawy on Friday 25/06/2021 discussed with French Justice Éric Dupond-Moretti cooperation in combating terrorism, human trafficking, money laundering and violence against women.", "2021-06-28"),
    # d057
    ("CIO Chief, Top Prosecutor Agree to Cooperate on Case Transfer\n\nWritten: 2021-02-08 18:18:16Updated: 2021-02-08 21:08:41\n\nKim said the talks went well.", "2021-02-08"),
    # d008
    ("On the eve of the Spring Festival, leaders of the Supreme People’s Procuratorate visited elderly comrades\n\n2022-05-02 0 By\n\nZhang Jun visited Zhang Siqing.", "2022-05-02"),
    # written in the same style
    ("MINSK, June 3 (BelTA) - Prosecutor General Andrei Shved met with the Uzbek delegation.", "--06-03"),
    ("Uzbek and Kazakh prosecutors meet\n\nkabar.kg | Published: 2024-03-05 11:20\n\nThe two sides met in Bishkek.", "2024-03-05"),
]


@pytest.mark.parametrize("text, expected", PUBLISHED)
def test_publication_date_from_datelines_and_metadata(text, expected):
    found = publication_date(text)
    assert found is not None and found.iso() == expected


@pytest.mark.parametrize(
    "text",
    [
        # 001: the only date is in running text
        "Belarus and China are eager to step up joint efforts in crime prevention, Belarus President Aleksandr Lukashenko said as he met with Cao Jianming, Procurator-General of the Supreme People's Procuratorate of China, member of the Central Committee of the Communist Party of China, on 10 April.",
        # d054
        "A delegation led by Russia’s Prosecutor General has visited North Korea.\nNorth Korean state-run media, Rodong Sinmun, reported that “a meeting took place on July 22 at the Mansudae Assembly Hall between Kim Chol Won, the head of the Central Prosecutor’s Office, and Igor Krasnov, the head of the Russian Federation’s Prosecutor General’s Office.”",
        # written: a full date in a long reporting sentence is the meeting's, not the page's
        "The Uzbek Prosecutor General Nigmatilla Yuldashev held talks with his Kazakh counterpart Berik Asylov in Tashkent on March 3, 2024, and the two sides signed a cooperation programme for the next two years.",
    ],
)
def test_no_publication_date_from_running_text(text):
    assert publication_date(text) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        (PartialDate(2023, 10, 19), "2023-10-19"),
        (PartialDate(2023, 10, None), "2023-10"),
        (PartialDate(2023, None, None), "2023"),
        (PartialDate(None, 4, 10), "--04-10"),
    ],
)
def test_partial_dates_print_at_their_precision(value, expected):
    assert value.iso() == expected


# Publication dates from wire datelines in each agency's form, and from year-first or dotted stamps
DATELINE_PUBLISHED = [
    # belta-konyuk-2017
    ("MINSK, 3 June (BelTA) – Prosecutor General of Belarus Alexander Konyuk met with a delegation of the Supreme People's Procuratorate of China headed by Deputy Procurator-General Sun Qian on 3 June, BelTA learned from the press service of the Prosecutor General's Office.", "--06-03"),
    # tass-chaika-2019
    ("MOSCOW, October 2. /TASS/. Prosecutor General of Russia Yury Chaika and Procurator-General of China's Supreme People's Procuratorate Zhang Jun held talks in Moscow today, the press service of the Russian Prosecutor General's Office told TASS.", "--10-02"),
    # app-nab-2021
    ("ISLAMABAD, Jul 5 (APP): A three-member delegation of the Supreme People's Procuratorate of the People's Republic of China, headed by Deputy Procurator General Sun Qian, called on Chairman National Accountability Bureau (NAB) Justice (R) Javed Iqbal here on Monday.", "--07-05"),
    # khovar-2014-sco-dushanbe
    ("Dushanbe, 23.05.2014 /NIAT Khovar/. The 12th meeting of prosecutors general of the member states of the Shanghai Cooperation Organization took place in Dushanbe on Thursday.", "2014-05-23"),
    # ena-2021-ethiopia
    ("Addis Ababa, November 5/2021(ENA) Federal Attorney General Gedion Timothewos met with Chinese Ambassador to Ethiopia Zhao Zhiyuan today and discussed ways of strengthening cooperation between the justice sectors of the two countries.", "2021-11-05"),
    # akp-2015-cambodia
    ("Phnom Penh, July 8, 2015 AKP -- Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, received here this morning a courtesy call by H.E. Cao Jianming.", "2015-07-08"),
    # yonhap-kr-2018: a year-first stamp under the headline
    ("Top prosecutors of S. Korea, China agree to cooperate on voice phishing crimes\n\n2018/11/20 17:05\n\nSEOUL, Nov. 20 (Yonhap) -- Prosecutor General Moon Moo-il held talks with visiting Chinese Procurator-General Zhang Jun at the Supreme Prosecutors' Office in Seoul on Tuesday.", "2018-11-20"),
    # uza-2019-uzbekistan: a dotted stamp with a time
    ("UzA - National News Agency of Uzbekistan\n\nUzbekistan and China strengthen cooperation in the prosecutorial sphere\n\n20.09.2019 | 16:40\n\nThe Prosecutor General of Uzbekistan met with the Procurator-General of China.", "2019-09-20"),
    # ugyeszseg-2019-hungary
    ("Prosecution Service of Hungary\n\nNews | 20.09.2019\n\nChinese Procurator-General visits the Office of the Prosecutor General", "2019-09-20"),
]


@pytest.mark.parametrize("text, expected", DATELINE_PUBLISHED)
def test_publication_date_from_wire_datelines_and_stamps(text, expected):
    found = publication_date(text)
    assert found is not None and found.iso() == expected


def test_a_dateline_without_a_date_gives_no_publication_date():
    # kazinform-ambassadors-2021
    text = "NUR-SULTAN. KAZINFORM – Prosecutor General of Kazakhstan Gizat Nurdauletov met with Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to Kazakhstan Zhang Xiao today, the press service of the Prosecutor General's Office reports."
    assert publication_date(text) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # yonhap-kr-2018
        ("2018/11/20 17:05", "2018-11-20"),
        # uza-2019-uzbekistan
        ("20.09.2019 | 16:40", "2019-09-20"),
        # khovar-2014-sco-dushanbe
        ("Dushanbe, 23.05.2014 /NIAT Khovar/.", "2014-05-23"),
        # ena-2021-ethiopia
        ("Addis Ababa, November 5/2021(ENA)", "2021-11-05"),
        ("2018.11.20 10:00", "2018-11-20"),
    ],
)
def test_year_first_and_dotted_dates(sentence, expected):
    assert _resolved(sentence, None) == [expected]


def test_a_dotted_date_needs_one_separator_throughout():
    # "12.05/2014" mixes separators: no day-month-year reading
    assert all(resolve(m, None) != "2014-05-12" for m in find_dates("Reference 12.05/2014 of the register."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Cao Yin in Dushanbe, Tajikistan | China Daily | Updated: 2014-09-19 08:02\n\nBody text follows here.", "2014-09-19"),
        ("YEREVAN, SEPTEMBER 26, ARMENPRESS. Prosecutor General Artur Davtyan received a delegation.", "--09-26"),
    ],
)
def test_publication_date_from_a_byline_stamp_and_a_dateline_in_capitals(text, expected):
    assert publication_date(text).iso() == expected
