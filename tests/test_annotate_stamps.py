"""procq.extract.annotate.stamps: a page's publication stamp and its story's wire dateline
(SPEC: settled cases, publication date and city)."""
from __future__ import annotations

import pytest

from procq.extract.annotate.stamps import find_dateline, find_stamp

# (the page's first or last lines, the stamp's words, its value)
STAMPS = [
    # 000
    (["Ying Yong meets with Azerbaijani prosecutor general", "", "en.spp.gov.cn| October 19, 2023", "",
      "Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate of the People's Republic of China, met with a delegation."],
     "October 19, 2023", "2023-10-19"),
    # 002
    (["xi's moments", "Home | National Affairs", "", "Senior CPC official meets Russian Prosecutor General", "",
      "Xinhua | Updated: 2023-07-14 09:55", "", "BEIJING -- Chen Wenqing met with Igor Krasnov on Thursday in Beijing."],
     "Updated: 2023-07-14 09:55", "2023-07-14"),
    # b2-02: the stamp wins over the dateline below it, which tells no year
    (["China's procuratorate orders arrest of former chief procurator of Qinghai Province", "", "(Xinhua) 12:53, August 24, 2021", "",
      "BEIJING, Aug. 24 (Xinhua) -- Meng Yongshan, who formerly served as chief procurator of northwest China's Qinghai Province, is to be arrested."],
     "(Xinhua) 12:53, August 24, 2021", "2021-08-24"),
    # b2-19: a stamp run into the headline
    ([" date 2024-01-16 China's top procurator stresses legal guarantees for national rejuvenation", "",
      "BEIJING, Jan. 15 (Xinhua) -- Procuratorial organs should concentrate on legal supervision."],
     "date 2024-01-16", "2024-01-16"),
    # b4-29
    (["Published: 09:51, September 14, 2025 | Updated: 10:55, September 14, 2025", "China's prosecutors promote global justice at Singapore conference"],
     "Published: 09:51, September 14, 2025", "2025-09-14"),
    # d057
    (["Menu Content", "Go Top", "", "Domestic", "", "CIO Chief, Top Prosecutor Agree to Cooperate on Case Transfer", "",
      "Written: 2021-02-08 18:18:16Updated: 2021-02-08 21:08:41"],
     "Written: 2021-02-08 18:18:16", "2021-02-08"),
    # b3-15
    (["Thursday, 2 July 2009", "", "Vietnam and Cambodia step up judicial cooperation"], "Thursday, 2 July 2009", "2009-07-02"),
    # b3-20
    (["Official Website of the Republic of Belarus", "Government", "| Home | Government | Events", "", "Events", "", "19 Apr 2018", "",
      "Belarus, Moldova to cooperate more closely against corruption, drug trafficking"],
     "19 Apr 2018", "2018-04-19"),
    # kazinform-2022-sco-prosecutors-astana
    (["Astana hosts XX jubilee meeting of SCO Prosecutors General", "", "2022-09-23", "",
      "ASTANA. KAZINFORM Astana hosts today XX jubilee meeting of the SCO Prosecutors General, Kazinform reports."],
     "2022-09-23", "2022-09-23"),
    # b3-03
    (["World prosecutors to meet next in Baku", "", "28 September 2023 17:49 (UTC+04:00)"], "28 September 2023 17:49 (UTC+04:00)", "2023-09-28"),
    # b4-16
    (["General Prosecutor's Offices of Caspian littoral states hold meeting", "", "General Prosecutor", "# 29 July 2022 15:48 (UTC +04:00)"],
     "# 29 July 2022 15:48 (UTC +04:00)", "2022-07-29"),
    # b4-19: month first, as a 12-hour clock tells
    (["Azerbaijani Prosecutor General Receives His Georgian Counterpart", "Date", "10/1/2024 5:12:48 AM", "(MENAFN- AzerNews)"],
     "10/1/2024 5:12:48 AM", "2024-10-01"),
    (["Date 10/1/2024 5:12:48 AM"], "Date 10/1/2024 5:12:48 AM", "2024-10-01"),
    # written in the same style: day first where no 12-hour clock tells otherwise
    (["Updated 01/10/2024 10:12", "Prosecutor-General Counselor Hamada el-Sawy discussed cooperation in combating terrorism."],
     "Updated 01/10/2024 10:12", "2024-10-01"),
    # b3-19: the weekday in the page's own language
    (["Selasa 03 Apr 2012 20:55 WIB", "", "Indonesia and Malaysia agree: no shelter for fugitives"], "Selasa 03 Apr 2012 20:55 WIB", "2012-04-03"),
    # b2-04
    (["Senior CPC official meets Singapore's attorney-general", "", "Source: Xinhua", "", "Editor: huaxia", "", "2024-04-17 17:01:15"],
     "2024-04-17 17:01:15", "2024-04-17"),
    # b4-24: the editor's name glued to the time
    (["LINE", "", "    Text:AAAPrint", "    Politics", "", "    Legal forum seeks to boost China-Africa cooperation", "", "    1",
      "    2015-11-27 10:02Xinhua Editor: Mo Hong'e"],
     "2015-11-27 10:02", "2015-11-27"),
    # b2-07: month and day in digits
    (["China commemorates 100th anniversary of late procurator-general's birth", "", "Updated: 04 01 , 2017 14:12"],
     "Updated: 04 01 , 2017 14:12", "2017-04-01"),
    # b3-16
    (["Prosecution chief, Chinese ambassador discuss closer criminal justice cooperation", "", "16:09 November 15, 2022"],
     "16:09 November 15, 2022", "2022-11-15"),
    # b3-30: whatever follows the stamp on its line
    (["General Prosecutor's Office gets new structure", "", "27 November 2017 Версия для печати PDF", "",
      "Astana. November 6, 2017 On October 13, 2017 the head of state signed the decree."],
     "27 November 2017", "2017-11-27"),
    # b3-08: a stamp without a year stays without one
    (["Russian and Azerbaijani prosecutor general's offices sign memorandum", "", "4 Sep. 15:00 (UTC+3 MSK)"], "4 Sep. 15:00 (UTC+3 MSK)", "--09-04"),
    # b2-09: a date after the headline
    (['The "Seventh Course on National Affairs for Macao Prosecutors 2018" held successfully (2018-09-14)', "",
      'The "Seventh Course on National Affairs for Macao Prosecutors 2018"  held successfully'],
     "(2018-09-14)", "2018-09-14"),
    # b2-13: a credit line closing the story
    (["China's chief justice wound up a visit to Mongolia on Tuesday, during which he met the country's top legal officials.", "",
      "Closer contacts on judicial and legal affairs help the friendly ties between Mongolia and China keep developing, Byambadorj said.", "",
      "(Xinhua News Agency September 22, 2009)"],
     "(Xinhua News Agency September 22, 2009)", "2009-09-22"),
]


@pytest.mark.parametrize("lines, words, iso", STAMPS)
def test_a_page_stamp_is_read_with_where_it_stands(lines, words, iso):
    stamp = find_stamp(lines)
    assert stamp is not None
    assert (lines[stamp.line][stamp.start : stamp.end], stamp.value.iso()) == (words, iso)


@pytest.mark.parametrize(
    "lines",
    [
        # b1-08, b4-05, b2-20: a date that opens running text is the event's, not the page's
        ["On July 16 in Beijing, Ge Xiaoyan, Deputy Prosecutor General of the Supreme People's Procuratorate (SPP) of China, received a delegation from the Italian National Anti-Corruption Authority (ANAC)."],
        ["Tomorrow, September 20, Dushanbe will host a meeting of the Coordinating Council of Prosecutors General of the States members of the Commonwealth of Independent States."],
        ["From Dec 23 to 27, Nanning, in South China's Guangxi Zhuang autonomous region, hosted an advanced training program."],
        # d046: a span is never a stamp
        ["Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac visited the Federal Prosecutor’s Office of Belgium."],
        # d006: neither is a headline's week
        ["One-week procuratorial hot spots (February 3-February 9)", "", "Cao Jianming: Make full use of the strengths of veteran cadres"],
        # b3-27, b3-09, b3-12: a time, a count, a vote
        ["12:04", "President submits new Prosecutor General candidacy to Parliament"],
        ["Russian Prosecutor General Igor Krasnov meets Juan Bautista Mahiques", "", "6 Photo"],
        ["Author", "Average: 5 (1 vote)", "In this article:"],
        # a dateline is no stamp
        ["MACAU, April 10 - The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit of the delegation."],
    ],
)
def test_lines_without_a_stamp_give_none(lines):
    assert find_stamp(lines) is None


def test_a_page_listing_separately_dated_items_has_no_stamp():
    # b1-10
    lines = [
        "Invited by the SPP of China, a delegation of 15 prosecutors from Kyrgyzstan, headed by Toktakunov Kumalbek, visited China.",
        "August 27, 2025At the National Conference on Advancing Eco-Environmental Prosecution Work in Huzhou, Zhejiang province, the SPP made public a series of typical cases.",
        "August 27, 2025To launch this year's interprovincial circuit procuratorial inspection, the SPP held a mobilization and deployment meeting in Tianjin on Aug 25.",
        "August 26, 2025On Aug 20, procuratorial authorities of China and Brazil held a webinar on the governance of river basins.",
        "August 15, 2025",
    ]
    assert find_stamp(lines) is None


def test_a_stamp_repeated_on_several_lines_is_still_the_stamp():
    # b2-24
    lines = [" date 2021-05-14 Senior CPC official urges educating political, legal personnel", "", "(Xinhua) 10:21, May 14, 2021", "",
             "HANGZHOU, May 13 (Xinhua) -- A senior official of the Communist Party of China (CPC) has called for efforts to educate judicial personnel."]
    stamp = find_stamp(lines)
    assert (stamp.value.iso(), stamp.line) == ("2021-05-14", 0)


# (the story's first line, city, date, the story's first words)
DATELINES = [
    # b2-02
    ("BEIJING, Aug. 24 (Xinhua) -- Meng Yongshan, who formerly served as chief procurator of northwest China's Qinghai Province, is to be arrested.",
     "Beijing", "--08-24", "Meng Yongshan"),
    # b3-07
    ("Baku, October 2 (AZERTAC). Azerbaijan's Prosecutor General Kamran Aliyev met the delegation headed by Singapore's Prosecutor General Lucien Wong.",
     "Baku", "--10-02", "Azerbaijan's"),
    # b3-10: no dash after the agency
    ("Moscow, Nov 15 (Prensa Latina) A delegation led by Cuba's general attorney, Yamila Peña, has wound up a successful visit to Russia.",
     "Moscow", "--11-15", "A delegation"),
    # b3-11
    ("Havana, July 18 (RHC) – President Miguel Díaz-Canel said the political parties, governments and peoples of Cuba and China are bound by close ties.",
     "Havana", "--07-18", "President"),
    # b3-01: the country between the city and the date
    ("BAKU, Azerbaijan, March 3. Azerbaijan's Prosecutor General Kamran Aliyev received Pyotr Gorodov, Deputy Prosecutor General of the Russian Federation.",
     "Baku", "--03-03", "Azerbaijan's"),
    # b3-20
    ("MINSK, 19 April (BelTA) - The Prosecutor General's Offices of Belarus and Moldova are going to work together more closely against corruption.",
     "Minsk", "--04-19", "The Prosecutor"),
    # d041: a city and a dash
    ("ISLAMABAD -  Pakistan and China should work toward harmonising their laws and set an example of mutual assistance and cooperation.",
     "Islamabad", None, "Pakistan"),
    # 002
    ("BEIJING -- Chen Wenqing, a member of the Political Bureau of the Communist Party of China (CPC) Central Committee, met with Igor Krasnov.",
     "Beijing", None, "Chen Wenqing"),
    # d015, b3-18: a city and the agency
    ("Hanoi (VNA) - The 13th ASEAN - China Prosecutors-General Conference will take place in Hanoi on December 6.", "Hanoi", None, "The 13th"),
    ("Jakarta (ANTARA News) - Indonesia still has plenty of homework to do with Singapore in the legal field, Attorney General Prasetyo said here on Thursday.",
     "Jakarta", None, "Indonesia"),
    # kazinform-2022-sco-prosecutors-astana: the agency's name in capitals, no dash
    ("ASTANA. KAZINFORM Astana hosts today XX jubilee meeting of the SCO Prosecutors General, Kazinform reports.", "Astana", None, "Astana hosts"),
    # b3-19: the outlet's web address before the city
    ("REPUBLIKA.CO.ID, JAKARTA – Indonesian fugitives will no longer be able to escape to Malaysia, nor Malaysian ones to Indonesia.",
     "Jakarta", None, "Indonesian"),
    # b3-30: a dateline with its year
    ("Astana. November 6, 2017 On October 13, 2017 the head of state signed the decree.", "Astana", "2017-11-06", "On October"),
    # b4-27: a dateline on a line of its own
    ("Tashkent – Sep 25, 2025", "Tashkent", "2025-09-25", ""),
    # khovar-2014-sco-dushanbe, tass-chaika-2019, akp-2015-cambodia, app-nab-2021, kabar-2021-kyrgyz-video
    ("Dushanbe, 23.05.2014 /NIAT Khovar/. The 12th meeting of prosecutors general of the member states of the Shanghai Cooperation Organization took place in Dushanbe.",
     "Dushanbe", "2014-05-23", "The 12th"),
    ("MOSCOW, October 2. /TASS/. Prosecutor General of Russia Yury Chaika and Procurator-General of China's Supreme People's Procuratorate Zhang Jun held talks in Moscow today.",
     "Moscow", "--10-02", "Prosecutor General"),
    ("Phnom Penh, July 8, 2015 AKP -- Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, received here this morning a courtesy call.",
     "Phnom Penh", "2015-07-08", "Samdech"),
    ("ISLAMABAD, Jul 5 (APP): A three-member delegation of the Supreme People's Procuratorate of the People's Republic of China called on Chairman NAB.",
     "Islamabad", "--07-05", "A three-member"),
    ("Bishkek, May 6, 2021 / Kabar /.", "Bishkek", "2021-05-06", ""),
    # written in the wire forms procq is asked to read
    ("Tashkent (Dunyo.info) 05.03.2024 — Prosecutor General Nigmatilla Yuldoshev received the delegation.", "Tashkent", "2024-03-05", "Prosecutor General"),
    ("YEREVAN, SEPTEMBER 26, ARMENPRESS. Prosecutor General Artur Davtyan received a delegation.", "Yerevan", "--09-26", "Prosecutor General"),
    # a shouted city and a colon, as Pakistani and Indian papers open
    ("LAHORE: The public prosecution departments of all the provinces should be linked with one another.",
     "Lahore", None, "The public"),
    # n16-09, n1-17, n10-10: a long agency mark with the date inside, one in guillemets, a large city's colon
    ("LAHORE, (UrduPoint / Pakistan Point News - 11th Sep, 2025) Syed Farhad Ali Shah chaired a meeting.",
     "Lahore", "2025-09-11", "Syed Farhad"),
    ("Dushanbe. 9 October. «Asia-Plus» - A meeting of the Coordination Council was held in Yerevan.",
     "Dushanbe", "--10-09", "A meeting"),
    ("Kathmandu: A meeting of the transitional justice mechanism got under way today at the Ministry.",
     "Kathmandu", None, "A meeting"),
    # n9-16: the country in square brackets after the city
    ("Nur-Sultan [Kazakhistan], February 19 (ANI): Kazakh President Kassym-Jomart Tokayev held a meeting.",
     "Nur-Sultan", "--02-19", "Kazakh President"),
    # n22-02, n7-10: an outlet's name before the city; a town the gazetteer lacks, with its country in brackets
    ("Justice Net, Urumqi, August 30 (Procuratorial Daily reporter He Haiyan) – The procuratorial organs met.",
     "Urumqi", "--08-30", "The procuratorial"),
    ("Neom [Saudi Arabia], December 21 (ANI/WAM): Chancellor Hamad Saif Al Shamsi took part in the meeting.",
     None, "--12-21", "Chancellor"),
    # n13-03: a shouted city, a full stop and a dash
    ("YEREVAN. – Artur Davtyan, Prosecutor General of Armenia, on Monday received a delegation.",
     "Yerevan", None, "Artur Davtyan"),
    # n26-02: an agency's name in capitals closing the line after the city's dash
    ("Cairo - MENA", "Cairo", None, ""),
    # a small town written as such, a dash and a story after it
    ("Svetlogorsk – Representatives of eight countries came together for the meeting of prosecutors general.",
     "Svetlogorsk", None, "Representatives"),
    # kazinform-ambassadors-2021: a shouted city by its usual English name, the one the city has now
    ("NUR-SULTAN. KAZINFORM – Prosecutor General of Kazakhstan Gizat Nurdauletov met with the Ambassador of China to Kazakhstan Zhang Xiao today.",
     "Astana", None, "Prosecutor General"),
]


@pytest.mark.parametrize("line, city, iso, story", DATELINES)
def test_a_wire_dateline_gives_its_city_date_and_where_the_story_starts(line, city, iso, story):
    found = find_dateline(["", line])
    assert found is not None
    assert (found.city, found.value.iso() if found.value else None, found.line) == (city, iso, 1)
    assert line[found.end :].startswith(story) and (story or found.end == len(line))


def test_a_shouted_city_takes_its_usual_english_name():
    # d051: "MACAU", the SPEC's Macao
    lines = [
        "MACAU, April 10 - The Commissioner Against Corruption, Ao Ieong Seong, welcomed the visit of the delegation led by Feng Jian.",
        "Ao Ieong Seong recalled that President Xi Jinping delivered an important speech when he attended the 25th Anniversary Celebration of Macao’s Return to the Motherland.",
    ]
    found = find_dateline(lines)
    assert (found.city, found.value.iso(), found.line, lines[0][found.end :][:3]) == ("Macao", "--04-10", 0, "The")


def test_a_written_city_keeps_its_spelling():
    # written in the same style: b4-14 spells the city so
    found = find_dateline(["St. Petersburg, Oct. 20 (TASS) - The prosecutors general of the five Caspian littoral states have signed a declaration."])
    assert (found.city, found.value.iso()) == ("St. Petersburg", "--10-20")


@pytest.mark.parametrize(
    "line",
    [
        # ena-2021-ethiopia, b2-12: an ordinary opening
        "Pakistan and China should further strengthen cooperation in the fight against corruption, the chairman said.",
        "Secretary for Justice Teresa Cheng today held meetings in Beijing with officials of the Public Security, Foreign Affairs and Justice ministries.",
        # b4-05, b2-20, b1-04: a date before the city, not after it
        "Tomorrow, September 20, Dushanbe will host a meeting of the Coordinating Council of Prosecutors General of the States members of the Commonwealth of Independent States.",
        "From Dec 23 to 27, Nanning, in South China's Guangxi Zhuang autonomous region, hosted an advanced training program.",
        "On Jan 19, the national conference of chief prosecutors takes place in Beijing.",
        # b3-15, b2-22, d057: stamps and metadata
        "Thursday, 2 July 2009",
        "Updated: 2014-07-10 07:23",
        "Date: 2021-06-28",  # Date is a town in Hokkaido, but a colon after a name is a label's
        "DATE: 2021-06-28",  # a shouted label is no city either
        "PHOTO: APP",
        "Date 10/1/2024 5:12:48 AM",
        "Written: 2021-02-08 18:18:16Updated: 2021-02-08 21:08:41",
        "UzA - National News Agency of Uzbekistan",
        "KUNA - Kuwait News Agency",  # n18-16: Kuna is a small town of Idaho; an outlet's name over its page
        # b4-14, b4-28: capitals and an agency that are no city
        "BUSINESS TURKMENISTAN",
        "MENAFN - Trend News Agency) Kubanychbek Omuraliev, Secretary General of the Organization of Turkic States (OTS), held a meeting with Nigmatilla Yuldoshev.",
        # b4-28: a headline that begins with a country
        "Uzbekistan, OTS Reaffirm Legal Cooperation Commitments",
        # written in the same style: a city and a dash in a headline
        "Moscow – Beijing talks",
        # an outlet's name before a city opens a dateline only with a date after the city
        "Xinhua, Beijing, SCO agree to cooperate on security",
        "Justice Net, Urumqi – The procuratorial organs met.",
    ],
)
def test_an_opening_that_is_no_dateline_gives_none(line):
    assert find_dateline([line]) is None


def test_a_megabyte_line_is_read_quickly():
    line = "BEIJING, Oct. 19 (Xinhua) -- " + "Beijing - " * 100_000
    assert find_stamp([line, "|" * 1_000_000]) is None
    found = find_dateline([line])
    assert (found.city, found.value.iso(), found.end) == ("Beijing", "--10-19", 29)


@pytest.mark.parametrize(("line", "iso"), [
    ("28 Април 2023 г.", "2023-04-28"),
    (" 08 Desember 2017 13:21:22 wib", "2017-12-08"),
    ("    23 fevral, 2026", "2026-02-23"),
    ("  • Jan 18,2019", "2019-01-18"),
    ("09:50 / 2024-01-11", "2024-01-11"),
    ("- 13 April 2009, 12:00", "2009-04-13"),
    ("Berita kompas tv | 28 Oktober 2019, 15:35 WIB", "2019-10-28"),
    ("21 de junio de 2022", "2022-06-21"),
    ("Updated 21:14, 14-Nov-2023", "2023-11-14"),
    # a byline or an agency around a date on a short line of its own
    ("APP October 25, 2016", "2016-10-25"),
    ("Sat, Mar 18, 2023 - Page 2", "2023-03-18"),
    ("Além das Embaixadas|Natalie Machado 20/10/2024 - 21h00 (Updated 20/10/2024 - 21h17)", "2024-10-20"),
    # n22-07, n12-10, n14-04: the C library's form, a month alone on its line, a date after a byline
    ("Published Mon Oct 21 15:59:05 GMT 2024 - Updated Mon Oct 21 15:59:15 GMT 2024", "2024-10-21"),
    ("June 2021", "2021-06"),
    ("By Office of Assistant to Deputy Cabinet Secretary for State Documents     Date 14 Desember 2020", "2020-12-14"),
    # n15-10: a credit line closing the story
    ("Source: RJT, Date: 11.06.2018.", "2018-06-11"),
    # n26-17, n30-10, n34-15, n26-20, n29-06: year first with full stops, a full stop after the day, year first
    # before a comma, Portuguese, month first
    ("2022.10.19.", "2022-10-19"),
    ("17. Jan 2022 at 11:33", "2022-01-17"),
    ("2024, April 22", "2024-04-22"),
    ("18 de maio de 2021, 19h42", "2021-05-18"),
    ("7/22/2025", "2025-07-22"),
    ("05/06/2021", "2021-06-05"),  # both numbers may be months: day first, as most of the world writes
])
def test_stamps_in_other_languages_and_layouts(line: str, iso: str) -> None:
    stamp = find_stamp(["Prosecutors general of two countries meet in the capital", line])
    assert stamp is not None and stamp.value.iso() == iso


def test_a_month_opening_a_sentence_is_no_stamp() -> None:
    assert find_stamp(["Prosecutors general meet", "June 2021 was a busy month for the prosecution service."]) is None
