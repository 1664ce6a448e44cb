"""procq.extract.annotate.dates: date expressions in a sentence, resolved against the publication date
(SPEC: field values, date resolution; settled cases, dates)."""
from __future__ import annotations

import pytest

from procq.dates import DateValue, PartialDate
from procq.extract.annotate.dates import DateMention, find_dates, lasting_days, resolve, stretched, tells_an_end


def _read(sentence: str) -> list[tuple[str, str | None, str | None, str]]:
    """(words, value, relative, precision) of each mention."""
    return [(sentence[m.start : m.end], m.value.iso() if m.value else None, m.relative, m.precision) for m in find_dates(sentence)]


# (sentence, the one mention: its words, what they fix by themselves, its precision)
FIXED = [
    # 000
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.",
     "Oct 19", "--10-19", "day"),
    # 001
    ("Belarus and China are eager to step up joint efforts in crime prevention, Belarus President Aleksandr Lukashenko said as he met with Cao Jianming, Procurator-General of the Supreme People's Procuratorate of China, member of the Central Committee of the Communist Party of China, on 10 April.",
     "10 April", "--04-10", "day"),
    # b4-27
    ("The Sixth Meeting of the Attorneys/Prosecutors General of the ECO Member States was held in Tashkent, Uzbekistan, on September 25, 2025.",
     "September 25, 2025", "2025-09-25", "day"),
    # b2-19
    ("BEIJING, Jan. 15 (Xinhua) -- Procuratorial organs should concentrate on legal supervision and handle every case with high quality and efficiency.",
     "Jan. 15", "--01-15", "day"),
    # d006
    ("On February 5th, the Supreme People's Procuratorate Attorney General Cao Jianming met with Singaporean Attorney General Huang Lusheng in Beijing.",
     "February 5th", "--02-05", "day"),
    # kazinform-2022-sco-prosecutors-astana
    ("2022-09-23", "2022-09-23", "2022-09-23", "day"),
    # khovar-2014-sco-dushanbe
    ("Dushanbe, 23.05.2014 /NIAT Khovar/.", "23.05.2014", "2014-05-23", "day"),
    # d051: "(10th April)"
    ("The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit of the delegation at the headquarters of the CCAC (10th April).",
     "10th April", "--04-10", "day"),
    # a month's name in capitals, as a wire writes it
    ("YEREVAN, SEPTEMBER 26, ARMENPRESS. Prosecutor General Artur Davtyan received a delegation.", "SEPTEMBER 26", "--09-26", "day"),
    # d046: a span, its month and year shared by both ends
    ("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac, along with a delegation from the Republic Public Prosecutor’s Office, visited the Federal Prosecutor’s Office of Belgium.",
     "Between 8 – 12 July 2019", "2019-07-08/2019-07-12", "span"),
    # w02-nanning-2019
    ("The 12th China-ASEAN Prosecutors-General Conference was held in Nanning, Guangxi from 5th to 8th November 2019.",
     "from 5th to 8th November 2019", "2019-11-05/2019-11-08", "span"),
    # d015
    ("Prosecutor General of the Supreme People's Procuracy of Vietnam Le Minh Tri separately received delegations attending the conference on December 4-5.",
     "December 4-5", "--12-04/--12-05", "span"),
    # b2-20
    ("From Dec 23 to 27, Nanning, in South China's Guangxi Zhuang autonomous region, hosted an advanced training program for officials from the justice ministries and legal affairs departments of the six Lancang-Mekong countries.",
     "From Dec 23 to 27", "--12-23/--12-27", "span"),
    # d006: the headline of a weekly digest
    ("One-week procuratorial hot spots (February 3-February 9)", "February 3-February 9", "--02-03/--02-09", "span"),
    # written in the same style: day/month after "from"
    ("The Uzbek delegation stayed in Minsk from 20 to 23/9.", "from 20 to 23/9", "--09-20/--09-23", "span"),
    # xinhua-kz-2019
    ("Nurdauletov is leading a Kazakh procuratorial delegation on a visit to China from March 10 to 14 at the invitation of the SPP.",
     "from March 10 to 14", "--03-10/--03-14", "span"),
    # afrinz: a month of a year
    ("Krasnov met with Ayad for the first time since his appointment as Egypt's Prosecutor General in September 2023.",
     "September 2023", "2023-09", "month"),
    # b4-07: a year
    ("In 2018 the office held a two-day seminar on fighting cybercrime for representatives of the states of Eastern Europe and Central Asia.",
     "In 2018", "2018", "year"),
]


@pytest.mark.parametrize("sentence, words, iso, precision", FIXED)
def test_a_date_expression_gives_what_its_words_fix(sentence, words, iso, precision):
    assert _read(sentence) == [(words, iso, None, precision)]


# (sentence, the one mention's words and its relative kind)
RELATIVE = [
    # 002
    ("BEIJING -- Chen Wenqing met with Igor Krasnov, Prosecutor General of the Russian Federation, on Thursday in Beijing.", "on Thursday", "weekday"),
    # b3-12
    ("The Attorney General of the Republic of Cuba, Yamila Peña Ojeda, held a courtesy meeting this Tuesday with Major General Ta Quang Hái.", "this Tuesday", "weekday"),
    # b3-04
    ("Prosecutor General Kamran Aliyev met today with a delegation headed by Georgia's Prosecutor General Giorgi Gabitashvili, Azernews reports.", "today", "today"),
    # akp-2015-cambodia
    ("Samdech Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, received here this morning a courtesy call by H.E. Cao Jianming.", "this morning", "today"),
    # d054
    ("The Russian delegation, led by Krasnov, arrived in Pyongyang yesterday.", "yesterday", "yesterday"),
    ("On the same day, Krasnov also met with Choe Son Hui, President of the Central Court.", "On the same day", "same_day"),
    ("That day, the North Korean Central Prosecutor’s Office gave a reception for the Russian delegation.", "That day", "same_day"),
    ("Russian media had reported on Krasnov’s trip to North Korea the day before.", "the day before", "previous_day"),
    # b3-15
    ("Later that day the delegation held talks with delegates of Cambodia's Supreme Court led by its general prosecutor, Chea Leang.", "Later that day", "same_day"),
    # written in the same style
    ("The delegation called on the Ministry of Justice the following day.", "the following day", "next_day"),
    ("The two sides had met in Bishkek the previous day.", "the previous day", "previous_day"),
]


@pytest.mark.parametrize("sentence, words, relative", RELATIVE)
def test_relative_words_are_mentions_without_a_value(sentence, words, relative):
    assert _read(sentence) == [(words, None, relative, "day")]


def test_a_weekday_mention_says_which_weekday():
    (mention,) = find_dates("Krasnov ended his first trip to China on Thursday after meeting six top Chinese officials.")
    assert (mention.relative, mention.weekday) == ("weekday", 3)


@pytest.mark.parametrize(
    "sentence, words, day",
    [
        # kabar-2021-kyrgyz-video
        ("On the 5th, Prosecutor General of the Kyrgyz Republic Kurmankul Zulushev held talks via videoconference.", "On the 5th", 5),
        # d006
        ("The forum for retired cadres was held on the afternoon of the 7th.", "on the afternoon of the 7th", 7),
        ("Shameem met the US Ambassador to the Maldives, Hugo Yon, at the Prosecutor's Office on the 3rd of this month.",
         "on the 3rd of this month", 3),
        # n42-11: a note in brackets after the day
        ("Prosecutor General Lee One-seok signed a memorandum of understanding on the 24th (local time) with the head of NAZAHA.",
         "on the 24th", 24),
    ],
)
def test_an_ordinal_alone_is_a_day_of_the_month(sentence, words, day):
    (mention,) = find_dates(sentence)
    assert (sentence[mention.start : mention.end], mention.relative, mention.day, mention.value) == (words, "day_of_month", day, None)


def test_several_mentions_come_left_to_right():
    # d047
    sentence = "Prosecutor-General Counselor Hamada el-Sawy on Friday 25/06/2021 discussed with French Justice Éric Dupond-Moretti cooperation in combating terrorism."
    assert _read(sentence) == [("on Friday", None, "weekday", "day"), ("25/06/2021", "2021-06-25", None, "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Krasnov said the talks were useful.",
        # b3-27: a time is not a date
        "12:04",
        # 002, its time without its date
        "Xinhua | Updated: 09:55",
        # numbers that count or rank
        "The delegation was told that the office currently has 172 lawyers across the country.",
        "The heads of the delegations of the SCO member states jointly signed the minutes of the 22nd Meeting of Prosecutors General.",
        "On the 5th anniversary of the agreement the two offices exchanged letters.",
        # b3-08: a period of years, not a year
        "Last summer the Prosecutors General of Russia and Azerbaijan signed a cooperation programme for 2024-2025.",
        # a numeric form that cannot be day first
        "The reference 10/25/2023 was quoted.",
        # no such day
        "The talks were scheduled for February 30, 2023.",
        # written in the same style: "may" is a verb; a recurring weekday is no day
        "The office may 5 times a year receive visitors on Mondays.",
        # not yesterday
        "The delegation arrived the day before yesterday.",
        # n1-14: an outlet's name
        "Kazakhstan Today - Kazakhstan and Mongolia are preparing to sign a treaty on extradition.",
    ],
)
def test_words_that_are_not_a_date_give_nothing(sentence):
    assert find_dates(sentence) == []


def test_a_stamp_line_gives_its_date_and_not_its_time():
    # b3-08
    assert _read("4 Sep. 15:00 (UTC+3 MSK)") == [("4 Sep.", "--09-04", None, "day")]


def test_a_long_line_is_read_in_one_pass():
    line = "October 19, 2023 and " * 50_000  # a megabyte of dates
    mentions = find_dates(line)
    assert len(mentions) == 50_000 and mentions[-1].value == DateValue.parse("2023-10-19")


def _resolved(sentence: str, published: str | None) -> list[str | None]:
    results = [resolve(m, DateValue.parse(published)) for m in find_dates(sentence)]
    return [r.iso() if r else None for r in results]


RESOLVED = [
    # 000: a day without a year takes the publication year
    ("Ying Yong met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.", "2023-10-19", "2023-10-19"),
    # 001: no publication date, so no year
    ("Lukashenko met with Cao Jianming on 10 April.", None, "--04-10"),
    # d051: a dateline without a year gives none either
    ("The Commissioner Against Corruption welcomed the visit of the delegation at the headquarters of the CCAC (10th April).", "--04-10", "--04-10"),
    # 002: the latest Thursday on or before Friday 2023-07-14
    ("BEIJING -- Chen Wenqing met with Igor Krasnov on Thursday in Beijing.", "2023-07-14", "2023-07-13"),
    # d057: a weekday that is the publication day itself
    ("In a meeting with reporters on Monday, Kim announced the results of their talks.", "2021-02-08", "2021-02-08"),
    # d034: a weekday cannot be placed without a publication day
    ("Krasnov ended his first trip to China on Thursday.", None, None),
    ("Krasnov ended his first trip to China on Thursday.", "--03-11", None),
    # n21-05, n8-16: two weekdays joined are a span, its last the latest such weekday on or before the publication day
    ("On Thursday and Friday prosecutors from across the Caribbean met in St Lucia.", "2011-10-02", "2011-09-29/2011-09-30"),
    ("From Monday to Wednesday the forum met in Kyiv.", "2024-05-08", "2024-05-06/2024-05-08"),
    # d015: both ends of a span take the year
    ("Le Minh Tri separately received delegations attending the conference on December 4-5.", "2023-12-06", "2023-12-04/2023-12-05"),
    # d046: a span with its own year keeps it
    ("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac visited Belgium.", "2020-01-10", "2019-07-08/2019-07-12"),
    # kazinform-2022-sco-prosecutors-astana
    ("ASTANA. KAZINFORM Astana hosts today XX jubilee meeting of the SCO Prosecutors General, Kazinform reports.", "2022-09-23", "2022-09-23"),
    ("The Commissioner Against Corruption welcomed the visit of the delegation today.", "--04-10", "--04-10"),
    # d054
    ("The Russian delegation, led by Krasnov, arrived in Pyongyang yesterday.", "2024-07-23", "2024-07-22"),
    ("The Russian delegation, led by Krasnov, arrived in Pyongyang yesterday.", "--07-23", "--07-22"),
    ("The Russian delegation, led by Krasnov, arrived in Pyongyang yesterday.", "--03-01", None),  # 28 or 29 February
    ("Russian media had reported on Krasnov’s trip to North Korea the day before.", "2024-03-01", "2024-02-29"),
    ("The delegation called on the Ministry of Justice the following day.", "2023-12-31", "2024-01-01"),
    ("The delegation called on the Ministry of Justice the following day.", "2023", None),
    # the same day is the previous meeting's, which only the caller knows
    ("On the same day, Krasnov also met with Choe Son Hui, President of the Central Court.", "2024-07-23", None),
    # kabar-2021-kyrgyz-video: a day of the publication month
    ("On the 5th, Prosecutor General of the Kyrgyz Republic Kurmankul Zulushev held talks via videoconference.", "2021-05-06", "2021-05-05"),
    ("On the 5th, Prosecutor General of the Kyrgyz Republic Kurmankul Zulushev held talks via videoconference.", "2021", None),
    # a day after the report's is the month before's
    ("On the 31st, the delegation left.", "2021-04-06", "2021-03-31"),
    ("On the 28th, the delegation left.", "2021-01-03", "2020-12-28"),
    ("On the 28th, the delegation left.", "--01-03", "--12-28"),
    ("On the 30th, the delegation left.", "2021-03-06", None),  # February has no 30th
]


@pytest.mark.parametrize("sentence, published, expected", RESOLVED)
def test_a_mention_resolves_against_the_publication_date(sentence, published, expected):
    assert _resolved(sentence, published) == [expected]


def test_a_mention_carries_its_offsets_in_the_sentence():
    sentence = "The national conference on foreign-related prosecution work is held in Shanghai on Nov 14."
    assert find_dates(sentence) == [DateMention(83, 89, DateValue.parse("--11-14"))]


@pytest.mark.parametrize(("sentence", "days"), [
    ("Chief prosecutors gathered in Istanbul on Thursday for a two-day meeting.", 2),
    ("The 3-day conference opened in Nairobi.", 3),
    ("The prosecutors met for two days.", None),
])
def test_how_long_a_sentence_says_a_gathering_lasts(sentence: str, days: int | None) -> None:
    assert lasting_days(sentence) == days


def test_a_span_stretched_from_its_first_day_crosses_a_month_and_keeps_a_missing_year() -> None:
    assert stretched(PartialDate(2025, 10, 31), 3).iso() == "2025-10-31/2025-11-02"
    assert stretched(PartialDate(None, 6, 21), 2).iso() == "--06-21/--06-22"


def test_a_sentence_that_tells_an_end() -> None:
    assert tells_an_end("The meeting ends tomorrow, Wednesday the 22nd.")
    assert not tells_an_end("The meeting opened on Tuesday.")
