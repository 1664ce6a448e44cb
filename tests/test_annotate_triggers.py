"""Meeting triggers on real sentences: the words, their direction, and the cues that void them."""
from __future__ import annotations

import pytest

from procq.extract.annotate.triggers import cues_of, find_triggers, names_several_meetings, one_after_another, out_of_time


@pytest.mark.parametrize(("sentence", "words", "direction"), [
    ("Kazakh Prosecutor General Berik Asylov sat down with his Chinese counterpart in Beijing.", "sat down with", "receives"),
    ("Azerbaijan's Prosecutor General Kamran Aliyev received Pyotr Gorodov, Deputy Prosecutor General of the Russian Federation.",
     "received", "receives"),
    ("Ying Yong hosted his Kazakh counterpart.", "hosted his Kazakh counterpart", "receives"),
    ("Republic Public Prosecutor Zagorka Dolovac is taking part in the Third Working Forum of Prosecutors General.",
     "taking part in the Third Working Forum", "attends"),
    ("Tajikistan's Prosecutor General participated in the 5th annual conference of the IAP.",
     "participated in the 5th annual conference", "attends"),
    ("Deputy Prosecutor-General Tong Jianming conferred with the visiting Attorney General.", "conferred with", "receives"),
    # n22-01
    ("Ying Yong met separately with the heads of delegations.", "met separately with", "receives"),
    # n6-20
    ("During the visit, meetings were also held with the Minister of the Interior, Mr Nebojša Stefanović.",
     "meetings were also held with", "receives"),
    # n7-01
    ("The agreement, initialled by Mozambique's Attorney-General, Beatriz Buchili, covers the exchange of information.",
     "initialled by", "mutual"),
    # b4-16, n12-12
    ("Kamran Aliyev was in the Russian city of Astrakhan for a Five-Party meeting.",
     "was in the Russian city of Astrakhan for a Five-Party meeting", "attends"),
    ("The Attorney General is in the country to attend the Commonwealth Law Ministers Meeting.",
     "is in the country to attend the Commonwealth Law Ministers Meeting", "attends"),
    # n23-01
    ("Solicitor General Mr Nigel Hawke also sat in on the meeting with the Attorney General.",
     "sat in on the meeting with ", "attends"),
    # n18-14
    ("A delegation headed by Azerbaijan's Prosecutor General Kamran Aliyev was on a working visit to Manama.",
     "was on a working visit to", "visits"),
    ("Ying Yong held talks with Russian Prosecutor General Igor Krasnov in Beijing.", "held talks with", "receives"),
    ("The Georgian Prosecutor General was received by his Azerbaijani counterpart.", "was received by", "visits"),
    ("The delegation paid a courtesy call on President Emomali Rahmon.", "paid a courtesy call on", "visits"),
    ("Talks between the prosecutors general of the two countries took place in Minsk.", "Talks between", "mutual"),
    ("The two sides signed a memorandum of understanding on cooperation.", "signed a memorandum", "mutual"),
    ("The 22nd Meeting of Prosecutors General of the SCO Member States was held in Astana.",
     "Meeting of Prosecutors General of the SCO Member States was held", "gathering"),
    ("Ying Yong attended the opening ceremony and delivered a keynote speech.", "attended the opening ceremony", "attends"),
    ("The meeting was chaired by Prosecutor General Igor Krasnov.", "was chaired by", "chairs"),
    ("The conference was opened and chaired by Supreme Public Prosecutor of Serbia Zagorka Dolovac.",
     "was opened and chaired by", "chairs"),
    ("The document was signed by José Vila del Castillo and Jean Rodríguez.", "was signed by", "mutual"),
    ("The morning meeting at Bucareli was headed by the head of the PGR, Jesús Murillo Karam.",
     "meeting at Bucareli was headed by", "mutual"),
    ("A delegation headed by Elnur Musayev was in the Russian city of Astrakhan for a Five-Party meeting of representatives.",
     "was in the Russian city of Astrakhan for a Five-Party meeting", "attends"),
    ("The AGF acknowledged the offer during his meeting in Abuja with a delegation of legal experts.",
     "during his meeting in Abuja with", "receives"),
    ("Andrei Shved and Igor Krasnov discussed topical aspects of cooperation.", "discussed", "mutual"),
    ("Joining Feng Jian for the visit were, among others, Li Xiaodong.", "Joining Feng Jian for the visit were", "attends"),
    ("Ivan Geshev and Ion Munteanu put their signatures to a Memorandum of Understanding.", "put their signatures to", "mutual"),
    ("The keynote speech was delivered by Professor Surakiart Sathirathai.", "keynote speech was delivered by", "attends"),
    ("The delegation was received at the Kosovo Prosecutorial Council by its Chair, Jetish Maloku.",
     "was received at the Kosovo Prosecutorial Council by", "visits"),
    ("Bobokhonov left for Yerevan, where the one-day session is taking place.", "session is taking place", "gathering"),
    ("Ying Yong told a national conference of chief procurators on Sunday that reforms must be deepened.",
     "told a national conference", "attends"),
    ("Speaking to the gathering, Dr Guo Zhaomin said China is willing to share its knowledge.", "Speaking to the gathering", "attends"),
    ("Meeting on the sidelines of the 15th Session, Montazeri and Chaika looked at ways of cooperation.",
     "Meeting on the sidelines of", "mutual"),
    ("In Dushanbe, Kurmankul Zulushev, Prosecutor General of Kyrgyzstan, held talks with Mohammad Jafar Montazeri.",
     "held talks with", "receives"),
    ("With him were Deputy Director General Wang Nanjiun and Prosecutor Wang Peiju.", "With him were", "attends"),
    ("The Sixth Meeting of the Attorneys/Prosecutors General of the ECO Member States was held in Tashkent.",
     "Meeting of the Attorneys/Prosecutors General of the ECO Member States was held", "gathering"),
    ("President Anura Kumara Disanayake held a discussion today (06) at the Secretariat with the Attorney General.",
     "held a discussion today (06) at the Secretariat with", "receives"),
    ("Prosecutor General of Kyrgyzstan Maksat Asanaliev also took part in the meeting.", "took part in the meeting",
     "attends"),
    ("Prosecutor General Ying Yong exchanged views on judicial cooperation with the visiting delegation.",
     "exchanged views on judicial cooperation with", "receives"),
    ("The symposium was presided over by Procurator-general Cao Jianming.", "was presided over by", "chairs"),
    # n18-16, n27-16: a call held with someone is received
    ("Counsellor Saad Abdul-Karim Al-Safran held a video conference on Wednesday with Qatar's Attorney General.",
     "held a video conference on Wednesday with", "receives"),
    ("Augusto Aras hosted a videoconference this Tuesday from the headquarters in Brasília with Lucília Gago.",
     "hosted a videoconference this Tuesday from the headquarters in Brasília with", "receives"),
    # n33-20: the clause before the one who opens it
    ("Opening the forum, Kazakh Prosecutor General Askhat Daulbayev said the launch of the union matters.",
     "Opening the forum,", "chairs"),
    ("The Prosecutor of the Macao Special Administrative Region, Dr. Ip Son Sang, also took part in both exchange meetings.",
     "took part in both exchange meetings", "attends"),
    ("Republic Public Prosecutor Zagorka Dolovac took part today in Podgorica in a regional conference of EUROJUST.",
     "took part today in Podgorica in a regional conference", "attends"),
    ("Deputy Prosecutors General Svetlana Artikova and Ulugbek Mirzaev and heads of departments took part.", "took part",
     "attends"),
    ("Those attending the session included DIG (Technology) Punjab Mansoor Rana.", "attending the session included",
     "attends"),
    ("The Salvadoran Attorney General was accompanied by Smirna Salazar de Calles.", "was accompanied by", "attends"),
    ("They were joined by Carlos Andrés Pérez, UNODC crime prevention and criminal justice officer.", "were joined by",
     "attends"),
    ("Brunei was represented by its Attorney General, Datin Seri Paduka Hajah Nor Hashimah Mohammed Taib.",
     "was represented by", "attends"),
    ("The Chinese magistrate, Hu Zejun, paid courtesy visits to the Minister of Justice, Isaque Chande.",
     "paid courtesy visits to", "visits"),
    ("The Prosecutor General's Office of the Russian Federation was the host of the 17th Conference of Prosecutors General.",
     "was the host of the 17th Conference", "gathering"),
    ("Prosecutor General Benedicto Malcontento and Admiral Ronnie Gil Gavan signed the pact in simple rites.",
     "signed the pact", "mutual"),
    ("She was speaking when she led a delegation on a courtesy call on Acting Permanent Secretary Royd Chakaba.",
     "courtesy call on", "visits"),
    ("On 1 October 2019 Bishkek was the venue of the 17th Meeting of the Prosecutors General of the SCO Member States.",
     "was the venue of the 17th Meeting", "gathering"),
    ("The participants were: Pinky Anand, Additional Solicitor General of India.", "The participants were", "attends"),
    ("The Attorney General, Sheikh Saud Abdullah Almuajeb, led the Kingdom's delegation to the conference of the IAP.",
     "led the Kingdom's delegation to the conference", "attends"),
    ("Prosecutor General of Ukraine Viktor Pshonka is heading the Ukrainian delegation at the World Annual Conference of the IAP.",
     "heading the Ukrainian delegation at the World Annual Conference", "attends"),
    ("Members of the delegation included the State Attorneys General Letitia James of New York.",
     "Members of the delegation included", "attends"),
    ("Leading the Zambian delegation were Katembi Kapiria, Acting Director of the Zambia Human Rights Commission.",
     "Leading the Zambian delegation were", "attends"),
    ("Verónica Pintos Larrañaga, head of the international cooperation unit, also joined the call.", "joined the call",
     "attends"),
    ("Representative to Japan Frank Hsieh witnessed the signing, the Ministry of Justice said.", "witnessed the signing",
     "attends"),
    ("As did the Deputy Attorney General, Rafael Pino Bécquer.", "As did", "attends"),
    ("At the start of the sitting, speeches were made by the acting Prosecutor General, Ion Munteanu.",
     "speeches were made by", "attends"),
    ("Directors of Public Prosecutions (DPPs) from 17 Caribbean islands met at a conference held in Miami.",
     "met at a conference", "attends"),
    ("US Attorney General William Barr arrived at the FGR to meet in private with his Mexican counterpart.",
     "meet in private with", "receives"),
])
def test_a_trigger_and_its_direction(sentence: str, words: str, direction: str) -> None:
    found = find_triggers(sentence)
    assert (found[0].words, found[0].direction) == (words, direction)


def test_the_longer_of_two_overlapping_phrasings_wins() -> None:
    found = find_triggers("Ying Yong met with Igor Krasnov in Moscow.")
    assert [(t.words, t.direction) for t in found] == [("met with", "receives")]


def test_opening_a_conference_presides_over_it_but_opening_talks_does_not() -> None:
    (opened,) = [t for t in find_triggers("Opening the two-day forum, Askhat Daulbayev said.") if t.direction == "chairs"]
    assert opened.people_after
    assert not [t for t in find_triggers("Opening the meeting, Yamila Peña said.") if t.direction == "chairs"]


def test_people_named_after_a_passive_trigger() -> None:
    (trigger,) = find_triggers("Also present were Deputy Prosecutor General Tong Jianming and Ambassador Zhang Hanhui.")
    assert trigger.direction == "attends" and trigger.people_after


def test_a_gathering_that_brought_people_together_names_them_after() -> None:
    sentence = "The meeting, held at a hotel on the Bosporus, brought together Albania's Prosecutor General Olsian Çela."
    together = [t for t in find_triggers(sentence) if t.words == "brought together"]
    assert [(t.direction, t.people_after) for t in together] == [("attends", True)]


def test_a_gathering_knows_its_noun() -> None:
    (trigger,) = find_triggers("A meeting of the Attorneys-General of Iran, Russia and Kazakhstan took place in St. Petersburg.")
    assert (trigger.direction, trigger.noun) == ("gathering", "meeting")


def test_a_gathering_the_words_after_its_noun_name_is_named() -> None:
    named = "Both Attorneys General are taking part in the annual meeting of the International Association of Prosecutors."
    assert [t.named for t in find_triggers(named)] == [True]
    assert [t.named for t in find_triggers("Li Wen also took part in the meeting.")] == [False]


@pytest.mark.parametrize(("sentence", "definite"), [
    ("Chinese Ambassador to Kenya Guo Haiyan attended the ceremony.", True),
    ("Deputy Prosecutor General Ge Xiaoyan attended the signing ceremony, the office said.", True),
    ("Kamran Aliyev attended the 28th annual conference of the International Association of Prosecutors.", False),
    ("Kamran Aliyev attended the conference in London.", False),
    ("The Chinese ambassador to Cuba, Ma Hui, also joined the videoconference from Havana.", True),
])
def test_a_gathering_named_by_its_noun_alone_is_the_one_told_already(sentence: str, definite: bool) -> None:
    (trigger,) = find_triggers(sentence)
    assert trigger.direction == "attends" and trigger.definite is definite


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The two prosecutors general will hold talks in Astana in 2025.", "planned"),
    ("He recalled that they had met in Tashkent during the SCO meeting.", "recalled"),
    ("A month ago he met President Andrés Manuel López Obrador in Mexico City.", "recalled"),
    # n18-14
    ("Al Buainain, for his part, spoke warmly of his earlier working visits to Azerbaijan.", "recalled"),
    ("Attorney General Muhammad Prasetyo held a bilateral meeting with Hong Kong's Secretary for Justice.", "two_sides"),
    ("Qatar chaired the 16th meeting of the Attorneys General and Public Prosecutors of the GCC countries.", "many_sides"),
    # n14-09: an award received is no meeting
    ("Several members of public prosecutions received the annual Hamed Al Othman Award.", "social"),
    # n1-05: a wreath laid before the talks is no meeting
    ("Before the working meetings began, Krasnov went to the Mausoleum of Kemal Atatürk, where he laid a wreath.",
     "social"),
    # b4-16, n21-03, n8-07: gatherings of many countries named without a body's name
    ("The General Prosecutor's Offices of the Caspian littoral states have met in a five-way format in Astrakhan.",
     "many_sides"),
    ("Directors of Public Prosecutions from 17 Caribbean islands met at a conference held in Miami.", "many_sides"),
    ("The prosecutors general of the Baltic states met in Copenhagen.", "many_sides"),
    # n34-09, n23-05: a regional community's prosecutors
    ("The heads of the EAC prosecuting agencies met in Kigali yesterday.", "many_sides"),
    ("The Attorneys General of CARICOM member states met in Georgetown.", "many_sides"),
    # n16-08, b4-06: the other side of talks is many countries' people
    ("Noordin Haji held a consultative meeting with the ambassadors of a number of Western countries.", "many_counterparts"),
    ("President Emomali Rahmon received the Prosecutors General of the CIS and SCO countries.", "many_counterparts"),
])
def test_the_cues_around_a_meeting_s_words_are_marked(sentence: str, cue: str) -> None:
    trigger = find_triggers(sentence)[0]
    assert cue in cues_of(sentence, trigger)


def test_a_named_counterpart_is_not_many_counterparts() -> None:
    sentence = "Ying Yong met Russia's Prosecutor General Igor Krasnov and the ambassadors of Kazakhstan and Kyrgyzstan."
    assert "many_counterparts" not in cues_of(sentence, find_triggers(sentence)[0])


@pytest.mark.parametrize(("sentence", "planned"), [
    ("A working meeting between Prosecutor General Igor Krasnov and Prosecutor General Andrei Shved is scheduled "
     "in Minsk, the press service said.", True),
    ("Krasnov met Shved in Minsk, and a second meeting is scheduled for May.", False),
    ("Krasnov met Shved, who is expected to visit Moscow.", False),
    ("Besides Malami, the Nigerian government delegation expected at the meeting included the Minister of Trade.", True),
])
def test_a_meeting_said_to_be_scheduled_after_its_words_is_planned(sentence: str, planned: bool) -> None:
    assert ("planned" in cues_of(sentence, find_triggers(sentence)[0])) is planned


def test_an_aside_closed_before_a_meeting_s_words_does_not_plan_it() -> None:
    sentence = ("The memorandum, which will enter into force within 60 days, was signed by the Attorney-General of "
                "Angola, João Maria de Sousa, and his Mozambican counterpart, Augusto Raul Paulino.")
    (trigger,) = find_triggers(sentence)
    assert "planned" not in cues_of(sentence, trigger)
    assert "planned" in cues_of("The memorandum will be signed by both sides.", find_triggers(
        "The memorandum will be signed by both sides.")[0])


def test_the_present_perfect_is_news_and_the_past_perfect_recalls() -> None:
    sentence = "Malta's Attorney General, Dr Peter Grech, has signed a memorandum of understanding with Dr Ahmad Barak."
    assert "recalled" not in cues_of(sentence, find_triggers(sentence)[0])
    sentence = "He noted that the two offices had signed a memorandum in 2019."
    assert "recalled" in cues_of(sentence, find_triggers(sentence)[0])


def test_the_visiting_delegation_is_no_visit() -> None:
    found = find_triggers("The president met in Vilnius with the visiting European Chief Prosecutor, Laura Kovesi.")
    assert [t.direction for t in found] == ["receives"]


def test_a_side_meeting_names_its_gathering() -> None:
    assert "of_gathering" in cues_of("On the sidelines of the SCO summit in Astana, the two prosecutors general met.")
    assert "of_gathering" not in cues_of("The two prosecutors general met on the sidelines.")


def test_a_video_meeting_is_remote() -> None:
    sentence = "Igor Krasnov held talks via videoconference with the Prosecutor General of Kyrgyzstan."
    assert "remote" in cues_of(sentence)


def test_a_meeting_to_be_held_is_no_trigger() -> None:
    assert find_triggers("The next meeting of the prosecutors general will be held in Pakistan in 2025.") == []


def test_a_sentence_without_a_meeting_has_no_trigger() -> None:
    assert find_triggers("Procuratorial organs should concentrate on legal supervision.") == []


@pytest.mark.parametrize("sentence", [
    "Judicial exchanges and cooperation are a crucial part of major-country diplomacy with Chinese characteristics.",
    "It is necessary to meet the needs of the people.",
    "Igor Krasnov spoke about combating crimes committed with the use of information technologies.",
    # n6-18: why he is in the city, and the gathering he works for later
    "Serž Bramerc is in Belgrade to prepare his regular report for the session of the UN Security Council.",
])
def test_words_that_only_look_like_a_meeting(sentence: str) -> None:
    assert [t.direction for t in find_triggers(sentence)] == []


def test_words_in_a_clause_about_another_time_are_out_of_time() -> None:
    sentence = "At their meeting in Nairobi the two signed a plan for a memorandum that had been signed in Maputo in 2022."
    assert not out_of_time(sentence, sentence.index("Nairobi"))
    assert out_of_time(sentence, sentence.index("Maputo"))
    # n10-17
    sentence = "At their meeting the two signed a plan for a Memorandum of Understanding signed earlier in Maputo."
    assert out_of_time(sentence, sentence.index("Maputo"))
    # b3-05
    sentence = "The sides welcomed the setting up, a few days earlier in Shusha, of the Conference of Supreme Courts."
    assert out_of_time(sentence, sentence.index("Shusha"))
    # b4-18: what follows a day may put it in another year
    sentence = "He thanked him for the conviction of those who attacked the embassy on 4 August last year."
    day = sentence.index("4 August")
    assert out_of_time(sentence, day, day + len("4 August"))
    sentence = "They met on 4 August in London."
    assert not out_of_time(sentence, day := sentence.index("4 August"), day + len("4 August"))
    # n38-16: a day that names another event
    sentence = "Garalov spoke of the criminal case opened over the events of July 15 in Turkey."
    assert out_of_time(sentence, sentence.index("July"))
    # n27-15: what should be done is no event, nor its place the meeting's
    sentence = "Feng said the procuratorates of Guangdong and the MP should deepen co-operation in the Cooperation Zone in Hengqin."
    assert out_of_time(sentence, sentence.index("Hengqin"))


def test_counterparts_told_one_after_another() -> None:
    assert one_after_another("met today in turn with the Minister of Citizen Protection, ")
    assert one_after_another("met the Minister of Citizen Protection, Mr X, and with the ")
    assert not one_after_another("met the Minister of Citizen Protection, Mr X, and the ")
    assert one_after_another("met separately with the Prosecutor General of Iran, Mohammad Movahedi; ")


def test_talks_in_the_plural_name_several_meetings() -> None:
    (plural,) = find_triggers("She also had meetings with Nigmatilla Yuldoshev and with Muzaffarbek Madrakhimov.")
    (single,) = find_triggers("She also had a meeting with Nigmatilla Yuldoshev and Muzaffarbek Madrakhimov.")
    assert names_several_meetings(plural) and not names_several_meetings(single)
    # n7-01
    (visits,) = find_triggers("Hu Zejun paid courtesy visits to the Minister of Justice, Isaque Chande, and to the "
                              "Minister of the Interior, Jaime Basílio Monteiro.")
    (visit,) = find_triggers("Hu Zejun visits the Minister of Justice, Isaque Chande.")
    assert names_several_meetings(visits) and not names_several_meetings(visit)
