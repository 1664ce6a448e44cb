"""People on real sentences: names, the titles a sentence gives them, the country a title stands for."""
from __future__ import annotations

import pytest

from procq.extract.annotate.institutions import find_institutions
from procq.extract import nlp
from procq.extract.annotate.people import envoy_post, find_people, is_principal, link_people, resolve_pronouns
from procq.extract.annotate.places import find_places
from procq.extract.document import Sentence


def annotated(text: str, index: int = 0) -> Sentence:
    """A sentence with the spans people are read from: places, institutions and spaCy's parse."""
    sentence = Sentence(index=index, paragraph=index, text=text)
    sentence.places = find_places(text)
    sentence.institutions = find_institutions(text)
    sentence.parse = (nlp.parse([text]) or [None])[0]
    return sentence


def people_of(text: str) -> list[tuple[str, str | None, str | None]]:
    sentence = annotated(text)
    found, _ = find_people(sentence, sentence.parse)
    return [(m.name, m.title, m.country) for m in found if not m.weak]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Azerbaijan's Prosecutor General Kamran Aliyev received Pyotr Gorodov, Deputy Prosecutor General of the Russian Federation.",
     [("Kamran Aliyev", "Azerbaijan's Prosecutor General", "AZ"),
      ("Pyotr Gorodov", "Deputy Prosecutor General of the Russian Federation", "RU")]),
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP), met with Kamran Aliyev.",
     [("Ying Yong", "Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate", "CN"),
      ("Kamran Aliyev", None, None)]),
    ("A delegation led by Cuba's general attorney, Yamila Peña, has wound up a visit to Russia.",
     [("Yamila Peña", "Cuba's general attorney", "CU")]),
    ("Indonesian Attorney General Basrief Arief and Malaysian Attorney General Tan Sri Abdul Gani Patail signed the MoU.",
     [("Basrief Arief", "Indonesian Attorney General", "ID"), ("Abdul Gani Patail", "Malaysian Attorney General", "MY")]),
    ("Kenya's Director of Public Prosecutions, Renson Ingonga, noted that ties matter.",
     [("Renson Ingonga", "Kenya's Director of Public Prosecutions", "KE")]),
    # n8-17: a title before a name begins after the name before it
    ("A meeting between Prosecutor General of Kazakhstan Askhat Daulbayev and Chief Prosecutor of Georgia Archil "
     "Kbilashvili took place.",
     [("Askhat Daulbayev", "Prosecutor General of Kazakhstan", "KZ"),
      ("Archil Kbilashvili", "Chief Prosecutor of Georgia", "GE")]),
    ("Bogdan Licu came at the invitation of his Bulgarian colleague Sotir Tsatsarov and met him in Sofia.",
     [("Bogdan Licu", None, None), ("Sotir Tsatsarov", "Bulgarian colleague", "BG")]),
    ("The MoU was signed by Armenian Prosecutor-General Aghvan Hovsepyan and Procurator-General Cao Jianming of "
     "China's Supreme People's Procuratorate.",
     [("Aghvan Hovsepyan", "Armenian Prosecutor-General", "AM"), ("Cao Jianming", "Procurator-General", "CN")]),
    ("Kenya's Director of Public Prosecutions (DPP) Renson Ingonga hosted a delegation from Zambia.",
     [("Renson Ingonga", "Kenya's Director of Public Prosecutions", "KE")]),
    ("The Chairman of the Kosovo Judicial Council, Nehat Idrizi, also took part in the meeting.",
     [("Nehat Idrizi", "Chairman of the Kosovo Judicial Council", "XK")]),
    ("Battulga received Prosecutor-General Kh.Enkhjargal and adviser M.Enkh-Amgalan.",
     [("Kh.Enkhjargal", "Prosecutor-General", None), ("M.Enkh-Amgalan", "adviser", None)]),
    ("Chen Wenqing held a meeting with Lucien Wong, the Attorney-General of Singapore.",
     [("Chen Wenqing", None, None), ("Lucien Wong", "Attorney-General of Singapore", "SG")]),
    ("Prosecutor General Nguyen Huy Tien received Lao Supreme People's Prosecutor Xaysana Khotphouthone in Hanoi.",
     [("Nguyen Huy Tien", "Prosecutor General", None), ("Xaysana Khotphouthone", "Lao Supreme People's Prosecutor", "LA")]),
    # n23-06: what a ministry is in charge of belongs to its minister's title
    ("Cyprus' Minister of Justice and Public Order Ionas Nicolaou described a partnership.",
     [("Ionas Nicolaou", "Cyprus' Minister of Justice and Public Order", "CY")]),
    # n23-16: a body's acronym before the head of a title after the name
    ("Chief State Counsel Dennis Arvin L. Chan, the Philippine ASLOM Leader, opened the 6th round of the Meeting.",
     [("Dennis Arvin L. Chan", "Chief State Counsel", "PH")]),
    # n23-01: the body a title after a name serves, written with its own capitals
    ("The Attorney General met a delegation led by Mr Rob W. MacDonald, Trial Attorney in the Office of "
     "International Affairs of the US Department of Justice.",
     [("Rob W. MacDonald", "Trial Attorney in the Office of International Affairs of the US Department of Justice",
       "US")]),
    # n24-15: a Burmese honorific
    ("Deputy Attorney General Daw Khin Thida Aye and Deputy Chief Procurator Li Jianguo were also present.",
     [("Khin Thida Aye", "Deputy Attorney General", None), ("Li Jianguo", "Deputy Chief Procurator", None)]),
    # n27-15: a Cantonese given name ending in a word that heads a title only before a name
    ("Prosecutor-General Chan Tsz King met yesterday with a delegation.", [("Chan Tsz King", "Prosecutor-General", None)]),
    ("Jordan's King Abdullah II received the delegation.", [("Abdullah II", "Jordan's King", "JO")]),
    # n10-06: a chain of Bruneian honorifics
    ("3. H.E. Datin Seri Paduka Dayang Hajah Nor Hashimah Haji Mohammed Taib, Attorney General of Brunei Darussalam",
     [("Nor Hashimah Haji Mohammed Taib", "Attorney General of Brunei Darussalam", "BN")]),
    # n26-01, n17-07: letters of honour after a name are no part of it
    ("The Solicitor General, Michael Ellis QC, met the Attorney General of Ghana.",
     [("Michael Ellis", "Solicitor General", None)]),
    # n12-04, n32-14: a team, a system or armed forces are no one's name
    ("The Embedded Country Team and the Armed Forces met President Ilham Aliyev.", [("Ilham Aliyev", "President", None)]),
    # n29-10: a name ending a sentence in a word that is also an honorific keeps no full stop
    ("Kissi Agyebeng paid a working visit to the Attorney-General, Godfred Yeboah Dame.",
     [("Kissi Agyebeng", None, None), ("Godfred Yeboah Dame", "Attorney-General", None)]),
    # n10-05: a scholar's title before a name
    ("He also held talks with the Chief Justice, Maulana Haidar Ahmed Dafa'alla.",
     [("Haidar Ahmed Dafa'alla", "Chief Justice", None)]),
    # n30-16, n29-17: an abbreviated office and a barrister's calling are titles, not names
    ("Deputy PM Truong Hoa Binh met Chuichi Date, Speaker of the House of Councillors.",
     [("Truong Hoa Binh", "Deputy PM", None), ("Chuichi Date", "Speaker of the House of Councillors", None)]),
    ("The meeting was also attended by Barrister Sarah and other officers.", [("Sarah", "Barrister", None)]),
    # n10-06: the body a title serves, in the phrases after it
    ("5. Dr. R. Narendra Jatna, Deputy Attorney General for Civil and State Administrative Affairs, Attorney General's "
     "Office of the Republic of Indonesia",
     [("R. Narendra Jatna", "Deputy Attorney General for Civil and State Administrative Affairs", "ID")]),
    ("9. Ms. Mary Jane Sytat, Senior Assistant State Prosecutor, National Prosecution Service, Department of Justice of "
     "the Republic of the Philippines",
     [("Mary Jane Sytat", "Senior Assistant State Prosecutor", "PH")]),
    # n24-09: the article before a title opens it; the place before that is where the meeting is
    ("The Attorney General, Sheikh Saud bin Abdullah Al-Muajab, today met at the headquarters of the Public Prosecution "
     "in Riyadh the Procurator-General of the People's Republic of China, Ying Yong, who is on an official visit.",
     [("Saud bin Abdullah Al-Muajab", "Attorney General", None),
      ("Ying Yong", "Procurator-General of the People's Republic of China", "CN")]),
    # n13-03: the body after "at" is the title's, and says its country
    ("Artur Davtyan, Prosecutor General of Armenia, received Jorgan Andrews, Deputy Assistant Secretary of State at "
     "the US Bureau of International Narcotics.",
     [("Artur Davtyan", "Prosecutor General of Armenia", "AM"),
      ("Jorgan Andrews", "Deputy Assistant Secretary of State at the US Bureau of International Narcotics", "US")]),
    # n20-05: "a.i." (ad interim) is part of the title, its full stop no end of it
    ("Dr. Péter Polt, Prosecutor General, received in his office Mr YANG Chao, chargé d'affaires a.i. of the "
     "Embassy of the People's Republic of China in Budapest",
     [("Péter Polt", "Prosecutor General", None),
      ("YANG Chao", "chargé d'affaires a.i. of the Embassy of the People's Republic of China in Budapest", "CN")]),
    # n34-09: a caption's roll, where ", of Rwanda" gives the country of a name without a title
    ("(L-R) Keriako Tobiko, the head of Prosecutions, Kenya, Martin Ngoga, of Rwanda and Richard Butera, of Uganda "
     "during the meeting yesterday.",
     [("Keriako Tobiko", "head of Prosecutions", "KE"), ("Martin Ngoga", None, "RW"), ("Richard Butera", None, "UG")]),
    # n25-05: an abbreviated title before a name
    ("The session was opened by AG Lindemuth and DPP Satyajit Boolell of Mauritius.",
     [("Lindemuth", "AG", None), ("Satyajit Boolell", "DPP", "MU")]),
])
def test_names_titles_and_countries(sentence: str, expected: list) -> None:
    """NER finds the untitled names ("Kamran Aliyev", "Chen Wenqing"); titles give the countries."""
    assert people_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # n37-02: the participle phrase's object is the guest, not the subject named after its comma
    ("Welcoming the DPRK prosecutor, Zhou said the visit would bring the judicial departments of the two sides closer.",
     [("Zhou", None, None)]),
    ("Welcoming the DPRK prosecutor, Chief Justice Zhou Qiang said the visit would bring the two sides closer.",
     [("Zhou Qiang", "Chief Justice", None)]),
    # a comma after the name closes an apposition inside the phrase
    ("Meeting the Prosecutor General of Kazakhstan, Berik Asylov, Zhou Qiang said the talks were fruitful.",
     [("Berik Asylov", "Prosecutor General of Kazakhstan", "KZ"), ("Zhou Qiang", None, None)]),
])
def test_a_title_in_an_opening_participle_phrase_is_its_objects(sentence: str, expected: list) -> None:
    found, _ = find_people(annotated(sentence), annotated(sentence).parse)
    assert [(m.name, m.title, m.country) for m in found] == expected


def test_a_title_in_the_plural_after_two_names_is_each_ones() -> None:
    """b1-11: NER reads the first name as a body; the plural title after both makes a person of it."""
    found = people_of("Also present at the meeting were Miao Shengming and Shi Weizhong, Permanent Members of the "
                      "Procuratorial Committee of the Supreme People's Procuratorate.")
    assert [(name, country) for name, _, country in found] == [("Miao Shengming", "CN"), ("Shi Weizhong", "CN")]


def test_a_name_in_the_phrases_after_a_title_begins_the_next_person_and_their_country() -> None:
    found = people_of("Present were Kamran Aliyev, Prosecutor General, Rustam Usmanov, Deputy Prosecutor General of Uzbekistan.")
    assert [(name, country) for name, _, country in found] == [("Kamran Aliyev", None), ("Rustam Usmanov", "UZ")]


def test_an_envoy_speaks_for_the_country_that_sends_him() -> None:
    found = people_of("SPP Deputy Prosecutor General Ge Xiaoyan and Ambassador of Azerbaijan to China Buniyad Huseynov attended the meeting.")
    assert ("Buniyad Huseynov", "Ambassador of Azerbaijan to China", "AZ") in found


@pytest.mark.parametrize(("title", "post"), [
    ("India's Ambassador to Nepal", "NP"), ("Ambassador of Azerbaijan to China", "CN"),
    ("US Ambassador to the Maldives", "MV"), ("Prosecutor General of Russia", None)])
def test_an_envoy_serves_in_the_country_after_to(title: str, post: str | None) -> None:
    assert envoy_post(title) == post


def test_an_official_of_an_international_body_represents_no_country() -> None:
    sentence = annotated("During the visit he met Binali Yildirim, Chairman of the OTS Council of Elders.")
    found, _ = find_people(sentence, sentence.parse)
    assert [(m.name, m.country, m.international) for m in found if not m.weak] == [("Binali Yildirim", None, True)]


def test_an_official_named_with_an_international_body_in_brackets_represents_no_country() -> None:
    # n25-17
    sentence = annotated("Opening remarks were given by Nigmatilla Yuldashev (PG) and Pierre von Arx (OSCE).")
    found, _ = find_people(sentence, sentence.parse)
    international = {m.name: m.international for m in found}
    assert (international["Nigmatilla Yuldashev"], international["Pierre von Arx"]) == (False, True)


@pytest.mark.parametrize("sentence", [
    "Gitanas Nauseda met in Vilnius with the visiting European Chief Prosecutor, Laura Codruta Kovesi.",
    "Ladislav Hamran, President of Eurojust, and Catherine De Bolle, Executive Director of Europol, opened the meeting.",
])
def test_officials_of_european_bodies_represent_no_country(sentence: str) -> None:
    found, _ = find_people(annotated(sentence), annotated(sentence).parse)
    titled = [m for m in found if m.title and not m.weak]
    assert titled and all(m.international and m.country is None for m in titled if "Nauseda" not in m.name)


@pytest.mark.parametrize(("sentence", "expected"), [
    # n14-03, n16-02: officials of the ICJ and the OAS
    ("ICJ Secretary General Sam Zarifi discussed the rule of law with Myanmar Attorney General U Tun Tun Oo.",
     [("Sam Zarifi", None, True), ("U Tun Tun Oo", "MM", False)]),
    # b2-12, b2-18: an office only one jurisdiction has by that name
    ("Secretary for Justice Teresa Cheng met the Deputy Secretary for Justice, Cheung Kwok-kwan.",
     [("Teresa Cheng", "HK", False), ("Cheung Kwok-kwan", "HK", False)]),
    # b1-11, n15-06: bodies whose names belong to one state
    ("Also present were Shi Weizhong, Permanent Member of the Procuratorial Committee, and Ruslan Stefanchuk, "
     "Chairman of the Verkhovna Rada.",
     [("Shi Weizhong", "CN", False), ("Ruslan Stefanchuk", "UA", False)]),
    # an envoy to an international body speaks for the country that sends him
    ("Also present were Nilda Celia Garré, Permanent Representative of Argentina to the OAS, and the OAS Secretary "
     "General, José Miguel Insulza.",
     [("Nilda Celia Garré", "AR", False), ("José Miguel Insulza", None, True)]),
])
def test_international_officials_and_envoys_to_international_bodies(sentence: str, expected: list) -> None:
    found, _ = find_people(annotated(sentence), annotated(sentence).parse)
    assert [(m.name, m.country, m.international) for m in found if not m.weak] == expected


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert [name for name, _, _ in people_of("Once Mr Lucien Wong assumes the office, Mr Lionel Yee will act.")] == [
        "Lucien Wong", "Lionel Yee"]


@pytest.mark.parametrize("sentence", [
    "Serbia will strengthen its cooperation with the Office of the Prosecutor of the International Residual "
    "Mechanism for Criminal Tribunals.",
    "The heads of the prosecutor's offices of the Republic of Altai, the Republic of Kalmykia, Altai Territory, "
    "the Astrakhan and Volgograd regions took part.",
])
def test_words_of_bodies_and_regions_are_no_names(sentence: str) -> None:
    annotated_sentence = annotated(sentence)
    found, _ = find_people(annotated_sentence, annotated_sentence.parse)
    assert not [m.name for m in found if "Mechanism" in m.name or "Territory" in m.name]


def test_honorifics_are_no_part_of_a_name() -> None:
    assert [name for name, _, _ in people_of("On June 13 the Deputy Secretary for Justice, Mr Cheung Kwok-kwan, called on officials.")] == [
        "Cheung Kwok-kwan"]


def test_the_name_of_a_body_is_no_person() -> None:
    found = people_of("Mr Cheung met Mr Wang Ruihe, Deputy Director of the Legislative Affairs Commission of the National People's Congress.")
    assert [name for name, _, _ in found] == ["Cheung", "Wang Ruihe"]


def test_people_whose_greetings_are_conveyed_are_cited_not_placed() -> None:
    sentence = annotated("Krasnov conveyed greetings from President Vladimir Putin to the Chinese side.")
    found, _ = find_people(sentence, sentence.parse)
    assert [(m.name, m.cited) for m in found if not m.weak] == [("Vladimir Putin", True)]


def test_a_cited_person_is_known_to_the_article_but_placed_by_no_sentence() -> None:
    first = annotated("The visit is made at the invitation of Turkish Prosecutor-General Bekir Shahin.", 0)
    second = annotated("Shahin spoke of the high level of cooperation.", 1)
    for sentence in (first, second):
        sentence.people, _ = find_people(sentence, sentence.parse)
    (person,) = link_people([first, second])
    assert (person.name, person.country) == ("Bekir Shahin", "TR")
    assert first.people == [] and [m.name for m in second.people] == ["Shahin"]


def test_a_side_named_by_its_office_alone() -> None:
    sentence = annotated("During the visit Azerbaijan's prosecutor general met Binali Yildirim, Chairman of the OTS Council of Elders.")
    _, groups = find_people(sentence, sentence.parse)
    assert [(g.office, g.country) for g in groups] == [("prosecutor general", "AZ")]


def test_a_counterpart_carries_the_country_of_its_words() -> None:
    sentence = annotated("Georgian Prosecutor General received by Azerbaijani counterpart")
    _, groups = find_people(sentence, sentence.parse)
    assert [(sentence.text[g.start:g.end], g.country) for g in groups] == [("Prosecutor General", "GE"), ("counterpart", "AZ")]


def test_a_delegation_has_the_country_of_the_long_named_body_it_comes_from() -> None:
    # n31-15: the body's name runs on past the words a side's country is looked for in
    sentence = annotated("A delegation of the Supreme People's Procuratorate of the People's Republic of China, headed by "
                         "Deputy Procurator-General Zhao Wenbin, is on an official visit to Cuba.")
    _, groups = find_people(sentence, sentence.parse)
    assert [(sentence.text[g.start:g.end], g.country) for g in groups] == [("delegation", "CN")]


def test_a_surname_joins_the_full_name_of_its_article() -> None:
    first = annotated("Azerbaijan's Prosecutor General Kamran Aliyev met the delegation.", 0)
    second = annotated("Prosecutor General Aliyev stressed the importance of cooperation.", 1)
    for sentence in (first, second):
        sentence.people, sentence.groups = find_people(sentence, sentence.parse)
    people = link_people([first, second])
    assert [(p.name, p.country, len(p.mentions)) for p in people] == [("Kamran Aliyev", "AZ", 2)]


@pytest.mark.parametrize(("title", "principal"), [
    ("Prosecutor General of the Russian Federation", True),
    ("Deputy Prosecutor General of the Russian Federation", False),
    ("Ambassador of Azerbaijan to China", False),
    ("Attorney-General of Singapore", True),
    (None, False),
])
def test_who_heads_a_service(title: str | None, principal: bool) -> None:
    assert is_principal(title) is principal


def test_the_rules_alone_find_titled_names() -> None:
    """Without the statistical layer a name needs a title or an honorific before or after it."""
    sentence = annotated("Chen Wenqing held a meeting with Lucien Wong, the Attorney-General of Singapore.")
    found, _ = find_people(sentence, None)
    assert [(m.name, m.country) for m in found if not m.weak] == [("Lucien Wong", "SG")]


def test_an_unannounced_surname_is_a_weak_mention_that_only_linking_may_keep() -> None:
    first = annotated("Kazem Jalali, the Iranian Ambassador to Moscow, signed the declaration.", 0)
    second = annotated("Jalali held talks with Russian Attorney General Igor Krasnov.", 1)
    for sentence in (first, second):
        sentence.people, sentence.groups = find_people(sentence, sentence.parse)
    assert [m.name for m in second.people if m.weak] == ["Jalali"]
    people = link_people([first, second])
    assert [m.name for m in second.people] == ["Jalali", "Igor Krasnov"]
    assert people[second.people[0].person].name == "Kazem Jalali"


def test_initials_stay_with_their_name() -> None:
    found = people_of("Prosecutor General of the Republic of Uzbekistan I.B. Abdullaev received a delegation headed by Prosecutor General A.V. Konyuk.")
    assert [name for name, _, _ in found] == ["I.B. Abdullaev", "A.V. Konyuk"]


def test_the_items_of_a_list_are_of_one_side() -> None:
    found = people_of("On the side of the Procuracy, the meeting was attended by Mr. Nguyen Quang Dung, Deputy Prosecutor "
                      "General of the Supreme People's Procuracy of Viet Nam; Mr. Tang Ngoc Tuan, Director of the Personnel "
                      "Department; and Ms. Vu Thi Hai Yen, Director of the Department of International Cooperation.")
    assert [(name, country) for name, _, country in found] == [
        ("Nguyen Quang Dung", "VN"), ("Tang Ngoc Tuan", "VN"), ("Vu Thi Hai Yen", "VN")]


def test_a_headline_s_capitals_that_run_past_a_name_are_that_person() -> None:
    headline = annotated("Noordin Haji Lauds William Ruto's Commitment", 0)
    headline.part = "headline"
    body = annotated("Director of Public Prosecutions Noordin Haji met President William Ruto in Nairobi.", 1)
    for sentence in (headline, body):
        sentence.people, _ = find_people(sentence, sentence.parse)
    people = link_people([headline, body])
    assert "Noordin Haji" in [p.name for p in people]
    assert {people[m.person].name for m in headline.people} <= {"Noordin Haji", "William Ruto"}


def test_the_statistical_layer_turns_off_even_after_it_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp.parse(["Ying Yong met Kamran Aliyev."])
    monkeypatch.setenv("PROCQ_NO_SPACY", "1")
    assert nlp.parse(["Ying Yong met Kamran Aliyev."]) is None


def test_a_subject_pronoun_is_the_person_the_story_was_about_just_before() -> None:
    texts = ["The Head of the Public Prosecution, Mohamed Abdennabaoui, held talks with Prosecutor General Omer Ahmed Mohamed.",
             "He also held talks with the Chief Justice, Haidar Ahmed Dafa'alla.",
             "She thanked the visitor.",
             "Abdennabaoui said he would come back."]
    sentences = [annotated(text, n) for n, text in enumerate(texts)]
    for sentence in sentences:
        sentence.people, _ = find_people(sentence, sentence.parse)
    people = link_people(sentences)
    resolve_pronouns(sentences)
    pronouns = [(sentence.text[m.start:m.end], people[m.person].name) for sentence in sentences for m in sentence.people
                if m.pronoun]
    # the last sentence names the one its pronoun stands for: nothing to add
    assert pronouns == [("He", "Mohamed Abdennabaoui"), ("She", "Haidar Ahmed Dafa'alla")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At the meeting the Public Prosecution of the State of Kuwait was represented by Chief Prosecutor Mishal "
     "Al-Ghannam and Fahd Al-Ateeqi.", [("Mishal Al-Ghannam", "KW"), ("Fahd Al-Ateeqi", "KW")]),
    ("Deputy Prosecutor General G.Erdenebat took part in the meeting on the Mongolian side, and Deputy "
     "Procurator-General Ge Xiaoyan on the Chinese side.", [("G.Erdenebat", "MN"), ("Ge Xiaoyan", "CN")]),
    ("On the Uzbek side the talks were also attended by Deputy Prosecutor General Svetlana Artikova and Bakhodir "
     "Rakhimov.", [("Svetlana Artikova", "UZ"), ("Bakhodir Rakhimov", "UZ")]),
    # n18-19: two sides in one clause
    ("Lithuania was represented by Prosecutor General Nida Grunskienė and Estonia by Prosecutor General Andres "
     "Parmas, each accompanied by a delegation.", [("Nida Grunskienė", "LT"), ("Andres Parmas", "EE")]),
    # n37-03: a list parted by semicolons, one side's to its end
    ("Members of the Macao side attending the meeting also included Assistant Prosecutor General of the Public "
     "Prosecutions Office, Ma Iek; Director of the Law Reform and International Law Bureau, Chu Lam Lam; and Adviser "
     "to the Office of the President of the Court of Final Appeal, Chan Lei Cheng.",
     [("Ma Iek", "MO"), ("Chu Lam Lam", "MO"), ("Chan Lei Cheng", "MO")]),
])
def test_people_named_for_a_side_are_of_its_country(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, country) for name, _, country in people_of(sentence)] == expected


def test_towns_named_in_a_list_are_no_people() -> None:
    found = people_of("The procuratorates of the provinces of Lai Chau, Lao Cai, Ha Giang and Cao Bang took part, "
                      "together with Chief Procurator Nguyen Huy Tien.")
    assert [name for name, _, _ in found] == ["Nguyen Huy Tien"]


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    found = people_of("Welcoming Krasnov to the Prosecutor General's Office of Armenia, Prosecutor General Artur "
                      "Davtyan said the visit showed the strategic nature of the relations.")
    assert "Welcoming Krasnov" not in [name for name, _, _ in found]


def test_a_street_is_no_person() -> None:
    """n33-04: "King Charles Street" is where the offices are."""
    names = [name for name, _, _ in people_of(
        "Mr Dominic Raab hosted Ghana's Attorney-General, Godfred Yeboah Dame, for a bilateral meeting at his offices "
        "on King Charles Street.")]
    assert names == ["Dominic Raab", "Godfred Yeboah Dame"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # n15-12: a question word opening a quoted question is no first name
    ("What Munteanu said at the meeting was welcomed by Prosecutor General Alexandr Stoianoglo.",
     ["Alexandr Stoianoglo"]),
    # n27-09: a cleric's rank is no part of the name
    ("Prosecutor General Hojatoleslam Mohammad Jafar Montazeri received the Iraqi delegation.",
     ["Mohammad Jafar Montazeri"]),
])
def test_words_before_a_name_that_are_no_part_of_it(sentence: str, expected: list[str]) -> None:
    assert [name for name, _, _ in people_of(sentence)] == expected
