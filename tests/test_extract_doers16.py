"""Round 16 (doers16): the doer of a deed told from its victims' side.

A killing or an arrest told in the passive puts its victims first; the group
a doer marker introduces ("at the hands of", "من طرف", "بواسطة", "از طرف")
or the noun of the deed governs ("في قصف للحوثيين", "در بمباران جنگنده‌های
روسی", "in shelling by …") did it and acts first. Sentences written for
these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import first_cast


@pytest.mark.parametrize(
    ("lang", "text", "etype", "doer", "victim"),
    [
        (
            "en",
            "Three Afghan soldiers were killed at the hands of the Taliban.",
            "ASSAULT",
            "AFG:REB",
            "AFG:MIL",
        ),
        (
            "en",
            "Two journalists were detained at the hands of Egyptian police in Cairo.",
            "COERCE",
            "EGY:COP",
            "EGY:MED",
        ),
        (
            "ar",
            "اعتقل ناشط سوري من طرف قوات الأمن التركية في إسطنبول.",
            "COERCE",
            "TUR:COP",
            "SYR:OPP",
        ),
        (
            "ar",
            "اعتقل صحفي مصري بواسطة الشرطة التركية في مطار إسطنبول.",
            "COERCE",
            "TUR:COP",
            "EGY:MED",
        ),
        (
            "ar",
            "قتل جنديان عراقيان على أيدي مسلحي تنظيم داعش قرب الموصل.",
            "ASSAULT",
            "IRQ:REB",
            "IRQ:MIL",
        ),
        (
            "fa",
            "یک خبرنگار ایرانی از طرف ماموران امنیتی ترکیه بازداشت شد.",
            "COERCE",
            "TUR:COP",
            "IRN:MED",
        ),
        ("fa", "سه سرباز افغان به دست طالبان کشته شدند.", "ASSAULT", "AFG:REB", "AFG:MIL"),
    ],
)
def test_a_marked_doer_acts_first(lang: str, text: str, etype: str, doer: str, victim: str) -> None:
    """A doer marker of several words ("at the hands of") or one a language
    lacked ("من طرف", "بواسطة") puts the group after it first."""
    actors = first_cast(text, lang, etype)
    assert actors[0] == doer
    assert victim in actors


@pytest.mark.parametrize(
    ("lang", "text", "doer", "victim"),
    [
        ("ar", "قتل ستة مدنيين في قصف مدفعي للحوثيين على مدينة تعز.", "YEM:REB", "YEM:CVL"),
        ("ar", "قتل ستة مدنيين سوريين في قصف روسي على إدلب.", "RUS:None", "SYR:CVL"),
        ("ar", "قتل جنديان أفغانيان في كمين لحركة طالبان في هلمند.", "AFG:REB", "AFG:MIL"),
        (
            "fa",
            "شش غیرنظامی سوری در بمباران جنگنده های روسی در ادلب کشته شدند.",
            "RUS:MIL",
            "SYR:CVL",
        ),
        ("fa", "دو سرباز افغان در کمین طالبان در هلمند کشته شدند.", "AFG:REB", "AFG:MIL"),
        (
            "en",
            "Six Syrian civilians were killed in shelling by Russian warplanes in Idlib.",
            "RUS:MIL",
            "SYR:CVL",
        ),
    ],
)
def test_the_deeds_noun_names_its_doer(lang: str, text: str, doer: str, victim: str) -> None:
    """The group the noun of a shelling, strike or ambush governs did the
    killing told before it in the passive: it comes first, its victims after."""
    actors = first_cast(text, lang, "ASSAULT")
    assert actors[0] == doer
    assert victim in actors
