"""A request's noun whose genitive asked it: that side asks (swap107).

"رفضت باكستان طلب الولايات المتحدة استضافة مزيد من اللاجئين", "وزیر خارجه
قطر از درخواست عربستان … استقبال کرد", "رئیسی با تشکر از دعوت رئیس جمهور
ترکمنستان …": the request is its genitive's (``context.ASKER_GENITIVE_NOUNS``,
``extract/request_genitive.py``), and the subject of the verb that takes the
noun (who rejects, welcomes or thanks for it) was made the asker. An
invitation's genitive that is people at large ("دعوت مردم به حضور",
"دعوة المواطنين إلى التصويت") is whom it invites and stays second; a glued
preposition ("دعوة لوفد تونسي") marks no genitive; a verb's object after
"من" or "از" stays the one asked; English reads only "of" or "from".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

GENITIVE_ASKS = [
    # main: [PAK:, USA:]
    ("ar", "رفضت باكستان طلب الولايات المتحدة استضافة مزيد من اللاجئين.", "USA:"),
    # main: [TUN:PTY, TUN:GOV]
    ("ar", "رحب الحزب بدعوة رئيس الجمهورية التونسي إلى حوار وطني.", "TUN:GOV"),
    # main: [QAT:GOV, SAU:]
    (
        "fa",
        "وزیر خارجه قطر از درخواست عربستان برای برقراری روابط خوب با ایران استقبال کرد.",
        "SAU:",
    ),
    # main: [IRN:GOV, TKM:GOV]
    ("fa", "رئیسی با تشکر از دعوت رئیس جمهور ترکمنستان در اجلاس شرکت کرد.", "TKM:GOV"),
    # main: [PAK:, USA:]
    (
        "fa",
        "پاکستان به رغم رد درخواست ایالات متحده برای میزبانی بیشتر با پناهجویان روبرو است.",
        "USA:",
    ),
    # main: [TUN:PTY, TUN:GOV]
    ("fa", "حزب از دعوت رئیس جمهور تونس به گفتگوی ملی استقبال کرد.", "TUN:GOV"),
    # right on main: the inviter after "of"
    (
        "en",
        "The Tunisian prime minister will visit Algeria at the invitation of the Algerian "
        "prime minister.",
        "DZA:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "asker"), GENITIVE_ASKS)
def test_the_nouns_genitive_asks(lang: str, text: str, asker: str) -> None:
    casts = casts_in_order(text, lang, "REQUEST")
    assert casts, f"no REQUEST in {text}"
    assert casts[0][0] == asker


STAYS = [
    # the verb's object after "من" / "از" is the one asked
    ("ar", "طلبت السفارة السويدية من وزارة الخارجية الأمريكية تفسيرا.", "SWE:GOV"),
    ("fa", "دولت آمریکا از ونزوئلا درخواست کرد کشتی‌ها را بازگرداند.", "USA:GOV"),
    ("en", "The Egyptian president requested the UN to send observers.", "EGY:GOV"),
    # a glued preposition: no genitive
    ("ar", "وجهت كوريا الجنوبية دعوة لوفد تونسي لزيارة سيول.", "KOR:"),
    # people invited as the invitation's genitive
    ("ar", "أعلنت الحكومة التونسية دعوة المواطنين إلى التصويت.", "TUN:GOV"),
    ("fa", "رئیس جمهور ایران با دعوت مردم به حضور در انتخابات از دولت تشکر کرد.", "IRN:GOV"),
    # the asker's state named before it: the inviter stays first
    ("ar", "سيزور الملك سلمان روسيا تلبية لدعوة الرئيس الروسي.", "RUS:GOV"),
]


@pytest.mark.parametrize(("lang", "text", "asker"), STAYS)
def test_the_asker_stays(lang: str, text: str, asker: str) -> None:
    casts = casts_in_order(text, lang, "REQUEST")
    assert casts, f"no REQUEST in {text}"
    assert casts[0][0] == asker
