"""Round 76 (recall76fa): a response promised in the present to any hostile deed.

A side that says, in the present, that it answers any attack, threat or
aggression ("به هر تهدیدی علیه ما پاسخ می‌دهیم", "we respond to any attack",
"نرد على أي اعتداء") states a standing promise of harm in return (PLOVER
THREATEN), as the future "پاسخ خواهیم داد" already was. Without "any" the
present may tell an answer given now, and any question is no hostile deed.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> list[str]:
    """The event types of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [e.type for e in record.events]


ANSWERS_ANY = [
    ("fa", "فرمانده نیروی دریایی ارتش ایران گفت به هر تهدیدی علیه کشورمان پاسخ می‌دهیم."),
    ("fa", "فرمانده سپاه گفت ایران به هرگونه تجاوز اسرائیل قاطعانه پاسخ می‌دهد."),
    ("fa", "ارتش ایران با هر نوع تعرض به مرزهای کشور مقابله می‌کند."),
    ("en", "The Iranian army commander said we respond to any attack on Iran."),
    ("en", "Iran responds to any aggression by Israel, the general said."),
    ("ar", "قال قائد الجيش الإيراني إننا نرد على أي اعتداء إسرائيلي بقوة."),
    ("ar", "قال المتحدث إن الجيش المصري يرد على أي هجوم على حدود مصر."),
]


@pytest.mark.parametrize(("lang", "text"), ANSWERS_ANY)
def test_a_standing_answer_to_any_hostile_deed_is_a_threat(lang: str, text: str) -> None:
    assert "THREATEN" in _types(text, lang)


NOT_A_THREAT = [
    # any question is no hostile deed
    ("fa", "وزیر خارجه ایران گفت به هر پرسشی درباره حمله پاسخ می‌دهیم."),
    # no "any": the answer may be the one given now
    ("fa", "سخنگوی دولت ایران به این حمله پاسخ می‌دهد."),
    # negated
    ("fa", "وزیر دفاع ایران گفت به هرگونه تجاوز پاسخ نمی‌دهیم."),
    ("en", "The Iranian ministry responds to any questions from reporters."),
    ("ar", "قال المتحدث إن الوزارة الإيرانية ترد على أي سؤال من الصحفيين."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_THREAT)
def test_no_threat_without_any_hostile_deed(lang: str, text: str) -> None:
    assert "THREATEN" not in _types(text, lang)
