"""One reader of a language's word lists for the extract rules (tidy64).

``extract/lang_words.phrase_set`` / ``phrase_tuple`` turn a list of a
language's data into normalised phrases, the way each rule did on its own
before; and English ``status.PUT_OFF_TIMES`` takes its weekday and month
names from the date data instead of repeating them.
"""

from __future__ import annotations

import pytest

from diplowatch import lang as lang_data
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.text.normalize import normalize_phrase


@pytest.mark.parametrize("code", ["ar", "fa", "en"])
def test_phrase_set_is_the_normalised_list(code: str) -> None:
    raw = lang_data.load(code, "status").IMMINENT_NEGATIONS
    assert raw, code
    assert phrase_set(code, "status", "IMMINENT_NEGATIONS") == {normalize_phrase(w) for w in raw}


@pytest.mark.parametrize("code", ["ar", "fa", "en"])
def test_phrase_tuple_keeps_the_order(code: str) -> None:
    raw = lang_data.load(code, "context").CONJUNCTIONS
    assert phrase_tuple(code, "context", "CONJUNCTIONS") == tuple(normalize_phrase(w) for w in raw)


def test_a_missing_list_or_language_gives_nothing() -> None:
    assert phrase_set("en", "status", "NO_SUCH_LIST") == frozenset()
    assert phrase_set("", "status", "LACKING_NEGATIONS") == frozenset()
    assert phrase_tuple("", "context", "CONJUNCTIONS") == ()


def test_english_put_off_times_are_the_full_names_of_the_date_data() -> None:
    times = lang_data.load("en", "status").PUT_OFF_TIMES
    for word in ("monday", "sunday", "january", "may", "september", "december"):
        assert word in times
    for short in ("jan", "sept", "sep", "dec"):
        assert short not in times  # abbreviations are not times a put-off names
    assert len(times) == 2 + 7 + 12
