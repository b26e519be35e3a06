"""Round 101 (speed101): rules read only where one of their phrases is
written whole, not only its longest word; the same output for less work.

``cue_words.phrase_written`` asks, as ``cue_written`` does, whether a
rule's phrases may be written in the text it reads, but for every piece of
a phrase: a rule whose phrases have a common word as their longest piece
(Persian "عنوان" of "جعل عنوان", "جاي" of "خود را به جاي", Arabic "يمكن"
of "لا يمكن ان يتم") passed the old test in most texts and then read
mention by mention. The feigned titles (``claimed_identity``), the doer
markers (``doers._after_marker``), the modal subjects, the judged
passives and the words of asking (``asked_nouns._may_address``) use it.
Each test is on sentences written for it, in Arabic, Persian and English:
the gate against its definition, the readers' answers with the gate and
with the old one, and the work skipped (the tests counting calls fail on
main de51ad3c, where the reader reads on).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from casts import run
from diplowatch.extract import (
    asked_nouns,
    claimed_identity,
    cue_words,
    doers,
    modal_subject,
    parties,
)
from diplowatch.extract.asked_nouns import asking_word_at, country_inside_asked
from diplowatch.extract.cue_words import cue_written, phrase_written
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import scan
from diplowatch.text.normalize import normalize

# ---------------------------------------------------------------- the gate


def _defined(text: str, phrases: frozenset[str]) -> bool:
    """``phrase_written`` as defined: every piece of some phrase is written."""
    if any(not p.split() for p in phrases):
        return True
    return any(all(w in text for w in p.split()) for p in phrases)


@pytest.mark.parametrize(
    ("text", "phrases", "written"),
    [
        # written whole, across a double space or a line break
        ("رجل زعم  انه سفير", frozenset({"زعم انه", "يدعي انه"}), True),
        ("مردی با جعل\nعنوان دیپلمات", frozenset({"جعل عنوان", "جعل هويت"}), True),
        ("a man posing  as a prince", frozenset({"posing as", "pretended to be"}), True),
        # only the longest piece written: cue_written says yes, phrase_written no
        ("وزير لا يستطيع ان يحضر لكن يمكن الحديث", frozenset({"لا يمكن ان يتم"}), False),
        ("او به عنوان سفیر سخن گفت", frozenset({"جعل عنوان"}), False),
        ("the minister posed questions", frozenset({"posed as"}), False),
        # nothing written; a blank phrase is written anywhere
        ("التقى الوزيران في القاهرة", frozenset({"زعم انه"}), False),
        ("anything at all", frozenset({"x", "  "}), True),
        ("anything at all", frozenset(), False),
    ],
)
def test_phrase_written(text: str, phrases: frozenset[str], written: bool) -> None:
    assert phrase_written(text, phrases) is written
    assert phrase_written(text, phrases) is _defined(text, phrases)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("وزير لا يستطيع ان يحضر لكن يمكن الحديث", frozenset({"لا يمكن ان يتم"})),
        ("او به عنوان سفیر سخن گفت", frozenset({"جعل عنوان"})),
        ("the minister posed questions", frozenset({"posed as"})),
    ],
)
def test_stricter_than_the_longest_piece(text: str, phrases: frozenset[str]) -> None:
    """Where only a phrase's longest word is written the old gate let the
    rule read on; the new one does not."""
    assert cue_written(text, phrases) and not phrase_written(text, phrases)


_TEXTS = {
    "ar": "زعم انه ضابط في الجيش ثم قال الوزير لا يمكن ان يتم الاتفاق دون دعم من الامم المتحدة",
    "fa": "او خود را به جاي مامور پليس جا زد و با جعل عنوان دیپلمات به سفارت رفت",
    "en": "he claimed to be an officer, posing as a prince at the hands of the army",
}
_SETS = [
    frozenset({"زعم انه", "يدعي انه", "لا يمكن ان يتم", "ضروري"}),
    frozenset({"خود را به جاي", "جعل عنوان", "جعل هويت", "لازم است"}),
    frozenset({"claimed to be", "posing as", "at the hands of", "is necessary"}),
    frozenset({"the army", "army the"}),
]


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_every_window_as_defined(lang: str) -> None:
    """On every window of the texts, ``phrase_written`` is its definition
    and never says yes where ``cue_written`` says no."""
    text = _TEXTS[lang]
    for lo in range(0, len(text), 3):
        for hi in range(lo, len(text) + 1, 5):
            window = text[lo:hi]
            for phrases in _SETS:
                got = phrase_written(window, phrases)
                assert got is _defined(window, phrases), (window, phrases)
                assert not got or cue_written(window, phrases)


# ---------------------------------------------------------------- the readers, old and new gate


@contextmanager
def _old_gates() -> Iterator[None]:
    """The readers as on main: ``cue_written`` for ``phrase_written`` and no
    gate before the words of asking."""
    saved: list[tuple[Any, str, Any]] = []
    for module in (claimed_identity, doers, modal_subject, parties, asked_nouns):
        saved.append((module, "phrase_written", module.phrase_written))
        module.phrase_written = cue_written  # type: ignore[attr-defined]
    saved.append((asked_nouns, "_may_address", asked_nouns._may_address))
    asked_nouns._may_address = lambda *args: True  # type: ignore[assignment]
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


SENTENCES = {
    "ar": [
        "اعتقلت الشرطة رجلا ينتحل صفة دبلوماسي فرنسي في بغداد.",
        "حكمت محكمة مصرية على شخص ادعى أنه ملك ألمانيا بالسجن.",
        "قتل ثلاثة مدنيين على يد مسلحين في شمال العراق.",
        "حث الرئيس المصري المواطنين على مقاطعة البضائع الفرنسية.",
        "اعتقلت الشرطة العراقية المواطنين المحتجين أمام الوزارة.",
        "قال الوزير إن الحوار مع إيران لا يمكن أن يتم دون ضمانات.",
        "التقى وزير الخارجية السعودي نظيره الإيراني في بغداد.",
    ],
    "fa": [
        "پلیس مردی را که با جعل عنوان دیپلمات فرانسوی وارد شده بود بازداشت کرد.",
        "وزیر خارجه ایران به عنوان نماینده دولت با وزیر خارجه عراق دیدار کرد.",
        "سه غیرنظامی توسط افراد مسلح در شمال عراق کشته شدند.",
        "رئیس‌جمهور از مردم خواست در انتخابات شرکت کنند.",
        "پلیس از مردم در خیابان‌های تهران عکس گرفت و چند نفر را بازداشت کرد.",
        "حمله اسرائیل به غزه از سوی ترکیه محکوم شد.",
        "مذاکره با آمریکا در این شرایط امکان پذیر نیست.",
    ],
    "en": [
        "Police arrested a man posing as a French diplomat in Baghdad.",
        "A court jailed a man who claimed to be the king of Germany.",
        "Three civilians were killed at the hands of gunmen in northern Iraq.",
        "The Egyptian president urged citizens to boycott French goods.",
        "Police arrested dozens of protesters outside the ministry in Cairo.",
        "The minister posed questions to his Iranian counterpart in Baghdad.",
        "Talks with Iran are not possible now, the minister said.",
    ],
}


def _records(text: str, lang: str) -> list[dict[str, Any]]:
    return [e.to_dict() if hasattr(e, "to_dict") else repr(e) for e in run(text, lang).events]


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in SENTENCES.items() for text in texts]
)
def test_events_as_with_the_old_gates(lang: str, text: str) -> None:
    """Each sentence's events, and the sentences read as one document, as
    the old gates read them."""
    for read in (text, " ".join(SENTENCES[lang])):
        new = _records(read, lang)
        with _old_gates():
            old = _records(read, lang)
        assert new == old


def test_the_feigned_title_still_read() -> None:
    """Guards: a feigned title is still no side where its cue is written."""
    for text, lang in (
        ("اعتقلت الشرطة رجلا ينتحل صفة دبلوماسي فرنسي في بغداد.", "ar"),
        ("Police arrested a man posing as a French diplomat in Baghdad.", "en"),
    ):
        codes = {a.code for e in run(text, lang).events for a in e.actors}
        assert "FRA" not in codes, (text, codes)


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_asking_word_at_every_word(lang: str) -> None:
    """``asking_word_at`` at every word of the sentences, and
    ``country_inside_asked`` for every pair of hits, give with the gate
    what they give without it."""
    for sentence in SENTENCES[lang]:
        ntext = normalize(sentence).text
        spans, i = [], 0
        for w in ntext.split():
            i = ntext.index(w, i)
            spans.append((i, i + len(w)))
            i += len(w)
        hits = sorted(scan(ntext, lexicon(lang)), key=lambda h: h.start)
        new = [asking_word_at(ntext, a, b, lang) for a, b in spans]
        inside = [country_inside_asked(ntext, h, g.start, lang) for h in hits for g in hits]
        with _old_gates():
            assert new == [asking_word_at(ntext, a, b, lang) for a, b in spans]
            assert inside == [
                country_inside_asked(ntext, h, g.start, lang) for h in hits for g in hits
            ]


# ---------------------------------------------------------------- the work skipped


@contextmanager
def _counted(module: Any, name: str) -> Iterator[list[int]]:
    calls = [0]
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    setattr(module, name, spy)
    try:
        yield calls
    finally:
        setattr(module, name, real)


def test_no_feigning_read_for_a_common_word() -> None:
    """The word "به عنوان" (as) holds "عنوان" of "جعل عنوان": main read every
    mention for a feigning cue (fails on main)."""
    text = "وزیر خارجه ایران به عنوان نماینده دولت با وزیر خارجه عراق در بغداد دیدار کرد."
    with _counted(claimed_identity, "_feigned") as calls:
        record = run(text, "fa")
    assert record.events
    assert calls[0] == 0


def test_feigning_read_where_written() -> None:
    """Guards: with the cue written whole each title is read for it."""
    for text, lang in (
        ("پلیس مردی را که با جعل عنوان دیپلمات فرانسوی وارد شده بود بازداشت کرد.", "fa"),
        ("اعتقلت الشرطة رجلا ينتحل صفة دبلوماسي فرنسي في بغداد.", "ar"),
        ("Police arrested a man posing as a French diplomat in Baghdad.", "en"),
    ):
        with _counted(claimed_identity, "_feigned") as calls:
            run(text, lang)
        assert calls[0] > 0, text


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("اعتقلت الشرطة العراقية المواطنين المحتجين أمام الوزارة.", "ar", "المواطنين"),
        ("پلیس مردم را در خیابان‌های تهران بازداشت کرد.", "fa", "مردم"),
        ("پلیس از مردم در خیابان عکس گرفت.", "fa", "مردم"),
        ("Police arrested dozens of protesters outside the ministry.", "en", "protesters"),
    ],
)
def test_no_words_split_where_no_one_asks(text: str, lang: str, noun: str) -> None:
    """A noun no word of asking stands near is not read word by word (main
    split the slice before it and found each word's place: fails on main);
    the marker "از" alone, with no stem of asking after, is not enough."""
    ntext = normalize(text).text
    start = ntext.index(noun)
    with _counted(asked_nouns, "_word_starts") as calls:
        assert asking_word_at(ntext, start, start + len(noun), lang) is None
    assert calls[0] == 0


@pytest.mark.parametrize(
    ("text", "lang", "noun", "verb"),
    [
        ("حث الرئيس المصري المواطنين على المشاركة.", "ar", "المواطنين", "حث"),
        ("رئیس‌جمهور از مردم خواست در انتخابات شرکت کنند.", "fa", "مردم", "از"),
        ("The president urged citizens to vote.", "en", "citizens", "urged"),
    ],
)
def test_asking_word_still_found(text: str, lang: str, noun: str, verb: str) -> None:
    """Guards: where a word of asking addresses the noun it is found."""
    ntext = normalize(text).text
    start = ntext.index(noun)
    assert asking_word_at(ntext, start, start + len(noun), lang) == ntext.index(verb)


def test_the_module_keeps_cue_written() -> None:
    """``cue_written`` is unchanged (its other readers and speed77/81's tests)."""
    assert cue_words.cue_written("in  coordination\nwith", frozenset({"in coordination with"}))
    assert not cue_words.cue_written("together with", frozenset({"in coordination with"}))
