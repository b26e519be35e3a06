"""bystander101: who refers to a deed or a meeting ("با اشاره به", "في إشارة
إلى", "مشيرا إلى", "referring to") only tells of it and is no side of it,
where the phrase names the deed's own sides (``extract/referred.py``). The
speaker stays where the deed may be his own: marked as his ("سفرش", "his
visit"), shared ("دو کشور"), told with a partner after "with", or with his
own state named in the phrase. Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, event type, the referrer's code, sides that stay).
# Read wrong on main: the referrer was made a side of the deed he refers to
# (the UN official of the Doha talks, the Turkish minister the doer of the
# attack on Gaza, the Turkish union the striker of the Iranian workers'
# strike). The first, Persian, case main reads right already (the meeting's
# two named sides keep it): it guards the reading with the new rule.
REFERRED: list[tuple[str, str, str, str, set[str]]] = [
    (
        "fa",
        "وزیر خارجه قطر با اشاره به دیدار پوتین و بایدن در ژنو گفت که روابط دو کشور بهبود می‌یابد.",
        "CONSULT",
        "QAT",
        {"RUS", "USA"},
    ),
    (
        "fa",
        "کمیسر عالی حقوق بشر سازمان ملل با اشاره به نشست‌هایی که برای صلح در افغانستان در دوحه"
        " برگزار می‌شود، گفت که جنگ باید پایان یابد.",
        "CONSULT",
        "UN",
        set(),
    ),
    (
        "ar",
        "وقال المفوض الأممي، مشيرا إلى الاجتماعات التي تعقد في الدوحة بشأن السلام في أفغانستان، إن"
        " الحرب يجب أن تتوقف.",
        "CONSULT",
        "UN",
        set(),
    ),
    (
        "ar",
        "وقال وزير الخارجية التركي، في إشارة إلى الهجوم الإسرائيلي على غزة، إن ما حدث جريمة.",
        "ASSAULT",
        "TUR",
        set(),
    ),
    (
        "ar",
        "وقال رئيس اتحاد العمال التركي، في إشارة إلى إضراب عمال النفط الإيرانيين، إن مطالبهم عادلة.",
        "PROTEST",
        "TUR",
        set(),
    ),
    (
        "en",
        "The Turkish foreign minister, referring to the Israeli attack on Gaza, said it was a crime.",
        "ASSAULT",
        "TUR",
        {"ISR", "PSE"},
    ),
    (
        "en",
        "The UN human rights chief, referring to the talks in Doha on Afghanistan, said the war"
        " must end.",
        "CONSULT",
        "UN",
        set(),
    ),
]


def _codes(cast: list[str]) -> set[str]:
    return {actor.split(":")[0] for actor in cast}


@pytest.mark.parametrize(("lang", "text", "etype", "referrer", "sides"), REFERRED)
def test_the_referrer_is_no_side_of_the_deed_referred_to(
    lang: str, text: str, etype: str, referrer: str, sides: set[str]
) -> None:
    casts = casts_in_order(text, lang, etype)
    for cast in casts:
        assert referrer not in _codes(cast), (text, cast)
    if sides:
        assert any(sides <= _codes(cast) for cast in casts), (text, casts)


# Guards, read right on main and kept: the referred deed is the referrer's
# own (glued "ش", "his"), shared ("دو کشور"), told with a partner after
# "with" ("با", "مع"), his state is named in the phrase (Tehran), or "that"
# opens a reported clause ("مشيرا إلى أن …").
KEPT: list[tuple[str, str, str, set[str]]] = [
    (
        "fa",
        "سخنگوی وزارت خارجه ایران با اشاره به سفرش به عراق گفت که این سفر موفق بود.",
        "CONSULT",
        {"IRN", "IRQ"},
    ),
    (
        "fa",
        "وزیر خارجه عراق با اشاره به پیشرفت مذاکرات بین دو کشور گفت که ایران به منابع مالی خود"
        " دسترسی خواهد داشت.",
        "CONSULT",
        {"IRQ", "IRN"},
    ),
    (
        "fa",
        "سخنگوی وزارت خارجه ایران با اشاره به توافق صورت گرفته با وزارت فرهنگ عراق گفت که زائران"
        " به زودی سفر می‌کنند.",
        "AGREE",
        {"IRN", "IRQ"},
    ),
    (
        "fa",
        "سخنگوی وزارت خارجه ایران با اشاره به سفر وزیر خارجه ارمنستان به تهران گفت که روابط دو کشور"
        " گسترش می‌یابد.",
        "CONSULT",
        {"ARM", "IRN"},
    ),
    (
        "ar",
        "وقال وزير الخارجية العراقي، في إشارة إلى المحادثات مع إيران، إن العلاقات قوية.",
        "CONSULT",
        {"IRQ", "IRN"},
    ),
    (
        "ar",
        "وأكد الوزير التركي، مشيرا إلى أن بلاده وقعت اتفاقا مع قطر، أن التعاون مستمر.",
        "AGREE",
        {"TUR", "QAT"},
    ),
    (
        "en",
        "The Iraqi foreign minister, referring to his visit to Tehran, said relations were strong.",
        "CONSULT",
        {"IRQ", "IRN"},
    ),
    (
        "en",
        "The Iraqi foreign minister, referring to the talks with Iran, said relations were strong.",
        "CONSULT",
        {"IRQ", "IRN"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), KEPT)
def test_the_referrer_of_his_own_deed_stays_its_side(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    casts = casts_in_order(text, lang, etype)
    assert any(sides <= _codes(cast) for cast in casts), (text, casts)


# Media that confirm or circulate a deed told by its noun only report it, as
# media that "announce" it do: Persian "N را تایید کردند", Arabic "تناقلت /
# تداولت وسائل إعلام N" (``status.MEDIUM_SAYING_CUES``, read for a medium
# alone). (language, sentence, event type, sides that stay). Read wrong on
# main: the medium (MED) was a side; the deed's own sides stay.
MEDIA: list[tuple[str, str, str, set[str]]] = [
    # the state's media ("حکومتی", as "دولتی") are one medium, no government
    (
        "fa",
        "رسانه‌های حکومتی کشته شدن دو معترض در شیراز را تایید کردند.",
        "ASSAULT",
        {"IRN:CVL"},
    ),
    (
        "fa",
        "برخی روزنامه‌ها بازداشت سه فعال کارگری در اهواز توسط پلیس را تایید کردند.",
        "COERCE",
        {"IRN:COP", "IRN:OPP"},
    ),
    (
        "ar",
        "وتناقلت وسائل إعلام محلية مقتل قيادي في تنظيم داعش في غارة جوية على الرقة.",
        "ASSAULT",
        {"SYR:REB"},
    ),
    (
        "ar",
        "وتداولت وسائل إعلام مقطع فيديو يظهر لحظة إلقاء القبض على رجل في باريس.",
        "COERCE",
        {"FRA:CVL"},
    ),
    # English reads the medium that confirms as a source already (guard)
    (
        "en",
        "State media confirmed the killing of four protesters in Ahvaz.",
        "ASSAULT",
        {"IRN:CVL"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), MEDIA)
def test_a_medium_that_confirms_or_circulates_a_deed_is_no_side(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, text
    for cast in casts:
        assert not any(actor.endswith((":MED", ":GOV")) for actor in cast), (text, cast)
    assert any(sides <= set(cast) for cast in casts), (text, casts)


# Guards: journalists acted on stay the deed's target where a body that is
# no medium confirms it (the cue is read for a medium speaker alone).
@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        ("fa", "پلیس تهران بازداشت دو روزنامه‌نگار را تایید کرد.", {"IRN:COP", "IRN:MED"}),
        ("ar", "وأكدت الشرطة المصرية اعتقال صحفيين في القاهرة.", {"EGY:COP", "EGY:MED"}),
    ],
)
def test_journalists_acted_on_stay_the_target(lang: str, text: str, sides: set[str]) -> None:
    casts = casts_in_order(text, lang, "COERCE")
    assert any(sides <= set(cast) for cast in casts), (text, casts)
