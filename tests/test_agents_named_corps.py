"""Iran's Revolutionary Guards are a named corps, not a military noun that
waits for a country: "الحرس الثوري" and "the Revolutionary Guards" are
IRN:MIL even when a country adjective of the seized or struck thing follows
("ناقلة نفط بريطانية" is the tanker's, not the corps'). Sentences written
for these tests, in Arabic, Persian and English."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> list[str]:
    """'CODE:AGENT' of the actors of the first event ('-' for no code)."""
    events = process(Document("t", text, lang=lang)).events
    assert events, text
    return [f"{a.code or '-'}:{a.agent}" for a in events[0].actors]


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("أعلن الحرس الثوري أنه احتجز ناقلة نفط بريطانية في الخليج.", "ar", "IRN:MIL"),
        ("قال الحرس الثوري إنه أسقط طائرة مسيرة أمريكية قرب مضيق هرمز.", "ar", "IRN:MIL"),
        ("هاجم الحرس الثوري الإيراني مواقع لمسلحين أكراد في شمال العراق.", "ar", "IRN:MIL"),
        ("سپاه پاسداران یک نفتکش انگلیسی را در خلیج فارس توقیف کرد.", "fa", "IRN:MIL"),
        ("The Revolutionary Guards seized a British oil tanker in the Gulf.", "en", "IRN:MIL"),
        ("Iran's Revolutionary Guard fired missiles at militant camps in Iraq.", "en", "IRN:MIL"),
    ],
)
def test_the_corps_is_irans_military(text: str, lang: str, doer: str) -> None:
    got = agents(text, lang)
    assert got[0] == doer
    assert "GBR:MIL" not in got and "USA:MIL" not in got[:1]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("اعتقل الحرس الوطني التونسي عشرة مهربين قرب الحدود.", "ar", "TUN"),
        ("The Tunisian National Guard arrested ten smugglers near the border.", "en", "TUN"),
        ("گارد ملی تونس ده قاچاقچی را نزدیک مرز بازداشت کرد.", "fa", "TUN"),
    ],
)
def test_other_guards_keep_their_country(text: str, lang: str, want: str) -> None:
    """Only Iran's corps is named so: a national guard keeps its own state."""
    assert agents(text, lang)[0].split(":")[0] == want
