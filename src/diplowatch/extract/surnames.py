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

from diplowatch.extract.actor_context import Context
from diplowatch.extract.lexicon import ACTOR, FAMILY_NAME
from diplowatch.extract.mention_lists import after_honorific, honoured
from diplowatch.extract.scan import Hit
from diplowatch.text.words import word_right_before


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
    before = word_right_before(text, hit.start, 24)
    return bool(before) and before in given


def family_names_out(text: str, hits: list[Hit], ctx: Context) -> list[Hit]:
    """``hits`` without the family names alone of office holders
    (``lexicon.FAMILY_NAME``) not written right after an honorific: "آقای
    بنت" names Bennett, but the same word elsewhere is mostly an ordinary
    one ("این", "حتی"), and a hit left in would shadow the words around it.
    Nor one of a person the text also names in full: the surname is then
    learnt from the text (``person_names.learn_surnames``), as before."""
    # the office holders' hits picked once (a few of an article's hundreds of
    # hits), each asked once whether it is a family name alone
    # ``_office_holder`` read inline: this runs over every hit of a document
    holders = [
        h
        for h in hits
        if h.entry.layer == ACTOR and h.entry.kind == "person" and len(h.entry.extra) >= 2
    ]
    family = [h for h in holders if FAMILY_NAME in h.entry.extra[2:]]
    if not family:
        return list(hits)
    # the ids of the names written in full are gathered only for a family
    # name after an honorific (speed74a: most are after none, and a Persian
    # article's common words make hundreds of holders' hits)
    honoured_ones = [h for h in family if _honoured_alone(text, h, ctx)]
    full = _full_ids(holders) if honoured_ones else set()
    kept = {id(h) for h in honoured_ones if not full & set(h.entry.extra[0])}
    dropped = {id(h) for h in family if id(h) not in kept}
    return [h for h in hits if id(h) not in dropped] if dropped else list(hits)


def _full_ids(holders: list[Hit]) -> set[str]:
    """The person ids of the office holders' names written in full."""
    return {
        pid for h in holders if FAMILY_NAME not in h.entry.extra[2:] for pid in h.entry.extra[0]
    }


def _office_holder(hit: Hit) -> bool:
    """A hit of a listed office holder's name (its entry holds the person ids)."""
    return hit.entry.layer == ACTOR and hit.entry.kind == "person" and len(hit.entry.extra) >= 2


def _family_name_kept(text: str, hit: Hit, full: set[str], ctx: Context) -> bool:
    """Whether ``family_names_out`` keeps the family name ``hit``, with
    ``full`` the ids of the names written in full (one hit at a time, as
    tests/test_speed48.py reads it)."""
    return _honoured_alone(text, hit, ctx) and not full & set(hit.entry.extra[0])


def _honoured_alone(text: str, hit: Hit, ctx: Context) -> bool:
    """A family name alone names its office holder right after an honorific
    (where the text gives no full name of him: ``family_names_out``); not
    when a given name follows it ("آقای محب‌علی", its ZWNJ folded to a
    space: one longer name)."""
    if not (ctx.name_honorifics and after_honorific(text, hit.start, ctx)):
        return False  # most stand after no honorific: nothing more is read
    after = text[hit.end : hit.end + 16].split(maxsplit=1)
    if after and after[0] in ctx.given_names:
        return False
    return honoured(text, hit, ctx)
