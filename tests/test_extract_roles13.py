"""Roles of persons (round 13): a former member is no sitting member, a
president's son is not the president, a prince is no head of state.

Sentences written for this test; the people and their offices are public facts.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Actor, Document, Record
from diplowatch.pipeline import process


def actors(text: str, lang: str, published: str = "2017-05-20") -> list[Actor]:
    record: Record = process(Document("r13", text, lang=lang, published=published))
    return [a for e in record.events for a in e.actors]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نماینده سابق مجلس گفت آمریکا و اروپا به ایران اولتیماتوم داده‌اند."),
        ("ar", "قال النائب السابق في البرلمان التونسي إن الحكومة فشلت في مكافحة الفساد."),
        ("en", "A former Iranian lawmaker accused the United States of threatening Iran."),
    ],
)
def test_a_former_legislator_is_no_sitting_legislature(lang: str, text: str) -> None:
    found = actors(text, lang)
    assert not any(a.agent == "LEG" for a in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "یک عضو سابق مجلس خبرگان از رهبر انقلاب خواست به معیشت مردم رسیدگی کند."),
        ("en", "A former member of the Iranian parliament urged the Supreme Leader to act."),
    ],
)
def test_a_former_member_of_a_body_does_not_speak_for_it(lang: str, text: str) -> None:
    assert not any(a.agent == "LEG" for a in actors(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "انتقد نجل الرئيس التونسي الحكومة بشدة اليوم.", "TUN"),
        ("en", "The son of the Turkish president met Qatar's foreign minister in Doha.", "TUR"),
        ("en", "The Turkish president's son met Qatar's foreign minister in Doha.", "TUR"),
    ],
)
def test_a_presidents_son_is_not_the_president(lang: str, text: str, code: str) -> None:
    kin = [a for a in actors(text, lang) if a.code == code]
    assert any(a.agent == "CVL" for a in kin)
    assert not any(a.role == "head_of_state" for a in kin)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "التقى الرئيس التونسي وزير الخارجية المصري في تونس.", "TUN"),
        ("en", "The Turkish president met Qatar's foreign minister in Doha.", "TUR"),
        ("fa", "پسر رئیس‌جمهور ترکیه با وزیر خارجه قطر دیدار کرد.", "QAT"),
    ],
)
def test_a_president_with_no_kin_word_stays_the_state(lang: str, text: str, code: str) -> None:
    found = [a for a in actors(text, lang) if a.code == code]
    assert found and all(a.agent == "GOV" for a in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل الأمير فيصل بن بندر أمير منطقة الرياض السفير الياباني."),
        ("ar", "استقبل أمير منطقة مكة المكرمة وفدا من رجال الأعمال اليابانيين في جدة."),
        ("en", "The governor of Riyadh, Prince Faisal bin Bandar, received the Japanese envoy."),
        ("fa", "استاندار تهران با سفیر ژاپن دیدار کرد."),
    ],
)
def test_a_prince_or_governor_is_no_head_of_state(lang: str, text: str) -> None:
    found = actors(text, lang, "2016-03-01")
    assert found and not any(a.role == "head_of_state" for a in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استقبل الأمير تميم بن حمد آل ثاني وزير الخارجية التركي في الدوحة."),
        ("ar", "استقبل أمير الكويت الشيخ صباح الأحمد وزير الخارجية الإيراني."),
        ("en", "Emir Tamim bin Hamad Al Thani received the Turkish foreign minister in Doha."),
    ],
)
def test_a_reigning_emir_stays_head_of_state(lang: str, text: str) -> None:
    found = actors(text, lang, "2016-03-01")
    assert any(a.role == "head_of_state" and a.agent == "GOV" for a in found)


@pytest.mark.parametrize(
    ("lang", "text", "agent", "role"),
    [
        (
            "ar",
            "انتقد رئيس جمعية أولياء التلاميذ قرار نقابة التعليم تعليق الدروس.",
            "NGO",
            "official",
        ),
        ("ar", "أشاد رئيس الحزب بقرار الحكومة التونسية.", "PTY", "party_leader"),
        ("fa", "رئیس انجمن صنفی روزنامه‌نگاران از دولت انتقاد کرد.", "MED", "official"),
        ("fa", "رئیس حزب کارگزاران از دولت انتقاد کرد.", "PTY", "party_leader"),
    ],
)
def test_the_head_of_a_body_is_no_head_of_state(
    lang: str, text: str, agent: str, role: str
) -> None:
    heads = [a for a in actors(text, lang) if a.agent == agent]
    assert heads and heads[0].role == role


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "دعا زعيم تنظيم داعش مقاتليه إلى مهاجمة الجيش العراقي."),
        ("fa", "رهبر گروه طالبان از جنگجویان خواست به کابل حمله کنند."),
        ("en", "The Islamic State leader urged his fighters to attack Iraqi troops."),
    ],
)
def test_a_militant_leader_leads_no_party(lang: str, text: str) -> None:
    found = actors(text, lang, "2017-05-20")
    assert any(a.agent == "REB" for a in found)
    assert not any(a.role == "party_leader" for a in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أشاد زعيم حزب النهضة بقرار الحكومة التونسية."),
        ("fa", "دبیرکل حزب کارگزاران از دولت ایران انتقاد کرد."),
    ],
)
def test_a_party_leader_stays_party_leader(lang: str, text: str) -> None:
    assert any(a.role == "party_leader" for a in actors(text, lang))
