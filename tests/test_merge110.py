"""Round 110, at the merge of clause110 with its mend: two older readings the
coordinated-clause step (``extract/coordinated_clause.py``) had broken.

A clause after "و"/"and" that names the other clause's event again by a
demonstrative and its noun ("از این سفر استقبال کرد") welcomes that event's
sides; a participle glued to "و" ("، وداعيا") shares the first subject and
opens no clause of its own. Sentences written for this file."""

from __future__ import annotations

import pytest

from casts import sides

WELCOMED_AGAIN = [
    ("fa", "نخست‌وزیر پاکستان به پکن سفر کرد و چین از این سفر استقبال کرد.", "PAK", "CHN"),
    ("fa", "وزیر دفاع ترکیه به باکو رفت و آذربایجان از این سفر استقبال کرد.", "TUR", "AZE"),
    ("ar", "زار رئيس الوزراء الباكستاني بكين، ورحبت الصين بهذه الزيارة.", "PAK", "CHN"),
    pytest.param(
        "en",
        "The Pakistani prime minister visited Beijing, and China welcomed this visit.",
        "PAK",
        "CHN",
        marks=pytest.mark.xfail(strict=True, reason="English reads no welcome of a visit"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "guest", "host"), WELCOMED_AGAIN)
def test_welcome_of_the_event_named_again_keeps_its_sides(
    lang: str, text: str, guest: str, host: str
) -> None:
    found = [{code for code, _ in side} for side in sides(text, lang, "SUPPORT")]
    assert found and {guest, host} <= found[0]


SHARED_SUBJECT = [
    ("ar", "انتقدت تركيا القرار، وداعية اليونان إلى الحوار.", "TUR", "GRC"),
    ("ar", "رفض الأردن الخطة، و مطالبا إسرائيل بوقف الاستيطان.", "JOR", "ISR"),
    ("fa", "ترکیه این تصمیم را محکوم کرد و از یونان خواست به گفت‌وگو بازگردد.", "TUR", "GRC"),
    ("en", "Turkey criticised the decision, and urged Greece to return to talks.", "TUR", "GRC"),
]


@pytest.mark.parametrize(("lang", "text", "asker", "asked"), SHARED_SUBJECT)
def test_participle_after_and_asks_with_the_first_subject(
    lang: str, text: str, asker: str, asked: str
) -> None:
    found = [[code for code, _ in side] for side in sides(text, lang, "REQUEST")]
    assert found and found[0][:2] == [asker, asked]
