"""reporter106: who voices concern over a deed of force reports and judges
it, and is no party to it. Before the deed ("عن قلقها من اعتقال …", "با ابراز
نگرانی از بازداشت …", ``status.CONCERN_CUES``, read as a reaction's word by
``reacted.outside_reaction``) or, in Persian, closing the clause after a
preposition of the topic ("X از بازداشت فعالان ابراز نگرانی کرد",
``context.CONCERN_CLOSERS``, ``extract/concerned.py``). The deed stays, with
the sides its own phrase names; a deed the voicer tells of himself, or does
later in the clause, keeps him. Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, event type, the voicer's cast that must be gone, a
# side that stays). The ar and fa ones read the voicer as a side on main.
VOICED: list[tuple[str, str, str, str, str]] = [
    (
        "ar",
        "أعربت منظمة العفو الدولية عن قلقها من اعتقال الشرطة المصرية عشرات الناشطين.",
        "COERCE",
        "-:NGO",
        "EGY:COP",
    ),
    (
        "ar",
        "وأعرب الاتحاد الأوروبي عن قلقه البالغ من احتجاز ناشطين في إيران.",
        "COERCE",
        "EU:",
        "IRN:OPP",
    ),
    ("ar", "أعربت فرنسا عن قلقها من قصف المستشفى في حلب.", "ASSAULT", "FRA:", "SYR:HLH"),
    (
        "fa",
        "اتحادیه اروپا از بازداشت فعالان در ایران ابراز نگرانی کرد.",
        "COERCE",
        "EU:",
        "IRN:OPP",
    ),
    (
        "fa",
        "سازمان عفو بین‌الملل نسبت به بازداشت ده‌ها فعال در مصر ابراز نگرانی کرد.",
        "COERCE",
        "-:NGO",
        "EGY:OPP",
    ),
    (
        "fa",
        "سازمان ملل نگرانی عمیق خود را از بازداشت روزنامه‌نگاران در ترکیه ابراز کرد.",
        "COERCE",
        "UN:",
        "TUR:MED",
    ),
    # a list of deeds after the preposition, commas between
    (
        "fa",
        "کمیسر عالی حقوق بشر سازمان ملل از بازداشت‌های گسترده، تیراندازی به معترضان و مرگ"
        " شماری از آنان در خوزستان ابراز نگرانی کرد.",
        "COERCE",
        "UN:GOV",
        "IRN:COP",
    ),
    # English reads the concern as the reproach and the deed beside it: guards
    (
        "en",
        "Amnesty International voiced concern about the arrest of journalists by Egyptian police.",
        "COERCE",
        "-:NGO",
        "EGY:COP",
    ),
    (
        "en",
        "The European Union expressed concern over the arrest of journalists by Turkish police.",
        "COERCE",
        "EU:",
        "TUR:COP",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "voicer", "side"), VOICED)
def test_who_voices_concern_is_no_side(
    lang: str, text: str, etype: str, voicer: str, side: str
) -> None:
    sides = cast(run(text, lang), etype)
    assert side in sides
    assert voicer not in sides


# The event stays: the voicer's own ship named in the deed's phrase keeps his
# state as its target; the deed's order is the phrase's (ar on main put the
# voicer first).
OWN_THING: list[tuple[str, str, list[str]]] = [
    ("ar", "أعربت إيران عن قلقها من احتجاز بريطانيا ناقلة نفط إيرانية.", ["GBR", "IRN"]),
    ("fa", "ایران از توقیف نفتکش ایرانی توسط انگلیس ابراز نگرانی کرد.", ["GBR", "IRN"]),
    ("fa", "ایران از توقیف نفتکش خود توسط انگلیس ابراز نگرانی کرد.", ["GBR", "IRN"]),
    (
        "en",
        "Iran expressed concern about the seizure of an Iranian tanker by Britain.",
        ["GBR", "IRN"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "codes"), OWN_THING)
def test_struck_thing_of_the_voicer_stays(lang: str, text: str, codes: list[str]) -> None:
    events = [e for e in run(text, lang).events if e.type == "COERCE"]
    assert events
    assert [a.code for a in events[0].actors] == codes


# The event stays: what the voicer does later in the clause is his, and an
# army telling of its own strike stays its doer.
OWN_DEED: list[tuple[str, str, str, str]] = [
    (
        "fa",
        "دیده‌بان حقوق بشر با ابراز نگرانی از بازداشت روزنامه‌نگاران در ترکیه خواستار آزادی آنان شد.",
        "REQUEST",
        "-:NGO",
    ),
    (
        "ar",
        "أعربت فرنسا عن قلقها من الهجوم على المستشفى ودعت روسيا إلى وقف إطلاق النار.",
        "REQUEST",
        "FRA:",
    ),
    (
        "en",
        "France voiced concern over the attack on the hospital and urged Russia to halt the strikes.",
        "REQUEST",
        "FRA:",
    ),
    ("fa", "ارتش ترکیه از حمله به مواضع پ‌ک‌ک در عراق خبر داد.", "ASSAULT", "TUR:MIL"),
    ("ar", "وأعلن الجيش الإسرائيلي أنه قصف مواقع لحماس في غزة.", "ASSAULT", "ISR:MIL"),
    ("en", "The Israeli army said it struck Hamas positions in Gaza.", "ASSAULT", "ISR:MIL"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "side"), OWN_DEED)
def test_own_deed_keeps_its_doer(lang: str, text: str, etype: str, side: str) -> None:
    assert side in cast(run(text, lang), etype)
