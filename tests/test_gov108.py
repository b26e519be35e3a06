"""gov108: a government still to be formed is no side.

"باید دولت فراگیر تشکیل شود", "درباره تشکیل دولت جدید مذاکره کردند",
"called for the formation of a new government": the government is what is
asked for or talked about (``formed_government``). A sitting government
stays a side, and so does one forming something else ("دولت کمیته‌ای
تشکیل داد"). Arabic reads no forming words (its "تشكيل الحكومة" is mostly
a premier-designate's, whose government is the side), and English "the
formation of the government" is left alone likewise. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: [IRN:, AFG:GOV]
        ("ایران خواستار ایجاد یک دولت فراگیر در افغانستان شد.", "fa", "REQUEST"),
        # main: [AFG:REB, AFG:GOV]
        ("طالبان در تشکیل کابینه جدید با گروه‌های قومی مذاکره کرد.", "fa", "CONSULT"),
        # main: [-:LAB, -:GOV]
        ("The union called for the formation of a new government.", "en", "REQUEST"),
        # main: [IRN:, AFG:GOV]
        (
            "Iran called for the formation of an inclusive government in Afghanistan.",
            "en",
            "REQUEST",
        ),
    ],
)
def test_formed_government_is_no_side(text: str, lang: str, etype: str) -> None:
    assert not {c for c in cast(run(text, lang), etype) if c.endswith(":GOV")}


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # a sitting government asked or acting stays a side
        ("دولت پاکستان از طالبان خواست مرز را باز کنند.", "fa", "REQUEST"),
        ("دولت کمیته‌ای تشکیل داد و معترضان را بازداشت کرد.", "fa", "COERCE"),
        ("The union called on the government to raise wages.", "en", "REQUEST"),
        ("The newly formed government arrested dozens of protesters.", "en", "COERCE"),
        ("The party criticised the formation of the government.", "en", "ACCUSE"),
        # Arabic reads no forming words: the premier-designate's government
        ("طالب الاتحاد العام التونسي للشغل بتشكيل حكومة جديدة.", "ar", "REQUEST"),
        ("انتقد الحزب الطريقة المتبعة في تشكيل الحكومة.", "ar", "ACCUSE"),
    ],
)
def test_sitting_government_stays(text: str, lang: str, etype: str) -> None:
    assert {c for c in cast(run(text, lang), etype) if c.endswith(":GOV")}
