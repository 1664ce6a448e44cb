"""Lines, headline and sentences of saved pages."""
from __future__ import annotations

from procq.extract.annotate.sentences import LONGEST_SENTENCE, content_lines, headline, is_boilerplate, sentences, split_sentences


def test_furniture_and_repeated_lines_are_dropped() -> None:
    text = "Advertisement\nYing Yong meets with Azerbaijani prosecutor general\n1.jpg\nShare\nYing Yong meets with Azerbaijani prosecutor general\n"
    assert content_lines(text) == ["Ying Yong meets with Azerbaijani prosecutor general"]


def test_a_list_of_other_stories_below_the_report_is_dropped() -> None:
    text = ("Uzbekistan sums up the year\n\nTashkent (Dunyo.info) 28.01.2025 — The collegium met.\n\n"
            "Nigmatilla Yuldoshev chaired it.\n\nHe set tasks for 2025.\n\nRead more:\n"
            "Uzbekistan and Azerbaijan to expand cooperation in the legal sphere\n")
    assert content_lines(text)[-1] == "He set tasks for 2025."
    teaser = "Read more:\nThe collegium met.\n"
    assert content_lines(teaser)[-1] == "The collegium met."  # a mark before the report has begun ends nothing


def test_a_copyright_line_is_boilerplate() -> None:
    assert is_boilerplate("Copyright © 2024 Xinhua. All rights reserved.")
    assert not is_boilerplate("The two sides signed a memorandum.")


def test_an_article_saved_on_one_line_is_not_furniture_for_its_copyright_notice() -> None:
    line = ("Ying Yong met with a delegation led by Kamran Aliyev, Prosecutor General of Azerbaijan, in Beijing. " * 5
            + "Copyright © the Supreme People's Procuratorate.")
    assert content_lines(line) == [line.strip()]


def test_an_initial_joined_to_a_name_ends_no_sentence() -> None:
    assert split_sentences("President Kh.Battulga received Ts.Nyamdorj. He spoke of life.Zhang left.") == [
        "President Kh.Battulga received Ts.Nyamdorj.", "He spoke of life.", "Zhang left."]


def test_the_headline_skips_stamps_and_captions() -> None:
    lines = ["en.spp.gov.cn| October 19, 2023", "Ying Yong meets with Azerbaijani prosecutor general", "Text"]
    assert headline(lines) == "Ying Yong meets with Azerbaijani prosecutor general"


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Mr. Kim J. Won met Dr. Lee on Oct. 19 in Seoul. They discussed cooperation."
    assert split_sentences(text) == ["Mr. Kim J. Won met Dr. Lee on Oct. 19 in Seoul.", "They discussed cooperation."]


def test_sentences_know_headline_caption_and_body() -> None:
    lines = ["Prosecutors General of Azerbaijan and Singapore discuss cooperation",
             "Kamran Aliyev (right) with Lucien Wong. (Photo: AZERTAC)",
             "Baku, October 2 (AZERTAC). Kamran Aliyev met the delegation. They talked."]
    found = sentences(lines, lines[0], (2, len("Baku, October 2 (AZERTAC). ")))
    assert [(s.part, s.text) for s in found] == [
        ("headline", "Prosecutors General of Azerbaijan and Singapore discuss cooperation"),
        ("caption", "Kamran Aliyev (right) with Lucien Wong."),
        ("caption", "(Photo: AZERTAC)"),
        ("body", "Kamran Aliyev met the delegation."),
        ("body", "They talked."),
    ]


def test_a_page_without_full_stops_is_cut_into_bounded_pieces() -> None:
    found = sentences(["word " * 2000], None)
    assert len(found) > 1 and all(len(s.text) <= LONGEST_SENTENCE for s in found)
