"""Round 16 (doers16): the doer of a deed told from its victims' side.

A killing or an arrest told in the passive puts its victims first; the group
a doer marker introduces ("at the hands of", "من طرف", "بواسطة", "از طرف")
or the noun of the deed governs ("في قصف للحوثيين", "در بمباران جنگنده‌های
روسی", "in shelling by …") did it and acts first. Sentences written for
these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run


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
        # actors17: a shelling with a state's adjective is that state's armed forces
        ("ar", "قتل ستة مدنيين سوريين في قصف روسي على إدلب.", "RUS:MIL", "SYR:CVL"),
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


@pytest.mark.parametrize(
    ("lang", "text", "etype", "source", "target"),
    [
        (
            "fa",
            "وزارت خارجه آمریکا سرکوب معترضان توسط دولت ایران را محکوم کرد.",
            "ACCUSE",
            "USA:GOV",
            "IRN:GOV",
        ),
        (
            "fa",
            "فرانسه خواستار آزادی زندانیان توسط دولت ایران شد.",
            "REQUEST",
            "FRA:None",
            "IRN:GOV",
        ),
        (
            "fa",
            "اتحادیه کارگران خواستار افزایش دستمزدها از سوی دولت فرانسه شد.",
            "REQUEST",
            "FRA:LAB",
            "FRA:GOV",
        ),
        (
            "ar",
            "طالبت فرنسا بالإفراج عن السجناء من قبل الحكومة الإيرانية.",
            "REQUEST",
            "FRA:None",
            "IRN:GOV",
        ),
        (
            "en",
            "France called for the release of the prisoners by the Iranian government.",
            "REQUEST",
            "FRA:None",
            "IRN:GOV",
        ),
    ],
)
def test_the_agent_of_what_is_condemned_or_asked_is_no_source(
    lang: str, text: str, etype: str, source: str, target: str
) -> None:
    """A doer marker inside the verb's object ("… توسط X را محکوم کرد") or
    inside what is asked ("خواستار … توسط X شد") names whom the comment or
    the request is about: the one who condemns or asks stays first."""
    assert first_cast(text, lang, etype)[:2] == [source, target]


@pytest.mark.parametrize(
    ("lang", "text", "commenter", "doer", "victims"),
    [
        (
            "en",
            "The European Union condemned the arrest of journalists by Turkish police.",
            "EU:None",
            "TUR:COP",
            "TUR:MED",
        ),
        (
            "en",
            "Amnesty International condemned the killing of protesters by Iranian security forces.",
            "-:NGO",
            "IRN:COP",
            "IRN:CVL",
        ),
        (
            "ar",
            "أدان الاتحاد الأوروبي اعتقال الصحفيين من طرف الشرطة التركية.",
            "EU:None",
            "TUR:COP",
            "TUR:MED",
        ),
        (
            "ar",
            "انتقدت منظمة العفو الدولية اعتقال ناشطين مصريين من قبل الشرطة المصرية.",
            "-:NGO",
            "EGY:COP",
            "EGY:OPP",
        ),
        (
            "fa",
            "اتحادیه اروپا بازداشت روزنامه نگاران توسط پلیس ترکیه را محکوم کرد.",
            "EU:None",
            "TUR:COP",
            "TUR:MED",
        ),
    ],
)
def test_a_condemned_deed_s_doer_is_the_target(
    lang: str, text: str, commenter: str, doer: str, victims: str
) -> None:
    """Condemning an arrest or a killing whose doer is named condemns the
    doer, not whom it struck; the deed itself keeps its doer first."""
    accuse = first_cast(text, lang, "ACCUSE")
    assert accuse == [commenter, doer]
    deed = [e for e in run(text, lang).events if e.type in ("COERCE", "ASSAULT")]
    if deed:
        cast_ = [f"{a.code or '-'}:{a.agent}" for a in deed[0].actors]
        assert cast_[0] == doer and victims not in accuse
