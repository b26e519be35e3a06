"""mendA109: a crowd that is the subject of the deed stays first.

direction109 put the authorities, the forces or an aid body before the
civilians in every aid event, and a court before a crowd in every coercion,
whichever the sentence names first. Civilians may give or rescue, and a crowd
may detain a judge: where the crowd is the deed's subject (of its active
verb by word order, before the object marked or the sides a recipient
marker opens where the verb closes the clause, right before the deed's
noun with the others after it) it stays first (``extract/crowd_subject``).
A court comes first anywhere only in the modes it acts in (a sentence, a
jailing). Verbs of receiving keep the giver first. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        # main: the receivers' side first ([-:MIL, -:CVL] and the like)
        ("Local farmers supplied grain to the army.", "en", "-:CVL"),
        ("Residents collected donations for the army.", "en", "-:CVL"),
        ("Citizens sent donations to the army.", "en", "-:CVL"),
        ("تبرع الأهالي بالطعام للجنود المرابطين على الحدود.", "ar", "-:CVL"),
        ("أنقذ مواطنون جنديا سقط في بئر.", "ar", "-:CVL"),
        ("أرسل المغتربون تبرعات إلى الجيش.", "ar", "-:CVL"),
        ("جمع سكان الحي تبرعات لصالح الجيش.", "ar", "-:CVL"),
        ("ساهم شبان في إنقاذ جنود عالقين تحت أنقاض المبنى.", "ar", "-:CVL"),
        ("مردم به پلیس‌های زخمی خون اهدا کردند.", "fa", "-:CVL"),
        ("شهروندان به ارتش کمک مالی کردند.", "fa", "-:CVL"),
        ("کشاورزان کمک‌هایی برای ارتش ارسال کردند.", "fa", "-:CVL"),
    ],
)
def test_crowd_giving_stays_first(text: str, lang: str, first: str) -> None:
    events = casts_in_order(text, lang, "AID")
    assert events, f"no AID in {text}"
    assert events[0][0] == first


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        # guards (as on main): a verb of receiving makes its subject the receiver
        ("تسلم النازحون مساعدات من وزارة الصحة.", "ar", "-:GOV"),
        ("The displaced families received aid from the ministry of health.", "en", "-:GOV"),
        # the helped named first, the givers bare: givers first (direction109)
        ("روستاییان گفتند ارتش به آنها کمک غذایی رساند.", "fa", "-:MIL"),
    ],
)
def test_receivers_still_second(text: str, lang: str, first: str) -> None:
    events = casts_in_order(text, lang, "AID")
    assert events, f"no AID in {text}"
    assert events[0][0] == first


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        # main: [-:JUD, crowd]
        ("Students detained a judge at the university.", "en", "-:EDU"),
        ("Angry workers stormed the court and seized its files.", "en", "-:LAB"),
        ("احتجز متظاهرون قاضيين داخل المحكمة.", "ar", "-:CVL"),
        ("احتجز عمال غاضبون قاضيا في مكتبه.", "ar", "-:LAB"),
        ("اعتقل المواطنون رجلا حاول سرقة منزل قاض.", "ar", "-:CVL"),
        ("کارگران یک قاضی را در دفترش بازداشت کردند.", "fa", "-:LAB"),
        ("مردم مردی را که به خانه یک قاضی حمله کرده بود دستگیر کردند.", "fa", "-:CVL"),
        ("کارگران به دادگاه حمله کردند و اسناد را توقیف کردند.", "fa", "-:LAB"),
    ],
)
def test_crowd_detaining_a_judge_stays_first(text: str, lang: str, first: str) -> None:
    events = casts_in_order(text, lang, "COERCE")
    assert events, f"no COERCE in {text}"
    assert events[0][0] == first


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards (as on main): the court that jailed those named before it
        ("کارگرانی که دادگاه زندانی کرده بود آزاد شدند.", "fa"),
        ("The workers whom the court jailed were freed.", "en"),
        ("أفرج عن العمال الذين قضت المحكمة بسجنهم.", "ar"),
    ],
)
def test_court_still_first(text: str, lang: str) -> None:
    events = casts_in_order(text, lang, "COERCE")
    assert events, f"no COERCE in {text}"
    assert events[0][0].endswith(":JUD")
