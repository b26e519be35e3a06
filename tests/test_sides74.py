"""Who caused a deed is no side of it; the subject of the result clause did
it (round 74, sides74; every sentence written for these tests).

"اصرار ایران … سبب شد شورای امنیت … تحریم‌هایی را علیه این کشور اعمال
کند", "ضغوط واشنطن أدت إلى أن توقع اليابان اتفاقا …", "Washington's
pressure prompted Japan to sign …": the owner of the cause, named first,
was read as the deed's doer (Iran sanctioning the Security Council). A
causative link (``context.CAUSATIVE_LINKS``) now leaves it out when the
result clause names its own subject right after the link.

The negative cases guard the deeds with no link, the links that are no
causative ("أشار إلى أن"), a link whose clause names no subject, and a
cause's owner left alone with the subject (the deed's target is then a
pronoun pointing back to it, and it stays).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _sides(text: str, lang: str, etype: str) -> list[list[str | None]]:
    """The actors' codes, in order, of each event of ``etype`` the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [[a["code"] for a in e["actors"]] for e in events if e["type"] == etype]


# (language, sentence, type, the sides in order: doer first)
CAUSED = [
    (
        "fa",
        "حملات روسیه موجب شد اتحادیه اروپا تحریم‌هایی را علیه روسیه اعمال کند.",
        "SANCTION",
        ["EU", "RUS"],
    ),
    (
        "fa",
        "اصرار ایران بر برنامه هسته‌ای سبب شد شورای امنیت سازمان ملل در قطعنامه‌ای "
        "ایران را محکوم و تحریم‌هایی را علیه این کشور اعمال کند.",
        "SANCTION",
        ["UN", "IRN"],
    ),
    (
        "fa",
        "اصرار ایران بر برنامه هسته‌ای سبب شد شورای امنیت سازمان ملل در قطعنامه‌ای "
        "ایران را محکوم و تحریم‌هایی را علیه این کشور اعمال کند.",
        "ACCUSE",
        ["UN", "IRN"],
    ),
    (
        "ar",
        "ضغوط واشنطن أدت إلى أن توقع اليابان اتفاقا مع كوريا الجنوبية.",
        "AGREE",
        ["JPN", "KOR"],
    ),
    (
        "en",
        "Washington's pressure prompted Japan to sign an agreement with South Korea.",
        "AGREE",
        ["JPN", "KOR"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), CAUSED)
def test_the_cause_owner_is_no_side(lang: str, text: str, etype: str, sides: list[str]) -> None:
    """The result clause's subject does the deed; the cause's owner is out
    or stands where the deed names it again."""
    assert _sides(text, lang, etype) == [sides]


# (language, sentence, type, the sides in order as they stay)
KEPT = [
    # no causative link
    ("fa", "شورای امنیت سازمان ملل ایران را محکوم کرد.", "ACCUSE", ["UN", "IRN"]),
    ("fa", "آمریکا از ژاپن خواست که با کره جنوبی توافقنامه‌ای امضا کند.", "REQUEST", ["USA", "JPN"]),
    ("ar", "أدان مجلس الأمن الدولي إيران.", "ACCUSE", ["UN", "IRN"]),
    (
        "en",
        "Washington urged Japan to sign an agreement with South Korea.",
        "REQUEST",
        ["USA", "JPN"],
    ),
    # "أشار إلى أن" reports; bare "إلى أن" is no link
    (
        "ar",
        "أشار الوزير الأمريكي إلى أن اليابان وقعت اتفاقا مع كوريا الجنوبية.",
        "AGREE",
        ["JPN", "KOR"],
    ),
    # a passive result names no subject: the cause's owner keeps its place
    ("fa", "فشار آمریکا باعث شد تحریم‌هایی علیه روسیه اعمال شود.", "SANCTION", ["USA", "RUS"]),
    # the link before the deed of another clause
    (
        "fa",
        "آمریکا تحریم‌هایی را علیه روسیه اعمال کرد و این باعث شد که قیمت نفت بالا برود.",
        "SANCTION",
        ["USA", "RUS"],
    ),
    # the subject alone would be left: the cause's owner, whom "منهم" points
    # back to, stays the target
    (
        "ar",
        "تظاهر آلاف الطلاب في القاهرة مما دفع الشرطة المصرية إلى اعتقال عشرات منهم.",
        "COERCE",
        ["EGY", "EGY"],
    ),
    # a link that is no causative: "caused by" in another clause
    (
        "en",
        "The fire was caused by an electrical fault, and Japan signed an agreement with "
        "South Korea.",
        "AGREE",
        ["JPN", "KOR"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), KEPT)
def test_sides_without_a_cause_stay(lang: str, text: str, etype: str, sides: list[str]) -> None:
    """No causative link, or none whose clause names its own subject: the
    sides stay as read."""
    assert _sides(text, lang, etype) == [sides]


def test_the_arrested_stay_the_arrests_target() -> None:
    """ "… مما دفع الشرطة إلى اعتقال عشرات منهم": the protesters, the cause's
    owners, are whom the police held, not left out."""
    found = process(
        Document(
            "t",
            "تظاهر آلاف الطلاب في القاهرة مما دفع الشرطة المصرية إلى اعتقال عشرات منهم.",
            lang="ar",
        )
    ).to_dict()["events"]
    held = [e for e in found if e["type"] == "COERCE"]
    assert [(a["code"], a["agent"]) for a in held[0]["actors"]] == [("EGY", "COP"), ("EGY", "EDU")]


# A noun with a possessive pronoun right after an Arabic verb is no
# indefinite object told before the subject ("التي حذر رئيسها … الولايات
# المتحدة": its president warned the United States), though it ends in the
# accusative's letter; Persian and English tell the same with the subject
# first and are guards.
POSSESSED_SUBJECT = [
    (
        "ar",
        "وصل الوفد إلى نيجيريا، التي حذر رئيسها محمد بخاري الولايات المتحدة من وقف المساعدات.",
        ["NGA", "USA"],
    ),
    (
        "ar",
        "قتل عشرة جنود في نيجيريا، التي اتهم رئيسها محمد بخاري الولايات المتحدة بعرقلة "
        "صفقات السلاح.",
        ["NGA", "USA"],
    ),
    ("fa", "وزیر به نیجریه رفت که رئیس‌جمهور آن آمریکا را به قطع کمک‌ها متهم کرد.", ["NGA", "USA"]),
    (
        "en",
        "The minister visited Nigeria, whose president warned the United States against "
        "cutting aid.",
        ["NGA", "USA"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), POSSESSED_SUBJECT)
def test_possessed_noun_after_the_verb_is_its_subject(
    lang: str, text: str, sides: list[str]
) -> None:
    """The possessed noun after the verb did the deed: its owner's state first."""
    assert _sides(text, lang, "ACCUSE") == [sides]


# (sentence, the sides in order) the object before the subject keeps: an
# indefinite accusative noun ("مواطنا", "حاجا") with no pronoun
FRONTED_OBJECT = [
    ("اعتقلت مواطنا كويتيا الشرطة العراقية.", ["IRQ", "KWT"]),
    ("احتجزت حاجا إيرانيا السلطات السعودية.", ["SAU", "IRN"]),
]


@pytest.mark.parametrize(("text", "sides"), FRONTED_OBJECT)
def test_indefinite_object_before_the_subject_stays(text: str, sides: list[str]) -> None:
    """ "اعتقلت مواطنا كويتيا الشرطة العراقية": the police arrested."""
    assert _sides(text, "ar", "COERCE") == [sides]
