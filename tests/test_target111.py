"""Persons named in a list, all held by one verb of arrest or sentence (target111).

A person named by a given name was held only alone ("علی رضایی را بازداشت
کرد"): where two or more names are joined ("… و …", "…، …", "and", Arabic
"و" written on the next name), the passive's subject was not read at all,
so "X and Y were sentenced" lost its event, and in an object only the name
next to the verb was held. Now every name of the list is held
(``extract/held_persons``, data ``HELD_NAME_JOINERS`` / ``HELD_GLUED_JOINERS``
/ ``HELD_PASSIVE_MARKS`` plurals, and more Persian given names
``HELD_GIVEN_NAMES``). Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order
from diplowatch.extract.held_persons import held_persons
from diplowatch.text.normalize import normalize_phrase


def _held(text: str, lang: str) -> list[str]:
    """The names ``held_persons`` reads as held in ``text``."""
    ntext = normalize_phrase(text)
    return [ntext[m.start : m.end] for m in held_persons(ntext, [], lang)]


def _n(text: str) -> str:
    return normalize_phrase(text)


# --- the passive subject: a list of names (the event was lost) ---


def test_persian_two_names_sentenced_keep_their_event() -> None:
    # main: no event (the list broke the passive's subject)
    text = "فاطمه نادری و جواد صالحی به هفت سال زندان محکوم شدند."
    events = casts_in_order(text, "fa", "COERCE")
    assert events and any(side.endswith(":CVL") for side in events[0])


def test_persian_three_names_with_commas_are_all_held() -> None:
    # main: none held
    text = "مریم شاکری، حسن توکلی و یوسف امانی روز دوشنبه بازداشت شدند."
    assert _held(text, "fa") == [_n("مریم شاکری"), _n("حسن توکلی"), _n("یوسف امانی")]


def test_persian_plural_passive_after_the_perfect() -> None:
    # main: none held ("شده‌اند" was no passive mark)
    text = "رضا فرجی و لیلا بهرامی به دو سال حبس محکوم شده‌اند."
    assert _held(text, "fa") == [_n("رضا فرجی"), _n("لیلا بهرامی")]


def test_english_two_names_sentenced_keep_their_event() -> None:
    # main: no event
    text = "Ali Jafari and Maryam Sadeghi were sentenced to seven years in prison."
    events = casts_in_order(text, "en", "COERCE")
    assert events and any(side.endswith(":CVL") for side in events[0])


def test_english_names_with_a_comma_and_and() -> None:
    text = "Reza Moradi, Hassan Ghorbani and Fatima Azizi were arrested on Monday."
    assert _held(text, "en") == ["reza moradi", "hassan ghorbani", "fatima azizi"]


# --- the object: every name of the list, not the last alone ---


def test_persian_object_list_holds_both_names() -> None:
    # main: only the name next to "را"
    text = "پلیس اصفهان حمید صفایی و سارا نیکو را دستگیر کرد."
    assert _held(text, "fa") == [_n("حمید صفایی"), _n("سارا نیکو")]


def test_arabic_glued_conjunction_joins_the_second_name() -> None:
    # main: only the first name
    text = "اعتقلت الشرطة الأردنية محمد الخطيب وأحمد الزعبي مساء الخميس."
    assert _held(text, "ar") == [_n("محمد الخطيب"), _n("أحمد الزعبي")]


def test_english_object_list_holds_both_names() -> None:
    # main: only the first name
    text = "Police arrested Ali Hosseini and Maryam Karimi on Sunday."
    assert _held(text, "en") == ["ali hosseini", "maryam karimi"]


def test_persian_more_given_names_open_a_held_name() -> None:
    # main: "امیرحسین" was no given name, the sentence lost its side
    text = "امیرحسین صدری به اتهام جاسوسی به چهار سال زندان محکوم شد."
    assert _held(text, "fa") == [_n("امیرحسین صدری")]


# --- guards: what must stay as it was ---


def test_persian_list_object_of_another_verb_is_not_held() -> None:
    text = "وزیر علی رضایی و مریم کریمی را در دفتر خود دید."
    assert _held(text, "fa") == []


def test_arabic_glued_word_that_is_no_name_ends_the_list() -> None:
    text = "اعتقلت الشرطة الأردنية محمد الخطيب ووالده مساء الخميس."
    assert _held(text, "ar") == [_n("محمد الخطيب")]


def test_english_speaker_list_before_a_verb_of_saying_is_not_held() -> None:
    text = "Ali Jafari and Maryam Sadeghi said two men were arrested."
    assert _held(text, "en") == []


def test_persian_name_that_is_a_common_word_stays_out() -> None:
    # "سپیده" is dawn too: left out of the given names
    text = "سپیده صبح بازداشت شد."
    assert _held(text, "fa") == []
