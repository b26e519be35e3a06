"""Who tells of a meeting between others, and the agent of another phrase
before an active verb of reaction, are no sides (round 64, actors64; every
sentence written for these tests).

(1) A meeting's or deal's noun with one word of description before
"between" ("اجتماع مرتقب بين", "نشست مهم میان") still names its sides:
whoever speaks of it, welcomes it or reports it took no part.
(2) Persian puts a passive's agent ("از سوی", "توسط") before the verb; a
verbal reaction told by an active verb ("ابراز نگرانی کرد") has its doer in
the subject, and a group after such a marker did the deed it speaks of.
A passive ("محکوم شد") and a deed of force keep the agent as doer.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def _codes(text: str, lang: str, etype: str) -> set[str]:
    """The codes of every actor of the events of one type."""
    return {a.split(":")[0] for c in casts_in_order(text, lang, etype) for a in c}


TOLD_MEETINGS = [
    ("ar", "CONSULT", "تحدث رئيس الوزراء التونسي عن اجتماع مرتقب بين وزيري خارجية مصر والأردن."),
    (
        "fa",
        "CONSULT",
        "سخنگوی وزارت خارجه ترکیه از نشست مهم میان وزیران خارجه ایران و روسیه خبر داد.",
    ),
    ("fa", "AGREE", "رئیس‌جمهور ترکیه از توافق تجاری میان ایران و روسیه استقبال کرد."),
    (
        "en",
        "CONSULT",
        "The Turkish foreign minister welcomed the talks held between Iran and Russia.",
    ),
]


@pytest.mark.parametrize(("lang", "etype", "text"), TOLD_MEETINGS)
def test_the_teller_of_a_meeting_between_others_is_no_side(
    lang: str, etype: str, text: str
) -> None:
    codes = _codes(text, lang, etype)
    assert codes, text
    assert "TUN" not in codes and "TUR" not in codes, (text, codes)


OWN_MEETINGS = [
    (
        "ar",
        "اجتمع وزير الخارجية المصري بنظيره الأردني لبحث الخلاف بين السودان وإثيوبيا.",
        {"EGY", "JOR"},
    ),
    ("ar", "رحب الرئيس التركي بالاتفاق التجاري بين مصر والأردن.", {"EGY", "JOR"}),
    (
        "en",
        "The Egyptian foreign minister met his Jordanian counterpart to discuss the"
        " dispute between Sudan and Ethiopia.",
        {"EGY", "JOR"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), OWN_MEETINGS)
def test_a_meeting_keeps_its_own_sides(lang: str, text: str, sides: set[str]) -> None:
    etype = "AGREE" if "اتفاق" in text else "CONSULT"
    assert _codes(text, lang, etype) == sides, text


SPOKEN_OF_DEEDS = [
    ("fa", "دولت فرانسه نسبت به خرید موشک از سوی عربستان ابراز نگرانی کرد.", "FRA"),
    ("fa", "وزیر خارجه ترکیه توقیف کشتی توسط ارتش اسرائیل را محکوم کرد.", "TUR"),
    ("ar", "أدانت تركيا احتجاز السفينة من قبل الجيش الإسرائيلي.", "TUR"),
    ("en", "Turkey condemned the seizure of the ship by the Israeli army.", "TUR"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), SPOKEN_OF_DEEDS)
def test_an_active_reaction_is_the_subjects(lang: str, text: str, doer: str) -> None:
    casts = casts_in_order(text, lang, "ACCUSE")
    assert casts, text
    assert all(c[0].startswith(f"{doer}:") for c in casts), (text, casts)


PASSIVE_AGENTS = [
    ("fa", "ACCUSE", "حمله به کنسولگری ترکیه از سوی وزارت خارجه آلمان محکوم شد.", "DEU"),
    ("fa", "ASSAULT", "شهر هرات به دست طالبان سقوط کرد.", "AFG"),
    ("en", "ACCUSE", "The attack on the Turkish consulate was condemned by Germany.", "DEU"),
]


@pytest.mark.parametrize(("lang", "etype", "text", "doer"), PASSIVE_AGENTS)
def test_a_passive_or_a_deed_keeps_its_agent(lang: str, etype: str, text: str, doer: str) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, text
    assert casts[0][0].startswith(f"{doer}:"), (text, casts)
