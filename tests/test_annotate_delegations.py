"""Delegation phrases on real sentences: where the leader or the members stand."""
from __future__ import annotations

import pytest

from procq.extract.annotate import annotate
from procq.extract.annotate.delegations import find_delegation_phrases
from procq.extract.annotate.patterns import compile_pattern
from procq.extract.annotate.places import find_places
from procq.extract.annotate.triggers import find_triggers
from procq.records import Article


@pytest.mark.parametrize(("sentence", "words", "slot"), [
    ("A delegation led by Azerbaijan's Prosecutor General Kamran Aliyev has been on a business trip to London.",
     "delegation led by", "leader_after"),
    ("The delegation of the Supreme People's Procuratorate was headed by Deputy Prosecutor General Tong Jianming.",
     "delegation of the Supreme People's Procuratorate was headed by", "leader_after"),
    ("Ying Yong received the prosecutors' delegation of the Macao Special Administrative Region Public Prosecutions "
     "Office (MP), which was led by Mr. Ip Son Sang.", "delegation of the Macao Special Administrative Region Public "
     "Prosecutions Office (MP), which was led by", "leader_after"),
    ("Ying Yong led a delegation of the Supreme People's Procuratorate to Cuba.", "led a delegation", "leader_before"),
    ("Leading the Zambian delegation were Katembi Kapiria and Dorothy Haduuka.", "Leading the Zambian delegation were",
     "leader_after"),
    ("Counselor Mohamed Shawky, at the head of a high-level delegation, took part in the forum.",
     "at the head of a high-level delegation", "leader_before"),
    ("Attorney General Issa bin Saad Al Nuaimi headed Qatar's delegation to the meeting.",
     "headed Qatar's delegation", "leader_before"),
    ("Krasnov gave Al-Mujib and the delegation accompanying him an overview of the Office.",
     "and the delegation accompanying him", "leader_before"),
    ("Alblooshi received Stefan Blatler and the accompanying delegation in his office.",
     "and the accompanying delegation", "leader_before"),
    ("The delegation included Deputy Prosecutor General Tong Jianming and Director Li Wen.", "delegation included", "members_after"),
    ("The Zambian delegation was made up of the Director of Public Prosecutions, Gilbert Phiri, and Ramond Chibola.",
     "delegation was made up of", "members_after"),
    ("The Kenyan delegation, which also included George Kinoti, held talks.", "delegation, which also included",
     "members_after"),
    ("Krasnov, accompanied by his deputy Pyotr Gorodov, met the minister.", "accompanied by", "companions_after"),
    ("Li Wen was part of the delegation.", "was part of the delegation", "member_before"),
    ("The minister received a delegation from the Lao PDR.", "delegation", "group"),
])
def test_a_delegation_phrase_and_its_slot(sentence: str, words: str, slot: str) -> None:
    found = find_delegation_phrases(sentence)
    assert [(sentence[p.start:p.end], p.slot) for p in found] == [(words, slot)]


@pytest.mark.parametrize(("sentence", "words", "slot"), [
    ("On October 2 Prosecutor General B.Jargalsaikhan held official talks at the General Prosecutor's Office with "
     "the Kazakh delegation headed by Berik Asylov.", "delegation headed by", "leader_after"),
    ("Tong Jianming attended and held in-depth discussions and exchanges with the delegation of the Office of the "
     "Attorney General of Thailand.", "delegation", "group"),
    ("Deputy Secretary for Justice Cheung Kwok-kwan travelled to Huizhou today with a delegation of young lawyers "
     "and law students.", "with a delegation", "leader_before"),
])
def test_a_delegation_a_meeting_trigger_names_is_the_other_side(sentence: str, words: str, slot: str) -> None:
    found = find_delegation_phrases(sentence, find_triggers(sentence))
    assert [(sentence[p.start:p.end], p.slot) for p in found] == [(words, slot)]


def test_the_pattern_language() -> None:
    pattern = compile_pattern("held|had ~ talks (bilateral) with", [])
    assert pattern.search("Ying Yong held bilateral and friendly talks with Igor Krasnov").group() == "held bilateral and friendly talks with"
    assert compile_pattern("had+been held", []).search("the meeting had been held").group() == "had been held"
    assert compile_pattern("GATHERING took place", ["meeting", "video conference"]).search(
        "a video conference took place").group() == "video conference took place"
    assert compile_pattern("met with", []).search("Ying Yong metwith X") is None
    assert compile_pattern("held ~ talks", [], gap=2).search("held bilateral and friendly talks") is None
    assert compile_pattern("GATHERING (,) ~ was held", ["forum"]).search("the forum, which was held").group() == \
        "forum, which was held"  # an optional comma


def _groups(sentence: str) -> list[tuple[str, str | None]]:
    """The sides a sentence of a report names without a person, with the country each is given."""
    (annotated,) = [s for s in annotate(Article("written", "written.txt", f"Prosecutors abroad\n\n{sentence}\n")).sentences
                    if s.text == sentence]
    return [(sentence[g.start:g.end], g.country) for g in annotated.groups]


def test_the_city_a_delegation_is_in_is_not_its_country() -> None:
    assert _groups("While in Ankara the delegation went to a park named after Heydar Aliyev, the national leader of the "
                   "Azerbaijani people, and laid a wreath at the great leader's monument to honour his memory.") == \
        [("delegation", None)]
    assert _groups("The Turkish delegation laid a wreath.") == [("delegation", "TR")]


@pytest.mark.parametrize(("sentence", "countries"), [
    ("Delegations of the Prosecutor General's Offices of Türkiye, Uzbekistan, Kazakhstan and Kyrgyzstan attended the "
     "seminar, as did the Deputy Secretary-General of the Organisation of the Turkic States.", ("TR", "UZ", "KZ", "KG")),
    ("Also of note was the participation of other delegations such as those of Cuba, Portugal and Paraguay.",
     ("CU", "PT", "PY")),
    ("Today the heads of the delegations were received by Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov.", ()),
    ("Heads of delegations attending the China-ASEAN Prosecutors-General Conference joined hands for a family photo.", ()),
])
def test_delegations_in_the_plural_list_their_countries(sentence: str, countries: tuple[str, ...]) -> None:
    (phrase,) = find_delegation_phrases(sentence, find_triggers(sentence), find_places(sentence))
    assert (phrase.several, phrase.countries) == (True, countries)


def test_a_delegation_headed_by_one_that_included_others_has_its_leader_and_its_members() -> None:
    """n40-05: "headed by" inside the longer "delegation ... included" is read too, before the members."""
    sentence = ("The Chinese delegation was headed by Mr Zhao Jianguo, Deputy Chief Procurator of the Yunnan Provincial "
                "People's Procuratorate, and included Mr Yang Hai.")
    found = find_delegation_phrases(sentence)
    assert [(sentence[p.start:p.end], p.slot) for p in found] == [
        ("delegation was headed by", "leader_after"),
        (sentence[sentence.index(" Mr Zhao"):sentence.index(" Mr Yang")], "members_after")]
