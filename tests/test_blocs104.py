"""A group of states named as one: each member a side (missing104).

News of the Iran nuclear talks names the other side by one name, "۱+۵",
"گروه ۴ بعلاوه یک", "مجموعة 5+1", "the P5+1". Main read no actor there:
the talks kept Iran alone, and an agreement or meeting with one side left
was dropped. A reader counts each member state a side, so the name is read
as an organisation (``lang/<code>/context.BLOC_NAMES``) and made its member
states (``lang/xx/blocs.BLOC_MEMBERS``, ``extract/bloc_members``) before
the events leave the extractor. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order
from diplowatch.extract.bloc_members import bloc_members
from diplowatch.lang.xx.blocs import BLOC_MEMBERS
from diplowatch.lang.xx.countries import ACTOR_CODES
from diplowatch.model import Actor, Event

P5 = {"CHN", "FRA", "RUS", "GBR", "USA", "DEU"}
P4 = P5 - {"USA"}


def _codes(text: str, lang: str, etype: str) -> set[str]:
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype} in {text}"
    return {c.split(":")[0] for c in events[0]}


def test_persian_talks_with_the_five_plus_one() -> None:
    # main: [IRN:] alone
    text = "دور ششم مذاکرات ایران و ۱+۵ روز شنبه در وین برگزار شد."
    assert _codes(text, "fa", "CONSULT") == P5 | {"IRN"}


def test_persian_group_four_plus_one_in_words() -> None:
    # main: [IRN:GOV] alone
    text = "نمایندگان ایران و گروه ۴ بعلاوه یک در وین با یکدیگر دیدار کردند."
    assert casts_in_order(text, "fa", "CONSULT")[0] == [
        "IRN:GOV",
        *(f"{code}:GOV" for code in ("CHN", "FRA", "RUS", "GBR", "DEU")),
    ]


def test_persian_agreement_with_the_four_plus_one() -> None:
    # main: no agreement (one side only)
    text = "ایران و ۴+۱ درباره احیای برجام به توافق رسیدند."
    assert _codes(text, "fa", "AGREE") == P4 | {"IRN"}


def test_arabic_round_with_the_group() -> None:
    # main: no event (one side only)
    text = "عقدت إيران ومجموعة 5+1 جولة جديدة من المفاوضات في فيينا."
    assert _codes(text, "ar", "CONSULT") == P5 | {"IRN"}


def test_arabic_agreement_with_the_group() -> None:
    # main: no event
    text = "توصلت إيران والقوى الكبرى في مجموعة 5+1 إلى اتفاق نووي."
    assert _codes(text, "ar", "AGREE") == P5 | {"IRN"}


def test_english_talks_with_the_p5_plus_1() -> None:
    # main: no event
    text = "Iran and the P5+1 held a new round of talks in Vienna on Monday."
    assert _codes(text, "en", "CONSULT") == P5 | {"IRN"}


def test_english_agreement_with_the_p5_plus_1() -> None:
    # main: no event
    text = "Iran reached a nuclear agreement with the P5+1 in Vienna."
    assert _codes(text, "en", "AGREE") == P5 | {"IRN"}


def test_english_bare_digits_are_no_group() -> None:
    # English writes "5+1" for shifts and sums too: only "P5+1" is the group
    text = "Iran and Iraq signed an agreement on a 5+1 work week in Baghdad."
    assert _codes(text, "en", "AGREE") == {"IRN", "IRQ"}


def test_a_member_named_on_its_own_is_kept_once() -> None:
    ev = Event("CONSULT", None, "reported", [Actor("USA", agent="GOV"), Actor("P5+1")])
    (out,) = bloc_members([ev])
    assert [a.code for a in out.actors] == ["USA", "CHN", "FRA", "RUS", "GBR", "DEU"]
    assert out.actors[0].agent == "GOV"


def test_every_member_is_a_code_of_the_spec_and_no_group_is() -> None:
    for key, members in BLOC_MEMBERS.items():
        assert key not in ACTOR_CODES
        assert set(members) <= ACTOR_CODES


def test_persian_some_of_the_group_is_no_member() -> None:
    # some members obstructed: neither the group nor all its members are sides
    text = "ایران و آمریکا در برابر کارشکنی برخی کشورهای ۱+۵ در مذاکره به توافق رسیدند."
    assert _codes(text, "fa", "AGREE") == {"IRN", "USA"}


def test_arabic_some_of_the_group_is_no_member() -> None:
    text = "توصلت إيران والولايات المتحدة إلى اتفاق رغم اعتراض بعض دول 5+1."
    assert _codes(text, "ar", "AGREE") == {"IRN", "USA"}


def test_english_some_of_the_group_is_no_member() -> None:
    text = (
        "Iran and the United States reached an agreement despite objections from"
        " some members of the P5+1."
    )
    assert _codes(text, "en", "AGREE") == {"IRN", "USA"}


def test_persian_one_way_deed_keeps_no_group() -> None:
    # a one-way deed: the group is no side, and its split-off event is a repeat
    text = "آمریکا ایران و ۱+۴ را به نقض توافق هسته‌ای متهم کرد."
    assert [sorted(c) for c in casts_in_order(text, "fa", "ACCUSE")] == [["IRN:", "USA:"]]


def test_arabic_one_way_deed_keeps_no_group() -> None:
    text = "اتهمت الولايات المتحدة إيران ومجموعة 4+1 بانتهاك الاتفاق النووي."
    assert casts_in_order(text, "ar", "ACCUSE") == [["USA:", "IRN:"]]


def test_english_one_way_deed_keeps_no_group() -> None:
    text = "Israel accused Iran and the P4+1 of violating the nuclear deal."
    assert casts_in_order(text, "en", "ACCUSE") == [["ISR:", "IRN:"]]


def test_a_one_way_event_of_the_group_alone_is_a_repeat() -> None:
    shared = {"trigger": "t", "evidence": None}
    kept = Event("SANCTION", None, "reported", [Actor("USA"), Actor("IRN")], **shared)
    split_off = Event("SANCTION", None, "reported", [Actor("USA"), Actor("P4+1")], **shared)
    assert bloc_members([kept, split_off]) == [kept]
    alone = Event("SANCTION", None, "reported", [Actor("USA"), Actor("P4+1")], trigger="u")
    assert [a.code for a in bloc_members([alone])[0].actors] == ["USA"]


def test_mirrored_one_way_events_keep_one() -> None:
    # main: both dropped, each taking the other, already cut down, for its repeat
    shared = {"trigger": "t", "evidence": None}
    first = Event("ACCUSE", None, "reported", [Actor("P5+1"), Actor("IRN")], **shared)
    second = Event("ACCUSE", None, "reported", [Actor("IRN"), Actor("P5+1")], **shared)
    out = bloc_members([first, second])
    assert [[a.code for a in ev.actors] for ev in out] == [["IRN"]]
