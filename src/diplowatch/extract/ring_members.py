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

Cost (mendF109): a document may repeat the phrase thousands of times, so
each occurrence reads only the mentions that can touch it, found by
bisection on their end offsets (``_Index``), never the whole list.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from diplowatch.extract.agent_groups import NON_STATE_ARMED
from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.words import clitic_occurrences

# Characters back from the members phrase within which the ring is named.
_REACH = 1200
# What a ring is: armed groups outside the state (criminals, militants,
# unidentified attackers).
_RING_AGENTS = NON_STATE_ARMED
# The people the counted persons were read as before they are known members.
_PEOPLE = "CVL"
# Characters after a head within which the word that may modify it is read.
_LOOK = 40
# Past any offset: the second key of (end, start) pairs bisected on end alone.
_FAR = 1 << 62
# Punctuation that may end that word ("الخمسة،").
_STOPS = ".,،؛;:!?)»\"'"


class _Tables(NamedTuple):
    """A language's ring data, normalised."""

    phrases: tuple[str, ...]  # RING_MEMBER_PHRASES
    nouns: frozenset[str]  # RING_NOUNS
    links: tuple[str, ...]  # RING_MEMBER_LINKS
    own_heads: frozenset[str]  # RING_OWN_HEADS
    clitics: frozenset[str]  # RING_MEMBER_CLITICS, and none glued ("")
    modifiers: frozenset[str]  # RING_HEAD_MODIFIERS
    openings: tuple[str, ...]  # RING_HEAD_MODIFIER_PREFIXES
    ring_words: frozenset[str]  # RING_HEAD_RING_WORDS


@cache
def _tables(lang: str) -> _Tables:
    """All the ring data of ``lang``, read and normalised once per language
    (the rule runs on every document). One cache for every field, so a test
    that patches the data sees the change after ``_tables.cache_clear()``,
    whichever field it patched (mendF109: the own heads were read per call,
    the rest cached, so a patch was seen for one field and not the others)."""

    def words(name: str) -> tuple[str, ...]:
        return tuple(normalize_phrase(w) for w in language_field(lang, name))

    return _Tables(
        phrases=words("RING_MEMBER_PHRASES"),
        nouns=frozenset(words("RING_NOUNS")),
        links=words("RING_MEMBER_LINKS"),
        own_heads=frozenset(words("RING_OWN_HEADS")),
        clitics=frozenset(language_field(lang, "RING_MEMBER_CLITICS")) | {""},
        modifiers=frozenset(words("RING_HEAD_MODIFIERS")),
        openings=words("RING_HEAD_MODIFIER_PREFIXES"),
        ring_words=frozenset(words("RING_HEAD_RING_WORDS")),
    )


def ring_members(ntext: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """``mentions`` with each members phrase of a ring named before it read
    as that ring's people (see the module's docstring)."""
    tables = _tables(lang)
    if not tables.phrases:
        return mentions
    rings = [m for m in mentions if m.agent in _RING_AGENTS and _holds(ntext, m, tables.nouns)]
    if not rings:
        return mentions
    index = _Index(list(mentions))
    for phrase in tables.phrases:
        head = phrase.split()[-1]
        # "the network" only of a network named before (``RING_OWN_HEADS``)
        fits = (
            [r for r in rings if _holds(ntext, r, frozenset({head, head + "s"}))]
            if head in tables.own_heads
            else rings
        )
        last = _LastRing(fits)
        for at, _ in clitic_occurrences(ntext, phrase, tables.clitics):
            ring = last.before(at)
            if ring is None or at - ring.end > _REACH:
                continue
            if _modified(ntext, at + len(phrase), tables):
                continue
            _read_members(ntext, index, ring, (at, at + len(phrase)), tables.links)
    return sorted(index.mentions + index.added, key=lambda m: m.start)


class _LastRing:
    """The last ring in list order that ends by a place, for places read in
    rising order: a sweep over the rings sorted by end, not a walk back
    through them all per place."""

    def __init__(self, fits: list[Mention]) -> None:
        self._fits = fits
        self._by_end = sorted(range(len(fits)), key=lambda i: fits[i].end)
        self._next = 0
        self._best = -1

    def before(self, at: int) -> Mention | None:
        """The last of the rings (in list order) with ``end <= at``."""
        while self._next < len(self._by_end) and self._fits[self._by_end[self._next]].end <= at:
            self._best = max(self._best, self._by_end[self._next])
            self._next += 1
        return self._fits[self._best] if self._best >= 0 else None


@dataclass
class _Index:
    """The document's mentions (in their order, ring people put in place)
    and the members phrases made mentions (``added``, in the order found),
    with their end offsets sorted so that the mentions touching a place are
    found by bisection."""

    mentions: list[Mention]

    def __post_init__(self) -> None:
        self.order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].end)
        self.ends = [self.mentions[i].end for i in self.order]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        self.added: list[Mention] = []
        self.added_spans: list[tuple[int, int]] = []  # (end, start), sorted
        self.added_longest = 0

    def ending_in(self, lo: int, hi: int) -> list[int]:
        """The indices (in list order) of the mentions ending in [lo, hi]."""
        return sorted(self.order[bisect_left(self.ends, lo) : bisect_right(self.ends, hi)])

    def overlaps(self, at: int, end: int) -> bool:
        """Whether a mention, or a phrase made one, overlaps [at, end): it
        ends after ``at`` and at most its own length after ``end``."""
        near = self.ending_in(at + 1, end + self.longest)
        if any(self.mentions[i].start < end for i in near):
            return True
        spans = self.added_spans
        lo = bisect_right(spans, (at, _FAR))
        hi = bisect_right(spans, (end + self.added_longest, _FAR))
        return any(start < end for _, start in spans[lo:hi])

    def add(self, member: Mention) -> None:
        """Put a members phrase made a mention among the added ones."""
        self.added.append(member)
        insort(self.added_spans, (member.end, member.start))
        self.added_longest = max(self.added_longest, member.end - member.start)


def _modified(ntext: str, end: int, tables: _Tables) -> bool:
    """Whether the word after the head at ``end`` makes it another body than
    the ring ("أعضاء الشبكة العربية", "members of the network of lawyers",
    "the ring's", "شبکه‌های"): one word read, never the rest of the text."""
    rest = ntext[end : end + _LOOK].split(None, 1)
    word = rest[0] if rest else ""
    bare = word.rstrip(_STOPS)
    words, openings = tables.modifiers, tables.openings
    if bare in words or any(word.startswith(w) for w in words if not w[:1].isalnum()):
        return True  # "of", "اي", or glued on: "'s"
    return bool(openings) and bare.startswith(openings) and bare not in tables.ring_words


def _read_members(
    ntext: str,
    index: _Index,
    ring: Mention,
    span: tuple[int, int],
    links: tuple[str, ...],
) -> None:
    """The counted persons before the phrase, or the phrase itself, made
    the ring's people (in ``index``)."""
    at, end = span
    near = sorted({i for lo, hi in _link_ends(ntext, at, links) for i in index.ending_in(lo, hi)})
    before = next((i for i in near if _linked(ntext, index.mentions[i], at, links)), None)
    if before is not None:
        index.mentions[before] = replace(index.mentions[before], agent=ring.agent)
        return
    if index.overlaps(at, end):
        return
    index.add(
        replace(ring, start=at, end=end, prefix="", code="", name=None, name_span=None, role=None)
    )


def _link_ends(ntext: str, at: int, links: tuple[str, ...]) -> list[tuple[int, int]]:
    """The ranges of offsets where a mention must end to be linked to the
    phrase at ``at`` (``ntext[end:at].strip()`` a link): spaces, a link,
    spaces. Read back over the spaces only, never the text before."""
    spaces = _spaces_from(ntext, at)
    out = []
    for link in links:
        if not link:
            out.append((spaces, at))
            continue
        opens = spaces - len(link)
        if opens >= 0 and ntext[opens:spaces] == link:
            out.append((_spaces_from(ntext, opens), opens))
    return out


def _spaces_from(ntext: str, at: int) -> int:
    """Where the run of spaces that ends at ``at`` begins."""
    while at > 0 and ntext[at - 1].isspace():
        at -= 1
    return at


def _holds(ntext: str, mention: Mention, nouns: frozenset[str]) -> bool:
    """Whether one of the mention's words is a ring noun."""
    return any(w in nouns for w in ntext[mention.start : mention.end].split())


def _linked(ntext: str, mention: Mention, at: int, links: tuple[str, ...]) -> bool:
    """Whether ``mention`` is a civilian of no country counted right before
    the phrase at ``at``, a link word between ("30 شخصا من عناصر")."""
    if mention.agent != _PEOPLE or mention.code or mention.end > at:
        return False
    return ntext[mention.end : at].strip() in links
