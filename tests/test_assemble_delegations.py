"""Delegations read from whole annotated reports: their leader, members and country."""
from __future__ import annotations

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
