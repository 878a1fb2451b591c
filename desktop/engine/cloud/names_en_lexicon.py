"""Word lists of the Latin-script name finder (names_en.py): stop words, ambiguous words, particles,
honorifics, and the common Chinese surnames as romanised."""

from __future__ import annotations

_STOP_WORDS = """
The A An This That These Those It Its He She They We You I Our Their His Her My Your Me Us Them
And Or But If When While After Before Since Because Although Though So Then Also However Yet Still
In On At By For From Of To With Without About Into Over Under As Per Via During Despite Among Between
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Plaintiff Plaintiffs Defendant Defendants Claimant Claimants Respondent Respondents Appellant Appellants Employer
January February March July September October November December
Mon Tue Wed Thu Fri Sat Sun Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
New York Times Post News Daily Herald Journal Press Agency Reuters Xinhua Associated Bloomberg Guardian
University College School Institute Academy Hospital Clinic Bank Police Court Council Congress Senate
Ministry Department Bureau Office Committee Commission Party Government Army Navy Air Force
Company Corporation Corp Inc Ltd LLC Group Holdings Foundation Association Union Society Club Team
Street Road Avenue Lane Drive Boulevard Square Bridge Station Airport Center Centre Palace Hall Museum
Temple Church Garden Gardens Tower Plaza Mall Market Theatre Theater Stadium Hotel Restaurant Cafe Library
City County State States Province District Town Village Island Lake River Mountain Valley Bay Coast Beach
North South East West Northern Southern Eastern Western Central Upper Lower Great Greater Old
United Kingdom Republic People Peoples National International Federal Royal Public General Supreme
China Chinese Beijing Shanghai Shenzhen Guangzhou Hong Kong Taiwan Japan America American Americans
Europe European Britain British London Paris Washington Asia Africa England France Germany India
Los Las San Santa Saint St Fort Mount Port Silicon Wall Downing
Christmas Easter Spring Autumn Fall Winter Festival Day Year Month Week Today Tonight Morning Evening
Mr Mrs Ms Miss Dr Prof Professor Sir Madam Mme Mlle Madame Monsieur Señor Señora Signor Signora Mx President Minister Chairman Director Chief Premier Chancellor
Secretary Senior Junior Paralegal Executive Sports Tour Prix
God Lord Internet Web Twitter Facebook Google Apple Microsoft Weibo WeChat Telegram WhatsApp Signal QQ LinkedIn
YouTube GoFundMe JustGiving Crowdfunder GiveSendGo Kickstarter Patreon Airbnb Reddit Twitch Douyin Bilibili Alipay
Europol Interpol Eurojust Frontex
OK Yes No Not Please Thanks Thank Hello Hi Dear Chapter Section Figure Table Page Part Article
Yesterday Tomorrow Later Earlier Meanwhile According Last Next Every Each Some Many Most All Both Any
Several Asked Told Said Says Interview Speaking Reporting Update Breaking Editor Note Speakers Speaker
Flight Case Order Ticket Invoice Room Gate Terminal Platform Route Bus Line Exit
Proposer Seconder Nominee Candidate Candidates Signatory Signatories Petitioner Elector Electors
Nurse Witness Officer Detective Judge Senator Governor Mayor Captain Sergeant Inspector Constable Doctor
Teacher Father Sister Brother Uncle Aunt Passenger Victim Suspect Patient Reverend Rev Rabbi Imam Dame
Lady Herr Frau Spokesman Spokeswoman Spokesperson Lawyer Attorney Coach Pastor Councillor Councilman
Tel Phone Mobile Mob Cell Fax Email Mail Skype Viber Kakao KakaoTalk Discord Snapchat Instagram Threads TikTok
Weixin Handy Telefon Contact Address Website Ext Extension Username Handle PayPal Venmo Zelle Revolut Alipay Cash App
Sgt Capt Cllr Lt Col Gen Det Insp Supt Cpl Pte Gov Sen Rep Hon Fr Hurricane Typhoon Storm Cyclone Tropical
Olympics Olympic Paralympics Games Cup League Championship Championships Awards Prize Organization Organisation
Fund Forum Summit Conference Treaty Act Programme Program Project Initiative Index Exchange Network Authority
Trust Federation Alliance Coalition Assembly Parliament Cabinet Administration World Health Cross Crescent
Labour Conservative Conservatives Tory Tories Democrat Democrats Republican Republicans Liberal Plaid Cymru SNP
"""
STOP = set(_STOP_WORDS.split())
# Ambiguous: names, but far more often something else. Never a name alone.
_AMBIGUOUS_WORDS = ("May April June August Summer Park Lane Grace Hope Faith Joy Will Bill Rose Dawn Sunny "
                    "Young Long King Brown White Black Green Rich Rob Pat Sky Star Iris Jade Amber Ruby Jan")
AMBIGUOUS = set(_AMBIGUOUS_WORDS.split())
PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "binti",
             "ibn", "al", "el", "dos", "das", "ten", "ter", "y", "st.", "ap",  # ap: Welsh, Rhys ap Gwilym
             "ó", "ní", "nic", "uí", "ua",  # Irish: Seán Ó Briain, Siobhán Ní Bhriain
             "dela", "delos", "delas", "bint"}  # Filipino: Maria Cristina dela Cruz; Aisha bint Khalid
HONORIFIC = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Señor|Señora|Judge|"
             r"Senator|Governor|Mayor|Officer|Detective|Sergeant|Sgt|Captain|Capt|Inspector|Constable|Nurse|"
             r"Father|Sister|Brother|Rev|Reverend|Rabbi|Imam|Lady|Lord|Uncle|Aunt|Auntie|Grandma|Grandpa|Cllr|"
             r"Councillor|Lt|Col|Gen|Det|Insp|Supt|Cpl|Pte|Gov|Sen|Rep|Hon|Fr)")

# The most common Chinese surnames as romanised (Mandarin and Cantonese): "surnamed Li" and "Mr Li"
# name no one, as 姓李的男子 and 李先生 do not.
COMMON_CHINESE_SURNAMES = set(["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Long", "Tao", "Mao", "Hao", "Gu", "Gong", "Shao", "Wan", "Qian", "Lai", "Chan", "Wong", "Cheung", "Lee", "Lam", "Ho", "Ng", "Chow", "Leung", "Tse", "Yip", "Lau", "Kwok", "Tsang",
                               # Hokkien and Teochew, as Singapore and Malaysia write them (蔡 is Chua, 林 is Lim)
                               "Lim", "Ong", "Goh", "Chua", "Koh", "Teo", "Ang", "Yeo", "Tay", "Low", "Toh", "Sim",
                               "Chong", "Chia", "Seah", "Quek", "Heng", "Khoo", "Loh", "Foo"])
# The most common surnames of the other languages a desk meets (a few dozen each, from national
# counts): "Ms Walsh", "Mr Kowalski", "Dr Ahmed" with a title alone name no one, as 王女士 does not; a
# rarer surname with a title ("Mr Okafor, the headteacher") still points to one person and is masked.
_COMMON_SURNAMES = """
Smith Jones Williams Brown Taylor Davies Davis Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright
Walker White Edwards Hughes Green Hall Lewis Harris Clarke Clark Jackson Wood Turner Martin Cooper Hill Ward
Morris Moore King Baker Harrison Morgan Allen James Scott Phillips Watson Parker Price Bennett Young Griffiths
Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Marshall Anderson
Simpson Ellis Adams Wilkinson Foster Chapman Powell Webb Rogers Gray Grey Mason Hunt Campbell Matthews Owen
Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Fisher Stevens Jenkins Murray Dixon Harvey
Walsh Byrne Ryan O'Sullivan O'Brien O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher Kennedy Lynch Quinn
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Gómez Díaz Fernández Fernandez
Patel Singh Kumar Sharma Shah Gupta Khan Begum Ali Ahmed Hussain Hussein Hassan Mohammed Rahman Islam
Ibrahim Abdullah Khoury Saleh Mahmoud Mustafa Omar Yousef Youssef Nasser Mansour Hamid
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi Do Đỗ
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura
Kobayashi Kato Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Nowak Kowalski Kowalska
Wiśniewski Wójcik Kowalczyk Silva Santos Oliveira Souza Pereira Costa Rossi Russo Ferrari Esposito Bianchi
Dubois Durand Bernard Petit Moreau Laurent Ivanov Ivanova Smirnov Smirnova Popov Popova Cohen Levi Yilmaz
"""
COMMON_SURNAMES = COMMON_CHINESE_SURNAMES | set(_COMMON_SURNAMES.split())
# Family words before a first name ("her brother Will", "his wife, Grace"): both English kin finders read them.
FAMILY = ("mother", "father", "mum", "mom", "dad", "son", "daughter", "wife", "husband", "brother", "sister", "cousin",
          "uncle", "aunt", "grandmother", "grandfather", "grandson", "granddaughter", "nephew", "niece")
FAMILY_WORDS = "|".join(sorted(FAMILY, key=len, reverse=True))  # as a regex alternative, longest first
# Countries and the last word of a country's name ("Service Canada", "Sport New Zealand", "Statistics Korea" are
# bodies; "Canada said" is a country). Left out: those that are given names too (Chad, Georgia, India, Israel,
# Jordan, Kenya).
_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh
Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Britain Brunei Bulgaria Burundi Cambodia Cameroon
Canada Chile China Colombia Congo Croatia Cuba Cyprus Denmark Djibouti Ecuador Egypt Eritrea Estonia Ethiopia Fiji
Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland
Indonesia Iran Iraq Ireland Italy Jamaica Japan Kazakhstan Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
Libya Liechtenstein Lithuania Luxembourg Macao Macau Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua
Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Vanuatu
Venezuela Vietnam Wales Yemen Zambia Zimbabwe England Zealand Korea Africa Arabia Emirates Lanka
"""
COUNTRIES = set(_COUNTRIES.split())
# What a country's public body or flag carrier is called before its name: Service Canada, Sport England.
BODY_BEFORE_COUNTRY = {"Service", "Services", "Statistics", "Parks", "Health", "Transport", "Air", "Sport", "Visit",
                       "Tourism", "Historic", "Natural", "Revenue", "Immigration", "Border", "Invest", "Enterprise",
                       "Water", "Network", "Heritage", "Energy", "Rail", "Post", "Telecom", "Radio", "Television",
                       "Arts", "Athletics", "Swimming", "Cycling", "Rugby", "Cricket", "Tennis", "Golf", "Hockey"}
