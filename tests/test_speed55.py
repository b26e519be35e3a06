"""The honorific readings of a held person (rounds 68-69) look at a
document's words only when it holds an honorific and a verb of arrest
somewhere (``held_persons._may_hold``): the same output for less work
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from diplowatch.extract.held_persons import _held, _may_hold
from diplowatch.text.normalize import normalize_phrase


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("پلیس آقای ملکوتیان را دیروز بازداشت کرد.", "fa", True),
        ("آقای ملکوتیان دیروز با وزیر دیدار کرد.", "fa", False),
        ("پلیس ده معترض را دیروز بازداشت کرد.", "fa", False),
        ("اعتقلت الشرطة السيد الملكوتي في منزله.", "ar", True),
        ("التقى السيد الملكوتي بالوزير أمس.", "ar", False),
        ("Police arrested Mr. Malakutian at his home.", "en", True),
        ("Mr. Malakutian met the minister on Sunday.", "en", False),
        ("Police arrested ten protesters on Sunday.", "en", False),
    ],
)
def test_only_a_text_with_an_honorific_and_a_verb_of_arrest_is_read(
    text: str, lang: str, expected: bool
) -> None:
    assert _may_hold(normalize_phrase(text), _held(lang)) is expected
