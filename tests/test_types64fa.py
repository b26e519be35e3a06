"""Decisions of round 64 (types64fa) on a side said to be in coordination
with another; every sentence written for these tests.

A side that is "in (close) coordination with" another as the predicate of
its clause (Persian "در هماهنگی (نزدیک) با … است/هستیم", English "are in
close coordination with", Arabic "على تنسيق (وثيق) مع") coordinates now:
PLOVER COOPERATE, as the verbs "هماهنگ کرد", "coordinated with" and "نسق
مع" are read. The same phrase as an adverb of another verb, or of a
judgement, tells no coordination of its own.
"""

from __future__ import annotations

from casts import cast, run


def _types(text: str, lang: str) -> list[str]:
    """The event types of ``text``, in order."""
    return [e.type for e in run(text, lang).events]


# --- the copular predicate is cooperation ---


def test_persian_close_coordination_with_copula() -> None:
    record = run("وزیر خارجه ترکیه گفت آنکارا در هماهنگی نزدیک با مسکو است.", "fa")
    assert cast(record, "COOPERATE") == {"TUR:GOV", "RUS:"}


def test_persian_plain_coordination_with_plural_copula() -> None:
    text = "مقام‌های اردن و مصر گفتند دو کشور در هماهنگی با عربستان هستند."
    assert "SAU:" in cast(run(text, "fa"), "COOPERATE")


def test_persian_coordination_with_a_list_pairs_the_subject_with_each() -> None:
    text = "سخنگوی دولت گفت ژاپن در هماهنگی کامل با کره جنوبی و استرالیا است."
    codes = {c.split(":")[0] for c in cast(run(text, "fa"), "COOPERATE")}
    assert codes == {"JPN", "KOR", "AUS"}


def test_english_close_coordination_with_copula() -> None:
    text = "Jordan remains in close coordination with Egypt on the border crisis."
    assert cast(run(text, "en"), "COOPERATE") == {"JOR:", "EGY:"}


def test_english_coordination_after_are() -> None:
    text = "Officials said Norway and Denmark are in coordination with Sweden."
    assert "SWE:" in cast(run(text, "en"), "COOPERATE")


def test_arabic_close_coordination_as_nominal_predicate() -> None:
    text = "قال الوزير إن الكويت على تنسيق وثيق مع قطر بشأن الأزمة."
    assert {"KWT:GOV", "QAT:"} <= cast(run(text, "ar"), "COOPERATE")


def test_arabic_continuous_coordination() -> None:
    text = "أكد المتحدث أن المغرب في تنسيق مستمر مع إسبانيا."
    assert "ESP:" in cast(run(text, "ar"), "COOPERATE")


# --- an adverb of another verb, or of a judgement, is no coordination ---


def test_persian_adverb_of_another_verb_is_no_cooperation() -> None:
    text = "آلمان در هماهنگی با فرانسه پاسخ مناسبی به روسیه خواهد داد."
    assert "COOPERATE" not in _types(text, "fa")


def test_persian_adverb_of_a_judgement_is_no_cooperation() -> None:
    text = "ما معتقدیم که دیپلماسی در هماهنگی با متحدان و شرکای منطقه‌ای کشور بهترین راه برای حل این بحران است."
    assert "COOPERATE" not in _types(text, "fa")


def test_persian_copula_of_an_earlier_clause_is_not_read() -> None:
    text = "او گفت این گزارش‌ها نگران‌کننده بوده و افزود کانادا در هماهنگی با بریتانیا وضعیت را رصد می‌کند."
    assert "COOPERATE" not in _types(text, "fa")


def test_english_fronted_adverb_is_no_cooperation() -> None:
    text = "In close coordination with France, Germany will answer Russia."
    assert "COOPERATE" not in _types(text, "en")


def test_english_carried_out_in_coordination_is_no_cooperation() -> None:
    text = "The ministry said the raid was carried out in coordination with Iraqi forces."
    assert "COOPERATE" not in _types(text, "en")


def test_arabic_adverbial_coordination_is_no_cooperation() -> None:
    text = "وأكدت ألمانيا أنها سترد بالتنسيق مع فرنسا."
    assert "COOPERATE" not in _types(text, "ar")


def test_arabic_coordinating_efforts_is_no_cooperation() -> None:
    text = "وأشاد الوزير بدور قطر في تنسيق الجهود الإنسانية في غزة."
    assert "COOPERATE" not in _types(text, "ar")


# --- the rest of a partner list is no doer of the sentence's threat ---


def test_persian_partners_left_after_the_coordination_do_not_threaten() -> None:
    text = "ما در هماهنگی نزدیک با آلمان، فرانسه و ایتالیا هستیم و پاسخی قاطع در راه خواهد بود."
    record = run(text, "fa")
    assert cast(record, "COOPERATE") == {"DEU:", "FRA:", "ITA:"}
    assert cast(record, "THREATEN") == set()


def test_persian_listed_doers_still_condemn() -> None:
    text = "آلمان، فرانسه و ایتالیا این حمله را محکوم کردند."
    assert cast(run(text, "fa"), "ACCUSE") == {"DEU:", "FRA:", "ITA:"}
