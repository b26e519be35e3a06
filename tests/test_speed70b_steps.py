"""speed70b (stop 70): output-identical speed steps.

``_fold`` folds a short text (a lexicon phrase) by one ``str.translate``
rather than 51 ``in`` scans; the charge steps tokenise a sentence once,
not once per accusation or arrest trigger. These tests hold the new
readings to the old ones and count the tokenising.
"""

from __future__ import annotations

import random

import pytest

from diplowatch.text import normalize as norm


def _old_fold(text: str) -> str:
    """The folding before speed70b: one ``str.replace`` per variant held."""
    for old, new in norm._PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


@pytest.mark.parametrize("seed", range(30))
def test_short_and_long_texts_fold_as_before(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "".join(norm._REPLACE) + "ab سلام وزير،."
    for size in (0, 1, norm._SHORT - 1, norm._SHORT, norm._SHORT + 1, 200):
        text = "".join(rng.choice(alphabet) for _ in range(size))
        assert norm._fold(text) == _old_fold(text)


@pytest.mark.parametrize(
    "phrase",
    ["وزیر خارجه ایران", "وزير الخارجية المصري", "the Prime Minister’s office", "۱۲ کشته"],
)
def test_lexicon_phrases_normalise_as_before(phrase: str) -> None:
    assert len(phrase) <= norm._SHORT  # folded by the table
    assert norm._fold(phrase) == _old_fold(phrase)


class _CountingPattern:
    """``charges._WORDS`` with its ``finditer`` calls counted."""

    def __init__(self, pattern: object) -> None:
        self.pattern = pattern
        self.calls = 0

    def finditer(self, *args: object) -> object:
        self.calls += 1
        return self.pattern.finditer(*args)  # type: ignore[attr-defined]


# One sentence with three accusations, each with its charge (written for this test).
_ACCUSATIONS = [
    (
        "en",
        "Chile accused Peru of spying for Bolivia, accused Ecuador of sabotage "
        "and accused Colombia of espionage.",
    ),
    (
        "ar",
        "اتهمت تشيلي بيرو بالتجسس لصالح بوليفيا واتهمت الإكوادور بالتخريب واتهمت كولومبيا بالتجسس.",
    ),
    (
        "fa",
        "شیلی پرو را به جاسوسی برای بولیوی متهم کرد و اکوادور را به خرابکاری متهم کرد "
        "و کلمبیا را به جاسوسی متهم کرد.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _ACCUSATIONS)
def test_a_sentence_of_accusations_is_tokenised_once(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplowatch.extract import charges
    from diplowatch.model import Document
    from diplowatch.pipeline import process

    if hasattr(charges, "_words_of"):  # main has no cache: its count then fails
        charges._words_of.cache_clear()
    counting = _CountingPattern(charges._WORDS)
    monkeypatch.setattr(charges, "_WORDS", counting)
    result = process(Document("t", text, lang=lang))
    assert any(e.type == "ACCUSE" for e in result.events)
    assert counting.calls == 1  # main: once per accusation and per step (6)


def _old_said_after(right: str, rule: object) -> bool:
    """``vetoes._said_after`` before speed70b: the clause split to its end."""
    from diplowatch.extract import vetoes
    from diplowatch.text.breaks import first_break
    from diplowatch.text.punctuation import CLAUSE_BREAKS
    from diplowatch.text.words import holds_whole_word

    near = right[: first_break(right, 0, len(right), CLAUSE_BREAKS)].split()
    for phrase in rule.words:  # type: ignore[attr-defined]
        pieces = phrase.split()
        for at in range(min(rule.reach, len(near) - len(pieces) + 1)):  # type: ignore[attr-defined]
            if near[at : at + len(pieces)] != pieces:
                continue
            if any(holds_whole_word(" ".join(near[:at]), s) for s in rule.stops):  # type: ignore[attr-defined]
                continue
            if not vetoes._in_other_phrase(near[:at], near[at + len(pieces) :], rule):  # type: ignore[arg-type]
                return True
    return False


def test_words_said_after_a_trigger_read_as_before() -> None:
    # the rules with a reach of every language (none in fa's data today)
    from diplowatch.extract import vetoes
    from diplowatch.extract.lexicon import lexicon

    rules = [
        r
        for lang in ("ar", "fa", "en")
        for rs in lexicon(lang).confined_vetoes.values()
        for r in rs
        if r.reach
    ]
    assert rules
    rng = random.Random(70)
    for rule in rules:
        vocab = [
            w
            for group in (rule.words, rule.stops, rule.leads, rule.tails)
            for phrase in group
            for w in phrase.split()
        ]
        vocab += ["x", "y", "z", ",", "."]
        for _ in range(60):
            right = " ".join(rng.choice(vocab) for _ in range(rng.randrange(0, 3 * rule.reach + 6)))
            assert vetoes._said_after(right, rule) == _old_said_after(right, rule), right
