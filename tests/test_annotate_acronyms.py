"""procq.extract.annotate.acronyms: an acronym an article defines stands for its definition's country later on
(SPEC: a person's country is the one they represent)."""
from __future__ import annotations

import pytest

from procq.extract.annotate import annotate
from procq.extract.annotate.acronyms import defined_acronyms
from procq.extract.annotate.institutions import find_institutions
from procq.extract.annotate.places import find_places
from procq.extract.document import Sentence
from procq.records import Article


def document(text: str):
    return annotate(Article(id="a", path="a.txt", text=text))


def acronyms_of(*texts: str) -> dict[str, str]:
    """The acronyms defined by sentences annotated with their places and the table's institutions."""
    return defined_acronyms([Sentence(index=i, paragraph=i, text=text, places=find_places(text),
                                      institutions=find_institutions(text)) for i, text in enumerate(texts)])


# n34-07: two bodies defined in one sentence, one by a possessive, one by the seat written after its brackets
SIGNING = ["Korea's Corruption Investigation Office for High-ranking Officials (CIO) and the Serious Fraud Office (SFO) "
           "of the United Kingdom have signed a memorandum of understanding.",
           "Kim Jin Wook, Chief Prosecutor of the CIO, and SFO Director Lisa Osofsky met at SFO headquarters in London "
           "on June 22."]


def test_each_acronym_takes_the_country_of_the_name_it_abbreviates() -> None:
    assert acronyms_of(*SIGNING) == {"CIO": "KR", "SFO": "GB"}


def test_people_titled_by_a_defined_acronym_represent_its_country() -> None:
    people = {p.name: p.country for p in document("\n\n".join(SIGNING)).people}
    assert people == {"Kim Jin Wook": "KR", "Lisa Osofsky": "GB"}


@pytest.mark.parametrize("text", [
    # a place alone before the brackets is a dateline's agency, not a body
    "Baku (AZERTAC) -- Prosecutor General Kamran Aliyev met AZERTAC correspondents.",
    # a body of several states stands for no country
    "The Department of Justice hosted the ASEAN Senior Law Officials Meeting (ASLOM) in Boracay. "
    "Chief State Counsel Dennis Arvin L. Chan, the Philippine ASLOM Leader, opened it.",
    # defined two ways: neither holds
    "The Office of the Director of Public Prosecutions of Kenya (ODPP) met the Ugandan Office of the Director "
    "of Public Prosecutions (ODPP).",
])
def test_acronyms_that_name_no_one_country_stand_for_none(text: str) -> None:
    assert acronyms_of(text) == {}


def test_an_acronym_the_institutions_table_knows_keeps_its_row() -> None:
    assert acronyms_of("Ying Yong, Procurator-General of the Supreme People's Procuratorate (SPP), met Kamran Aliyev.") == {}
