"""Demo data: the video meeting of 2 April 2021 from the example press release, and two years
of meetings with SCO and Belt and Road partners around a given day, for trying the application.

The records are plain data below; a few small functions turn them into rows. Dates other than
the 2021 meeting's are counted in days from ``today`` (past meetings held, the last ones still
to come), so the demo always looks current, and the same ``today`` always gives the same data:
every uid is derived from a fixed namespace and the record's key.

People other than the four of the 2021 release are fictional; links and addresses are
``example.com`` placeholders.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, func, select

from scoda_desktop.domain.enums import (
    Attendance,
    DiplomaticRank,
    HeadOfMissionClass,
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import (
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
)
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, office_today

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

__all__ = ["populate_demo"]

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "demo.scoda-desktop.invalid")

Day = date | int  # a calendar day, or a number of days from ``today``

BEIJING = OFFICE_TIME_ZONE  # embassy staff in Beijing keep the office's zone
ALMATY, TASHKENT, DUSHANBE = "Asia/Almaty", "Asia/Tashkent", "Asia/Dushanbe"
MOSCOW, MINSK, ISTANBUL = "Europe/Moscow", "Europe/Minsk", "Europe/Istanbul"
KARACHI, KOLKATA, KATHMANDU = "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu"
TEHRAN, YEKATERINBURG = "Asia/Tehran", "Asia/Yekaterinburg"

GIVEN_FIRST, FAMILY_FIRST, SINGLE = NameOrder.GIVEN_FIRST, NameOrder.FAMILY_FIRST, NameOrder.SINGLE
K = OrganisationKind
R = DiplomaticRank
HOST, PRINCIPAL, GUEST = (
    ParticipationRole.HOST,
    ParticipationRole.PRINCIPAL_GUEST,
    ParticipationRole.GUEST,
)
ATTENDEE, INTERPRETER, STAFF = (
    ParticipationRole.ATTENDEE,
    ParticipationRole.INTERPRETER,
    ParticipationRole.STAFF,
)
PROPOSAL, AGREEMENT, FOLLOW_UP, MOU, REMARK = (
    OutcomeKind.PROPOSAL,
    OutcomeKind.AGREEMENT,
    OutcomeKind.FOLLOW_UP,
    OutcomeKind.MOU,
    OutcomeKind.REMARK,
)
OPEN, DONE, DROPPED = OutcomeStatus.OPEN, OutcomeStatus.DONE, OutcomeStatus.DROPPED
HELD, CONFIRMED, PROPOSED, DRAFT, POSTPONED, CANCELLED = (
    MeetingStatus.HELD,
    MeetingStatus.CONFIRMED,
    MeetingStatus.PROPOSED,
    MeetingStatus.DRAFT,
    MeetingStatus.POSTPONED,
    MeetingStatus.CANCELLED,
)


# -- record shapes -----------------------------------------------------------------------------


class Org(NamedTuple):
    key: str
    name_en: str
    name_zh: str
    kind: OrganisationKind
    country: str
    short_name_en: str | None = None
    parent: str | None = None


class Post(NamedTuple):
    org: str
    title_en: str
    title_zh: str
    start: Day | None = None
    end: Day | None = None
    rank: DiplomaticRank | None = None
    hom_class: HeadOfMissionClass | None = None
    functions_since: Day | None = None  # took up functions at 10:00 Beijing time that day
    internal_rank: int | None = None  # host side: lower ranks first


class Who(NamedTuple):
    key: str
    family: str
    given: str | None
    order: NameOrder
    country: str
    posts: tuple[Post, ...]
    name_zh: str | None = None
    honorific: str | None = None
    first_ref: str | None = None
    second_ref: str | None = None
    salutation: str | None = None
    alternatives: tuple[str, ...] = ()
    zone: str = BEIJING  # where the person usually joins from
    bio: str | None = None
    notes: str | None = None


class Seat(NamedTuple):
    person: str
    role: ParticipationRole
    zone: str | None = None  # overrides the person's usual zone
    rsvp: Rsvp | None = None  # overrides the default for the meeting's status
    attendance: Attendance | None = None


class Result(NamedTuple):
    kind: OutcomeKind
    text_en: str
    owner: str | None = None
    due: Day | None = None
    status: OutcomeStatus = OPEN
    closed: Day | None = None
    note: str | None = None
    text_zh: str | None = None


class Link(NamedTuple):
    platform: str | None
    url: str | None
    code: str | None
    passcode: str | None = None


NO_LINK = Link(None, None, None)


class Talk(NamedTuple):
    key: str
    day: Day  # offsets falling on a weekend move to the nearest weekday
    start: str  # local wall-clock time in ``zone``
    minutes: int
    zone: str
    theme_en: str
    theme_zh: str
    status: MeetingStatus
    seats: tuple[Seat, ...]
    outcomes: tuple[Result, ...] = ()
    kind: MeetingKind = MeetingKind.VIDEO
    venue: str | None = None
    link: Link | None = None
    interpretation: str | None = None
    agenda: str | None = None
    objectives: str | None = None
    talking_points: str | None = None
    notes: str | None = None


# -- organisations -----------------------------------------------------------------------------

VENUES = {
    "service_center": ("Service Center, SCODA", "上合示范区服务中心"),
    "room_3": (
        "Conference Room 3, SCODA Administrative Committee",
        "上合示范区管委会第三会议室",
    ),
}

EMBASSIES = {  # country: (name in "Embassy of ... in China", Chinese name)
    "ID": ("Indonesia", "印度尼西亚"),
    "TJ": ("Tajikistan", "塔吉克斯坦"),
    "KZ": ("Kazakhstan", "哈萨克斯坦"),
    "UZ": ("Uzbekistan", "乌兹别克斯坦"),
    "KG": ("Kyrgyzstan", "吉尔吉斯斯坦"),
    "RU": ("Russia", "俄罗斯"),
    "PK": ("Pakistan", "巴基斯坦"),
    "BY": ("Belarus", "白俄罗斯"),
    "IR": ("Iran", "伊朗"),
    "IN": ("India", "印度"),
    "MN": ("Mongolia", "蒙古国"),
    "KH": ("Cambodia", "柬埔寨"),
    "NP": ("Nepal", "尼泊尔"),
    "MY": ("Malaysia", "马来西亚"),
    "EG": ("Egypt", "埃及"),
    "TR": ("Türkiye", "土耳其"),
}

ORGANISATIONS = (
    Org(
        "scoda",
        "SCODA Administrative Committee",
        "上合示范区管委会",
        K.ADMINISTRATIVE_COMMITTEE,
        "CN",
        "SCODA",
    ),
    Org(
        "scoda_intl",
        "International Cooperation Department, SCODA Administrative Committee",
        "上合示范区管委会国际合作部",
        K.GOVERNMENT_BODY,
        "CN",
        parent="scoda",
    ),
    Org(
        "scoda_invest",
        "Investment Promotion Department, SCODA Administrative Committee",
        "上合示范区管委会投资促进部",
        K.GOVERNMENT_BODY,
        "CN",
        parent="scoda",
    ),
    Org(
        "cpc_scoda",
        "CPC Working Committee of SCODA",
        "中共上合示范区工作委员会",
        K.PARTY_COMMITTEE,
        "CN",
    ),
    Org("cpc_jiaozhou", "CPC Jiaozhou Committee", "中共胶州市委员会", K.PARTY_COMMITTEE, "CN"),
    *(
        Org(
            f"embassy_{code.lower()}",
            f"Embassy of {name} in China",
            f"{zh}驻华大使馆",
            K.EMBASSY,
            code,
        )
        for code, (name, zh) in EMBASSIES.items()
    ),
    Org("steppe_express", "Steppe Express Logistics", "草原快运物流公司", K.COMPANY, "KZ"),
    Org("volga_grain", "Volga Grain Terminal", "伏尔加粮食码头公司", K.COMPANY, "RU"),
    Org("ural_agromash", "Ural Agromash", "乌拉尔农机公司", K.COMPANY, "RU"),
    Org("indus_seafood", "Indus Seafood Exports", "印度河海产品出口公司", K.COMPANY, "PK"),
    Org(
        "dairy_union",
        "Belarusian Dairy Exporters Union",
        "白俄罗斯乳制品出口商联合会",
        K.CHAMBER_OF_COMMERCE,
        "BY",
    ),
    Org(
        "saffron_coop",
        "Caspian Saffron Growers Cooperative",
        "里海藏红花种植合作社",
        K.COMPANY,
        "IR",
    ),
    Org("deccan_pharma", "Deccan Pharma Exports", "德干制药出口公司", K.COMPANY, "IN"),
    Org(
        "herbs_association",
        "Himalayan Herbs Producers Association",
        "喜马拉雅草药生产者协会",
        K.CHAMBER_OF_COMMERCE,
        "NP",
    ),
    Org(
        "fergana_fruit",
        "Fergana Valley Fruit and Vegetable Exporters Association",
        "费尔干纳谷地果蔬出口商协会",
        K.CHAMBER_OF_COMMERCE,
        "UZ",
    ),
    Org(
        "hazelnut_traders",
        "Black Sea Hazelnut Traders Association",
        "黑海榛子贸易商协会",
        K.CHAMBER_OF_COMMERCE,
        "TR",
    ),
    Org("pamir_minerals", "Pamir Minerals", "帕米尔矿产公司", K.COMPANY, "TJ"),
)


# -- people ------------------------------------------------------------------------------------

_DEPUTY_DIRECTOR = ("Deputy Director of SCODA Administrative Committee", "上合示范区管委会副主任")

PEOPLE = (
    # The four people of the 2021 release, with their posts at the time.
    Who(
        "liu_jianjun",
        "Liu",
        "Jianjun",
        FAMILY_FIRST,
        "CN",
        (
            Post(
                "cpc_jiaozhou",
                "Member of the Standing Committee of CPC Qingdao Committee and "
                "Secretary of CPC Jiaozhou Committee",
                "青岛市委常委，胶州市委书记",
                internal_rank=5,
            ),
        ),
        name_zh="刘建军",
        honorific="Mr",
    ),
    Who(
        "meng_qingsheng",
        "Meng",
        "Qingsheng",
        FAMILY_FIRST,
        "CN",
        (Post("scoda", *_DEPUTY_DIRECTOR, internal_rank=30),),
        name_zh="孟庆胜",
        honorific="Mr",
    ),
    Who(
        "djauhari_oratmangun",
        "Oratmangun",
        "Djauhari",
        GIVEN_FIRST,
        "ID",
        (
            Post(
                "embassy_id",
                "Indonesian Ambassador to China",
                "印度尼西亚驻华大使",
                start=date(2018, 12, 10),
                rank=R.AMBASSADOR,
                hom_class=HeadOfMissionClass.AMBASSADOR,
                functions_since=date(2019, 1, 22),
            ),
        ),
        name_zh="周浩黎",
        honorific="H.E.",
        first_ref="Djauhari Oratmangun",
        second_ref="Oratmangun",
        salutation="H.E. Mr Djauhari Oratmangun",
        notes="Demo record: the dates of his post are illustrative.",
    ),
    Who(
        "muhammed_igormonzod",
        "Igormonzod",
        "Muhammed",
        GIVEN_FIRST,
        "TJ",
        (
            Post(
                "embassy_tj",
                "Deputy Ambassador of Tajikistan to China",
                "塔吉克斯坦驻华副大使",
                rank=R.DEPUTY_HEAD_OF_MISSION,
            ),
        ),
        honorific="Mr",
        first_ref="Muhammed Igormonzod",
        second_ref="Muhammed Igormonzod",  # as SCODA's 2021 release refers to him
        salutation="Mr Muhammed Igormonzod",
        alternatives=("Muhammad Egamzod",),
    ),
    # Host side (fictional).
    Who(
        "sun_zhiqiang",
        "Sun",
        "Zhiqiang",
        FAMILY_FIRST,
        "CN",
        (
            Post(
                "cpc_scoda",
                "Secretary of CPC Working Committee of SCODA",
                "上合示范区党工委书记",
                start=-1200,
                internal_rank=10,
            ),
        ),
        name_zh="孙志强",
        honorific="Mr",
    ),
    Who(
        "wang_haiyan",
        "Wang",
        "Haiyan",
        FAMILY_FIRST,
        "CN",
        (
            Post("scoda", *_DEPUTY_DIRECTOR, start=-1500, end=-301, internal_rank=30),
            Post(
                "scoda",
                "Director of SCODA Administrative Committee",
                "上合示范区管委会主任",
                start=-300,
                internal_rank=20,
            ),
        ),
        name_zh="王海燕",
        honorific="Ms",
        bio="Promoted Director of the Administrative Committee after four years as deputy "
        "in charge of logistics and foreign trade.",
    ),
    Who(
        "zhao_lei",
        "Zhao",
        "Lei",
        FAMILY_FIRST,
        "CN",
        (Post("scoda", *_DEPUTY_DIRECTOR, start=-1000, internal_rank=30),),
        name_zh="赵磊",
        honorific="Mr",
    ),
    Who(
        "chen_jing",
        "Chen",
        "Jing",
        FAMILY_FIRST,
        "CN",
        (
            Post(
                "scoda_intl",
                "Deputy Director of the International Cooperation Department",
                "国际合作部副部长",
                start=-1400,
                end=-401,
                internal_rank=50,
            ),
            Post(
                "scoda_intl",
                "Director of the International Cooperation Department",
                "国际合作部部长",
                start=-400,
                internal_rank=40,
            ),
        ),
        name_zh="陈静",
        honorific="Ms",
    ),
    Who(
        "gao_peng",
        "Gao",
        "Peng",
        FAMILY_FIRST,
        "CN",
        (
            Post(
                "scoda_invest",
                "Director of the Investment Promotion Department",
                "投资促进部部长",
                start=-1300,
                internal_rank=40,
            ),
        ),
        name_zh="高鹏",
        honorific="Mr",
    ),
    Who(
        "han_xue",
        "Han",
        "Xue",
        FAMILY_FIRST,
        "CN",
        (Post("scoda_intl", "Protocol Officer", "礼宾专员", start=-1100, internal_rank=60),),
        name_zh="韩雪",
        honorific="Ms",
    ),
    Who(
        "xu_yuting",
        "Xu",
        "Yuting",
        FAMILY_FIRST,
        "CN",
        (Post("scoda_intl", "Interpreter", "翻译", start=-900, internal_rank=70),),
        name_zh="徐雨婷",
        honorific="Ms",
        bio="Interprets Chinese-Russian and Chinese-English.",
    ),
    # Guests (fictional).
    Who(
        "tokhtarov",
        "Tokhtarov",
        "Yerlan",
        GIVEN_FIRST,
        "KZ",
        (
            Post(
                "embassy_kz",
                "Ambassador of Kazakhstan to China",
                "哈萨克斯坦驻华大使",
                start=-930,
                rank=R.AMBASSADOR,
                hom_class=HeadOfMissionClass.AMBASSADOR,
                functions_since=-900,
            ),
        ),
        honorific="H.E.",
        salutation="H.E. Mr Yerlan Tokhtarov",
        bio="Career diplomat; previously Consul General in Urumqi.",
    ),
    Who(
        "dzhumabaev",
        "Dzhumabaev",
        "Talant",
        GIVEN_FIRST,
        "KG",
        (
            Post(
                "embassy_kg",
                "Ambassador of Kyrgyzstan to China",
                "吉尔吉斯斯坦驻华大使",
                start=-800,
                rank=R.AMBASSADOR,
                hom_class=HeadOfMissionClass.AMBASSADOR,
                functions_since=-780,
            ),
        ),
        honorific="H.E.",
        salutation="H.E. Mr Talant Dzhumabaev",
        alternatives=("Talant Jumabaev",),
    ),
    Who(
        "zhaksylykova",
        "Zhaksylykova",
        "Aigerim",
        GIVEN_FIRST,
        "KZ",
        (
            Post(
                "embassy_kz",
                "Counsellor (Trade and Economic Affairs), Embassy of Kazakhstan in China",
                "哈萨克斯坦驻华使馆经商参赞",
                start=-1000,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Ms",
    ),
    Who(
        "omarov",
        "Omarov",
        "Daniyar",
        GIVEN_FIRST,
        "KZ",
        (
            Post(
                "steppe_express",
                "Chief Executive Officer, Steppe Express Logistics",
                "草原快运物流公司首席执行官",
            ),
        ),
        honorific="Mr",
        zone=ALMATY,
    ),
    Who(
        "rakhimov",
        "Rakhimov",
        "Bakhodir",
        GIVEN_FIRST,
        "UZ",
        (
            Post(
                "embassy_uz",
                "Counsellor, Embassy of Uzbekistan in China",
                "乌兹别克斯坦驻华使馆参赞",
                start=-1100,
                end=-351,
                rank=R.COUNSELLOR,
            ),
            Post(
                "embassy_uz",
                "Minister-Counsellor and Deputy Head of Mission, Embassy of Uzbekistan in China",
                "乌兹别克斯坦驻华使馆公使衔参赞、副馆长",
                start=-350,
                rank=R.DEPUTY_HEAD_OF_MISSION,
            ),
        ),
        honorific="Mr",
        alternatives=("Bahodir Rahimov",),
    ),
    Who(
        "nazarov",
        "Nazarov",
        "Shavkat",
        GIVEN_FIRST,
        "UZ",
        (
            Post(
                "fergana_fruit",
                "Chairman, Fergana Valley Fruit and Vegetable Exporters Association",
                "费尔干纳谷地果蔬出口商协会会长",
            ),
        ),
        honorific="Mr",
        zone=TASHKENT,
    ),
    Who(
        "toktogulova",
        "Toktogulova",
        "Ainura",
        GIVEN_FIRST,
        "KG",
        (
            Post(
                "embassy_kg",
                "First Secretary, Embassy of Kyrgyzstan in China",
                "吉尔吉斯斯坦驻华使馆一秘",
                start=-1000,
                end=-251,
                rank=R.FIRST_SECRETARY,
            ),
            Post(
                "embassy_kg",
                "Counsellor, Embassy of Kyrgyzstan in China",
                "吉尔吉斯斯坦驻华使馆参赞",
                start=-250,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Ms",
    ),
    Who(
        "gordeev",
        "Gordeev",
        "Pavel",
        GIVEN_FIRST,
        "RU",
        (
            Post(
                "embassy_ru",
                "Counsellor for Trade and Economic Affairs, Embassy of Russia in China",
                "俄罗斯驻华使馆经济商务参赞",
                start=-1200,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Mr",
    ),
    Who(
        "morozova",
        "Morozova",
        "Elena",
        GIVEN_FIRST,
        "RU",
        (
            Post(
                "volga_grain",
                "Commercial Director, Volga Grain Terminal",
                "伏尔加粮食码头公司商务总监",
            ),
        ),
        honorific="Ms",
        zone=MOSCOW,
    ),
    Who(
        "sokolov",
        "Sokolov",
        "Dmitry",
        GIVEN_FIRST,
        "RU",
        (
            Post(
                "ural_agromash", "Deputy General Director, Ural Agromash", "乌拉尔农机公司副总经理"
            ),
        ),
        honorific="Mr",
        zone=YEKATERINBURG,
    ),
    Who(
        "siddiqui",
        "Siddiqui",
        "Faisal Mahmood",
        GIVEN_FIRST,
        "PK",
        (
            Post(
                "embassy_pk",
                "Commercial Counsellor, Embassy of Pakistan in China",
                "巴基斯坦驻华使馆商务参赞",
                start=-1100,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Mr",
    ),
    Who(
        "rehman",
        "Rehman",
        "Ayesha",
        GIVEN_FIRST,
        "PK",
        (
            Post(
                "indus_seafood",
                "Managing Director, Indus Seafood Exports",
                "印度河海产品出口公司董事总经理",
            ),
        ),
        honorific="Ms",
        zone=KARACHI,
    ),
    Who(
        "dubrouski",
        "Dubrouski",
        "Aliaksandr",
        GIVEN_FIRST,
        "BY",
        (
            Post(
                "embassy_by",
                "Counsellor, Embassy of Belarus in China",
                "白俄罗斯驻华使馆参赞",
                start=-1000,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Mr",
        alternatives=("Alexander Dubrovsky",),
    ),
    Who(
        "karpovich",
        "Karpovich",
        "Natallia",
        GIVEN_FIRST,
        "BY",
        (
            Post(
                "dairy_union",
                "Chair, Belarusian Dairy Exporters Union",
                "白俄罗斯乳制品出口商联合会主席",
            ),
        ),
        honorific="Ms",
        zone=MINSK,
    ),
    Who(
        "farahani",
        "Farahani",
        "Hossein",
        GIVEN_FIRST,
        "IR",
        (
            Post(
                "embassy_ir",
                "Commercial Counsellor, Embassy of Iran in China",
                "伊朗驻华使馆商务参赞",
                start=-900,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Mr",
    ),
    Who(
        "hosseini",
        "Hosseini",
        "Maryam",
        GIVEN_FIRST,
        "IR",
        (
            Post(
                "saffron_coop",
                "Managing Director, Caspian Saffron Growers Cooperative",
                "里海藏红花种植合作社总经理",
            ),
        ),
        honorific="Ms",
        zone=TEHRAN,
    ),
    Who(
        "raghavan",
        "Raghavan",
        "Priya",
        GIVEN_FIRST,
        "IN",
        (
            Post(
                "deccan_pharma",
                "Director, International Business, Deccan Pharma Exports",
                "德干制药出口公司国际业务总监",
            ),
        ),
        honorific="Ms",
        zone=KOLKATA,
    ),
    Who(
        "malhotra",
        "Malhotra",
        "Rohit",
        GIVEN_FIRST,
        "IN",
        (
            Post(
                "embassy_in",
                "First Secretary (Commerce), Embassy of India in China",
                "印度驻华使馆一秘（商务）",
                start=-800,
                rank=R.FIRST_SECRETARY,
            ),
        ),
        honorific="Mr",
    ),
    Who(
        "munkhjargal",
        "Dorj",
        "Munkhjargal",
        GIVEN_FIRST,
        "MN",
        (
            Post(
                "embassy_mn",
                "Minister-Counsellor and Deputy Head of Mission, Embassy of Mongolia in China",
                "蒙古国驻华使馆公使衔参赞、副馆长",
                start=-900,
                rank=R.DEPUTY_HEAD_OF_MISSION,
            ),
        ),
        honorific="Mr",
        second_ref="Munkhjargal",
        notes="Mongolian usage: Dorj is the patronymic; he is referred to by his given name.",
    ),
    Who(
        "chea_sophal",
        "Chea",
        "Sophal",
        FAMILY_FIRST,
        "KH",
        (
            Post(
                "embassy_kh",
                "Counsellor, Embassy of Cambodia in China",
                "柬埔寨驻华使馆参赞",
                start=-1000,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Mr",
    ),
    Who(
        "shrestha",
        "Shrestha",
        "Sunita",
        GIVEN_FIRST,
        "NP",
        (
            Post(
                "embassy_np",
                "Minister Counsellor, Embassy of Nepal in China",
                "尼泊尔驻华使馆公使衔参赞",
                start=-900,
                rank=R.MINISTER_COUNSELLOR,
            ),
        ),
        honorific="Ms",
    ),
    Who(
        "gurung",
        "Gurung",
        "Dipak",
        GIVEN_FIRST,
        "NP",
        (
            Post(
                "herbs_association",
                "President, Himalayan Herbs Producers Association",
                "喜马拉雅草药生产者协会会长",
            ),
        ),
        honorific="Mr",
        zone=KATHMANDU,
    ),
    Who(
        "nurul_aini",
        "Nurul Aini binti Ahmad",
        None,
        SINGLE,
        "MY",
        (
            Post(
                "embassy_my",
                "Commercial Attaché, Embassy of Malaysia in China",
                "马来西亚驻华使馆商务专员",
                start=-800,
                rank=R.ATTACHE,
            ),
        ),
        honorific="Ms",
        first_ref="Nurul Aini Ahmad",
        second_ref="Nurul Aini",
        salutation="Ms Nurul Aini Ahmad",
    ),
    Who(
        "mansour",
        "Mansour",
        "Tarek",
        GIVEN_FIRST,
        "EG",
        (
            Post(
                "embassy_eg",
                "Commercial Counsellor, Embassy of Egypt in China",
                "埃及驻华使馆商务参赞",
                start=-700,
                rank=R.COUNSELLOR,
            ),
        ),
        honorific="Mr",
    ),
    Who(
        "yildirim",
        "Yıldırım",
        "Elif",
        GIVEN_FIRST,
        "TR",
        (
            Post(
                "embassy_tr",
                "Deputy Chief of Mission, Embassy of Türkiye in China",
                "土耳其驻华使馆副馆长",
                start=-800,
                rank=R.DEPUTY_HEAD_OF_MISSION,
            ),
        ),
        honorific="Ms",
        alternatives=("Elif Yildirim",),
    ),
    Who(
        "aksoy",
        "Aksoy",
        "Murat",
        GIVEN_FIRST,
        "TR",
        (
            Post(
                "hazelnut_traders",
                "Secretary General, Black Sea Hazelnut Traders Association",
                "黑海榛子贸易商协会秘书长",
            ),
        ),
        honorific="Mr",
        zone=ISTANBUL,
    ),
    Who(
        "wiryanto",
        "Wiryanto",
        None,
        SINGLE,
        "ID",
        (
            Post(
                "embassy_id",
                "Commercial Attaché, Embassy of Indonesia in China",
                "印度尼西亚驻华使馆商务专员",
                start=-900,
                rank=R.ATTACHE,
            ),
        ),
        honorific="Mr",
        salutation="Mr Wiryanto",
    ),
    Who(
        "saidzoda",
        "Saidzoda",
        "Firuz",
        GIVEN_FIRST,
        "TJ",
        (Post("pamir_minerals", "General Director, Pamir Minerals", "帕米尔矿产公司总经理"),),
        honorific="Mr",
        alternatives=("Firuz Saidov",),
        zone=DUSHANBE,
        notes="Uses the -zoda form of his surname since 2020; older letters say Saidov.",
    ),
)


# -- meetings ----------------------------------------------------------------------------------

CHINESE_ENGLISH = "consecutive, Chinese-English"
CHINESE_RUSSIAN = "consecutive, Chinese-Russian"


def _zoom(code: str, passcode: str) -> Link:
    return Link("Zoom", f"https://example.com/zoom/j/{code.replace(' ', '')}", code, passcode)


def _tencent(code: str) -> Link:
    return Link("Tencent Meeting", f"https://example.com/tencent/{code.replace('-', '')}", code)


def _teams(code: str, passcode: str) -> Link:
    url = f"https://example.com/teams/meet/{code.replace(' ', '')}"
    return Link("Microsoft Teams", url, code, passcode)


CLOUD_MEETING_2021 = Talk(
    "cloud-meeting-2021-04-02",
    date(2021, 4, 2),
    "15:00",
    60,
    BEIJING,
    "Cloud Meeting for Common Development",
    "云端共谋发展会见",
    HELD,
    (
        Seat("liu_jianjun", HOST),
        Seat("djauhari_oratmangun", PRINCIPAL),
        Seat("muhammed_igormonzod", GUEST),
        Seat("meng_qingsheng", ATTENDEE),
    ),
    (
        Result(
            PROPOSAL,
            "Ambassador Oratmangun and Deputy Ambassador Igormonzod each suggested ways to take "
            "their countries' cooperation with SCODA further; Secretary Liu welcomed the ideas.",
        ),
        Result(
            AGREEMENT,
            "Both sides will work together more closely on international logistics, modern "
            "trade, two-way investment, business travel, culture and the marine economy, by "
            "bringing companies together and encouraging bilateral and multilateral business.",
        ),
        Result(
            FOLLOW_UP,
            "Ask both embassies to bring chambers of commerce and associations for mining "
            "resources, agricultural products and featured products to the International "
            "Cooperation Hub for SCO Countries.",
            owner="meng_qingsheng",
            due=date(2021, 6, 30),
            status=DONE,
            closed=date(2021, 6, 21),
            note="Both embassies sent contacts of chambers of commerce; passed to the Hub.",
        ),
        Result(
            REMARK,
            "SCODA offered the guests' companies fast customs clearance and efficient "
            "government services.",
        ),
    ),
    venue="service_center",
    interpretation=CHINESE_ENGLISH,
    agenda="1. SCODA and the five centres (Secretary Liu)\n"
    "2. Remarks by the Ambassador and the Deputy Ambassador\n"
    "3. Fields for further cooperation",
    objectives="Introduce SCODA and its five centres to the embassies of Indonesia and "
    "Tajikistan; obtain their help in bringing chambers of commerce to the International "
    "Cooperation Hub for SCO Countries.",
)

TALKS = (
    CLOUD_MEETING_2021,
    Talk(
        "logistics-roundtable",
        -712,
        "15:00",
        90,
        BEIJING,
        "SCO Logistics Corridor Roundtable",
        "上合物流通道圆桌会",
        HELD,
        (
            Seat("sun_zhiqiang", HOST),
            Seat("tokhtarov", PRINCIPAL),
            Seat("dzhumabaev", PRINCIPAL),
            Seat("rakhimov", GUEST),
            Seat("wang_haiyan", ATTENDEE),
            Seat("chen_jing", ATTENDEE),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                AGREEMENT,
                "Set up a working group of SCODA and the three embassies on rail freight to "
                "Central Asia, meeting every quarter.",
                owner="wang_haiyan",
                status=DONE,
                closed=-650,
                note="First meeting of the working group held.",
            ),
            Result(
                FOLLOW_UP,
                "Send the three embassies the multimodal rail timetable and tariffs.",
                owner="chen_jing",
                due=-690,
                status=DONE,
                closed=-698,
            ),
        ),
        link=_zoom("834 1229 9017", "sco712"),
        interpretation="simultaneous, Chinese-Russian",
        agenda="1. Opening remarks (Secretary Sun)\n2. Rail freight to Central Asia\n"
        "3. Customs facilitation\n4. Next steps",
    ),
    Talk(
        "steppe-express-khorgos",
        -680,
        "11:00",
        60,
        ALMATY,
        "Rail-Road Freight Through Khorgos",
        "经霍尔果斯的铁公联运",
        HELD,
        (
            Seat("gao_peng", HOST),
            Seat("omarov", PRINCIPAL),
            Seat("zhaksylykova", GUEST),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(PROPOSAL, "Steppe Express proposed a weekly block train Jiaozhou-Almaty."),
            Result(
                FOLLOW_UP,
                "Arrange a call between Steppe Express and the multimodal logistics park.",
                owner="gao_peng",
                due=-660,
                status=DONE,
                closed=-664,
            ),
        ),
        link=_tencent("627-418-903"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "volga-grain",
        -650,
        "10:00",
        60,
        MOSCOW,
        "Grain Imports from the Volga Region",
        "伏尔加地区粮食进口",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("morozova", PRINCIPAL),
            Seat("gordeev", GUEST),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                PROPOSAL, "Volga Grain Terminal proposed rail shipments of wheat via Kazakhstan."
            ),
            Result(
                FOLLOW_UP,
                "Compare costs of the rail route via Kazakhstan and the sea route for grain.",
                owner="gao_peng",
                due=-600,
                status=DROPPED,
                closed=-610,
                note="The company put its China plans on hold.",
            ),
        ),
        link=_zoom("851 0042 7730", "volga1"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "indus-seafood",
        -622,
        "15:00",
        60,
        BEIJING,
        "Cold-Chain Trade in Pakistani Seafood",
        "巴基斯坦海产品冷链贸易",
        HELD,
        (
            Seat("wang_haiyan", HOST),
            Seat("siddiqui", PRINCIPAL),
            Seat("rehman", GUEST),
            Seat("han_xue", STAFF),
        ),
        (
            Result(
                FOLLOW_UP,
                "Send Indus Seafood the quarantine rules for frozen fish entering at Qingdao.",
                owner="han_xue",
                due=-600,
                status=DONE,
                closed=-605,
            ),
        ),
        link=_teams("349 220 118 45", "Fx7q2k"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "belarus-dairy",
        -593,
        "10:00",
        75,
        MINSK,
        "Belarusian Dairy Products in Shandong",
        "白俄罗斯乳制品进入山东市场",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("dubrouski", PRINCIPAL),
            Seat("karpovich", GUEST),
            Seat("chen_jing", ATTENDEE),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                MOU,
                "Memorandum of understanding with the Belarusian Dairy Exporters Union on a "
                "dairy display at the SCO exhibition hall.",
                owner="chen_jing",
                due=-560,
                status=DONE,
                closed=-566,
                note="Signed by exchange of letters.",
            ),
            Result(
                FOLLOW_UP,
                "Reserve display space for six Belarusian dairy brands.",
                owner="chen_jing",
                due=-540,
                status=DONE,
                closed=-545,
            ),
        ),
        link=_zoom("862 7715 0391", "milk593"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "saffron-trade",
        -565,
        "10:30",
        60,
        TEHRAN,
        "Saffron and Dried Fruit Trade",
        "藏红花与干果贸易",
        HELD,
        (
            Seat("gao_peng", HOST),
            Seat("farahani", PRINCIPAL),
            Seat("hosseini", GUEST),
        ),
        (
            Result(
                FOLLOW_UP,
                "Introduce the cooperative to two Qingdao importers of dried fruit.",
                owner="gao_peng",
                due=-530,
                status=DONE,
                closed=-540,
            ),
        ),
        link=_tencent("715-302-664"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "mongolia-livestock",
        -538,
        "10:00",
        90,
        BEIJING,
        "Mongolian Livestock Products and Cross-Border Logistics",
        "蒙古国畜产品与跨境物流",
        HELD,
        (
            Seat("wang_haiyan", HOST),
            Seat("munkhjargal", PRINCIPAL),
            Seat("gao_peng", ATTENDEE),
            Seat("han_xue", STAFF),
        ),
        (
            Result(PROPOSAL, "The embassy proposed a cashmere and meat products fair at SCODA."),
            Result(
                FOLLOW_UP,
                "Send the embassy the investment guide for meat and cashmere processing.",
                owner="gao_peng",
                due=-520,
                status=DONE,
                closed=-525,
            ),
        ),
        kind=MeetingKind.IN_PERSON,
        venue="room_3",
        interpretation="consecutive, Chinese-Mongolian (embassy interpreter)",
    ),
    Talk(
        "deccan-pharma",
        -505,
        "12:30",
        60,
        KOLKATA,
        "Sourcing Pharmaceutical Raw Materials",
        "医药原料采购合作",
        HELD,
        (
            Seat("gao_peng", HOST),
            Seat("raghavan", PRINCIPAL),
            Seat("malhotra", GUEST),
        ),
        (
            Result(
                FOLLOW_UP,
                "List the bonded warehouses in SCODA licensed for pharmaceutical materials.",
                owner="han_xue",
                due=-480,
                status=DONE,
                closed=-488,
            ),
        ),
        link=_teams("318 604 772 19", "Dp4s9w"),
    ),
    Talk(
        "cambodia-rice",
        -476,
        "15:00",
        60,
        BEIJING,
        "Cambodian Rice and Cassava Through Qingdao",
        "柬埔寨大米和木薯经青岛进口",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("chea_sophal", PRINCIPAL),
            Seat("han_xue", STAFF),
        ),
        (
            Result(
                FOLLOW_UP,
                "Ask Qingdao customs for the list of registered Cambodian rice exporters.",
                owner="han_xue",
                due=-450,
                status=DONE,
                closed=-455,
            ),
        ),
        link=_tencent("508-993-217"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "nepal-herbs",
        -447,
        "12:45",
        60,
        KATHMANDU,
        "Himalayan Herbs and Featured Products",
        "喜马拉雅草药与特色产品",
        HELD,
        (
            Seat("chen_jing", HOST),
            Seat("shrestha", PRINCIPAL),
            Seat("gurung", GUEST),
        ),
        (
            Result(
                FOLLOW_UP,
                "Invite the Himalayan Herbs Producers Association to the International "
                "Cooperation Hub for SCO Countries.",
                owner="chen_jing",
                due=-420,
                status=DONE,
                closed=-431,
            ),
        ),
        link=_zoom("845 3390 1276", "herb447"),
    ),
    Talk(
        "fergana-fruit",
        -418,
        "11:00",
        60,
        TASHKENT,
        "A Fresh Fruit Corridor from the Fergana Valley",
        "费尔干纳谷地鲜果通道",
        HELD,
        (
            Seat("wang_haiyan", HOST),
            Seat("rakhimov", PRINCIPAL),
            Seat("nazarov", GUEST),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                FOLLOW_UP,
                "Share the cold-chain rail schedule with the exporters' association.",
                owner="chen_jing",
                due=-400,
                status=DONE,
                closed=-404,
            ),
        ),
        link=_zoom("827 6654 3018", "fruit418"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "black-sea-hazelnuts",
        -361,
        "10:00",
        60,
        ISTANBUL,
        "Hazelnuts and Dried Fruit from the Black Sea Coast",
        "黑海沿岸榛子和干果",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("yildirim", PRINCIPAL),
            Seat("aksoy", GUEST),
            Seat("chen_jing", ATTENDEE),
        ),
        (
            Result(
                FOLLOW_UP,
                "Book a stand for the association at the SCO trade fair.",
                owner="chen_jing",
                due=-330,
                status=DONE,
                closed=-336,
            ),
        ),
        link=_zoom("871 2203 5546", "nut361"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "kyrgyz-agri",
        -332,
        "15:00",
        60,
        BEIJING,
        "Kyrgyz Agricultural Products at SCODA",
        "吉尔吉斯斯坦农产品展销",
        HELD,
        (
            Seat("chen_jing", HOST),
            Seat("toktogulova", PRINCIPAL),
            Seat("han_xue", STAFF),
        ),
        (
            Result(
                FOLLOW_UP,
                "Send the embassy the conditions for a permanent display at the exhibition hall.",
                owner="han_xue",
                due=-310,
                status=DONE,
                closed=-318,
            ),
        ),
        link=_tencent("690-115-482"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "malaysia-halal",
        -303,
        "15:00",
        60,
        BEIJING,
        "Halal Food and Palm Products",
        "清真食品与棕榈产品",
        HELD,
        (
            Seat("gao_peng", HOST),
            Seat("nurul_aini", PRINCIPAL),
        ),
        (
            Result(
                FOLLOW_UP,
                "Send the embassy a list of halal-certified food importers in Shandong.",
                owner="han_xue",
                due=-280,
            ),
        ),
        link=_teams("377 941 205 63", "Hl2m8v"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "indonesia-coffee",
        -270,
        "15:00",
        60,
        BEIJING,
        "Indonesian Coffee and Spices",
        "印度尼西亚咖啡与香料",
        HELD,
        (
            Seat("chen_jing", HOST),
            Seat("wiryanto", PRINCIPAL),
        ),
        (
            Result(
                FOLLOW_UP,
                "Put the embassy in touch with the SCO exhibition hall's buyer programme.",
                owner="chen_jing",
                due=-250,
                status=DONE,
                closed=-256,
            ),
        ),
        link=_zoom("839 4410 2287", "kopi270"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "kazakhstan-dialogue",
        -238,
        "10:00",
        120,
        BEIJING,
        "Kazakhstan-SCODA Trade and Investment Dialogue",
        "哈萨克斯坦—上合示范区贸易投资对话会",
        HELD,
        (
            Seat("sun_zhiqiang", HOST),
            Seat("tokhtarov", PRINCIPAL),
            Seat("zhaksylykova", GUEST),
            Seat("omarov", GUEST),
            Seat("wang_haiyan", ATTENDEE),
            Seat("gao_peng", ATTENDEE),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(AGREEMENT, "Hold a Kazakh products week at the SCO exhibition hall."),
            Result(
                FOLLOW_UP,
                "Draft the programme of the Kazakh products week with the embassy.",
                owner="gao_peng",
                due=-45,
            ),
            Result(
                FOLLOW_UP,
                "Send the embassy container volumes Jiaozhou-Almaty for the last two years.",
                owner="chen_jing",
                due=-220,
                status=DONE,
                closed=-225,
            ),
        ),
        kind=MeetingKind.HYBRID,
        venue="service_center",
        link=_zoom("816 5523 0094", "kz238"),
        interpretation="simultaneous, Chinese-Russian",
        agenda="1. Welcome (Secretary Sun)\n2. Address by Ambassador Tokhtarov\n"
        "3. Steppe Express: rail-road freight results\n4. A Kazakh products week at SCODA",
        objectives="Agree a date for a Kazakh products week; confirm Steppe Express's second "
        "weekly train.",
        talking_points="To Ambassador Tokhtarov: thank him for the embassy's support of the "
        "logistics working group; propose the products week in the autumn.\n"
        "To Mr Omarov: welcome the first year of the block train; ask about a second weekly "
        "departure.",
    ),
    Talk(
        "uzbek-textiles",
        -182,
        "11:00",
        60,
        TASHKENT,
        "Textile Investment from Uzbekistan",
        "乌兹别克斯坦纺织业投资",
        HELD,
        (
            Seat("wang_haiyan", HOST),
            Seat("rakhimov", PRINCIPAL, zone=TASHKENT),  # on home leave that week
            Seat("nazarov", GUEST),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                FOLLOW_UP,
                "Send the embassy the textile park's land and energy prices.",
                owner="gao_peng",
                due=-160,
                status=DONE,
                closed=-166,
            ),
        ),
        link=_zoom("858 0172 6643", "cotton182"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "ural-agromash",
        -152,
        "10:00",
        60,
        MOSCOW,
        "Assembling Agricultural Machinery in SCODA",
        "在上合示范区组装农业机械",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("gordeev", PRINCIPAL),
            Seat("sokolov", GUEST),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                FOLLOW_UP,
                "Send Ural Agromash the land and tax incentives for an assembly plant.",
                owner="gao_peng",
                due=-20,
            ),
        ),
        link=_zoom("864 3307 9152", "agro152"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "kyrgyz-honey",
        -121,
        "15:00",
        60,
        BEIJING,
        "Kyrgyz Honey and Dairy Producers",
        "吉尔吉斯斯坦蜂蜜和乳制品生产商",
        HELD,
        (
            Seat("chen_jing", HOST),
            Seat("toktogulova", PRINCIPAL),
            Seat("han_xue", STAFF),
        ),
        (
            Result(
                FOLLOW_UP,
                "Arrange tasting sessions for Kyrgyz honey with three Qingdao retailers.",
                owner="han_xue",
                due=30,
            ),
        ),
        link=_tencent("731-806-259"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "pamir-minerals",
        -93,
        "11:00",
        60,
        DUSHANBE,
        "Non-Ferrous Metal Concentrates from Tajikistan",
        "塔吉克斯坦有色金属精矿",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("saidzoda", PRINCIPAL),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                FOLLOW_UP,
                "Connect Pamir Minerals with the mining chamber at the International "
                "Cooperation Hub for SCO Countries.",
                owner="chen_jing",
                due=14,
            ),
        ),
        link=_zoom("877 1944 3320", "pamir93"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "iran-petrochemicals",
        -62,
        "10:30",
        60,
        TEHRAN,
        "Petrochemical Products Trade",
        "石化产品贸易",
        CANCELLED,
        (
            Seat("gao_peng", HOST),
            Seat("farahani", PRINCIPAL, rsvp=Rsvp.DECLINED),
        ),
        link=_tencent("582-640-117"),
        notes="Cancelled at the embassy's request; the commercial section will propose a date.",
    ),
    Talk(
        "pakistan-next-steps",
        -31,
        "15:00",
        60,
        BEIJING,
        "Pakistani Sesame and Seafood: Next Steps",
        "巴基斯坦芝麻和海产品：下一步合作",
        HELD,
        (
            Seat("wang_haiyan", HOST),
            Seat("siddiqui", PRINCIPAL),
            Seat("rehman", GUEST),
            Seat("han_xue", STAFF),
        ),
        (
            Result(
                MOU,
                "Draft a memorandum of understanding on a Pakistani products display centre.",
                owner="chen_jing",
                due=45,
            ),
            Result(
                FOLLOW_UP,
                "Send the embassy the list of sesame import quarantine requirements.",
                owner="han_xue",
                due=-15,
                status=DONE,
                closed=-20,
            ),
        ),
        link=_teams("352 118 904 27", "Pk5t1z"),
        interpretation=CHINESE_ENGLISH,
    ),
    Talk(
        "belarus-cold-chain",
        -15,
        "10:00",
        60,
        MINSK,
        "Belarusian Dairy: Cold-Chain Warehousing",
        "白俄罗斯乳制品：冷链仓储",
        HELD,
        (
            Seat("zhao_lei", HOST),
            Seat("dubrouski", PRINCIPAL),
            Seat("karpovich", GUEST),
            Seat("chen_jing", ATTENDEE, rsvp=Rsvp.DECLINED, attendance=Attendance.EXCUSED),
            Seat("xu_yuting", INTERPRETER),
        ),
        (
            Result(
                FOLLOW_UP,
                "Send the union the cold-store capacity and tariffs of the logistics park.",
                owner="han_xue",
                due=-3,
            ),
            Result(
                FOLLOW_UP,
                "Propose dates for a visit of the union's members to SCODA.",
                owner="zhao_lei",
                due=20,
            ),
        ),
        link=_zoom("880 2516 4471", "dairy15"),
        interpretation=CHINESE_RUSSIAN,
    ),
    Talk(
        "egypt-citrus",
        -8,
        "15:00",
        60,
        BEIJING,
        "Egyptian Citrus and the Suez Canal Economic Zone",
        "埃及柑橘与苏伊士运河经济区",
        POSTPONED,
        (
            Seat("gao_peng", HOST),
            Seat("mansour", PRINCIPAL),
        ),
        link=_teams("364 770 851 02", "Eg3c6n"),
        interpretation=CHINESE_ENGLISH,
        notes="Postponed at the embassy's request; a new date is to be agreed.",
    ),
    Talk(
        "sco-supply-chains",
        4,
        "15:00",
        90,
        BEIJING,
        "SCO Ambassadors' Dialogue on Supply Chains",
        "上合组织国家驻华使节供应链对话会",
        CONFIRMED,
        (
            Seat("sun_zhiqiang", HOST),
            Seat("tokhtarov", PRINCIPAL),
            Seat("dzhumabaev", PRINCIPAL),
            Seat("rakhimov", GUEST),
            Seat("munkhjargal", GUEST),
            Seat("wang_haiyan", ATTENDEE),
            Seat("chen_jing", ATTENDEE),
            Seat("xu_yuting", INTERPRETER),
            Seat("han_xue", STAFF),
        ),
        link=_zoom("819 6082 3345", "chain4"),
        interpretation="simultaneous, Chinese-Russian and Chinese-English",
        agenda="1. Welcome (Secretary Sun)\n2. SCODA's supply chain services (Director Wang)\n"
        "3. Remarks by the ambassadors and deputies\n4. Working group for the next year",
        objectives="Renew the logistics working group for another year; invite each embassy "
        "to name a contact for supply chain services.",
        talking_points="To Ambassador Tokhtarov: the Kazakh products week is still to be "
        "scheduled; propose a date.\n"
        "To Ambassador Dzhumabaev: thank him for the embassy's help with the honey tastings.\n"
        "To Mr Rakhimov: congratulate him on his new post; follow up the textile park offer.\n"
        "To Mr Munkhjargal: ask whether the cashmere fair can join the supply chain week.",
        notes="Test call one hour before the start; backdrop and table flags of the four "
        "countries.",
    ),
    Talk(
        "deccan-api-partnership",
        9,
        "12:30",
        60,
        KOLKATA,
        "A Supply Partnership for Active Pharmaceutical Ingredients",
        "原料药供应合作",
        CONFIRMED,
        (
            Seat("gao_peng", HOST),
            Seat("raghavan", PRINCIPAL),
            Seat("malhotra", GUEST, rsvp=Rsvp.TENTATIVE),
        ),
        link=_teams("391 255 608 74", "Api9r3"),
        interpretation=CHINESE_ENGLISH,
        objectives="Learn Deccan Pharma's volumes and timing; present the bonded warehouses.",
    ),
    Talk(
        "nepal-business-travel",
        13,
        "12:45",
        60,
        KATHMANDU,
        "Business Travel and Cultural Exchange with Nepal",
        "与尼泊尔的商务旅游和文化交流",
        PROPOSED,
        (
            Seat("chen_jing", HOST),
            Seat("shrestha", PRINCIPAL),
            Seat("gurung", GUEST),
        ),
        link=_zoom("842 9981 0067", "nepal13"),
    ),
    Talk(
        "halal-supply-chains",
        19,
        "15:00",
        60,
        BEIJING,
        "Halal Food Supply Chains",
        "清真食品供应链",
        DRAFT,
        (
            Seat("zhao_lei", HOST),
            Seat("yildirim", PRINCIPAL),
            Seat("nurul_aini", GUEST),
        ),
        interpretation=CHINESE_ENGLISH,
    ),
)


# -- building the rows -------------------------------------------------------------------------

_PEOPLE_BY_KEY = {who.key: who for who in PEOPLE}
_HOST_SIDE = {HOST, ATTENDEE, INTERPRETER, STAFF}
_RESPONSE = {  # default rsvp and attendance by meeting status
    HELD: (Rsvp.ACCEPTED, Attendance.PRESENT),
    CONFIRMED: (Rsvp.ACCEPTED, None),
    POSTPONED: (Rsvp.ACCEPTED, None),
    CANCELLED: (Rsvp.ACCEPTED, None),
}


def _uid(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}/{key}"))


def _day(value: Day, today: date) -> date:
    return value if isinstance(value, date) else today + timedelta(days=value)


def _meeting_day(value: Day, today: date) -> date:
    """An offset's day, moved off a weekend (Saturday back, Sunday forward); dates as given."""
    if isinstance(value, date):
        return value
    day = _day(value, today)
    return day + timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))


def _instant(day: date, wall_clock: str, zone: str) -> datetime:
    local = datetime.combine(day, time.fromisoformat(wall_clock), ZoneInfo(zone))
    return local.astimezone(UTC)


def _optional_day(value: Day | None, today: date) -> date | None:
    return None if value is None else _day(value, today)


def _find_or_add(session: Session, row, *same: sa.ColumnElement[bool]):
    """The stored row with ``row``'s uid (or matching ``same``), else ``row``, newly added.

    Demo records the user kept after deleting the demo meetings are reused, not duplicated."""
    model = type(row)
    found = session.exec(select(model).where(sa.or_(model.uid == row.uid, *same))).first()
    if found is not None:
        return found
    session.add(row)
    return row


def _organisations(session: Session) -> dict[str, Organisation]:
    rows = {
        org.key: _find_or_add(
            session,
            Organisation(
                uid=_uid("organisation", org.key),
                name_en=org.name_en,
                name_zh=org.name_zh,
                short_name_en=org.short_name_en,
                kind=org.kind,
                country_code=org.country,
            ),
            sa.and_(Organisation.name_en == org.name_en, Organisation.country_code == org.country),
        )
        for org in ORGANISATIONS
    }
    session.flush()
    for org in ORGANISATIONS:
        if org.parent and rows[org.key].parent_id is None:
            rows[org.key].parent_id = rows[org.parent].id
    return rows


def _people(session: Session, orgs: dict[str, Organisation], today: date):
    """Person rows by key, and their Position rows by (person key, index in ``posts``)."""
    people = {
        who.key: _find_or_add(
            session,
            Person(
                uid=_uid("person", who.key),
                family_name=who.family,
                given_name=who.given,
                name_order=who.order,
                first_reference=who.first_ref,
                second_reference=who.second_ref,
                salutation=who.salutation,
                name_zh=who.name_zh,
                honorific=who.honorific,
                alternative_spellings=list(who.alternatives),
                country_code=who.country,
                email=f"{who.key.replace('_', '.')}@example.com",
                bio=who.bio,
                notes=who.notes,
            ),
        )
        for who in PEOPLE
    }
    session.flush()
    positions = {}
    for who in PEOPLE:
        for index, post in enumerate(who.posts):
            since = post.functions_since
            positions[who.key, index] = _find_or_add(
                session,
                Position(
                    uid=_uid("position", f"{who.key}/{index}"),
                    person_id=people[who.key].id,
                    organisation_id=orgs[post.org].id,
                    title_en=post.title_en,
                    title_zh=post.title_zh,
                    start_date=_optional_day(post.start, today),
                    end_date=_optional_day(post.end, today),
                    diplomatic_rank=post.rank,
                    head_of_mission_class=post.hom_class,
                    functions_since=None
                    if since is None
                    else _instant(_day(since, today), "10:00", BEIJING),
                    internal_rank=post.internal_rank,
                ),
            )
    session.flush()
    return people, positions


def _post_index(who: Who, on: date, today: date) -> int:
    """The post ``who`` held on the day ``on`` (the first listed if several)."""
    for index, post in enumerate(who.posts):
        start, end = _optional_day(post.start, today), _optional_day(post.end, today)
        if (start is None or start <= on) and (end is None or on <= end):
            return index
    raise ValueError(f"demo data: {who.key} holds no post on {on}")


def _meeting(session: Session, talk: Talk, today: date, people, positions) -> None:
    day = _meeting_day(talk.day, today)
    starts_at = _instant(day, talk.start, talk.zone)
    venue_en, venue_zh = VENUES[talk.venue] if talk.venue else (None, None)
    link = talk.link or NO_LINK
    meeting = Meeting(
        uid=_uid("meeting", talk.key),
        theme_en=talk.theme_en,
        theme_zh=talk.theme_zh,
        kind=talk.kind,
        status=talk.status,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=talk.minutes),
        time_zone=talk.zone,
        venue_en=venue_en,
        venue_zh=venue_zh,
        platform=link.platform,
        join_url=link.url,
        meeting_code=link.code,
        passcode=link.passcode,
        interpretation=talk.interpretation,
        agenda=talk.agenda,
        objectives=talk.objectives,
        talking_points=talk.talking_points,
        notes=talk.notes,
    )
    session.add(meeting)
    session.flush()
    rsvp, attendance = _RESPONSE.get(talk.status, (Rsvp.INVITED, None))
    for seat in talk.seats:
        who, person = _PEOPLE_BY_KEY[seat.person], people[seat.person]
        position = positions[seat.person, _post_index(who, day, today)]
        session.add(
            Participation(
                meeting_id=meeting.id,
                person_id=person.id,
                position_id=position.id,
                side=Side.HOST if seat.role in _HOST_SIDE else Side.GUEST,
                role=seat.role,
                name_en=first_reference(
                    person.family_name,
                    person.given_name,
                    person.name_order,
                    person.first_reference,
                ),
                name_zh=person.name_zh,
                title_en=position.title_en,
                title_zh=position.title_zh,
                join_zone=seat.zone or who.zone,
                rsvp=seat.rsvp or rsvp,
                attendance=seat.attendance or attendance,
            )
        )
    for index, result in enumerate(talk.outcomes):
        session.add(
            Outcome(
                uid=_uid("outcome", f"{talk.key}/{index}"),
                meeting_id=meeting.id,
                kind=result.kind,
                text_en=result.text_en,
                text_zh=result.text_zh,
                owner_id=people[result.owner].id if result.owner else None,
                due_date=_optional_day(result.due, today),
                status=result.status,
                closed_on=_optional_day(result.closed, today),
                status_note=result.note,
                sort_order=index,
            )
        )


def populate_demo(database: Database, today: date | None = None) -> bool:
    """Fill ``database`` with the demo meetings if it holds none yet; True if it did.

    ``today`` (default: the office's date in Asia/Shanghai) anchors the relative dates."""
    today = today or office_today()
    with database.transaction() as session:
        if session.exec(select(func.count()).select_from(Meeting)).one():
            return False
        orgs = _organisations(session)
        people, positions = _people(session, orgs, today)
        for talk in TALKS:
            _meeting(session, talk, today, people, positions)
    return True
