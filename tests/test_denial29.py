"""Round 29 (denial29): denials of deeds, and Arabic "هاجم" of a thing.

- A deed a denial takes as its object is told as not done, by the denier:
  Persian "حمله به … / بازداشت … / دیدار با … را تکذیب/انکار کرد", and "را
  رد کرد" for a deed of force or an arrest that opens its object (after the
  subject, "هرگونه دخالت در"); a proposal or a request rejected stays a
  rejection (REJECT). Arabic "نفت إيران تورطها في الهجوم" and English
  "denied involvement in / carrying out the attack" deny the denier's deed;
  responsibility denied or claimed leaves the deed reported (round 18). English "denied meeting the ambassador" is a meeting denied.
  Arabic "فنّد" (refuted) denies as "نفى" does.
- Arabic "هاجم" of a wedding, a convoy, a checkpoint, a ship is an armed
  attack (ASSAULT) even by a state; of a policy or a government it stays
  criticism (ACCUSE). Its verbal nouns "مهاجمة", "استهداف" with such an
  object strike too ("نفت السعودية مهاجمة حفل زفاف").

Sentences written for these tests, in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from casts import run, types

# (lang, text, type of the denied deed, code of its first actor, the denier)
_DENIED = [
    ("fa", "عربستان سعودی حمله به یک جشن عروسی در یمن را تکذیب کرد.", "ASSAULT", "SAU"),
    ("fa", "ارتش روسیه بمباران بیمارستانی در ادلب را انکار کرد.", "ASSAULT", "RUS"),
    ("fa", "ارتش اسرائیل حمله به یک مدرسه در غزه را رد کرد.", "ASSAULT", "ISR"),
    ("fa", "ترکیه هرگونه دخالت در حمله به روستای کردنشین را رد کرد.", "ASSAULT", "TUR"),
    ("fa", "ایران دست داشتن در حمله به کشتی باری را تکذیب کرد.", "ASSAULT", "IRN"),
    ("fa", "پلیس ترکیه بازداشت این روزنامه‌نگار را تکذیب کرد.", "COERCE", "TUR"),
    ("fa", "وزیر خارجه عراق دیدار با سفیر آمریکا را تکذیب کرد.", "CONSULT", "IRQ"),
    ("ar", "نفت السعودية مهاجمة حفل زفاف في اليمن.", "ASSAULT", "SAU"),
    ("ar", "نفى الجيش الروسي استهداف مستشفى في ادلب.", "ASSAULT", "RUS"),
    ("ar", "نفت إيران أي دور لها في الهجوم على السفينة.", "ASSAULT", "IRN"),
    ("ar", "نفت تركيا تورطها في قصف القرية الكردية.", "ASSAULT", "TUR"),
    ("ar", "نفت السعودية أنها هاجمت حفل زفاف في اليمن.", "ASSAULT", "SAU"),
    ("ar", "فندت وزارة الداخلية المصرية الأنباء عن اعتقال صحفي بريطاني.", "COERCE", "EGY"),
    ("en", "Iran denied involvement in the attack on the cargo ship.", "ASSAULT", "IRN"),
    ("en", "Iran denies any link to the bombing of the embassy.", "ASSAULT", "IRN"),
    ("en", "Russia denied carrying out the strike on the hospital.", "ASSAULT", "RUS"),
    ("en", "Iraq's foreign minister denied meeting the American ambassador.", "CONSULT", "IRQ"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "denier"), _DENIED)
def test_a_denied_deed_is_negated_and_the_deniers(
    lang: str, text: str, etype: str, denier: str
) -> None:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events, f"no {etype} in {text!r}"
    assert all(e.status == "negated" for e in events)
    assert events[0].actors[0].code == denier
    assert "REJECT" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران پیشنهاد مذاکره مستقیم با آمریکا را رد کرد."),
        ("fa", "دادگاه درخواست بازداشت این روزنامه‌نگار را رد کرد."),
        ("ar", "رفضت إيران المقترح الأمريكي للتفاوض."),
        ("en", "Iran rejected the American proposal for direct talks."),
    ],
)
def test_a_proposal_or_request_rejected_stays_a_rejection(lang: str, text: str) -> None:
    record = run(text, lang)
    assert "REJECT" in {e.type for e in record.events}
    assert all(e.status != "negated" for e in record.events if e.type in ("ASSAULT", "COERCE"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "گروه داعش مسئولیت حمله به پاسگاه مرزی را بر عهده گرفت."),
        ("ar", "أعلن تنظيم الدولة مسؤوليته عن الهجوم على نقطة التفتيش."),
        ("en", "The Islamic State claimed responsibility for the attack on the checkpoint."),
    ],
)
def test_a_claimed_deed_is_not_denied(lang: str, text: str) -> None:
    events = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert events and all(e.status == "reported" for e in events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران مسئولیت حمله به کشتی باری را تکذیب کرد."),
        ("ar", "نفت إيران مسؤوليتها عن الهجوم على السفينة."),
        ("en", "Iran denied responsibility for the attack on the cargo ship."),
    ],
)
def test_responsibility_denied_leaves_the_deed_undenied(lang: str, text: str) -> None:
    """The denial answers a claim of a deed that happened (round 18 reads
    Arabic "نفى مسؤوليته عن الهجوم" so): no deed is negated."""
    assert all(e.status != "negated" for e in run(text, lang).events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزارت خارجه قطر حمله به نفتکش را محکوم کرد."),
        ("ar", "أدانت قطر الهجوم على الناقلة."),
        ("en", "Qatar condemned the attack on the tanker."),
    ],
)
def test_a_condemned_deed_is_no_denial(lang: str, text: str) -> None:
    record = run(text, lang)
    assert "ACCUSE" in {e.type for e in record.events}
    assert all(e.status != "negated" for e in record.events)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "هاجمت السعودية حفل زفاف في اليمن.", "ASSAULT"),
        ("ar", "هاجمت إيران سفينة إسرائيلية في الخليج.", "ASSAULT"),
        ("ar", "هاجم مسلحون قافلة للجيش في سيناء.", "ASSAULT"),
        ("ar", "هاجمت إيران السياسة الإسرائيلية في المنطقة.", "ACCUSE"),
        ("ar", "هاجم الرئيس التركي الحكومة الأمريكية.", "ACCUSE"),
        ("fa", "عربستان سعودی به یک جشن عروسی در یمن حمله کرد.", "ASSAULT"),
        ("en", "Saudi Arabia attacked a wedding party in Yemen.", "ASSAULT"),
    ],
)
def test_assail_of_a_thing_struck_is_an_attack(lang: str, text: str, etype: str) -> None:
    found = types(text, lang)
    assert etype in found
    assert ({"ASSAULT", "ACCUSE"} - {etype}).isdisjoint(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "يستهدف البرنامج تدريب الشباب في المدارس."),
        ("ar", "اجتمع مجلس الوزراء اللبناني برئاسة رئيس الحكومة."),
        ("en", "The Israeli cabinet is meeting today."),
    ],
)
def test_no_strike_or_meeting_without_its_object(lang: str, text: str) -> None:
    assert types(text, lang).isdisjoint({"ASSAULT", "CONSULT"})


def test_a_meeting_verb_with_its_partner_after_it() -> None:
    events = run("The Turkish president is meeting Vladimir Putin in Sochi.", "en").events
    assert [(e.type, e.status) for e in events] == [("CONSULT", "reported")]
    assert [a.code for a in events[0].actors] == ["TUR", "RUS"]
