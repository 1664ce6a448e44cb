"""The index over articles written for the tests: merging, ordering, filters and people."""
import json
from dataclasses import asdict

import pytest

from procq.filters import FilterError
from procq.index import Index, LeftOut, PersonNotFound
from procq.records import ArticleFacts, Delegation, Evidence, Location, Meeting, Participant


def article(name, published, *meetings):
    """One article's facts; each meeting is a dict of Meeting fields with participants as tuples."""
    records = []
    for number, fields in enumerate(meetings, start=1):
        people = [Participant(*person) for person in fields.pop("people")]
        records.append(
            Meeting(
                id=f"{name}#{number}",
                kind=fields.pop("kind", "bilateral"),
                title=fields.pop("title", f"{name} meeting {number}"),
                location=Location(*fields.pop("place", ("Beijing", "CN"))),
                participants=people,
                evidence=[Evidence(name, f"a sentence of {name}")],
                **fields,
            )
        )
    return ArticleFacts(name, f"{name}.txt", f"Title of {name}", published, records)


YING_HOST = ("Ying Yong", "CN", "host", "Procurator-General")
ALIYEV = ("Kamran Aliyev", "AZ", "guest", "Prosecutor General")

CORPUS = [
    article("a1-spp", "2023-10-19", {
        "date": "2023-10-19", "people": [YING_HOST, ALIYEV, ("Ge Xiaoyan", "CN", "attendee", None)],
        "delegations": [Delegation("AZ", "Kamran Aliyev")],
    }),
    article("a2-xinhua", "2023-10-20", {
        "date": "2023-10-19", "people": [("Ying Yong", "CN", "host", "Prosecutor General"), ("Mr. Kamran Aliyev", "AZ", "guest", None)],
    }),
    article("a3-same-day", "2023-10-19", {
        "date": "2023-10-19", "people": [YING_HOST, ("Le Minh Tri", "VN", "guest", "Chief Procurator")],
    }),
    article("a4-russia", "2023-07-14", {
        "date": "2023-07-13", "people": [("Chen Wenqing", "CN", "host", None), ("Igor Krasnov", "RU", "guest", "Prosecutor General")],
    }),
    article("a5-shanghai", "2024-11-14", {
        "date": "2024-11-14", "kind": "domestic", "place": ("Shanghai", "CN"),
        "people": [("Ying Yong", "CN", "attendee", "Chief Grand Prosecutor"), ("Chen Yong", "CN", "attendee", None)],
    }),
    article("a6-minsk", None, {
        "date": "--04-10", "place": (None, "BY"),
        "people": [("Aleksandr Lukashenko", "BY", "host", "President"), ("Cao Jianming", "CN", "guest", "Procurator-General")],
    }),
    article("a7-minsk-again", "2016-04-12", {
        "date": "2016-04-10", "place": ("Minsk", "BY"),
        "people": [("Alexander Lukashenko", "BY", "host", None), ("Cao Jianming", "CN", "guest", "Prosecutor General")],
    }),
    article("a8-undated", None, {
        "date": None, "place": ("Moscow", "RU"),
        "people": [("Igor Krasnov", "RU", "host", None), ("Mohamed Shawky Ayada", "EG", "guest", None)],
        "delegations": [Delegation("EG")],
    }),
    article("a9-hanoi", None, {
        "date": "--12-04/--12-05", "place": ("Hanoi", "VN"),
        "people": [("Le Minh Tri", "VN", "host", "Chief Prosecutor"), ("Ying Yong", "CN", "guest", None)],
        "delegations": [Delegation("CN", "Ying Yong", ["Yang Jinghai", "Li Yongjun"])],
    }),
    article("b1-cairo", "2022-03-01", {
        "date": "2022-03-01", "place": ("Cairo", "EG"),
        "people": [("Ali Hassan", "EG", "host", None), ("Kim Chol Won", "KP", "guest", None)],
    }),
    article("b2-baghdad", "2022-05-01", {
        "date": "2022-05-01", "place": ("Baghdad", "IQ"),
        "people": [("Ali Hassan", "IQ", "host", None), ("Kim Chol-won", "KP", "guest", None)],
    }),
]


@pytest.fixture(scope="module")
def index():
    return Index.from_facts(CORPUS)


def test_two_reports_of_one_meeting_are_listed_once_with_both_sources(index):
    ids = [m.id for m in index.meetings]
    assert "a2-xinhua#1" not in ids
    merged = index.meeting("a1-spp#1")
    assert [s.article for s in merged.sources] == ["a1-spp", "a2-xinhua"]
    assert [e.article for e in merged.evidence] == ["a1-spp", "a2-xinhua"]
    assert merged.sources[1].published == "2023-10-20"


def test_a_meeting_without_a_year_takes_the_year_another_report_gives(index):
    minsk = index.meeting("a6-minsk#1")
    assert minsk.date == "2016-04-10"
    assert minsk.location == Location("Minsk", "BY")
    assert index.meeting("a7-minsk-again#1") is None


def test_meetings_come_oldest_first_then_without_a_year_then_undated(index):
    assert [m.id for m in index.meetings] == [
        "a6-minsk#1",
        "b1-cairo#1",
        "b2-baghdad#1",
        "a4-russia#1",
        "a1-spp#1",
        "a3-same-day#1",
        "a5-shanghai#1",
        "a9-hanoi#1",
        "a8-undated#1",
    ]


def test_the_index_and_its_answers_serialise_to_json(index):
    json.dumps([m.to_dict() for m in index.meetings])
    json.dumps(asdict(index.select_meetings(since="2023")))
    json.dumps(asdict(index.find_person("Ying Yong").person))
    json.dumps([asdict(row) for row in index.people()])
    json.dumps(asdict(index.delegations()))
    json.dumps(asdict(index.countries()))


def test_ids_and_sources_are_filled_in_when_extraction_leaves_them_out():
    facts = article("c1", "2023-01-02", {"date": "2023-01-02", "people": [YING_HOST, ALIYEV]})
    facts.meetings[0].id = ""
    [meeting] = Index.from_facts([facts]).meetings
    assert meeting.id == "c1#1"
    assert meeting.sources[0].path == "c1.txt" and meeting.sources[0].title == "Title of c1"


# --- selecting meetings ----------------------------------------------------


def test_a_date_filter_leaves_out_and_counts_meetings_without_a_year(index):
    selection = index.select_meetings(since="2023")
    assert [m.id for m in selection.meetings] == ["a4-russia#1", "a1-spp#1", "a3-same-day#1", "a5-shanghai#1"]
    assert selection.left_out == LeftOut(count=2, without_year=1, undated=1)  # a9-hanoi#1 and a8-undated#1
    assert index.select_meetings(since="2023", country="VN").left_out == LeftOut(count=1, without_year=1, undated=0)
    assert index.select_meetings(since="2023", country="RU").left_out == LeftOut(count=1, without_year=0, undated=1)


def test_no_filter_leaves_nothing_out(index):
    selection = index.select_meetings()
    assert len(selection.meetings) == len(index.meetings) and selection.left_out == LeftOut()


def test_until_and_month_bounds(index):
    assert [m.id for m in index.select_meetings(since="July 2023", until="2023-07").meetings] == ["a4-russia#1"]
    assert [m.id for m in index.select_meetings(until="2016").meetings] == ["a6-minsk#1"]


def test_country_matches_place_participants_and_delegations(index):
    assert [m.id for m in index.select_meetings(country="Russian").meetings] == ["a4-russia#1", "a8-undated#1"]
    assert [m.id for m in index.select_meetings(country="Azerbaijan").meetings] == ["a1-spp#1"]
    assert [m.id for m in index.select_meetings(country="IQ").meetings] == ["b2-baghdad#1"]


def test_person_and_kind_filters(index):
    assert [m.id for m in index.select_meetings(person="krasnov").meetings] == ["a4-russia#1", "a8-undated#1"]
    assert [m.id for m in index.select_meetings(kind="domestic").meetings] == ["a5-shanghai#1"]


def test_bad_filter_values_raise_errors_the_command_line_can_catch(index):
    with pytest.raises(FilterError):
        index.select_meetings(country="Atlantis")
    with pytest.raises(FilterError):
        index.select_meetings(since="someday")
    with pytest.raises(PersonNotFound, match="closest names"):
        index.select_meetings(person="Nobody Atall")
    with pytest.raises(PersonNotFound, match="several people") as raised:
        index.select_meetings(person="Chen")
    assert raised.value.match.status == "ambiguous"


# --- finding people --------------------------------------------------------


@pytest.mark.parametrize("query", ["Ying Yong", "ying yong", "YONG YING", "Ying Yon", "ying-yong"])
def test_a_person_is_found_by_name_in_any_order_case_or_a_misspelling(index, query):
    match = index.find_person(query)
    assert match.status == "found" and match.person.name == "Ying Yong"


@pytest.mark.parametrize("query, name", [("Krasnov", "Igor Krasnov"), ("Krasnof", "Igor Krasnov"), ("alexander lukashenko", "Aleksandr Lukashenko")])
def test_a_surname_alone_or_another_spelling_finds_the_one_person(index, query, name):
    assert index.find_person(query).person.name == name


def test_a_shared_surname_or_name_is_ambiguous_and_lists_the_candidates(index):
    chen = index.find_person("Chen")
    assert chen.status == "ambiguous" and chen.person is None
    assert sorted(c.name for c in chen.candidates) == ["Chen Wenqing", "Chen Yong"]
    hassan = index.find_person("Ali Hassan")
    assert sorted(c.country for c in hassan.candidates) == ["EG", "IQ"]


def test_an_unknown_name_gives_the_closest_names(index):
    match = index.find_person("Igor Krasnopolsky")
    assert match.status == "not found" and match.person is None
    assert match.suggestions[0] == "Igor Krasnov"
    assert "no person named 'Igor Krasnopolsky'" in match.message


def test_spellings_across_articles_are_one_person_and_shared_surnames_are_two(index):
    kim = index.find_person("Kim Chol-won").person
    assert kim.appearance_count == 2 and kim.names == ["Kim Chol Won", "Kim Chol-won"]
    assert index.find_person("Chen Wenqing").person.id != index.find_person("Chen Yong").person.id


# --- a person's record -----------------------------------------------------


def test_a_person_record_has_appearances_in_date_order(index):
    ying = index.find_person("Ying Yong").person
    assert (ying.id, ying.country, ying.appearance_count) == ("ying-yong", "CN", 4)
    assert [(a.date, a.meeting_id, a.role) for a in ying.appearances] == [
        ("2023-10-19", "a1-spp#1", "host"),
        ("2023-10-19", "a3-same-day#1", "host"),
        ("2024-11-14", "a5-shanghai#1", "attendee"),
        ("--12-04/--12-05", "a9-hanoi#1", "guest"),
    ]
    first = ying.appearances[0]
    assert first.title == "Procurator-General"
    assert first.location == Location("Beijing", "CN")
    assert first.counterparts == ["Kamran Aliyev", "Ge Xiaoyan"]


def test_titles_are_grouped_with_the_written_forms_and_dates(index):
    [title] = index.find_person("Le Minh Tri").person.titles
    assert title.normalised == "Chief Prosecutor"
    assert title.written == ["Chief Procurator", "Chief Prosecutor"]
    assert title.dates == ["2023-10-19", "--12-04/--12-05"]
    # a day without a year is not known to be later than 2023-10-19, so it is not the last seen
    assert (title.first_seen, title.last_seen) == ("2023-10-19", "2023-10-19")
    ying = index.find_person("Ying Yong").person
    assert [(t.normalised, t.first_seen, t.last_seen) for t in ying.titles] == [
        ("Prosecutor General", "2023-10-19", "2023-10-19"),
        ("Chief Grand Prosecutor", "2024-11-14", "2024-11-14"),
    ]


def test_counterparts_most_often_met_and_countries_engaged(index):
    ying = index.find_person("Ying Yong").person
    assert [(c.name, c.meetings) for c in ying.counterparts[:2]] == [("Le Minh Tri", 2), ("Chen Yong", 1)]
    assert [(c.country, c.meetings) for c in ying.countries] == [("VN", 2), ("AZ", 1)]


def test_people_are_listed_most_active_first_with_their_latest_title(index):
    people = index.people()
    assert (people[0].name, people[0].appearances, people[0].latest_title) == ("Ying Yong", 4, "Chief Grand Prosecutor")
    assert [p.name for p in index.people(country="Russia")] == ["Igor Krasnov"]
    names = [p.name for p in people]
    assert names.count("Ali Hassan") == 2 and "Yang Jinghai" not in names  # delegation members only


# --- delegations and countries ---------------------------------------------


def test_delegations_one_row_each_filtered_by_country_and_date(index):
    rows = index.delegations().rows
    assert [(r.meeting_id, r.country, r.leader, r.members) for r in rows] == [
        ("a1-spp#1", "AZ", "Kamran Aliyev", []),
        ("a9-hanoi#1", "CN", "Ying Yong", ["Yang Jinghai", "Li Yongjun"]),
        ("a8-undated#1", "EG", None, []),
    ]
    assert [r.meeting_id for r in index.delegations(country="Chinese").rows] == ["a9-hanoi#1"]
    assert [r.meeting_id for r in index.delegations(since="2023").rows] == ["a1-spp#1"]


def test_a_date_filter_counts_the_delegations_it_leaves_out(index):
    # the Hanoi meeting (--12-04/--12-05) has no year, the Egyptian delegation's meeting no date
    assert index.delegations(since="2023").left_out == LeftOut(count=2, without_year=1, undated=1)
    assert index.delegations(since="2023", country="EG").left_out == LeftOut(count=1, without_year=0, undated=1)
    assert index.delegations().left_out == LeftOut()


def cells(row) -> list[tuple]:
    return [(cell.year, cell.meetings, cell.meeting_ids) for cell in row.by_year]


def test_countries_count_each_meeting_for_every_country_present_but_china(index):
    table = index.countries()
    activity = {row.country: row for row in table.rows}
    assert "CN" not in activity  # China is no counterpart of itself; its domestic meeting is in no row
    assert table.no_counterpart == 1
    assert cells(activity["AZ"]) == [(2023, 1, ["a1-spp#1"])]
    assert (activity["AZ"].with_china, activity["AZ"].delegations) == (1, 1)
    russia = activity["RU"]  # met China in 2023, and Egypt without China on a day no article gives
    assert (russia.name, russia.meetings, russia.with_china) == ("Russia", 2, 1)
    assert cells(russia) == [(2023, 1, ["a4-russia#1"]), (None, 1, ["a8-undated#1"])]
    assert cells(activity["KP"]) == [(2022, 2, ["b1-cairo#1", "b2-baghdad#1"])]  # a meeting without China counts for both sides
    assert cells(activity["EG"]) == [(2022, 1, ["b1-cairo#1"]), (None, 1, ["a8-undated#1"])]
    assert [y.delegations for y in activity["EG"].by_year] == [0, 1]
    assert [row.country for row in table.rows] == ["EG", "KP", "RU", "VN", "AZ", "BY", "IQ"]  # busiest first
    assert table.years == [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, None]
    assert [(cell.year, cell.meetings) for cell in table.totals] == [(2016, 1), (2022, 2), (2023, 3), (None, 2)]
    assert table.kinds == ["bilateral"]


def test_every_cell_of_the_country_year_table_traces_to_its_meetings(index):
    table = index.countries()
    meetings = {meeting.id: meeting for meeting in index.meetings}
    rows_of: dict[str, int] = {}
    for row in table.rows:
        assert row.meetings == sum(cell.meetings for cell in row.by_year)
        for cell in row.by_year:
            assert cell.meetings == len(cell.meeting_ids) == len(set(cell.meeting_ids))
            assert cell.meetings == sum(kind.meetings for kind in cell.by_kind)
            assert sorted(cell.meeting_ids) == sorted(i for kind in cell.by_kind for i in kind.meeting_ids)
            for meeting_id in cell.meeting_ids:
                assert meetings[meeting_id].kind in {kind.kind for kind in cell.by_kind}
                rows_of[meeting_id] = rows_of.get(meeting_id, 0) + 1
    # each meeting in as many rows as it has countries other than China, and counted once in the totals
    present = {meeting_id: {p.country for p in m.participants} | {d.country for d in m.delegations} | {m.location.country}
               for meeting_id, m in meetings.items()}
    assert rows_of == {meeting_id: len(codes - {"CN", None}) for meeting_id, codes in present.items() if codes - {"CN", None}}
    assert sum(cell.meetings for cell in table.totals) == len(rows_of) == len(meetings) - table.no_counterpart


def test_a_date_filter_narrows_the_country_year_table_and_counts_what_it_left_out(index):
    since_2023 = index.countries(since="2023")
    assert {row.country: cells(row) for row in since_2023.rows} == {
        "AZ": [(2023, 1, ["a1-spp#1"])], "RU": [(2023, 1, ["a4-russia#1"])], "VN": [(2023, 1, ["a3-same-day#1"])]}
    assert since_2023.years == [2023]
    assert since_2023.left_out.count == 2  # the Hanoi and the undated meetings; Shanghai's has no counterpart anyway