"""Mends of round 88's sidesfa88 and noevent88 (round 89, mendC89; every
sentence written for these tests after REVIEW88's findings 6-9, 11, 13).

- A state after "سیاست"/"سياسة" behind a preposition of topic ("درباره
  سیاست ترکیه", "حول سياسة السعودية") is a side again: a criticised
  policy's owner is whom one criticises (no more ``ABOUT_TOPIC_HEADS``).
  After "امنیت"/"أمن" it is a topic only where the clause names a partner
  before (``ABOUT_TOPIC_PARTNER_HEADS``, ``countries._partner_before``).
- Two venue capitals joined ("مذاکرات دوحه و مسقط") are no sides where the
  clause names the talks' sides apart ("میان آمریکا و طالبان";
  ``extract/venue_pairs``).
- The progress of talks tells talks held: ar "تقدم", en "progress in/of"
  are no ``REPORT_TOPIC_MARKERS``; fa "جزئیات" (details) stays one, as
  dropping it lowered a held-out measure (strict xfail below).
- A cause opener at the very end of an Arabic sentence no longer raises
  (``because_phrase._cause_spans``).
Cases marked "fails on main" were read wrong (or raised) on 02c5c468.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# A policy's or security's owner after a preposition of topic, with no
# partner named before it: a side (the target of a criticism or warning, or
# the talks' side).
STANDING_OWNER: list[tuple[str, str, str, set[str]]] = [
    # fails on main: ACCUSE [SAU] alone
    ("fa", "عربستان درباره سیاست ترکیه در سوریه انتقاد کرد.", "ACCUSE", {"SAU:", "TUR:"}),
    # fails on main: ACCUSE [QAT] alone
    ("ar", "انتقدت قطر بشدة حول سياسة السعودية في اليمن.", "ACCUSE", {"QAT:", "SAU:"}),
    # fails on main: no event
    ("ar", "حذرت تركيا بشأن أمن العراق.", "ACCUSE", {"TUR:", "IRQ:"}),
    # fails on main: CONSULT [SYR] alone (Jordan, whose security is talked
    # about in a meeting whose other side is only named before, dropped)
    (
        "fa",
        "در این نشست در مورد امنیت اردن و تهدیدهای منطقه از جمله سوریه گفتگو شد.",
        "CONSULT",
        {"JOR:", "SYR:"},
    ),
    # guard: English puts the owner before the noun
    ("en", "Qatar sharply criticised Saudi Arabia's policy in Yemen.", "ACCUSE", {"QAT:", "SAU:"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), STANDING_OWNER)
def test_a_standing_owner_with_no_partner_named_stays_a_side(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), etype) == sides


# Two venue capitals joined, the talks' sides named after "میان"/"بين"/
# "between": the sides are those states, not the capitals.
VENUES_WITH_SIDES: list[tuple[str, str, set[str]]] = [
    # fails on main: Qatar and Oman as sides beside the United States and the Taliban
    ("fa", "رایزنی‌های دوحه و مسقط میان آمریکا و طالبان متوقف شد.", {"USA:", "AFG:REB"}),
    # guards
    ("ar", "توقفت مفاوضات الدوحة ومسقط بين الولايات المتحدة وإيران.", {"USA:", "IRN:"}),
    (
        "en",
        "The Doha and Muscat talks between the United States and Iran stalled.",
        {"USA:", "IRN:"},
    ),
    # guard: two capitals joined with no other side stay the talks' sides
    ("fa", "رایزنی‌های تهران با مسکو ادامه دارد.", {"IRN:", "RUS:"}),
]


@pytest.mark.parametrize(("lang", "text", "sides"), VENUES_WITH_SIDES)
def test_venues_joined_are_no_sides_when_the_sides_are_named(
    lang: str, text: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), "CONSULT") == sides


# The details or progress of talks presuppose the talks were held.
# fa "جزئیات" stays a report marker: dropping it lowered held-out
# events_train fa test (parties .603 -> .602, pairs .603 -> .601).
_DETAILS_KEPT = pytest.mark.xfail(
    strict=True, reason="fa جزئیات kept in REPORT_TOPIC_MARKERS: a held-out measure fell without it"
)
TALKS_HELD: list = [
    # fails on main: no event
    pytest.param(
        "fa",
        "جزئیات گفتگوهای ترکیه و روسیه در آنکارا منتشر شد.",
        {"TUR:", "RUS:"},
        marks=_DETAILS_KEPT,
    ),
    # fails on main: no event
    pytest.param(
        "fa",
        "جزییات مذاکرات لاوروف و چاووش‌اوغلو در آنکارا اعلام شد.",
        {"RUS:GOV", "TUR:GOV"},
        marks=_DETAILS_KEPT,
    ),
    # fails on main: no event
    ("en", "Turkey and Russia made progress in the talks in Sochi on Tuesday.", {"TUR:", "RUS:"}),
    # fails on main: the talks lost, only the welcome kept
    (
        "en",
        "Egypt welcomed the progress of the talks between Sudan and Ethiopia in Cairo.",
        {"SDN:", "ETH:"},
    ),
    # fails on main: no event
    ("ar", "تقدم المحادثات بين مصر والسودان في القاهرة.", {"EGY:", "SDN:"}),
    # guards: read right on main too
    ("ar", "نشرت تفاصيل المحادثات بين تركيا وروسيا في أنقرة.", {"TUR:", "RUS:"}),
    ("fa", "ترکیه و روسیه در مذاکرات سوچی پیشرفت کردند.", {"TUR:", "RUS:"}),
]


@pytest.mark.parametrize(("lang", "text", "sides"), TALKS_HELD)
def test_details_or_progress_of_talks_tell_talks_held(
    lang: str, text: str, sides: set[str]
) -> None:
    assert cast(run(text, lang), "CONSULT") == sides


# A cause opener ending a sentence with no stop after it.
ENDING_IN_A_CAUSE: list[tuple[str, str, set[str]]] = [
    # fails on main: IndexError in because_phrase._cause_spans
    ("ar", "انتهت مفاوضات أنقرة مع دمشق دون نتيجة", {"TUR:", "SYR:"}),
    # fails on main: IndexError in because_phrase._cause_spans
    ("ar", "انتهت محادثات القاهرة مع الخرطوم بلا نتيجة", {"EGY:", "SDN:"}),
    # guards
    ("fa", "مذاکرات آنکارا با دمشق بدون نتیجه", {"TUR:", "SYR:"}),
    ("en", "The Ankara talks with Damascus ended without result", {"TUR:", "SYR:"}),
]


@pytest.mark.parametrize(("lang", "text", "sides"), ENDING_IN_A_CAUSE)
def test_a_cause_opener_at_the_end_does_not_raise(lang: str, text: str, sides: set[str]) -> None:
    assert cast(run(text, lang), "CONSULT") == sides


# fa "سیاست‌های" is back among the nouns of a stand (sidesfa88 had dropped
# it unlogged): its owner stays the target. Guards, read right on main too.
STANCE_OWNER: list[tuple[str, str, str, set[str]]] = [
    ("fa", "ترکیه از سیاست‌های جدید روسیه در سوریه حمایت کرد.", "SUPPORT", {"TUR:", "RUS:"}),
    ("fa", "قطر از سیاست‌های عربستان در یمن انتقاد کرد.", "ACCUSE", {"QAT:", "SAU:"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), STANCE_OWNER)
def test_a_policys_owner_is_the_target(lang: str, text: str, etype: str, sides: set[str]) -> None:
    assert cast(run(text, lang), etype) == sides
