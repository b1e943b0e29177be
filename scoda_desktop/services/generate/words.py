"""The word lists the generator draws synthetic records from: partner countries, name pools by
naming tradition, posts, meeting themes and outcome texts.

Only data here; the rules that combine it are in ``directory`` and ``meetings``. Every name
is made up from common given and family names; no record describes a real person.
"""

from __future__ import annotations

from typing import NamedTuple

from scoda_desktop.domain.enums import DiplomaticRank, NameOrder, OrganisationKind

OFFICE_ZONE = "Asia/Shanghai"


class Partner(NamedTuple):
    code: str
    name_en: str  # as in "Embassy of ... in China"
    name_zh: str
    zone: str  # the capital's zone: guests who are not in Beijing join from there
    pool: str  # a key of NAME_POOLS
    weight: int  # how often the office meets this country, relatively


PARTNERS = (
    Partner("KZ", "Kazakhstan", "哈萨克斯坦", "Asia/Almaty", "central_asian", 10),
    Partner("RU", "Russia", "俄罗斯", "Europe/Moscow", "slavic", 10),
    Partner("UZ", "Uzbekistan", "乌兹别克斯坦", "Asia/Tashkent", "central_asian", 8),
    Partner("PK", "Pakistan", "巴基斯坦", "Asia/Karachi", "pakistani", 7),
    Partner("KG", "Kyrgyzstan", "吉尔吉斯斯坦", "Asia/Bishkek", "central_asian", 6),
    Partner("TJ", "Tajikistan", "塔吉克斯坦", "Asia/Dushanbe", "central_asian", 5),
    Partner("BY", "Belarus", "白俄罗斯", "Europe/Minsk", "slavic", 5),
    Partner("IN", "India", "印度", "Asia/Kolkata", "indian", 5),
    Partner("IR", "Iran", "伊朗", "Asia/Tehran", "persian", 4),
    Partner("ID", "Indonesia", "印度尼西亚", "Asia/Jakarta", "indonesian", 4),
    Partner("TR", "Türkiye", "土耳其", "Europe/Istanbul", "turkish", 4),
    Partner("MN", "Mongolia", "蒙古国", "Asia/Ulaanbaatar", "mongolian", 3),
    Partner("MY", "Malaysia", "马来西亚", "Asia/Kuala_Lumpur", "malay", 3),
    Partner("NP", "Nepal", "尼泊尔", "Asia/Kathmandu", "nepali", 2),
    Partner("KH", "Cambodia", "柬埔寨", "Asia/Phnom_Penh", "khmer", 2),
    Partner("AZ", "Azerbaijan", "阿塞拜疆", "Asia/Baku", "turkish", 2),
    Partner("TM", "Turkmenistan", "土库曼斯坦", "Asia/Ashgabat", "central_asian", 2),
    Partner("EG", "Egypt", "埃及", "Africa/Cairo", "arabic", 2),
    Partner("SA", "Saudi Arabia", "沙特阿拉伯", "Asia/Riyadh", "arabic", 2),
    Partner("AE", "the United Arab Emirates", "阿联酋", "Asia/Dubai", "arabic", 2),
    Partner("RS", "Serbia", "塞尔维亚", "Europe/Belgrade", "south_slavic", 2),
    Partner("QA", "Qatar", "卡塔尔", "Asia/Qatar", "arabic", 1),
)


class NamePool(NamedTuple):
    family: tuple[str, ...]
    given_male: tuple[str, ...]
    given_female: tuple[str, ...]
    order: NameOrder = NameOrder.GIVEN_FIRST
    feminine_family: bool = False  # Ivanov -> Ivanova, Kozlovsky -> Kozlovskaya
    single_share: float = 0.0  # people known by one name only (many Indonesians)
    # Spelling variants other documents use: (in the name, in a variant). The first that
    # changes the name gives the person an alternative spelling.
    variants: tuple[tuple[str, str], ...] = ()


_CYRILLIC_VARIANTS = (("Dzh", "J"), ("yev", "ev"), ("Kh", "H"), ("ii", "iy"), ("Yu", "Iu"))
_TURKISH_ASCII = (("ı", "i"), ("ş", "s"), ("ç", "c"), ("ğ", "g"), ("ö", "o"), ("ü", "u"))

NAME_POOLS: dict[str, NamePool] = {
    "central_asian": NamePool(
        family=(
            "Abenov",
            "Akhmetov",
            "Alimov",
            "Asanov",
            "Baimukhanov",
            "Bakirov",
            "Beknazarov",
            "Dzhaksybekov",
            "Dzhumabaev",
            "Ermekov",
            "Iskakov",
            "Kassymov",
            "Khodjaev",
            "Mirzaev",
            "Mukhamedov",
            "Nazarov",
            "Nurlanov",
            "Omarov",
            "Osmonov",
            "Rakhimov",
            "Rashidov",
            "Sadykov",
            "Saidov",
            "Sharipov",
            "Tokhtarov",
            "Toktogulov",
            "Tulegenov",
            "Umarov",
            "Yusupov",
            "Zhaksylykov",
        ),
        given_male=(
            "Askar",
            "Azamat",
            "Bakhtiyar",
            "Bakyt",
            "Daulet",
            "Dilshod",
            "Farrukh",
            "Firdavs",
            "Jasur",
            "Nurlan",
            "Rustam",
            "Serik",
            "Sherzod",
            "Talant",
            "Timur",
            "Yerlan",
        ),
        given_female=(
            "Aigerim",
            "Aizada",
            "Dilnoza",
            "Dinara",
            "Gulnara",
            "Madina",
            "Malika",
            "Nigora",
            "Nodira",
            "Saule",
            "Zarina",
        ),
        feminine_family=True,
        variants=_CYRILLIC_VARIANTS,
    ),
    "slavic": NamePool(
        family=(
            "Andreev",
            "Belov",
            "Bogdanov",
            "Fyodorov",
            "Golubev",
            "Ivanov",
            "Kiselyov",
            "Komarov",
            "Kovalenko",
            "Kozlov",
            "Kozlovsky",
            "Kravchenko",
            "Kuznetsov",
            "Lebedev",
            "Lukashevich",
            "Makarov",
            "Mikhailov",
            "Morozov",
            "Novikov",
            "Orlov",
            "Pavlov",
            "Petrov",
            "Popov",
            "Semyonov",
            "Smirnov",
            "Sokolov",
            "Tarasov",
            "Vasilyev",
            "Vinogradov",
            "Volkov",
            "Zaitsev",
            "Zhuk",
        ),
        given_male=(
            "Alexander",
            "Alexei",
            "Anatoly",
            "Andrei",
            "Dmitry",
            "Igor",
            "Ivan",
            "Mikhail",
            "Nikolai",
            "Oleg",
            "Pavel",
            "Sergey",
            "Viktor",
            "Vladimir",
            "Yuri",
        ),
        given_female=(
            "Anna",
            "Elena",
            "Irina",
            "Maria",
            "Natalia",
            "Olga",
            "Svetlana",
            "Tatiana",
            "Yekaterina",
            "Yulia",
        ),
        feminine_family=True,
        variants=(("yev", "ev"), ("Kh", "H"), ("Yu", "Iu"), ("y", "i"), ("ei", "ey")),
    ),
    "south_slavic": NamePool(
        family=(
            "Đorđević",
            "Ilić",
            "Jovanović",
            "Marković",
            "Nikolić",
            "Pavlović",
            "Petrović",
            "Stojanović",
            "Živković",
        ),
        given_male=("Aleksandar", "Dragan", "Marko", "Milan", "Nikola", "Stefan", "Zoran"),
        given_female=("Ana", "Ivana", "Jelena", "Milica", "Tijana"),
        variants=(("ć", "c"), ("Đ", "Dj"), ("đ", "dj"), ("Ž", "Z"), ("ž", "z")),
    ),
    "pakistani": NamePool(
        family=(
            "Abbasi",
            "Ahmed",
            "Butt",
            "Chaudhry",
            "Hussain",
            "Iqbal",
            "Javed",
            "Khan",
            "Malik",
            "Mirza",
            "Qureshi",
            "Rana",
            "Raza",
            "Sheikh",
            "Siddiqui",
        ),
        given_male=(
            "Ahsan",
            "Asad",
            "Bilal",
            "Faisal",
            "Hamza",
            "Kamran",
            "Naveed",
            "Tariq",
            "Usman",
            "Zubair",
        ),
        given_female=("Ayesha", "Fatima", "Hina", "Maryam", "Nadia", "Rabia", "Sadia", "Sana"),
        variants=(("Chaudhry", "Chaudhary"), ("Hussain", "Husain"), ("Ahmed", "Ahmad")),
    ),
    "indian": NamePool(
        family=(
            "Banerjee",
            "Chatterjee",
            "Das",
            "Gupta",
            "Iyer",
            "Joshi",
            "Kulkarni",
            "Malhotra",
            "Mehta",
            "Menon",
            "Nair",
            "Patel",
            "Pillai",
            "Raghavan",
            "Rao",
            "Reddy",
            "Sharma",
            "Verma",
        ),
        given_male=(
            "Amit",
            "Anil",
            "Arjun",
            "Karthik",
            "Rahul",
            "Rajesh",
            "Rohan",
            "Sanjay",
            "Suresh",
            "Vikram",
        ),
        given_female=("Anjali", "Deepa", "Kavita", "Lakshmi", "Meera", "Neha", "Priya", "Sunita"),
        variants=(("Banerjee", "Bandyopadhyay"), ("Chatterjee", "Chattopadhyay")),
    ),
    "nepali": NamePool(
        family=(
            "Adhikari",
            "Bhattarai",
            "Gurung",
            "Karki",
            "Koirala",
            "Limbu",
            "Magar",
            "Rai",
            "Sharma",
            "Shrestha",
            "Tamang",
            "Thapa",
        ),
        given_male=("Bikram", "Dipak", "Hari", "Krishna", "Prakash", "Ramesh", "Sagar"),
        given_female=("Anita", "Kamala", "Pooja", "Sarita", "Sita"),
    ),
    "persian": NamePool(
        family=(
            "Ahmadi",
            "Farahani",
            "Ghorbani",
            "Hosseini",
            "Jafari",
            "Karimi",
            "Kazemi",
            "Mohammadi",
            "Moradi",
            "Naderi",
            "Rahimi",
            "Rezaei",
            "Sadeghi",
            "Shirazi",
            "Tehrani",
        ),
        given_male=(
            "Ali",
            "Amir",
            "Hamid",
            "Hossein",
            "Kaveh",
            "Majid",
            "Mehdi",
            "Mohammad",
            "Reza",
            "Saeed",
        ),
        given_female=("Fatemeh", "Leila", "Maryam", "Mina", "Narges", "Parisa", "Shirin", "Zahra"),
        variants=(("Hossein", "Hussein"), ("Mohammad", "Mohammed"), ("Rezaei", "Rezaie")),
    ),
    "turkish": NamePool(
        family=(
            "Arslan",
            "Aslan",
            "Aydın",
            "Çelik",
            "Çetin",
            "Demir",
            "Doğan",
            "Kaya",
            "Kılıç",
            "Öztürk",
            "Özdemir",
            "Şahin",
            "Yıldırım",
            "Yıldız",
            "Yılmaz",
        ),
        given_male=(
            "Ahmet",
            "Ali",
            "Burak",
            "Emre",
            "Hasan",
            "Hüseyin",
            "Kemal",
            "Mehmet",
            "Murat",
            "Mustafa",
        ),
        given_female=("Ayşe", "Elif", "Emine", "Fatma", "Merve", "Selin", "Zeynep"),
        variants=_TURKISH_ASCII,
    ),
    "arabic": NamePool(
        family=(
            "Abdel Rahman",
            "Al-Harbi",
            "Al-Mansouri",
            "Al-Qahtani",
            "Al-Suwaidi",
            "El-Sayed",
            "Farouk",
            "Hassan",
            "Ibrahim",
            "Mahmoud",
            "Mostafa",
            "Nasser",
            "Saleh",
        ),
        given_male=(
            "Ahmed",
            "Amr",
            "Hesham",
            "Karim",
            "Khaled",
            "Mohamed",
            "Omar",
            "Tarek",
            "Youssef",
        ),
        given_female=("Dalia", "Heba", "Mona", "Nour", "Rania", "Salma", "Yasmin"),
        variants=(("Mohamed", "Mohammed"), ("Youssef", "Yusuf"), ("El-", "El "), ("Al-", "Al ")),
    ),
    "indonesian": NamePool(
        family=(
            "Hidayat",
            "Hutapea",
            "Kusuma",
            "Nasution",
            "Nugroho",
            "Pratama",
            "Santoso",
            "Saputra",
            "Setiawan",
            "Siregar",
            "Susanto",
            "Wijaya",
        ),
        given_male=("Agus", "Andi", "Bambang", "Budi", "Eko", "Hartono", "Joko", "Suryadi"),
        given_female=("Ayu", "Dewi", "Dian", "Putri", "Rina", "Sri", "Suharti"),
        single_share=0.3,
        variants=(("oe", "u"), ("dj", "j"), ("tj", "c")),
    ),
    "malay": NamePool(
        family=("Abdullah", "Aziz", "Hashim", "Ismail", "Othman", "Rahman", "Yusof"),
        given_male=("Azman", "Faizal", "Hafiz", "Zulkifli", "Amirul", "Ridzuan"),
        given_female=("Farah", "Nurul Aini", "Siti", "Aishah", "Nor Azizah"),
        variants=(("Yusof", "Yusuf"), ("Othman", "Osman")),
    ),
    "mongolian": NamePool(
        family=(
            "Altangerel",
            "Batbayar",
            "Bold",
            "Dorj",
            "Enkhbold",
            "Ganbaatar",
            "Sukhbaatar",
            "Tsogt",
        ),
        given_male=("Bat-Erdene", "Munkh", "Temuulen", "Ganzorig", "Erdenebat"),
        given_female=("Enkhjargal", "Khulan", "Oyun", "Saruul", "Tuya"),
        variants=(("kh", "h"), ("-", "")),
    ),
    "khmer": NamePool(
        family=("Chan", "Chea", "Heng", "Kim", "Ly", "Meas", "Ouk", "Prak", "Sam", "Sok"),
        given_male=("Dara", "Rithy", "Sokha", "Virak", "Vuthy"),
        given_female=("Bopha", "Channary", "Sophea", "Vanna", "Sreymom"),
        order=NameOrder.FAMILY_FIRST,
    ),
}

# Host side: (pinyin, hanzi). Given names carry "m" or "f" for the honorific.
CHINESE_FAMILY = (
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Zhao", "赵"),
    ("Huang", "黄"),
    ("Zhou", "周"),
    ("Wu", "吴"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Hu", "胡"),
    ("Zhu", "朱"),
    ("Gao", "高"),
    ("Lin", "林"),
    ("He", "何"),
    ("Guo", "郭"),
    ("Ma", "马"),
    ("Luo", "罗"),
    ("Liang", "梁"),
    ("Song", "宋"),
    ("Zheng", "郑"),
    ("Xie", "谢"),
    ("Han", "韩"),
    ("Tang", "唐"),
    ("Feng", "冯"),
    ("Dong", "董"),
    ("Xiao", "萧"),
    ("Meng", "孟"),
)
CHINESE_GIVEN = (
    ("Haiyan", "海燕", "f"),
    ("Jianjun", "建军", "m"),
    ("Zhiqiang", "志强", "m"),
    ("Lei", "磊", "m"),
    ("Jing", "静", "f"),
    ("Peng", "鹏", "m"),
    ("Xue", "雪", "f"),
    ("Yuting", "雨婷", "f"),
    ("Wei", "伟", "m"),
    ("Fang", "芳", "f"),
    ("Min", "敏", "f"),
    ("Jun", "军", "m"),
    ("Yong", "勇", "m"),
    ("Yan", "艳", "f"),
    ("Jie", "杰", "m"),
    ("Tao", "涛", "m"),
    ("Ming", "明", "m"),
    ("Chao", "超", "m"),
    ("Xiuying", "秀英", "f"),
    ("Qiang", "强", "m"),
    ("Xiaodong", "晓东", "m"),
    ("Wenbo", "文博", "m"),
    ("Siyuan", "思远", "m"),
    ("Jiayi", "嘉怡", "f"),
    ("Zihan", "子涵", "f"),
    ("Haoran", "浩然", "m"),
    ("Qingsheng", "庆胜", "m"),
    ("Lina", "丽娜", "f"),
)


class Post(NamedTuple):
    """A post in an organisation, held by one person after another (``tenure`` in years)."""

    title_en: str  # "{country}" is the partner's English name, "{org}" the organisation's
    title_zh: str  # the same, with the Chinese names
    tenure: tuple[float, float]
    rank: DiplomaticRank | None = None
    internal_rank: int | None = None  # host side: lower ranks first
    # The title of the same post before a promotion, if holders are often promoted in it.
    junior: tuple[str, str] | None = None


class HostOrg(NamedTuple):
    key: str
    name_en: str
    name_zh: str
    kind: OrganisationKind
    short_name_en: str | None = None
    parent: str | None = None


HOST_ORGANISATIONS = (
    HostOrg(
        "scoda",
        "SCODA Administrative Committee",
        "上合示范区管委会",
        OrganisationKind.ADMINISTRATIVE_COMMITTEE,
        "SCODA",
    ),
    HostOrg(
        "intl",
        "International Cooperation Department, SCODA Administrative Committee",
        "上合示范区管委会国际合作部",
        OrganisationKind.GOVERNMENT_BODY,
        parent="scoda",
    ),
    HostOrg(
        "invest",
        "Investment Promotion Department, SCODA Administrative Committee",
        "上合示范区管委会投资促进部",
        OrganisationKind.GOVERNMENT_BODY,
        parent="scoda",
    ),
    HostOrg(
        "trade",
        "Modern Trade Department, SCODA Administrative Committee",
        "上合示范区管委会现代贸易部",
        OrganisationKind.GOVERNMENT_BODY,
        parent="scoda",
    ),
    HostOrg(
        "cpc",
        "CPC Working Committee of SCODA",
        "中共上合示范区工作委员会",
        OrganisationKind.PARTY_COMMITTEE,
    ),
)

# (host organisation key, post): the host side's posts; principal hosts come first.
HOST_POSTS = (
    (
        "cpc",
        Post(
            "Secretary of CPC Working Committee of SCODA",
            "上合示范区党工委书记",
            (4, 6),
            internal_rank=10,
        ),
    ),
    (
        "scoda",
        Post(
            "Director of SCODA Administrative Committee",
            "上合示范区管委会主任",
            (3, 6),
            internal_rank=20,
        ),
    ),
    (
        "scoda",
        Post(
            "Deputy Director of SCODA Administrative Committee",
            "上合示范区管委会副主任",
            (3, 6),
            internal_rank=30,
        ),
    ),
    (
        "scoda",
        Post(
            "Deputy Director of SCODA Administrative Committee",
            "上合示范区管委会副主任",
            (3, 6),
            internal_rank=30,
        ),
    ),
    (
        "intl",
        Post(
            "Director of the International Cooperation Department",
            "国际合作部部长",
            (3, 6),
            internal_rank=40,
            junior=(
                "Deputy Director of the International Cooperation Department",
                "国际合作部副部长",
            ),
        ),
    ),
    (
        "invest",
        Post(
            "Director of the Investment Promotion Department",
            "投资促进部部长",
            (3, 6),
            internal_rank=40,
        ),
    ),
    (
        "trade",
        Post("Director of the Modern Trade Department", "现代贸易部部长", (3, 6), internal_rank=40),
    ),
    ("intl", Post("Protocol Officer", "礼宾专员", (2, 6), internal_rank=60)),
    ("intl", Post("Interpreter", "翻译", (2, 6), internal_rank=70)),
    ("intl", Post("Interpreter", "翻译", (2, 6), internal_rank=70)),
)
PRINCIPAL_HOSTS = 7  # the first posts of HOST_POSTS: who may host a meeting
INTERPRETER_TITLE = "Interpreter"

EMBASSY_POSTS = (
    Post(
        "Ambassador of {country} to China",
        "{country}驻华大使",
        (3, 4.5),
        rank=DiplomaticRank.AMBASSADOR,
    ),
    Post(
        "Minister-Counsellor, Embassy of {country} in China",
        "{country}驻华使馆公使衔参赞",
        (2.5, 4),
        rank=DiplomaticRank.MINISTER_COUNSELLOR,
        junior=("Counsellor, Embassy of {country} in China", "{country}驻华使馆参赞"),
    ),
    Post(
        "Counsellor (Trade and Economic Affairs), Embassy of {country} in China",
        "{country}驻华使馆经商参赞",
        (2.5, 4),
        rank=DiplomaticRank.COUNSELLOR,
    ),
    Post(
        "First Secretary, Embassy of {country} in China",
        "{country}驻华使馆一等秘书",
        (2, 4),
        rank=DiplomaticRank.FIRST_SECRETARY,
        junior=("Second Secretary, Embassy of {country} in China", "{country}驻华使馆二等秘书"),
    ),
    Post(
        "Third Secretary, Embassy of {country} in China",
        "{country}驻华使馆三等秘书",
        (2, 3),
        rank=DiplomaticRank.THIRD_SECRETARY,
    ),
)
CHAMBER_POSTS = (
    Post("President of {org}", "{org}会长", (3, 8)),
    Post("Secretary General of {org}", "{org}秘书长", (3, 8)),
    Post("Head of the China Desk, {org}", "{org}中国事务负责人", (2, 6)),
)
COMPANY_POSTS = (
    Post(
        "Chief Executive Officer, {org}",
        "{org}首席执行官",
        (3, 9),
        junior=("Deputy Chief Executive Officer, {org}", "{org}副首席执行官"),
    ),
    Post("Director of International Sales, {org}", "{org}国际销售总监", (2, 6)),
    Post("Regional Manager for China, {org}", "{org}中国区经理", (2, 6)),
)

CHAMBER_NAMES = (
    ("{country} Chamber of Commerce and Industry", "{country}工商会"),
    ("{country}-China Business Council", "{country}中国商务理事会"),
)

# Company names: a place word of the country, an industry, a legal form.
PLACE_WORDS = {
    "KZ": ("Steppe", "Altai", "Caspian", "Almaty", "Saryarka", "Irtysh"),
    "RU": ("Volga", "Ural", "Baikal", "Siberian", "Amur", "Kama"),
    "UZ": ("Fergana", "Samarkand", "Bukhara", "Amu Darya", "Tashkent"),
    "PK": ("Indus", "Karakoram", "Punjab", "Sindh", "Lahore"),
    "KG": ("Issyk-Kul", "Tian Shan", "Naryn", "Chuy"),
    "TJ": ("Pamir", "Zeravshan", "Khujand", "Vakhsh"),
    "BY": ("Belaya Rus", "Minsk", "Polesie", "Neman"),
    "IN": ("Deccan", "Ganga", "Malabar", "Konkan", "Himalayan"),
    "IR": ("Caspian", "Zagros", "Persian Gulf", "Isfahan"),
    "ID": ("Nusantara", "Java", "Sumatra", "Borneo"),
    "TR": ("Anatolian", "Black Sea", "Bosphorus", "Aegean"),
    "MN": ("Gobi", "Khangai", "Orkhon", "Selenge"),
    "MY": ("Malacca", "Borneo", "Penang", "Johor"),
    "NP": ("Himalayan", "Everest", "Annapurna", "Terai"),
    "KH": ("Mekong", "Angkor", "Tonle Sap"),
    "AZ": ("Caspian", "Absheron", "Ganja"),
    "TM": ("Karakum", "Amu Darya", "Turkmen Gala"),
    "EG": ("Nile", "Delta", "Sinai", "Alexandria"),
    "SA": ("Red Sea", "Najd", "Hejaz"),
    "AE": ("Gulf", "Emirates", "Arabian"),
    "RS": ("Danube", "Morava", "Šumadija"),
    "QA": ("Doha", "Peninsula"),
}
INDUSTRIES = (
    ("Logistics", "物流"),
    ("Grain", "粮食"),
    ("Agromash", "农机"),
    ("Minerals", "矿产"),
    ("Textiles", "纺织"),
    ("Pharma", "制药"),
    ("Seafood Exports", "海产品出口"),
    ("Dairy", "乳业"),
    ("Energy", "能源"),
    ("Machinery", "机械"),
    ("Trading", "贸易"),
    ("Fruit and Vegetables", "果蔬"),
    ("Cashmere", "羊绒"),
    ("Rail Freight", "铁路货运"),
    ("Hazelnuts", "榛子"),
)
LEGAL_FORMS = ("Group", "Company", "Holding", "JSC", "LLC", "Corporation")

# Meeting themes: topics, and the shapes a theme takes ("{topic}", "{country}").
TOPICS = (
    ("Logistics Cooperation", "物流合作"),
    ("Cross-border E-commerce", "跨境电商"),
    ("Agricultural Trade", "农产品贸易"),
    ("Two-way Investment", "双向投资"),
    ("Energy and Minerals", "能源矿产"),
    ("Cultural Exchange", "人文交流"),
    ("Business Travel", "商务旅游"),
    ("the Marine Economy", "海洋经济"),
    ("Pharmaceutical Supply", "医药供应"),
    ("Halal Food Supply Chains", "清真食品供应链"),
    ("Modern Trade", "现代贸易"),
    ("Rail Freight to Central Asia", "中亚班列"),
    ("Dairy Imports", "乳制品进口"),
    ("the Textile Industry", "纺织产业"),
    ("the Digital Economy", "数字经济"),
    ("Vocational Training", "职业培训"),
    ("the SCO Expo", "上合博览会"),
    ("Bonded Warehousing", "保税仓储"),
)
THEME_SHAPES = (
    ("Video Meeting with {country} on {topic}", "与{country}{topic}视频会谈"),
    ("{topic}: a Working Meeting with {country}", "与{country}{topic}工作会谈"),
    ("Roundtable on {topic}", "{topic}圆桌会"),
    ("Courtesy Call by the Embassy of {country}", "{country}驻华使馆礼节性拜会"),
    ("{country} Business Delegation: {topic}", "{country}商务代表团：{topic}"),
    ("{topic} with Partners from {country}", "与{country}伙伴的{topic}交流"),
)

VENUES = (
    ("Service Center, SCODA", "上合示范区服务中心"),
    ("Conference Room 3, SCODA Administrative Committee", "上合示范区管委会第三会议室"),
    ("International Cooperation Hub for SCO Countries", "上合国家客商中心"),
    ("SCO Expo Hall, Jiaozhou", "胶州上合博览馆"),
    ("Qingdao Shangri-La Hotel", "青岛香格里拉大酒店"),
)
PLATFORMS = ("Zoom", "Tencent Meeting", "Microsoft Teams", "Webex")
INTERPRETATION = (
    "consecutive, Chinese-English",
    "consecutive, Chinese-Russian",
    "simultaneous, Chinese-English",
)
MEETING_NOTES = (
    "Test call one hour before the start.",
    "Backdrop and table flags of both countries.",
    "Gifts: SCODA album and tea set.",
    "Press line: both sides agreed to deepen practical cooperation.",
    "The guests asked for the slides in English beforehand.",
    "Photographer from the Publicity Department.",
)

# Outcome texts: "{country}", "{topic}" and "{org}" are filled in.
OUTCOME_TEXTS = {
    "proposal": (
        "The guests proposed a joint promotion event on {topic} in {country}.",
        "{org} suggested regular video calls on {topic}.",
    ),
    "agreement": (
        "Both sides will set up a working group on {topic}, meeting every quarter.",
        "Both sides agreed to exchange lists of companies interested in {topic}.",
    ),
    "follow_up": (
        "Send {org} the tariffs and timetable of the SCO multimodal rail service.",
        "Invite companies from {country} to the next SCO Expo.",
        "Share the contact list of chambers of commerce working on {topic}.",
        "Prepare a briefing on {topic} for the embassy of {country}.",
    ),
    "mou": ("Sign a memorandum of understanding with {org} on {topic}.",),
    "remark": (
        "SCODA offered fast customs clearance and efficient government services.",
        "The guests praised the International Cooperation Hub for SCO Countries.",
    ),
}
OUTCOME_NOTES = (
    "Done as agreed.",
    "Sent by e-mail; receipt confirmed.",
    "Overtaken by the new working group.",
)
