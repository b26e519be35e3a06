"""Trigger words that, right after a number, are nouns for people.

Arabic "متهما" is the circumstantial "accusing" ("…، متهما إياه بالكذب",
ACCUSE), but counted it is the noun "suspect" ("قضية 18 متهما", "ضد 16
متهما"): a trial or an arrest is told, and no one accuses anyone. Round 14
listed the words that follow such a count ("متهما جديدا", "متهما يمثلون");
the count itself is the surer mark, read by ``counts.counted`` (digits, a
number word, a vague plural). The words are data: ``lang/<code>/counts.py``
``COUNTED_NOT_TRIGGERS`` (none in Persian and English, whose trigger is
the verb, "متهم کرد", "accused").
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.counts import counted
from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase


@cache
def _nouns(lang: str) -> frozenset[str]:
    """The language's counted nouns that are triggers elsewhere, normalised
    as the scanned text is."""
    words = getattr(load(lang, "counts"), "COUNTED_NOT_TRIGGERS", ())
    return frozenset(normalize_phrase(w) for w in words)


def drop_counted_nouns(triggers: list[Hit], ntext: str, lang: str) -> list[Hit]:
    """``triggers`` without those whose word is a counted noun for people
    with a number right before it: "18 متهما" names suspects, not an
    accusation. The word is read without its clitics (the hit's base span),
    the number before the whole word. Kept where another trigger of its
    type tells the accusation: then the suspects are its accused side."""
    nouns = _nouns(lang)
    if not nouns:
        return triggers
    counted_hits = [
        t
        for t in triggers
        if ntext[t.base_start : t.base_end] in nouns and counted(ntext, t.start, lang)
    ]
    if not counted_hits:
        return triggers
    # mendA102: beside another trigger of its type ("وجه الادعاء اتهامات إلى
    # 12 متهما بالتجسس لصالح إسرائيل") the counted suspects are the accused
    # of that accusation, and their hit supplies that side: it stays (the
    # two merge into one event); alone it is only the noun.
    told = {t.entry.value for t in triggers if t not in counted_hits}
    return [t for t in triggers if t not in counted_hits or t.entry.value in told]
