"""Mends of round 104's relative-clause doers (mendB104, review104b).

A relative pronoun after a deed's noun and the words that follow it are the
noun's own clause only when the grammar says so: in Arabic the words
between the noun and "التي" are its adjectives only when the noun is
definite and they agree with the pronoun ("باحتجاز الشرطة … السفينة التي
أرسلتها …": the ship's clause, not the seizure's); in Persian a verb of
another type takes the clause's subject only when no light verb closed the
clause before it ("از دعوتی که … کرد استقبال کرد": the welcomer is the main
clause's subject); in English "made public/known" tells a deed, it does not
do it (``extract/clause_doers.py``, ``extract/relative_deed.py``).

Sentences written for these tests.
"""

from __future__ import annotations

from casts import first_codes


def test_arabic_pronoun_of_the_object_after_an_indefinite_noun() -> None:
    # main: [QAT, TUR:COP] (Qatar sent the plane; Turkey's police seized it)
    text = "أدانت مصر احتجاز الشرطة التركية الطائرة التي أرسلتها قطر إلى ليبيا."
    assert first_codes(text, "ar", "COERCE") == ["TUR", "QAT"]


def test_arabic_pronoun_of_the_arrested_ship() -> None:
    # main: [SYR, CYP:COP]
    text = "انتقد لبنان اعتقال الشرطة القبرصية السفينة التي أرسلتها سوريا إلى الجزيرة."
    assert first_codes(text, "ar", "COERCE") == ["CYP", "SYR"]


def test_persian_invitation_closed_by_its_own_light_verb() -> None:
    # main: [CHN, PAK:GOV] (the welcomer became the inviter's object)
    text = "پاکستان از دعوتی که چین از عمران خان کرد استقبال کرد."
    assert first_codes(text, "fa", "SUPPORT") == ["PAK", "CHN"]


def test_persian_mediation_closed_by_its_own_light_verb() -> None:
    # main: [OMN, SYR]
    text = "سوریه از میانجی‌گری که عمان میان دو کشور انجام داد تشکر کرد."
    assert first_codes(text, "fa", "SUPPORT") == ["SYR", "OMN"]


def test_english_made_public_tells_the_raid() -> None:
    # main: [LBN:GOV, ISR]
    text = "Israel denied the raid that Lebanese officials made public on Sunday."
    assert first_codes(text, "en", "COERCE")[0] == "ISR"


def test_english_made_known_tells_the_strikes() -> None:
    # main: [SYR:GOV, ISR]
    text = "Israel denied the strikes that Syrian officials made known."
    assert first_codes(text, "en", "ASSAULT")[0] == "ISR"


# guards: read right on main, and still so


def test_arabic_definite_noun_with_its_adjective() -> None:
    text = "أدانت الأردن الغارات الجوية التي شنتها إسرائيل على سوريا."
    assert first_codes(text, "ar", "ASSAULT") == ["ISR", "SYR"]


def test_arabic_aid_with_its_adjective_sent_by_the_clause_subject() -> None:
    text = "رحب العراق بالمساعدات الإنسانية التي أرسلتها الكويت إلى البصرة."
    assert first_codes(text, "ar", "AID") == ["KWT", "IRQ"]


def test_persian_attack_closed_by_a_verb_of_its_own_type() -> None:
    text = "اردن حمله‌ای را که اسرائیل علیه سوریه انجام داد محکوم کرد."
    assert first_codes(text, "fa", "ASSAULT") == ["ISR", "SYR"]


def test_english_accusations_made_against_it() -> None:
    text = "Tehran rejected the accusations that Washington made against it."
    assert first_codes(text, "en", "REJECT") == ["IRN", "USA"]
