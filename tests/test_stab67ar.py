"""A common word read as a town through its folded hamza, and the appeal
that "طعن" also is (round 67, stab67ar; every sentence written for these
tests).

A place whose text writes a hamza inside a word where no listed spelling
of it has one is another word: "بفأس" (with an axe) is no "in Fez". The
verb "طعن" as a stabbing was measured and reverted (its sides came out
wrong in the corpus); these tests keep its other senses — an appeal or a
challenge with "في/على", Persian "a dagger in the back" — no deed of force.
"""

from __future__ import annotations

import pytest

from casts import cast, run
from diplowatch.text.hamza import medial_hamza

NO_STABBING = [
    ("ar", "طعن المتهم في الحكم أمام محكمة الاستئناف."),
    ("ar", "طعنت المعارضة في نتائج الانتخابات البرلمانية."),
    ("ar", "قدم الحزب طعنا على قرار اللجنة أمام المحكمة الإدارية."),
    ("fa", "نماینده مجلس گفت برخی مدیران از پشت به همکاران خود خنجر می‌زنند."),
    ("fa", "او چاقو را روی میز آشپزخانه گذاشت."),
    ("en", "The opposition challenged the election results in court."),
]

# (language, sentence, a state that must not be read, one that must). Only
# Arabic: Persian and English list no place spelled with a hamza seat, so
# no word of theirs can be read as one through it.
PLACES = [
    ("ar", "اعتدى لص بفأس على حارس المتجر ليلا.", "MAR", None),
    ("ar", "اعتقلت الشرطة رجلا هاجم المارة بفأس في الشارع.", "MAR", None),
    ("ar", "اعتقلت الشرطة رجلا في فاس بعد الهجوم على المارة.", None, "MAR"),
    ("ar", "هاجم مسلحون دورية للشرطة بالأحساء.", None, "SAU"),
    ("ar", "أرسلت اليابان مساعدات طبية للأردن.", None, "JOR"),
    ("ar", "هاجم مسلحون قاعدة للجيش في رأس لانوف.", None, "LBY"),
]


@pytest.mark.parametrize(("lang", "text"), NO_STABBING)
def test_appeal_or_figure_is_no_assault(lang: str, text: str) -> None:
    """An appeal against a ruling, a challenge, a knife laid down or a
    dagger in the back is no deed of force."""
    assert not cast(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(("lang", "text", "absent", "present"), PLACES)
def test_hamza_word_is_no_town(
    lang: str, text: str, absent: str | None, present: str | None
) -> None:
    """An axe is no Fez; Fez, al-Ahsa and Ras Lanuf written as listed stay.
    Where a state must not be read, the deed itself must still be (else the
    case would pass with no event at all)."""
    events = run(text, lang).events
    codes = {a.code for e in events for a in e.actors}
    if absent:
        assert "ASSAULT" in {e.type for e in events}, text
        assert absent not in codes
    if present:
        assert present in codes


@pytest.mark.parametrize(
    ("written", "inside"),
    [
        ("فأس", True),
        ("رأس تنورة", True),
        ("إسرائيل", False),
        ("الأحساء", False),
        ("لأحساء", False),  # the article contracted after "ل" ("للأحساء")
        ("للأردن", False),
        ("فاس", False),
    ],
)
def test_medial_hamza(written: str, inside: bool) -> None:
    """A hamza at a word's start, or right after its article, is no sign."""
    assert medial_hamza(written, "أإآ", ("لل", "ال", "ل")) is inside
