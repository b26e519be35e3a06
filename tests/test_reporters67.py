"""An arrest, a sentence or a dispersal is the authorities' deed (round 67,
reporters67; every sentence written for these tests).

"شماری از کارگران معدن در برابر ماموران پلیس ایستادند و دستگیر شدند":
the held are named first, and the side read them as the doers. ONTOLOGY.md's
agents settle the order: civilians, journalists or students do not arrest
or sentence the police or a court, so an authority in such a side goes
first. Taking captives is a deed the held kinds commit ("به اسارت
گرفتند"), an authority struck by an attack is no holder ("قتل شرطي"),
rebels seize soldiers, and a side already in order keeps it.

Who accepts an invitation ("قبوله دعوة نظيره", "دعوت X را پذیرفت") is the one
invited: the inviter is the request's first side ("با پذیرش دعوت دولت
ژاپن": Japan invited).
"""

from __future__ import annotations

import pytest

from casts import sides

AUTHORITY_FIRST = [
    ("fa", "شماری از کارگران معدن در برابر ماموران پلیس ایستادند و دستگیر شدند.", "COP", "LAB"),
    ("fa", "سه روزنامه‌نگار در دادگاه به پنج سال زندان محکوم شدند.", "JUD", "MED"),
    ("ar", "وكان الشاب قد فر قبل أن تتمكن الوحدات الأمنية من إلقاء القبض عليه.", "COP", "CVL"),
    ("ar", "وكان عدد من المحتجين قد اشتبكوا مع الشرطة قبل أن يتم اعتقالهم.", "COP", "CVL"),
    ("en", "Dozens of protesters faced riot police and were detained.", "COP", "CVL"),
]

ORDER_KEPT = [
    # captives taken by the held kinds: their deed
    ("fa", "چند روستایی خشمگین دو مامور پلیس را به اسارت گرفتند.", "CVL", "COP"),
    # the policeman was killed, the family held: the man did both
    ("ar", "أقدم رجل على قتل شرطي واحتجاز عدد من أفراد عائلته.", "CVL", "COP"),
    # rebels seize soldiers
    ("fa", "طالبان ده سرباز ارتش را دستگیر کردند.", "REB", "MIL"),
    # already in order
    ("ar", "اعتقلت الشرطة الفرنسية رجلا في باريس.", "COP", "CVL"),
    ("en", "Three journalists were sentenced by a military court to five years.", "JUD", "MED"),
]


@pytest.mark.parametrize(("lang", "text", "doer", "held"), AUTHORITY_FIRST)
def test_authority_holds_the_held(lang: str, text: str, doer: str, held: str) -> None:
    """The police or the court comes first, the held after it."""
    found = sides(text, lang, "COERCE")
    assert found, f"no COERCE in {text!r}"
    assert [agent for _, agent in found[0][:2]] == [doer, held]


@pytest.mark.parametrize(("lang", "text", "first", "second"), ORDER_KEPT)
def test_order_kept(lang: str, text: str, first: str, second: str) -> None:
    """Captive takers, an attacker of a policeman, rebels and a side in
    order keep the order the sentence gave."""
    found = sides(text, lang, "COERCE")
    assert found, f"no COERCE in {text!r}"
    assert [agent for _, agent in found[0][:2]] == [first, second]


# Who accepts an invitation is the one invited: the inviter comes first.
INVITER_FIRST = [
    ("ar", "وأعلن الرئيس التونسي قبوله دعوة نظيره الجزائري لزيارة الجزائر.", "DZA", "TUN"),
    (
        "ar",
        "وأكد الرئيس التونسي حرصه على تلبية الدعوة الموجهة إليه من نظيره الجزائري.",
        "DZA",
        "TUN",
    ),
    ("fa", "دولت اتریش با پذیرش دعوت دولت ژاپن هیئتی به توکیو فرستاد.", "JPN", "AUT"),
]

INVITER_KEPT = [
    ("ar", "ووجه الرئيس الجزائري دعوة إلى نظيره التونسي لزيارة الجزائر.", "DZA", "TUN"),
    # "قبل" before the noun is "before", no acceptance
    (
        "ar",
        "وأعلن الرئيس التونسي قبل دعوة الرئيس الجزائري إلى الحوار أنه سيزور الجزائر.",
        "TUN",
        "DZA",
    ),
    ("fa", "دولت اتریش از دولت ژاپن برای شرکت در نشست انرژی دعوت کرد.", "AUT", "JPN"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), INVITER_FIRST + INVITER_KEPT)
def test_inviter_first(lang: str, text: str, first: str, second: str) -> None:
    """An accepted invitation is the inviter's request to the accepter; an
    invitation told as sent, or a noun after "قبل" (before), keeps its
    order."""
    found = sides(text, lang, "REQUEST")
    assert found, f"no REQUEST in {text!r}"
    assert [code for code, _ in found[0][:2]] == [first, second]
