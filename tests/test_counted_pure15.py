"""Round 15 (refactor15): the counted states of a phrase ("the four
states") are returned as new mention lists; the sentences read are not
changed (``extract.counted.counted_states`` is pure). Sentences written for
these tests, in ar, fa and en.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.actor_context import context
from diplowatch.extract.counted import counted_states
from diplowatch.extract.mention import Mention
from diplowatch.extract.sentence import Sentence
from diplowatch.text.normalize import normalize

_CASES = {
    "en": (
        "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. ",
        "The four states accused Doha of backing terrorism.",
        (("Saudi Arabia", "SAU"), ("UAE", "ARE"), ("Bahrain", "BHR"), ("Egypt", "EGY")),
    ),
    "ar": (
        "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر. ",
        "واتهمت الدول الأربع الدوحة بدعم الإرهاب.",
        (("السعودية", "SAU"), ("الإمارات", "ARE"), ("البحرين", "BHR"), ("مصر", "EGY")),
    ),
    "fa": (
        "عربستان، امارات، بحرین و مصر روابط خود را با قطر قطع کردند. ",
        "این چهار کشور دوحه را به حمایت از تروریسم متهم کردند.",
        (("عربستان", "SAU"), ("امارات", "ARE"), ("بحرین", "BHR"), ("مصر", "EGY")),
    ),
}


def _state(ntext: str, name: str, code: str) -> Mention:
    """A whole state named at the first place ``name`` stands, with a
    conjunction glued before it kept as its prefix."""
    key = normalize(name).text
    at = ntext.index(key)
    glued = ntext[at - 1] if at and ntext[at - 1] != " " else ""
    return Mention(at, at + len(key), code, "state", True, prefix=glued)


def _sentences(lang: str) -> tuple[str, list[Sentence]]:
    first, second, states = _CASES[lang]
    ntext = normalize(first + second).text
    cut = len(normalize(first).text)
    listed = [_state(ntext, name, code) for name, code in states]
    trigger = object()  # only whether a sentence has a deed is read
    return ntext, [
        Sentence(0, cut, mentions=listed),
        Sentence(cut, len(ntext), triggers=[trigger], mentions=[]),  # type: ignore[list-item]
    ]


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_counted_states_are_returned_not_written_into_the_sentence(lang: str) -> None:
    ntext, sentences = _sentences(lang)
    ctx = context(lang)
    before = [list(s.mentions) for s in sentences]
    out = counted_states(sentences, ntext, lang, ctx.coordinators, ctx.adjacent_coordinated)
    assert [s.mentions for s in sentences] == before
    assert out is not None and len(out) == 2
    assert out[0] == before[0]
    assert {m.code for m in out[1]} == {"SAU", "ARE", "BHR", "EGY"}
    assert all(m.start >= sentences[1].start for m in out[1])
