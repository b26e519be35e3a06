"""outlets67: a summons reads its own envoy only within its phrase.

The rule that makes "a state summoned its own ambassador" a recall
(SANCTION) looked for the envoy a fixed number of words from the verb, across
a comma, so another state's envoy in the next clause turned a summons of a
foreign envoy (ACCUSE) into a recall (stop 66's left list). Sentences written
for these tests; the first two read SANCTION on main before outlets67. The
Persian crossing ("لندن سفیرش را فراخواند، و ایران سفیر انگلیس را احضار
کرد") was given back by mendR99: the Persian envoy stands before its verb,
often across an insert between commas (``tests/test_mendR99.py``)."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استدعت الخارجية المصرية السفير البريطاني، ثم سحبت لندن سفيرها من القاهرة."),
        ("en", "Britain summoned, its ambassador in Tehran said, the Iranian charge d'affaires."),
    ],
)
def test_an_envoy_in_another_phrase_leaves_the_summons(lang: str, text: str) -> None:
    assert "ACCUSE" in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استدعت الجزائر سفيرها لدى فرنسا للتشاور."),
        ("ar", "قررت الحكومة استدعاء سفيرها في مدريد."),
        ("fa", "ترکیه سفیرش در هلند را احضار کرد."),
        ("en", "France summoned its ambassador in Canberra home."),
    ],
)
def test_the_own_envoy_in_the_phrase_is_still_a_recall(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "SANCTION" in types
    assert "ACCUSE" not in types
