"""A body's own session is no meeting between actors (round 13b; sentences
written for these tests, in ar, fa and en): a cabinet or a committee that
meets by itself, its chair or its assembly named with it, consults no one;
a session with a partner, or of two coordinated or foreign sides, stays a
meeting."""

from __future__ import annotations

import pytest

from casts import run

ALONE = [
    ("ar", "اجتمع مجلس الوزراء اللبناني برئاسة رئيس الحكومة لمناقشة الموازنة."),
    ("ar", "اجتمعت لجنة الأمن القومي في البرلمان الإيراني لمناقشة الملف النووي."),
    ("fa", "کابینه لبنان به ریاست نخست وزیر لبنان جلسه فوق العاده برگزار کرد."),
    ("fa", "کمیسیون امنیت ملی مجلس ایران با حضور اعضا تشکیل جلسه داد."),
    ("en", "The Lebanese cabinet held a session chaired by the Lebanese prime minister."),
    ("en", "The security committee of the Iraqi parliament held an emergency meeting."),
]


@pytest.mark.parametrize(("lang", "text"), ALONE)
def test_body_meeting_by_itself_is_no_consult(lang: str, text: str) -> None:
    assert not [e for e in run(text, lang).events if e.type == "CONSULT"]


WITH_PARTNER = [
    ("ar", "اجتمعت لجنة الشؤون الخارجية في البرلمان العراقي مع وزير الخارجية الإيراني."),
    ("ar", "اجتمع وزير الخارجية الإيراني مع نظيره العماني في مسقط."),
    ("fa", "نشست وزیران خارجه ایران و ترکیه در آنکارا برگزار شد."),
    ("en", "The foreign ministers of Egypt and Jordan held a meeting in Amman."),
    ("en", "The Iraqi prime minister and the Kurdish regional president held a meeting."),
]


@pytest.mark.parametrize(("lang", "text"), WITH_PARTNER)
def test_session_with_a_partner_stays_a_meeting(lang: str, text: str) -> None:
    assert [e for e in run(text, lang).events if e.type == "CONSULT"]


# an international body in session is its members meeting
IGO_SESSIONS = [
    ("ar", "اجتمع قادة الاتحاد الأوروبي في بروكسل لمناقشة الهجرة."),
    ("ar", "عقدت منظمة أوبك اجتماعا في فيينا لبحث الإنتاج."),
    ("en", "EU leaders held a meeting in Brussels on migration."),
    ("en", "OPEC held a meeting in Vienna on output."),
]


@pytest.mark.parametrize(("lang", "text"), IGO_SESSIONS)
def test_international_body_in_session_stays_a_meeting(lang: str, text: str) -> None:
    assert [e for e in run(text, lang).events if e.type == "CONSULT"]
