"""Nouns for people that are a side only as the one a verb of asking addresses.

An appeal names whom it is aimed at: "urged the public to stay home", "دعا
الناخبين إلى المشاركة", "از رای‌دهندگان خواست". That addressee is the
request's second side (CVL: ``ONTOLOGY.md`` counts citizens and crowds).
The same nouns elsewhere name no one who acts ("49 percent of voters",
"promises made to voters", "the public sector"), so they are listed apart
(``agents.ASKED_AGENT_NOUNS``) and kept only in the addressee's slot:

- after a verb of asking a few words before (``ASKING_BEFORE``: Arabic and
  English, whose verb comes first: "حث … الناخبين", "urged all voters");
- or after an addressee marker (``ASKED_MARKERS``, Persian "از") with a verb
  of asking a few words after (``ASKING_AFTER``: "از واجدان شرایط خواست").

The reach is a few words on either side: the check reads a bounded slice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.lexicon import ASKED
from diplowatch.extract.scan import Hit
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import EDGE_PUNCT, SEMICOLONS

# Characters read on either side of a noun: enough for the reach in words.
_SLICE = 120
_PUNCT = EDGE_PUNCT + SEMICOLONS


@dataclass(frozen=True)
class _Asking:
    before: frozenset[str]  # whole words of asking before the noun
    after: tuple[str, ...]  # stems of asking after the noun (in a word)
    markers: frozenset[str]  # the word right before an addressee
    fillers: tuple[tuple[str, ...], ...]  # words between marker and noun ("همه", "all")
    clitics: tuple[str, ...]  # letters glued before a verb of asking ("و")
    next: frozenset[str]  # the words one of which must follow the noun, if any
    reach: int  # how many words may stand between the verb and the noun
    blockers: frozenset[str]  # a word between verb and noun that opens the content
    openers: frozenset[str]  # a blocker allowed right after the verb ("called on")
    own_marker: frozenset[str]  # a word that takes the marker itself ("حمایت از")
    subject_first: bool  # the noun right after the verb is its subject ("ودعا النشطاء")


@cache
def _asking(lang: str) -> _Asking:
    """The language's lists, normalised as the text is (ZWNJ to a space,
    one Yeh), read once: entries spelled otherwise would never match."""

    def words(name: str) -> tuple[str, ...]:
        found = {normalize_phrase(w) for w in language_field(lang, name)}
        return tuple(sorted(found - {""}))

    return _Asking(
        frozenset(words("ASKING_BEFORE")),
        words("ASKING_AFTER"),
        frozenset(words("ASKED_MARKERS")),
        tuple(sorted((tuple(f.split()) for f in words("ASKED_FILLERS")), key=len, reverse=True)),
        words("ASKING_CLITICS"),
        frozenset(words("ASKED_NEXT")),
        int(language_field(lang, "ASKING_REACH")),
        frozenset(words("ASKED_BLOCKERS")),
        frozenset(words("ASKED_OPENERS")),
        frozenset(words("ASKED_OWN_MARKER")),
        bool(language_field(lang, "ASKING_SUBJECT_FIRST")),
    )


def _bare(word: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    """The word, and the word without one glued conjunction ("ودعا")."""
    return (
        word,
        *(word[len(c) :] for c in clitics if word.startswith(c) and len(word) > len(c) + 1),
    )


def _may_address(window: str, a: _Asking) -> bool:
    """Whether a verb of asking or an addressee marker may stand in
    ``window``, the slice before a noun: every form ``_verb_before`` and
    ``_marked_before`` accept is a piece of a word of it (a clitic cut off
    at most), so where none is written neither reads anything (speed107:
    most nouns have none before them, and their words were cut for nothing)."""
    return cue_written(window, a.before) or cue_written(window, a.markers)


def _ends_phrase(ntext: str, end: int, next_words: frozenset[str]) -> bool:
    """The noun ends its phrase: no word follows, or one of ``next_words``
    ("to", "for": "urged the public to"), not a noun it qualifies ("the
    public sector", "the public broadcaster"). Languages without the list
    are not checked."""
    if not next_words:
        return True
    after = ntext[end : end + _SLICE].split()[:1]
    return not after or after[0][0] in _PUNCT or after[0].strip(_PUNCT) in next_words


def _without_fillers(before: list[str], fillers: tuple[tuple[str, ...], ...]) -> list[str]:
    """``before`` without the fillers at its end ("همه ی", the ezafe split
    off by normalisation, "all"), so the marker or verb is read past them."""
    popped = True
    while popped and before:
        popped = False
        for f in fillers:
            if len(before) >= len(f) and tuple(before[-len(f) :]) == f:
                del before[-len(f) :]
                popped = True
                break
    return before


def _verb_before(before: list[str], a: _Asking) -> bool:
    """A verb of asking stands within reach before the noun with no word
    between that opens the request's content ("urged protection of
    Muslims", "دعت إلى وقف الاعتداءات على المسلمين"): the noun then is
    what is asked for, not whom."""
    window = before[-a.reach :]
    for i in range(len(window) - 1, -1, -1):
        if any(form in a.before for form in _bare(window[i], a.clitics)):
            between = window[i + 1 :]
            if between and between[0] in a.openers:
                between = between[1:]
            return not any(w in a.blockers for w in between)
    return False


def _marked_before(ntext: str, hit: Hit, before: list[str], a: _Asking) -> bool:
    """The noun follows the addressee marker ("از") with a verb of asking
    within reach after it, and the marker is not one a noun takes itself
    ("حمایت از مسلمانان", "بسیاری از رای دهندگان")."""
    if not before or before[-1] not in a.markers:
        return False
    if len(before) > 1 and before[-2] in a.own_marker:
        return False
    after = " ".join(ntext[hit.end : hit.end + _SLICE].split()[: a.reach])
    return any(stem in after for stem in a.after)


def asked(ntext: str, hit: Hit, lang: str) -> bool:
    """Whether the noun of ``hit`` stands where a verb of asking addresses it."""
    a = _asking(lang)
    if not a.reach or not _ends_phrase(ntext, hit.end, a.next):
        return False
    window = ntext[max(0, hit.start - _SLICE) : hit.start]
    if not _may_address(window, a):
        return False
    before = _without_fillers([w.strip(_PUNCT) for w in window.split()], a.fillers)
    if a.before and _verb_before(before, a):
        return True
    return _marked_before(ntext, hit, before, a)


def asked_only(hits: list[Hit], ntext: str, lang: str) -> list[Hit]:
    """The hits without the nouns marked ``ASKED`` that no verb of asking
    addresses (``asked``)."""
    return [h for h in hits if ASKED not in h.entry.extra or asked(ntext, h, lang)]


def country_inside_asked(ntext: str, title: Hit, start: int, lang: str) -> bool:
    """The one a verb of asking addresses ("حث الرئيس الحكومة على …", "از
    دولت خواست …") takes no country from what it is asked: a country word
    at ``start`` behind the word that opens the content (a blocker,
    ``ASKED_BLOCKERS``: "على مقاطعة البضائع الفرنسية"), or behind the verb
    of asking itself where it follows the one asked ("از دولت خواست کالاهای
    فرانسوی را …"), is what the request is about, not whose the addressee
    is. Only a title in the addressee's slot (``_verb_before``,
    ``_marked_before``) is read so: elsewhere "على" and the like still join
    a noun to its country as before."""
    a = _asking(lang)
    if not a.reach:
        return False
    gap = [w.strip(_PUNCT) for w in ntext[title.end : start].split()]
    if not gap:
        return False
    window = ntext[max(0, title.start - _SLICE) : title.start]
    if not _may_address(window, a):
        return False
    before = _without_fillers([w.strip(_PUNCT) for w in window.split()], a.fillers)
    if a.before and _verb_before(before, a):
        return any(w in a.blockers for w in gap)
    if _marked_before(ntext, title, before, a):
        return any(stem in w for w in gap for stem in a.after)
    return False


def asking_word_at(ntext: str, start: int, end: int, lang: str) -> int | None:
    """Where the word that addresses the noun at ``start:end`` begins: the
    verb of asking within reach before it (``ASKING_BEFORE``, Arabic and
    English: "حث الرئيس المصري المواطنين", "urged citizens"), or the marker
    of the one asked right before it with a verb of asking after (``ASKED_MARKERS``,
    Persian: "از مردم خواست"); None where no such word addresses it."""
    a = _asking(lang)
    if not a.reach:
        return None
    lo = max(0, start - _SLICE)
    if not _may_address(ntext[lo:start], a):
        return None
    # the words alone first: where each begins is needed only for the one
    # returned (speed107)
    words = _without_fillers([w.strip(_PUNCT) for w in ntext[lo:start].split()], a.fillers)
    if a.before and _verb_before(list(words), a):
        window = words[-a.reach :]
        for i in range(len(window) - 1, -1, -1):
            if any(form in a.before for form in _bare(window[i], a.clitics)):
                if a.subject_first and i == len(window) - 1:
                    break  # "ودعا النشطاء إلى …": the activists ask
                return lo + _word_starts(ntext[lo:start])[len(words) - len(window) + i][0]
    if words and words[-1] in a.markers and (len(words) < 2 or words[-2] not in a.own_marker):
        after = " ".join(ntext[end : end + _SLICE].split()[: a.reach])
        if any(stem in after for stem in a.after):
            return lo + _word_starts(ntext[lo:start])[len(words) - 1][0]
    return None


def _word_starts(text: str) -> list[tuple[int, str]]:
    """Each space-separated word of ``text`` with where it begins."""
    out, i = [], 0
    for w in text.split():
        i = text.index(w, i)
        out.append((i, w))
        i += len(w)
    return out


def content_opened_at(ntext: str, asked_end: int, lang: str) -> int | None:
    """Where what is asked opens after the one asked ending at ``asked_end``:
    at the first of the next few words that is a blocker (``ASKED_BLOCKERS``:
    "على", "إلى", "to", "for") where the verb of asking comes first, or that
    holds a verb of asking (``ASKING_AFTER``: "خواست") where the one asked
    stands before it. None when no such word follows within reach."""
    a = _asking(lang)
    words = _word_starts(ntext[asked_end : asked_end + _SLICE])[: a.reach]
    for i, w in words:
        word = w.strip(_PUNCT)
        if any(c in w for c in SEMICOLONS) or (w[:1] in _PUNCT and not word):
            return None
        if (a.before and word in a.blockers) or (
            not a.before and any(stem in word for stem in a.after)
        ):
            return asked_end + i + len(w)
    return None
