"""A stand named as what an accusation, a condemnation or a demand to stop
alleges is no event of its own (round 39b, alleged39; every sentence written
for these tests).

- an Arabic stance noun glued to the charge or to "و" after an accusation or
  a condemnation in its clause ("اتهمت … بدعمها", "أدانت تدخلها ودعمها …")
  is what it alleges (``context.ALLEGED_CONTENT_PREFIXES``);
- a stance noun after a word of stopping or ending ("بوقف دعمها", "توقف
  حمایت", "end its support") is stopped, not told (``STANCE_STOPPERS``);
- a clause an accusation opens ("را متهم کرد که از … حمایت می‌کند",
  "اتهمتها بأنها تدعم") holds what it alleges (``ALLEGED_CLAUSE_OPENERS``);
- a real support voiced next to a condemnation, and a condemned attack, keep
  what they gave before.
"""

from __future__ import annotations

import pytest

from casts import found, reading_lines

STANCE = ("SUPPORT", "COOPERATE", "AID")

ALLEGED: list[tuple[str, str, str]] = [
    ("ar", "اتهمت عمان جيبوتي بدعمها للجماعات المسلحة.", "ACCUSE"),
    ("ar", "اتهم وزير خارجية الأردن سوريا بدعمه للمهربين على الحدود.", "ACCUSE"),
    ("ar", "أدانت تونس تدخل ليبيا في شؤونها ودعمها للميليشيات المتطرفة.", "ACCUSE"),
    ("ar", "نددت الجزائر بما سمته تدخل المغرب، ودعمها للحركات الانفصالية.", "ACCUSE"),
    ("ar", "طالبت عمان اليمن بوقف دعمها للمقاتلين الأجانب.", "REQUEST"),
    ("ar", "قطعت تونس علاقاتها مع ليبيا وطالبتها بالكف عن دعمها للمتشددين.", "SANCTION"),
    ("ar", "اتهمت الأردن العراق بأنها تدعم الميليشيات على حدودها.", "ACCUSE"),
    ("fa", "ارمنستان آذربایجان را متهم کرد که از شبه‌نظامیان حمایت می‌کند.", "ACCUSE"),
    ("fa", "پاکستان هند را متهم کرد که با شورشیان همکاری می‌کند.", "ACCUSE"),
    ("fa", "عراق از ترکیه خواست به حمایت از شورشیان پایان دهد.", "REQUEST"),
    ("en", "Chile urged Peru to end its support for the rebel militias.", "REQUEST"),
    ("en", "Ghana demanded that Togo halt its aid to the armed groups.", "REQUEST"),
    ("en", "Kenya accused Somalia of backing the insurgents.", "ACCUSE"),
    (
        "en",
        "Norway condemned what it called Belarus's meddling and its support for armed gangs.",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kept"), ALLEGED)
def test_alleged_stance_is_no_event(lang: str, text: str, kept: str) -> None:
    """The accusation, demand or sanction stays; the alleged stand is gone."""
    types = found(text, lang)
    assert kept in types, reading_lines(text, lang)
    assert not set(STANCE) & set(types), reading_lines(text, lang)


TOLD: list[tuple[str, str, str]] = [
    ("ar", "أدانت موريتانيا الهجوم وأعربت عن دعمها للسنغال.", "SUPPORT"),
    ("ar", "أكدت تونس دعمها للجزائر في مواجهة الإرهاب.", "SUPPORT"),
    ("ar", "أدانت موريتانيا الهجوم الإثيوبي على الصومال.", "ASSAULT"),
    ("fa", "ارمنستان از گرجستان حمایت کرد.", "SUPPORT"),
    ("fa", "ارمنستان حمله به گرجستان را محکوم کرد و از حمایت خود از تفلیس خبر داد.", "SUPPORT"),
    ("en", "Chile condemned the attack and reaffirmed its support for Peru.", "SUPPORT"),
    ("en", "Ghana expressed its support for Togo.", "SUPPORT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD)
def test_told_stance_and_condemned_attack_stay(lang: str, text: str, etype: str) -> None:
    """A support voiced beside a condemnation, or a condemned attack, is told."""
    assert etype in found(text, lang), reading_lines(text, lang)


def test_stance_listed_after_a_stance_noun_stays() -> None:
    """A support coordinated with a condemnation told by a noun ("أكدت
    إدانتها … ودعمها …") is the same holder's second stance, not what the
    condemnation is about."""
    text = "وأكدت موريتانيا في بيان إدانتها القاطعة لاستعمال الأسلحة المحظورة، ودعمها لجهود الاتحاد الأفريقي."
    assert "SUPPORT" in found(text, "ar"), reading_lines(text, "ar")


def test_solidarity_voiced_by_its_own_verb_after_a_condemnation_stays() -> None:
    """ "وعبرت عن تضامنها" after a condemning verb is a deed of its own."""
    text = "وأصدرت الجالية الموريتانية بيانا استنكرت فيه الاعتداء وعبرت عن تضامنها مع السنغال."
    assert "SUPPORT" in found(text, "ar"), reading_lines(text, "ar")
