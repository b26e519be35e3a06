"""Round 72 (cleanup72): the Persian "پس گرفت" guard reads its retracted
word only within the verb's own phrase: a comma ends it, so a claim or a
complaint of an earlier clause does not make a town retaken a backing down.
Every sentence written for these tests."""

from __future__ import annotations

import pytest

from casts import run

# (language, sentence): no RETREAT, the retracted word stands before a comma
NOT_RETRACTED = [
    ("fa", "پس از طرح ادعای خود درباره کشتی، ارتش شهر را از طالبان پس گرفت."),
    ("fa", "ارتش پس از رد درخواست مذاکره، شهر را پس گرفت."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RETRACTED)
def test_word_of_an_earlier_clause_is_not_taken_back(lang: str, text: str) -> None:
    assert "RETREAT" not in {e.type for e in run(text, lang).events}


# (language, sentence): one's own word taken back is still a RETREAT, a comma
# before it in the sentence or not; Arabic and English read the verb's object
# after it and keep it across a comma that follows.
RETRACTED = [
    ("fa", "ایران ادعای خود را پس گرفت."),
    ("fa", "دولت ترکیه پس از اعتراض آنکارا، تهدید خود را پس گرفت."),
    ("fa", "نمایندگان امضای خود را برای طرح سؤال از وزیر پس گرفته‌اند."),
    ("ar", "سحبت روسيا مشروع القرار، بعد اعتراض الصين."),
    ("en", "After the complaint, Russia withdrew its draft resolution."),
]


@pytest.mark.parametrize(("lang", "text"), RETRACTED)
def test_own_word_taken_back_is_retreat(lang: str, text: str) -> None:
    assert "RETREAT" in {e.type for e in run(text, lang).events}
