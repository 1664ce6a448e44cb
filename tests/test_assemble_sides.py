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
