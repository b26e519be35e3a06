"""A given name in an arrest's object slot that is someone else (mendD97).

objects96 read a common given name in the object slot of a verb of arrest
as the person held. The review of round 96 found five ways it is not:
the Arabic verb comes first, so a given name right after it is the doer;
a comma apposition with a mention says who the named man is (a group's
commander, an activist); a name that is a noun's complement (Persian
"قاتل علی رضایی را", English "Ali Karimi's killer") is not the one held;
Persian "مانع بازداشت شد" prevents an arrest; English "Abbas" names the
Palestinian president, often as a modifier ("Abbas loyalists"). The first
lines are the review's sentences; the rest were written for these tests.
Each "main:" comment gives what main (548cf38a) read.
"""

from __future__ import annotations

from casts import casts_in_order


def _arrest(text: str, lang: str) -> list[str]:
    events = casts_in_order(text, lang, "COERCE")
    assert events, f"no arrest in {text}"
    return events[0]


def test_arabic_given_name_right_after_the_verb_is_the_doer() -> None:
    # main: [-:CVL, -:COP/official], the sides swapped
    assert _arrest("اعتقل محمد سالم، قائد الشرطة، ثلاثة متظاهرين.", "ar") == ["-:COP", "-:CVL"]


def test_arabic_given_name_doer_with_a_title_after_it() -> None:
    # main: [IRQ:COP, IRQ:CVL, IRQ:MED] (the director made one of those held)
    text = "احتجز أحمد كريم، مدير الأمن، خمسة صحفيين في بغداد."
    assert _arrest(text, "ar") == ["IRQ:COP", "IRQ:MED"]


def test_arabic_apposition_names_the_group() -> None:
    # main: [IRQ:MIL, IRQ:CVL] (the commander an Iraqi civilian)
    text = "اعتقلت القوات العراقية عمر التونسي، القيادي في تنظيم داعش."
    assert _arrest(text, "ar") == ["IRQ:MIL", "-:REB"]


def test_arabic_apposition_names_an_activist() -> None:
    # main: [EGY:COP, EGY:CVL]
    text = "اعتقلت الشرطة المصرية خالد منصور، وهو ناشط حقوقي، في القاهرة."
    assert _arrest(text, "ar") == ["EGY:COP", "EGY:OPP"]


def test_english_apposition_names_the_group() -> None:
    # main: [IRQ:MIL, IRQ:CVL]
    text = "Iraqi forces arrested Omar al-Tunisi, an Islamic State commander."
    assert _arrest(text, "en") == ["IRQ:MIL", "-:REB"]
    # main: [SYR:MIL, SYR:CVL]
    text = "Syrian troops detained Ahmed Jaber, a Nusra Front commander, near Idlib."
    assert _arrest(text, "en") == ["SYR:MIL", "SYR:REB"]


def test_persian_name_as_a_nouns_complement() -> None:
    # main: [-:COP, -:CVL] (the victim held in the killer's place)
    assert _arrest("پلیس قاتل علی رضایی را بازداشت کرد.", "fa") == ["-:COP", "-:UAF"]
    # main: [IRN:COP, IRN:CVL]
    assert _arrest("پلیس تهران ضارب حمید کریمی را دستگیر کرد.", "fa") == ["IRN:COP", "IRN:UAF"]


def test_english_name_as_a_possessor() -> None:
    # main: [-:COP, -:CVL]
    assert _arrest("Police arrested Ali Karimi's killer.", "en") == ["-:COP"]
    # main: [EGY:COP, EGY:CVL]
    assert _arrest("Egyptian police detained Hassan Salem's brother in Cairo.", "en") == ["EGY:COP"]


def test_persian_prevented_arrest_is_no_passive() -> None:
    # main: [-:COP, -:CVL] (the man who stopped the arrest held)
    assert _arrest("علی رضایی مانع بازداشت شد.", "fa") == ["-:COP"]


def test_english_abbas_as_a_modifier() -> None:
    # main: [PSE:REB, PSE:CVL] (Fatah loyalists Palestinian civilians)
    assert _arrest("Hamas arrested Abbas loyalists in Gaza.", "en") == ["PSE:REB"]
    # main: the same
    text = "Hamas security forces detained Abbas supporters in Gaza."
    assert _arrest(text, "en") == ["PSE:REB"]


def test_guard_named_men_held_still_read() -> None:
    # main and after: the man held is read in the object slot
    for lang, text, cast in (
        ("ar", "اعتقلت الشرطة المصرية محمد سالم في القاهرة.", ["EGY:COP", "EGY:CVL"]),
        ("ar", "اعتقلت الشرطة العراقية أحمد كريم في بغداد.", ["IRQ:COP", "IRQ:CVL"]),
        ("fa", "پلیس ایران حمید فلاحی را بازداشت کرد.", ["IRN:COP", "IRN:CVL"]),
        ("fa", "روز شنبه پلیس مهدی کریمی را بازداشت کرد.", ["-:COP", "-:CVL"]),
        ("fa", "حمید کریمی روز یکشنبه در تهران بازداشت شد.", ["IRN:COP", "IRN:CVL"]),
        ("en", "Iranian police arrested Reza Ahmadi in Tehran.", ["IRN:COP", "IRN:CVL"]),
        (
            "en",
            "Egyptian police detained Ahmed Salem, a lawyer, on Monday.",
            ["EGY:COP", "EGY:CVL"],
        ),
    ):
        assert _arrest(text, lang) == cast, text
