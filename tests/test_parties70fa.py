"""A place read as a side (round 70; sentences written for these tests).

- a state written as the border a town of another state lies on ("شهر
  زرنج در مرز ایران", "in Zaranj near the Iranian border", "at the border
  of Iran") is where the town lies: no side of what happens in the town;
- a canal named after a state or town ("کانال سوئز", "کانال پاناما", "the
  Panama Canal") is a waterway a fleet passes, not that state;
- kept as before: a border struck ("به مرز ایران حمله کردند", "attacked the
  Iranian border"), a post at a border with no town of another state before
  it (its guards stay of that state), a deployment's destination state.
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {a.code for e in found for a in e.actors}


def _units(text: str, lang: str, kind: str) -> set[tuple[str | None, str | None]]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {(a.code, a.agent) for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "gone", "kept"),
    [
        # the border a town lies on: the neighbour is no side
        ("شورشیان طالبان شهر زرنج در مرز ایران را تصرف کردند.", "fa", "ASSAULT", "IRN", "AFG"),
        (
            "شورشیان طالبان شهر زرنج در مرز استان سیستان و بلوچستان ایران را تصرف کردند.",
            "fa",
            "ASSAULT",
            "IRN",
            "AFG",
        ),
        (
            "Taliban fighters seized a checkpoint in Zaranj near the Iranian border.",
            "en",
            "COERCE",
            "IRN",
            "AFG",
        ),
        (
            "Taliban fighters stormed a police post in Zaranj at the border of Iran.",
            "en",
            "ASSAULT",
            "IRN",
            "AFG",
        ),
        ("سيطر مقاتلو طالبان على مدينة زرنج على حدود إيران.", "ar", "ASSAULT", "IRN", "AFG"),
        # a canal named after a state or town: the waterway, not the state
        (
            "ارتش ایران ناوگروهی را از کانال پاناما به اقیانوس آرام اعزام کرد.",
            "fa",
            "MOBILIZE",
            "PAN",
            "IRN",
        ),
        (
            "Iran's navy deployed two warships through the Panama Canal.",
            "en",
            "MOBILIZE",
            "PAN",
            "IRN",
        ),
        (
            "أرسلت البحرية الإيرانية سفينتين حربيتين عبر قناة بنما.",
            "ar",
            "MOBILIZE",
            "PAN",
            "IRN",
        ),
    ],
)
def test_place_is_no_side(text: str, lang: str, kind: str, gone: str, kept: str) -> None:
    codes = _codes(text, lang, kind)
    assert gone not in codes
    assert kept in codes


def test_canal_lends_no_home_to_a_fleet() -> None:
    # the ships of no named state do not become Egypt's by passing Suez
    units = _units("نیروی دریایی دو ناوچه را از کانال سوئز اعزام کرد.", "fa", "MOBILIZE")
    assert ("EGY", "MIL") not in units
    assert "EGY" not in {code for code, _ in units}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "kept"),
    [
        # a border struck keeps its state
        ("شورشیان طالبان به مرز ایران حمله کردند.", "fa", "ASSAULT", "IRN"),
        ("Taliban fighters attacked the Iranian border.", "en", "ASSAULT", "IRN"),
        # a deployment's destination is read as before
        ("ارتش ایران ناوگروهی را به مصر اعزام کرد.", "fa", "MOBILIZE", "EGY"),
        ("Iran's navy deployed two warships to Egypt.", "en", "MOBILIZE", "EGY"),
    ],
)
def test_struck_border_and_destination_kept(text: str, lang: str, kind: str, kept: str) -> None:
    assert kept in _codes(text, lang, kind)


def test_post_at_a_border_keeps_its_guards_home() -> None:
    # no town of another state before "در مرز": the guards stay Iran's
    text = "شبه‌نظامیان به یک پاسگاه در مرز ایران حمله کردند و دو مرزبان را کشتند."
    assert ("IRN", "COP") in _units(text, "fa", "ASSAULT")
