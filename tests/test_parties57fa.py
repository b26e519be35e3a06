"""Foreigners let go where they were held (parties57fa).

People released in a state that is not their own ("Iranian sailors were
released in Indonesia", "أفرج عن بحارة إيرانيين في إندونيسيا", "ملوانان
ایرانی در اندونزی آزاد شدند"), or whose release an envoy announces, are
let go by that state: it is the release's side, as a whole (which of its
bodies held them the sentence does not tell), first as the one who acts
(``agents.IMPLIED_BY_MODE`` ("CONCEDE", "release") with the ``"foreign"``
mark, ``extract/implied.py``). The place of a domestic release, a release
with no place, and a release whose author is named add no state.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import first_cast

# --- a release announced of nationals held in another state ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "أعلن السفير الإيراني الإفراج عن ثمانية بحارة إيرانيين كانوا مسجونين في إندونيسيا.",
        ),
        (
            "fa",
            "سفیر ایران از آزادی هشت ملوان ایرانی که در اندونزی در زندان به سر می‌بردند خبر داد.",
        ),
        (
            "en",
            "The Iranian ambassador announced the release of eight Iranian sailors "
            "who had been jailed in Indonesia.",
        ),
    ],
)
def test_announced_release_abroad_names_the_holding_state(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE") == ["IDN:None", "IRN:CVL"]


# --- a passive release in another state ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرج عن ثمانية بحارة إيرانيين في إندونيسيا."),
        ("fa", "هشت ملوان ایرانی در اندونزی آزاد شدند."),
        ("en", "Eight Iranian sailors were released in Indonesia."),
    ],
)
def test_passive_release_abroad_names_the_holding_state(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE") == ["IDN:None", "IRN:CVL"]


# --- no state added: at home, with no place, or beside a named author ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرج عن ثمانية ناشطين إيرانيين في إيران."),
        ("fa", "هشت فعال ایرانی در ایران آزاد شدند."),
        ("en", "Eight Iranian activists were released in Iran."),
    ],
)
def test_release_at_home_adds_no_state(lang: str, text: str) -> None:
    got = first_cast(text, lang, "CONCEDE")
    assert "IRN:None" not in got, got
    assert got[0] == "-:None", got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرج عن ثمانية بحارة إيرانيين."),
        ("fa", "هشت ملوان ایرانی آزاد شدند."),
        ("en", "Eight Iranian sailors were released."),
    ],
)
def test_release_with_no_place_adds_no_state(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE") == ["-:None", "IRN:CVL"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرج الخاطفون عن مهندسين إيطاليين في ليبيا."),
        ("fa", "آدم‌ربایان دو مهندس ایتالیایی را در لیبی آزاد کردند."),
        ("en", "Kidnappers released two Italian engineers in Libya."),
    ],
)
def test_release_by_named_captors_adds_no_state(lang: str, text: str) -> None:
    got = first_cast(text, lang, "CONCEDE")
    assert "LBY:None" not in got, got
    assert got[0].startswith("LBY:"), got
