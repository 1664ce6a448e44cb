"""Delegations read from whole annotated reports: their leader, members and country."""
from __future__ import annotations

from procq.extract import extract
from procq.extract.annotate import annotate
from procq.extract.assemble.delegations import read_delegations
from procq.records import Article


def _delegations(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    document = annotate(Article("written", "written.txt", text))
    name = lambda person: document.people[person].name if person is not None else None  # noqa: E731
    return [(d.country, name(d.leader), [name(m) for m in d.members]) for d in read_delegations(document)]


def test_a_delegation_an_international_body_sends_has_a_leader_and_no_country():
    assert _delegations(
        "Kamran Aliyev receives the head of the CIS prosecutors' Coordination Council Secretariat\n\n"
        "A delegation headed by Yuri Zhdanov, Executive Secretary of the Coordination Council of Prosecutors General "
        "of the CIS member states, has visited Azerbaijan to take part in an international conference.\n"
    ) == [(None, "Yuri Zhdanov", [])]


def test_delegations_headed_by_a_list_are_one_of_each_leader():
    assert _delegations(
        "Prosecutors general of Central Asia meet in Tashkent\n\n"
        "Taking part were delegations headed by Prosecutor General of Kazakhstan Berik Asylov, Prosecutor General of "
        "Kyrgyzstan Maksat Asanaliev and Prosecutor General of Tajikistan Yusuf Rahmon, as well as a delegation of "
        "Turkmenistan.\n"
    ) == [("KZ", "Berik Asylov", []), ("KG", "Maksat Asanaliev", []), ("TJ", "Yusuf Rahmon", []), ("TM", None, [])]


def test_delegations_of_a_list_of_countries_are_one_of_each():
    assert _delegations(
        "Seminar of the Turkic States' prosecutors in Baku\n\n"
        "Delegations of the Prosecutor General's Offices of Türkiye, Uzbekistan, Kazakhstan and Kyrgyzstan attended the "
        "seminar.\n"
    ) == [("TR", None, []), ("UZ", None, []), ("KZ", None, []), ("KG", None, [])]


def _meetings(text: str) -> list[list[tuple[str | None, str | None]]]:
    """Each meeting's delegations, by country and leader."""
    return [[(d.country, d.leader) for d in m.delegations]
            for m in extract(Article("written", "written.txt", text)).meetings]


def test_a_delegation_the_sentences_after_a_meeting_name_is_at_that_meeting():
    assert _meetings(
        "Meeting of the Spanish and French prosecution services on anti-corruption\n\n"
        "MADRID, 25 Oct. (EUROPA PRESS) -\n\n"
        "The State Attorney General, María José Segarra, on Thursday opened the first meeting of the Spanish-French "
        "working group on anti-corruption, in which prosecutors of both countries took part.\n\n"
        "On the Spanish side, alongside Segarra, the participants included the chief Anti-Corruption prosecutor, "
        "Alejandro Luzón.\n\n"
        "The French delegation was made up of, among others, Patrice Ollivier Maurel, of the specialised jurisdictions "
        "against organised crime (JIRS) in Marseille, and Arnaud de Laguiche, of the French national financial "
        "prosecution service.\n"
    ) == [[("FR", None)]]


def test_delegations_of_a_list_of_countries_attending_a_gathering_are_at_it():
    assert _meetings(
        "Azerbaijan's Prosecutor General at a seminar of the Turkic States\n\n"
        "Prosecutor General Kamran Aliyev took part in a seminar of the Organisation of Turkic States in Baku on 12 May.\n\n"
        "Delegations of the Prosecutor General's Offices of Türkiye, Uzbekistan, Kazakhstan and Kyrgyzstan attended the "
        "seminar.\n\n"
        "In his speech at the seminar, Kamran Aliyev spoke of the cooperation of the prosecutors of the Turkic States.\n"
    ) == [[("TR", None), ("UZ", None), ("KZ", None), ("KG", None)]]


def test_a_delegation_of_a_planned_clause_is_at_no_meeting_told():
    assert _delegations("Kazakh and Chinese prosecutors meet\n\nThe two sides agreed that a delegation from the SPP will "
                        "visit Astana next year to sign an updated cooperation plan.\n") == []
    assert _delegations(
        "Kazakh prosecutors in Mongolia\n\nA delegation led by Berik Asylov, Prosecutor General of the Republic of "
        "Kazakhstan, is paying an official visit to Mongolia from October 2 to 4 at the invitation of the Prosecutor "
        "General of Mongolia.\n") == [("KZ", "Berik Asylov", [])]


def test_a_delegation_whose_leader_is_at_no_meeting_is_at_the_meeting_it_came_for():
    assert _meetings(
        "Qatar Participates In GCC Attorneys General And Public Prosecutors Meeting\n\n"
        "2023-10-17\n\n"
        "Muscat: Qatar took part yesterday in the 15th meeting of Their Excellencies the Attorneys General and Public "
        "Prosecutors of the GCC member states, held in Muscat.\n\n"
        "Attorney General H E Dr. Issa bin Saad Al Jafali Al Nuaimi headed Qatar's delegation to the meeting. Among the "
        "main items on the agenda were the application of the rules of joint cooperation between the public "
        "prosecutions and the ethics document on artificial intelligence in the work of the public prosecution.\n\n"
        "The meeting further discussed the draft rules on the immediate payment of proceeds of financially motivated "
        "crimes, and it reviewed the experience of the public prosecutions of the GCC countries. Several members of "
        "public prosecutions in the GCC countries received the annual Hamed Al Othman Award; under the award, Qatar's "
        "first public lawyer, Mohammed Abdullah Al Mohannadi, was honoured.\n"
    ) == [[("QA", "Issa bin Saad Al Jafali Al Nuaimi")]]


def test_a_sentence_opening_on_leading_a_delegation_names_its_leader_after():
    assert _delegations(
        "Hong Kong legal delegation visits Guangdong\n\n"
        "Leading a Hong Kong delegation of more than 30 representatives of the city's foreign-related legal talent, "
        "the Secretary for Justice, Mr Paul Lam, SC, today (December 5) began his visit to the Mainland cities of the "
        "Guangdong-Hong Kong-Macao Greater Bay Area (GBA).\n"
    ) == [("HK", "Paul Lam", [])]


def test_the_one_who_receives_a_delegation_is_none_of_its_members():
    # n10-12: "made up of" opens a list of members; the receiver after the meeting's verb is the other side
    assert _delegations(
        "Chinese procurators visit Jakarta\n\n"
        "The delegation of the Supreme People's Procuratorate, made up of Deputy Chief Prosecutor Li Wei and "
        "prosecutor Zhang Min, was officially received by Deputy Attorney General Reda Manthovani.\n"
    ) == [("CN", None, ["Li Wei", "Zhang Min"])]


def test_the_one_who_meets_the_heads_of_delegations_leads_none_of_them():
    # n22-01: "heads" is the noun of the leaders met, not the verb of one who leads
    assert _delegations(
        "Ying Yong meets heads of delegations\n\n"
        "Ying Yong met separately with the heads of delegations who had come to China for the meeting.\n"
    ) == []
