"""Decisions of round 60 (agents60ar) on unplaced attackers and victims and on
accusative adjectives; every sentence written for these tests.

An attacker or a victim no word of its sentence places ("المهاجم", "عددا من
المارة", "the attacker", "مهاجم") keeps no country, even where the article
names one state throughout: giving it the article's leading state was measured
and dropped (events_train ar test agents .422 → .405, events_heldout ar test
.449 → .437; the readers leave such sides without a country). The counted
singular "متشددا" / "متطرفا" / "جهاديا" is no actor: in the corpus these forms
are adjectives of an indefinite accusative noun ("نهجا متطرفا", "تهديدا
جهاديا"), and reading them as militants gave 3 worse documents of 3.
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


# --- an unplaced attacker keeps no country from the article's leading state ---


def test_arabic_unplaced_attacker_keeps_no_country() -> None:
    text = (
        "أعلنت الشرطة البريطانية أن التحقيقات في الهجوم الذي شهدته لندن مستمرة. "
        "وقالت رئيسة الوزراء البريطانية إن بريطانيا لن تخضع للإرهاب. "
        "ودهس المهاجم بسيارته عددا من المارة على الجسر."
    )
    casts = _casts(text, "ar")
    assert "-:UAF" in casts
    assert "GBR:UAF" not in casts
    assert "GBR:CVL" not in casts


def test_persian_unplaced_attacker_keeps_no_country() -> None:
    text = (
        "پلیس انگلیس اعلام کرد که تحقیقات درباره حمله لندن ادامه دارد. "
        "نخست وزیر انگلیس گفت انگلیس تسلیم تروریسم نمی‌شود. "
        "مهاجم با خودرو به چند عابر پیاده حمله کرد."
    )
    casts = _casts(text, "fa")
    assert "-:UAF" in casts
    assert "GBR:UAF" not in casts


def test_english_unplaced_attacker_keeps_no_country() -> None:
    text = (
        "British police said the investigation into the London attack was continuing. "
        "The British prime minister said Britain would not bow to terror. "
        "The attacker drove his car into several passers-by on the bridge."
    )
    assert "GBR:UAF" not in _casts(text, "en")


# --- an accusative adjective is no militant; a plural noun still is ----------


def test_arabic_extremist_approach_is_no_actor() -> None:
    casts = _casts(
        "صادرت السلطات الألمانية آلاف النسخ من كتاب بحجة أنه تبنى نهجا متطرفا يحث على العنف.", "ar"
    )
    assert "DEU:GOV" in casts
    assert not any(c.endswith(":REB") for c in casts)


def test_arabic_plural_militants_are_rebels() -> None:
    assert "EGY:REB" in _casts("اعتقلت الشرطة المصرية خمسة متشددين في سيناء.", "ar")


def test_persian_extremist_approach_is_no_actor() -> None:
    text = "مقامات آلمان هزاران نسخه از یک کتاب را به دلیل ترویج رویکردی افراطی توقیف کردند."
    casts = _casts(text, "fa")
    assert "DEU:GOV" in casts
    assert not any(c.endswith(":REB") for c in casts)


def test_english_extremist_approach_is_no_actor() -> None:
    text = "German authorities seized thousands of copies of a book for promoting an extremist approach."
    casts = _casts(text, "en")
    assert "DEU:GOV" in casts
    assert not any(c.endswith(":REB") for c in casts)


def test_english_plural_militants_are_rebels() -> None:
    assert "EGY:REB" in _casts("Egyptian police arrested five militants in Sinai.", "en")
