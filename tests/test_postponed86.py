"""Round 86, the status of events postponed or called off (postponed86;
every sentence written for these tests).

An event postponed, delayed or put off ("postponed his visit", "تأجيل
الإضراب", "به تعویق افتاد", "موکول شد") did not take place when it was due:
it is negated, as one called off is (``status.PUT_OFF_CUES``, read with
``CANCELLED_CUES``), as the challenge gold codes a postponed strike or
meeting. Main (round 85) read these planned. Guards: an event rescheduled
for a new date is planned, a request to postpone is a request, a sentence
handed down with its execution suspended is reported, and events called
off, announced or held keep their statuses.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

# main read each of these "planned"
PUT_OFF = [
    ("en", "The French foreign minister postponed his visit to Tunisia.", "CONSULT"),
    ("en", "Talks between Iran and Iraq were delayed.", "CONSULT"),
    (
        "en",
        "A meeting between the Turkish and Greek ministers was put off until after the elections.",
        "CONSULT",
    ),
    ("ar", "أعلنت الرئاسة تأجيل زيارة الرئيس الفرنسي إلى تونس.", "CONSULT"),
    ("ar", "قرر اتحاد الشغل تأجيل الإضراب العام في تونس.", "PROTEST"),
    ("fa", "سفر وزیر خارجه فرانسه به تونس به تعویق افتاد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PUT_OFF)
def test_a_postponed_event_is_negated(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"negated"}


KEPT = [
    # a new date set: still to come
    ("en", "The meeting between Iran and Iraq was rescheduled for Monday.", "CONSULT", "planned"),
    # mendD87 (REVIEW86 finding 1): put off to a new date, still to come
    ("ar", "تأجلت المحادثات بين إيران والعراق إلى الأسبوع المقبل.", "CONSULT", "planned"),
    ("fa", "مذاکرات ایران و عراق به هفته آینده موکول شد.", "CONSULT", "planned"),
    # a request to postpone is made; nothing is put off yet
    (
        "en",
        "The opposition asked parliament to postpone the vote on the budget.",
        "REQUEST",
        "reported",
    ),
    ("ar", "طالبت المعارضة في تونس البرلمان بتأجيل التصويت على الميزانية.", "REQUEST", "reported"),
    # a suspended sentence was handed down
    (
        "ar",
        "حكمت المحكمة على الصحفي التونسي بالسجن ستة أشهر مع تأجيل التنفيذ.",
        "COERCE",
        "reported",
    ),
    # called off, announced, held: as before
    ("en", "The visit of the Turkish president to Greece was cancelled.", "CONSULT", "negated"),
    ("en", "The Turkish president will visit Greece next week.", "CONSULT", "planned"),
    ("ar", "سيزور الرئيس التركي اليونان الأسبوع المقبل.", "CONSULT", "planned"),
    ("fa", "دیدار رئیس جمهور ترکیه و نخست وزیر یونان لغو شد.", "CONSULT", "negated"),
    ("fa", "رئیس جمهور ترکیه هفته آینده به یونان سفر خواهد کرد.", "CONSULT", "planned"),
    ("fa", "دیدار وزیران خارجه ایران و عراق روز دوشنبه برگزار شد.", "CONSULT", "reported"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), KEPT)
def test_rescheduled_requested_and_other_statuses_kept(
    lang: str, text: str, etype: str, status: str
) -> None:
    assert statuses(text, lang, etype) == {status}
