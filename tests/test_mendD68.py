"""Mends from the review of round 68 (mendD68; every sentence written for
these tests).

- a held kind right after a doer marker ("by", "توسط", "على يد") is the
  doer of the arrest: its order is kept (``holders.authorities_first``);
- the object slot of a held person (``held_persons``) stops at another
  object, another verb, a conjunction (fa) and a doer marker (en, ar);
  English reads only the object right after the verb;
- a verb of summoning holds no one: a summoned envoy is no civilian;
- Arabic "جاهز" plans only with its complement "لـ"; Persian "مهیای"
  closed by "شد" tells conditions reached, nothing planned;
- "spokesperson" and "press secretary" of a defence ministry are GOV.
"""

from __future__ import annotations

import pytest

from casts import run


def _coerce(text: str, lang: str) -> list[list[str | None]]:
    """The agents of each COERCE event, in order."""
    return [[a.agent for a in e.actors] for e in run(text, lang).events if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("lang", "text", "order"),
    [
        # the held kind after a doer marker is the doer
        ("en", "Three policemen were detained by angry protesters.", ["CVL", "COP"]),
        ("en", "Two soldiers were detained by environmental activists.", ["NGO", "MIL"]),
        ("fa", "سه مأمور پلیس توسط فعالان محیط زیست بازداشت شدند.", ["NGO", "COP"]),
        ("ar", "احتجز شرطيان على يد محتجين غاضبين.", ["CVL", "COP"]),
        # no marker: the authority holds the held kind, as before
        ("en", "Three environmental activists were detained by the police.", ["COP", "NGO"]),
        ("fa", "سه فعال محیط زیست توسط پلیس بازداشت شدند.", ["COP", "NGO"]),
    ],
)
def test_doer_after_marker_keeps_its_place(lang: str, text: str, order: list[str]) -> None:
    found = _coerce(text, lang)
    assert found, f"no COERCE in {text}"
    assert found[0][:2] == order


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "پلیس آقای کریمی را دید و همسایه‌اش را بازداشت کرد."),
        ("fa", "آقای کریمی را همه می‌شناسند و پلیس قاچاقچیان را بازداشت کرد."),
        ("fa", "آقای کریمی را که دیروز آمد پلیس نشناخت و دیگران را دستگیر کرد."),
        ("en", "The man arrested by Mr. Karimi was freed on Sunday."),
        ("en", "Police who arrested him told Mr. Karimi to leave the town."),
        ("ar", "اعتقل من قبل السيد الكريمي رجل في السوق."),
    ],
)
def test_a_named_person_outside_the_object_slot_is_not_held(lang: str, text: str) -> None:
    from diplowatch.extract.held_persons import held_persons
    from diplowatch.text.normalize import normalize_phrase

    assert held_persons(normalize_phrase(text), [], lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "پلیس آقای کریمی را بازداشت کرد."),
        ("en", "Police arrested Mr. Karimi on Sunday."),
        ("ar", "اعتقلت الشرطة السيد الكريمي."),
    ],
)
def test_the_object_slot_still_holds(lang: str, text: str) -> None:
    from diplowatch.extract.held_persons import held_persons
    from diplowatch.text.normalize import normalize_phrase

    found = held_persons(normalize_phrase(text), [], lang)
    assert [m.agent for m in found] == ["CVL"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استدعت وزارة الخارجية السيد الكريمي سفير النمسا."),
        ("fa", "وزارت خارجه آقای کریمی سفیر اتریش را احضار کرد."),
        ("en", "The foreign ministry summoned Mr. Karimi, the Austrian ambassador."),
    ],
)
def test_a_summoned_envoy_is_no_civilian(lang: str, text: str) -> None:
    agents = [a.agent for e in run(text, lang).events for a in e.actors]
    assert "CVL" not in agents


@pytest.mark.parametrize(
    ("lang", "text", "etype", "status"),
    [
        ("ar", "كان الجنود جاهزين حين هاجموا المعسكر أمس.", "ASSAULT", "reported"),
        ("ar", "النقابة جاهزة للإضراب إذا لم تستجب الوزارة.", "PROTEST", "planned"),
        ("ar", "الجيش جاهز لإرسال قوات إلى الحدود.", "MOBILIZE", "planned"),
        (
            "fa",
            "زمینه مهیای مذاکره ایران و مصر شد و دو هیئت در قاهره مذاکره کردند.",
            "CONSULT",
            "reported",
        ),
        ("fa", "سخنگو گفت ایران مهیای مذاکره با مصر است.", "CONSULT", "planned"),
        ("en", "The union is ready to strike next week.", "PROTEST", "planned"),
    ],
)
def test_readiness_plans_only_what_it_offers(lang: str, text: str, etype: str, status: str) -> None:
    found = {e.status for e in run(text, lang).events if e.type == etype}
    assert found == {status}, f"{text}: {found}"


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "A Pentagon spokesperson criticised Iran.", "USA:GOV"),
        ("en", "The Pentagon press secretary criticised Iran.", "USA:GOV"),
        ("en", "A military spokesperson criticised Iran.", "-:MIL"),
        ("fa", "سخنگوی وزارت دفاع آمریکا از ایران انتقاد کرد.", "USA:GOV"),
        ("ar", "انتقد المتحدث باسم وزارة الدفاع الأمريكية إيران.", "USA:GOV"),
    ],
)
def test_defence_spokesperson_is_gov(lang: str, text: str, first: str) -> None:
    events = [e for e in run(text, lang).events if e.type == "ACCUSE"]
    assert events, f"no ACCUSE in {text}"
    assert f"{events[0].actors[0].code or '-'}:{events[0].actors[0].agent}" == first
