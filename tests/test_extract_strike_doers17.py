"""Round 17 (actors17): a strike's noun with a state's adjective is its doer.

"killed in a Russian air strike", "an Israeli raid killed three", "قتل
مدنيون في غارة روسية", "در حمله هوایی روسیه کشته شدند": a strike from the
air or by guns from afar, or a raid, is a deed of a state's armed forces, so
the state written with its noun is that state's MIL and acts first; the
victims are the target. Without a state the noun names no one (rebels shell
too). Sentences written for these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import first_cast


@pytest.mark.parametrize(
    ("lang", "text", "doer", "victim"),
    [
        (
            "en",
            "Russian shelling killed four civilians in Kharkiv on Friday.",
            "RUS:MIL",
            "UKR:CVL",
        ),
        (
            "en",
            "Four civilians were killed in Russian shelling of Kherson on Sunday.",
            "RUS:MIL",
            "UKR:CVL",
        ),
        (
            "en",
            "An Israeli raid killed three Palestinians in Jenin on Monday.",
            "ISR:MIL",
            "PSE:CVL",
        ),
        (
            "ar",
            "قتل خمسة مدنيين في غارة روسية على بلدة سراقب السورية يوم الثلاثاء.",
            "RUS:MIL",
            "SYR:CVL",
        ),
        ("ar", "قتلت غارة إسرائيلية ثلاثة فلسطينيين في جنين أمس.", "ISR:MIL", "PSE:CVL"),
        (
            "ar",
            "قتل أربعة مدنيين في قصف مدفعي روسي على خاركيف صباح اليوم.",
            "RUS:MIL",
            "UKR:CVL",
        ),
        (
            "fa",
            "پنج غیرنظامی در حمله هوایی روسیه به شهر سراقب در سوریه کشته شدند.",
            "RUS:MIL",
            "SYR:CVL",
        ),
        (
            "fa",
            "سه فلسطینی در حمله هوایی اسرائیل به نوار غزه کشته شدند.",
            "ISR:MIL",
            "PSE:CVL",
        ),
        (
            "fa",
            "دو سرباز سوری در گلوله‌باران ترکیه در حومه حلب زخمی شدند.",
            "TUR:MIL",
            "SYR:MIL",
        ),
    ],
)
def test_the_strike_s_state_is_its_armed_doer(lang: str, text: str, doer: str, victim: str) -> None:
    """The state's adjective on the strike's noun is the attacker (its MIL),
    first; the victims follow."""
    assert first_cast(text, lang, "ASSAULT") == [doer, victim]


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "Houthi rebels shelled Taiz, and the shelling killed two children.", "YEM:REB"),
        ("ar", "قتل طفلان في قصف للحوثيين على مدينة تعز.", "YEM:REB"),
        ("fa", "در حمله موشکی حوثی‌ها به جیزان دو نفر زخمی شدند.", "YEM:REB"),
    ],
)
def test_a_strike_without_a_state_names_no_army(lang: str, text: str, group: str) -> None:
    """A strike's noun with no state written with it is no army of anyone:
    the armed group named is the doer, and no MIL of no country appears."""
    cast_ = first_cast(text, lang, "ASSAULT")
    assert cast_[0] == group
    assert not any(c.endswith(":MIL") for c in cast_)
