"""Roles of persons (round 14): a head's deputy is no head, the man an adviser
serves is no actor, US party legislators are the United States', a state held
responsible holds no office, a title heads the body its adjective qualifies,
an organisation's head is its official, and a father named inside his son's
name gives the son his state, not his own office.

Sentences written for this test; the people and their offices are public facts.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Actor, Document, Record
from diplowatch.pipeline import process


def actors(text: str, lang: str, published: str = "2020-05-10") -> list[Actor]:
    record: Record = process(Document("r14", text, lang=lang, published=published))
    return [a for e in record.events for a in e.actors]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "استقبل نائب خادم الحرمين الشريفين أسر الشهداء في أبها.", "SAU"),
        ("ar", "التقى نائب أمير قطر وزير الخارجية الفرنسي.", "QAT"),
        ("fa", "معاون رهبر کره شمالی با وزیر خارجه چین دیدار کرد.", "PRK"),
        ("fa", "نایب خادم حرمین شریفین با خانواده قربانیان دیدار کرد.", "SAU"),
        ("en", "The deputy emir of Qatar met the French foreign minister.", "QAT"),
        ("en", "The deputy custodian of the two holy mosques met the Egyptian president.", "SAU"),
    ],
)
def test_a_heads_deputy_is_an_official(lang: str, text: str, code: str) -> None:
    deputy = [a for a in actors(text, lang) if a.code == code and a.agent == "GOV"]
    assert deputy and all(a.role == "official" for a in deputy)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "استقبل أمير قطر الرئيس التركي في الدوحة.", "QAT"),
        ("fa", "رئیس جمهور روسیه با سفیر آمریکا در مسکو دیدار کرد.", "RUS"),
        ("en", "The emir of Qatar received the German chancellor in Doha.", "QAT"),
    ],
)
def test_a_head_without_a_deputy_word_stays_the_head(lang: str, text: str, code: str) -> None:
    assert any(a.code == code and a.role == "head_of_state" for a in actors(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An adviser to Trump met the Saudi foreign minister in Riyadh."),
        ("en", "A Trump adviser met the Saudi foreign minister in Riyadh."),
        ("ar", "التقى مستشار ترامب وزير الخارجية السعودي في الرياض."),
        ("fa", "مشاور ترامپ با وزیر خارجه عربستان در ریاض دیدار کرد."),
    ],
)
def test_the_man_an_adviser_serves_is_no_actor(lang: str, text: str) -> None:
    usa = [a for a in actors(text, lang) if a.code == "USA"]
    assert usa and all(a.role == "official" and a.name is None for a in usa)


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        # a definite title before a name is the man's own: the chancellor
        ("ar", "التقت المستشارة أنجيلا ميركل الرئيس الفرنسي.", "head_of_government"),
        ("en", "Kremlin spokesman Dmitry Peskov condemned the Ukrainian government.", "official"),
    ],
)
def test_a_title_in_apposition_keeps_its_holders_name(lang: str, text: str, role: str) -> None:
    named = [a for a in actors(text, lang) if a.name]
    assert named and named[0].role == role


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أشاد السيناتور الجمهوري ليندسي غراهام بالشعب اللبناني."),
        ("ar", "انتقد النواب الديمقراطيون الحكومة السعودية."),
        ("fa", "جیمز ریش، سناتور جمهوریخواه، از مردم لبنان حمایت کرد."),
        ("fa", "سناتور دموکرات از مردم لبنان حمایت کرد."),
        ("en", "A Republican senator praised the Lebanese people."),
        ("en", "Democratic lawmakers criticized the Saudi government."),
    ],
)
def test_us_party_legislators_are_americans(lang: str, text: str) -> None:
    legislators = [a for a in actors(text, lang) if a.agent == "LEG"]
    assert legislators and all(a.code == "USA" for a in legislators)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "آمریکا و انگلیس ایران را مسئول حمله به کشتی دانستند."),
        ("fa", "وزیر خارجه آمریکا ایران را مسئول حمله دانست."),
        ("ar", "اعتبرت الولايات المتحدة إيران مسؤولة عن الهجوم على الناقلة."),
        ("en", "The US and Britain held Iran responsible for the attack on the tanker."),
    ],
)
def test_a_state_held_responsible_holds_no_office(lang: str, text: str) -> None:
    iran = [a for a in actors(text, lang) if a.code == "IRN"]
    assert iran and all(a.role is None for a in iran)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "The chief of staff of the Israeli army threatened Lebanon.", "ISR"),
        ("en", "The chief of staff of the Iranian army threatened Israel.", "IRN"),
        ("ar", "هدد رئيس أركان الجيش الإيراني إسرائيل.", "IRN"),
        ("fa", "رئیس ستاد کل ارتش ایران اسرائیل را تهدید کرد.", "IRN"),
    ],
)
def test_a_title_heads_the_body_its_adjective_qualifies(lang: str, text: str, code: str) -> None:
    chief = [a for a in actors(text, lang) if a.code == code]
    assert chief and all(a.agent == "MIL" for a in chief)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The president of the European Parliament met the Tunisian president."),
        ("en", "The president of the European Commission met the Turkish president."),
        ("ar", "التقى رئيس البرلمان الأوروبي الرئيس التونسي."),
        ("fa", "رئیس پارلمان اروپا با رئیس جمهور تونس دیدار کرد."),
    ],
)
def test_an_organisations_head_is_its_official(lang: str, text: str) -> None:
    eu = [a for a in actors(text, lang) if a.code == "EU"]
    assert eu and all(a.role == "official" for a in eu)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The G7 leaders met the Ukrainian president."),
        ("fa", "رهبران گروه هفت با رئیس جمهور اوکراین دیدار کردند."),
    ],
)
def test_the_leaders_of_a_group_of_states_stay_heads(lang: str, text: str) -> None:
    assert any(a.code == "G7" and a.role == "head_of_state" for a in actors(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "father"),
    [
        ("ar", "حضر اللقاء الأمير متعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني.", "عبدالله"),
        (
            "en",
            "Saudi Prince Turki bin Abdullah met the French foreign minister in Riyadh.",
            "Abdullah",
        ),
        ("fa", "شاهزاده ترکی بن عبدالله با وزیر خارجه فرانسه در ریاض دیدار کرد.", "عبدالله"),
    ],
)
def test_a_fathers_name_inside_a_sons_gives_no_office(lang: str, text: str, father: str) -> None:
    found = actors(text, lang)
    assert not any(a.role == "head_of_state" for a in found)
    assert not any(a.name and father in a.name for a in found)


def test_the_son_keeps_his_fathers_state() -> None:
    text = "حضر اللقاء الأمير متعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني."
    assert any(a.code == "SAU" and a.role == "official" for a in actors(text, "ar"))


@pytest.mark.parametrize(
    ("lang", "text", "code", "role", "published"),
    [
        (
            "fa",
            "وزیر خارجه رئیسی با همتای عراقی خود دیدار کرد.",
            "IRN",
            "foreign_minister",
            "2021-11-10",
        ),
        ("fa", "سخنگوی بایدن از دولت عراق انتقاد کرد.", "USA", "official", "2021-11-10"),
        (
            "ar",
            "التقى وزير خارجية بوتين نظيره التركي في أنقرة.",
            "RUS",
            "foreign_minister",
            "2020-05-10",
        ),
        ("ar", "انتقد المتحدث باسم ترامب الحكومة العراقية.", "USA", "official", "2020-05-10"),
        (
            "en",
            "Raisi's foreign minister met his Iraqi counterpart.",
            "IRN",
            "foreign_minister",
            "2021-11-10",
        ),
    ],
)
def test_a_lesser_title_before_a_heads_name_serves_him(
    lang: str, text: str, code: str, role: str, published: str
) -> None:
    own = [a for a in actors(text, lang, published) if a.code == code]
    assert own and all(a.role == role and a.name is None for a in own)


@pytest.mark.parametrize(
    ("lang", "text", "name", "published"),
    [
        # the same man under his own titles keeps his name
        (
            "fa",
            "رئیس جمهور ابراهیم رئیسی با نخست وزیر عراق دیدار کرد.",
            "ابراهیم رئیسی",
            "2021-11-10",
        ),
        (
            "fa",
            "وزیر خارجه محمدجواد ظریف با همتای عراقی خود دیدار کرد.",
            "محمدجواد ظریف",
            "2019-05-10",
        ),
        # a candidate's title (his party's) before the sitting head is his own
        ("ar", "التقى المرشح الرئاسي دونالد ترامب الرئيس المكسيكي.", "دونالد ترامب", "2020-05-10"),
    ],
)
def test_a_mans_own_title_keeps_his_name(lang: str, text: str, name: str, published: str) -> None:
    assert any(a.name == name for a in actors(text, lang, published))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قالت وكالة الأنباء المركزية الكورية إن كيم جونغ أون التقى الرئيس الصيني."),
        ("en", "KCNA said Kim Jong Un met the Chinese president in Pyongyang."),
        ("en", "The Korean Central News Agency said Kim Jong Un met the Chinese president."),
        ("fa", "خبرگزاری مرکزی کره گزارش داد کیم جونگ اون با رئیس جمهور چین دیدار کرد."),
    ],
)
def test_a_reporting_agency_does_not_swallow_the_man_it_names(lang: str, text: str) -> None:
    found = actors(text, lang, "2019-05-10")
    assert any(a.code == "PRK" and a.role == "head_of_state" for a in found)
    assert not any(a.code == "KOR" for a in found)
