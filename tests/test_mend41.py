"""Round 41 mend: what one report of an actor lends another (``extract/details``).

Two mentions of one (country, agent) unit, or two reports of one deed,
were joined field by field: a body named without a role ("the twelfth
government", "the Guardian Council") took the role of a titled person and
the Latin name of another man. Names and roles now pass only between
reports that may be one person or body. Sentences and names written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import run
from diplowatch.extract.details import fill_details
from diplowatch.extract.merged import merge_events
from diplowatch.model import Actor, Event, Evidence

# (a body named without a role, a titled person, a named person with a Latin name)
NAMES = [
    ("ar", "مجلس الشورى", "وزير الداخلية", "فؤاد حسين"),
    ("fa", "شورای عالی امنیت ملی", "وزیر کشور", "عباس عراقچی"),
    ("en", "Supreme Security Council", "interior minister", "Fuad Hussein"),
]


@pytest.mark.parametrize(("lang", "body", "title", "person"), NAMES)
def test_a_named_body_takes_no_role(lang: str, body: str, title: str, person: str) -> None:
    actor = Actor("IRQ", None, body, None, "GOV")
    fill_details(actor, "minister", None, None)
    assert (actor.role, actor.name) == (None, body)


@pytest.mark.parametrize(("lang", "body", "title", "person"), NAMES)
def test_a_titled_person_takes_no_body_name(lang: str, body: str, title: str, person: str) -> None:
    actor = Actor("IRQ", "minister", None, None, "GOV")
    fill_details(actor, None, body, None)
    assert (actor.role, actor.name) == ("minister", None)


@pytest.mark.parametrize(("lang", "body", "title", "person"), NAMES)
def test_another_name_lends_nothing(lang: str, body: str, title: str, person: str) -> None:
    actor = Actor("IRQ", None, body, None, "GOV")
    fill_details(actor, "foreign_minister", person, "Someone Else")
    assert (actor.role, actor.name, actor.name_latin) == (None, body, None)


@pytest.mark.parametrize(("lang", "body", "title", "person"), NAMES)
def test_one_person_told_twice_is_filled(lang: str, body: str, title: str, person: str) -> None:
    short = person.split()[-1]
    actor = Actor("IRQ", None, short, None, "GOV")
    fill_details(actor, "foreign_minister", person, "Fuad Hussein")
    assert (actor.role, actor.name, actor.name_latin) == ("foreign_minister", short, "Fuad Hussein")
    titled = Actor("IRQ", "foreign_minister", None, None, "GOV")
    fill_details(titled, "foreign_minister", person, "Fuad Hussein")
    assert (titled.name, titled.name_latin) == (person, "Fuad Hussein")


def _event(actors: list[Actor], start: int) -> Event:
    text = "x" * 80
    return Event(
        type="CONSULT",
        mode="meeting",
        status="reported",
        actors=actors,
        evidence=Evidence(text=text[start : start + 10], start=start, end=start + 10),
    )


@pytest.mark.parametrize(("lang", "body", "title", "person"), NAMES)
def test_merged_reports_keep_body_and_person_apart(
    lang: str, body: str, title: str, person: str
) -> None:
    first = _event([Actor("IRQ", None, body, None, "GOV")], 0)
    second = _event([Actor("IRQ", "head_of_state", person, "Abdul Latif", "GOV")], 40)
    (kept,) = merge_events([first, second])
    (actor,) = kept.actors
    assert (actor.role, actor.name, actor.name_latin) == (None, body, None)


OFFICE_THEN_PERSON = [
    ("ar", "أعلن البيت الأبيض أن جو بايدن سيلتقي رئيس الوزراء الياباني الأسبوع المقبل."),
    ("fa", "کاخ سفید اعلام کرد جو بایدن هفته آینده با نخست وزیر ژاپن دیدار خواهد کرد."),
    ("en", "The White House said Joe Biden will meet the Japanese prime minister next week."),
]


@pytest.mark.parametrize(("lang", "text"), OFFICE_THEN_PERSON)
def test_a_person_after_a_government_office_is_himself(lang: str, text: str) -> None:
    """A government's office named before a person is no movement he belongs
    to (``mention_lists.movement_named_before``): he keeps his name."""
    (event,) = [e for e in run(text, lang).events if e.type == "CONSULT"]
    usa = [a for a in event.actors if a.code == "USA"]
    assert [(a.role, a.name_latin) for a in usa] == [("head_of_state", "Joe Biden")]


COMPOUND_SURNAMES = [
    ("ar", "عبد اللهيان", "حسين أمير عبد اللهيان", "عباس", "عباسي"),
    ("fa", "عبداللهیان", "حسین امیر‌عبداللهیان", "عباس", "عباسی"),
    ("en", "Abdollahian", "Hossein Amir-Abdollahian", "Abbas", "Abbasi"),
]


@pytest.mark.parametrize(("lang", "short", "full", "name", "other"), COMPOUND_SURNAMES)
def test_a_compound_surname_is_one_person(
    lang: str, short: str, full: str, name: str, other: str
) -> None:
    """mend41c: a short spelling ending a joined or hyphenated surname is the
    same man; a name that only begins another is not."""
    actor = Actor("IRN", None, short, None, "GOV")
    fill_details(actor, "foreign_minister", full, "Hossein Amir-Abdollahian")
    assert (actor.role, actor.name_latin) == ("foreign_minister", "Hossein Amir-Abdollahian")
    actor = Actor("IRN", None, name, None, "GOV")
    fill_details(actor, "minister", other, "Someone Abbasi")
    assert (actor.role, actor.name_latin) == (None, None)
