"""A country adjective that is a person's surname.

Persian and Arabic surnames are often adjectives of origin: "مهدی سوری",
"رضا عراقی", "محمد المصري" name a man, not a Syrian, an Iraqi or an
Egyptian. Read as a country, the adjective gave the person, and the title
written beside him ("مهدی سوری، رئیس انجمن پزشکان"), a foreign state. Right
after a common given name (``GIVEN_NAMES``, language data: Persian and
Arabic; English writes such surnames without the adjective's form) the
adjective is the surname, so its hit is dropped before mentions are read.
A country adjective before the name ("الرئيس السوري بشار", "وزیر خارجه
عراق") is untouched."""

from __future__ import annotations

from diplowatch.extract.scan import Hit


def surname_adjectives_out(
    text: str, hits: list[Hit], given: frozenset[str], conj: frozenset[str]
) -> list[Hit]:
    """``hits`` without the country adjectives written right after a given
    name ("رضا عراقی"); ``hits`` itself when the language lists no names.
    One with a conjunction glued to it ("سامي حسن والسوداني") opens the next
    person of a list: a country (``conj``: the language's conjunctions)."""
    if not given:
        return hits
    return [
        h
        for h in hits
        if not (
            h.entry.kind == "state_adj"
            and not any(text.startswith(c, h.start) for c in conj if c.isalpha() and len(c) == 1)
            and _after_name(text, h, given)
        )
    ]


def _after_name(text: str, hit: Hit, given: frozenset[str]) -> bool:
    """Whether the word right before the hit, with nothing but a space
    between, is a given name."""
    before = text[max(0, hit.start - 24) : hit.start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1] in given
