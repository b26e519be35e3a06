"""Members of a ring told again by its head noun are that ring's people.

Police reports name a ring, a cell or a gang once ("فككت الوحدات عصابة
مختصة في سرقة المواشي", "dismantled a drug smuggling ring", "یک باند قاچاق
را متلاشی کرد") and then the people caught as its members: "أوقفت 30 شخصا
من عناصر الشبكة", "arrested three members of the ring", "سه نفر از اعضای
این باند". The members phrase named no one (Arabic, English) or the counted
persons before it were read as civilians ("شخصا", "نفر"), so the arrest held
civilians or no one. The head alone says no more than "the network": it is
the ring named before it that makes its members criminals (CRM) or militants
(REB); a bare "أعضاء الشبكة" with no such ring before it (a network of
associations) is left alone.

Each language lists the members phrases (``RING_MEMBER_PHRASES``: a member
noun, a demonstrative in Persian and English, the head), the ring nouns an
earlier mention must hold (``RING_NOUNS``) and the words that link counted
persons to the phrase (``RING_MEMBER_LINKS``: "من", "of", "از"). The ring is
the last mention before the phrase, within ``_REACH`` characters, with a
ring noun among its words and an agent of ``_RING_AGENTS``. Then a civilian
mention right before the link takes the ring's agent; with none, and no
mention on the phrase, the phrase becomes a mention of the ring's agent with
no country of its own (it comes from the sentence or the article's home,
as for the group heads of ``named_again``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch.extract.agent_groups import NON_STATE_ARMED
from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase

# Characters back from the members phrase within which the ring is named.
_REACH = 1200
# What a ring is: armed groups outside the state (criminals, militants,
# unidentified attackers).
_RING_AGENTS = NON_STATE_ARMED
# The people the counted persons were read as before they are known members.
_PEOPLE = "CVL"
# Clitics that may be glued before the phrase ("لأفراد الخلية", "وعناصر").
_CLITICS = frozenset({"", "و", "ل", "ب", "ول", "وب"})
# Characters after a head within which the word that may modify it is read.
_LOOK = 40
# Punctuation that may end that word ("الخمسة،").
_STOPS = ".,،؛;:!?)»\"'"


@cache
def _tables(lang: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The members phrases, the ring nouns and the links, normalised."""
    phrases = tuple(normalize_phrase(p) for p in language_field(lang, "RING_MEMBER_PHRASES"))
    nouns = frozenset(normalize_phrase(n) for n in language_field(lang, "RING_NOUNS"))
    links = tuple(normalize_phrase(w) for w in language_field(lang, "RING_MEMBER_LINKS"))
    return phrases, nouns, links


@cache
def _followers(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The words after a head that make it another body (``RING_HEAD_MODIFIERS``),
    the openings of such words (``RING_HEAD_MODIFIER_PREFIXES``) and the words
    of those openings that leave it the ring (``RING_HEAD_RING_WORDS``)."""
    words = frozenset(normalize_phrase(w) for w in language_field(lang, "RING_HEAD_MODIFIERS"))
    openings = tuple(
        normalize_phrase(w) for w in language_field(lang, "RING_HEAD_MODIFIER_PREFIXES")
    )
    ring_words = frozenset(
        normalize_phrase(w) for w in language_field(lang, "RING_HEAD_RING_WORDS")
    )
    return words, openings, ring_words


def ring_members(ntext: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """``mentions`` with each members phrase of a ring named before it read
    as that ring's people (see the module's docstring)."""
    phrases, nouns, links = _tables(lang)
    if not phrases:
        return mentions
    rings = [m for m in mentions if m.agent in _RING_AGENTS and _holds(ntext, m, nouns)]
    if not rings:
        return mentions
    own_heads = frozenset(normalize_phrase(h) for h in language_field(lang, "RING_OWN_HEADS"))
    out = list(mentions)
    for phrase in phrases:
        head = phrase.split()[-1]
        # "the network" only of a network named before (``RING_OWN_HEADS``)
        fits = (
            [r for r in rings if _holds(ntext, r, frozenset({head, head + "s"}))]
            if head in own_heads
            else rings
        )
        for at in _occurrences(ntext, phrase):
            ring = next((r for r in reversed(fits) if r.end <= at), None)
            if ring is None or at - ring.end > _REACH:
                continue
            if _modified(ntext, at + len(phrase), lang):
                continue
            out = _read_members(ntext, out, ring, (at, at + len(phrase)), links)
    return sorted(out, key=lambda m: m.start)


def _modified(ntext: str, end: int, lang: str) -> bool:
    """Whether the word after the head at ``end`` makes it another body than
    the ring ("أعضاء الشبكة العربية", "members of the network of lawyers",
    "the ring's", "شبکه‌های"): one word read, never the rest of the text."""
    rest = ntext[end : end + _LOOK].split(None, 1)
    word = rest[0] if rest else ""
    bare = word.rstrip(_STOPS)
    words, openings, ring_words = _followers(lang)
    if bare in words or any(word.startswith(w) for w in words if not w[:1].isalnum()):
        return True  # "of", "اي", or glued on: "'s"
    return bool(openings) and bare.startswith(openings) and bare not in ring_words


def _read_members(
    ntext: str,
    mentions: list[Mention],
    ring: Mention,
    span: tuple[int, int],
    links: tuple[str, ...],
) -> list[Mention]:
    """The counted persons before the phrase, or the phrase itself, made
    the ring's people."""
    at, end = span
    before = next((m for m in mentions if _linked(ntext, m, at, links)), None)
    if before is not None:
        return [replace(m, agent=ring.agent) if m is before else m for m in mentions]
    if any(m.start < end and at < m.end for m in mentions):
        return mentions
    member = replace(
        ring, start=at, end=end, prefix="", code="", name=None, name_span=None, role=None
    )
    return [*mentions, member]


def _holds(ntext: str, mention: Mention, nouns: frozenset[str]) -> bool:
    """Whether one of the mention's words is a ring noun."""
    return any(w in nouns for w in ntext[mention.start : mention.end].split())


def _linked(ntext: str, mention: Mention, at: int, links: tuple[str, ...]) -> bool:
    """Whether ``mention`` is a civilian of no country counted right before
    the phrase at ``at``, a link word between ("30 شخصا من عناصر")."""
    if mention.agent != _PEOPLE or mention.code or mention.end > at:
        return False
    return ntext[mention.end : at].strip() in links


def _occurrences(ntext: str, phrase: str) -> list[int]:
    """Where ``phrase`` stands as words (after at most a clitic)."""
    out = []
    at = ntext.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        lead = at
        while lead > 0 and ntext[lead - 1].isalnum():
            lead -= 1
        after = ntext[end] if end < len(ntext) else " "
        if ntext[lead:at] in _CLITICS and not after.isalnum():
            out.append(at)
        at = ntext.find(phrase, end)
    return out
