"""One event told the same way in Arabic, Persian and English reads the same
(round 26; sentences written for these tests).

Each triple below was read differently in at least one language before:

- the other side of a border is a place ("in the border area with Turkey",
  "المنطقة الحدودية مع", "منطقه مرزی با"), no party;
- a sentence opening with a participle ("Accusing Iran of …, the minister
  said …", "Condemning Israel, …") tells the main clause's subject doing it,
  as the Arabic circumstantial "متهما", "مدينا" and Persian "با محکوم کردن";
- revenge promised ("we will retaliate against", "سننتقم من", "تلافی خواهیم
  کرد") is a threat;
- a death sentence carried out ("أعدم", "اعدام کرد", "executed", "تیرباران
  شدند") kills: PLOVER ASSAULT (CAMEO 1823), the sentence itself stays COERCE;
- exile ("تبعید کردند", "exiled") expels: PLOVER COERCE (CAMEO 174);
- a promise not made ("made no promise to send", "لم تعد … بإرسال") reports
  no aid;
- a passive threat ("از سوی شبه‌نظامیان تهدید شدند") is a threat;
- aid workers ("عاملي إغاثة") are people, no aid given; a general
  mobilisation ("بسیج عمومی") is a mobilisation; indigenous people
  ("بومیان") are civilians.
"""

from __future__ import annotations

import pytest

from casts import run

Loose = set[tuple[str, str, frozenset[tuple[str | None, str | None]]]]


def loose(text: str, lang: str) -> Loose:
    """Each event's type, status and the set of its actors' (code, agent):
    which side is named first is not compared."""
    return {
        (e.type, e.status, frozenset((a.code, a.agent) for a in e.actors))
        for e in run(text, lang).events
    }


def _want(etype: str, *actors: tuple[str | None, str | None]) -> Loose:
    return {(etype, "reported", frozenset(actors))}


BORDER = _want("MOBILIZE", ("IRQ", "MIL"))
ACCUSING = _want("ACCUSE", ("SAU", "GOV"), ("IRN", None))
CONDEMNING = _want("ACCUSE", ("TUR", "GOV"), ("ISR", None))
RETALIATE = _want("THREATEN", ("IRN", "MIL"), ("ISR", None))
EXECUTED = _want("ASSAULT", ("IRN", "GOV"), ("IRN", "CVL"))
THREATENED = _want("THREATEN", ("IRQ", "REB"), ("IRQ", "MED"))
KIDNAPPED = _want("ASSAULT", ("NGA", "UAF"), (None, "NGO"))
APOLOGY = _want("CONCEDE", ("CAN", "GOV"), ("CAN", "CVL"))


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("نشر الجيش العراقي قوات في المنطقة الحدودية مع تركيا.", "ar", BORDER),
        ("ارتش عراق نیروهایی را در منطقه مرزی با ترکیه مستقر کرد.", "fa", BORDER),
        ("The Iraqi army deployed forces in the border area with Turkey.", "en", BORDER),
        ("The Iraqi army deployed troops in the border region with Turkey.", "en", BORDER),
        ("قال الوزير السعودي متهما إيران بدعم الإرهاب إن بلاده لن تصمت.", "ar", ACCUSING),
        (
            "وزیر سعودی با متهم کردن ایران به حمایت از تروریسم گفت کشورش ساکت نخواهد ماند.",
            "fa",
            ACCUSING,
        ),
        (
            "Accusing Iran of supporting terrorism, the Saudi minister said his country"
            " would not stay silent.",
            "en",
            ACCUSING,
        ),
        ("قال الرئيس التركي مدينا إسرائيل إن الهجوم جريمة.", "ar", CONDEMNING),
        ("رئیس‌جمهور ترکیه با محکوم کردن اسرائیل گفت این حمله جنایت است.", "fa", CONDEMNING),
        ("Condemning Israel, the Turkish president said the attack was a crime.", "en", CONDEMNING),
        ("قال قائد الحرس الثوري إننا سننتقم من إسرائيل.", "ar", RETALIATE),
        ("فرمانده سپاه پاسداران گفت ما علیه اسرائیل تلافی خواهیم کرد.", "fa", RETALIATE),
        (
            "The commander of the Revolutionary Guards said we will retaliate against Israel.",
            "en",
            RETALIATE,
        ),
        ("أعدمت السلطات الإيرانية المتظاهرين الثلاثة.", "ar", EXECUTED),
        ("مقامات ایران این سه معترض را اعدام کردند.", "fa", EXECUTED),
        ("Iranian authorities executed the three protesters.", "en", EXECUTED),
        ("هدد عناصر ميليشيا صحفيين عراقيين.", "ar", THREATENED),
        ("خبرنگاران عراقی از سوی شبه‌نظامیان تهدید شدند.", "fa", THREATENED),
        ("Iraqi journalists were threatened by militiamen.", "en", THREATENED),
        ("اختطف مسلحون عاملي إغاثة في نيجيريا.", "ar", KIDNAPPED),
        ("افراد مسلح دو امدادگر را در نیجریه ربودند.", "fa", KIDNAPPED),
        ("Gunmen kidnapped two aid workers in Nigeria.", "en", KIDNAPPED),
        ("اعتذر رئيس الوزراء الكندي للسكان الأصليين.", "ar", APOLOGY),
        ("نخست‌وزیر کانادا از بومیان عذرخواهی کرد.", "fa", APOLOGY),
        ("The Canadian prime minister apologised to indigenous people.", "en", APOLOGY),
    ],
)
def test_same_event_same_reading(text: str, lang: str, want: Loose) -> None:
    assert loose(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # put to death by a firing squad: a killing, in the passive too
        ("أعدم ثلاثة متظاهرين رميا بالرصاص في إيران.", "ar", "ASSAULT"),
        ("سه معترض در ایران تیرباران شدند.", "fa", "ASSAULT"),
        ("Three protesters were executed by firing squad in Iran.", "en", "ASSAULT"),
        # sent into exile
        ("مقامات بحرین این مخالف را به خارج تبعید کردند.", "fa", "COERCE"),
        ("Bahraini authorities exiled the opposition figure abroad.", "en", "COERCE"),
        ("The opposition leader was exiled by the military government.", "en", "COERCE"),
        # a general mobilisation declared
        ("أعلنت إثيوبيا التعبئة العامة.", "ar", "MOBILIZE"),
        ("اتیوپی بسیج عمومی اعلام کرد.", "fa", "MOBILIZE"),
        ("Ethiopia declared a general mobilisation.", "en", "MOBILIZE"),
    ],
)
def test_same_type(text: str, lang: str, etype: str) -> None:
    assert {e.type for e in run(text, lang).events} == {etype}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("لم تعد اليابان بإرسال أدوية إلى أفغانستان.", "ar"),
        ("ژاپن وعده‌ای برای ارسال دارو به افغانستان نداد.", "fa"),
        ("Japan made no promise to send medicine to Afghanistan.", "en"),
        ("Japan did not promise to send medicine to Afghanistan.", "en"),
    ],
)
def test_a_promise_not_made_reports_no_aid(text: str, lang: str) -> None:
    assert not [e for e in run(text, lang).events if e.status == "reported"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a plan carried out is no one put to death
        ("The army executed the plan without delay.", "en"),
        # "نفت" is "denied": nothing sent abroad is an exile
        ("نفت الوزارة أن تكون قد أرسلت قوات إلى الخارج.", "ar"),
        # what has become a danger is no threat made
        ("بیکاری تحصیل کردگان تبدیل به تهدید شده است.", "fa"),
        # the exiled leader named by what befell him earlier
        ("The exiled opposition leader returned home.", "en"),
    ],
)
def test_no_execution_exile_or_threat(text: str, lang: str) -> None:
    got = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert not got & {"ASSAULT", "COERCE", "THREATEN"}


def test_a_death_sentence_passed_stays_coercion() -> None:
    got = {e.type for e in run("أصدرت المحكمة حكما بإعدام ثلاثة متظاهرين.", "ar").events}
    assert got == {"COERCE"}
