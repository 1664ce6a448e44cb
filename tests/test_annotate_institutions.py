"""procq.extract.annotate.institutions: the bodies a sentence names and the country each stands for
(SPEC: a person's country is the one they represent; an international body's people have none)."""
from __future__ import annotations


import pytest

from procq.extract.annotate.institutions import find_institutions

# (text, country, international) of every institution found, left to right
INSTITUTIONS = [
    # 000: China's Supreme People's Procuratorate and its acronym
    ("Ying Yong, Chief Grand Prosecutor and Prosecutor General of the Supreme People's Procuratorate (SPP) of the People's Republic of China, met with a delegation led by Azerbaijani Prosecutor General Kamran Aliyev in Beijing on Oct 19.",
     [
         ("Supreme People's Procuratorate", "CN", False),
         ("SPP", "CN", False),
     ]),
    # 004: provincial procuratorates, by the region that frames them
    ("Yang Jinghai, Chief Prosecutor of the People's Procuratorate of Shanxi Province, Li Yongjun, Chief Prosecutor of the People's Procuratorate of Inner Mongolia Autonomous Region, and Gao Jiming, Chief Prosecutor of the People's Procuratorate of Xinjiang Uygur Autonomous Region, attended the meeting as part of the Chinese delegation.",
     [
         ("People's Procuratorate of Shanxi Province", "CN", False),
         ("People's Procuratorate of Inner Mongolia Autonomous Region", "CN", False),
         ("People's Procuratorate of Xinjiang Uygur Autonomous Region", "CN", False),
     ]),
    # b2-09
    ("The participants also called on the People's Procuratorates of Henan Province, Kaifeng City and Zhengzhou Airport Economy Zone, where they held thorough discussions on a wide range of topics with the Provincial Chief Prosecutor, Gu Xuefei, and with officials from procuratorates at various levels.",
     [
         ("People's Procuratorates of Henan Province", "CN", False),
     ]),
    # w04: a qualifier between the place and the body
    ("Chen Yong, Chief Prosecutor of the Shanghai Municipal People's Procuratorate, attended.",
     [
         ("Shanghai Municipal People's Procuratorate", "CN", False),
     ]),
    # b2-21: the procuratorates of Chinese cities
    ("Discussion sessions were held in meetings with Mr. Zhang Jian, Public Prosecutor General of the Procuratorate of Guangzhou City, and Mr. Zhang Helin, Public Prosecutor General of the Procuratorate of Zhuhai City.",
     [
         ("Procuratorate of Guangzhou City", "CN", False),
         ("Procuratorate of Zhuhai City", "CN", False),
     ]),
    # n14-05: Laos has a people's procuratorate too; the name alone gives no country
    ("Mr. Xaysana Khotphouthone gave a report on the performance of the People's Procuratorate over five years.",
     [("People's Procuratorate", None, False)]),
    # xinhua-kz-2019: party bodies of China
    ("Later on the same day, Guo Shengkun, a member of the Political Bureau of the Communist Party of China Central Committee and head of the Commission for Political and Legal Affairs of the CPC Central Committee, met with Nurdauletov.",
     [
         ("Communist Party of China", "CN", False),
         ("Commission for Political and Legal Affairs", "CN", False),
         ("CPC Central Committee", "CN", False),
     ]),
    # b2-18: the offices for Hong Kong and Macao are China's
    ("He then called on Mr Xia Baolong, Director of the Hong Kong and Macao Work Office of the Communist Party of China Central Committee and the Hong Kong and Macao Affairs Office of the State Council, and briefed him on the latest developments in the DoJ's work on various fronts.",
     [
         ("Hong Kong and Macao Work Office", "CN", False),
         ("Communist Party of China", "CN", False),
         ("Hong Kong and Macao Affairs Office", "CN", False),
     ]),
    # b2-18
    ("In the morning Mr Cheung met Mr Wang Ruihe, Deputy Director of the Legislative Affairs Commission of the Standing Committee of the National People's Congress (NPCSC).",
     [
         ("National People's Congress", "CN", False),
         ("NPCSC", "CN", False),
     ]),
    # app-nab-2021
    ("He said NAB has signed a Memorandum of Understanding (MoU) with the Central Commission for Discipline Inspection of China in 2018 to streamline cooperation in the fight against corruption.",
     [
         ("Central Commission for Discipline Inspection of China", "CN", False),
     ]),
    # b2-02
    ("The SPP said on Tuesday that Meng's case had been handed to procuratorial authorities for prosecution once the National Supervisory Commission had finished investigating it.",
     [
         ("SPP", "CN", False),
         ("National Supervisory Commission", "CN", False),
     ]),
    # b1-10
    ("Invited by the SPP of China, a delegation of 15 prosecutors from Kyrgyzstan, headed by Toktakunov Kumalbek, Deputy Director of the Department for Supervision of Litigation and Execution of Judicial Decisions of the Prosecutor General's Office of Kyrgyzstan, recently took part in a training program held at the Heilongjiang Branch of the National Prosecutors College of China.",
     [
         ("SPP of China", "CN", False),
         ("Prosecutor General's Office of Kyrgyzstan", "KG", False),
         ("National Prosecutors College of China", "CN", False),
     ]),
    # b1-10
    ("The SPP finished replying, on July 18, to the suggestions of deputies to the NPC and the proposals of the CPPCC National Committee put forward during the two sessions in 2025.",
     [
         ("SPP", "CN", False),
         ("NPC", "CN", False),
         ("CPPCC", "CN", False),
     ]),
    # spp-vietnam-2019: Viet Nam's procuracy, with and without its country
    ("Nguyen Huy Tien, Deputy Chief Procurator of the Supreme People's Procuracy, attended the meeting as part of the Vietnamese delegation, and Vietnamese Ambassador to China Pham Sao Mai was also present.",
     [
         ("Supreme People's Procuracy", "VN", False),
     ]),
    # spp-vietnam-2019
    ("Le Minh Tri said the Supreme People's Procuracy of Vietnam values its traditional friendship with the SPP and hopes to learn from China's experience in judicial reform and public interest litigation.",
     [
         ("Supreme People's Procuracy of Vietnam", "VN", False),
         ("SPP", "CN", False),
     ]),
    # b3-15
    ("A delegation of the People's Supreme Procuracy headed by its deputy director Nguyen Thi Thuy Khiem started a working visit to Cambodia on July 1.",
     [
         ("People's Supreme Procuracy", "VN", False),
     ]),
    # kpl-2019-laos
    ("Mr Khamsane thanked the Chinese side for its assistance in training Lao prosecutors and in building the capacity of the Office of the Supreme People's Prosecutor.",
     [
         ("Office of the Supreme People's Prosecutor", "LA", False),
     ]),
    # d057: the Republic of Korea's bodies
    ("In a meeting with reporters on Monday, Kim announced the results of their talks, which lasted nearly two hours at the Supreme Prosecutors’ Office earlier in the day.",
     [
         ("Supreme Prosecutors’ Office", "KR", False),
     ]),
    # d057
    ("Corruption Investigation Office for High-ranking Officials(CIO) head Kim Jin-wook and Prosecutor General Yoon Seok-youl have agreed to start working-level talks on cooperation between their law enforcement agencies.",
     [
         ("Corruption Investigation Office for High-ranking Officials", "KR", False),
     ]),
    # japan-2023-kai-tong
    ("Prosecutor-General KAI Hiroshi of the Supreme Public Prosecutors Office met with TONG Jianming, Deputy Procurator-General of China's Supreme People's Procuratorate, in Tokyo on Friday, the office said.",
     [
         ("Supreme Public Prosecutors Office", "JP", False),
         ("China's Supreme People's Procuratorate", "CN", False),
     ]),
    # d051: Macao's Commission Against Corruption; a public prosecutions office without its country
    ("She gave an outline of the CCAC's case investigation procedures and of the mechanism by which the Public Prosecutions Office brings a prosecution.",
     [
         ("CCAC", "MO", False),
         ("Public Prosecutions Office", None, False),
     ]),
    # kazinform-ambassadors-2021: "<body> of <country>"
    ("Zhang Xiao assured that the Chinese side is interested in further strengthening cooperation with the Prosecutor General's Office of Kazakhstan, including within the framework of the Shanghai Cooperation Organisation.",
     [
         ("Prosecutor General's Office of Kazakhstan", "KZ", False),
         ("Shanghai Cooperation Organisation", None, True),
     ]),
    # d040
    ("Fifteen prosecutors from the General Prosecutor's Office of Uzbekistan, the Tashkent prosecutor's office and the Namangan region prosecutor's office took part in the program, attending sessions in Beijing and in Qingdao, East China's Shandong province, before travelling to Urumqi in Xinjiang for the closing session.",
     [
         ("General Prosecutor's Office of Uzbekistan", "UZ", False),
     ]),
    # b3-10: "<country>'s <body>"
    ("The Cuban delegation also went to the university of Russia's General Prosecutor's Office, where the rector, Igor Matskevich, received it together with part of the institution's management and teaching staff.",
     [
         ("Russia's General Prosecutor's Office", "RU", False),
     ]),
    # b3-25: "<demonym> <body>"
    ("He pointed to the special interest the Egyptian Public Prosecution takes in exchanging expertise in training, digital transformation and international cooperation in criminal investigations.",
     [
         ("Egyptian Public Prosecution", "EG", False),
     ]),
    # spp-2023-week-digest: "<body> of the <country>"
    ("Thursday — A delegation of the Public Prosecution of the United Arab Emirates led by Attorney General Dr Hamad Saif Al Shamsi was received by Ying.",
     [
         ("Public Prosecution of the United Arab Emirates", "AE", False),
     ]),
    # d046
    ("Between 8 – 12 July 2019 the Serbian Republic Public Prosecutor Zagorka Dolovac, along with a delegation from the Republic Public Prosecutor’s Office, visited the Federal Prosecutor’s Office of Belgium under a cooperation agreement between the two prosecution offices.",
     [
         ("Public Prosecutor’s Office", None, False),
         ("Federal Prosecutor’s Office of Belgium", "BE", False),
     ]),
    # b4-29
    ("From Sept 7 to 10, the IAP's 30th Annual Conference and General Meeting took place at Singapore's Shangri-La Hotel, hosted by the Attorney General's Chambers of Singapore, under the theme \"The Versatile Prosecutor and the Administration of Criminal Justice.\"",
     [
         ("IAP", None, True),
         ("Attorney General's Chambers of Singapore", "SG", False),
     ]),
    # b3-20
    ("The heads of the two countries' supervisory agencies, Alexander Konyuk and Eduard Harunjen, signed a cooperation agreement in Chisinau on 19 April, BelTA learned from the Prosecutor's Office of Belarus.",
     [
         ("Prosecutor's Office of Belarus", "BY", False),
     ]),
    # d054
    ("That day, the North Korean Central Prosecutor’s Office gave a reception for the Russian delegation.",
     [
         ("North Korean Central Prosecutor’s Office", "KP", False),
     ]),
    # antara-2016-indonesia
    ("Jakarta (ANTARA News) - Indonesian Attorney General HM Prasetyo and China's Procurator General Cao Jianming signed a memorandum of understanding (MoU) on cooperation in law enforcement at the Attorney General's Office (AGO) in Jakarta on Tuesday.",
     [
         ("Attorney General's Office", None, False),
     ]),
    # b2-13: a court many countries have, and the country its name gives it
    ("Wang Shengjun, chief justice of the Supreme People's Court of China, held meetings with Mongolian Chief Justice Sodnomdarjaa Batdelger and with Jamsran Byambadorj, chairman of the Constitutional Court of Mongolia.",
     [
         ("Supreme People's Court of China", "CN", False),
         ("Constitutional Court of Mongolia", "MN", False),
     ]),
    # spp-2023-week-digest: without a country in its name, a body many countries have has none
    ("Vice-President of the Supreme People's Court He Rong also met the delegation later in the day.",
     [
         ("Supreme People's Court", None, False),
     ]),
    # b3-15
    ("Later that day the delegation held talks with delegates of Cambodia's Supreme Court led by its general prosecutor, Chea Leang.",
     [
         ("Cambodia's Supreme Court", "KH", False),
     ]),
    # map-2024-morocco
    ("Rabat - The Attorney General of the King at the Court of Cassation, President of the Public Prosecution, Hassan Daki, received on Tuesday in Rabat a delegation from the Supreme People's Procuratorate of the People's Republic of China, led by Deputy Procurator-General Ge Xiaoyan.",
     [
         ("Court of Cassation", None, False),
         ("Public Prosecution", None, False),
         ("Supreme People's Procuratorate of the People's Republic of China", "CN", False),
     ]),
    # 003: ministries
    ("Officials from the Commission for Political and Legal Affairs of the CPC Central Committee, the Office of the Foreign Affairs Commission of the CPC Central Committee, the Ministry of Foreign Affairs, the Ministry of Justice, and other relevant departments participate in the meeting.",
     [
         ("Commission for Political and Legal Affairs", "CN", False),
         ("CPC Central Committee", "CN", False),
         ("CPC Central Committee", "CN", False),
         ("Ministry of Foreign Affairs", None, False),
         ("Ministry of Justice", None, False),
     ]),
    # b2-12
    ("Ms Cheng then called on the Justice Ministry, where she and Justice Minister Tang Yijun signed a framework arrangement to develop more two-way co-operation.",
     [
         ("Justice Ministry", None, False),
     ]),
    # b3-03: an embassy stands for the country that sends it
    ("Kamran Aliyev thanked him for the prosecution and conviction of members of the radical religious group that attacked the administrative building of the Azerbaijani Embassy in London on 4 August last year, and for the close cooperation with the Azerbaijani Prosecutor's Office on that matter.",
     [
         ("Azerbaijani Embassy", "AZ", False),
         ("Azerbaijani Prosecutor's Office", "AZ", False),
     ]),
    # b1-08
    ("On July 16 in Beijing, Ge Xiaoyan, Deputy Prosecutor General of the Supreme People's Procuratorate (SPP) of China, received a delegation from the Italian National Anti-Corruption Authority (ANAC).",
     [
         ("Supreme People's Procuratorate", "CN", False),
         ("SPP", "CN", False),
         ("Italian National Anti-Corruption Authority", "IT", False),
     ]),
    # 004: the SCO and its organs
    ("Procuratorial delegations from the 10 SCO member states and dialogue partner Azerbaijan, as well as representatives of the SCO Secretariat and regional counter-terrorism agencies, attended the event.",
     [
         ("SCO", None, True),
         ("SCO Secretariat", None, True),
     ]),
    # b4-06
    ("Particular attention was given to the key role played by the CIS Antiterrorist Center, the SCO Regional Antiterrorist Structure and the International Association of Prosecutors in countering present-day challenges and threats.",
     [
         ("CIS", None, True),
         ("SCO", None, True),
         ("Regional Antiterrorist Structure", None, True),
         ("International Association of Prosecutors", None, True),
     ]),
    # w02: a body of several states named beside one state
    ("China-ASEAN Prosecutors-General Conference opens in Nanning",
     [
         ("China-ASEAN", None, True),
     ]),
    # b4-23
    ("Earlier this month senior prosecutors and judicial representatives from China and 12 African countries gathered in Guangzhou, in southern China, for the China-Africa Prosecutorial Cooperation Forum.",
     [
         ("China-Africa", None, True),
     ]),
    # b4-05
    ("Tomorrow, September 20, Dushanbe will host a meeting of the Coordinating Council of Prosecutors General of the States members of the Commonwealth of Independent States.",
     [
         ("Coordinating Council of Prosecutors General", None, True),
         ("Commonwealth of Independent States", None, True),
     ]),
    # b4-09
    ("The first meeting of the Council of Prosecutors-General of the Cooperation Council of Turkic-speaking States (Turkic Council) has taken place in Baku, Azertag reported on November 1.",
     [
         ("Cooperation Council of Turkic-speaking States", None, True),
         ("Turkic Council", None, True),
     ]),
    # b3-05
    ("They also stressed how important joint work on international platforms is, and discussed creating a Council of Prosecutors General within the framework of the Organization of Islamic Cooperation in the near future.",
     [
         ("Organization of Islamic Cooperation", None, True),
     ]),
    # b3-04
    ("At the close of the meeting Kamran Aliyev invited the Georgian Prosecutor General to a high-level plenary session that will take place in Baku on November 15 together with the UN Office on Drugs and Crime (UNODC).",
     [
         ("UN Office on Drugs and Crime", None, True),
         ("UNODC", None, True),
     ]),
    # afrinz
    ("The Egyptian delegation arrived in Russia to take part in the sixth meeting of heads of prosecutorial services of BRICS states.",
     [
         ("BRICS", None, True),
     ]),
    # d046
    ("The meetings highlighted how important it is to link Serbian Public Prosecution Offices with the EU's judicial cooperation networks, such as EUROJUST and EJN.",
     [
         ("Serbian Public Prosecution", "RS", False),
         ("EU", None, True),
         ("EUROJUST", None, True),
     ]),
    # d046
    ("Mr. Dolovac also attended a working meeting with the Head of the Unit for the Accession of Serbia to the EU within the Directorate-General for Enlargement Ms. Jatarina Vendt, and representatives of the Directorate-General for Justice of the European Commission.",
     [
         ("EU", None, True),
         ("European Commission", None, True),
     ]),
    # b4-22
    ("\"Last October, at the third plenary session of the Consultative Council of European Prosecutors, an opinion on the Role of Prosecution Service outside the Criminal Law Field was adopted on our initiative.",
     [
         ("Consultative Council of European Prosecutors", None, True),
         ("Prosecution Service", None, False),
     ]),
    # b4-22
    ("Mr. Yury Chaika noted that the matter is widely discussed in the Council of Europe.",
     [
         ("Council of Europe", None, True),
     ]),
    # b4-24
    ("The FOCAC Legal Forum is part of FOCAC, and we must make full use of this mechanism to advance research and legal services and deepen cooperation,\" Yang said.",
     [
         ("FOCAC", None, True),
         ("FOCAC", None, True),
     ]),
    # b4-27
    ("ECO Prosecutors/Attorneys General Meet in Tashkent",
     [
         ("ECO", None, True),
     ]),
    # b4-29
    ("Set up in 1995 at the United Nations Office in Vienna, Austria, the International Association of Prosecutors (IAP) is the only organization of prosecutors with a worldwide reach.",
     [
         ("United Nations", None, True),
         ("International Association of Prosecutors", None, True),
         ("IAP", None, True),
     ]),
]


@pytest.mark.parametrize("sentence, expected", INSTITUTIONS)
def test_the_institutions_a_sentence_names(sentence, expected):
    assert [(m.text, m.country, m.international) for m in find_institutions(sentence)] == expected


def test_a_mention_keeps_its_offsets():
    sentence = "Chen Yong, Chief Prosecutor of the Shanghai Municipal People's Procuratorate, attended."
    [mention] = find_institutions(sentence)
    assert (mention.start, mention.end, sentence[mention.start:mention.end]) == (
        35, 76, "Shanghai Municipal People's Procuratorate")


def test_a_line_of_a_megabyte_is_read_whole():
    line = ("Prosecutor General's Office of Kazakhstan, " * 25_000)[:1_000_000]
    assert len(find_institutions(line)) == 23_256
