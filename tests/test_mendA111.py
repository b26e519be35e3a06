"""The reach of round 111's habit cues and obligation rule, mended (mendA111).

A reviewer found that "sometimes", "أحيانا", "گاهی", "in many cases" and
their kin (nonevent111) took dated deeds of the next clause, of the main
clause around a relative clause, or of what a speaker did around a quote;
and that an obligation that a deed take place dropped dated plans. Here:

- a day in the deed's own clause overrules the cue, and a cue inside a
  relative clause does not reach the main clause's deed;
- the cue stops at a conjunction that opens a new clause, a verb of saying,
  a colon, quote marks and a semicolon;
- a case cue a relative clause follows names known cases in all three
  languages (no habit);
- only an obligation pleading a vague time ("as soon as possible"), or a
  negated one, is no event; a dated one is a plan.

Sentences written for these tests; each "main:" note says what main gave.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in run(text, lang).events]


def _statuses(text: str, lang: str, etype: str) -> list[str]:
    return [e.status for e in run(text, lang).events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: nothing (the cue in the relative clause reached the dated arrest)
        (
            "Jordanian police on Sunday detained six students who sometimes joined opposition marches.",
            "en",
            "COERCE",
        ),
        # main: nothing
        ("واعتقلت الشرطة الأردنية أمس ستة طلاب في عمان التي تشهد أحيانا مظاهرات.", "ar", "COERCE"),
        # main: nothing (the relative clause closed by its verb before the deed)
        ("پلیس اردن شش دانشجو را که گاهی شعار می‌دادند بازداشت کرد.", "fa", "COERCE"),
        # main: nothing (the relative clause closed by a comma before the deed)
        (
            "The Omani minister, who occasionally travels to Tehran, met the Iranian president.",
            "en",
            "CONSULT",
        ),
        # main: nothing
        ("واجتمعت مصر والأردن والعراق، التي تختلف أحيانا بشأن ليبيا، في بغداد.", "ar", "CONSULT"),
        # main: nothing
        (
            "مصر، اردن و عراق که گاهی درباره لیبی اختلاف دارند، در بغداد دیدار کردند.",
            "fa",
            "CONSULT",
        ),
    ],
)
def test_a_cue_in_a_relative_clause_leaves_the_main_deed(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


def test_the_habit_of_the_relative_clause_is_still_no_event() -> None:
    # the arrests are dated; the protests the relative clause tells are a habit
    text = "واعتقلت الشرطة الأردنية أمس ستة طلاب في عمان التي تشهد أحيانا مظاهرات."
    assert "PROTEST" not in _types(text, "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: ASSAULT (a comma ends a background cue's clause in English already)
        (
            "Israeli jets bombed targets near Damascus on Sunday, and Syria sometimes answers such raids.",
            "en",
        ),
        # main: nothing
        ("وقصفت طائرات إسرائيلية مواقع قرب دمشق، وترد سوريا أحيانا على هذه الغارات.", "ar"),
        # main: nothing
        (
            "هواپیماهای اسرائیلی مواضعی در نزدیکی دمشق را بمباران کردند و سوریه گاهی به این حملات پاسخ می‌دهد.",
            "fa",
        ),
    ],
)
def test_a_cue_in_the_next_clause_leaves_the_deed(text: str, lang: str) -> None:
    assert "ASSAULT" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: nothing (a verb of saying between)
        (
            "The Qatari minister met his Omani counterpart in Doha and said in many cases disputes are settled by dialogue.",
            "en",
        ),
        # main: nothing (quote marks between)
        ('وقال الوزير "أحيانا نختلف" بعد لقائه نظيره القطري في الدوحة أمس.', "ar"),
        # main: nothing (quote marks between)
        ("وزیر گفت «ما گاهی اختلاف داریم» و سپس دیروز با همتای قطری خود در دوحه دیدار کرد.", "fa"),
        # main: nothing (a colon and quote marks between)
        ('والتقى الوزير القطري نظيره العماني في الدوحة وقال: "أحيانا نختلف".', "ar"),
        # main: nothing
        (
            "وزیر خارجه قطر در دوحه با همتای عمانی خود دیدار کرد و گفت: «ما گاهی اختلاف داریم».",
            "fa",
        ),
        # main: nothing (a verb of saying between)
        (
            "وزیر خارجه قطر پس از دیدار با همتای عمانی در دوحه گفت در بسیاری از موارد اختلافات با گفت‌وگو حل می‌شود.",
            "fa",
        ),
        # main: nothing (a semicolon between)
        ("وزیر خارجه قطر در دوحه با همتای عمانی خود دیدار کرد؛ او گاهی به مسقط سفر می‌کند.", "fa"),
        # main: CONSULT (guards)
        (
            "The Qatari minister met his Omani counterpart in Doha; he sometimes travels to Muscat.",
            "en",
        ),
        ("والتقى الوزير القطري نظيره العماني في الدوحة؛ وهو يزور مسقط أحيانا.", "ar"),
    ],
)
def test_a_cue_does_not_reach_past_saying_quotes_or_a_semicolon(text: str, lang: str) -> None:
    assert "CONSULT" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: COERCE (guard: the comma ends the cue's phrase)
        (
            "In some cases that reached the court, the police detained the suspects without a warrant.",
            "en",
            "COERCE",
        ),
        # main: nothing (Arabic read these cases as a habit, Persian and English did not)
        (
            "وفي بعض الحالات التي وصلت إلى المحكمة، اعتقلت الشرطة المشتبه بهم دون إذن.",
            "ar",
            "COERCE",
        ),
        # main: COERCE (guard)
        ("در برخی موارد که به دادگاه رسید، پلیس متهمان را بدون حکم بازداشت کرد.", "fa", "COERCE"),
    ],
)
def test_cases_a_relative_clause_names_are_no_habit(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jordanian police sometimes detain students without a warrant.", "en"),
        ("وتعتقل الشرطة الأردنية أحيانا طلابا دون إذن.", "ar"),
        ("پلیس اردن گاهی دانشجویان را بدون حکم بازداشت می‌کند.", "fa"),
    ],
)
def test_a_habit_in_the_cues_own_clause_is_still_no_event(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: nothing (the obligation dropped a dated plan)
        ("Araghchi said his meeting with Grossi should take place in Vienna next week.", "en"),
        # main: nothing
        ("وقال عراقجي إن لقاءه مع غروسي ينبغي أن يعقد في فيينا الأسبوع المقبل.", "ar"),
        # main: nothing
        ("عراقچی گفت دیدار او با گروسی باید هفته آینده در وین برگزار شود.", "fa"),
    ],
)
def test_a_dated_obligation_is_a_plan(text: str, lang: str) -> None:
    assert _statuses(text, lang, "CONSULT") == ["planned"]


def test_an_obligation_with_a_time_named_is_no_plea() -> None:
    # main: nothing; "by the end of the month" names a time (round 111's own
    # test had it as a plea; the status reading tells it as reported)
    text = "به گفته وزیر، نشست تهران و مسکو باید تا پایان ماه برگزار شود."
    assert "CONSULT" in _types(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Araghchi said talks with Oman should resume as soon as possible.", "en"),
        ("وقال عراقجي إن المحادثات مع عمان يجب أن تستأنف في أقرب وقت.", "ar"),
        ("عراقچی گفت مذاکرات با عمان باید هر چه زودتر از سر گرفته شود.", "fa"),
        # negated: what should not happen is neither told nor planned
        ("The minister said talks with Oman should not begin.", "en"),
        ("وقال الوزير إن المحادثات مع عمان لا يجب أن تبدأ.", "ar"),
        ("وزیر گفت مذاکرات با عمان نباید آغاز شود.", "fa"),
    ],
)
def test_a_vague_or_negated_obligation_is_still_no_event(text: str, lang: str) -> None:
    assert "CONSULT" not in _types(text, lang)
