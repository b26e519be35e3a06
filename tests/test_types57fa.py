"""Two wordings of Persian news that readers mark and the extractor missed,
and the same constructions in Arabic and English (round 57, types57fa;
every sentence written for these tests).

Rules added in this round (``lang/<code>/triggers.py``):

- a side's conduct called wrong or failing (PLOVER ACCUSE): Persian
  "سیاست‌های غلط", "حکمرانی اشتباه", "مدیریت ناکارآمد", "تصمیم غلط"
  (recall23fa's words of conduct and a few of policy and management, with
  "غلط", "اشتباه", "ناکارآمد", "ناصحیح"); Arabic "السياسات الخاطئة",
  "النهج الخاطئ"; English "wrong/misguided/failed policies". A wrong thing
  that is no conduct ("اطلاعات غلط", "wrong data", "بيانات خاطئة") blames
  no side;
- someone held in prison (PLOVER COERCE, as "in detention" already is):
  Persian "در زندان (اوین) به سر می‌برد", "زندانی است/بود"; Arabic "يقبع
  (…) في السجن"; English "has been/remains in prison". "به سر می‌برد"
  with no prison before it ("در شوک", "در تبعید") and "remains in Paris"
  hold no one; a release told beside it (mode "held", ``VETO_WORDS``: "از
  آزادی ماهیگیرانی که در زندان به سر می‌بردند خبر داد", "freed the
  fishermen who had been in prison") is the news, the holding only its
  background.
"""

from __future__ import annotations

import pytest

from casts import cast, types

# (language, sentence, the critic and the criticised)
WRONG_CONDUCT: list[tuple[str, str, set[str]]] = [
    (
        "fa",
        "نماینده مجلس عراق گفت بحران ارزی نتیجه سیاست‌های غلط دولت عراق است.",
        {"IRQ:LEG", "IRQ:GOV"},
    ),
    (
        "ar",
        "قال النائب العراقي إن الأزمة نتيجة السياسات الخاطئة للحكومة العراقية.",
        {"IRQ:LEG", "IRQ:GOV"},
    ),
    (
        "en",
        "The Iraqi lawmaker said the crisis was caused by the wrong policies of the Iraqi government.",
        {"IRQ:LEG", "IRQ:GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), WRONG_CONDUCT)
def test_conduct_called_wrong_is_criticism(lang: str, text: str, sides: set[str]) -> None:
    assert sides <= cast_of(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر کشور ایران گفت اطلاعات غلط در فضای مجازی منتشر شده است."),
        ("fa", "وزیر کشور ایران گفت مدیریت منابع آب در استان تهران بهتر شده است."),
        ("ar", "قال وزير الداخلية الإيراني إن بيانات خاطئة نشرت على الإنترنت."),
        ("en", "The Iranian interior minister said wrong data had been published online."),
    ],
)
def test_wrong_thing_that_is_no_conduct_blames_no_one(lang: str, text: str) -> None:
    assert "ACCUSE" not in types(text, lang)


# (language, sentence, who holds and who is held)
IN_PRISON: list[tuple[str, str, set[str]]] = [
    ("fa", "این روزنامه نگار آمریکایی از سال گذشته در زندان اوین تهران به سر می‌برد.", {"USA:MED"}),
    ("fa", "این فعال محیط زیست ایرانی از سال ۹۶ به اتهام جاسوسی زندانی است.", {"IRN:NGO"}),
    ("fa", "این روزنامه نگار آمریکایی یک سال در ایران زندانی بود.", {"USA:MED"}),
    ("ar", "يقبع الصحفي الأمريكي في السجن في إيران منذ أشهر.", {"USA:MED"}),
    ("ar", "لا يزال الصحفي الأمريكي يقبع في السجن في إيران.", {"USA:MED"}),
    ("en", "The American journalist has been in prison in Iran for months.", {"USA:MED"}),
    ("en", "The American journalist remains in prison in Iran.", {"USA:MED"}),
]


@pytest.mark.parametrize(("lang", "text", "held"), IN_PRISON)
def test_held_in_prison_is_detention(lang: str, text: str, held: set[str]) -> None:
    actors = cast_of(text, lang, "COERCE")
    assert held <= actors
    assert any(a.endswith(":COP") or a.endswith(":JUD") for a in actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه ایران پس از این خبر در شوک به سر می‌برد."),
        ("fa", "این روزنامه نگار ایرانی از سال گذشته در تبعید در لندن به سر می‌برد."),
        ("ar", "يقيم الصحفي الإيراني في لندن منذ العام الماضي."),
        ("en", "The Iranian foreign minister remains in Paris for the talks."),
    ],
)
def test_staying_elsewhere_holds_no_one(lang: str, text: str) -> None:
    assert "COERCE" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سفیر ایران از آزادی ده ماهیگیر ایرانی که در هند در زندان به سر می‌بردند خبر داد."),
        (
            "ar",
            "أعلن السفير الإيراني الإفراج عن عشرة صيادين إيرانيين كانوا يقبعون في السجن في الهند.",
        ),
        (
            "en",
            "India freed ten Iranian fishermen who had been in prison there, the Iranian envoy said.",
        ),
    ],
)
def test_holding_beside_a_release_is_its_background(lang: str, text: str) -> None:
    found = types(text, lang)
    assert "CONCEDE" in found
    assert "COERCE" not in found


def cast_of(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of the actors of every ``etype`` event of ``text``."""
    from casts import run

    return cast(run(text, lang), etype)
