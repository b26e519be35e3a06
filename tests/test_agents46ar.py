"""Agents of Arabic actors (round 46, agents46ar; every sentence written for
these tests).

- ``extract/indefinite_doer.py``: an indefinite person right before a verb
  of force is that verb's subject, an unidentified attacker (UAF), in every
  event of the sentence ("اعتقلت الشرطة رجلا هاجم المارة"); the police named
  before him are not the attacker. English "a man who attacked" reads the
  same; Persian is not read so (its relative clause has no mark of its end
  before the main verb), and a test keeps its old reading of a main verb.
- ``extract/divided_states.py`` (``agents.DIVIDED_STATES``): the bare name
  and adjective of Korea, which the gazetteer gives to the South, mean the
  North in an article that names the North and never the South by a form of
  its own; in the three languages.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (language, sentence, the reading wanted)
READINGS: list[tuple[str, str, tuple[str, ...]]] = [
    # an indefinite man who attacked: the arrest's target and the attacker
    (
        "ar",
        "اعتقلت الشرطة الفرنسية رجلا هاجم المارة بسكين في مدينة ليون.",
        ("COERCE reported FRA:COP FRA:UAF", "ASSAULT reported FRA:UAF FRA:CVL"),
    ),
    (
        "ar",
        "أوقفت الشرطة الألمانية شابا حاول دهس المارة بشاحنة في مدينة هامبورغ.",
        ("COERCE reported DEU:COP DEU:UAF", "ASSAULT reported DEU:UAF DEU:CVL"),
    ),
    (
        "en",
        "French police arrested a man who attacked passers-by with a knife in Lyon.",
        ("COERCE reported FRA:COP FRA:UAF", "ASSAULT reported FRA:UAF FRA:CVL"),
    ),
    # the Korean leader of an article on the North
    (
        "ar",
        "أجرت كوريا الشمالية تجربة صاروخية. وهدد الزعيم الكوري اليابان بالرد.",
        ("MOBILIZE reported PRK:", "THREATEN reported PRK:GOV JPN:"),
    ),
    (
        "fa",
        "کره شمالی یک آزمایش موشکی انجام داد. رهبر کره‌ای ژاپن را به پاسخ تهدید کرد.",
        ("MOBILIZE reported PRK:", "THREATEN reported PRK:GOV JPN:"),
    ),
    (
        "en",
        "North Korea held a missile test. The Korean leader threatened Japan with a response.",
        ("MOBILIZE reported PRK:", "THREATEN reported PRK:GOV JPN:"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), READINGS)
def test_reading(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


def test_counted_victims_before_a_deed_noun_stay_victims() -> None:
    """A noun of the deed after the count ("أصيب 54 شخصا بجروح") is no verb
    whose subject the count would be."""
    lines = _read("أصيب 12 شخصا بجروح في انفجار بمدينة الموصل العراقية.", "ar")
    assert lines == {"ASSAULT reported IRQ:UAF IRQ:CVL"}


def test_a_passive_verb_keeps_the_man_a_victim() -> None:
    """An agent's marker right after the verb makes it a passive: the man
    was killed, he killed no one."""
    lines = _read("عثرت الشرطة المصرية على رجلا قتل على يد مسلحين في القاهرة.", "ar")
    assert lines == {"ASSAULT reported EGY:UAF"}


def test_english_passive_man_is_the_victim() -> None:
    lines = _read("Witnesses saw a man who was attacked by police in Lyon.", "en")
    assert all(":UAF" not in line for line in lines)


def test_persian_main_verb_after_a_relative_clause_keeps_its_doer() -> None:
    """Persian is not read by the rule: the soldiers opened fire on the man."""
    lines = _read("سربازان اسرائیلی به مردی که نزدیک شده بود حمله کردند.", "fa")
    assert any(line.startswith("ASSAULT") and " ISR:MIL" in line for line in lines)


def test_the_south_named_keeps_the_bare_korean_the_south() -> None:
    """Where the South is named by a form of its own, both are spoken of and
    the bare adjective stays the gazetteer's."""
    text = (
        "أجرت كوريا الشمالية تجربة صاروخية. ودانت كوريا الجنوبية التجربة، "
        "وهدد الرئيس الكوري بالرد على بيونغيانغ."
    )
    lines = _read(text, "ar")
    assert any(line.startswith("THREATEN") and " KOR:" in line for line in lines)


def test_counted_persons_before_a_verb_are_not_attackers() -> None:
    """A count before the noun ("«11 شخصا قتلوا»", mostly the killed) keeps
    the rule off, a quotation mark before the number too."""
    lines = _read("وأعلن مكتب الرئيس الكاميروني أن «11 شخصا قتلوا» في الهجوم، مدينا الهجمات.", "ar")
    assert "ACCUSE reported CMR:GOV CMR:CVL" in lines
