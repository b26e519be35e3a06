"""An invitation's noun that names the act of inviting, and a request
received: the asker stays as read before swap107 (mendB107).

"أعلنت الرئاسة الروسية دعوة الرئيس التركي لزيارة موسكو", "کاخ سفید از دعوت
رئیس جمهور فرانسه برای سفر به واشنگتن خبر داد": the genitive is the guest,
not the inviter (``request_genitive._inviting_act``). "Kenya received a
request from Somalia": a verb of receiving governs the noun, and its giver
ordering reads "from" (``received.received_noun``); moved first before the
split, the event was lost.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

INVITER_FIRST = [
    # main (swap107): [TUR:GOV, RUS:GOV]
    ("ar", "أعلنت الرئاسة الروسية دعوة الرئيس التركي لزيارة موسكو.", "RUS:GOV"),
    # main: [PAK:, OIC:]
    ("ar", "قررت منظمة التعاون الإسلامي دعوة باكستان إلى الاجتماع.", "OIC:"),
    # main: [TUR:, DEU:GOV]
    ("ar", "اقترح وزير الخارجية الألماني دعوة تركيا إلى مؤتمر برلين.", "DEU:GOV"),
    # main: [FRA:GOV, USA:GOV]
    ("fa", "کاخ سفید از دعوت رئیس جمهور فرانسه برای سفر به واشنگتن خبر داد.", "USA:GOV"),
    # main: [JPN:GOV, IND:GOV]
    ("fa", "وزارت خارجه هند از دعوت رسمی وزیر خارجه ژاپن خبر داد.", "IND:GOV"),
    # right on main: English reads no invitation's genitive
    (
        "en",
        "The Kremlin announced an invitation to the Iranian president to visit Moscow.",
        "RUS:GOV",
    ),
    # the swap107 reading that stays: welcomed, the genitive invited
    ("ar", "رحبت أنقرة بدعوة الرئيس الروسي إلى الحوار.", "RUS:GOV"),
    ("fa", "حزب از دعوت رئیس جمهور تونس به گفتگوی ملی استقبال کرد.", "TUN:GOV"),
]


@pytest.mark.parametrize(("lang", "text", "asker"), INVITER_FIRST)
def test_the_inviter_comes_first(lang: str, text: str, asker: str) -> None:
    casts = casts_in_order(text, lang, "REQUEST")
    assert casts, f"no REQUEST in {text}"
    assert casts[0][0] == asker


RECEIVED = [
    # main (swap107): no REQUEST
    ("en", "Kenya received a request from Somalia for food aid.", ["SOM:", "KEN:"]),
    (
        "en",
        "Lebanon received a request from the Iraqi government to supply fuel.",
        ["IRQ:GOV", "LBN:"],
    ),
    # right on main: "طلبا", no genitive
    ("ar", "تلقى لبنان طلبا من الحكومة العراقية للحصول على الوقود.", ["IRQ:GOV", "LBN:"]),
]


@pytest.mark.parametrize(("lang", "text", "cast"), RECEIVED)
def test_a_received_request_keeps_its_asker(lang: str, text: str, cast: list[str]) -> None:
    assert cast in casts_in_order(text, lang, "REQUEST")
