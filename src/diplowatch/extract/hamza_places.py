"""A place name is not the word a written hamza makes of its letters (stab67ar).

Normalised text folds every alif with a hamza into a bare alif ("أ", "إ",
"آ" → "ا") so that "إسرائيل" and "اسرائيل" are one name. Inside a word the
fold also makes a common word of a town: "فأس" (an axe) is then "فاس" (Fez),
"بفأس" (with an axe) "in Fez" — "أقدم رجل على الهجوم بفأس على ضحاياه" gave
its victims a Moroccan home. Writers often drop or add the hamza at the
start of a word ("اسطنبول", "إسطنبول"), seldom in the middle: a hamza
written inside the word where no listed spelling of the place has one
spells another word. So a state, capital or town whose text writes a hamza
seat (``affixes.HAMZA_SEATS``) after the first letter of a word — not
counting a leading article, whole ("ال") or contracted after "ل" ("للأردن")
— is no place unless one of its listed spellings has a hamza there too
("رأس تنورة", "مأرب"; ``Lexicon.hamza_places``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diplowatch.extract.lexicon import PLACE_KINDS
from diplowatch.text.hamza import medial_hamza
from diplowatch.text.normalize import Normalized

if TYPE_CHECKING:  # the scan imports the lexicon, which reads ``medial_hamza``
    from diplowatch.extract.scan import Hit


def hamza_places_out(
    hits: Iterable[Hit],
    text: str,
    norm: Normalized,
    lex_fields: tuple[str, tuple[str, ...], frozenset[str]],
) -> list[Hit]:
    """``hits`` without the places whose written word holds a hamza seat that
    none of the place's listed spellings has (``medial_hamza``); ``lex_fields``
    is the language's hamza seats, its article forms and the places listed
    with such a hamza (normalised)."""
    seats, articles, listed = lex_fields
    kept: list[Hit] = []
    for hit in hits:
        if hit.entry.kind in PLACE_KINDS:
            a, b = norm.span_to_original(hit.base_start, hit.base_end)
            key = norm.text[hit.base_start : hit.base_end]
            if key not in listed and medial_hamza(text[a:b], seats, articles):
                continue
        kept.append(hit)
    return kept
