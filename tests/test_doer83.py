"""Who did a deed of force that someone else tells or follows (doer83).

* A state's army or police announcing a bombing by its noun only tell it
  (``announcers``, ``context.ANNOUNCED_BOMBINGS``): "أعلنت الشرطة مقتل 20
  شخصا في تفجيرين" is a deed of unnamed bombers, as when a ministry tells
  it. Their own deeds (clashes, raids) keep them as the doer.
* A closing "after …" phrase that names an attack, after a main clause of
  another kind ("closed its embassy after the killing of the ambassador in
  an attack"), tells the attack with its own sides: the main clause's
  subject is neither its doer nor its victim (``doers._other_deed_first``).
  Persian puts the phrase before its verb and is not read so.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import sides as _sides


def _assaults(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    return _sides(text, lang, "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text", "teller", "victim"),
    [
        # main read the police (army) as a second attacker beside the bombers
        ("ar", "أعلنت الشرطة العراقية مقتل 20 شخصا في تفجيرين في بغداد.", "COP", ("IRQ", "CVL")),
        (
            "ar",
            "أعلن الجيش الباكستاني مقتل عشرة مدنيين في انفجار سيارة مفخخة في كويتا.",
            "MIL",
            ("PAK", "CVL"),
        ),
        # main read the army as the bombing's doer
        (
            "fa",
            "ارتش پاکستان از کشته شدن ده غیرنظامی در انفجار کویته خبر داد.",
            "MIL",
            ("PAK", "CVL"),
        ),
        # guards: main reads these right already
        (
            "en",
            "Iraqi police announced the deaths of 20 people in a bombing in Baghdad.",
            "COP",
            ("IRQ", "CVL"),
        ),
        (
            "en",
            "The Pakistani army announced the killing of ten civilians in a blast in Quetta.",
            "MIL",
            ("PAK", "CVL"),
        ),
    ],
)
def test_forces_announcing_a_bombing_only_tell_it(
    lang: str, text: str, teller: str, victim: tuple[str, str]
) -> None:
    events = _assaults(text, lang)
    assert events, text
    for actors in events:
        assert all(agent != teller for _code, agent in actors), actors
        assert actors[0][1] == "UAF", actors
        assert victim in actors[1:], actors


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        # guards: the forces' own deed (clashes) keeps them as a side
        ("ar", "أعلن الجيش المصري مقتل خمسة مسلحين في اشتباكات في سيناء.", ("EGY", "MIL")),
        ("fa", "ارتش مصر از کشته شدن پنج شبه نظامی در درگیری های سینا خبر داد.", ("EGY", "MIL")),
    ],
)
def test_forces_announcing_their_clashes_stay(lang: str, text: str, doer: tuple[str, str]) -> None:
    assert any(doer in actors for actors in _assaults(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "outsider", "victim"),
    [
        # main read the United States as the attack's victim
        (
            "ar",
            "أغلقت الولايات المتحدة سفارتها في أنقرة بعد مقتل السفير الروسي في هجوم مسلح.",
            "USA",
            ("RUS", "GOV"),
        ),
        # main read the Germans as attacking France
        (
            "ar",
            "أغلقت فرنسا سفارتها في بغداد عقب هجوم استهدف دبلوماسيين ألمان.",
            "FRA",
            ("DEU", "GOV"),
        ),
        # guards: main reads these right already
        ("ar", "اعتقلت الشرطة التركية رجلا بعد هجوم على السفير الروسي.", "TUR", ("RUS", "GOV")),
        (
            "en",
            "The United States closed its embassy in Ankara after an attack killed the Russian ambassador.",
            "USA",
            ("RUS", "GOV"),
        ),
    ],
)
def test_attack_after_another_deed_keeps_its_own_sides(
    lang: str, text: str, outsider: str, victim: tuple[str, str]
) -> None:
    events = _assaults(text, lang)
    assert any(victim in actors for actors in events), events
    assert all(code != outsider for actors in events for code, _agent in actors), events


def test_the_other_deed_keeps_both_sides() -> None:
    """The embassy's closing is still the state's deed (guard)."""
    text = "أغلقت الولايات المتحدة سفارتها في أنقرة بعد مقتل السفير الروسي في هجوم مسلح."
    closings = _sides(text, "ar", "SANCTION")
    assert any(actors and actors[0][0] == "USA" for actors in closings), closings


def test_persian_phrase_before_the_verb_is_left_alone() -> None:
    """Persian puts "پس از …" before the main verb: no closing phrase is
    read, and France is no doer or victim of an attack it did not suffer
    (guard: main reads no attack here)."""
    text = "فرانسه پس از حمله به دیپلمات های آلمانی سفارت خود در بغداد را بست."
    assert all(code != "FRA" for actors in _assaults(text, "fa") for code, _agent in actors)
