"""Who the sentences after a meeting place at it: its speakers attend, the sources of a report and people
a plan names do not."""
from __future__ import annotations

from procq.extract import extract
from procq.records import Article


def _participants(text: str) -> list[list[str]]:
    facts = extract(Article("written", "written.txt", text))
    return [[p.name for p in m.participants] for m in facts.meetings]


LEAD = ("Nepal's ambassador meets Chinese prosecutor\n\n"
        "Ambassador Krishna Prasad Sharma met Zhang Jun, Procurator-General of China, in Beijing on 12 June 2024.\n\n")


def test_the_next_sentences_subject_attends_the_meeting():
    text = LEAD + "Consul General of Nepal Mr. Ram Bahadur Thapa accompanied the Ambassador.\n"
    assert _participants(text) == [["Krishna Prasad Sharma", "Zhang Jun", "Ram Bahadur Thapa"]]


def test_a_speaker_after_an_opening_phrase_attends_the_meeting():
    text = LEAD + ("In his opening remarks, Deputy Procurator-General Tong Jianming said that relations between "
                   "the two countries have a long history.\n")
    assert _participants(text) == [["Krishna Prasad Sharma", "Zhang Jun", "Tong Jianming"]]


def test_the_source_of_a_report_does_not_attend():
    text = LEAD + "The two sides discussed cross-border fraud, embassy spokesman Harli Siregar said in a statement.\n"
    assert _participants(text) == [["Krishna Prasad Sharma", "Zhang Jun"]]


def test_who_a_plan_names_does_not_attend():
    text = LEAD + "President Ram Chandra Poudel is expected to receive the delegation later today.\n"
    assert _participants(text) == [["Krishna Prasad Sharma", "Zhang Jun"]]


def test_a_speaker_whose_words_speak_of_the_future_attends_the_meeting():
    """n1-14: the plan is in what he said, not in what he does."""
    text = LEAD + "Deputy Procurator-General Tong Jianming said the agreement would benefit citizens of both countries.\n"
    assert _participants(text) == [["Krishna Prasad Sharma", "Zhang Jun", "Tong Jianming"]]


def test_a_gathering_that_names_nobody_has_the_people_the_next_sentence_names():
    text = ("Prosecutors of the Baltic Sea States meet in Svetlogorsk\n\n"
            "The Prosecutor General's Office of the Russian Federation was the host of the 17th Conference of "
            "Prosecutors General of the Member States of the Council of the Baltic Sea States, held on 19-21 September 2017.\n\n"
            "Representatives of the prosecution authorities of Denmark, Estonia and Finland came together in the town of "
            "Svetlogorsk, along with Dr. Erik Brandt, President of Eurojust.\n")
    assert _participants(text) == [["Erik Brandt"]]


def test_whom_someone_at_the_meeting_thanks_next_attends_it():
    text = LEAD + "Sharma thanked Deputy Procurator-General Tong Jianming for the warm welcome.\n"
    assert _participants(text) == [["Krishna Prasad Sharma", "Zhang Jun", "Tong Jianming"]]


def _roles(text: str) -> list[dict[str, str]]:
    facts = extract(Article("written", "written.txt", text))
    return [{p.name: p.role for p in m.participants} for m in facts.meetings]


VISIT = ("Azerbaijani prosecutor general's working visit to Türkiye comes to an end\n\n"
         "During the visit to Ankara, Azerbaijan's Prosecutor General Kamran Aliyev met Binali Yildirim, Chairman "
         "of the OTS Council of Elders.\n\n")


def test_talks_told_with_only_the_one_met_are_held_by_the_visitor_the_article_follows():
    text = VISIT + ("At the meeting with Türkiye's Prosecutor General Bekir Şahin, the sides said they were confident "
                    "that cooperation between the countries would develop further.\n")
    assert _roles(text)[-1] == {"Bekir Şahin": "host", "Kamran Aliyev": "guest"}


def test_the_one_met_alone_of_the_visitors_own_country_is_not_called_on_by_him():
    text = VISIT + ("At the meeting with Azerbaijan's Deputy Prosecutor General Fuzuli Mammadov, the sides "
                    "discussed the work of the office.\n")
    assert [list(roles) for roles in _roles(text)][-1] == ["Fuzuli Mammadov"]


def test_both_prosecutors_are_the_principals_of_the_meeting_told_before():
    text = ("Salvadoran prosecutor visits Costa Rica\n\n"
            "Costa Rica's Attorney General Carlo Díaz received El Salvador's Attorney General Rodolfo Delgado in "
            "San José on 3 May 2023.\n\n"
            "As part of the programme, both prosecutors met the president of Costa Rica's Supreme Court, "
            "Orlando Aguirre.\n")
    assert [set(roles) for roles in _roles(text)] == [{"Carlo Díaz", "Rodolfo Delgado"},
                                                     {"Carlo Díaz", "Rodolfo Delgado", "Orlando Aguirre"}]


def test_who_attended_the_ceremony_after_a_signing_is_at_that_meeting():
    text = ("ODPP, Chinese prosecutors sign pact\n\n"
            "Director of Public Prosecutions Renson Ingonga on Monday hosted a delegation from China's Supreme "
            "People's Procuratorate led by Deputy Prosecutor-General Chen Guoqing in Nairobi.\n\n"
            "Chinese Ambassador to Kenya Guo Haiyan attended the ceremony.\n")
    assert _participants(text) == [["Renson Ingonga", "Chen Guoqing", "Guo Haiyan"]]


def test_who_joined_the_video_call_from_somewhere_as_did_another_attend_it():
    text = ("Cuban and Chinese prosecutors hold videoconference\n\n"
            "The Attorney General of Cuba, Mirtha Delgado Rosales, on Tuesday hosted from Havana a videoconference "
            "with Liu Weiguo, Deputy Procurator-General of China's Supreme People's Procuratorate.\n\n"
            "The Chinese ambassador to Cuba, Ma Hui, also joined the videoconference from Havana, as did the Deputy "
            "Attorney General, Rafael Pino Bécquer.\n")
    assert _participants(text) == [["Mirtha Delgado Rosales", "Liu Weiguo", "Ma Hui", "Rafael Pino Bécquer"]]


def test_a_list_a_colon_opens_names_those_present():
    text = ("Joint Declaration of the 14th China-ASEAN Prosecutors-General Conference\n\n"
            "The 14th China-ASEAN Prosecutors-General Conference took place in Singapore on 29 October 2024. "
            "Those attending were:\n\n"
            "1. H.E. Lucien Wong, Attorney-General of the Republic of Singapore\n\n"
            "2. H.E. Ying Yong, Prosecutor General of the Supreme People's Procuratorate of the People's Republic "
            "of China\n\n"
            "3. H.E. Chea Leang, Prosecutor General of the General Prosecution Office to the Supreme Court of the "
            "Kingdom of Cambodia\n\n"
            "The participating Delegations renewed their ties and recalled that the Conference was launched in "
            "2004 on the initiative of Procurator-General Han Zhubin.\n")
    assert _participants(text) == [["Lucien Wong", "Ying Yong", "Chea Leang"]]


def test_the_heads_of_the_delegations_are_the_leaders_of_every_delegation_named_before():
    text = ("Prosecutors General of Central Asia meet in Tashkent\n\n"
            "The meeting was chaired by Prosecutor General of Uzbekistan Nigmatilla Yuldoshev on 23 October 2023. "
            "Taking part were delegations headed by Prosecutor General of Kazakhstan Berik Asylov and Prosecutor "
            "General of Kyrgyzstan Maksat Asanaliev.\n\n"
            "On 24 October the heads of the delegations were received by Minister of Foreign Affairs of Uzbekistan "
            "Bakhtiyor Saidov.\n")
    assert [set(roles) for roles in _roles(text)][-1] == {"Bakhtiyor Saidov", "Berik Asylov", "Maksat Asanaliev"}
