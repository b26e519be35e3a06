"""recall63fa: slander made on a side is criticism (PLOVER ACCUSE)."""

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> set[str]:
    """Event types read from one sentence of my own."""
    return {e.type for e in process(Document("t", text, lang=lang)).events}


def test_fa_slander_verb_is_accuse() -> None:
    text = "سخنگوی وزارت خارجه ایران گفت رسانه‌های آمریکا علیه ایران جوسازی می‌کنند."
    assert "ACCUSE" in _types(text, "fa")


def test_fa_slander_past_is_accuse() -> None:
    text = "وزیر کشور ایران گفت مقامات آمریکا به دولت ایران تهمت زدند."
    assert "ACCUSE" in _types(text, "fa")


def test_fa_slander_infinitive_is_no_event() -> None:
    text = "وزیر کشور ایران گفت تهمت زدن به دیگران کار درستی نیست."
    assert "ACCUSE" not in _types(text, "fa")


def test_fa_slander_noun_in_a_rule_is_no_event() -> None:
    text = "نظرات حاوی توهین، افترا و تهمت به ایران منتشر نمی‌شود."
    assert "ACCUSE" not in _types(text, "fa")


def test_ar_slander_on_is_accuse() -> None:
    text = "قال وزير الخارجية الإيراني إن الحكومة الأمريكية افترت على إيران، وإن واشنطن يفترون على طهران."
    assert "ACCUSE" in _types(text, "ar")


def test_ar_slander_noun_alone_is_no_event() -> None:
    text = "نشرت صحيفة مصرية كتابا عن تاريخ الافتراء في الأدب."
    assert "ACCUSE" not in _types(text, "ar")


def test_en_slandered_is_accuse() -> None:
    text = "Iran's foreign ministry said the US government slandered Iran."
    assert "ACCUSE" in _types(text, "en")


def test_en_slander_law_is_no_event() -> None:
    text = "Egypt's parliament debated a new law on libel in newspapers."
    assert "ACCUSE" not in _types(text, "en")
