"""The state a trade or relations are with is no side of a call or a welcome
(round 96, faparties96; every sentence written for these tests).

"وزیر خارجه قطر از درخواست عربستان برای برقراری روابط خوب با ایران
استقبال کرد": Qatar welcomes Saudi Arabia's call; Iran is only the partner
of the relations the call is about. Main read Iran as the one welcomed
(SUPPORT QAT → IRN), and in "ژاپن از آمریکا در رابطه با تجارت نفت با
ایران توضیح خواست" as the one asked in the place of the United States.
``extract/relation_partners`` drops such a partner from a REQUEST or
SUPPORT where two sides of other states stay; Arabic and English read these
sentences right on main (guards), and ties cut stay a sanction on the
partner in all three languages.
"""

from __future__ import annotations

import pytest

from casts import code_pairs

# (language, sentence, type, right pair, pair main read): main took the
# partner of the trade or relations for the event's second side.
AIMS: list[tuple[str, str, str, tuple[str, str], tuple[str, str]]] = [
    (
        "fa",
        "وزیر خارجه قطر از درخواست عربستان برای برقراری روابط خوب با ایران استقبال کرد.",
        "SUPPORT",
        ("QAT", "SAU"),
        ("QAT", "IRN"),
    ),
    (
        "fa",
        "ژاپن از آمریکا در رابطه با تجارت نفت با ایران توضیح خواست.",
        "REQUEST",
        ("JPN", "USA"),
        ("JPN", "IRN"),
    ),
    (
        "fa",
        "اردن از دعوت مصر برای عادی سازی روابط با سوریه استقبال کرد.",
        "SUPPORT",
        ("JOR", "EGY"),
        ("JOR", "SYR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "right", "wrong"), AIMS)
def test_relation_partner_is_no_side(
    lang: str, text: str, etype: str, right: tuple[str, str], wrong: tuple[str, str]
) -> None:
    pairs = code_pairs(text, lang, etype)
    assert right in pairs
    assert wrong not in pairs


# Guards: read the same on main and on this branch.
GUARDS: list[tuple[str, str, str, tuple[str, str]]] = [
    # the same calls and welcomes in Arabic and English
    (
        "ar",
        "رحب وزير خارجية قطر بدعوة السعودية إلى إقامة علاقات جيدة مع إيران.",
        "SUPPORT",
        ("QAT", "SAU"),
    ),
    (
        "ar",
        "طلبت اليابان من الولايات المتحدة توضيحا بشأن تجارة النفط مع إيران.",
        "REQUEST",
        ("JPN", "USA"),
    ),
    (
        "ar",
        "رحب رئيس وزراء الهند باقتراح روسيا لتوسيع التجارة مع الصين.",
        "SUPPORT",
        ("IND", "RUS"),
    ),
    (
        "en",
        "Qatar's foreign minister welcomed Saudi Arabia's call for good relations with Iran.",
        "SUPPORT",
        ("QAT", "SAU"),
    ),
    (
        "en",
        "Japan asked the United States for clarification about oil trade with Iran.",
        "REQUEST",
        ("JPN", "USA"),
    ),
    (
        "en",
        "India's prime minister welcomed Russia's proposal to expand trade with China.",
        "SUPPORT",
        ("IND", "RUS"),
    ),
    (
        "fa",
        "نخست وزیر هند از پیشنهاد روسیه برای گسترش تجارت با چین حمایت کرد.",
        "SUPPORT",
        ("IND", "RUS"),
    ),
    # ties cut with a state: the noun is the deed's own, its partner the target
    ("fa", "عربستان روابط خود با ایران را قطع کرد.", "SANCTION", ("SAU", "IRN")),
    ("ar", "قطعت السعودية علاقاتها مع إيران.", "SANCTION", ("SAU", "IRN")),
    ("en", "Saudi Arabia cut ties with Iran.", "SANCTION", ("SAU", "IRN")),
    # the one asked named apart stays; the trade's partner is not read for it
    ("fa", "ایران از ترکیه خواست تجارت با اسرائیل را متوقف کند.", "REQUEST", ("IRN", "TUR")),
    # a lone partner stays the side, as on main: dropping it lost held-out
    # parties (events_heldout fa test .679 → .676, a first draft)
    ("fa", "سفیر ژاپن خواستار تقویت روابط با ایران شد.", "REQUEST", ("JPN", "IRN")),
]


@pytest.mark.parametrize(("lang", "text", "etype", "pair"), GUARDS)
def test_guards(lang: str, text: str, etype: str, pair: tuple[str, str]) -> None:
    assert pair in code_pairs(text, lang, etype)
