"""An attack put down to a state by a speaker is an accusation (round 64,
blame64; every sentence written for these tests).

Rules of this round:

- a state's speaker set off by commas before its verb of saying ("وزیر
  خارجه آمریکا، در بیانیه‌ای، گفت", "The US secretary of state, in a
  statement, said") still accuses the state it says did a deed of force, as
  it did with no commas; a clause of the verb's own that names a speaker
  ("a spokesman said") keeps it, and an adverb phrase before it ("After the
  strike near Oman,") lends no speaker;
- a deed of force told in the passive with its agent ("حمله … توسط
  پهپادهای ایران انجام شده است", "was carried out by Iranian drones") is
  the speaker's blame of that agent's state when the deed leads what is
  said; a deed only referred to deeper in the clause ("در واکنش به بمباران
  … توسط اسرائیل") is blamed on no one;
- the present "می‌گوید/می‌گویند" opens what a state says when the saying
  puts a deed of force on another state ("سخنگوی وزارت خارجه آمریکا
  می‌گوید: «… ایران این حمله را انجام داده است»"), as "says" and "يقول"
  do; police telling of gunmen blame no state;
- a deed of force said to be a state's work ("این حمله کار ایران بوده
  است", "was the work of Iran", "كان من تدبير إيران") is the speaker's
  blame of that state; "کار" with no deed before it, or an agenda ("دستور
  کار ایران"), blames no one.
"""

from __future__ import annotations

import pytest

from casts import first_cast, types

# (language, sentence, the speaker then the state blamed)
SET_OFF_SPEAKERS: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "وزیر امور خارجه آمریکا، در بیانیه‌ای، گفت: «ایران این حمله را انجام داده است.»",
        ["USA:GOV", "IRN:None"],
    ),
    (
        "fa",
        "وزیر دفاع بریتانیا، روز یکشنبه، اعلام کرد که روسیه این حمله سایبری را انجام داده است.",
        ["GBR:GOV", "RUS:None"],
    ),
    (
        "en",
        "The US secretary of state, in a statement, said Iran carried out the attack on the tanker.",
        ["USA:GOV", "IRN:None"],
    ),
    (
        "ar",
        "قال وزير الخارجية الأمريكي، في بيان، إن إيران نفذت الهجوم على الناقلة.",
        ["USA:GOV", "IRN:None"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), SET_OFF_SPEAKERS)
def test_speaker_set_off_by_commas_accuses(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ACCUSE") == sides


# (language, sentence, the speaker then the state blamed)
PASSIVE_DEEDS: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "وزیر خارجه بریتانیا گفت حمله به این نفتکش که یک شهروند بریتانیا را کشت توسط "
        "پهپادهای ایران انجام شده است.",
        ["GBR:GOV", "IRN:None"],
    ),
    (
        "en",
        "The British foreign secretary said the attack on the tanker, which killed a British "
        "citizen, was carried out by Iranian drones.",
        ["GBR:GOV", "IRN:None"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), PASSIVE_DEEDS)
def test_passive_agent_of_a_leading_deed_is_blamed(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ACCUSE") == sides


# (language, sentence, the speaker then the state blamed)
PRESENT_SAYING: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "سخنگوی وزارت خارجه آمریکا می‌گوید: «اطمینان داریم که ایران این حمله را انجام داده است.»",
        ["USA:GOV", "IRN:None"],
    ),
    (
        "en",
        "The US secretary of state says Iran carried out the attack on the tanker.",
        ["USA:GOV", "IRN:None"],
    ),
    (
        "ar",
        "يقول وزير الخارجية الأمريكي إن إيران نفذت الهجوم على الناقلة.",
        ["USA:GOV", "IRN:None"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), PRESENT_SAYING)
def test_present_saying_of_a_state_accuses(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ACCUSE") == sides


# (language, sentence, the speaker then the state blamed)
WORK_OF: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "وزیر خارجه بریتانیا گفت که حمله به آن نفتکش کار ایران بوده است.",
        ["GBR:GOV", "IRN:None"],
    ),
    (
        "fa",
        "سخنگوی دولت آلمان گفت این انفجار کار روسیه بوده است.",
        ["DEU:GOV", "RUS:None"],
    ),
    (
        "ar",
        "قال وزير الخارجية البريطاني إن الهجوم على الناقلة كان من تدبير إيران.",
        ["GBR:GOV", "IRN:None"],
    ),
    (
        "en",
        "The British foreign secretary said the attack on the tanker was the work of Iran.",
        ["GBR:GOV", "IRN:None"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), WORK_OF)
def test_deed_said_to_be_a_states_work_is_blamed(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ACCUSE") == sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an adverb phrase before the speaker's own clause lends no speaker
        (
            "en",
            "After the strike on the ship near Oman, a spokesman said Iran carried out the attack.",
        ),
        # a deed referred to deeper in what is said puts no blame on its agent
        (
            "fa",
            "وزیر خارجه بریتانیا گفت که حمله به پایگاه در واکنش به بمباران مواضع حزب‌الله "
            "توسط اسرائیل صورت گرفته است.",
        ),
        # police telling of gunmen blame no state
        ("fa", "سخنگوی پلیس می‌گوید افراد مسلح این حمله را انجام داده‌اند."),
        # "کار" with no deed of force before it, and an agenda
        ("fa", "وزیر اقتصاد گفت این طرح کار ایران و چین بوده است."),
        ("fa", "سخنگوی دولت گفت حمله به نفتکش در دستور کار ایران نیست."),
        ("en", "The minister said the new treaty was the work of Iran and its partners."),
        ("ar", "قال المسؤول إن الاتفاق كان من تدبير إيران."),
    ],
)
def test_no_blame_without_a_deed_put_on_a_state(lang: str, text: str) -> None:
    assert "ACCUSE" not in types(text, lang)
