"""A count between the partitive "of" and the group it counts (round 111,
partiesfa111; every sentence written for these tests).

"دو تن از هشت فعال محیط زیست" (two of the eight environmental activists):
the people noun "تن" only counts the activists, as in "دو تن از فعالان"
(``extract/partitive.py``). Main saw the partitive only when the group noun
stood right after "از" (or after a member word), so a numeral or a pointer
("این", these) between them left the head as plain civilians: an arrest of
activists read with three sides, police, civilians and activists. Now one
count (a numeral in any script, or a word of ``PARTITIVE_COUNTS``) may stand
there. A place after the count still leaves the head its own people.
"""

from __future__ import annotations

from casts import cast, run


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of ``etype`` in ``text``."""
    return cast(run(text, lang), etype)


# --- Persian -----------------------------------------------------------------


def test_fa_number_word_before_activists() -> None:
    # main: -:COP, -:CVL, -:NGO
    text = "دو تن از هشت فعال محیط زیست که ماه‌هاست در بازداشت هستند به زندان محکوم شدند."
    sides = _cast(text, "fa", "COERCE")
    assert "-:NGO" in sides
    assert "-:CVL" not in sides


def test_fa_number_word_before_journalists() -> None:
    # main: -:COP, -:CVL, -:MED
    sides = _cast("سه نفر از پنج خبرنگار این روزنامه بازداشت شدند.", "fa", "COERCE")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


def test_fa_pointer_before_journalists() -> None:
    # main: -:COP, -:CVL, -:MED
    text = "سه نفر از این خبرنگاران که هفته گذشته بازداشت شدند آزاد شدند."
    sides = _cast(text, "fa", "COERCE")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


def test_fa_number_word_before_workers() -> None:
    # main: -:COP, -:CVL (the workers lost)
    sides = _cast("نیروهای امنیتی دو تن از هشت کارگر معترض را بازداشت کردند.", "fa", "COERCE")
    assert "-:LAB" in sides
    assert "-:CVL" not in sides


def test_fa_place_after_count_keeps_the_people() -> None:
    # guard: a country after "از" is where the people come from
    sides = _cast("پلیس ترکیه دو نفر از ایران را در مرز بازداشت کرد.", "fa", "COERCE")
    assert "TUR:COP" in sides
    assert any(s.endswith(":CVL") for s in sides)


def test_fa_group_right_after_of_unchanged() -> None:
    # guard: the old reading ("سه تن از خبرنگاران") stays
    sides = _cast("پلیس سه تن از خبرنگاران را بازداشت کرد.", "fa", "COERCE")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


# --- Arabic ------------------------------------------------------------------


def test_ar_digits_before_journalists() -> None:
    # main: -:COP, -:CVL (the journalists lost)
    sides = _cast("اعتقلت الشرطة 5 أشخاص من 12 صحفيا كانوا يغطون الاحتجاج.", "ar", "COERCE")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


def test_ar_group_right_after_of_unchanged() -> None:
    # guard: "ثلاثة أشخاص من الصحفيين" as before
    sides = _cast("اعتقلت الشرطة ثلاثة أشخاص من الصحفيين.", "ar", "COERCE")
    assert "-:MED" in sides
    assert "-:CVL" not in sides


# --- English -----------------------------------------------------------------


def test_en_two_of_the_eight_activists() -> None:
    # guard: English counts with a number, no people noun to drop
    sides = _cast("Police arrested two of the eight activists.", "en", "COERCE")
    assert "-:OPP" in sides
    assert "-:CVL" not in sides
