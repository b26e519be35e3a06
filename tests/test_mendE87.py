"""mendE87: mends of review86 findings 6, 7 and 12 (sentences written for
this round; "main:" names what main 6a6e353f reads)."""

from __future__ import annotations

import pytest

from casts import casts_in_order
from event_statuses import statuses

# Finding 6: a past time word after "مزمعة" that a verb of saying or
# discussing governs dates the talk, not the visit.
TALKED_OF_PLAN = [
    # main: reported ("أمس" dates the discussing)
    ("ar", "بحث الوزيران زيارة مزمعة لرئيس الحكومة العراقية إلى طهران أمس.", "CONSULT"),
    # main: reported
    ("ar", "ناقش الجانبان زيارة مزمعة لولي العهد إلى القاهرة الأسبوع الماضي.", "CONSULT"),
    # guards: plans told in Persian and English stay planned
    ("ar", "ناقش الطرفان الزيارة المزمعة للرئيس العراقي إلى طهران.", "CONSULT"),
    ("fa", "قرار است رئیس جمهور عراق هفته آینده به تهران سفر کند.", "CONSULT"),
    ("en", "The ministers discussed the Iraqi president's visit to Tehran next week.", "CONSULT"),
]

# Finding 12 guard: a light verb with its glued clitic, and the past time
# word with no verb of saying, still tell the deed done.
STILL_DONE = [
    ("ar", "قامت وزيرة الخارجية الليبية بزيارة مزمعة إلى تونس أمس.", "CONSULT"),
    ("ar", "وصل الرئيس العراقي في زيارة مزمعة إلى الرياض أمس.", "CONSULT"),
    ("fa", "وزیر خارجه عراق دیروز به تهران سفر کرد.", "CONSULT"),
    ("en", "The Iraqi foreign minister visited Tehran yesterday.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TALKED_OF_PLAN)
def test_plan_talked_of_in_the_past_stays_planned(lang: str, text: str, etype: str) -> None:
    assert "planned" in statuses(text, lang, etype)


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_DONE)
def test_deed_made_in_the_past_stays_reported(lang: str, text: str, etype: str) -> None:
    assert "reported" in statuses(text, lang, etype)


# Finding 7: every conjunct of the "by" phrase ascribes the attack.
BLAMERS = [
    # main: [IRN, USA] (the United States kept as a side)
    ("en", "The bombing was attributed to Iran by Bahrain and the United States.", ["IRN:"]),
    # guard (main reads it right already: the glued "و" conjunct)
    (
        "ar",
        "ألحق الهجوم على السفينة الذي نسب إلى إيران من قبل البحرين والولايات المتحدة أضرارا بها.",
        ["IRN:"],
    ),
    # guard: one blamer, as before
    ("en", "The attack was attributed to Iran by US officials.", ["IRN:"]),
    # guard: the Persian blamer-before-doer reading is unchanged
    (
        "fa",
        "حمله به سفارت آمریکا در بغداد به شبه‌نظامیان عراقی نسبت داده شد.",
        ["IRQ:REB", "USA:GOV"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), BLAMERS)
def test_every_blamer_of_the_by_phrase_is_dropped(lang: str, text: str, sides: list[str]) -> None:
    assert casts_in_order(text, lang, "ASSAULT")[0] == sides
