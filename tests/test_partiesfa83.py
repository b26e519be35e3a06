"""Where a company, an outlet or a body is based is no side of a deed and
no home of the people it strikes (round 83; sentences written for these
tests).

- Persian "مستقر در", Arabic "مقرها/مقره (في)" and English "headquartered
  in" after a company, outlet or body head (``context.SEAT_WORDS``,
  ``SEAT_HEADS`` within ``SEAT_REACH`` words, ``countries._seated``) that has
  its own nationality (mended in round 84: a firm with none is of the state
  it is based in, ``tests/test_mendC84.py``);
- forces and envoys stationed somewhere keep that place as their home or
  host ("نیروهای امنیتی مستقر در نیمروز", "سفرای … مستقر در تهران").
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    events = [e for e in run(text, lang).events if e.type == kind]
    assert events, f"no {kind} in {text}"
    return {a.code for e in events for a in e.actors}


# main read the seat's state as the crew's or the attacker's country
@pytest.mark.parametrize(
    ("text", "lang", "kind", "seat"),
    [
        (
            "نیروی دریایی ایران به یک کشتی متعلق به شرکتی اسرائیلی مستقر در لندن حمله کرد.",
            "fa",
            "ASSAULT",
            "GBR",
        ),
        (
            "یک سازمان نروژی مستقر در سوئد اعدام دو زندانی را محکوم کرد.",
            "fa",
            "ACCUSE",
            "SWE",
        ),
        (
            "هاجمت إيران سفينة تملكها شركة إسرائيلية مقرها في لندن.",
            "ar",
            "ASSAULT",
            "GBR",
        ),
        (
            "Iran attacked a tanker owned by an Israeli firm headquartered in London.",
            "en",
            "ASSAULT",
            "GBR",
        ),
        (
            "A Norwegian rights group headquartered in Sweden condemned the execution of three prisoners.",
            "en",
            "ACCUSE",
            "SWE",
        ),
    ],
)
def test_a_seat_is_no_side(text: str, lang: str, kind: str, seat: str) -> None:
    assert seat not in _codes(text, lang, kind)


def test_a_seat_leaves_the_named_sides() -> None:
    # main also made the British seat the drones' country
    text = (
        "پهپادها کشتی‌ای را که یک شرکت ژاپنی مستقر در بریتانیا اداره می‌کند "
        "هدف قرار دادند و دو ملوان هندی کشته شدند."
    )
    codes = _codes(text, "fa", "ASSAULT")
    assert "GBR" not in codes
    assert "IND" in codes


# guards: forces and envoys serve where they are stationed
@pytest.mark.parametrize(
    ("text", "kind", "home"),
    [
        ("نیروهای امنیتی مستقر در قندهار بدون درگیری شهر را ترک کردند.", "RETREAT", "AFG"),
        ("سفرای کشورهای خارجی مستقر در تهران به این نشست دعوت خواهند شد.", "REQUEST", "IRN"),
    ],
)
def test_stationed_forces_and_envoys_keep_their_place(text: str, kind: str, home: str) -> None:
    assert home in _codes(text, "fa", kind)


def test_residence_still_reads() -> None:
    # bystander30's words still work beside the seat words
    text = "مخالف مقیم لندن گفت که نیروهای امنیتی ده معترض را در تهران بازداشت کردند."
    assert "GBR" not in _codes(text, "fa", "COERCE")
