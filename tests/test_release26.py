"""Releases and calls for release (release26).

* A request for a release ("called for the release of", "طالب بالإفراج عن",
  "خواستار آزادی … شد") asks whoever holds the people: a state named after
  them as where they are held, else the government of their country when
  someone else asks. The people to be freed are no side of the request
  (``extract/release_asked.py``, ``context.RELEASE_NOUNS``).
* The Persian infinitive "آزاد شدن" is a noun: asked for after "خواستار", it
  is no release done.
* The authorities who let people go come first in a release, whichever the
  sentence names first ("released on the orders of the prosecutor",
  ``agents.CROWD_FIRST``).

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run, types

# --- the holder named after the people to be freed is the addressee ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "طالبت إيران بالإفراج عن الصيادين الإيرانيين المحتجزين في الهند."),
        ("fa", "ایران خواستار آزادی ماهیگیران ایرانی زندانی در هند شد."),
        ("en", "Iran called for the release of Iranian fishermen held in India."),
    ],
)
def test_release_asked_of_the_state_holding_them(lang: str, text: str) -> None:
    assert first_cast(text, lang, "REQUEST") == ["IRN:None", "IND:None"]


# --- a body asking for detainees' release asks their government ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "طالبت منظمة العفو الدولية بالإفراج عن المحتجين الإيرانيين المعتقلين."),
        ("fa", "عفو بین‌الملل خواستار آزادی معترضان ایرانی بازداشت‌شده شد."),
        ("en", "Amnesty International demanded the release of the detained Iranian protesters."),
        ("ar", "طالبت الأمم المتحدة بإطلاق سراح الصحفيين الأتراك المعتقلين."),
        ("fa", "سازمان ملل خواستار آزادی روزنامه‌نگاران ترکیه‌ای زندانی شد."),
        ("en", "The United Nations called for the release of the jailed Turkish journalists."),
    ],
)
def test_release_asked_of_the_freed_peoples_government(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "REQUEST")
    asked = {a for a in actors if a.endswith(":GOV")}
    assert asked and all(a.split(":")[0] in ("IRN", "TUR") for a in asked), actors
    assert not any(a.endswith((":CVL", ":MED")) for a in actors), actors


# --- a state asking for its own people, no holder named: unchanged ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "طالبت إيران بالإفراج عن الصيادين الإيرانيين."),
        ("fa", "ایران خواستار آزادی ماهیگیران ایرانی شد."),
        ("en", "Iran called for the release of the Iranian fishermen."),
    ],
)
def test_own_people_asked_for_with_no_holder(lang: str, text: str) -> None:
    assert first_cast(text, lang, "REQUEST")[0] == "IRN:None"


# --- the addressee named before the release stays the only one ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "دعت الأمم المتحدة إيران إلى الإفراج عن الناشطين الإيرانيين المعتقلين."),
        ("fa", "سازمان ملل از ایران خواستار آزادی فعالان ایرانی زندانی شد."),
        ("en", "The United Nations asked Iran for the release of the jailed Iranian activists."),
    ],
)
def test_addressee_named_before_the_release(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "REQUEST")
    assert "UN:" in actors, actors
    assert actors & {"IRN:", "IRN:GOV"}, actors
    assert not any(a.endswith((":OPP", ":CVL")) for a in actors), actors


# --- a release asked for is no release done ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "طالبت نقابة المحامين في الأهواز بالإفراج عن جميع المعتقلين."),
        ("fa", "کانون وکلای اهواز خواستار آزاد شدن همه بازداشت‌شدگان شد."),
        ("en", "The Ahvaz bar association called for the release of all the detainees."),
    ],
)
def test_release_asked_is_no_concession(lang: str, text: str) -> None:
    assert "REQUEST" in types(text, lang)
    assert "CONCEDE" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "بعد الإفراج عن الصيادين الإيرانيين عادوا إلى بلادهم."),
        ("fa", "پس از آزاد شدن ماهیگیران ایرانی آنها به کشورشان بازگشتند."),
        ("en", "After the release of the Iranian fishermen they returned home."),
    ],
)
def test_release_noun_told_as_done_is_a_concession(lang: str, text: str) -> None:
    assert "CONCEDE" in types(text, lang)


# --- the authorities who let people go come first ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرج عن الناشط الإيراني من سجن إيفين بأمر من المدعي العام في طهران."),
        ("fa", "این فعال ایرانی به دستور دادستان تهران از زندان اوین آزاد شد."),
        (
            "en",
            "The Iranian activist was released from Evin prison on the orders of the Tehran prosecutor.",
        ),
    ],
)
def test_release_by_court_order_puts_the_court_first(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE") == ["IRN:JUD", "IRN:OPP"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أطلقت الشرطة الباكستانية سراح الصحفي."),
        ("fa", "پلیس پاکستان این روزنامه‌نگار را آزاد کرد."),
        ("en", "Pakistani police released the journalist."),
    ],
)
def test_release_by_named_police_stays_first(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE")[0] == "PAK:COP"


# --- a passive release at a named foreign state: that state let them go ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أفرج عن 15 صيادا إيرانيا في الهند."),
        ("fa", "۱۵ ماهیگیر ایرانی در هند آزاد شدند."),
        ("en", "Fifteen Iranian fishermen were released in India."),
    ],
)
def test_passive_release_puts_the_releasing_state_first(lang: str, text: str) -> None:
    got = first_cast(text, lang, "CONCEDE")
    # parties57fa: English, which reads "in India" only as where, now has
    # India understood as the state that let them go (test_parties57fa)
    assert got == ["IND:None", "IRN:CVL"], got
