"""Round 30 (sides30): the doer of a deed told by its noun is the noun's
genitive when a marked target follows it.

"دعم مصر الكامل للحكومة", "حمایت کامل مصر از دولت عراق", "Egypt's full
support for Lebanon": the genitive (after the noun in Arabic and Persian,
before it with "'s" in English) supports, the complement of the target
marker (``context.NOUN_TARGET_MARKERS``) is supported, whoever the clause
before names first (the other side of a phone call). A charge's
complement ("به حمایت از …") is no target of the accusation.

Sentences written for these tests, in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from casts import sides

_GENITIVE_GIVES = [
    (
        "ar",
        "وأشار المتحدث إلى أن الوزير كان قد أجرى اتصالا مع رئيس الحكومة العراقية، "
        "حيث أكد دعم الأردن الكامل للحكومة.",
        "SUPPORT",
        "JOR",
        "IRQ",
    ),
    (
        "fa",
        "وزیر خارجه در تماس با نخست‌وزیر عراق بر حمایت کامل اردن از دولت عراق تاکید کرد.",
        "SUPPORT",
        "JOR",
        "IRQ",
    ),
    (
        "fa",
        "نخست‌وزیر لبنان گفت حمایت کامل مصر از دولت لبنان ادامه دارد.",
        "SUPPORT",
        "EGY",
        "LBN",
    ),
    (
        "fa",
        "رئیس‌جمهور عراق گفت کمک‌های ترکیه به دولت عراق ادامه دارد.",
        "AID",
        "TUR",
        "IRQ",
    ),
    (
        "en",
        "The Iraqi premier said Jordan's support for the Iraqi government continues.",
        "SUPPORT",
        "JOR",
        "IRQ",
    ),
    (
        "en",
        "In a phone call with the Lebanese premier, the minister said Egypt's full "
        "support for the Lebanese government continues.",
        "SUPPORT",
        "EGY",
        "LBN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "doer", "target"), _GENITIVE_GIVES)
def test_genitive_of_the_noun_acts(
    lang: str, text: str, etype: str, doer: str, target: str
) -> None:
    found = sides(text, lang, etype)
    assert found, text
    assert [(e[0][0], e[-1][0]) for e in found] == [(doer, target)] * len(found)


_ORDER_KEPT = [
    ("fa", "مسئولان آمریکایی ایران را به حمایت از حوثی‌ها متهم کردند.", "ACCUSE", "USA", "IRN"),
    ("ar", "أعلنت مصر دعمها الكامل للبنان.", "SUPPORT", "EGY", "LBN"),
    ("ar", "دعمت السعودية لبنان.", "SUPPORT", "SAU", "LBN"),
    ("en", "The Lebanese premier welcomed Egypt's aid to Lebanon.", "SUPPORT", "LBN", "EGY"),
    # a congratulation's genitive is whom it congratulates
    (
        "fa",
        "رئیس‌جمهور ترکیه با تبریک انتخاب رئیس‌جمهور ایران به این سمت ابراز امیدواری کرد.",
        "SUPPORT",
        "TUR",
        "IRN",
    ),
    ("ar", "هنأ الرئيس التركي الرئيس الإيراني بانتخابه.", "SUPPORT", "TUR", "IRN"),
    (
        "en",
        "The Turkish president congratulated Iran's president on his election.",
        "SUPPORT",
        "TUR",
        "IRN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "doer", "target"), _ORDER_KEPT)
def test_other_orders_kept(lang: str, text: str, etype: str, doer: str, target: str) -> None:
    found = sides(text, lang, etype)
    assert found, text
    assert [(e[0][0], e[-1][0]) for e in found] == [(doer, target)] * len(found)
