"""When two mentions are one person, and when two reports are one meeting."""
import pytest

from procq.identity import (
    Mention,
    cluster_mentions,
    dates_compatible,
    merge_reports,
    name_key,
    name_tokens,
    normalise_title,
    same_meeting,
    same_name,
    same_person,
)
from procq.records import Delegation, Evidence, Location, Meeting, Participant, Source


def by_name(name, country):
    """Persons told apart by folded name alone: enough for the meeting tests here."""
    return name_key(name)


def merge_meetings(meetings):
    """The merged meetings alone, without the ids of the reports in each."""
    return [meeting for meeting, _ in merge_reports(meetings, by_name)]


def report(article, date, *people, kind="bilateral", city="Beijing", delegations=()):
    """A meeting as one article reports it; people are (name, country) pairs, the first one hosts."""
    participants = [
        Participant(name, country, "host" if n == 0 else "guest", None) for n, (name, country) in enumerate(people)
    ]
    return Meeting(
        id=f"{article}#1",
        date=date,
        kind=kind,
        title=f"report in {article}",
        location=Location(city, "CN") if city else None,
        participants=participants,
        delegations=list(delegations),
        sources=[Source(article, f"{article}.txt")],
        evidence=[Evidence(article, f"sentence of {article}")],
    )


# --- names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kim Chol Won", "Kim Chol-won"),
        ("Aleksandr Lukashenko", "Alexander Lukashenko"),
        ("Éric Dupond-Moretti", "eric dupond moretti"),
        ("Mr. Kamran Aliyev", "Kamran Aliyev"),
        ("Dato Paduka Haji Hairol Arni", "Hairol Arni"),
        ("Aliyev Kamran", "Kamran Aliyev"),
        ("Luisa Ortega", "Luisa Ortega Diaz"),
        ("Mohamed Shawky Ayada", "Mohammed Shawki Ayada"),
    ],
)
def test_spellings_of_one_name_match(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Chen Wenqing", "Chen Yong"),  # a shared surname only
        ("Ying Yong", "Yang Yong"),  # short words one letter apart are different names
        ("Krasnov", "Igor Krasnov"),  # a surname alone is never enough across articles
        ("Wang Bin", "Wang Bing"),
    ],
)
def test_different_names_do_not_match(a, b):
    assert not same_name(a, b)


def test_name_keys_fold_case_accents_hyphens_and_honorifics():
    assert name_key("Mr. KIM Chol-Wŏn") == name_key("kim chol won") == "kim chol won"


def test_chinese_names_merge_only_when_spelt_alike():
    # pinyin is one standard spelling: "Wenqing" and "Wenjing" are two people
    assert not same_person(Mention("Chen Wenqing", "CN"), Mention("Chen Wenjing", "CN"))
    assert same_person(Mention("Chen Wenqing", "CN"), Mention("chen wenqing", None))
    assert same_person(Mention("Aleksandr Lukashenko", "BY"), Mention("Alexander Lukashenko", None))


def test_names_in_chinese_characters_are_their_pinyin():
    assert name_tokens("应勇") == name_tokens("Ying Yong") == ("ying", "yong")
    assert name_tokens("陈文清") == ("chen", "wenqing")
    assert name_tokens("曾庆红") == ("zeng", "qinghong")  # a surname read otherwise than the character's usual reading
    assert name_tokens("吕布") == ("lu", "bu")
    [group] = cluster_mentions([Mention("应勇", "CN"), Mention("Ying Yong", "CN")])
    assert len(group) == 2


def test_same_name_different_known_countries_are_two_people():
    assert not same_person(Mention("Ali Hassan", "EG"), Mention("Ali Hassan", "IQ"))


def test_clusters_group_spellings_into_persons():
    groups = cluster_mentions(
        [
            Mention("Aleksandr Lukashenko", "BY"),
            Mention("Chen Wenqing", "CN"),
            Mention("Alexander Lukashenko", "BY"),
            Mention("Chen Yong", "CN"),
            Mention("Kim Chol Won", "KP"),
            Mention("Kim Chol-won", None),
            Mention("Chen Wenqing", "CN"),
        ]
    )
    assert [[m.name for m in g] for g in groups] == [
        ["Aleksandr Lukashenko", "Alexander Lukashenko"],
        ["Chen Wenqing"],
        ["Chen Yong"],
        ["Kim Chol Won", "Kim Chol-won"],
    ]


def test_a_name_without_country_never_bridges_two_countries():
    groups = cluster_mentions([Mention("Ali Hassan", "EG"), Mention("Ali Hassan"), Mention("Ali Hassan", "IQ")])
    assert len(groups) == 2
    assert {m.country for m in groups[0]} == {"EG", None}
    assert groups[1] == [Mention("Ali Hassan", "IQ")]


# --- titles ----------------------------------------------------------------


@pytest.mark.parametrize("title", ["Procurator-General", "Prosecutor General", "prosecutor-general", "PROCURATOR GENERAL"])
def test_titles_group_across_spellings(title):
    assert normalise_title(title) == "Prosecutor General"


def test_titles_keep_their_other_words_and_empty_titles_have_none():
    assert normalise_title("Chief Grand Prosecutor") == "Chief Grand Prosecutor"
    assert normalise_title("Deputy Procurator-General of the SPP") == "Deputy Prosecutor General of the Spp"
    assert normalise_title("Supreme People's Procuratorate (SPP)") == "Supreme People's Procuratorate"
    assert normalise_title("  ") is None


# --- dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, compatible",
    [
        ("2023-10-19", "2023-10-19", True),
        ("2023-10", "2023-10-19", True),
        ("--10-19", "2023-10-19", True),
        ("2019-11-05/2019-11-08", "2019-11-06", True),
        ("--12-04/--12-05", "--12-05", True),
        ("2023-10-18", "2023-10-19", False),
        ("--10-18", "2023-10-19", False),
        (None, "2023-10-19", False),
        (None, None, False),
    ],
)
def test_dates_are_compatible_when_they_can_name_one_day(a, b, compatible):
    assert dates_compatible(a, b) is compatible
    assert dates_compatible(b, a) is compatible


# --- meetings --------------------------------------------------------------

YING = ("Ying Yong", "CN")
ALIYEV = ("Kamran Aliyev", "AZ")


def test_two_reports_of_one_meeting_become_one_with_both_sources_and_evidence():
    site = report("spp", "2023-10-19", YING, ALIYEV)
    wire = report("xinhua", "2023-10-19", YING, ("Mr. Kamran Aliyev", "AZ"))
    [(merged, reports)] = merge_reports([site, wire], by_name)
    assert merged.id == "spp#1" and reports == ["spp#1", "xinhua#1"]
    assert [s.article for s in merged.sources] == ["spp", "xinhua"]
    assert [e.article for e in merged.evidence] == ["spp", "xinhua"]
    assert [p.name for p in merged.participants] == ["Ying Yong", "Kamran Aliyev"]
    assert [s.article for s in site.sources] == ["spp"]  # inputs are left as they were


def test_the_more_precise_date_and_the_missing_details_are_kept():
    vague = report("a", "--10-19", YING, ("Kamran Aliyev", None), city=None)
    precise = report("b", "2023-10-19", YING, ALIYEV, ("Buniyad Huseynov", "AZ"))
    [merged] = merge_meetings([vague, precise])
    assert merged.date == "2023-10-19"
    assert merged.location == Location("Beijing", "CN")
    assert [(p.name, p.country) for p in merged.participants] == [
        ("Ying Yong", "CN"), ("Kamran Aliyev", "AZ"), ("Buniyad Huseynov", "AZ")
    ]


def test_delegations_of_one_side_merge_their_members():
    first = report("a", "2024-07-25", YING, ALIYEV, delegations=[Delegation("CN", "Ying Yong", ["Yang Jinghai"])])
    second = report("b", "2024-07-25", YING, ALIYEV, delegations=[Delegation("CN", None, ["Yang Jinghai", "Li Yongjun"])])
    [merged] = merge_meetings([first, second])
    assert merged.delegations == [Delegation("CN", "Ying Yong", ["Yang Jinghai", "Li Yongjun"])]


def test_spellings_kept_apart_never_share_a_person():
    mentions = [Mention("Aleksandr Lukashenko", "BY"), Mention("Alexander Lukashenko", "BY"), Mention("Alexander Lukashenko")]
    assert len(cluster_mentions(mentions)) == 1
    apart = cluster_mentions(mentions, keep_apart={frozenset(("aleksandr lukashenko", "alexander lukashenko"))})
    assert [[m.name for m in group] for group in apart] == [["Aleksandr Lukashenko"], ["Alexander Lukashenko"] * 2]


def test_two_meetings_the_same_day_with_different_people_stay_two():
    morning = report("a", "2023-10-19", YING, ALIYEV)
    afternoon = report("b", "2023-10-19", YING, ("Le Minh Tri", "VN"))
    assert len(merge_meetings([morning, afternoon])) == 2


def test_the_same_people_on_other_days_or_elsewhere_are_other_meetings():
    first = report("a", "2023-10-19", YING, ALIYEV)
    assert not same_meeting(first, report("b", "2024-05-02", YING, ALIYEV), by_name)
    assert not same_meeting(first, report("b", "2023-10-19", YING, ALIYEV, city="Baku"), by_name)
    assert not same_meeting(first, report("b", "2023-10-19", YING, ALIYEV, kind="multilateral"), by_name)
    assert not same_meeting(first, report("b", None, YING, ALIYEV), by_name)


def test_meetings_of_one_article_never_merge():
    talks = report("a", "2019-07-08/2019-07-12", ("Zagorka Dolovac", "RS"), ("Frederick Van Leuve", "BE"))
    call = report("a", "2019-07-08/2019-07-12", ("Zagorka Dolovac", "RS"), ("Frederick Van Leuve", "BE"))
    assert len(merge_meetings([talks, call])) == 2


def test_a_report_naming_one_person_merges_only_with_the_same_lone_person():
    speech = report("a", "2024-11-14", YING, kind="domestic")
    same_speech = report("b", "2024-11-14", YING, kind="domestic")
    forum = report("c", "2024-11-14", YING, ("Chen Yong", "CN"), kind="domestic")
    merged = merge_meetings([speech, same_speech, forum])
    assert [[s.article for s in m.sources] for m in merged] == [["a", "b"], ["c"]]


def test_one_city_spelled_two_ways_keeps_two_reports_one_meeting():
    russian = report("tass", "2023-06-15", YING, ALIYEV, city="St. Petersburg")
    english = report("spp", "2023-06-15", YING, ALIYEV, city="Saint Petersburg")
    elsewhere = report("xinhua", "2023-06-15", YING, ALIYEV, city="Shanghai")
    assert len(merge_meetings([russian, english])) == 1
    assert len(merge_meetings([russian, elsewhere])) == 2
