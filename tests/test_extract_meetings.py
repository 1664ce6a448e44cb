"""procq.extract.meetings: which sentences report a meeting that happened, who stands on each side,
who else was there, and which reports are the same meeting (SPEC: meeting, participant)."""
from __future__ import annotations

import pytest

from procq.extract import extract
from procq.extract.dates import PartialDate, publication_date
from procq.records import Article
from procq.extract.meetings import find_trigger, merge_candidates, read_attendance, read_candidates
from procq.extract.people import learn_people
from procq.extract.text import Sentence, sentences


@pytest.mark.parametrize(
    "sentence",
    [
        # 000
        "Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.",
        # 004
        "On July 25 local time, the 22nd Prosecutors General Meeting of the Shanghai Cooperation Organization (SCO) Member States was held in Bishkek, capital of Kyrgyzstan.",
        # 001
        "Belarus and China are eager to step up joint efforts in crime prevention, Belarus President Aleksandr Lukashenko said as he met with Cao Jianming, Procurator-General of the Supreme People's Procuratorate of China, on 10 April.",
        # d046
        "Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac, along with a delegation from the Republic Public Prosecutor’s Office, visited the Federal Prosecutor’s Office of Belgium under a cooperation agreement between the two prosecution offices.",
        # d047
        "Prosecutor-General Counselor Hamada el-Sawy on Friday 25/06/2021 discussed with French Justice Éric Dupond-Moretti cooperation in combating terrorism.",
        # d034: a caption with a pose marker
        "Chinese Minister of Public Security Wang Xiaohong (right) with Russian Prosecutor General Igor Krasnov in Beijing on Thursday.",
        # d015
        "Prosecutor General of the Supreme People's Procuracy of Vietnam Le Minh Tri separately received delegations attending the conference on December 4-5.",
        # d054
        "On the same day, Krasnov also met with Choe Son Hui, President of the Central Court, and Kang Yun Seok, Vice Chairman of the Supreme People’s Assembly, and held a friendly conversation at the Mansudae Assembly Hall.",
        # written in the same style
        "Kazakh Prosecutor General Berik Asylov held talks with Kyrgyz Prosecutor General Kurmankul Zulushev in Astana on 3 March.",
        "Tran Van Son paid a courtesy call on Lao President Thongloun Sisoulith in Vientiane.",
        "Belarusian Prosecutor General Andrei Shved received a delegation led by Uzbek Prosecutor General Nigmatilla Yuldashev in Minsk on Tuesday.",
        "The 7th meeting of prosecutors general of the SCO member states was held in Dushanbe on 12 September.",
    ],
)
def test_a_reported_meeting_has_a_trigger(sentence):
    assert find_trigger(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # 004: a planned meeting is no meeting
        "The heads of the delegations of the SCO member states jointly signed the minutes of the 22nd Meeting of Prosecutors General of SCO Member States, in which the member states decided that the 23rd Meeting of Prosecutors General of SCO Member States will be held in Pakistan in 2025.",
        # 000: a past event recalled in passing is not this article's meeting
        "He mentioned that at the Samarkand Summit of the Shanghai Cooperation Organization held in September, 2022, the two countries' heads of state reached important consensus on the development of bilateral relations.",
        # d015
        "The Supreme People's Procuracy of Vietnam previously hosted the 6th conference in November 2009, which focused on cooperation and mutual legal assistance in criminal matters.",
        "Hanoi (VNA) - The 13th ASEAN - China Prosecutors-General Conference, themed on stepping up international cooperation against high-tech and transnational crimes, will take place in Hanoi on December 6.",
        # afrinz
        "He wished his Egyptian colleague success at the summit of heads of prosecution services of the BRICS countries, which will be held on 18-19 June in an expanded format at the Konstantinovsky Palace in St. Petersburg.",
        # d054
        "Russian media had reported on Krasnov’s trip to North Korea the day before.",
        # written in the same style
        "The 11th meeting of prosecutors general of the two countries will be held in Tashkent next year.",
        "Asylov recalled that the two offices had met in Bishkek in 2019.",
        "The next round of consultations is scheduled to take place in Minsk in October.",
    ],
)
def test_planned_and_recalled_events_are_no_meeting(sentence):
    article = Article(id="one", path="one.txt", text=sentence)
    assert extract(article).meetings == []


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, paragraph=0, index=0)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 000
        ("SPP Deputy Prosecutor General Ge Xiaoyan and Ambassador of Azerbaijan to China Buniyad Huseynov attended the meeting as well.",
         {"Ge Xiaoyan": "attendee", "Buniyad Huseynov": "attendee"}),
        # 004: a video address counts; whoever presides hosts
        ("Kyrgyz President Sadyr Japarov delivered a video address to the meeting, and Kyrgyz Prosecutor General Maksat Asanaliev presided over it.",
         {"Sadyr Japarov": "attendee", "Maksat Asanaliev": "host"}),
        # 004
        ("Yang Jinghai, Chief Prosecutor of the People's Procuratorate of Shanxi Province, Li Yongjun, Chief Prosecutor of the People's Procuratorate of Inner Mongolia Autonomous Region, and Gao Jiming, Chief Prosecutor of the People's Procuratorate of Xinjiang Uygur Autonomous Region, attended the meeting as part of the Chinese delegation.",
         {"Yang Jinghai": "attendee", "Li Yongjun": "attendee", "Gao Jiming": "attendee"}),
        # d047: people after "was attended by"
        ("The meeting, held at the headquarters of the French Justice Ministry, was attended by Egypt's Ambassador to France Alaa Youssef and a high-level delegation from the Public Prosecution.",
         {"Alaa Youssef": "attendee"}),
        # 003
        ("Tong Jianming, Deputy Secretary of the Party Leadership Group and First Deputy Prosecutor General of the SPP, presided over the opening ceremony and delivered a concluding speech.",
         {"Tong Jianming": "host"}),
        # kazinform
        ("Deputy Prosecutor General of Kazakhstan Gizat Daurenbekov read out a message of welcome from President Kasym-Jomart Tokayev to the event participants.",
         {"Gizat Daurenbekov": "attendee"}),
        # written in the same style
        ("Kazakh Deputy Prosecutor General Marat Akhmetzhanov and Ambassador of Kazakhstan to Kyrgyzstan Rapil Zhoshybayev also attended the talks.",
         {"Marat Akhmetzhanov": "attendee", "Rapil Zhoshybayev": "attendee"}),
        ("Uzbek Prosecutor General Nigmatilla Yuldashev chaired the meeting.", {"Nigmatilla Yuldashev": "host"}),
    ],
)
def test_attendance_clauses_add_people_with_their_role(sentence, expected):
    assert read_attendance(_sentence(sentence), []) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # 002: heads of state whose consensus is cited are not there
        "He said the law enforcement and judicial organs of the two countries would hopefully implement the important consensus reached by the two heads of state comprehensively.",
        # 004
        "In his address, Japarov noted that the gathering of the prosecutors general in Bishkek fully demonstrates the commitment of the SCO countries to strengthening the rule of law.",
        # written: a past attendance is not this meeting's
        "Kazakh Prosecutor General Berik Asylov previously attended the meeting in Bishkek in 2019.",
    ],
)
def test_no_attendance_from_background_sentences(sentence):
    assert read_attendance(_sentence(sentence), []) == {}


def _meetings(text: str) -> list:
    """Merged meeting reports that name someone (a headline's "X meets Y" without names is left aside, as extract() does)."""
    sents = sentences(text)
    people = learn_people([s.text for s in sents])
    published = publication_date(text)
    return [c for c in merge_candidates(read_candidates(sents, people, published)) if c.people]


def test_caption_and_body_reporting_one_meeting_merge():
    # 002: the photo caption gives "July 13, 2023", the body "on Thursday" with publication 2023-07-14
    text = (
        "Senior CPC official meets Russian Prosecutor General\n\n"
        "Xinhua | Updated: 2023-07-14 09:55\n\n"
        "Chen Wenqing, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee and head of the Commission for Political and Legal Affairs of the CPC Central Committee, meets with Igor Krasnov, Prosecutor General of the Russian Federation, in Beijing, capital of China, July 13, 2023. [Photo/Xinhua]\n\n"
        "BEIJING -- Chen Wenqing, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee and head of the Commission for Political and Legal Affairs of the CPC Central Committee, met with Igor Krasnov, Prosecutor General of the Russian Federation, on Thursday in Beijing.\n\n"
        "Chen said under the strategic guidance of the two heads of state, China-Russia relations have maintained a healthy and stable development momentum.\n"
    )
    found = _meetings(text)
    assert len(found) == 1
    assert found[0].date == "2023-07-13"
    assert found[0].people == {"Chen Wenqing", "Igor Krasnov"}
    assert len(found[0].sentences) == 2


def test_caption_and_body_merge_in_a_written_report():
    text = (
        "belta.by | Published: 2021-06-04 10:15\n\n"
        "Belarusian Prosecutor General Andrei Shved (right) meets Uzbek Prosecutor General Nigmatilla Yuldashev in Minsk, June 3, 2021. [Photo/BelTA]\n\n"
        "MINSK (BelTA) - Belarusian Prosecutor General Andrei Shved met with Uzbek Prosecutor General Nigmatilla Yuldashev in Minsk on Thursday.\n\n"
        "Shved said the two offices share a long history of cooperation.\n"
    )
    found = _meetings(text)
    assert len(found) == 1
    assert found[0].people == {"Andrei Shved", "Nigmatilla Yuldashev"}
    assert found[0].date == "2021-06-03"


def test_two_meetings_on_the_same_day_with_different_people_stay_two():
    # d054, in short: "On the same day" takes the first meeting's date, but the people differ
    text = (
        "North Korean state-run media, Rodong Sinmun, reported that “a meeting took place on July 22 at the Mansudae Assembly Hall between Kim Chol Won, the head of the Central Prosecutor’s Office, and Igor Krasnov, the head of the Russian Federation’s Prosecutor General’s Office.”\n"
        "On the same day, Krasnov also met with Choe Son Hui, President of the Central Court, and Kang Yun Seok, Vice Chairman of the Supreme People’s Assembly, and held a friendly conversation at the Mansudae Assembly Hall.\n"
    )
    found = _meetings(text)
    assert [(m.date, m.people) for m in found] == [
        ("--07-22", {"Kim Chol Won", "Igor Krasnov"}),
        ("--07-22", {"Igor Krasnov", "Choe Son Hui", "Kang Yun Seok"}),
    ]


def test_two_meetings_on_the_same_day_stay_two_in_a_written_report():
    text = (
        "Kazakh Prosecutor General Berik Asylov met with Kyrgyz Prosecutor General Kurmankul Zulushev in Bishkek on 3 March.\n"
        "On the same day, Asylov also met with Kyrgyz President Sadyr Japarov.\n"
    )
    found = _meetings(text)
    assert [(m.date, m.people) for m in found] == [
        ("--03-03", {"Berik Asylov", "Kurmankul Zulushev"}),
        ("--03-03", {"Berik Asylov", "Sadyr Japarov"}),
    ]


def test_a_repeated_lead_gives_one_meeting_with_the_attendees_of_the_body():
    # 000, in short
    text = (
        "en.spp.gov.cn| October 19, 2023\n\n"
        "Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate of the People's Republic of China, meets with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.\n\n"
        "Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.\n\n"
        "He mentioned that at the Samarkand Summit of the Shanghai Cooperation Organization held in September, 2022, the two countries' heads of state reached important consensus on the development of bilateral relations.\n\n"
        "SPP Deputy Prosecutor General Ge Xiaoyan and Ambassador of Azerbaijan to China Buniyad Huseynov attended the meeting as well.\n"
    )
    found = _meetings(text)
    assert len(found) == 1
    meeting = found[0]
    assert (meeting.date, meeting.subjects, meeting.objects) == ("2023-10-19", ["Ying Yong"], ["Kamran Aliyev"])
    assert meeting.attendees == {"Ge Xiaoyan": "attendee", "Buniyad Huseynov": "attendee"}


def test_meetings_on_different_days_in_a_digest_stay_apart():
    # d006, in short: a weekly digest of three events, each with its own day
    text = (
        "On the afternoon of February 7th, the Supreme People's Procuratorate held a forum for retired cadres. Cao Jianming, Party Secretary and Procurator-General, presided over the meeting.\n\n"
        "On February 5th, the Supreme People's Procuratorate Attorney General Cao Jianming met with Singaporean Attorney General Huang Lusheng in Beijing.\n\n"
        "On February 2nd, the National Conference on Building a Clean and Honest Party Style and Anti-corruption Work of Procuratorial Organs was held in Beijing. Cao Jianming, Party Secretary and Procurator-General of the Supreme People's Procuratorate, made a speech at the conference.\n"
    )
    found = _meetings(text)
    assert [m.date for m in found] == ["--02-07", "--02-05", "--02-02"]
    assert [m.people for m in found] == [{"Cao Jianming"}, {"Cao Jianming", "Huang Lusheng"}, {"Cao Jianming"}]


def test_who_receives_and_who_visits():
    sents = sentences("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac visited the Federal Prosecutor’s Office of Belgium.\n"
                      "Belarusian Prosecutor General Andrei Shved received Uzbek Prosecutor General Nigmatilla Yuldashev in Minsk.")
    people = learn_people([s.text for s in sents])
    found = read_candidates(sents, people, None)
    assert [(c.kind, c.subjects, c.objects) for c in found] == [
        ("visit", ["Zagorka Dolovac"], []),
        ("directional", ["Andrei Shved"], ["Nigmatilla Yuldashev"]),
    ]


def test_a_weekday_cannot_be_placed_when_the_publication_year_is_unknown():
    found = read_candidates(
        sentences("Prosecutor General Andrei Shved met with Uzbek Prosecutor General Nigmatilla Yuldashev on Tuesday."),
        [], PartialDate(None, 6, 3))
    assert found[0].date is None
