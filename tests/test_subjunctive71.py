"""A deed named only as what a side must, may, wants or proposes to do is
no event done (round 71, subjunctive71; every sentence written for these
tests).

Persian tells such a deed by a verb in the subjunctive: the light verbs
("حمله کند") were read already; now also the other verbs that close a
deed's phrase with the "ب" of the subjunctive ("به گفتگو بنشیند", "به
رسمیت بشناسند", "تحریم‌ها را بردارد"), a subjunctive verb right after a
noun that is no light verb ("وام دهند"), and the first and second persons
("سفر کنیم", "مذاکره کنید"). English tells it by the mandative
subjunctive after "proposed/recommended that" or "it is essential that";
Arabic by "أن" + imperfect (round 70). The same verbs in the past, or after
"could/managed to", tell deeds done; after a cue of plan they are planned.
"""

from __future__ import annotations

import pytest

from casts import run

# (language, sentence, the type that must not come out as reported)
WANTED = [
    ("fa", "برخی کشورهای منطقه علاقمند هستند دولت طالبان را به رسمیت بشناسند.", "SUPPORT"),
    ("fa", "وزیر از آلمان خواست که دولت جدید لیبی را به رسمیت بشناسد.", "SUPPORT"),
    ("fa", "دبیرکل گفت از ایالات متحده درخواست می‌کنم تحریم‌ها را بردارد.", "CONCEDE"),
    # cleanup72: "دولت آینده حتما … بردارد" was planned before round 71 too
    # (it could not fail); this one is reported on the code before round 71
    ("fa", "روسیه پیشنهاد کرد که آمریکا تحریم‌های بانکی ایران را بردارد.", "CONCEDE"),
    # mendD71: sentences whose deed is reported on the code before round 71
    # (the earlier "به دبی بکشانند" and "expel the Kurdish groups" gave no
    # event of their type at all, so they could not fail)
    ("fa", "رئیس جمهور علاقه دارد با نخست وزیر عراق به گفتگو بنشیند.", "CONSULT"),
    ("fa", "بانک‌های خارجی علاقه دارند به شرکت‌های ایرانی وام دهند.", "AID"),
    ("fa", "نخست وزیر لبنان گفت وضع کشور ما را ملزم می‌کند که به سوریه سفر کنیم.", "CONSULT"),
    ("fa", "آنها تحت فشار هستند تا مسئولیت قتل را بر گردن معترضان بیندازند.", "ACCUSE"),
    ("en", "Russia proposed that Turkey withdraw its troops from northern Syria.", "RETREAT"),
    (
        "en",
        "The panel recommended that Iraq expel the Turkish ambassador from Baghdad.",
        "SANCTION",
    ),
    ("en", "It is essential that Moscow release the detained sailors, Kyiv said.", "CONCEDE"),
    ("ar", "اقترحت روسيا أن تسحب تركيا قواتها من شمال سوريا.", "RETREAT"),
    ("ar", "قال الوزير إن من الضروري أن تفرج موسكو عن البحارة المحتجزين.", "CONCEDE"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), WANTED)
def test_subjunctive_deed_is_not_reported(lang: str, text: str, absent: str) -> None:
    reported = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert absent not in reported


# The same deeds done: the past, the indicative, "could/managed to".
DONE = [
    ("fa", "آلمان دولت جدید لیبی را به رسمیت شناخت.", "SUPPORT"),
    ("fa", "نخست وزیر لبنان روز دوشنبه به سوریه سفر کرد.", "CONSULT"),
    ("fa", "خانواده‌ها مسئولیت قتل را بر گردن معترضان انداختند.", "ACCUSE"),
    ("fa", "نیروهای طالبان موفق شدند شهر زرنج را تصرف کنند.", "ASSAULT"),
    ("fa", "وزیر خارجه با همتای آلمانی خود به گفتگو نشست.", "CONSULT"),
    ("en", "Turkey withdrew its troops from northern Syria on Monday.", "RETREAT"),
    ("en", "Russia proposed a truce, and Turkey withdrew its troops from Syria.", "RETREAT"),
    ("en", "Moscow released the detained Ukrainian sailors on Tuesday.", "CONCEDE"),
    ("ar", "سحبت تركيا قواتها من شمال سوريا يوم الاثنين.", "RETREAT"),
    ("ar", "استطاعت الشرطة أن تعتقل المتهمين في العاصمة.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "present"), DONE)
def test_deed_done_stays_reported(lang: str, text: str, present: str) -> None:
    reported = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert present in reported


# A cue of plan before the subjunctive makes the deed planned, not lost.
PLANNED = [
    ("fa", "قرار است وزیر خارجه اسرائیل امروز با بلینکن به گفتگو بنشیند.", "CONSULT"),
    ("fa", "قرار است مقامات ایران و عراق فردا در بغداد به رایزنی بپردازند.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_planned_subjunctive_stays_planned(lang: str, text: str, etype: str) -> None:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events
    assert all(e.status == "planned" for e in events)
