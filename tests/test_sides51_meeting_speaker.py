"""A speaker who tells something during his own meeting is a side of that
meeting, and so is whom he meets (round 51, sides51).

Arabic puts the speaker after the verb of saying and the circumstance of
the saying before the "that": "وقال وزير الخارجية المصري خلال لقائه نظيره
الألماني إن …". The speaker zone (``sources._speakers``: who says that
someone did something tells it and is no party) ran from the verb to the
"إن" and weakened everyone in it, so the guest of the meeting kept only his
country (DEU with no agent) and came first. Where the speaker's own clause
names a meeting and what follows the "that" tells no event of its own, the
zone is not drawn (``sources._own_meeting``): both keep their office.
Where the report tells an event of its own, its speaker stays its teller.

English and Persian put the speaker before the verb and the circumstance
after it ("said during his meeting with …", "در دیدار با … گفت که"), and
read these sentences right already: their tests check that nothing
changes. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run

MEETINGS = [
    (
        "وقال وزير الخارجية المصري خلال لقائه نظيره الألماني إن العلاقات بين البلدين متينة.",
        ["EGY:GOV", "DEU:GOV"],
    ),
    (
        "وقال وزير الخارجية المصري خلال لقائه مع نظيره الألماني إن العلاقات متينة.",
        ["EGY:GOV", "DEU:GOV"],
    ),
    (
        "وأكد الرئيس المصري خلال اتصال هاتفي مع الرئيس الفرنسي أن البلدين متفقان.",
        ["EGY:GOV", "FRA:GOV"],
    ),
    (
        "وقال وزير الخارجية الفرنسي في مؤتمر صحفي مشترك مع نظيره الألماني إن الاتفاق مهم.",
        ["FRA:GOV", "DEU:GOV"],
    ),
    (
        "وقال لافروف في مؤتمر صحفي مع نظيره التركي إن المحادثات كانت بناءة.",
        ["RUS:GOV", "TUR:GOV"],
    ),
    (
        "وقال رئيس الوزراء العراقي خلال استقباله السفير الأمريكي في بغداد إن العلاقات متينة.",
        ["IRQ:GOV", "USA:GOV"],
    ),
    (
        "وأوضح وزير الخارجية الجزائري عقب مباحثاته مع نظيره التونسي أن التنسيق مستمر.",
        ["DZA:GOV", "TUN:GOV"],
    ),
    (
        "وقال ولي العهد السعودي لدى لقائه الرئيس الروسي إن العلاقات تاريخية.",
        ["SAU:GOV", "RUS:GOV"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_arabic_speaker_and_guest_keep_their_office(text: str, expected: list[str]) -> None:
    assert first_cast(text, "ar", "CONSULT") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Egyptian foreign minister said during his meeting with his German "
            "counterpart that relations were strong.",
            "en",
            ["EGY:GOV", "DEU:GOV"],
        ),
        (
            "The Egyptian president said in a phone call with the French president "
            "that the two countries agreed.",
            "en",
            ["EGY:GOV", "FRA:GOV"],
        ),
        (
            "وزیر خارجه ایران در دیدار با همتای عراقی خود گفت که روابط دو کشور مستحکم است.",
            "fa",
            ["IRN:GOV", "IRQ:GOV"],
        ),
        (
            "رئیس جمهور ایران در تماس تلفنی با رئیس جمهور فرانسه گفت که روابط خوب است.",
            "fa",
            ["IRN:GOV", "FRA:GOV"],
        ),
    ],
)
def test_english_and_persian_read_the_same_meeting(
    text: str, lang: str, expected: list[str]
) -> None:
    """English and Persian name the speaker before the verb and the meeting
    after it: no speaker zone covers the guest, and nothing changes."""
    assert first_cast(text, lang, "CONSULT") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال مسؤول أمريكي إن إيران أرسلت أسلحة إلى الحوثيين.", "ar"),
        ("A US official said that Iran had sent weapons to the Houthis.", "en"),
        ("یک مقام آمریکایی گفت که ایران به حوثی‌ها سلاح ارسال کرده است.", "fa"),
    ],
)
def test_speaker_without_a_meeting_still_only_tells(text: str, lang: str) -> None:
    """A speaker whose clause names no meeting tells the deed and is no side."""
    events = run(text, lang).events
    assert events
    assert all(a.code != "USA" for e in events for a in e.actors)


def test_reported_event_keeps_its_speaker_a_teller() -> None:
    """Where what follows the "that" tells an event of its own, the zone
    stays: the speaker and his guest are no sides of the strike he tells."""
    text = "وقال وزير الخارجية المصري خلال لقائه نظيره الألماني إن إسرائيل قصفت غزة."
    struck = [e for e in run(text, "ar").events if e.type == "ASSAULT"]
    assert struck
    assert all(a.code not in ("EGY", "DEU") for e in struck for a in e.actors)


def test_press_conference_alone_gives_no_meeting() -> None:
    """A spokesman's own press conference names no guest: no meeting."""
    text = "وقال المتحدث باسم الخارجية الروسية في مؤتمر صحفي إن موسكو قلقة."
    assert not [e for e in run(text, "ar").events if e.type == "CONSULT"]


def test_interview_with_a_news_agency_is_no_meeting_of_his() -> None:
    """An interview names a medium in the speaker's clause: he only tells."""
    text = "وقال وزير الخارجية الإيراني في مقابلة مع وكالة رويترز إن المحادثات مستمرة."
    assert not [e for e in run(text, "ar").events if e.type == "CONSULT"]
