"""Which side an event's actors list puts first when the news names only
whom a deed struck (doerslot24).

* Victims counted by a quantity with no figure ("a number of security men
  were killed", "قتل عدد من رجال الأمن", "شماری از ماموران امنیتی کشته
  شدند") are whom the deed struck, as a written number makes them
  (``counts.VAGUE_NUMBERS``): armed or not, they are no doer, and the
  unidentified attackers come first.
* A ship that "was targeted" in Persian, where the trigger holds the passive
  light verb's first word ("هدف قرار" + "گرفت"), underwent the attack: the
  unidentified attackers come first (``victims_only._struck_in_passive``), unless
  a marker names the doer, up to three words before it ("از سوی پهپادهای
  ساخت ایران").

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import sides as _sides

# --- victims counted with no figure: struck, not doers ---


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("ar", "قتل عدد من رجال الأمن المصريين في سيناء.", ("EGY", "COP")),
        ("fa", "شماری از ماموران امنیتی مصر در سینا کشته شدند.", ("EGY", "COP")),
        ("en", "A number of Egyptian security men were killed in Sinai.", ("EGY", "COP")),
        ("ar", "قتل عدة جنود عراقيين في هجوم قرب الموصل.", ("IRQ", "MIL")),
        ("fa", "تعدادی از سربازان عراقی در حمله‌ای نزدیک موصل کشته شدند.", ("IRQ", "MIL")),
        ("en", "Several Iraqi soldiers were killed in an attack near Mosul.", ("IRQ", "MIL")),
    ],
)
def test_vaguely_counted_victims_are_struck(lang: str, text: str, victim: tuple[str, str]) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert any(s[0][1] == "UAF" and victim in s[1:] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "هاجم عدد من الجنود العراقيين مواقع داعش قرب الموصل."),
        ("fa", "شماری از سربازان عراقی به مواضع داعش در نزدیکی موصل حمله کردند."),
        ("en", "A number of Iraqi soldiers attacked ISIS positions near Mosul."),
    ],
)
def test_vaguely_counted_attackers_stay_doers(lang: str, text: str) -> None:
    """A counted group that attacks someone named is the doer still."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0] == ("IRQ", "MIL") for s in sides), sides


# --- a ship targeted: struck, the attackers unnamed ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "یک نفتکش ایرانی در دریای سرخ هدف قرار گرفت."),
        ("ar", "تعرضت ناقلة نفط إيرانية لهجوم في البحر الأحمر."),
        ("en", "An Iranian oil tanker came under attack in the Red Sea."),
    ],
)
def test_targeted_ship_is_struck(lang: str, text: str) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][1] == "UAF" and "IRN" in {c for c, _ in s[1:]} for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "این نفتکش از سوی پهپادهای ساخت ایران هدف قرار گرفت."),
        ("ar", "استهدفت الطائرات المسيرة الإيرانية ناقلة النفط."),
        ("en", "Iranian drones attacked the oil tanker."),
    ],
)
def test_marked_doer_of_targeting_is_named(lang: str, text: str) -> None:
    """The doer marked "by" ("از سوی"), even three words before its name, acts."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][0] == "IRN" and s[0][1] != "UAF" for s in sides), sides


# --- the passive's noun ("هدف قرار گرفتن", "بتعرض"): its genitive struck ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "منابع خبری از هدف قرار گرفتن یک نفتکش ایرانی در دریای سرخ خبر دادند."),
        ("ar", "أفادت مصادر إخبارية بتعرض ناقلة نفط إيرانية لهجوم في البحر الأحمر."),
        (
            "en",
            "News sources reported that an Iranian oil tanker came under attack in the Red Sea.",
        ),
    ],
)
def test_passive_noun_names_the_struck(lang: str, text: str) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][1] == "UAF" and "IRN" in {c for c, _ in s[1:]} for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "هدف قرار گرفتن نفتکش ایرانی توسط ارتش آمریکا در دریای سرخ گزارش شد."),
        ("ar", "أفادت مصادر بقصف الجيش الأمريكي ناقلة نفط إيرانية في البحر الأحمر."),
        ("en", "Sources reported that the US army attacked an Iranian oil tanker in the Red Sea."),
    ],
)
def test_passive_noun_with_marked_doer(lang: str, text: str) -> None:
    """A doer marked "by" after the passive's noun is named, and first."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s[0][0] == "USA" for s in sides), sides
